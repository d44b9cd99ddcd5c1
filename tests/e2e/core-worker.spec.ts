import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Vault, journalOf, silentLogger, type ImportedEntry } from '../../electron/core'
import { migrations } from '../../electron/core/vault/migrations'
import { writeJrnlSource } from '../helpers/jrnl-source'
import { expect, test } from './fixtures'
import { PASSPHRASE, createVaultAndStoreKey, unlock } from './helpers'

/**
 * Issue 20, as a person meets it: the core in its worker thread stops and starts again, an import
 * and a PDF export can be stopped part way, and a format update shows its progress while the
 * journal opens.
 */

test('when the core stops, the window says so plainly, and after unlocking again everything saved is there', async ({
  mend,
}) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await page.keyboard.press('Control+n')
  await page.getByLabel('Title').fill('Before it stopped')
  await page.getByRole('textbox', { name: 'Entry text' }).click()
  await page.keyboard.type('I said I would call, and I called.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')

  await mend.core!.killWorker()
  const notice = page.getByRole('alertdialog', { name: 'Mend had to start again' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('everything that was saved is still there')
  await expect(notice.getByRole('button', { name: 'Continue' })).toBeFocused()
  await mend.screenshot('95-core-restarted')
  await page.emulateMedia({ colorScheme: 'dark' })
  await mend.screenshot('95-core-restarted-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await notice.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  await unlock(page, PASSPHRASE)
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await expect(page.getByTestId('timeline').getByText('Before it stopped')).toBeVisible()
})

test('an import and a PDF export can be stopped part way, and leave nothing behind', async ({ mend }) => {
  test.setTimeout(180_000)
  const { page } = mend
  await createVaultAndStoreKey(page)
  const source = join(mend.workDir, 'big-journal.json')
  writeJrnlSource(source, 20_000, { pdfEvery: 5 })
  mend.dialogs.importSource = source

  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Import' }).click()
  await page.getByRole('radio', { name: /jrnl JSON export/ }).check()
  await page.getByRole('button', { name: 'Choose a file…' }).click()
  await page.getByRole('button', { name: 'Import 20000 entries' }).click()
  // Enabled once the core has begun (its first progress): a stop from then on cannot be missed.
  const stop = page.getByRole('button', { name: 'Stop the import' })
  await expect(stop).toBeEnabled()
  await stop.click()
  await mend.screenshot('96-import-stopping')
  await expect(page.getByTestId('import-stopped')).toHaveText(
    'The import was stopped. Nothing was added; you can import again whenever you like.',
  )
  await mend.screenshot('96-import-stopped')
  expect(await mend.core!.call('journal.getTimelineOutline', {})).toMatchObject({ ok: true, value: { total: 0 } })

  // The same file to the end, then a PDF of a few thousand of them, stopped while it is laid out.
  await page.getByRole('button', { name: 'Import 20000 entries' }).click()
  await expect(page.getByTestId('import-result')).toContainText('Added 20000 entries', { timeout: 120_000 })
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByTestId('journal-pdf-open').click()
  const dialog = page.getByRole('dialog', { name: 'Export journal entries to PDF' })
  await dialog.getByLabel('Tag').selectOption('pdf')
  await dialog.getByLabel('I understand: this PDF will be readable by anyone who has the file.').check()
  const target = join(mend.workDir, 'stopped.pdf')
  mend.dialogs.pdfTarget = target
  await dialog.getByRole('button', { name: 'Save PDF…' }).click()
  const stopPdf = dialog.getByRole('button', { name: 'Stop' })
  await expect(stopPdf).toBeEnabled()
  await stopPdf.click()
  await mend.screenshot('97-pdf-stopping')
  await expect(page.getByText('Stopped. No PDF was saved.')).toBeVisible()
  expect(existsSync(target)).toBe(false)
})

test('a format update shows how far it has come while the journal opens', async ({ mend }) => {
  test.setTimeout(180_000)
  // A journal as the Mend before schema 6 left it: its unlock rebuilds the search index.
  const older = new Vault({ directory: mend.vaultDir, logger: silentLogger, migrations: migrations.slice(0, 5) })
  await older.create(PASSPHRASE)
  const entries: ImportedEntry[] = Array.from({ length: 40_000 }, (_, n) => ({
    importKey: `older:${n}`,
    title: `Written with the older Mend ${n}`,
    body: 'We talked by the quiet harbour and I listened more than I spoke. '.repeat(4),
    entryDate: '2024-03-01T09:00',
    tags: [],
    starred: false,
  }))
  await journalOf(older.database(), older.clock).imports.run({ format: 'jrnl-json', entries, skipped: [] })
  await older.lock()

  await mend.restart()
  const { page } = mend
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Unlock' }).click()
  const progress = page.getByTestId('unlock-migration')
  await expect(progress).toContainText('Updating your journal for this version of Mend', { timeout: 60_000 })
  await mend.screenshot('98-unlock-migrating')
  // The update done, the journal opens where an unlock lands, with everything the older Mend wrote.
  await expect(page.getByRole('heading', { level: 1, name: /^Good / })).toBeVisible({ timeout: 120_000 })
  await expect(progress).toHaveCount(0)
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Journal' }).click()
  await expect(page.getByText(/^Written with the older Mend \d+$/).first()).toBeVisible()
})

test('a lock from outside the window (idle, sleep) leaves the entry being written for the unlock screen', async ({
  mend,
}) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await page.keyboard.press('Control+n')
  await page.getByLabel('Title').fill('Written just before the lid closed')
  await page.getByRole('textbox', { name: 'Entry text' }).click()
  await page.keyboard.type('It was saved before the lock.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await mend.core!.call('vault.lock', {})
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  await expect(page.getByText('Written just before the lid closed')).toHaveCount(0)
  await unlock(page, PASSPHRASE)
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await expect(page.getByTestId('timeline').getByText('Written just before the lid closed')).toBeVisible()
})
