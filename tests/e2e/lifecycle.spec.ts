import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { PASSPHRASE, createVaultAndStoreKey, heapSnapshot, skipIntroduction, unlock } from './helpers'

const NEW_PASSPHRASE = 'lantern harbour 58 quiet orchard'

test('the recovery key prints on its own sheet', async ({ mend, page }) => {
  await mend.page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()
  const key = (await page.getByTestId('recovery-key').innerText()).replace(/\s+/g, ' ').trim()

  await page.emulateMedia({ media: 'print' })
  const pdfPath = join(mend.workDir, 'recovery-key.pdf')
  await page.pdf({ path: pdfPath, format: 'A4' })
  await page.emulateMedia({ media: 'screen' })
  const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ')
  expect(text).toContain('Mend recovery key')
  expect(text).toContain(key)
  expect(text).not.toContain('Continue')
  expect(text).not.toContain('Mend works offline')
  const png = spawnSync('pdftoppm', [
    '-r',
    '50',
    '-png',
    '-singlefile',
    pdfPath,
    join('test-results', 'screens', '08-recovery-key-print'),
  ])
  expect(png.status).toBe(0)
})

test('forgotten passphrase: the recovery key opens the journal and sets a new passphrase', async ({ mend }) => {
  const recoveryKey = await createVaultAndStoreKey(mend.page, PASSPHRASE, 'Robin')
  await mend.restart()
  const { page } = mend

  await page.getByRole('link', { name: 'Forgot your passphrase?' }).click()
  await expect(page.getByRole('heading', { name: 'Forgot your passphrase?' })).toBeVisible()
  await page.getByLabel('Recovery key').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE)
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill(NEW_PASSPHRASE)
  await page.getByRole('button', { name: 'Open my journal with the new passphrase' }).click()
  await expect(page.getByText('That recovery key does not open this journal.')).toBeVisible()
  await mend.screenshot('09-recover-wrong-key')

  // Typed in lower case with spaces, as people copy from paper; wait out the backoff first: the
  // button counts it down ("Wait 1 s") and is back, and enabled, once main would take a key again.
  await expect(page.getByText('That recovery key does not open this journal.')).toBeVisible()
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '))
  const open = page.getByRole('button', { name: 'Open my journal with the new passphrase' })
  await expect(open).toBeEnabled()
  await open.click()
  await expect(page.getByRole('heading', { name: /Robin/ })).toBeVisible()

  await page.getByRole('button', { name: /^Lock/ }).click()
  await unlock(page, PASSPHRASE)
  await expect(page.getByTestId('unlock-error')).toContainText('That passphrase is not right.')
  // The countdown of the backoff has run out when the message asks to try again.
  await expect(page.getByTestId('unlock-error')).toContainText('Please try again.')
  await unlock(page, NEW_PASSPHRASE)
  await expect(page.getByTestId('home-today')).toBeVisible()
})

test('settings: auto-lock, passphrase change and a new recovery key', async ({ mend, page }) => {
  const oldKey = await createVaultAndStoreKey(page, PASSPHRASE)
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await mend.screenshot('10-settings')

  await page.getByLabel('Lock after').selectOption('15')
  await page.getByLabel('Also lock when the Mend window is minimized or hidden').check()
  await page.reload()
  await expect(page.getByLabel('Lock after')).toHaveValue('15')
  await expect(page.getByLabel('Also lock when the Mend window is minimized or hidden')).toBeChecked()

  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE)
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill(NEW_PASSPHRASE)
  await page.getByRole('button', { name: 'Change passphrase' }).click()
  await expect(page.getByText('Your passphrase was changed.')).toBeVisible()

  await page.getByRole('button', { name: 'Make a new recovery key…' }).click()
  await page.getByLabel('Your passphrase, to confirm', { exact: true }).fill(NEW_PASSPHRASE)
  await page.getByRole('button', { name: 'Make the new key' }).click()
  const newKey = (await page.getByTestId('recovery-key').innerText()).replace(/\s+/g, '-')
  expect(newKey).not.toBe(oldKey)
  await mend.screenshot('11-settings-new-recovery-key')
  await page.getByLabel('I have stored my recovery key somewhere safe.').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByTestId('recovery-key')).toHaveCount(0)

  if (mend.core) {
    const old = await mend.core.call('vault.recover', { recoveryKey: oldKey, newPassphrase: NEW_PASSPHRASE })
    expect(old).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_KEY' } })
  }
})

