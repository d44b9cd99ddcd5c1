import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVENT_CHANNEL, type Result } from '../../electron/contract'
import { pdfSuggestionsFile, type DialogAnswers } from '../../electron/main/testing/e2e-dialogs'
import { E2E_ENV, type E2eHook } from '../../electron/main/testing/e2e-hook'
import { bootMain, builtApp, type BootedMain } from '../helpers/boot-main'
import { missingFromElectron } from '../helpers/electron-api-surface'
import { electronHook } from '../helpers/electron-hook'
import { apiUseKey } from '../helpers/electron-stand-in/api-use'
import { GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

/**
 * The e2e test build (`electron-vite build --mode e2e`, out-e2e/) booted under the stand-in for
 * Electron, its hook driven by the Electron target's own code (tests/helpers/electron-hook.ts, as
 * tests/e2e/fixtures.ts uses it: each function sent to main as text, as electronApp.evaluate does): calls, the core's clock, the file dialogs, a crashed worker, a
 * double-clicked backup. Electron cannot run here; this is where the hook is proven.
 */
const DAY_MS = 24 * 60 * 60 * 1000
let temp: ReturnType<typeof makeTempDir>
let main: BootedMain
let dialogsFile: string

/** The Electron target's own code for the hook (as in tests/e2e/fixtures.ts), its evaluate sent to the stand-in. */
const fixtureHook = () =>
  electronHook({
    evaluate: (run, arg) => main.ask({ command: 'evaluate', source: run.toString(), arg }) as never,
  })
const hook = <T = unknown>(method: keyof E2eHook, ...args: unknown[]) =>
  (fixtureHook()[method] as (...values: unknown[]) => Promise<unknown>)(...args) as Promise<T>
const call = (procedure: string, input: unknown = {}) => hook<Result<unknown>>('call', procedure, input)
const answerDialogs = (answers: Partial<DialogAnswers>) => writeFileSync(dialogsFile, JSON.stringify(answers))
const eventsSent = async () =>
  (await main.seen()).windows[0]!.sent.filter((sent) => sent.channel === EVENT_CHANNEL).map((sent) => sent.payload)

beforeAll(async () => {
  const out = builtApp('e2e')
  temp = makeTempDir('mend-boot-e2e-')
  mkdirSync(join(temp.path, 'documents'))
  // Electron makes userData itself; the stand-in leaves that to the test.
  mkdirSync(join(temp.path, 'user-data'))
  dialogsFile = join(temp.path, 'dialogs.json')
  main = bootMain(join(out, 'main/index.js'), {
    userData: join(temp.path, 'not-this-one'),
    documents: join(temp.path, 'documents'),
    env: {
      MEND_VAULT_DIR: join(temp.path, 'vault'),
      [E2E_ENV.userData]: join(temp.path, 'user-data'),
      [E2E_ENV.dialogs]: dialogsFile,
    },
  })
  await main.ready
}, 120_000)

afterAll(() => {
  main?.kill()
  temp?.remove()
})

describe('the e2e test build, booted with a stand-in for Electron, driven through its hook', () => {
  it('answers calls through the core host, on the vault it was pointed at', async () => {
    expect(await call('vault.getStatus')).toMatchObject({
      ok: true,
      value: { state: 'none', location: join(temp.path, 'vault') },
    })
    expect(await call('vault.create', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
  })

  it("moves the core's clock, and dumps what the journal holds", async () => {
    await hook('advanceClock', 10 * DAY_MS)
    const created = await call('journal.createEntry', { title: 'Written ten days on' })
    const createdAt = Date.parse((created as { value: { createdAt: string } }).value.createdAt)
    expect(createdAt).toBeGreaterThan(Date.now() + 9 * DAY_MS)
    expect(await hook<string>('dumpTables')).toContain('Written ten days on')
  })

  it('answers the file dialogs from the file the test wrote', async () => {
    const backup = join(temp.path, 'documents', 'chosen.mendbackup')
    writeFileSync(backup, 'not really a backup')
    answerDialogs({ backupFile: backup })
    expect(await call('backup.chooseFile')).toMatchObject({ ok: true, value: { name: 'chosen.mendbackup' } })
    answerDialogs({ backupFile: null })
    expect(await call('backup.chooseFile')).toEqual({ ok: true, value: null })
    const target = join(temp.path, 'documents', 'journal.json')
    answerDialogs({ exportTarget: target })
    expect(await call('export.plaintext', { format: 'json', confirmUnencrypted: true })).toEqual({
      ok: true,
      value: { path: target },
    })
    expect(readFileSync(target, 'utf8')).toContain('Written ten days on')
    expect(existsSync(pdfSuggestionsFile(dialogsFile))).toBe(false)
  })

  it('hands a double-clicked backup to the window', async () => {
    const backup = join(temp.path, 'documents', 'double-clicked.mendbackup')
    writeFileSync(backup, 'not really a backup either')
    await hook('openBackupFile', backup)
    expect(await eventsSent()).toContainEqual({ type: 'backup.fileOpened' })
    expect(await call('backup.takeOpenedFile')).toMatchObject({
      ok: true,
      value: { name: 'double-clicked.mendbackup' },
    })
  })

  it('ends the worker as a crash would: the window is told, the new worker starts locked and has its own control', async () => {
    await hook('killWorker')
    await expect.poll(eventsSent).toContainEqual({ type: 'core.restarted' })
    expect(await call('vault.getStatus')).toMatchObject({ ok: true, value: { state: 'locked' } })
    expect(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
    await hook('advanceClock', 20 * DAY_MS)
    const created = await call('journal.createEntry', { title: 'After the restart' })
    expect(Date.parse((created as { value: { createdAt: string } }).value.createdAt)).toBeGreaterThan(
      Date.now() + 19 * DAY_MS,
    )
  })

  it('keeps its state in the userData it was given, and uses only Electron APIs that exist', async () => {
    await main.ask({ command: 'closeWindow', index: 0 })
    expect(existsSync(join(temp.path, 'user-data', 'window-state.json'))).toBe(true)
    expect(existsSync(join(temp.path, 'not-this-one'))).toBe(false)
    const { used } = await main.apiUse()
    expect(used.map(apiUseKey)).toContain('App.setPath')
    expect(missingFromElectron(used)).toEqual([])
  })

  it('quits cleanly', async () => {
    await main.ask({ command: 'quit' })
    const { code, workers } = await main.exited
    expect(code).toBe(0)
    expect(workers?.at(-1)).toMatchObject({ stopped: true })
  })
})
