import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BRIDGE_TOKEN_HEADER } from '../../electron/contract'
import { expect, test } from './fixtures'
import {
  PASSPHRASE,
  countMarker,
  createVault,
  createVaultAndStoreKey,
  filesUnder,
  heapSnapshot,
  sha256,
  skipIntroduction,
  unlock,
} from './helpers'

test('first start: welcome, passphrase rules, then the home screen with the vault facts', async ({ mend }) => {
  const { page } = mend
  await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible()
  await expect(page.getByText('Everything you write stays on this device, encrypted')).toBeVisible()
  await mend.screenshot('01-welcome')

  const passphrase = page.getByLabel('Passphrase', { exact: true })
  const meter = page.getByRole('meter', { name: 'Passphrase strength' })
  await passphrase.fill('short')
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()
  await expect(page.getByText('This passphrase is not strong enough yet: see why just above.')).toBeVisible()
  await expect(page.getByTestId('strength-reasons')).toContainText('It is shorter than 10 characters.')

  await passphrase.fill('password1234')
  await expect(meter).toHaveAttribute('aria-valuetext', /Very weak|Weak/)
  await expect(page.getByTestId('strength-reasons')).toContainText('a password many people use')
  await mend.screenshot('02-welcome-weak-passphrase')

  await passphrase.fill(PASSPHRASE)
  await expect(meter).toHaveAttribute('aria-valuetext', /Strong enough|Strong/)
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(`${PASSPHRASE}x`)
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()
  await expect(page.getByText('The two passphrases do not match.')).toBeVisible()
  await mend.screenshot('03-welcome-mismatch')

  await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('What should Mend call you?').fill('Robin')
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()

  // The recovery key is shown once, before anything else.
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible()
  await expect(page.getByTestId('recovery-key')).toHaveText(/^([A-Z2-7]{4}\s*){8}$/)
  await mend.screenshot('04-recovery-key')
  const proceed = page.getByRole('button', { name: 'Continue' })
  await expect(proceed).toBeDisabled()
  await page.getByLabel('I have stored my recovery key somewhere safe.').check()
  await proceed.click()
  await skipIntroduction(page)

  await expect(page.getByRole('heading', { name: /Good (morning|afternoon|evening), Robin/ })).toBeVisible()
  await expect(page.getByTestId('home-today')).toBeVisible()
  await mend.screenshot('05-home')
  // Where the journal lives and since when: Settings, not the home screen.
  await expect(page.getByTestId('vault-location')).toHaveCount(0)
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByTestId('vault-location')).toHaveText(mend.vaultDir)
  await expect(page.getByTestId('vault-created')).toContainText(String(new Date().getFullYear()))
  expect(existsSync(join(mend.vaultDir, 'mend.db'))).toBe(true)
})

test('lock: the button and the shortcut close the vault and leave nothing decrypted on screen', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page, PASSPHRASE, 'Robin')
  await expect(page.getByTestId('home-today')).toBeVisible()

  await page.getByRole('button', { name: /^Lock/ }).click()
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  const html = await page.content()
  expect(html).not.toContain('Robin')
  // Not on screen, and not anywhere in the page's memory either.
  expect(await heapSnapshot(page)).not.toContain('Robin')
  if (mend.core) {
    expect(await mend.core.call('vault.getStatus', {})).toMatchObject({ ok: true, value: { state: 'locked' } })
    const reply = await mend.core.call('vault.getInfo', {})
    expect(reply).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
  }
  await mend.screenshot('06-locked')

  // Nothing behind the lock is reachable by URL.
  await page.goto(`${mend.origin}/#/home`)
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()

  await unlock(page, PASSPHRASE)
  await expect(page.getByTestId('home-today')).toBeVisible()
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  expect(await page.content()).not.toContain('Robin')
})

test('later start: a wrong passphrase is refused plainly, waits, and damages nothing', async ({ mend }) => {
  await createVaultAndStoreKey(mend.page, PASSPHRASE)
  await expect(mend.page.getByTestId('home-today')).toBeVisible()
  await mend.restart()
  const { page } = mend

  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  const before = {
    db: sha256(join(mend.vaultDir, 'mend.db')),
    header: sha256(join(mend.vaultDir, 'vault-header.json')),
  }

  await unlock(page, 'not my passphrase at all')
  await expect(page.getByTestId('unlock-error')).toContainText('That passphrase is not right.')
  await expect(page.getByTestId('unlock-error')).toContainText(/try again in \d+ s/)
  await expect(page.getByRole('button', { name: /Wait \d+ s/ })).toBeDisabled()
  await mend.screenshot('07-unlock-wrong-passphrase')

  expect(sha256(join(mend.vaultDir, 'mend.db'))).toBe(before.db)
  expect(sha256(join(mend.vaultDir, 'vault-header.json'))).toBe(before.header)

  // The second failure waits longer than the first, the third longer still.
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled() // empty field
  await unlock(page, 'still not it, sorry')
  await expect(page.getByTestId('unlock-error')).toContainText(/try again in 2 s/)
  await expect(page.getByRole('button', { name: /Wait/ })).toHaveCount(0, { timeout: 5_000 })
  await unlock(page, 'third time unlucky')
  await expect(page.getByTestId('unlock-error')).toContainText(/try again in 4 s/)

  // Quitting and starting again does not reset the wait.
  await mend.restart()
  await expect(mend.page.getByRole('button', { name: /Wait \d s/ })).toBeDisabled()
  await expect(mend.page.getByRole('button', { name: /Wait/ })).toHaveCount(0, { timeout: 6_000 })
  await unlock(mend.page, PASSPHRASE)
  await expect(mend.page.getByTestId('home-today')).toBeVisible()
})

