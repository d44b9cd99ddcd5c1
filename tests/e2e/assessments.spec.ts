import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createVaultAndStoreKey } from './helpers'

/** A day on this machine's calendar (the core's zone here), `days` from today. */
function localDay(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Clears the toasts, so a screenshot shows the screen itself. A toast may leave by itself
 * between counting and clicking (they last six seconds): then there is nothing to click.
 */
async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss', exact: true })
  while ((await dismiss.count()) > 0)
    await dismiss
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined)
}

/** Every Content-Security-Policy complaint Chromium logs (Chart.js must not need inline styles). */
function cspComplaints(page: Page): string[] {
  const complaints: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) complaints.push(message.text())
  })
  return complaints
}

/** A picture of one part of the screen, next to the harness's full-page screenshots. */
async function shot(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: resolve('test-results/screens', `${name}.png`) })
}

interface Observation {
  kind:
    'Something they said' | 'Something they did' | 'Something done to make up for it' | 'A repeat or a broken promise'
  words?: 'An apology' | 'A promise' | 'An explanation'
  on: string
  what: string
  step?: string
  dueBy?: string
  /** A screenshot of the filled form, before it is sent. */
  screenshot?: string
}

async function observe(page: Page, item: Observation): Promise<void> {
  await page.getByRole('button', { name: 'Add an observation' }).click()
  const form = page.getByTestId('evidence-form')
  await form.getByLabel(item.kind, { exact: true }).check()
  if (item.words) await form.getByLabel(item.words, { exact: true }).check()
  await form.getByLabel('When', { exact: true }).fill(item.on)
  if (item.dueBy) await form.getByLabel(/^To be kept by/).fill(item.dueBy)
  if (item.step) await form.getByLabel(/^Step it speaks to/).selectOption({ label: item.step })
  await form.getByLabel('What you saw or heard').fill(item.what)
  if (item.screenshot) {
    await dismissNotices(page)
    await shot(page.locator('.add-panel'), item.screenshot)
  }
  await form.getByRole('button', { name: 'Add it' }).click()
  await expect(form).toHaveCount(0)
  await expect(page.getByTestId('evidence-item').filter({ hasText: item.what })).toHaveCount(1)
}

async function rate(page: Page, values: number[], weeksUpTo?: string): Promise<void> {
  const form = page.getByTestId('check-form')
  for (const [index, item] of ['Reliability', 'Accountability', 'Honesty', 'Care', 'Respect'].entries()) {
    await form
      .getByRole('group', { name: item, exact: true })
      .getByRole('radio', { name: new RegExp(`^${values[index]}\\b`) })
      .check()
  }
  if (weeksUpTo) await form.getByLabel('For the weeks up to').fill(weeksUpTo)
  await dismissNotices(page)
  await form.getByRole('button', { name: 'Record the check' }).click()
  await expect(page.getByText(/^Check recorded\./)).toBeVisible()
}

