import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test, type MendHarness } from './fixtures'
import { PASSPHRASE, createVaultAndStoreKey, unlock } from './helpers'
import { quiet } from './screen-helpers'

/**
 * Every screen and the main dialogs, in the light and the dark theme, checked with axe against
 * WCAG 2.2 A/AA. One line per screen and theme with the violations by impact; any serious or
 * critical violation fails the run, after every screen was checked (so one run lists them all).
 * Screenshots: test-results/screens/a11y-<screen>-<theme>.png.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
type Theme = 'light' | 'dark'

async function call<T>(mend: MendHarness, procedure: string, input: unknown): Promise<T> {
  const result = await mend.core!.call(procedure, input)
  if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
  return result.value as T
}

/** A day on this machine's calendar, `days` from today. */
function localDay(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

interface Seeded {
  entryId: number
  planId: number
  assessmentId: number
  /** An assessment with nothing recorded yet: it opens on one question. */
  freshAssessmentId: number
}

/** A lived-in journal: people, entries (one in the trash), a plan with check-ins, an assessment with evidence. */
async function seed(mend: MendHarness): Promise<Seeded> {
  const sam = await call<{ id: number }>(mend, 'people.create', { name: 'Sam Okafor', relationship: 'partner' })
  const ana = await call<{ id: number }>(mend, 'people.create', { name: 'Ana', relationship: 'friend' })
  const entry = await call<{ id: number }>(mend, 'journal.createEntry', {
    title: 'After the dinner',
    body: '## What I said\n\nI was **short** with Sam about the bank letter.\n\n- I hid it\n- I lied when asked',
    tags: ['apology', 'home'],
    personIds: [sam.id],
    mood: 2,
    entryDate: `${localDay(-3)}T20:30`,
  })
  await call(mend, 'journal.createEntry', {
    title: 'A walk with Ana',
    body: 'We talked about trust.',
    personIds: [ana.id],
  })
  const trashed = await call<{ id: number }>(mend, 'journal.createEntry', { title: 'Draft I threw away', body: 'x' })
  await call(mend, 'journal.trashEntry', { id: trashed.id })

  const plan = await call<{ id: number }>(mend, 'plans.create', {
    personId: sam.id,
    breach: {
      whatHappened: 'I hid a letter from the bank and lied about it when asked.',
      occurredOn: localDay(-20),
      severity: 4,
      kind: 'integrity',
      involvedDeception: true,
    },
  })
  await call(mend, 'plans.update', { id: plan.id, ownership: 'I hid the letter and I lied to you about it.' })
  await call(mend, 'plans.addAmend', { planId: plan.id, description: 'Show Sam every bank letter', horizon: 'now' })
  const commitment = await call<{ id: number }>(mend, 'plans.addCommitment', {
    planId: plan.id,
    behaviour: 'Open the post together every evening',
    cadence: { kind: 'daily' },
    startOn: localDay(-10),
    reminderTime: '00:00',
  })
  for (let day = -10; day <= -2; day++) {
    await call(mend, 'plans.recordCheckIn', {
      commitmentId: commitment.id,
      onDate: localDay(day),
      outcome: day === -6 ? 'missed' : 'kept',
    })
  }

  const assessment = await call<{ id: number }>(mend, 'assessments.create', {
    personId: ana.id,
    breach: {
      whatHappened: 'Ana told others what I had told her in confidence.',
      occurredOn: localDay(-40),
      severity: 3,
      kind: 'integrity',
      involvedDeception: false,
    },
  })
  const evidence: Array<[number, string, string | null, string]> = [
    [-30, 'word', 'apology', 'She said sorry and named what she did.'],
    [-20, 'action', null, 'She kept a small secret of mine.'],
    [-10, 'slip', null, 'She mentioned it again at lunch.'],
  ]
  for (const [days, kind, wordType, description] of evidence) {
    await call(mend, 'assessments.addEvidence', {
      assessmentId: assessment.id,
      observedOn: localDay(days),
      kind,
      wordType,
      description,
    })
  }
  await call(mend, 'assessments.answerStep', { assessmentId: assessment.id, step: 'ownership', answer: 'partly' })
  for (const [days, value] of [
    [-28, 2],
    [-14, 3],
  ] as const) {
    await call(mend, 'assessments.recordCheck', {
      assessmentId: assessment.id,
      takenOn: localDay(days),
      ratings: { reliability: value, accountability: value, honesty: value, care: value + 1, respect: value + 1 },
    })
  }
  const fresh = await call<{ id: number }>(mend, 'assessments.create', {
    personId: sam.id,
    breach: {
      whatHappened: 'Sam forgot my birthday dinner and said work ran late.',
      occurredOn: localDay(-5),
      severity: 2,
      kind: 'care',
      kinds: ['care', 'integrity'],
      involvedDeception: true,
    },
  })
  return { entryId: entry.id, planId: plan.id, assessmentId: assessment.id, freshAssessmentId: fresh.id }
}

/** Goes to a route without reloading the page (a reload would start a new session). */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash)
}

