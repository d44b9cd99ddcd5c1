/**
 * Runs the HTTP bridge in its own process, so a test can check that a request does not crash
 * it. Usage: node --import tsx tests/helpers/bridge-child.ts <staticDir> <vaultDir>
 * Prints one JSON line {url, origin} when listening.
 */
import { silentLogger } from '../../electron/core'
import { createAppApi } from '../../electron/ipc'
import { inProcessCore, startHttpBridge } from '../../electron/ipc/transports/http-bridge'
import { FAST_SCRYPT } from './temp-vault'

const [staticDir, vaultDir] = process.argv.slice(2)
if (!staticDir || !vaultDir) throw new Error('usage: bridge-child.ts <staticDir> <vaultDir>')
const api = createAppApi({ directory: vaultDir, scrypt: FAST_SCRYPT, logger: silentLogger })
void startHttpBridge({ core: inProcessCore(api), staticDir }).then((bridge) => {
  process.stdout.write(`${JSON.stringify({ url: bridge.url, origin: bridge.origin })}\n`)
})
