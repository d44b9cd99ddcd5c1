import { describe, expect, it } from 'vitest'
import { appVaultDirectory, resolveVaultDirectory } from '../../../electron/cli/vault-directory'

describe('cli vault directory', () => {
  it("defaults to Electron's userData for the product name Mend, per platform", () => {
    expect(appVaultDirectory({ env: {}, platform: 'linux', homedir: '/home/sam' })).toBe('/home/sam/.config/Mend/vault')
    expect(appVaultDirectory({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', homedir: '/home/sam' })).toBe(
      '/xdg/Mend/vault',
    )
    expect(appVaultDirectory({ env: {}, platform: 'darwin', homedir: '/Users/sam' })).toBe(
      '/Users/sam/Library/Application Support/Mend/vault',
    )
    expect(
      appVaultDirectory({
        env: { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' },
        platform: 'win32',
        homedir: 'C:\\Users\\sam',
      }),
    ).toBe('C:\\Users\\sam\\AppData\\Roaming\\Mend\\vault')
  })

  it('prefers --vault, then MEND_VAULT_DIR, and resolves relative paths from the working directory', () => {
    const context = {
      env: { MEND_VAULT_DIR: 'from-env' },
      platform: 'linux' as const,
      homedir: '/home/sam',
      cwd: '/home/robin/notes',
    }
    expect(resolveVaultDirectory('from-option', context)).toBe('/home/robin/notes/from-option')
    expect(resolveVaultDirectory(undefined, context)).toBe('/home/robin/notes/from-env')
    expect(resolveVaultDirectory('/abs', context)).toBe('/abs')
    expect(resolveVaultDirectory(undefined, { ...context, env: { MEND_VAULT_DIR: '' } })).toBe(
      '/home/sam/.config/Mend/vault',
    )
  })
})