/** Toasts come and go on their own; they are checked once, not on every screen they happen to cover. */
async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss' })
  while ((await dismiss.count()) > 0)
    await dismiss
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined)
}

/**
 * A screen reader's basics for a writing editor: a multi-line text box with a name, and a
 * polite live region that says "Saving…", then "Saved", after typing.
 */
async function expectEditorBasics(page: Page, name: string): Promise<void> {
  const editor = page.getByRole('textbox', { name, exact: true })
  await expect(editor).toHaveAttribute('aria-multiline', 'true')
  const status = page.getByTestId('save-state')
  await expect(status).toHaveAttribute('role', 'status')
  await expect(status).toHaveAttribute('aria-live', 'polite')
  await editor.focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' More.')
  await expect(status).toHaveText('Saved')
}

class Audit {
  readonly failures: string[] = []
  screens = 0
  constructor(
    private readonly mend: MendHarness,
    private readonly theme: Theme,
  ) {}

  /** Waits for the screen to show `ready`, then checks it and keeps a picture of it. */
  async check(screen: string, ready: Locator): Promise<void> {
    await expect(ready).toBeVisible()
    // The screen has loaded and saved what it shows (no aria-busy), so axe reads what stays.
    await quiet(this.mend.page)
    // Fonts and charts settle; axe reads computed colours, so the theme must be applied.
    await this.mend.page.evaluate(() => document.fonts.ready)
    const results = await new AxeBuilder({ page: this.mend.page }).withTags(TAGS).analyze()
    const count = (impact: string) =>
      results.violations.filter((violation) => violation.impact === impact).reduce((n, v) => n + v.nodes.length, 0)
    const ids = results.violations.map((violation) => `${violation.id}(${violation.impact})`).join(' ')
    console.log(
      `axe ${screen.padEnd(26)} ${this.theme.padEnd(5)} critical=${count('critical')} serious=${count('serious')} ` +
        `moderate=${count('moderate')} minor=${count('minor')}${ids ? `  ${ids}` : ''}`,
    )
    for (const violation of results.violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue
      const where = violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join(' | ')
      this.failures.push(`${screen} (${this.theme}) ${violation.id}: ${violation.help} -> ${where}`)
    }
    this.screens++
    // A dialog is seen over the window as it is; a full-page picture would show the page beyond the backdrop.
    if (/dialog|overlay/.test(screen)) {
      await this.mend.page.screenshot({ path: resolve('test-results/screens', `a11y-${screen}-${this.theme}.png`) })
    } else {
      await this.mend.screenshot(`a11y-${screen}-${this.theme}`)
    }
  }
}

/**
 * An item's edit form (then Cancel) and its delete confirmation (then Keep it): both happen in
 * place, in the item's own row, so they are checked there and the item is left as it was.
 */
