import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dialogsAnsweredFrom, pdfSuggestionsFile } from '../../../electron/main/testing/e2e-dialogs'
import { makeTempDir } from '../../helpers/temp-vault'

let temp: ReturnType<typeof makeTempDir> | null = null
afterEach(() => temp?.remove())

describe("the e2e test build's file dialogs (electron/main/testing/e2e-dialogs.ts)", () => {
  it('answer what the file says when the dialog opens, Cancel without one, and note PDF names offered', async () => {
    temp = makeTempDir('mend-e2e-dialogs-')
    const file = join(temp.path, 'dialogs.json')
    const dialogs = dialogsAnsweredFrom(file)
    expect(await dialogs.chooseBackupFile()).toBeNull()
    writeFileSync(file, JSON.stringify({ backupFile: '/somewhere/a.mendbackup', pdfTarget: '/somewhere/plan.pdf' }))
    expect(await dialogs.chooseBackupFile()).toBe('/somewhere/a.mendbackup')
    expect(await dialogs.chooseImportSource('jrnl')).toBeNull()
    expect(await dialogs.choosePdfTarget('Mend plan 2026-12-05.pdf')).toBe('/somewhere/plan.pdf')
    writeFileSync(file, JSON.stringify({ pdfTarget: null }))
    expect(await dialogs.choosePdfTarget('Mend journal.pdf')).toBeNull()
    const offered = readFileSync(pdfSuggestionsFile(file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(offered).toEqual(['Mend plan 2026-12-05.pdf', 'Mend journal.pdf'])
  })
})
