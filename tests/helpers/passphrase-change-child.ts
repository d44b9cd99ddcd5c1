/**
 * Changes a vault's passphrase back and forth until it is killed: the crash-safety test kills it
 * with SIGKILL at random moments. Usage:
 *   node --import tsx tests/helpers/passphrase-change-child.ts <vaultDir> <current> <other> <scryptN> [both]
 * Prints "ready" once unlocked, then "changed <n>" after each change. With `both`, every other
 * step makes a new recovery key instead, printing "recovery <key>" as soon as the key exists,
 * before it is written to the key file, then "rotated <n>" once it is.
 */
import crypto from 'node:crypto'
import { syncBuiltinESMExports } from 'node:module'
import { Vault } from '../../electron/core'
import { RECOVERY_KEY_BYTES, formatRecoveryKey } from '../../electron/core/vault/recovery-key'

const [directory, first, second, n, mode = 'passphrase'] = process.argv.slice(2)
if (!directory || !first || !second || !n)
  throw new Error('usage: passphrase-change-child.ts <dir> <current> <other> <N> [both]')

/**
 * The only way to learn a new recovery key before Vault writes it: watch the random bytes it is
 * made of. (Writes to a pipe are synchronous on Linux, so the line is out before the key file.)
 */
function reportRecoveryKeys(): void {
  const randomBytes = crypto.randomBytes
  crypto.randomBytes = ((size: number) => {
    const bytes = randomBytes(size)
    if (size === RECOVERY_KEY_BYTES) process.stdout.write(`recovery ${formatRecoveryKey(bytes)}\n`)
    return bytes
  }) as typeof crypto.randomBytes
  syncBuiltinESMExports()
}

async function changeForever(vault: Vault, first: string, second: string): Promise<never> {
  let current = first
  let next = second
  await vault.unlock(current)
  process.stdout.write('ready\n')
  for (let step = 1; ; step += 1) {
    if (mode === 'both' && step % 2 === 0) {
      await vault.rotateRecoveryKey(current)
      process.stdout.write(`rotated ${step}\n`)
      continue
    }
    await vault.changePassphrase(current, next)
    ;[current, next] = [next, current]
    process.stdout.write(`changed ${step}\n`)
  }
}

if (mode === 'both') reportRecoveryKeys()
void changeForever(new Vault({ directory, scrypt: { N: Number(n), r: 8, p: 1 } }), first, second)
