import type { Page } from '@playwright/test'
import type { TrustAssessment, RepairPlan } from '../../electron/contract'
import { expect, test, type MendHarness } from './fixtures'
import { createVaultAndStoreKey } from './helpers'

/**
 * A person writes whole sentences, key by key, in every editor and field. Letters that happen to
 * spell a shortcut ("g" then "h" in "thought", "g" then "s" in "feelings", "?" and "/") are
 * words there: the page stays where it is and every letter lands in the field.
 *
 * The walker finds the fields itself (text inputs, text areas, and contenteditable editors, also
 * inside shadow roots like the journal's), so a field added later is typed into too.
 */

/** Shortcut sequences in ordinary words: Tonight, thought, things, feelings?, Right/wrong. */
const SENTENCE = 'Tonight I thought about the things I said and her feelings? Right/wrong g then h'

async function call<T>(mend: MendHarness, procedure: string, input: unknown): Promise<T> {
  const result = await mend.core!.call(procedure, input)
  if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
  return result.value as T
}

/** Every visible field that takes typed text, marked with a data-typing-field index. */
async function markFields(page: Page): Promise<number> {
  return page.evaluate(() => {
    const skipTypes = new Set([
      'checkbox',
      'radio',
      'button',
      'submit',
      'reset',
      'range',
      'color',
      'file',
      'image',
      'hidden',
      'date',
      'datetime-local',
      'time',
      'month',
      'week',
      'number',
    ])
    const found: HTMLElement[] = []
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('input, textarea, [contenteditable="true"], *')) {
        if (element.shadowRoot) visit(element.shadowRoot)
        const isInput = element instanceof HTMLInputElement && !skipTypes.has(element.type)
        const isField = isInput || element instanceof HTMLTextAreaElement || element.isContentEditable
        if (!isField || (element.parentElement?.isContentEditable ?? false)) continue
        if ((element as HTMLInputElement).disabled || (element as HTMLInputElement).readOnly) continue
        const box = element.getBoundingClientRect()
        if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue
        found.push(element)
      }
    }
    visit(document)
    found.forEach((element, index) => element.setAttribute('data-typing-field', String(index)))
    return found.length
  })
}

/** What the field holds now: its value, or the editor's text. */
async function fieldText(page: Page, index: number): Promise<string> {
  return page.evaluate((at) => {
    const find = (root: Document | ShadowRoot): HTMLElement | null => {
      const hit = root.querySelector<HTMLElement>(`[data-typing-field="${at}"]`)
      if (hit) return hit
      for (const host of root.querySelectorAll<HTMLElement>('*')) {
        const inner = host.shadowRoot ? find(host.shadowRoot) : null
        if (inner) return inner
      }
      return null
    }
    const element = find(document)
    if (!element) return '(gone)'
    return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
      ? element.value
      : (element.innerText ?? '')
  }, index)
}

async function focusField(page: Page, index: number): Promise<void> {
  // Playwright's CSS engine pierces open shadow roots.
  await page.locator(`[data-typing-field="${index}"]`).click()
}

interface Walk {
  /** Where the screen is, as a pattern on the location hash; by default, exactly where it was. */
  stays?: RegExp
  /** Fields we know are there (guards against a walker that silently finds none). */
  atLeast: number
}

