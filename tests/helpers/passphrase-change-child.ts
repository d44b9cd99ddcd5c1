/**
 * Changes a vault's passphrase back and forth until it is killed: the crash-safety test kills it
 * with SIGKILL at random moments. Usage:
 *   node --import tsx tests/helpers/passphrase-change-child.ts <vaultDir> <current> <other> <scryptN>
 * Prints "ready" once unlocked, then "changed <n>" after each change.
 */
import { Vault } from '../../electron/core'

const [directory, first, second, n] = process.argv.slice(2)
if (!directory || !first || !second || !n)
  throw new Error('usage: passphrase-change-child.ts <dir> <current> <other> <N>')

async function changeForever(vault: Vault, first: string, second: string): Promise<never> {
  let current = first
  let next = second
  await vault.unlock(current)
  process.stdout.write('ready\n')
  for (let changes = 1; ; changes += 1) {
    await vault.changePassphrase(current, next)
    ;[current, next] = [next, current]
    process.stdout.write(`changed ${changes}\n`)
  }
}

void changeForever(new Vault({ directory, scrypt: { N: Number(n), r: 8, p: 1 } }), first, second)
