import { describe, expect, it } from 'vitest'
import { electronDialogs } from '../../../electron/main/dialogs'

function fakeSaveDialog(answer: { canceled: boolean; filePath?: string }) {
  const asked: unknown[] = []
  return {
    asked,
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async (...args: unknown[]) => (
        asked.push(args.at(-1)),
        { canceled: answer.canceled, filePath: answer.filePath ?? '' }
      ),
    },
  }
}

describe('the "save as PDF" dialog', () => {
  it('suggests the name in Documents, offers PDF files, and returns the chosen path', async () => {
    const fake = fakeSaveDialog({ canceled: false, filePath: '/home/robin/Plans/zoë.pdf' })
    const dialogs = electronDialogs(fake.dialog as never, () => null, '/home/robin/Documents')
    expect(await dialogs.choosePdfTarget('Repairing things with Zoë.pdf')).toBe('/home/robin/Plans/zoë.pdf')
    expect(fake.asked[0]).toMatchObject({
      defaultPath: '/home/robin/Documents/Repairing things with Zoë.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
  })

  it('answers null when the person cancels', async () => {
    const fake = fakeSaveDialog({ canceled: true })
    expect(await electronDialogs(fake.dialog as never, () => null, '/docs').choosePdfTarget('x.pdf')).toBeNull()
  })
})
