import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { previewDialogs } from '../../../scripts/preview/preview-dialogs'

/** Issue 18, low 6: the preview's exports went to "<vault>/../exports", e.g. an "exports" folder in the shared temp folder. */
describe("the browser preview's stand-in file dialogs", () => {
  const made: string[] = []
  const runDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mend-preview-test-'))
    made.push(dir)
    return dir
  }
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it("writes every export inside the run's own folder, readable only by this user", async () => {
    const run = runDir()
    const dialogs = previewDialogs(run, {})
    const json = await dialogs.chooseExportTarget('json', 'mend-export-2026-12-05.json')
    const pdf = await dialogs.choosePdfTarget('Mend plan 2026-12-05.pdf')
    expect(json).toBe(join(run, 'exports', 'mend-export-2026-12-05.json'))
    expect(dirname(pdf!)).toBe(join(run, 'exports'))
    expect(statSync(join(run, 'exports')).mode & 0o777).toBe(0o700)
  })

  it('gives two runs two different folders, so no run can read or replace what another exported', async () => {
    const [first, second] = [runDir(), runDir()]
    const a = await previewDialogs(first, {}).chooseExportTarget('markdown', 'mend-export')
    const b = await previewDialogs(second, {}).chooseExportTarget('markdown', 'mend-export')
    expect(dirname(a!)).not.toBe(dirname(b!))
    expect(a!.startsWith(`${first}/`)).toBe(true)
  })

  it('answers the backup and import dialogs from the environment, or as cancelled', async () => {
    const dialogs = previewDialogs(runDir(), { MEND_PREVIEW_BACKUP_FILE: '/b.mendbackup' })
    expect(await dialogs.chooseBackupFile()).toBe('/b.mendbackup')
    expect(await dialogs.chooseImportSource('jrnl')).toBeNull()
  })
})
