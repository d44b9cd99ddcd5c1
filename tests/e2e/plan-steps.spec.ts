import type { Page } from '@playwright/test'
import type { PlanOverview, RepairPlan } from '../../electron/contract'
import { expect, test, type MendHarness } from './fixtures'
import { createVaultAndStoreKey } from './helpers'
import { quiet, settled } from './screen-helpers'

/** Calls a procedure in-process on the same vault, as the screens would over the bridge. */
async function call<T>(mend: MendHarness, procedure: string, input: unknown): Promise<T> {
  const result = await mend.core!.call(procedure, input)
  if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
  return result.value as T
}

/** A plan after a lie, for someone already in the journal; returns it with the core's "today". */
async function startPlan(mend: MendHarness): Promise<{ plan: RepairPlan; today: string }> {
  const person = await call<{ id: number }>(mend, 'people.create', { name: 'Sam Okafor', relationship: 'partner' })
  const plan = await call<RepairPlan>(mend, 'plans.create', {
    personId: person.id,
    title: 'The letter I hid',
    breach: {
      whatHappened: 'I hid a letter from the bank and lied about it when asked.',
      occurredOn: '2026-11-01',
      severity: 4,
      kind: 'integrity',
      involvedDeception: true,
    },
  })
  const overview = await call<PlanOverview>(mend, 'plans.getOverview', { id: plan.id })
  return { plan, today: overview.today }
}

/** Goes to a route without reloading the page (a reload would start a new session). */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash)
}

