import { describe, expect, it } from 'vitest'
import type { AssessmentSummaryText } from '../../../../electron/contract'
import { summarizeAssessment, trustFigures } from '../../../../electron/core/assessment'
import { FORBIDDEN } from '../../../fixtures/assessment/forbidden-phrases'
import { SCENARIOS, type AssessmentScenario } from '../../../fixtures/assessment/scenarios'

/**
 * The summary of each documented scenario (tests/fixtures/assessment/scenarios.ts), as a person
 * would read it. The snapshots were read line by line and the wording fixed until each said what
 * the comment above it says it should; a change to them needs the same reading, not `-u`.
 */

function scenario(name: string): AssessmentScenario {
  const found = SCENARIOS.find((s) => s.name === name)
  if (!found) throw new Error(`no scenario ${name}`)
  return found
}

function summaryOf(name: string): AssessmentSummaryText {
  return summarizeAssessment(scenario(name))
}

/** The summary as the page shows it: the reading, then what is missing. */
function read(summary: AssessmentSummaryText): string {
  return [
    ...summary.lines.map((line) => `${line.text}${line.evidenceIds.length ? ` [${line.evidenceIds.join(', ')}]` : ''}`),
    'Not seen yet:',
    ...summary.missing.map((item) => `- ${item}`),
  ].join('\n')
}

const figure = (name: string, key: string) => trustFigures(scenario(name)).find((f) => f.key === key)!

