import type { Page } from '@playwright/test'
import type { RepairPlan } from '../../electron/contract'
import { expect, test, type MendHarness } from './fixtures'
import { PASSPHRASE, createVault, createVaultAndStoreKey } from './helpers'

/**
 * The small things a person meets on the first evening: the first screens, the editor, home,
 * search, toasts and shortcuts, at the window sizes people use.
 */

async function call<T>(mend: MendHarness, procedure: string, input: unknown): Promise<T> {
  const result = await mend.core!.call(procedure, input)
  if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
  return result.value as T
}

/** Goes to a screen without reloading, and waits until the router says it is drawn. */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash)
  await page.locator(`html[data-route="${hash.slice(1).split('?')[0]}"]`).waitFor({ state: 'attached' })
}

/** How far the page scrolls sideways (0 when it fits). */
function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

function rgb(colour: string): number[] {
  return (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
}

/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = rgb(colour).map((v) => {
      const c = v / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
  return (x! + 0.05) / (y! + 0.05)
}

test('first run at 1280x800: the create button shows without scrolling, and a reload cannot skip the recovery key', async ({
  mend,
}) => {
  const { page } = mend
  await page.setViewportSize({ width: 1280, height: 800 })
  const create = page.getByRole('button', { name: 'Create my encrypted journal' })
  await expect(create).toBeInViewport({ ratio: 1 })
  await mend.screenshot('90-welcome-1280x800')

  await createVault(page)
  const shownKey = async () => (await page.getByTestId('recovery-key').innerText()).replace(/\s+/g, '')
  const key = await shownKey()
  expect(key).toMatch(/^[A-Z0-9]{32}$/)
  await page.reload()
  // The same key again, and nothing else until it is confirmed.
  await expect(page.locator('html[data-route="/recovery-key"]')).toBeAttached()
  expect(await shownKey()).toBe(key)
  await page.evaluate(() => (window.location.hash = '#/journal'))
  await expect(page).toHaveURL(/#\/recovery-key$/)
  expect(await shownKey()).toBe(key)

  await page.getByLabel('I have stored my recovery key somewhere safe.').check()
  await page.getByRole('button', { name: 'Continue' }).focus()
  await page.keyboard.press('Enter')
  // A heading that takes focus as a screen opens is underlined for keyboard users, not boxed.
  const heading = page.getByRole('heading', { name: 'Your journal', level: 1 })
  await expect(heading).toBeFocused()
  const ring = await heading.evaluate((element) => {
    const style = getComputedStyle(element)
    return { outline: style.outlineStyle, underline: style.textDecorationLine }
  })
  expect(ring.outline).toBe('none')
  expect(ring.underline).toBe('underline')
})

test('the editor: dated now, Enter goes from the title to the text, moods in words, the key hint only in the text', async ({
  mend,
}) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await goTo(page, '#/journal/new')
  const date = page.getByLabel('Date')
  const shown = await date.inputValue()
  const today = await page.evaluate(() => {
    const now = new Date()
    const pad = (value: number) => String(value).padStart(2, '0')
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T`
  })
  expect(shown.startsWith(today)).toBe(true)

  const hint = page.getByTestId('keys-hint')
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused()
  await expect(hint).toBeHidden()
  await page.keyboard.type('The night I forgot')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Entry text' })).toBeFocused()
  await expect(hint).toBeVisible()
  await page.keyboard.type('I told Sam the train was late. It was not.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('The night I forgot')

  for (const word of ['Very low', 'Low', 'Mixed', 'Good', 'Very good']) {
    await expect(page.getByRole('group', { name: 'Mood' }).getByText(word, { exact: true })).toBeVisible()
  }
  await page.getByRole('group', { name: 'Mood' }).getByText('Low', { exact: true }).click()
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await mend.screenshot('91-editor-new-entry')
})

test('an entry begun from a template lists with its own words, not the template’s headings', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await goTo(page, '#/journal/new?template=builtin:what-happened')
  const text = page.getByRole('textbox', { name: 'Entry text' })
  await expect(text).toContainText('What happened, plainly')
  await text.click()
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.type('I missed our anniversary dinner, then lied about the train.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await page.getByRole('link', { name: 'Journal', exact: true }).first().click()
  await expect(page.locator('html[data-route="/journal"]')).toBeAttached()
  const row = page.getByRole('link', { name: /What happened/ }).first()
  await expect(row).toContainText('I missed our anniversary dinner')
  await expect(row).not.toContainText('What happened, plainly')
})

test('home shows today, not where the files are', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await expect(page.getByTestId('home-today')).toContainText('Nothing is waiting for you today')
  await expect(page.getByTestId('vault-location')).toHaveCount(0)
  await expect(page.getByText(mend.vaultDir)).toHaveCount(0)
  await page.getByTestId('home-today').getByRole('link', { name: 'Write' }).click()
  await expect(page.locator('html[data-route="/journal/new"]')).toBeAttached()
})

test('Ctrl+K goes to search from any field, and the words typed just before are kept', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)

  // A new entry's first words, typed a moment before: the save on the way out must not cancel going.
  await goTo(page, '#/journal/new')
  await page.getByRole('textbox', { name: 'Entry text' }).click()
  await page.keyboard.type('Right after the dinner I went quiet.')
  await page.keyboard.press('Control+k')
  await expect(page.locator('html[data-route="/search"]')).toBeAttached()
  await expect(page.getByRole('searchbox')).toBeFocused()
  const entries = await call<{ total: number }>(mend, 'journal.getTimelineOutline', {})
  expect(entries.total).toBe(1)

  for (const field of ['Title', 'Tags']) {
    await goTo(page, '#/journal/new')
    await page.getByLabel(field, { exact: true }).click()
    await page.keyboard.press('Control+k')
    await expect(page.locator('html[data-route="/search"]')).toBeAttached()
  }

  const person = await call<{ id: number }>(mend, 'people.create', { name: 'Sam', relationship: 'partner' })
  const plan = await call<RepairPlan>(mend, 'plans.create', {
    personId: person.id,
    title: 'The dinner',
    breach: {
      whatHappened: 'I forgot our dinner and lied about why.',
      occurredOn: '2026-11-01',
      severity: 3,
      kind: 'integrity',
      involvedDeception: true,
    },
  })
  await goTo(page, `#/plans/${plan.id}/ownership`)
  await page.locator('.cm-content').first().click()
  await page.keyboard.type('I forgot the dinner.')
  await page.keyboard.press('Control+k')
  await expect(page.locator('html[data-route="/search"]')).toBeAttached()
  const saved = await call<RepairPlan>(mend, 'plans.get', { id: plan.id })
  expect(saved.ownership).toBe('I forgot the dinner.')
})

test('search hits stand out from the text around them, in both themes', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await call(mend, 'journal.createEntry', {
    kind: 'journal',
    title: 'After the dinner',
    body: 'I thought about the dinner I forgot and the lie I told about the train.',
  })
  await goTo(page, '#/search')
  await page.getByRole('searchbox').pressSequentially('dinner')
  const hit = page.locator('mark').first()
  await expect(hit).toHaveText('dinner')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const colours = await hit.evaluate((mark) => {
      const row = mark.closest('a, li') as HTMLElement
      return {
        mark: getComputedStyle(mark).backgroundColor,
        text: getComputedStyle(mark).color,
        row: getComputedStyle(row).backgroundColor,
      }
    })
    // The hit's background is set apart from the row's, and its text stays easy to read on it.
    expect(contrast(colours.mark, colours.row), `${scheme}: hit vs row`).toBeGreaterThan(1.3)
    expect(contrast(colours.text, colours.mark), `${scheme}: text on hit`).toBeGreaterThan(4.5)
    await mend.screenshot(`92-search-hits-${scheme}`)
  }
})

test('a toast never covers the button that raised it, at 800 px', async ({ mend }) => {
  const { page } = mend
  await page.setViewportSize({ width: 800, height: 700 })
  await createVaultAndStoreKey(page)
  await goTo(page, '#/people')
  for (const name of ['Sam Okafor', 'Robin Hale', 'Ada Brook', 'Lee Marsh', 'Kit Vance', 'Noor Salem']) {
    await page.getByLabel('Name', { exact: true }).click()
    await page.keyboard.type(name)
    const save = page.getByRole('button', { name: 'Add', exact: true })
    await save.focus()
    await page.keyboard.press('Enter')
    const toast = page.getByTestId('toasts').locator('.toast').last()
    await expect(toast).toContainText(`${name} was added`)
    // Wait for the toast's room to be made: the page is then scrolled as needed.
    await expect
      .poll(async () => {
        const [toastBox, buttonBox] = await Promise.all([toast.boundingBox(), save.boundingBox()])
        if (!toastBox || !buttonBox) return 'missing'
        const covered =
          buttonBox.y + buttonBox.height > toastBox.y &&
          buttonBox.y < toastBox.y + toastBox.height &&
          buttonBox.x + buttonBox.width > toastBox.x &&
          buttonBox.x < toastBox.x + toastBox.width
        return covered ? 'covered' : 'clear'
      })
      .toBe('clear')
  }
  await mend.screenshot('93-people-toast-800')
})

for (const [width, height] of [
  [1280, 800],
  [1024, 700],
  [800, 700],
] as const) {
  test(`no sideways scroll and the whole header in view at ${width}x${height}`, async ({ mend }) => {
    const { page } = mend
    await page.setViewportSize({ width, height })
    await createVaultAndStoreKey(page, PASSPHRASE, 'Alex')
    for (const hash of [
      '#/home',
      '#/journal',
      '#/journal/new',
      '#/search',
      '#/people',
      '#/import',
      '#/trash',
      '#/settings',
      '#/about-method',
      '#/plans',
      '#/assessments',
    ]) {
      await goTo(page, hash)
      expect(await sideways(page), `${hash} at ${width}px`).toBe(0)
      const lock = page.getByRole('button', { name: /^Lock/ })
      await expect(lock).toBeInViewport({ ratio: 1 })
    }
    await goTo(page, '#/home')
    await mend.screenshot(`94-home-${width}`)
  })
}
