import type { Page } from '@playwright/test'
import { expect, test, type MendHarness } from './fixtures'
import { createVaultAndStoreKey } from './helpers'
import { dismissNotices, expectNoSidewaysScroll, localDay, nextWeekday, quiet, settled } from './screen-helpers'

/**
 * The story of issue 17, walked as a person would, with real key presses: Alex forgot Robin's
 * award night, then said work had kept them late (they were at the pub). A repair plan from
 * Alex's side, then a trust assessment from Robin's side, on the same journal. At each width
 * every screen is photographed and must not scroll sideways.
 */

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 800, height: 700 },
] as const

/** A screen of the walk: checked for sideways scroll, then photographed. */
async function screen(mend: MendHarness, name: string): Promise<void> {
  await dismissNotices(mend.page)
  await expectNoSidewaysScroll(mend.page, name)
  await mend.screenshot(name)
}

/** Clicks into a field and types, key by key. */
async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  await page.getByLabel(label).first().click()
  await page.keyboard.type(text)
}

for (const size of SIZES) {
  test(`the story at ${size.width}x${size.height}: a plan after forgetting and lying, and an assessment`, async ({
    mend,
  }) => {
    test.setTimeout(240_000)
    const { page } = mend
    await page.setViewportSize(size)
    const at = (name: string) => `story-${size.width}-${name}`
    await createVaultAndStoreKey(page)

    // Starting the plan: Robin is added in place, what went wrong is both forgetting and lying.
    await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Plans' }).click()
    await settled(page, '/plans')
    await page.getByTestId('plans-empty').getByRole('link', { name: 'Start a plan' }).click()
    await settled(page, '/plans/new')
    await typeInto(page, 'Whose trust is this about?', 'Robin')
    await page.keyboard.press('Enter')
    await expect(page.getByText('Robin is in your journal’s people now.')).toBeVisible()
    await typeInto(page, /^Relationship/, 'partner')
    await typeInto(
      page,
      'What happened',
      'I forgot Robin’s award night. When Robin asked, I said work had kept me late. I was at the pub.',
    )
    await page.getByLabel('When it happened').fill(localDay(-6))
    await page.getByRole('radio', { name: /3 · Serious/ }).check()
    await page.getByRole('checkbox', { name: 'I forgot, or fell short of something I meant to do' }).check()
    await page.getByRole('checkbox', { name: 'I broke my word, or something I believe in' }).check()
    await page.getByRole('group', { name: 'Did it involve lying or hiding something?' }).getByLabel('Yes').check()
    await screen(mend, at('01-plan-start'))
    await page.getByRole('button', { name: 'Start the plan' }).click()

    // The plan opens on today: one gentle prompt, the steps in one row, nothing graded.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Repairing things with Robin')
    // Robin, added in place, kept the relationship typed beside the name.
    const people = await mend.core!.call('people.list', {})
    expect(people.ok && people.value).toEqual([expect.objectContaining({ name: 'Robin', relationship: 'partner' })])
    const planId = Number(/#\/plans\/(\d+)$/.exec(page.url())![1])
    await settled(page, `/plans/${planId}`)
    await expect(page.getByTestId('today-prompt')).toContainText('begin with what you did')
    await expect(page.getByTestId('step-ownership').getByTestId('step-state')).toHaveText('Not started')
    await expect(page.getByText('Still to do')).toHaveCount(0)
    // The four steps sit in one row, even at 800 px (the old cards wrapped three and one).
    const tops = await page
      .locator('[data-testid^="step-"]:has([data-testid="step-state"])')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)))
    expect(tops).toHaveLength(4)
    expect(new Set(tops).size).toBe(1)
    await page.getByText('What happened').click()
    await expect(page.locator('.what-happened')).toContainText('I broke my word, or something I believe in')
    await screen(mend, at('02-plan-overview-new'))

    // Ownership: a way to begin, then one finding at a time beside the words.
    await page.getByTestId('today-prompt').getByRole('link', { name: 'Write what I did' }).click()
    await settled(page, `/plans/${planId}/ownership`)
    await expect(page.getByTestId('writing-guide')).toBeVisible()
    await expect(page.getByTestId('apology-parts')).toHaveCount(0)
    await expect(page.getByText(/\b0 of 6\b|Missing/)).toHaveCount(0)
    await screen(mend, at('03-ownership-empty'))
    await page.getByRole('textbox', { name: 'What I did' }).click()
    await page.keyboard.type("I'm sorry if you were upset. I forgot your award night, but work was crazy.")
    await expect(page.getByTestId('finding')).toHaveCount(1)
    await expect(page.getByTestId('finding')).toContainText('1 of 3')
    await expect(page.getByTestId('apology-parts')).toBeVisible()
    await screen(mend, at('04-ownership-finding'))
    await expect(page.getByTestId('finding')).toContainText('1 of 3')
    await page.getByTestId('finding-next').click()
    await expect(page.getByTestId('finding')).toContainText('2 of 3')
    await page.getByRole('textbox', { name: 'What I did' }).click()
    await page.keyboard.press('Control+a')
    await page.keyboard.type(
      'I forgot your award night, the evening you had worked towards all year. When you asked, I lied: ' +
        'I said work had kept me late, and I was at the pub. That was wrong, and it was my choice. ' +
        'I am sorry. I will come with you to the next ceremony, and I will tell you the truth when I let you down.',
    )
    await expect(page.getByTestId('findings-clear')).toContainText('It looked for')
    await expect(page.getByTestId('findings-summary')).toHaveText('Nothing flagged right now.')
    await expect(page.getByTestId('part-responsibility')).toContainText('(in your draft)')
    // "I will come with you to the next ceremony" is a commitment, heard as one.
    await expect(page.getByTestId('part-repentance')).toContainText('(in your draft)')
    await expect(page.getByTestId('save-state')).toHaveText('Saved')
    await expect(page.getByTestId('step-written')).toBeVisible()
    await screen(mend, at('05-ownership-written'))
    await page.getByRole('button', { name: 'Read it as Robin would hear it' }).click()
    const readBack = page.getByTestId('read-back')
    await expect(readBack).toContainText('I forgot your award night')
    await expect(readBack.locator('.cm-finding')).toHaveCount(0)
    await screen(mend, at('06-ownership-read-back'))
    await page.keyboard.press('Escape')
    await expect(readBack).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Read it as Robin would hear it' })).toBeFocused()

    // Compassion, from Robin's side.
    await quiet(page)
    await page.getByRole('link', { name: /Next: Show compassion/ }).click()
    await settled(page, `/plans/${planId}/compassion`)
    await page.getByRole('textbox', { name: 'The impact on them' }).click()
    await page.keyboard.type(
      'You looked for me in the hall and the seat beside you stayed empty. You went home alone on the night ' +
        'that should have been yours, and then I lied to your face, so you began to wonder what else I say.',
    )
    await expect(page.getByTestId('save-state')).toHaveText('Saved')
    await screen(mend, at('07-compassion'))

    // Amends, right away and over time.
    await quiet(page)
    await page.getByRole('link', { name: /Next: Make amends/ }).click()
    await settled(page, `/plans/${planId}/amends`)
    const now = page.getByTestId('amends-now')
    await now.getByLabel('Add an amend').click()
    await page.keyboard.type('Take Robin out to celebrate the award, on a night Robin chooses')
    await now.getByRole('button', { name: 'Add' }).click()
    await expect(now.getByTestId('amend')).toHaveCount(1)
    const overTime = page.getByTestId('amends-over-time')
    await overTime.getByLabel('Add an amend').click()
    await page.keyboard.type('Put every one of Robin’s events in my calendar the day I hear of it')
    await overTime.getByRole('button', { name: 'Add' }).click()
    await expect(overTime.getByTestId('amend')).toHaveCount(1)
    await screen(mend, at('08-amends'))

    // Act, don't promise: openness after a lie, and a weekly commitment that starts on a Sunday.
    await quiet(page)
    await page.getByRole('link', { name: /Next: Act, don't promise/ }).click()
    await settled(page, `/plans/${planId}/action`)
    const ideas = page.getByTestId('transparency-ideas')
    await ideas.getByRole('button', { name: /^Add\b.*Tell them the same day/ }).click()
    await expect(page.getByTestId('commitment')).toHaveCount(1)
    await page.getByLabel('Something you will do, that they could see').click()
    await page.keyboard.type('Cook dinner together and put our phones away')
    await page.getByLabel('How often').selectOption('weekly')
    const sunday = nextWeekday(0)
    await page.getByLabel('Starting').fill(sunday)
    await expect(page.getByLabel('On', { exact: true })).toHaveValue('0')
    await page.getByRole('button', { name: 'Add commitment' }).click()
    const dinner = page.getByTestId('commitment').filter({ hasText: 'Cook dinner together' })
    await expect(dinner).toContainText('Every Sunday')
    const sameDay = page.getByTestId('commitment').filter({ hasText: 'Tell them the same day' })
    await sameDay
      .getByTestId(`check-in-${localDay(0)}`)
      .getByRole('button', { name: 'Kept' })
      .click()
    await expect(sameDay.getByTestId(`check-in-${localDay(0)}`).getByRole('button', { name: 'Kept' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await screen(mend, at('09-action'))

    // Back on the overview: the openness suggestion is gone, the steps say where they stand.
    await quiet(page)
    await page.getByRole('link', { name: 'Back to the plan overview' }).click()
    await settled(page, `/plans/${planId}`)
    await expect(page.getByTestId('step-ownership').getByTestId('step-state')).toHaveText('Written, revisit')
    await expect(page.getByTestId('today-next-amend')).toContainText('Take Robin out to celebrate')
    await expect(page.getByText(/consider a commitment to openness/)).toHaveCount(0)
    await screen(mend, at('10-plan-overview'))
    await page.getByRole('button', { name: 'Plan options' }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await screen(mend, at('11-plan-menu'))
    await page.keyboard.press('Escape')
    await expect(page.getByRole('menu')).toHaveCount(0)

    // Robin's side: an assessment that opens on one question.
    await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Trust' }).click()
    await settled(page, '/assessments')
    await page.getByTestId('assessments-empty').getByRole('link', { name: 'Start an assessment' }).click()
    await settled(page, '/assessments/new')
    await typeInto(page, 'Who is this about?', 'Rob')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page.getByLabel('Who is this about?')).toHaveValue('Robin')
    await typeInto(
      page,
      'What happened',
      'Alex missed my award night, then said work had kept them late. They were at the pub.',
    )
    await page.getByLabel('When it happened').fill(localDay(-6))
    await page.getByRole('radio', { name: /3 · Serious/ }).check()
    await page.getByRole('checkbox', { name: 'They forgot, or fell short of something they meant to do' }).check()
    await page.getByRole('checkbox', { name: 'They broke their word, or something they say they believe in' }).check()
    await page.getByRole('group', { name: 'Did it involve lying or hiding something?' }).getByLabel('Yes').check()
    await page.getByRole('button', { name: 'Start the assessment' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trust with Robin')
    const assessmentId = Number(/#\/assessments\/(\d+)/.exec(page.url())![1])
    await settled(page, `/assessments/${assessmentId}`)
    const first = page.getByTestId('first-question')
    await expect(first.getByLabel('What is the last thing Robin said or did about this?')).toBeVisible()
    await expect(page.getByTestId('figures')).toHaveCount(0)
    await expect(page.getByRole('img', { name: /No periodic checks/ })).toHaveCount(0)
    await screen(mend, at('12-assessment-new'))
    await first.getByLabel('What is the last thing Robin said or did about this?').click()
    await page.keyboard.type('Said sorry for the lie, and that they would come to the next one')
    await first.getByLabel('Something they said', { exact: true }).check()
    await first.getByLabel('An apology', { exact: true }).check()
    await first.getByRole('button', { name: 'Add it' }).click()
    await expect(page.getByTestId('first-question')).toHaveCount(0)
    await expect(page.getByTestId('figure-words')).toBeVisible()
    await screen(mend, at('13-assessment-first-answer'))

    // A promise, kept on the day it was due (not the day it is marked).
    await page.getByRole('tab', { name: /^What they said and did/ }).click()
    await page.getByRole('button', { name: 'Add an observation' }).click()
    const form = page.getByTestId('evidence-form')
    await form.getByLabel('Something they said', { exact: true }).check()
    await form.getByLabel('A promise', { exact: true }).check()
    await form.getByLabel('When', { exact: true }).fill(localDay(-5))
    await form.getByLabel(/^To be kept by/).fill(localDay(-2))
    await form.getByLabel('What you saw or heard').click()
    await page.keyboard.type('Promised to put my events in their calendar')
    await form.getByRole('button', { name: 'Add it' }).click()
    const promise = page.getByTestId('evidence-item').filter({ hasText: 'Promised to put my events' })
    await promise.getByRole('button', { name: 'Kept' }).click()
    await expect(promise.getByLabel('When was it kept?')).toHaveValue(localDay(-2))
    await screen(mend, at('14-assessment-promise-day'))
    await promise.getByRole('button', { name: 'Save' }).click()
    await expect(promise.getByTestId('promise-state')).toContainText('Kept on')
    await screen(mend, at('15-assessment-evidence'))
    await page.getByRole('tab', { name: 'Where things stand' }).click()
    await expect(page.getByTestId('figure-deeds').getByTestId('figure-value')).toHaveText('1')
    await screen(mend, at('16-assessment-standing'))
  })
}
