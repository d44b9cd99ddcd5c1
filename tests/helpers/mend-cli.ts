/**
 * TEST ONLY: the `mend` command exactly as electron/cli/index.ts runs it, except that new
 * passphrases get a cheap scrypt cost, so the CLI tests do not spend a second per key
 * derivation. It lives under tests/ and is never built or shipped. Usage:
 *   node --import tsx tests/helpers/mend-cli.ts <command> [options]
 */
import { runMendProcess } from '../../electron/cli/main'
import { FAST_SCRYPT } from './temp-vault'

runMendProcess({ scrypt: FAST_SCRYPT })
