import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, type MendHarness } from './fixtures'
import { PASSPHRASE, createVaultAndStoreKey } from './helpers'

/**
 * The main flows with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrows and the app's
 * shortcuts. No clicks and no fill(): text is typed key by key. The page's DOM is only read,
 * to know where focus is and that it can be seen.
 */

interface Target {
  /** The focused element's accessible name (label, aria-label or text), matched as a pattern. */
  name?: RegExp
  /** Or a CSS selector the focused element must match. */
  selector?: string
}

interface Focused {
  tag: string
  name: string
  matches: boolean
  inDialog: boolean
}

async function focused(page: Page, selector = '*'): Promise<Focused> {
  return page.evaluate((css) => {
    // The journal's editor keeps its text in a shadow root: follow focus into it.
    let element = document.activeElement as HTMLElement | null
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement as HTMLElement
    if (!element || element === document.body) return { tag: 'body', name: '', matches: false, inDialog: false }
    const text = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim()
    const labelledBy = element.getAttribute('aria-labelledby')
    const labels = (element as HTMLInputElement).labels
    const name =
      text(element.getAttribute('aria-label')) ||
      text(
        labelledBy
          ?.split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      ) ||
      text(labels?.[0]?.textContent) ||
      text(element.textContent)
    return {
      tag: element.tagName.toLowerCase(),
      name,
      matches: element.matches(css),
      inDialog: !!element.closest('dialog'),
    }
  }, selector)
}