/** Types the sentence into every field on the screen, checking after each that nothing moved. */
async function typeEverywhere(page: Page, screen: string, walk: Walk): Promise<void> {
  const here = new URL(page.url()).hash
  const stays = walk.stays ?? new RegExp(`^${here.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  const count = await markFields(page)
  expect(count, `fields found on ${screen}`).toBeGreaterThanOrEqual(walk.atLeast)
  for (let index = 0; index < count; index++) {
    await focusField(page, index)
    await page.keyboard.press('End')
    await page.keyboard.type(SENTENCE)
    await expect(page.getByTestId('shortcuts-overlay')).toBeHidden()
    expect(new URL(page.url()).hash, `${screen}: field ${index} moved the page`).toMatch(stays)
    expect(await fieldText(page, index), `${screen}: field ${index} lost letters`).toContain(SENTENCE)
  }
}

/** Opens a form that waits behind a button, once the screen shows the button. */
async function openForm(page: Page, button: string): Promise<void> {
  const opener = page.getByRole('button', { name: button, exact: true }).first()
  await opener.click()
  await expect(opener).toBeHidden()
}

/** Goes to a screen without reloading, and waits until the router says it is drawn. */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash)
  await page.locator(`html[data-route="${hash.slice(1)}"]`).waitFor({ state: 'attached' })
}

for (const scheme of ['light', 'dark'] as const) {
  test(`typing sentences full of shortcut letters stays in every field (${scheme})`, async ({ mend }) => {
    test.setTimeout(180_000)
    const { page } = mend
    await page.emulateMedia({ colorScheme: scheme })
    await createVaultAndStoreKey(page)
    const person = await call<{ id: number }>(mend, 'people.create', { name: 'Sam Okafor', relationship: 'partner' })
    const breach = {
      whatHappened: 'I forgot our anniversary dinner and then lied about why.',
      occurredOn: '2026-11-01',
      severity: 3,
      kind: 'integrity',
      involvedDeception: true,
    }
    const plan = await call<RepairPlan>(mend, 'plans.create', { personId: person.id, title: 'The dinner', breach })
    const assessment = await call<TrustAssessment>(mend, 'assessments.create', {
      personId: person.id,
      title: 'After the dinner',
      breach,
    })

    // The journal: a new entry's title, its text (the editor in a shadow root), tags.
    await goTo(page, '#/journal/new')
    await expect(page.getByRole('textbox', { name: 'Entry text' })).toBeVisible()
    await typeEverywhere(page, 'new entry', { stays: /^#\/journal\/(new|\d+)$/, atLeast: 2 })
    await expect(page.getByTestId('save-state')).toHaveText('Saved')

    // Plans: starting one, and the two writing steps with their editors.
    await goTo(page, '#/plans/new')
    await expect(page.getByLabel('What happened', { exact: true })).toBeVisible()
    await typeEverywhere(page, 'new plan', { stays: /^#\/plans\/new$/, atLeast: 2 })
    for (const step of ['ownership', 'compassion']) {
      await goTo(page, `#/plans/${plan.id}/${step}`)
      await expect(page.locator('.cm-content')).toBeVisible()
      await typeEverywhere(page, step, { stays: new RegExp(`^#/plans/${plan.id}/${step}$`), atLeast: 1 })
      await expect(page.getByTestId('save-state')).toHaveText('Saved')
    }

    // The forms that open inside the amends and action steps.
    await goTo(page, `#/plans/${plan.id}/amends`)
    await expect(page.getByLabel('Add an amend').first()).toBeVisible()
    await typeEverywhere(page, 'amend form', { stays: new RegExp(`^#/plans/${plan.id}/amends$`), atLeast: 1 })
    await goTo(page, `#/plans/${plan.id}/action`)
    await expect(page.getByLabel('Something you will do')).toBeVisible()
    await typeEverywhere(page, 'commitment form', { stays: new RegExp(`^#/plans/${plan.id}/action$`), atLeast: 1 })

    // Trust: starting an assessment and adding an observation to one.
    await goTo(page, '#/assessments/new')
    await expect(page.getByLabel('What happened', { exact: true })).toBeVisible()
    await typeEverywhere(page, 'new assessment', { stays: /^#\/assessments\/new$/, atLeast: 2 })
    await goTo(page, `#/assessments/${assessment.id}`)
    await page.getByRole('tab', { name: /^What they said and did/ }).click()
    await openForm(page, 'Add an observation')
    await typeEverywhere(page, 'observation form', { atLeast: 1 })
    for (const tab of [/^The four questions/, /^Periodic check/]) {
      await page.getByRole('tab', { name: tab }).click()
      await expect(page.getByRole('tabpanel')).toBeVisible()
      await typeEverywhere(page, `assessment tab ${tab.source}`, { atLeast: 0 })
    }

    // People and search.
    await goTo(page, '#/people')
    await expect(page.getByLabel('Name', { exact: true })).toBeVisible()
    await typeEverywhere(page, 'people', { stays: /^#\/people$/, atLeast: 1 })
    await goTo(page, '#/search')
    await expect(page.getByRole('searchbox')).toBeVisible()
    await typeEverywhere(page, 'search', { stays: /^#\/search/, atLeast: 1 })
    await mend.screenshot(`typing-search-${scheme}`)
  })
}