test('backups: back up now, then restore after seeing what the backup holds', async ({ mend, page }) => {
  await createVaultAndStoreKey(page, PASSPHRASE, 'Robin')
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText(/Backup saved: mend-backup-/)).toBeVisible()
  await expect(page.getByRole('button', { name: /Restore the backup made/ })).toHaveCount(1)

  // Change something after the backup, then go back to it.
  await page.getByLabel('Lock after').selectOption('30')
  await page.getByRole('button', { name: /Restore the backup made/ }).click()
  await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toBeVisible()
  await expect(page.getByText('This journal', { exact: true })).toBeVisible()
  await expect(page.getByText('Robin')).toBeVisible()
  await mend.screenshot('12-restore-confirm')
  await page.getByRole('button', { name: 'Replace my journal with this backup' }).click()
  await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toHaveCount(0)

  await page.reload()
  await expect(page.getByLabel('Lock after')).toHaveValue('5')
  // The journal as it was before the restore was kept as a backup too.
  await expect(page.getByRole('button', { name: /Restore the backup made/ })).toHaveCount(2)
})

test('a damaged journal gets its own screen, and the latest good backup replaces it without overwriting it', async ({
  mend,
}) => {
  await createVaultAndStoreKey(mend.page, PASSPHRASE, 'Robin')
  await mend.page.getByRole('link', { name: 'Settings' }).click()
  await mend.page.getByRole('button', { name: 'Back up now' }).click()
  await expect(mend.page.getByText(/Backup saved/)).toBeVisible()
  await mend.restart()

  const database = join(mend.vaultDir, 'mend.db')
  const bytes = readFileSync(database)
  bytes.fill(0x5a, 100, 3000)
  writeFileSync(database, bytes)

  const { page } = mend
  await unlock(page, PASSPHRASE)
  await expect(page.getByRole('heading', { name: 'This journal file is damaged' })).toBeVisible()
  await expect(page.getByTestId('damaged-location')).toHaveText(mend.vaultDir)
  await mend.screenshot('13-damaged')

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Restore the latest good backup' }).click()
  await expect(page.getByRole('heading', { name: /Robin/ })).toBeVisible()

  const setAside = readdirSync(mend.vaultDir).filter(
    (name) => /^mend\.db\.damaged-[^-]/.test(name) && !/-(wal|shm)$/.test(name),
  )
  expect(setAside).toHaveLength(1)
  expect(readFileSync(join(mend.vaultDir, setAside[0] as string)).equals(bytes)).toBe(true)
})

test('plaintext export needs the warning acknowledged and writes only where chosen', async ({ mend, page }) => {
  await createVaultAndStoreKey(page, PASSPHRASE, 'Robin')
  await page.getByRole('link', { name: 'Settings' }).click()
  const exportJson = page.getByRole('button', { name: 'Export as JSON…' })
  await expect(exportJson).toBeDisabled()
  await page.getByLabel('I understand that the exported files are readable by anyone who has them.').check()

  mend.dialogs.exportTarget = join(mend.workDir, 'journal.json')
  await exportJson.click()
  await expect(page.getByText(`Exported to ${mend.dialogs.exportTarget}`)).toBeVisible()
  const json = JSON.parse(readFileSync(mend.dialogs.exportTarget, 'utf8')) as {
    format: string
    vault: { displayName: string }
  }
  expect(json).toMatchObject({ format: 'mend-export', vault: { displayName: 'Robin' } })

  mend.dialogs.exportTarget = join(mend.workDir, 'journal-md')
  await page.getByRole('button', { name: 'Export as Markdown…' }).click()
  await expect(page.getByText(`Exported to ${mend.dialogs.exportTarget}`)).toBeVisible()
  expect(readFileSync(join(mend.dialogs.exportTarget, 'index.md'), 'utf8')).toContain('not encrypted')
  expect(readdirSync(mend.workDir).sort()).toEqual(['journal-md', 'journal.json'])
  expect(existsSync(join(mend.vaultDir, 'journal.json'))).toBe(false)
})