/** Presses Tab (or Shift+Tab) until focus is on the target; fails if it never gets there. */
async function tabTo(page: Page, target: Target, { back = false, limit = 80 } = {}): Promise<void> {
  const seen: string[] = []
  for (let press = 0; press <= limit; press++) {
    const now = await focused(page, target.selector ?? '*')
    const hit = target.selector ? now.matches : target.name!.test(now.name)
    if (hit) return
    seen.push(`${now.tag}:${now.name.slice(0, 30)}`)
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${target.selector ?? target.name}; passed ${seen.join(' | ')}`)
}

/** What a sighted keyboard user relies on: the focused element draws a ring (outline or shadow). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    // The journal's editor (CodeMirror in a shadow root) draws its ring around the whole box.
    const active = document.activeElement as HTMLElement
    const element = active.shadowRoot ? (active.closest('.markdown-editor') as HTMLElement) : active
    const style = getComputedStyle(element)
    return {
      what: `${element.tagName.toLowerCase()}.${element.className}`,
      outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      shadow: style.boxShadow,
      // A heading that takes focus when a screen opens is underlined instead (src/styles/main.css).
      underline: /^H\d$/.test(element.tagName) && style.textDecorationLine === 'underline',
    }
  })
  expect(ring.outline >= 2 || ring.shadow !== 'none' || ring.underline, `no focus ring on ${ring.what}`).toBe(true)
}

async function seedAssessment(mend: MendHarness): Promise<void> {
  const call = async (procedure: string, input: unknown) => {
    const result = await mend.core!.call(procedure, input)
    if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
    return result.value as { id: number }
  }
  const ana = await call('people.create', { name: 'Ana' })
  await call('assessments.create', {
    personId: ana.id,
    breach: {
      whatHappened: 'Ana told others what I had told her in confidence.',
      occurredOn: '2026-01-10',
      severity: 3,
      kind: 'integrity',
      involvedDeception: false,
    },
  })
}

test('keyboard only: create, write, plan and check in, add evidence, shortcuts, lock and unlock', async ({ mend }) => {
  test.setTimeout(120_000)
  const { page } = mend
  const keys = page.keyboard
  await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible()

  // Create the vault.
  await tabTo(page, { name: /^Passphrase$/ })
  await expectVisibleFocus(page)
  await keys.type(PASSPHRASE)
  await tabTo(page, { name: /^Confirm passphrase$/ })
  await keys.type(PASSPHRASE)
  await tabTo(page, { name: /^Create my encrypted journal$/ })
  await expectVisibleFocus(page)
  await keys.press('Enter')
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible()
  await tabTo(page, { name: /I have stored my recovery key/ })
  await keys.press('Space')
  await tabTo(page, { name: /^Continue$/ })
  await keys.press('Enter')

  // The introduction: its heading has focus; Enter goes through the three screens to writing.
  await expect(page.getByRole('heading', { name: 'Your journal' })).toBeFocused()
  await expectVisibleFocus(page)
  await keys.press('Enter')
  await expect(page.getByRole('heading', { name: 'Repair plans' })).toBeFocused()
  await keys.press('Enter')
  await expect(page.getByRole('heading', { name: 'Trust assessments' })).toBeVisible()
  await keys.press('Enter')
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused()

  // Write an entry: Ctrl+N, the title has focus; Tab to the text; it saves by itself.
  await keys.press('Control+n')
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused()
  await keys.type('Kitchen talk')
  await tabTo(page, { name: /^Entry text$/ })
  await expectVisibleFocus(page)
  await keys.type('I said I was sorry, and this time I did not add a but.')
  const status = page.getByTestId('save-state')
  await expect(status).toHaveText('Saved')
  await expect(status).toHaveAttribute('aria-live', 'polite')
  // Tab indents inside the text; Escape, then Tab, leaves it (as the hint beside the toolbar says).
  await keys.press('Escape')
  await keys.press('Tab')
  expect((await focused(page)).name).not.toBe('Entry text')
  await expect(page.getByTestId('entry-body')).toContainText('I did not add a but.')

  // Start a plan: Ctrl+2 goes to plans even from inside the editor.
  await keys.press('Control+2')
  await expect(page.getByRole('heading', { name: 'Repair plans', level: 1 })).toBeVisible()
  await tabTo(page, { name: /^Start a plan$/ })
  await expectVisibleFocus(page)
  await keys.press('Enter')
  await expect(page.getByRole('heading', { name: 'Start a repair plan' })).toBeVisible()
  // The person is added in place: their name, then Enter.
  await tabTo(page, { name: /^Whose trust is this about\?$/ })
  await keys.type('Sam')
  await keys.press('Enter')
  await expect(page.getByText('Sam is in your journal’s people now.')).toBeVisible()
  await tabTo(page, { name: /^What happened/ })
  await keys.type('I hid a letter from the bank and lied about it.')
  await tabTo(page, { selector: 'input[name="breach-severity"]' })
  await keys.press('Space')
  await keys.press('ArrowRight')
  await keys.press('ArrowRight')
  await expectVisibleFocus(page)
  await expect(page.getByRole('radio', { name: /^3 ·/ })).toBeChecked()
  await tabTo(page, { selector: 'input[name="breach-kind"]' })
  await keys.press('Space')
  await tabTo(page, { selector: 'input[name="breach-lie"]' })
  await keys.press('Space')
  await tabTo(page, { name: /^Start the plan$/ })
  await keys.press('Enter')
  await expect(page.getByRole('heading', { name: 'Repairing things with Sam', level: 1 })).toBeVisible()

  // The plan's menu by keyboard: Enter opens it on its first item, the arrows move, Enter chooses.
  await tabTo(page, { name: /^Plan options/ })
  await keys.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Export to PDF…' })).toBeFocused()
  await keys.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Pause the plan' })).toBeFocused()
  await expectVisibleFocus(page)
  await keys.press('Enter')
  await expect(page.getByTestId('plan-banner')).toContainText('This plan is paused.')
  await expect(page.getByRole('button', { name: /^Plan options/ })).toBeFocused()
  await keys.press('ArrowDown')
  await keys.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Resume the plan' })).toBeFocused()
  await keys.press('Enter')
  await expect(page.getByTestId('plan-banner')).toHaveCount(0)

  // Step 4: add a commitment, then record today's check-in.
  await tabTo(page, { selector: 'a[href$="/action"]' })
  await keys.press('Enter')
  await expect(page.getByRole('heading', { name: /^Step 4:/ })).toBeVisible()
  await tabTo(page, { name: /^Something you will do, that they could see$/ })
  await keys.type('Open the post together every evening')
  await tabTo(page, { name: /^Add commitment$/ })
  await keys.press('Enter')
  const commitment = page.getByText('Open the post together every evening')
  await expect(commitment).toBeVisible()
  await tabTo(page, { name: /Kept$/ })
  await keys.press('Space')
  const kept = page.getByRole('button', { name: /Kept$/ }).first()
  await expect(kept).toHaveAttribute('aria-pressed', 'true')
  await expectVisibleFocus(page)

  // Add evidence to an assessment: Ctrl+3, then the tabs by arrow keys.
  await seedAssessment(mend)
  await keys.press('Control+3')
  await tabTo(page, { name: /Ana/ })
  await keys.press('Enter')
  await tabTo(page, { selector: '[role="tab"][aria-selected="true"]' })
  await keys.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'What they said and did' })).toBeFocused()
  await expectVisibleFocus(page)
  await tabTo(page, { name: /^Add an observation$/ })
  await keys.press('Enter')
  const form = page.getByTestId('evidence-form')
  await expect(form).toBeVisible()
  // Tab reaches a radio group at its first choice; the arrow keys choose within it.
  await tabTo(page, { name: /^Something they said$/ })
  await keys.press('ArrowDown')
  await expect(form.getByRole('radio', { name: 'Something they did' })).toBeChecked()
  await expectVisibleFocus(page)
  await tabTo(page, { name: /^What you saw or heard$/ })
  await keys.type('She kept a small secret of mine.')
  await tabTo(page, { name: /^Add it$/ })
  await keys.press('Enter')
  await expect(page.getByTestId('evidence-item').filter({ hasText: 'She kept a small secret of mine.' })).toBeVisible()

  // The shortcuts: ? opens the list, Tab stays inside it, Escape closes it and focus goes back.
  const before = await focused(page)
  await keys.press('?')
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(overlay).toBeVisible()
  await expect(overlay.getByRole('button', { name: /Close/ })).toBeFocused()
  await expectVisibleFocus(page)
  for (let press = 0; press < 3; press++) {
    await keys.press('Tab')
    expect((await focused(page)).inDialog).toBe(true)
    await keys.press('Shift+Tab')
    expect((await focused(page)).inDialog).toBe(true)
  }
  await keys.press('Escape')
  await expect(overlay).toBeHidden()
  expect(await focused(page)).toEqual(before)

  // Lock with the shortcut, and unlock: straight home, the introduction is not shown again.
  await keys.press('Control+l')
  await expect(page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  await tabTo(page, { name: /^Passphrase$/ })
  await keys.type(PASSPHRASE)
  await keys.press('Enter')
  await expect(page.getByTestId('home-today')).toBeVisible()
})

test('the shortcuts list opens with ?, from the header and from the Help menu’s event, in light and dark', async ({
  mend,
}) => {
  const { page } = mend
  await expect(page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible()
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  // On the locked screens too.
  await page.keyboard.press('?')
  await expect(overlay).toBeVisible()
  await expect(overlay).toHaveAttribute('aria-modal', 'true')
  await overlay.getByRole('button', { name: /Close/ }).press('Enter')
  await expect(overlay).toBeHidden()

  // Typing a ? in a field is a question mark, not the shortcut.
  const passphrase = page.getByLabel('Passphrase', { exact: true })
  await passphrase.focus()
  await page.keyboard.type('why?')
  await expect(overlay).toBeHidden()
  await expect(passphrase).toHaveValue('why?')
  await passphrase.fill('')

  // Behind the lock the header offers it as a button too; closing returns focus to the button.
  await createVaultAndStoreKey(page)
  const help = page.getByRole('navigation', { name: 'App' }).getByRole('button', { name: 'Keyboard shortcuts' })
  await help.click()
  await expect(overlay).toBeVisible()
  await expect(overlay.getByRole('heading', { name: 'Go to' })).toBeVisible()
  await expect(overlay.getByText('New journal entry')).toBeVisible()
  await page.screenshot({ path: resolve('test-results/screens', '83-shortcuts-overlay.png') })
  await page.keyboard.press('Escape')
  await expect(overlay).toBeHidden()
  await expect(help).toBeFocused()

  // Help > Keyboard shortcuts in the application menu sends this event to the window.
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.evaluate(() => window.dispatchEvent(new Event('mend:show-shortcuts')))
  await expect(overlay).toBeVisible()
  await page.screenshot({ path: resolve('test-results/screens', '84-shortcuts-overlay-dark.png') })
  await page.keyboard.press('Escape')
  await expect(overlay).toBeHidden()
})
