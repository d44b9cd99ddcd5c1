import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, type MendHarness } from './fixtures'
import { PASSPHRASE, createVaultAndStoreKey, unlock } from './helpers'

// A .mendbackup file opened from the desktop (file association) leads to the restore flow that
// already exists: the offer says where it came from, and nothing is replaced before a confirm.

const FILE_NAME = 'from the desktop.mendbackup'
const offer = `Mend was opened with a backup file: ${FILE_NAME}. Restore from it?`

/** A journal with one backup, copied out of the backup folder as a person's own file. */
async function journalWithBackupFile(mend: MendHarness): Promise<string> {
  await createVaultAndStoreKey(mend.page, PASSPHRASE, 'Robin')
  await mend.page.getByRole('link', { name: 'Settings' }).click()
  await mend.page.getByRole('button', { name: 'Back up now' }).click()
  await expect(mend.page.getByText(/Backup saved: mend-backup-/)).toBeVisible()
  const backupName = readdirSync(join(mend.vaultDir, 'backups'))[0] as string
  const file = join(mend.workDir, FILE_NAME)
  copyFileSync(join(mend.vaultDir, 'backups', backupName), file)
  return file
}

const toast = (page: Page, text: string) => page.getByRole('status').getByText(text, { exact: true })

test('a backup file opened while the journal is open is offered for restore, and restored on confirm', async ({
  mend,
  page,
}) => {
  const file = await journalWithBackupFile(mend)
  // Changed after the backup: the restore brings the old value back.
  await page.getByLabel('Lock after').selectOption('30')
  await page.getByRole('link', { name: 'Journal' }).first().click()
  await expect(page).toHaveURL(/#\/journal$/)

  mend.openBackupFile(file)
  await expect(toast(page, offer)).toBeVisible()
  await expect(page).toHaveURL(/#\/settings$/)
  await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toBeInViewport()
  await expect(page.getByText('This journal', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Replace my journal with this backup' })).toBeInViewport()
  // Offered, not done: the journal still has the change.
  await expect(page.getByLabel('Lock after')).toHaveValue('30')
  await mend.screenshot('89-open-backup')
  await page.screenshot({ path: 'test-results/screens/89-open-backup-viewport.png' })

  await page.getByRole('button', { name: 'Replace my journal with this backup' }).click()
  await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toHaveCount(0)
  // The offer ends with the restore.
  await expect(toast(page, offer)).toHaveCount(0)
  await page.reload()
  await expect(page.getByLabel('Lock after')).toHaveValue('5')
  // Handed over once: the reload does not offer the same file again.
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible()
  await expect(page.getByText(offer)).toHaveCount(0)
})

test('a backup file Mend starts with while locked waits for the unlock; Cancel leaves the journal as it is', async ({
  mend,
  page,
}) => {
  const file = await journalWithBackupFile(mend)
  await page.getByLabel('Lock after').selectOption('30')
  await page.getByRole('button', { name: /^Lock/ }).click()
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()

  // A launch with the file: main keeps it, and the window asks for it when it starts.
  const appUrl = page.url()
  await page.goto('about:blank')
  mend.openBackupFile(file)
  await page.goto(appUrl)
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  const waiting = `Mend was opened with a backup file: ${FILE_NAME}. Unlock your journal to restore from it.`
  await expect(toast(page, waiting)).toBeVisible()
  await mend.screenshot('89-open-backup-locked')

  await unlock(page, PASSPHRASE)
  await expect(page).toHaveURL(/#\/settings$/)
  await expect(toast(page, offer)).toBeVisible()
  await expect(toast(page, waiting)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toBeVisible()
  await page.getByRole('region', { name: 'Restore this backup?' }).getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toHaveCount(0)
  await expect(toast(page, offer)).toHaveCount(0)
  await expect(page.getByLabel('Lock after')).toHaveValue('30')
})

test('a backup file opened on a computer without a journal opens the restore screen for it', async ({ mend }) => {
  const file = await journalWithBackupFile(mend)
  rmSync(mend.vaultDir, { recursive: true, force: true })
  await mend.restart()
  const { page } = mend
  await expect(page.getByRole('button', { name: 'Create my encrypted journal' })).toBeVisible()

  mend.openBackupFile(file)
  await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeVisible()
  await expect(page.getByTestId('opened-backup')).toHaveText(offer)
  await expect(page.getByTestId('chosen-backup')).toHaveText(FILE_NAME)
  await page.getByLabel('Passphrase of the backup', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Open the backup' }).click()
  await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toBeVisible()
  await mend.screenshot('89-open-backup-new-computer')
  await page.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(page.getByRole('heading', { name: /Robin/ })).toBeVisible()
  expect(existsSync(join(mend.vaultDir, 'vault-header.json'))).toBe(true)
})