test.describe('auto-lock', () => {
  // A minute of the auto-lock countdown lasts a second here.
  test.use({ idleSpeedup: 60 })

  test('locks after the chosen idle time and leaves no decrypted data in the page', async ({ mend, page }) => {
    const marker = 'Qx4IdleMarkerName'
    await createVaultAndStoreKey(page, PASSPHRASE, marker)
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByLabel('Lock after').selectOption('2')
    await page.getByRole('link', { name: /Mend, home/ }).click()
    await expect(page.getByRole('heading', { name: new RegExp(marker) })).toBeVisible()
    // The probe works: while open, the decrypted name is in the page's memory.
    expect(await heapSnapshot(page)).toContain(marker)

    await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible({ timeout: 5_000 })
    if (mend.core) {
      expect(await mend.core.call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    }

    // Nothing decrypted is left in the renderer's memory: not on screen, not in any store.
    const snapshot = await heapSnapshot(page)
    expect(snapshot.length).toBeGreaterThan(10_000)
    expect(snapshot).not.toContain(marker)
  })
})

test('a new computer: restore a backup file with the passphrase it was made with', async ({ mend }) => {
  await createVaultAndStoreKey(mend.page, PASSPHRASE, 'Robin')
  await mend.page.getByRole('link', { name: 'Settings' }).click()
  await mend.page.getByRole('button', { name: 'Back up now' }).click()
  await expect(mend.page.getByText(/Backup saved/)).toBeVisible()
  const backupName = readdirSync(join(mend.vaultDir, 'backups'))[0] as string
  const carried = join(mend.workDir, backupName)
  copyFileSync(join(mend.vaultDir, 'backups', backupName), carried)

  // The new computer has no journal at all.
  rmSync(mend.vaultDir, { recursive: true, force: true })
  await mend.restart()
  const { page } = mend
  await page.getByRole('link', { name: 'Restore from a backup' }).click()
  mend.dialogs.backupFile = carried
  await page.getByRole('button', { name: 'Choose a backup file…' }).click()
  await page.getByLabel('Passphrase of the backup', { exact: true }).fill('not the passphrase')
  const open = page.getByRole('button', { name: 'Open the backup' })
  await open.click()
  await expect(page.getByText('That passphrase does not open this backup.')).toBeVisible()
  // A wrong backup passphrase waits like a wrong unlock (1 s after the first): the button says when.
  await expect(open).toBeDisabled()
  await page.getByLabel('Passphrase of the backup', { exact: true }).fill(PASSPHRASE)
  await expect(open).toBeEnabled()
  await open.click()
  await expect(page.getByText('Robin')).toBeVisible()
  await mend.screenshot('14-restore-new-computer')
  await page.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(page.getByRole('heading', { name: /Robin/ })).toBeVisible()
  expect(existsSync(join(mend.vaultDir, 'vault-header.json'))).toBe(true)
})

test('a recovery key never confirmed as stored is remembered, and a reminder shows until a new one is', async ({
  mend,
}) => {
  const { page } = mend
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()
  await expect(page.getByTestId('recovery-key')).toBeVisible()
  // Locked before confirming (the shortcut, as if stepping away).
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  await unlock(page, PASSPHRASE)
  await skipIntroduction(page)

  const reminder = page.getByRole('note').filter({ hasText: 'never confirmed as stored' })
  await expect(reminder).toBeVisible()
  await mend.screenshot('15-home-recovery-reminder')
  await reminder.getByRole('link', { name: 'Make a new recovery key in Settings' }).click()
  await page.getByRole('button', { name: 'Make a new recovery key…' }).click()
  await page.getByLabel('Your passphrase, to confirm', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Make the new key' }).click()
  await page.getByLabel('I have stored my recovery key somewhere safe.').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('link', { name: /Mend, home/ }).click()
  await expect(page.getByTestId('home-today')).toBeVisible()
  await expect(reminder).toHaveCount(0)
})