function daysBefore(day: string, count: number): string {
  const date = new Date(`${day}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() - count)
  return date.toISOString().slice(0, 10)
}

test('walk the four steps: own it, see the hurt, make amends, act and record', async ({ mend }) => {
  test.setTimeout(120_000)
  const { page } = mend
  await createVaultAndStoreKey(page)
  const { plan, today } = await startPlan(mend)
  await goTo(page, `#/plans/${plan.id}/ownership`)
  await expect(page.getByRole('heading', { name: 'Step 1: Take ownership' })).toBeVisible()

  // Step 1: before a word, a way to begin and nothing to grade.
  await expect(page.getByTestId('writing-guide')).toBeVisible()
  await expect(page.getByTestId('apology-parts')).toHaveCount(0)
  // The live check marks each weakening phrase in the editor and explains one at a time beside it.
  const editor = page.getByRole('textbox', { name: 'What I did' })
  await editor.click()
  await page.keyboard.type("I'm sorry if you were hurt, but I was stressed.")
  const marks = page.locator('.cm-content .cm-finding')
  const findings = page.getByTestId('finding')
  await expect(marks).toHaveCount(3)
  await expect(marks.first()).toHaveText('sorry if you were hurt')
  await expect(findings).toHaveCount(1)
  await expect(findings).toContainText('1 of 3')
  await expect(findings.first()).toContainText('Conditional apology')
  await expect(marks.first()).toHaveAttribute('title', /^Conditional apology: /)
  await expect(page.getByTestId('part-responsibility')).not.toContainText('(in your draft)')

  // Fix: jump to the conditional phrase from the list and say it plainly instead.
  await findings
    .first()
    .getByRole('button', { name: /^Show in text/ })
    .click()
  await expect(page.locator('.cm-highlight-tip')).toContainText('Conditional apology')
  await mend.screenshot('40-step-ownership-check')
  await page.keyboard.type('sorry I lied to you about the letter')
  await expect(findings).toContainText('1 of 2')
  await expect(page.getByText('Conditional apology')).toHaveCount(0)
  await expect(page.getByTestId('part-responsibility')).toContainText('(in your draft)')

  // Dismiss: the writer keeps "but"; it is no longer marked, and can be brought back.
  await expect(findings.locator('q')).toHaveText('but')
  await findings.getByRole('button', { name: /^Dismiss/ }).click()
  await expect(marks).toHaveCount(1)
  await expect(marks.first()).toHaveText('I was stressed')
  await expect(page.getByTestId('dismissed-findings')).toContainText('Dismissed (1)')

  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' It was wrong, and I will pay back what it cost you.')
  await expect(page.getByTestId('part-repair')).toContainText('(in your draft)')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await page
    .getByTestId('part-forgiveness')
    .getByRole('button', { name: /^Why\?/ })
    .click()
  await mend.screenshot('40-step-ownership')
  await page.emulateMedia({ colorScheme: 'dark' })
  await mend.screenshot('40-step-ownership-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  // The dismissal and the words are both acknowledged before the journal is read.
  await quiet(page)
  const saved = await call<RepairPlan>(mend, 'plans.get', { id: plan.id })
  expect(saved.ownership).toBe(
    "I'm sorry I lied to you about the letter, but I was stressed. It was wrong, and I will pay back what it cost you.",
  )
  expect(saved.dismissed).toEqual([{ step: 'ownership', category: 'excuse', phrase: 'but' }])

  // Step 2: the impact from their side, with prompts; the minimizing check runs here too.
  // The save's reload of the plan re-draws the steps and the pager: click once it is done.
  await quiet(page)
  await page.getByRole('link', { name: /Next: Show compassion/ }).click()
  await settled(page, `/plans/${plan.id}/compassion`)
  await expect(page.getByRole('heading', { name: 'Step 2: Show compassion' })).toBeFocused()
  await page.getByRole('textbox', { name: 'The impact on them' }).click()
  await page.keyboard.type('You felt alone and humiliated when you found the letter. It was not a big deal to me then.')
  await expect(page.locator('.cm-content .cm-finding')).toHaveText([/was not a big deal/])
  await expect(page.getByTestId('finding')).toContainText('Minimizing')
  await page.keyboard.press('Control+a')
  await page.keyboard.type(
    'You felt alone and humiliated when you found the letter. It cost you sleep for weeks, and it changed how you read my messages.',
  )
  await expect(page.getByTestId('findings-summary')).toHaveText('Nothing flagged right now.')
  // Nothing flagged is not "fine": it says what it looked for.
  await expect(page.getByTestId('findings-clear')).toContainText('It looked for making it smaller than it was')
  await page.getByLabel('That I admit it was my doing').check()
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await mend.screenshot('41-step-compassion')

  // Step 3: amends right away and over time.
  await quiet(page)
  await page.getByRole('link', { name: /Next: Make amends/ }).click()
  await settled(page, `/plans/${plan.id}/amends`)
  await expect(page.getByTestId('amends-nudge')).toHaveCount(0)
  const now = page.getByTestId('amends-now')
  await now.getByLabel('Add an amend').fill('Tell Sam the whole story, with nothing left out')
  await now.getByLabel(/Due/).fill(today)
  await now.getByRole('button', { name: 'Add' }).click()
  await expect(now.getByTestId('amend')).toHaveCount(1)
  await expect(page.getByTestId('amends-nudge')).toContainText('Nothing over time yet')
  await quiet(page)
  await now.getByLabel('Add an amend').fill('Pay back the late fees')
  await now.getByRole('button', { name: 'Add' }).click()
  await now.getByLabel(/Status of “Pay back the late fees”/).selectOption('done')
  await quiet(page)
  const overTime = page.getByTestId('amends-over-time')
  await overTime.getByLabel('Add an amend').fill('Open the post together every Saturday')
  await overTime.getByRole('button', { name: 'Add' }).click()
  await expect(overTime.getByTestId('amend')).toHaveCount(1)
  await expect(page.getByTestId('amends-nudge')).toHaveCount(0)
  await expect(now.getByTestId('amend').last()).toContainText('Pay back the late fees')
  await mend.screenshot('42-step-amends')

  // Step 4: after a lie, openness is suggested; a commitment is added and check-ins recorded.
  await quiet(page)
  await page.getByRole('link', { name: /Next: Act, don't promise/ }).click()
  await settled(page, `/plans/${plan.id}/action`)
  const ideas = page.getByTestId('transparency-ideas')
  await expect(ideas).toContainText('When a lie was part of it')
  await ideas.getByRole('button', { name: /^Add\b.*Sit down with them/ }).click()
  await expect(page.getByTestId('commitment')).toHaveCount(1)
  await page.getByLabel('Something you will do, that they could see').fill('I will try to be more open')
  await expect(page.getByTestId('checkable-hint')).toBeVisible()
  await page
    .getByLabel('Something you will do, that they could see')
    .fill('Text Sam when I leave work, and come straight home')
  await page.getByLabel('Starting').fill(daysBefore(today, 2))
  await page.getByRole('button', { name: 'Add commitment' }).click()
  const commitment = page.getByTestId('commitment').filter({ hasText: 'Text Sam when I leave work' })
  await expect(commitment.locator('li')).toHaveCount(3)
  await commitment.getByTestId(`check-in-${today}`).getByRole('button', { name: 'Kept' }).click()
  await expect(commitment.getByTestId(`check-in-${today}`).getByRole('button', { name: 'Kept' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const yesterday = commitment.getByTestId(`check-in-${daysBefore(today, 1)}`)
  await yesterday.getByRole('button', { name: 'Add note' }).click()
  await yesterday.getByRole('textbox').fill('Stayed late without telling Sam')
  await yesterday.getByRole('button', { name: 'Missed' }).click()
  await expect(yesterday).toContainText('Stayed late without telling Sam')
  await expect(commitment.getByTestId('commitment-stats')).toContainText('50%')
  await mend.screenshot('43-step-action')

  await quiet(page)
  await page.getByRole('link', { name: 'Back to the plan overview' }).click()
  await settled(page, `/plans/${plan.id}`)
  // The overview's chart and its table count the check-ins just recorded on the step screen.
  const table = page.getByTestId('check-in-table')
  await page.getByRole('button', { name: 'Show as table' }).click()
  await expect(table.locator('tfoot td').nth(0)).toHaveText('1')
  await expect(table.locator('tfoot td').nth(1)).toHaveText('1')
  await expect(page.locator('canvas[role="img"]')).toHaveAttribute('aria-label', /1 kept/)
  await mend.screenshot('44-plan-overview-after-steps')
  expect(mend.requests.every((url) => url.startsWith(mend.origin) || url === 'about:blank')).toBe(true)
})

test('forgiveness offered inside an apology is named, with why and what to write instead', async ({ mend }) => {
  const { page } = mend
  await page.setViewportSize({ width: 800, height: 900 })
  await createVaultAndStoreKey(page)
  const { plan } = await startPlan(mend)
  await goTo(page, `#/plans/${plan.id}/ownership`)
  await expect(page.getByRole('heading', { name: 'Step 1: Take ownership' })).toBeVisible()
  await page.getByRole('textbox', { name: 'What I did' }).click()
  await page.keyboard.type(
    'I lied to you about the letter from the bank. I forgive you for everything you put me through.',
  )
  const marks = page.locator('.cm-content .cm-finding')
  await expect(marks).toHaveText(['I forgive you', 'you put me through'])
  const finding = page.getByTestId('finding')
  await expect(finding).toContainText('1 of 2')
  await expect(finding).toContainText('says they wronged you too')
  await expect(finding).toContainText('speak only of what you did')
  await expect(finding.getByTestId('finding-can-be-wrong')).toContainText('can be wrong')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await expect(page.getByTestId('step-ownership').getByTestId('step-state')).toHaveText('Begun')
  await mend.screenshot('40-step-ownership-forgiveness')

  // Taking the sentence out leaves the plain admission, and nothing is flagged.
  await page.keyboard.press('Control+a')
  await page.keyboard.type('I lied to you about the letter from the bank, and I let you find out on your own.')
  await expect(page.getByTestId('findings-summary')).toHaveText('Nothing flagged right now.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
})

test('a phrase with words of stress inside it is marked as the person wrote it', async ({ mend }) => {
  const { page } = mend
  await page.setViewportSize({ width: 800, height: 900 })
  await createVaultAndStoreKey(page)
  const { plan } = await startPlan(mend)
  await goTo(page, `#/plans/${plan.id}/ownership`)
  await page.getByRole('textbox', { name: 'What I did' }).click()
  await page.keyboard.type(
    "I shouted at you in front of your sister. It was never, ever my intention to hurt you, and if I've embarrassed you, I'm sorry.",
  )
  // The check reads the phrase without "ever"; the mark and the card keep the writer's own words.
  const marks = page.locator('.cm-content .cm-finding')
  await expect(marks).toHaveText(['It was never, ever my intention to', "if I've embarrassed you"])
  const finding = page.getByTestId('finding')
  await expect(finding).toContainText('1 of 2')
  await expect(finding).toContainText('Defending intent')
  await expect(finding.locator('q')).toHaveText('It was never, ever my intention to')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  await mend.screenshot('40-step-ownership-stress')
})

test('an act told as a reflex, and an appeal that closes it, are named with their own reasons', async ({ mend }) => {
  const { page } = mend
  await page.setViewportSize({ width: 1024, height: 900 })
  await createVaultAndStoreKey(page)
  const { plan } = await startPlan(mend)
  await goTo(page, `#/plans/${plan.id}/ownership`)
  await page.getByRole('textbox', { name: 'What I did' }).click()
  await page.keyboard.type(
    'I read your messages while you were asleep. Instinctively, I blamed you for what I found. Life is too short to stay angry about it.',
  )
  await expect(page.locator('.cm-content .cm-finding')).toHaveText(['Instinctively', 'Life is too short'])
  const finding = page.getByTestId('finding')
  await expect(finding).toContainText('1 of 2')
  await expect(finding).toContainText('did not choose it')
  await expect(finding).toContainText('Tell it as your own act')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  // The row of steps follows the save: the step has words in it now.
  await expect(page.getByTestId('step-ownership').getByTestId('step-state')).toHaveText('Begun')
  await mend.screenshot('45-step-ownership-reflex')
  await page.getByTestId('finding-next').click()
  await expect(finding).toContainText('2 of 2')
  await expect(finding).toContainText('their time to heal')

  // The same story told as a choice, with no closing appeal, is left alone.
  await page.getByRole('textbox', { name: 'What I did' }).click()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('I read your messages while you were asleep, and then I blamed you for what I found.')
  await expect(page.getByTestId('findings-summary')).toHaveText('Nothing flagged right now.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
})

test('a failed save keeps the words and says why', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  const { plan } = await startPlan(mend)
  await goTo(page, `#/plans/${plan.id}/ownership`)
  await page.getByRole('textbox', { name: 'What I did' }).click()
  // Over the contract's limit: main refuses it, and the text must stay on screen.
  await page.keyboard.insertText('x'.repeat(50_001))
  await expect(page.getByTestId('save-state')).toContainText('Not saved')
  await expect(page.getByTestId('save-state').getByRole('button', { name: 'Try again' })).toBeVisible()
  await page.getByRole('link', { name: '← Plan overview' }).click()
  await expect(page.getByRole('heading', { name: 'Step 1: Take ownership' })).toBeVisible()
})

test('a note on a day already marked is kept on Enter, on Tab and across a reload', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  const { plan, today } = await startPlan(mend)
  const commitment = await call<{ id: number }>(mend, 'plans.addCommitment', {
    planId: plan.id,
    behaviour: 'Text Sam when I leave work',
    cadence: { kind: 'daily' },
    startOn: daysBefore(today, 2),
  })
  for (const day of [0, 1, 2])
    await call(mend, 'plans.recordCheckIn', {
      commitmentId: commitment.id,
      onDate: daysBefore(today, day),
      outcome: 'kept',
    })
  await goTo(page, `#/plans/${plan.id}/action`)
  await page.locator(`html[data-route="/plans/${plan.id}/action"]`).waitFor({ state: 'attached' })
  const row = (days: number) => page.getByTestId(`check-in-${daysBefore(today, days)}`)
  const notes = async () =>
    (await call<Array<{ onDate: string; note: string }>>(mend, 'plans.listCheckIns', { commitmentId: commitment.id }))
      .map((checkIn) => [checkIn.onDate, checkIn.note])
      .sort()

  // Enter.
  await row(0).getByRole('button', { name: 'Add note' }).click()
  await page.keyboard.type('Texted from the car park at six')
  await page.keyboard.press('Enter')
  await expect(row(0).getByTestId(`note-state-${today}`)).toHaveText('Note saved.')
  await expect(row(0)).toContainText('Texted from the car park at six')
  // Tab, to the next control.
  await row(1).getByRole('button', { name: 'Add note' }).click()
  await page.keyboard.type('Late, but I texted before I left')
  await page.keyboard.press('Tab')
  await expect(row(1).getByTestId(`note-state-${daysBefore(today, 1)}`)).toHaveText('Note saved.')
  // A reload while the field still has the focus: the note saved as it was typed.
  await row(2).getByRole('button', { name: 'Add note' }).click()
  await page.keyboard.type('Forgot at first, texted from the bus')
  await expect(row(2).getByTestId(`note-state-${daysBefore(today, 2)}`)).toHaveText('Note saved.')
  await page.reload()
  await page.locator(`html[data-route="/plans/${plan.id}/action"]`).waitFor({ state: 'attached' })
  await expect(row(2)).toContainText('Forgot at first, texted from the bus')
  expect(await notes()).toEqual([
    [daysBefore(today, 2), 'Forgot at first, texted from the bus'],
    [daysBefore(today, 1), 'Late, but I texted before I left'],
    [today, 'Texted from the car park at six'],
  ])
  // The answers stayed as they were.
  await expect(row(1).getByRole('button', { name: 'Kept' })).toHaveAttribute('aria-pressed', 'true')
})

test('every day the figures count as not recorded can be recorded, weeks back too', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  const { plan, today } = await startPlan(mend)
  const commitment = await call<{ id: number }>(mend, 'plans.addCommitment', {
    planId: plan.id,
    behaviour: 'Open the post together',
    cadence: { kind: 'daily' },
    startOn: daysBefore(today, 19),
  })
  await goTo(page, `#/plans/${plan.id}/action`)
  const item = page.getByTestId('commitment')
  await expect(item.getByTestId('commitment-stats')).toContainText('20 days not recorded yet')
  // The last two weeks are rows; the six days before them wait behind one button.
  await item.getByTestId('earlier-unrecorded').click()
  const oldest = item.getByTestId(`check-in-${daysBefore(today, 19)}`)
  await oldest.getByRole('button', { name: 'Missed' }).click()
  await expect(oldest.getByRole('button', { name: 'Missed' })).toHaveAttribute('aria-pressed', 'true')
  await expect(item.getByTestId('commitment-stats')).toContainText('19 days not recorded yet')
  const overview = await call<PlanOverview>(mend, 'plans.getOverview', { id: plan.id })
  expect(overview.stats).toMatchObject({ due: 20, missed: 1, unrecorded: 19 })
  expect(await call<string[]>(mend, 'plans.listUnrecordedDays', { commitmentId: commitment.id })).toHaveLength(19)
})
