import type { Page } from '@playwright/test'
import { expect, test, type MendHarness } from './fixtures'
import { createVaultAndStoreKey } from './helpers'

/** A day on this machine's calendar (the core's zone here), `days` from today. */
function localDay(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Calls a procedure in-process on the same vault, as main would for the step screens. Check-ins
 * here stand in for the action step's own UI, which has its own spec.
 */
async function call<T>(mend: MendHarness, procedure: string, input: unknown): Promise<T> {
  const result = await mend.core!.call(procedure, input)
  if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
  return result.value as T
}

/** Clears the toasts, so a screenshot shows the screen itself. */
async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss', exact: true })
  while ((await dismiss.count()) > 0) await dismiss.first().click()
}

/** Chooses an item from the plan's menu (pause, resume, delete...). */
async function fromPlanMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Plan options' }).click()
  await page.getByRole('menuitem', { name: item, exact: true }).click()
}

/** Every Content-Security-Policy complaint Chromium logs (Chart.js must not need inline styles). */
function cspComplaints(page: Page): string[] {
  const complaints: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) complaints.push(message.text())
  })
  return complaints
}

test('start a plan, follow its check-ins, pause it, and see what is due at home', async ({ mend }) => {
  const { page } = mend
  const complaints = cspComplaints(page)
  await createVaultAndStoreKey(page)

  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Plans' }).click()
  await expect(page.getByTestId('plans-empty')).toContainText('A repair plan is for when you have hurt someone’s trust')
  await mend.screenshot('32-plans-empty')
  await page.getByTestId('plans-empty').getByRole('link', { name: 'Start a plan' }).click()

  // The care note comes first: what Mend is for, and what it is not for.
  await expect(page.getByTestId('care-note')).toContainText('not meant for relationships where someone is afraid')
  await page.getByRole('combobox', { name: 'Whose trust is this about?' }).fill('Sam Okafor')
  await page.getByRole('textbox', { name: /^Relationship/ }).fill('partner')
  await page.getByLabel('What happened').fill('I read Sam’s messages while they slept, then said I had not.')
  await page.getByLabel('When it happened').fill(localDay(-20))
  await page.getByRole('radio', { name: /4 · Very serious/ }).check()
  await page.getByRole('checkbox', { name: 'I broke my word, or something I believe in' }).check()
  await page.getByRole('group', { name: 'Did it involve lying or hiding something?' }).getByLabel('Yes').check()
  await mend.screenshot('30-plan-start')
  await page.getByRole('button', { name: 'Start the plan' }).click()

  // The overview opens on today: no step started, one prompt toward the first, nothing recorded yet.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Repairing things with Sam Okafor')
  await expect(page.getByTestId('days-since')).toHaveText('20 days since it happened')
  for (const step of ['ownership', 'compassion', 'amends', 'action']) {
    await expect(page.getByTestId(`step-${step}`).getByTestId('step-state')).toHaveText('Not started')
  }
  await expect(page.getByTestId('today-prompt')).toContainText('begin with what you did')
  await expect(page.getByTestId('check-in-figures')).toContainText('No check-ins yet.')
  await expect(page.getByRole('img', { name: /Check-ins per week/ })).toHaveCount(0)
  await page.locator('.expectations summary', { hasText: 'Why we say this' }).first().click()
  const source = page.locator('.expectations a').first()
  await expect(source).toHaveAttribute('href', /^#\/about-method(#[a-z0-9-]+)?$/)
  const planId = Number(/#\/plans\/(\d+)$/.exec(page.url())![1])

  // Two weeks of a daily commitment: kept most days, one missed, one not applicable.
  const commitment = await call<{ id: number }>(mend, 'plans.addCommitment', {
    planId,
    behaviour: 'Leave my phone on the table, unlocked, every evening',
    cadence: { kind: 'daily' },
    startOn: localDay(-13),
    reminderTime: '00:00',
  })
  const outcomes: Record<number, string> = { [-9]: 'missed', [-5]: 'not-applicable' }
  for (let day = -13; day <= -7; day++) {
    await call(mend, 'plans.recordCheckIn', {
      commitmentId: commitment.id,
      onDate: localDay(day),
      outcome: outcomes[day] ?? 'kept',
    })
  }
  await page.reload()
  const chart = page.getByRole('img', { name: /Check-ins per week/ })
  await expect(chart).toHaveAttribute('aria-label', /6 kept, 1 missed, 0 not applicable in all/)
  await expect(page.getByTestId('kept-rate')).toHaveText('86%')
  const table = page.getByTestId('check-in-table')
  await expect(table.locator('tfoot td').first()).toHaveText('6')

  // Later days: the chart and its table follow (yesterday is left unrecorded on purpose).
  for (let day = -6; day <= -2; day++) {
    await call(mend, 'plans.recordCheckIn', {
      commitmentId: commitment.id,
      onDate: localDay(day),
      outcome: outcomes[day] ?? 'kept',
    })
  }
  await page.reload()
  await expect(chart).toHaveAttribute('aria-label', /10 kept, 1 missed, 1 not applicable in all/)
  await expect(page.getByTestId('kept-rate')).toHaveText('91%')
  await expect(page.getByTestId('step-action').getByTestId('step-state')).toHaveText('Written, revisit')
  await mend.screenshot('31-plan-overview')
  await page.getByRole('button', { name: 'Show as table' }).click()
  await expect(table).toBeVisible()
  await expect(table.locator('tfoot td')).toHaveText(['10', '1', '1', '2', '14'])
  await expect(chart).toBeHidden()
  await page.getByRole('button', { name: 'Show as chart' }).click()
  await page.emulateMedia({ colorScheme: 'dark' })
  await mend.screenshot('31-plan-overview-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Pausing says so plainly; nothing is due from a paused plan.
  await fromPlanMenu(page, 'Pause the plan')
  await expect(page.getByTestId('plan-banner')).toContainText('This plan is paused.')
  await page.getByRole('link', { name: 'Mend, home' }).click()
  await expect(page.getByTestId('home-plan-count')).toHaveText('1 plan, 0 active')
  await expect(page.getByTestId('due-now')).toHaveCount(0)

  // Resumed, yesterday's and today's check-ins are due on the home screen.
  await page.getByRole('link', { name: 'Plans', exact: true }).click()
  await page.getByTestId('plan-row').click()
  await fromPlanMenu(page, 'Resume the plan')
  await expect(page.getByTestId('plan-banner')).toHaveCount(0)
  await page.getByRole('link', { name: 'Mend, home' }).click()
  const due = page.getByTestId('due-now')
  await expect(due.getByRole('listitem')).toHaveCount(2)
  await expect(due).toContainText('Leave my phone on the table')
  await expect(due.getByRole('link', { name: /^Record:/ }).first()).toHaveAttribute('href', `#/plans/${planId}/action`)
  await dismissNotices(page)
  await mend.screenshot('33-home-due')

  // A finished plan waits under the disclosure in the list.
  const people = await call<Array<{ id: number }>>(mend, 'people.list', {})
  const done = await call<{ id: number }>(mend, 'plans.create', {
    personId: people[0]!.id,
    title: 'The forgotten birthday',
    breach: {
      whatHappened: 'I forgot.',
      occurredOn: localDay(-200),
      severity: 2,
      kind: 'care',
      involvedDeception: false,
    },
  })
  await call(mend, 'plans.setStatus', { id: done.id, status: 'completed' })
  await page.getByRole('link', { name: 'Plans', exact: true }).click()
  await expect(page.getByRole('heading', { name: /^Active/ })).toBeVisible()
  await expect(page.getByText('The forgotten birthday')).toBeHidden()
  await page.getByText('Completed and archived (1)').click()
  await expect(page.getByText('The forgotten birthday')).toBeVisible()
  await dismissNotices(page)
  await mend.screenshot('32-plans-list')

  expect(complaints).toEqual([])
  expect(mend.requests.filter((url) => !url.startsWith(mend.origin))).toEqual([])
})

test('an entry linked to a plan shows on it, and stays in the journal when the plan is deleted', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  const person = await call<{ id: number }>(mend, 'people.create', { name: 'Ana' })
  const entry = await call<{ id: number }>(mend, 'journal.createEntry', {
    title: 'After the car',
    body: 'I told Ana I would pay for all of it.',
  })
  const plan = await call<{ id: number }>(mend, 'plans.create', {
    personId: person.id,
    breach: {
      whatHappened: 'I broke the car.',
      occurredOn: localDay(-3),
      severity: 2,
      kind: 'ability',
      involvedDeception: false,
    },
  })
  await call(mend, 'plans.addAmend', { planId: plan.id, description: 'Pay for the repair', horizon: 'now' })
  await page.goto(`${mend.origin}/#/plans/${plan.id}`)

  await page.getByText('Link an entry from your journal').click()
  await page.getByLabel('Entry to link').selectOption(String(entry.id))
  await page.getByRole('button', { name: 'Link', exact: true }).click()
  await expect(page.locator('.plan-entries').getByRole('link', { name: /After the car/ })).toHaveAttribute(
    'href',
    `#/journal/${entry.id}`,
  )

  await fromPlanMenu(page, 'Delete…')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('1 amend')
  await expect(dialog).toContainText('Journal entries linked to it stay in your journal (1 entry)')
  await mend.screenshot('34-plan-delete')
  await dialog.getByRole('button', { name: 'Keep it' }).click()
  await expect(dialog).toBeHidden()
  expect(await call<unknown[]>(mend, 'plans.list', {})).toHaveLength(1)

  await fromPlanMenu(page, 'Delete…')
  await dialog.getByRole('button', { name: 'Delete the plan' }).click()
  await expect(page).toHaveURL(/#\/plans$/)
  await expect(page.getByTestId('plans-empty')).toBeVisible()
  await expect(page.getByText('“Repairing things with Ana” was deleted.')).toBeVisible()
  expect(await call(mend, 'journal.getEntry', { id: entry.id })).toMatchObject({ title: 'After the car' })
})

test('reminders and quiet hours are set in Settings', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  const section = page.getByRole('region', { name: 'Reminders' })
  await expect(section.getByLabel('Quiet hours start')).toHaveValue('22:00')
  await section.getByLabel('Quiet hours end').fill('07:30')
  await section.getByLabel('Quiet hours end').blur()
  await expect
    .poll(async () => (await call<{ quietHours: unknown }>(mend, 'settings.get', {})).quietHours)
    .toEqual({
      start: '22:00',
      end: '07:30',
    })
  await mend.screenshot('35-settings-reminders')

  await section.getByLabel('No quiet hours').check()
  await expect(section.getByLabel('Quiet hours start')).toBeDisabled()
  await section.getByLabel('Show a desktop notification when something is due').uncheck()
  await expect
    .poll(async () => call<{ quietHours: unknown; remindersEnabled: boolean }>(mend, 'settings.get', {}))
    .toMatchObject({ quietHours: null, remindersEnabled: false })
})
