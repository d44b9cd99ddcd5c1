import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PASSPHRASE, createVaultAndStoreKey } from './helpers'

/**
 * Choosing a passphrase: main rates what is typed (zxcvbn-ts, about 10^12 guesses, the person's
 * own words counted) and the meter says in plain words why it is not strong enough yet; a
 * suggestion of five random words is one click away. Screenshots: test-results/screens/
 * passphrase-{weak,strong}-{light,dark}.png.
 */

/** Empties a field as a person would: select everything in it, then Backspace. */
async function clear(field: Locator): Promise<void> {
  await field.click()
  await field.press('ControlOrMeta+a')
  await field.press('Backspace')
}

async function typeInto(field: Locator, text: string): Promise<void> {
  await clear(field)
  await field.pressSequentially(text)
}

function meterOf(page: Page, name = 'Passphrase strength'): Locator {
  return page.getByRole('meter', { name })
}

test('the welcome screen says why a passphrase is weak, and suggests five random words', async ({ mend }) => {
  const { page } = mend
  const name = page.getByLabel('What should Mend call you?')
  const passphrase = page.getByLabel('Passphrase', { exact: true })
  const meter = meterOf(page)
  const reasons = page.getByTestId('strength-reasons')
  await name.pressSequentially('Robin Okafor')

  for (const [theme, width] of [
    ['light', 1280],
    ['dark', 800],
  ] as const) {
    await page.setViewportSize({ width, height: 1000 })
    await page.emulateMedia({ colorScheme: theme })

    // Their own name and a year: the first things anyone who knows them would try.
    await typeInto(passphrase, 'robin okafor 1985')
    await expect(meter).toHaveAttribute('aria-valuetext', /^(Very weak|Weak|Not strong enough yet)$/)
    await expect(reasons).toContainText('your name, a name from your journal, or “Mend”')
    await expect(reasons).toContainText('It holds a date or a year.')
    await mend.screenshot(`passphrase-weak-${theme}`)

    await clear(passphrase)
    await expect(meter).toHaveAttribute('aria-valuetext', 'Not set yet')
    // The second time round the last suggestion is still on show: wait for main's new one.
    const suggested = page.getByTestId('suggested-passphrase')
    const before = theme === 'light' ? null : await suggested.innerText()
    await page.getByRole('button', { name: /^Suggest (a passphrase|another)$/ }).click()
    if (before !== null) await expect(suggested).not.toHaveText(before)
    await expect(suggested).toHaveText(/^[a-z]+( [a-z]+){4}$/)
    await page.getByRole('button', { name: 'Use this passphrase' }).click()
    await expect(passphrase).toHaveValue(await suggested.innerText())
    await expect(meter).toHaveAttribute('aria-valuetext', /^(Strong enough|Strong)$/)
    await expect(reasons).toHaveCount(0)
    await expect(
      page.getByText('It is now in the passphrase field. Type it once more below to confirm it.'),
    ).toBeVisible()
    await mend.screenshot(`passphrase-strong-${theme}`)
  }

  // At 1024 px: confirm the suggestion by typing it, and the journal is made with it.
  await page.setViewportSize({ width: 1024, height: 900 })
  const chosen = await passphrase.inputValue()
  await page.getByLabel('Confirm passphrase', { exact: true }).pressSequentially(chosen)
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible()
  if (mend.core) {
    await mend.core.call('vault.lock', {})
    expect(await mend.core.call('vault.unlock', { passphrase: chosen })).toMatchObject({ ok: true })
  }
})

test('changing the passphrase: a name from the journal is refused, with the reason', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page, PASSPHRASE)
  await mend.core!.call('people.create', { name: 'Ksawery Wiśniewski' })
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Current passphrase', { exact: true }).pressSequentially(PASSPHRASE)
  const next = page.getByLabel('New passphrase', { exact: true })
  await next.pressSequentially('ksawery wiśniewski forever')
  await expect(meterOf(page)).toHaveAttribute('aria-valuetext', /^(Very weak|Weak|Not strong enough yet)$/)
  await expect(page.getByTestId('strength-reasons')).toContainText('a name from your journal')
  await page.getByLabel('Confirm new passphrase', { exact: true }).pressSequentially('ksawery wiśniewski forever')
  await page.getByRole('button', { name: 'Change passphrase' }).click()
  await expect(page.getByText('This passphrase is not strong enough yet: see why just above.')).toBeVisible()
  await expect(page.getByText('Your passphrase was changed.')).toHaveCount(0)
})