async function checkEditAndDelete(audit: Audit, item: Locator, screen: string): Promise<void> {
  await item.getByRole('button', { name: /^Edit/ }).click()
  const form = item.locator('form')
  await audit.check(`${screen}-edit`, form)
  await form.getByRole('button', { name: 'Cancel' }).click()
  await expect(form).toHaveCount(0)
  await item.getByRole('button', { name: /^Delete/ }).click()
  const confirm = item.getByRole('group', { name: /^Confirm delet/ })
  await audit.check(`${screen}-delete-confirm`, confirm)
  await confirm.getByRole('button', { name: 'Keep it' }).click()
  await expect(confirm).toHaveCount(0)
}

async function walkEveryScreen(mend: MendHarness, theme: Theme): Promise<void> {
  test.setTimeout(180_000)
  // Some forty screens, each read by axe: on a machine busy with other work the walk takes
  // several times as long, so the bound (which only catches a hang) is tripled.
  test.slow()
  const { page } = mend
  const audit = new Audit(mend, theme)
  const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { name, level })
  // The OS theme: the screens before a vault exists follow it ('system' is the default).
  await page.emulateMedia({ colorScheme: theme })

  // Before a vault exists: welcome and restore.
  await audit.check('welcome', heading('Welcome to Mend'))
  await page.getByRole('link', { name: 'Restore from a backup' }).click()
  await audit.check('restore', heading('Restore from a backup'))
  await goTo(page, '#/welcome')

  // Creating the vault: recovery key, then the introduction (each of its three screens).
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()
  await audit.check('recovery-key', heading('Save your recovery key'))
  await page.getByLabel('I have stored my recovery key somewhere safe.').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  for (const [index, title] of ['Your journal', 'Repair plans', 'Trust assessments'].entries()) {
    await audit.check(`onboarding-${index + 1}`, heading(title))
    await page.getByRole('button', { name: index < 2 ? 'Next' : 'Start writing' }).click()
  }
  // "Start writing" opens a new entry.
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused()

  if (theme === 'dark') {
    // The dark run chooses Dark in Settings and sets the OS to light: the choice must win everywhere.
    await goTo(page, '#/settings')
    await page.getByRole('radio', { name: 'Dark' }).check()
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  }
  const ids = await seed(mend)
  await dismissNotices(page)

  // The journal first, then home (which loads its counts when it opens).
  await goTo(page, '#/journal')
  await audit.check('journal', page.getByRole('link', { name: /After the dinner/ }))
  await goTo(page, '#/home')
  await expect(page.getByTestId('home-entry-count')).toHaveText('2 entries')
  await audit.check('home', page.getByTestId('due-now').or(page.getByTestId('home-plan-count')).first())
  await goTo(page, `#/journal/${ids.entryId}`)
  await audit.check('entry-editor', page.getByRole('textbox', { name: 'Entry text' }))
  await expectEditorBasics(page, 'Entry text')
  // A later edit, past the history's interval, keeps the text before it as a version.
  await mend.advanceClock(6 * 60_000)
  await page.keyboard.type(' Later.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await page.getByRole('button', { name: 'Earlier versions' }).click()
  await page
    .getByRole('button', { name: /After the dinner · \d+ words/ })
    .first()
    .click()
  await audit.check('entry-history', page.getByTestId('version-preview'))
  await page.getByRole('region', { name: 'Earlier versions' }).getByRole('button', { name: 'Close' }).click()
  await page.getByRole('tab', { name: 'Read' }).click()
  await audit.check('entry-read', page.getByRole('heading', { name: 'What I said' }))
  await goTo(page, '#/search')
  await page.getByRole('searchbox', { name: 'Search the journal' }).pressSequentially('trust')
  await audit.check('search', page.getByRole('link', { name: /A walk with Ana/ }))
  await goTo(page, '#/people')
  await audit.check('people', heading('People'))
  await goTo(page, '#/import')
  await audit.check('import', heading('Import entries'))
  mend.dialogs.importSource = resolve('tests/fixtures/import/jrnl/journal.txt')
  await page.getByRole('radio', { name: /jrnl journal file/ }).check()
  await page.getByRole('button', { name: 'Choose a file…' }).click()
  await audit.check('import-preview', page.getByTestId('import-preview'))
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByTestId('import-preview')).toHaveCount(0)
  await goTo(page, '#/trash')
  await audit.check('trash', page.getByText('Draft I threw away'))
  await goTo(page, '#/settings')
  await audit.check('settings', heading('Settings'))
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText(/Backup saved/)).toBeVisible()
  await dismissNotices(page)
  await page
    .getByRole('button', { name: /Restore the backup made/ })
    .first()
    .click()
  await audit.check('restore-confirm', page.getByRole('heading', { name: 'Restore this backup?' }))
  await page.getByRole('region', { name: 'Restore this backup?' }).getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('heading', { name: 'Restore this backup?' })).toHaveCount(0)

  await goTo(page, '#/plans')
  await audit.check('plans', heading('Repair plans'))
  await goTo(page, '#/plans/new')
  await audit.check('plan-start', heading('Start a repair plan'))
  await page.getByRole('combobox', { name: 'Whose trust is this about?' }).click()
  await page.keyboard.type('Ro')
  await audit.check('plan-start-person-list', page.getByRole('option', { name: 'Add “Ro” as someone new' }))
  await page.keyboard.press('Escape')
  await goTo(page, `#/plans/${ids.planId}`)
  await audit.check('plan-overview', page.getByRole('img', { name: /Check-ins per week/ }))
  await page.getByRole('button', { name: 'Plan options' }).click()
  await audit.check('plan-menu', page.getByRole('menu'))
  await page.getByRole('menuitem', { name: 'Delete…' }).click()
  await audit.check('plan-delete-dialog', page.getByRole('dialog', { name: /^Delete/ }))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('button', { name: 'Plan options' }).click()
  await page.getByRole('menuitem', { name: 'Export to PDF…' }).click()
  await audit.check('plan-pdf-dialog', page.getByRole('dialog', { name: /to PDF/ }))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  for (const [index, step] of ['ownership', 'compassion', 'amends', 'action'].entries()) {
    await goTo(page, `#/plans/${ids.planId}/${step}`)
    await audit.check(`plan-step-${step}`, heading(new RegExp(`^Step ${index + 1}:`)))
    if (step === 'ownership') {
      await expectEditorBasics(page, 'What I did')
      await page.getByRole('button', { name: 'Read it as Sam Okafor would hear it' }).click()
      await audit.check('plan-read-back', page.getByRole('dialog', { name: 'As Sam Okafor would read it' }))
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)
    }
    if (step === 'amends') await checkEditAndDelete(audit, page.getByTestId('amend').first(), 'amend')
    if (step === 'action') await checkEditAndDelete(audit, page.getByTestId('commitment').first(), 'commitment')
  }
  await goTo(page, '#/about-method')
  await audit.check('about-method', heading('About the method'))

  await goTo(page, '#/assessments')
  await audit.check('assessments', heading('Trust assessments'))
  await goTo(page, '#/assessments/new')
  await audit.check('assessment-start', heading('Start a trust assessment'))
  await goTo(page, `#/assessments/${ids.freshAssessmentId}`)
  await audit.check('assessment-new', page.getByTestId('first-question'))
  for (const [tab, ready] of [
    ['standing', page.getByRole('img', { name: /^Average rating from 2 periodic checks/ })],
    ['evidence', page.getByText('She kept a small secret of mine.')],
    ['questions', page.getByRole('tabpanel')],
    ['check', page.getByRole('tabpanel')],
  ] as const) {
    await goTo(page, `#/assessments/${ids.assessmentId}?tab=${tab}`)
    await expect(page.getByRole('tab', { name: /./, selected: true })).toBeVisible()
    await audit.check(`assessment-${tab}`, ready)
    if (tab === 'evidence') {
      // Found by its kind, which stays on the row while the form replaces its text.
      const item = page.locator('[data-testid="evidence-item"][data-kind="action"]')
      await checkEditAndDelete(audit, item, 'evidence')
    }
  }
  await goTo(page, '#/journal')
  await page.getByTestId('journal-pdf-open').click()
  await audit.check('journal-pdf-dialog', page.getByRole('dialog', { name: 'Export journal entries to PDF' }))
  await page.keyboard.press('Escape')

  await page.keyboard.press('?')
  await audit.check('shortcuts-overlay', page.getByRole('dialog', { name: 'Keyboard shortcuts' }))
  await page.keyboard.press('Escape')

  // Locked: the unlock and recovery screens keep the theme, though the vault holding the choice is closed.
  await page.keyboard.press('Control+l')
  await audit.check('unlock', heading('Mend is locked'))
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe(theme === 'dark' ? 'rgb(27, 29, 28)' : 'rgb(245, 241, 234)')
  await page.getByRole('link', { name: 'Forgot your passphrase?' }).click()
  await audit.check('recover', heading('Forgot your passphrase?'))
  await goTo(page, '#/unlock')
  await unlock(page, PASSPHRASE)
  await expect(page.getByTestId('home-today')).toBeVisible()

  console.log(`axe ${theme}: ${audit.screens} screens checked, ${audit.failures.length} serious or critical`)
  expect(audit.failures, audit.failures.join('\n')).toEqual([])
}