test('weigh a repair over time: ledger, four questions, periodic checks, trend and summary', async ({ mend }) => {
  test.setTimeout(120_000)
  const { page } = mend
  const complaints = cspComplaints(page)
  await createVaultAndStoreKey(page)

  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Trust' }).click()
  await expect(page.getByTestId('assessments-empty')).toContainText('It never tells you whether to trust them.')
  await page.getByTestId('assessments-empty').getByRole('link', { name: 'Start an assessment' }).click()

  // The start screen: the same care note as plans, and the breach asked from the hurt side.
  await expect(page.getByTestId('care-note')).toContainText('not meant for relationships where someone is afraid')
  await page.getByRole('combobox', { name: 'Who is this about?' }).fill('Sam Okafor')
  await page.getByRole('textbox', { name: /^Relationship/ }).fill('partner')
  await page.getByLabel('What happened').fill('Sam read my messages while I slept, then told me they had not.')
  await page.getByLabel('When it happened').fill(localDay(-30))
  await page.getByRole('radio', { name: /4 · Very serious/ }).check()
  await page.getByRole('checkbox', { name: /broke their word/ }).check()
  await page.getByRole('group', { name: 'Did it involve lying or hiding something?' }).getByLabel('Yes').check()
  await expect(page.getByLabel('How often to do the periodic check')).toHaveValue('14')
  await mend.screenshot('60-assessment-start')
  await page.getByRole('button', { name: 'Start the assessment' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trust with Sam Okafor')
  await expect(page.getByTestId('days-since')).toHaveText('30 days since it happened')
  const summary = page.getByTestId('summary')
  await expect(summary).toContainText('Nothing they have said or done is recorded yet.')
  await expect(summary).toContainText('This involved a lie. In one study, trust harmed by a lie never fully recovered')
  const summaryBefore = await summary.locator('[data-testid="summary-line"]').allInnerTexts()
  // A new assessment opens on one question: no empty figures, no empty chart.
  await expect(page.getByTestId('first-question')).toContainText('What is the last thing Sam Okafor said or did')
  await expect(page.getByTestId('figures')).toHaveCount(0)
  const chart = page.getByRole('img', { name: /Average rating|No periodic checks/ })
  await expect(chart).toHaveCount(0)

  // What they said and did: words, deeds and a slip, each on its own day.
  await page.getByRole('tab', { name: /^What they said and did/ }).click()
  await expect(page.getByTestId('ledger-empty')).toBeVisible()
  const apology = 'Said sorry for reading my messages, and for the lie'
  await observe(page, {
    kind: 'Something they said',
    words: 'An apology',
    on: localDay(-28),
    what: apology,
    step: 'Take ownership',
  })
  const promise = 'Promised to ask before touching my phone again'
  await observe(page, {
    kind: 'Something they said',
    words: 'A promise',
    on: localDay(-27),
    what: promise,
    dueBy: localDay(-6),
    screenshot: '61-assessment-ledger-form',
  })
  await observe(page, {
    kind: 'Something they said',
    words: 'An explanation',
    on: localDay(-27),
    what: 'Said they had felt shut out for months',
  })
  await observe(page, {
    kind: 'Something done to make up for it',
    on: localDay(-24),
    what: 'Wrote me a letter owning all of it',
    step: 'Make amends',
  })
  await observe(page, {
    kind: 'Something they did',
    on: localDay(-20),
    what: 'Left their own phone unlocked on the table',
    step: "Act, don't promise",
  })
  await observe(page, {
    kind: 'Something they did',
    on: localDay(-12),
    what: 'Came to the counselling session they had booked',
    step: "Act, don't promise",
  })
  await observe(page, {
    kind: 'A repeat or a broken promise',
    on: localDay(-4),
    what: 'Looked over my shoulder at my messages',
  })
  const promised = page.getByTestId('evidence-item').filter({ hasText: promise })
  await expect(promised.getByTestId('promise-state')).toContainText('not decided yet')
  // Kept: on which day? Its due day, not today (a deed counts on the day it was done).
  await promised.getByRole('button', { name: 'Kept' }).click()
  await expect(promised.getByLabel('When was it kept?')).toHaveValue(localDay(-6))
  await promised.getByRole('button', { name: 'Save' }).click()
  await expect(promised.getByTestId('promise-state')).toContainText('Kept on')
  await expect(page.getByRole('tab', { name: /^What they said and did/ })).toHaveText(/7/)
  await page.getByTestId('filter-word').click()
  await expect(page.getByTestId('evidence-item')).toHaveCount(3)
  await page.getByRole('button', { name: /^All/ }).click()
  await dismissNotices(page)
  await mend.screenshot('61-assessment-ledger')

  // The four questions, answered twice for ownership: the history keeps both, newest first.
  await page.getByRole('tab', { name: 'The four questions' }).click()
  const ownership = page.getByTestId('question-ownership')
  await ownership.getByRole('button', { name: 'Answer', exact: true }).click()
  await ownership.getByLabel('Partly', { exact: true }).check()
  await ownership.getByLabel(/^Why, in a few words/).fill('An apology, but it came with a reason.')
  await ownership.getByRole('button', { name: 'Save the answer' }).click()
  await expect(ownership.getByTestId('current-answer')).toHaveText('Partly')
  await ownership.getByRole('button', { name: 'Answer again' }).click()
  await ownership.getByLabel('Yes', { exact: true }).check()
  await ownership.getByRole('checkbox', { name: new RegExp(apology) }).check()
  await ownership.getByLabel(/^Why, in a few words/).fill('The letter owned all of it, without a but.')
  await ownership.getByRole('button', { name: 'Save the answer' }).click()
  await expect(ownership.getByTestId('current-answer')).toHaveText('Yes')
  await expect(ownership.getByTestId('evidence-list')).toContainText(apology)
  await ownership.getByText(/^History: 2 answers, newest first/).click()
  await expect(ownership.getByTestId('history-item').locator('strong')).toHaveText(['Yes', 'Partly'])
  const amends = page.getByTestId('question-amends')
  await amends.getByRole('button', { name: 'Answer', exact: true }).click()
  await amends.getByLabel('Partly', { exact: true }).check()
  await amends.getByRole('checkbox', { name: /Wrote me a letter/ }).check()
  await amends.getByRole('button', { name: 'Save the answer' }).click()
  await expect(amends.getByTestId('current-answer')).toHaveText('Partly')
  await dismissNotices(page)
  await mend.screenshot('62-assessment-questions')

  // Periodic checks: the first is due from the start (backdated here to two weeks ago), the
  // next one two weeks later, which is today.
  await page.getByRole('tab', { name: /^Periodic check/ }).click()
  await expect(page.getByTestId('check-due')).toContainText('This is the first one.')
  await dismissNotices(page)
  await mend.screenshot('65-assessment-check')
  await rate(page, [2, 2, 1, 3, 2], localDay(-14))
  await expect(page.getByTestId('check-due')).toContainText('A periodic check is due.')
  await rate(page, [4, 3, 3, 4, 4])
  await expect(page.getByTestId('check-next')).toContainText('The next check is due on')
  await expect(page.getByTestId('check-history').locator('li')).toHaveCount(2)

  // Two weeks on (the core's clock), the next check falls due and shows on the overview.
  await mend.advanceClock(14 * 24 * 60 * 60_000)
  await page.reload()
  await expect(page.getByTestId('check-due')).toBeVisible()
  await rate(page, [4, 4, 3, 4, 5])

  // Where things stand now: the chart and the summary have followed.
  await page.getByRole('tab', { name: 'Where things stand' }).click()
  await expect(chart).toHaveAttribute(
    'aria-label',
    /^Average rating from 3 periodic checks, from 2\.0 on .+ to 4\.0 on /,
  )
  await expect(chart).toHaveAttribute('aria-label', /3 words, 2 actions, 1 amend and 1 slip\.$/)
  await expect(summary).toContainText(
    'They have apologized, given one explanation, made one promise, made one amend and taken two actions',
  )
  await expect(summary).toContainText('The one promise you have marked was kept.')
  await expect(summary).toContainText('Your latest check averaged 4.0 of 5, up 0.4 from the one before.')
  expect(await summary.locator('[data-testid="summary-line"]').allInnerTexts()).not.toEqual(summaryBefore)
  await expect(page.getByTestId('figure-deeds').getByTestId('figure-value')).toHaveText('4')
  await expect(page.getByTestId('figure-kept-promise-rate').getByTestId('figure-value')).toHaveText('1 of 1')

  // Every figure opens to the evidence behind it.
  await page.getByTestId('figure-deeds').getByRole('button').click()
  const behind = page.getByTestId('figure-evidence')
  await expect(behind.getByTestId('evidence-list').locator('li')).toHaveCount(4)
  await expect(behind).toContainText('Came to the counselling session')
  await expect(behind).not.toContainText('Said sorry')
  await page.getByTestId('figure-latest-check').getByRole('button').click()
  await expect(behind.getByTestId('check-list').locator('li')).toHaveCount(1)
  await page.getByTestId('figure-latest-check').getByRole('button').click()
  await summary
    .getByRole('button', { name: /Show the evidence/ })
    .first()
    .click()
  await dismissNotices(page)
  await mend.screenshot('64-assessment-summary')
  const trend = page.locator('section', { has: page.getByRole('heading', { name: 'Over time' }) })
  await shot(trend, '63-assessment-trend')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(trend, '63-assessment-trend-dark')
  await mend.screenshot('64-assessment-summary-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // The chart's table says the same as the chart.
  await page.getByRole('button', { name: 'Show as table' }).click()
  await expect(page.getByTestId('trend-checks-table').locator('tbody tr td:first-of-type')).toHaveText([
    '2.0',
    '3.6',
    '4.0',
  ])
  await expect(page.getByTestId('trend-events-table').locator('tbody tr')).toHaveCount(7)

  // Home lists it; archiving stops the checks falling due.
  await page.getByRole('link', { name: 'Mend, home' }).click()
  await expect(page.getByTestId('home-assessment-count')).toHaveText('1 assessment, all active')
  await dismissNotices(page)
  await mend.screenshot('66-home-assessments')
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Trust' }).click()
  await expect(page.getByTestId('assessment-row')).toContainText('7 observations')
  await mend.screenshot('66-assessments-list')
  await page.getByTestId('assessment-row').click()
  await page.getByRole('button', { name: 'Assessment options' }).click()
  await page.getByRole('menuitem', { name: 'Put it away (archive)' }).click()
  await expect(page.getByTestId('assessment-banner')).toContainText('This assessment is archived.')

  expect(complaints).toEqual([])
  expect(mend.requests.filter((url) => !url.startsWith(mend.origin))).toEqual([])
})
