import { join } from 'node:path'

/** Where each file of a vault lives inside its folder. */
export function vaultPaths(directory: string) {
  return {
    directory,
    database: join(directory, 'mend.db'),
    header: join(directory, 'vault-header.json'),
    throttle: join(directory, 'unlock-throttle.json'),
    lock: join(directory, 'mend.lock'),
  }
}
export type VaultPaths = ReturnType<typeof vaultPaths>