test('every screen in the light theme has no serious or critical axe violation', async ({ mend }) => {
  await walkEveryScreen(mend, 'light')
})

test('every screen in the dark theme (chosen in Settings) has no serious or critical axe violation', async ({
  mend,
}) => {
  await walkEveryScreen(mend, 'dark')
})

test('the damaged-journal screen has no serious or critical axe violation, in the light and the dark theme', async ({
  mend,
}) => {
  await createVaultAndStoreKey(mend.page)
  await mend.page.getByRole('link', { name: 'Settings' }).click()
  await mend.page.getByRole('button', { name: 'Back up now' }).click()
  await expect(mend.page.getByText(/Backup saved/)).toBeVisible()
  await mend.restart()
  // Part of the locked database file overwritten, as a failing disk would.
  const database = join(mend.vaultDir, 'mend.db')
  const bytes = readFileSync(database)
  bytes.fill(0x5a, 100, 3000)
  writeFileSync(database, bytes)
  await unlock(mend.page, PASSPHRASE)

  const failures: string[] = []
  for (const theme of ['light', 'dark'] as const) {
    // No theme was chosen in this page's storage: the screen follows the OS.
    await mend.page.emulateMedia({ colorScheme: theme })
    await expect
      .poll(() => mend.page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe(theme === 'dark' ? 'rgb(27, 29, 28)' : 'rgb(245, 241, 234)')
    const audit = new Audit(mend, theme)
    await audit.check('damaged', mend.page.getByRole('heading', { name: 'This journal file is damaged' }))
    failures.push(...audit.failures)
  }
  expect(failures, failures.join('\n')).toEqual([])
})

test('the theme chosen in Settings shows on the unlock screen of a fresh page, before the vault opens', async ({
  mend,
}) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  // The OS says dark; the person chooses Light, which must win before and after unlocking.
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Light' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

  // Lock, then load the page afresh: only what the browser kept can set the theme now. (Not
  // mend.restart(): each start of the test bridge is a new port, so a new origin and storage,
  // where the app's origin stays app://mend.)
  await page.keyboard.press('Control+l')
  await page.reload()
  await expect(mend.page.getByRole('heading', { name: 'Mend is locked' })).toBeVisible()
  await expect(mend.page.locator('html')).toHaveAttribute('data-theme', 'light')
  expect(await mend.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(245, 241, 234)')
  // Outside the vault the browser keeps one word and nothing else.
  expect(await mend.page.evaluate(() => Object.entries(localStorage))).toEqual([['mend.theme', 'light']])
  await unlock(mend.page, PASSPHRASE)
  await expect(mend.page.getByTestId('home-today')).toBeVisible()
  await expect(mend.page.locator('html')).toHaveAttribute('data-theme', 'light')
})