describe('the six documented scenarios read as intended', () => {
  it('has six scenarios, each with a story, and none of their summaries gives a verdict', () => {
    expect(SCENARIOS.map((s) => s.name)).toEqual([
      'apology only',
      'steady repair',
      'words only',
      'progress then a recent slip',
      'deception with actions over time',
      'broken promises and a pattern of slips',
    ])
    for (const s of SCENARIOS) {
      expect(s.story.length).toBeGreaterThan(80)
      const summary = summarizeAssessment(s)
      for (const text of [...summary.lines.map((l) => l.text), ...summary.missing]) {
        for (const phrase of FORBIDDEN) expect(text, `${s.name}: ${String(phrase)}`).not.toMatch(phrase)
      }
    }
  })

  // (1) Apology only. Should convey: one apology and nothing done since; words move no figure;
  // no slips; every step but ownership unseen, and no steady run of actions.
  it('apology only', () => {
    const summary = summaryOf('apology only')
    expect(read(summary)).toMatchInlineSnapshot(`
      "It happened 19 days ago.
      They have apologized; nothing they did is recorded yet. [1]
      So far everything recorded is words. Words can open a repair, but no figure here rises on them; only what they do, and promises they keep, can. [1]
      No slips or broken promises are recorded.
      Not seen yet:
      - Take ownership: You have not answered this step yet.
      - Show compassion: Nothing recorded shows them naming the hurt from your side yet. You have not answered this step yet.
      - Make amends: No amend is recorded yet. You have not answered this step yet.
      - Act, don't promise: No steady run of actions yet. For reference: four or more actions, amends or kept promises in at least four different weeks; so far none. You have not answered this step yet."
    `)
    expect(summary.lines[1]!.text).toBe('They have apologized; nothing they did is recorded yet.')
    expect(summary.missing[0]).toBe('Take ownership: You have not answered this step yet.')
    expect(figure('apology only', 'deeds').value).toBe(0)
  })

  // (2) Steady repair. Should convey: words, one amend and many actions; a steady run over many
  // weeks up to a few days ago; every promise kept; checks rising; the user's own "partly" for
  // action as the only thing left open.
  it('steady repair', () => {
    const summary = summaryOf('steady repair')
    expect(read(summary)).toMatchInlineSnapshot(`
      "It happened 60 days ago.
      They have apologized, made three promises, made one amend and taken eight actions. [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
      Together, their 12 actions, amends and kept promises fall in nine different weeks; the latest was 3 days ago. [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
      All three promises you have marked were kept. [4, 5, 6]
      No slips or broken promises are recorded.
      Your latest check averaged 4.0 of 5, up 0.4 from the one before.
      Your current answers: yes for ownership, compassion and amends; partly for action. [1, 2, 3, 7, 8, 9, 10]
      Not seen yet:
      - Act, don't promise: Your own answer is “partly”."
    `)
    expect(summary.lines.map((l) => l.text)).toContain('All three promises you have marked were kept.')
    expect(summary.lines.map((l) => l.text)).toContain(
      'Together, their 12 actions, amends and kept promises fall in nine different weeks; the latest was 3 days ago.',
    )
    expect(summary.missing).toEqual(["Act, don't promise: Your own answer is “partly”."])
  })

  // (3) Words only. Should convey: many promises and apologies, nothing done; promises that are
  // not marked count for nothing, and three are past their due day; no figure rises on words.
  it('words only', () => {
    const summary = summaryOf('words only')
    expect(read(summary)).toMatchInlineSnapshot(`
      "It happened 28 days ago.
      They have apologized twice and made six promises; nothing they did is recorded yet. [1, 2, 3, 4, 5, 6, 7, 8]
      So far everything recorded is words. Words can open a repair, but no figure here rises on them; only what they do, and promises they keep, can. [1, 2, 3, 4, 5, 6, 7, 8]
      None of their six promises has been marked kept or broken yet, so they count for nothing either way for now. Three open promises are past their due day; marking them kept or broken lets them count. [2, 3, 4, 6, 7, 8]
      No slips or broken promises are recorded.
      Your first check averaged 2.2 of 5; the next one will show which way it moves.
      Your current answers: partly for ownership; no answer yet for compassion, amends and action. [1, 5]
      Not seen yet:
      - Take ownership: Your own answer is “partly”.
      - Show compassion: Nothing recorded shows them naming the hurt from your side yet. You have not answered this step yet.
      - Make amends: No amend is recorded yet. You have not answered this step yet.
      - Act, don't promise: No steady run of actions yet. For reference: four or more actions, amends or kept promises in at least four different weeks; so far none. You have not answered this step yet."
    `)
    const text = summary.lines.map((l) => l.text).join('\n')
    expect(text).toContain('They have apologized twice and made six promises; nothing they did is recorded yet.')
    expect(text).toContain('no figure here rises on them')
    expect(text).toContain('Three open promises are past their due day')
    expect(figure('words only', 'kept-promise-rate').value).toBeNull()
  })

  // (4) Progress, then a recent slip. Should convey: a long run of actions and kept promises;
  // then one slip and one broken promise four days ago, after nearly three months without one;
  // nothing done since; the latest check down. It states the setback without undoing the record.
  it('progress then a recent slip', () => {
    const summary = summaryOf('progress then a recent slip')
    expect(read(summary)).toMatchInlineSnapshot(`
      "It happened 91 days ago.
      They have apologized, made three promises, made one amend and taken six actions. [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
      Together, their nine actions, amends and kept promises fall in eight different weeks; the latest was 13 days ago. [3, 4, 5, 7, 8, 9, 10, 11, 12]
      Two of the three promises you have marked were kept. [4, 5, 6]
      One slip is recorded, and one promise was marked broken. Both were 4 days ago, after 87 days without one. Nothing they did is recorded since then. [6, 13]
      Your latest check averaged 2.8 of 5, down 1.0 from the one before. Lowest in it: reliability (2).
      Your current answers: yes for ownership and compassion; partly for amends and action. [1, 2, 3]
      Not seen yet:
      - Make amends: Your own answer is “partly”.
      - Act, don't promise: Your own answer is “partly”."
    `)
    const text = summary.lines.map((l) => l.text).join('\n')
    expect(text).toContain('Two of the three promises you have marked were kept.')
    expect(text).toContain(
      'One slip is recorded, and one promise was marked broken. Both were 4 days ago, after 87 days without one.',
    )
    expect(text).toContain('down 1.0 from the one before')
    expect(figure('progress then a recent slip', 'days-since-last-slip').value).toBe(4)
  })

  // (5) Deception with actions over time. Should convey: a long, steady run of actions; what the
  // study of lies found (Schweitzer et al.: never fully recovered, a promise helped less); the one open
  // promise counting for nothing; compassion not seen.
  it('deception with actions over time', () => {
    const summary = summaryOf('deception with actions over time')
    expect(read(summary)).toMatchInlineSnapshot(`
      "It happened 91 days ago.
      They have apologized, given one explanation, made one promise, made one amend and taken 12 actions. [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
      Together, their 13 actions and amends fall in 13 different weeks; the latest was 7 days ago. [3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
      This involved a lie. In one study, trust harmed by a lie never fully recovered, even after a promise, an apology and a steady run of reliable actions; a promise still helped, though less than without a lie (Schweitzer, Hershey & Bradlow, 2006). How far your trust returns, and when, is yours to decide.
      Their one promise has not been marked kept or broken yet, so it counts for nothing either way for now. [4]
      No slips or broken promises are recorded.
      Your latest check averaged 2.8 of 5, the same as the one before. Lowest in it: honesty (2).
      Your current answers: yes for ownership; partly for amends and action; not yet for compassion. [1, 3]
      Not seen yet:
      - Show compassion: Nothing recorded shows them naming the hurt from your side yet. Your own answer is “not yet”.
      - Make amends: Your own answer is “partly”.
      - Act, don't promise: Your own answer is “partly”."
    `)
    const text = summary.lines.map((l) => l.text).join('\n')
    expect(text).toContain('This involved a lie. In one study, trust harmed by a lie never fully recovered')
    expect(text).toContain('(Schweitzer, Hershey & Bradlow, 2006)')
    expect(text).toContain('Together, their 13 actions and amends fall in 13 different weeks')
    expect(summary.missing[0]).toMatch(/^Show compassion: Nothing recorded/)
  })

  // (6) Broken promises and a pattern of slips. Should convey: apologies and promises, one kept
  // and three broken; slips on several different days, the latest recently; the checks falling;
  // a longer run of actions asked for after harm this serious, with what has been seen so far.
  it('broken promises and a pattern of slips', () => {
    const summary = summaryOf('broken promises and a pattern of slips')
    expect(read(summary)).toMatchInlineSnapshot(`
      "It happened 50 days ago.
      They have apologized three times and made four promises; no actions over time yet. [1, 2, 3, 5, 6, 8, 9]
      One of the four promises you have marked was kept. [2, 3, 6, 9]
      Three slips are recorded, and three promises were marked broken, on three different days. The latest was 8 days ago, 13 days after the one before. Nothing they did is recorded since then. [2, 3, 4, 7, 9, 10]
      Your latest check averaged 1.8 of 5, down 1.0 from the one before. Lowest in it: reliability and respect (1).
      Your current answers: not yet for ownership and action; no answer yet for compassion and amends. [1, 4, 5, 7, 8, 10]
      Not seen yet:
      - Take ownership: Your own answer is “not yet”.
      - Show compassion: Nothing recorded shows them naming the hurt from your side yet. You have not answered this step yet.
      - Make amends: No amend is recorded yet. You have not answered this step yet.
      - Act, don't promise: No steady run of actions yet. For reference: eight or more actions, amends or kept promises in at least eight different weeks; so far one in one week. Your own answer is “not yet”."
    `)
    const text = summary.lines.map((l) => l.text).join('\n')
    expect(text).toContain('One of the four promises you have marked was kept.')
    expect(text).toContain('Three slips are recorded, and three promises were marked broken, on three different days.')
    expect(text).toContain('The latest was 8 days ago, 13 days after the one before.')
    expect(summary.missing.at(-1)).toContain('eight or more actions')
    expect(figure('broken promises and a pattern of slips', 'kept-promise-rate').value).toBe(1 / 4)
  })
})
