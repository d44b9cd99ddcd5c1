import { posix, win32 } from 'node:path'

export interface DirectoryEnvironment {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  homedir: string
  cwd: string
}

/**
 * Where the app keeps its journal: `vault/` inside Electron's userData folder for the product
 * name "Mend" (appData + productName), computed here without Electron.
 */
export function appVaultDirectory({ env, platform, homedir }: Omit<DirectoryEnvironment, 'cwd'>): string {
  if (platform === 'win32') {
    return win32.join(env['APPDATA'] || win32.join(homedir, 'AppData', 'Roaming'), 'Mend', 'vault')
  }
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support', 'Mend', 'vault')
  return posix.join(env['XDG_CONFIG_HOME'] || posix.join(homedir, '.config'), 'Mend', 'vault')
}

/** `--vault DIR`, else MEND_VAULT_DIR, else the app's own folder; relative paths from the cwd. */
export function resolveVaultDirectory(option: string | undefined, context: DirectoryEnvironment): string {
  const path = context.platform === 'win32' ? win32 : posix
  const chosen = option || context.env['MEND_VAULT_DIR']
  return chosen ? path.resolve(context.cwd, chosen) : appVaultDirectory(context)
}
