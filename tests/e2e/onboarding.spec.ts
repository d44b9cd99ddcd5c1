import type { Page } from '@playwright/test'
import { expect, test, type MendHarness } from './fixtures'
import { PASSPHRASE, createVault, unlock } from './helpers'

/** Creates a vault and confirms its recovery key, stopping where the introduction begins. */
async function createAndConfirm(page: Page): Promise<void> {
  await createVault(page)
  await page.getByLabel('I have stored my recovery key somewhere safe.').check()
  await page.getByRole('button', { name: 'Continue' }).click()
}

async function onboardingDone(mend: MendHarness): Promise<boolean> {
  const result = await mend.core!.call('settings.get', {})
  if (!result.ok) throw new Error(result.error.message)
  return (result.value as { onboardingDone: boolean }).onboardingDone
}

const home = (page: Page) => page.getByTestId('home-today')

test('a new vault shows three short screens once: journal, plans, assessments, then home', async ({ mend }) => {
  const { page } = mend
  await createAndConfirm(page)
  const intro = page.getByTestId('onboarding')
  const current = intro.locator('.dots li.current')

  await expect(page.getByRole('heading', { name: 'Your journal', level: 1 })).toBeFocused()
  await expect(intro.getByText('Step 1 of 3')).toBeVisible()
  await expect(intro.locator('.dots li')).toHaveCount(3)
  await expect(current).toHaveCount(1)
  expect(await current.evaluate((dot) => [...dot.parentElement!.children].indexOf(dot))).toBe(0)
  await mend.screenshot('80-onboarding-journal')

  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { name: 'Repair plans', level: 1 })).toBeFocused()
  await expect(intro.getByText('Step 2 of 3')).toBeVisible()
  expect(await current.evaluate((dot) => [...dot.parentElement!.children].indexOf(dot))).toBe(1)
  await expect(intro).toContainText('four steps')
  await mend.screenshot('81-onboarding-plans')

  // Enter goes on from anywhere but a button (which acts by itself).
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Trust assessments', level: 1 })).toBeVisible()
  await expect(intro).toContainText('never a verdict')
  await expect(intro).toContainText('your safety comes first')
  await expect(page.getByRole('button', { name: 'Start writing' })).toBeVisible()
  await mend.screenshot('82-onboarding-assessments')
  expect(await onboardingDone(mend)).toBe(false)

  // "Start writing" does what it says: a new entry, its title ready for typing.
  await page.getByRole('button', { name: 'Start writing' }).click()
  await expect(page.locator('html[data-route="/journal/new"]')).toBeAttached()
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused()
  expect(await onboardingDone(mend)).toBe(true)

  // Shown once: a later start of the app opens on home after unlocking.
  await mend.restart()
  await unlock(mend.page, PASSPHRASE)
  await expect(home(mend.page)).toBeVisible()
  await expect(mend.page.getByTestId('onboarding')).toHaveCount(0)
})

test('Escape skips the introduction, and it does not come back', async ({ mend }) => {
  const { page } = mend
  await createAndConfirm(page)
  await expect(page.getByRole('heading', { name: 'Your journal' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(home(page)).toBeVisible()
  expect(await onboardingDone(mend)).toBe(true)

  await page.keyboard.press('Control+l')
  await unlock(page, PASSPHRASE)
  await expect(home(page)).toBeVisible()
  await expect(page.getByTestId('onboarding')).toHaveCount(0)
})

test('quitting before the introduction shows it at the next unlock', async ({ mend }) => {
  const { page } = mend
  await createAndConfirm(page)
  await expect(page.getByRole('heading', { name: 'Your journal' })).toBeVisible()
  await mend.restart()
  await unlock(mend.page, PASSPHRASE)
  await expect(mend.page.getByRole('heading', { name: 'Your journal' })).toBeVisible()
  await mend.page.getByRole('button', { name: 'Skip the introduction' }).click()
  await expect(home(mend.page)).toBeVisible()
})

test('a vault made before the introduction existed (no setting stored) opens on home', async ({ mend }) => {
  // The core alone creates a vault without the renderer's "introduction pending" mark.
  const created = await mend.core!.call('vault.create', { passphrase: PASSPHRASE })
  expect(created.ok).toBe(true)
  // Its recovery key was stored long ago (otherwise the key's screen would come first).
  expect((await mend.core!.call('vault.confirmRecoveryKey', {})).ok).toBe(true)
  expect(await onboardingDone(mend)).toBe(true)
  await mend.page.reload()
  await expect(home(mend.page)).toBeVisible()
  await expect(mend.page.getByTestId('onboarding')).toHaveCount(0)
})
