import { writeFileSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../electron/core'
import { createAppApi } from '../../electron/ipc'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

describe('a damaged key file over a healthy journal', () => {
  it('is replaced by the newest backup header, and nothing written since the backup is lost', async () => {
    const dir = makeTempDir()
    try {
      const api = createAppApi({ directory: dir.path, logger: silentLogger, scrypt: FAST_SCRYPT })
      await api.vault.create(GOOD_PASSPHRASE, 'Robin')
      await api.backups.create('manual')
      // Written after the backup: must survive, since the database itself is fine.
      api.vault.database().exec("CREATE TABLE after_backup (x TEXT) STRICT; INSERT INTO after_backup VALUES ('kept')")
      api.vault.lockNow()
      const header = join(dir.path, 'vault-header.json')
      writeFileSync(header, '{ not json')

      expect(api.vault.status().state).toBe('damaged')
      const info = await api.backups.restoreLatestGood(GOOD_PASSPHRASE)
      expect(info.displayName).toBe('Robin')
      const row = api.vault.database().prepare('SELECT x FROM after_backup').get() as { x: string }
      expect(row.x).toBe('kept')
      const kept = readdirSync(dir.path).filter((name) => name.startsWith('vault-header.json.damaged-'))
      expect(kept).toHaveLength(1)
      expect(readFileSync(join(dir.path, kept[0]!), 'utf8')).toBe('{ not json')
      expect(readdirSync(dir.path).some((name) => name.startsWith('mend.db.damaged-'))).toBe(false)
      api.vault.lockNow()
    } finally {
      dir.remove()
    }
  })
})
