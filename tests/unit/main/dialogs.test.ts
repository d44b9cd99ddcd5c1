import { describe, expect, it } from 'vitest'
import { electronDialogs } from '../../../electron/main/dialogs'

/** A stand-in for Electron's dialog module that records what it was asked and answers as told. */
function fakeDialog(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }) {
  const asked: unknown[] = []
  return {
    asked,
    dialog: {
      showOpenDialog: async (...args: unknown[]) => (
        asked.push(args.at(-1)),
        { canceled: answer.canceled, filePaths: answer.filePaths ?? [] }
      ),
      showSaveDialog: async (...args: unknown[]) => (
        asked.push(args.at(-1)),
        { canceled: answer.canceled, filePath: answer.filePath ?? '' }
      ),
    },
  }
}

describe('system dialogs', () => {
  it('offers only Mend backup files and returns the picked path', async () => {
    const fake = fakeDialog({ canceled: false, filePaths: ['/home/robin/old.mendbackup'] })
    const dialogs = electronDialogs(fake.dialog as never, () => null, '/home/robin/Documents')
    expect(await dialogs.chooseBackupFile()).toBe('/home/robin/old.mendbackup')
    expect(fake.asked[0]).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['mendbackup'] }] })
  })

  it('suggests the export in Documents and says it is not encrypted', async () => {
    const fake = fakeDialog({ canceled: false, filePath: '/home/robin/x.json' })
    const dialogs = electronDialogs(fake.dialog as never, () => null, '/home/robin/Documents')
    expect(await dialogs.chooseExportTarget('json', 'mend-export-2026-11-24.json')).toBe('/home/robin/x.json')
    expect(fake.asked[0]).toMatchObject({
      defaultPath: '/home/robin/Documents/mend-export-2026-11-24.json',
      title: expect.stringContaining('not encrypted'),
    })
  })

  it('answers null when the person cancels', async () => {
    const fake = fakeDialog({ canceled: true })
    const dialogs = electronDialogs(fake.dialog as never, () => null, '/docs')
    expect(await dialogs.chooseBackupFile()).toBeNull()
    expect(await dialogs.chooseExportTarget('markdown', 'mend-export')).toBeNull()
  })
})