test('at rest: typed text and the passphrase are in no file, and the database is not readable as SQLite', async ({
  mend,
}) => {
  const marker = 'Zq7MarkerRobinsonXk'
  const passphrase = 'Vt9passMarker lantern orchard'
  const recoveryKey = await createVaultAndStoreKey(mend.page, passphrase, marker)
  await expect(mend.page.getByRole('heading', { name: new RegExp(marker) })).toBeVisible()
  const secrets = [marker, passphrase, recoveryKey, recoveryKey.replaceAll('-', '')]

  // While open (the WAL holds the latest writes) and after locking.
  const files = filesUnder(mend.vaultDir)
  expect(files.some((file) => file.endsWith('mend.db-wal'))).toBe(true)
  for (const secret of secrets) expect(countMarker(files, secret), secret).toBe(0)

  await mend.page.getByRole('button', { name: /^Lock/ }).click()
  await expect(mend.page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  const lockedFiles = filesUnder(mend.vaultDir)
  for (const secret of secrets) expect(countMarker(lockedFiles, secret), secret).toBe(0)

  const database = join(mend.vaultDir, 'mend.db')
  expect(readFileSync(database).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')
  // The sqlite3 command line (Debian package sqlite3) must be installed: see README.
  const sqlite = spawnSync('sqlite3', [database, 'SELECT * FROM sqlite_master;'], { encoding: 'utf8' })
  expect(sqlite.error).toBeUndefined()
  expect(sqlite.status).not.toBe(0)
  expect(sqlite.stderr).toMatch(/not a database|encrypted/)
})

test('network and policy: nothing leaves the app origin, and the page runs under the strict CSP', async ({
  mend,
  page,
}) => {
  await createVaultAndStoreKey(page, PASSPHRASE)
  test.skip(mend.target === 'electron', "reads the CSP header off the loopback bridge's own response")

  const response = await page.request.get(`${mend.origin}/`)
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'")
  expect(response.headers()['content-security-policy']).not.toContain('unsafe')

  // An injected inline script must not run.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 50))
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(ran).toBe(false)

  const foreign = mend.requests.filter((url) => !url.startsWith(`${mend.origin}/`))
  expect(foreign).toEqual([])
  expect(mend.requests.length).toBeGreaterThan(3)
})

test('malformed calls get INVALID_INPUT naming the field, and the app keeps working', async ({ mend, page }) => {
  test.skip(mend.target === 'electron', "posts raw calls to the loopback bridge's /rpc, which the app does not have")
  // As the page's own client sends them: with the bridge's token it keeps for this tab.
  const call = (body: unknown) =>
    page.evaluate(
      async ({ payload, header }) => {
        const response = await fetch('/rpc', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [header]: sessionStorage.getItem('mend-bridge-token') ?? '' },
          body: JSON.stringify(payload),
        })
        return (await response.json()) as { ok: boolean; error?: { code: string; field?: string } }
      },
      { payload: body, header: BRIDGE_TOKEN_HEADER },
    )

  expect(await call({ procedure: 'vault.create', input: { passphrase: 42 } })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', field: 'passphrase' },
  })
  expect(await call({ procedure: 'vault.create', input: {} })).toMatchObject({
    error: { code: 'INVALID_INPUT', field: 'passphrase' },
  })
  expect(await call({ procedure: 'vault.create', input: { passphrase: PASSPHRASE, admin: true } })).toMatchObject({
    error: { code: 'INVALID_INPUT', field: 'admin' },
  })
  expect(await call({ procedure: 'vault.create', input: { passphrase: 'x'.repeat(1_000_000) } })).toMatchObject({
    error: { code: 'INVALID_INPUT', field: 'passphrase' },
  })
  expect(
    await call({ procedure: 'vault.create', input: { passphrase: PASSPHRASE, displayName: 'y'.repeat(1_000_000) } }),
  ).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'displayName' } })
  expect(await call({ procedure: 'vault.nope', input: {} })).toMatchObject({ error: { code: 'UNKNOWN_PROCEDURE' } })
  expect(await call({ procedure: 'vault.getInfo', input: {} })).toMatchObject({ error: { code: 'LOCKED' } })

  await createVault(page, PASSPHRASE)
  // Deriving the key is slow on purpose (scrypt), and slower still on a busy machine.
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible({ timeout: 15_000 })
})
