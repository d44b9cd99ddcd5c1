import { describe, expect, it } from 'vitest'
import type { AssessmentSummaryText, Evidence } from '../../../../electron/contract'
import {
  steadyRunFor,
  summarizeAssessment,
  trustFigures,
  type AssessmentFacts,
} from '../../../../electron/core/assessment'
import { addDays } from '../../../../electron/core/repair/local-days'
import { FORBIDDEN } from '../../../fixtures/assessment/forbidden-phrases'
import { SCENARIOS } from '../../../fixtures/assessment/scenarios'

const texts = (summary: AssessmentSummaryText) => [...summary.lines.map((line) => line.text), ...summary.missing]

function factsOf(scenario: (typeof SCENARIOS)[number]): AssessmentFacts {
  return { ...scenario }
}

let nextId = 5_000
function note(kind: Evidence['kind'], observedOn: string, extra: Partial<Evidence> = {}): Evidence {
  return {
    id: nextId++,
    assessmentId: 1,
    observedOn,
    kind,
    wordType: kind === 'word' ? 'apology' : null,
    step: null,
    description: kind,
    entryId: null,
    dueOn: null,
    resolution: null,
    resolvedOn: null,
    createdAt: `${observedOn}T12:00:00.000Z`,
    ...extra,
  }
}

/** Every scenario, and each one turned a few ways, so the wording is checked in many states. */
function variants(): Array<[string, AssessmentFacts]> {
  return SCENARIOS.flatMap((scenario) => {
    const facts = factsOf(scenario)
    const flood = Array.from({ length: 10 }, (_, i) => note('word', addDays(facts.breach.occurredOn, i + 1)))
    return [
      [scenario.name, facts],
      [`${scenario.name}, with a lie`, { ...facts, breach: { ...facts.breach, involvedDeception: true } }],
      [`${scenario.name}, with ten more apologies`, { ...facts, evidence: [...facts.evidence, ...flood] }],
      [`${scenario.name}, with a slip today`, { ...facts, evidence: [...facts.evidence, note('slip', facts.today)] }],
      [`${scenario.name}, with nothing recorded`, { ...facts, evidence: [], checks: [], answers: [] }],
    ] as Array<[string, AssessmentFacts]>
  })
}

describe('summarizeAssessment never gives a verdict', () => {
  it.each(variants())('%s', (_label, facts) => {
    const summary = summarizeAssessment(facts)
    const shown = [...texts(summary), ...trustFigures(facts).flatMap((f) => [f.label, f.display, f.explanation])]
    for (const text of shown) {
      for (const phrase of FORBIDDEN) expect(text, String(phrase)).not.toMatch(phrase)
      // Plain sentences: no stray placeholders from building the text.
      expect(text).not.toMatch(/undefined|null|NaN|\[object|\s{2}|\s[.,;]/)
    }
    // Every line points only to notes that are in the ledger.
    const ledger = new Set(facts.evidence.map((item) => item.id))
    for (const line of summary.lines) for (const id of line.evidenceIds) expect(ledger.has(id)).toBe(true)
  })
})

describe('summarizeAssessment', () => {
  const quiet = factsOf(SCENARIOS[0]!)

  it('says what the study of lies found, no more, citing Schweitzer et al., and leaves the pace to the reader', () => {
    const lie = summarizeAssessment({ ...quiet, breach: { ...quiet.breach, involvedDeception: true } })
    const line = lie.lines.find((l) => l.text.includes('involved a lie'))!
    expect(line.text).toContain('never fully recovered')
    expect(line.text).toContain('a promise still helped, though less than without a lie')
    expect(line.text).toContain('(Schweitzer, Hershey & Bradlow, 2006)')
    expect(line.text).toContain('is yours to decide')
    // What the study did not find: apologies weighing less, or recovery that is usually slower.
    expect(line.text).not.toMatch(/apologies carry less weight|usually comes back more slowly|rarely/)
    expect(texts(summarizeAssessment(quiet)).join(' ')).not.toContain('lie')
  })

  it('says so when everything recorded is words, and stops once they do something', () => {
    expect(texts(summarizeAssessment(quiet))).toContain(
      'So far everything recorded is words. Words can open a repair, but no figure here rises on them; only what ' +
        'they do, and promises they keep, can.',
    )
    const acted = summarizeAssessment({ ...quiet, evidence: [...quiet.evidence, note('action', '2026-03-10')] })
    expect(texts(acted).join(' ')).not.toContain('everything recorded is words')
    expect(acted.lines[1]!.text).toBe('They have apologized and taken one action; no actions over time yet.')
  })

  it('reports a new slip, and what has been done since the one before', () => {
    const steady = factsOf(SCENARIOS[1]!)
    expect(texts(summarizeAssessment(steady))).toContain('No slips or broken promises are recorded.')
    const slipped = summarizeAssessment({ ...steady, evidence: [...steady.evidence, note('slip', '2026-03-06')] })
    const line = slipped.lines.find((l) => l.text.startsWith('One slip is recorded'))!
    expect(line.text).toBe(
      'One slip is recorded. That was today, after 60 days without one. Nothing they did is recorded since then.',
    )
    expect(line.evidenceIds).toEqual([nextId - 1])
  })

  it('reads nothing into an empty assessment and lists every step as not seen', () => {
    const empty = summarizeAssessment({ ...quiet, evidence: [], answers: [] })
    expect(texts(empty)).toEqual([
      'It happened 19 days ago.',
      'Nothing they have said or done is recorded yet.',
      'Take ownership: No apology or owning up is recorded yet. You have not answered this step yet.',
      'Show compassion: Nothing recorded shows them naming the hurt from your side yet. You have not answered ' +
        'this step yet.',
      'Make amends: No amend is recorded yet. You have not answered this step yet.',
      "Act, don't promise: No steady run of actions yet. For reference: four or more actions, amends or kept " +
        'promises in at least four different weeks; so far none. You have not answered this step yet.',
    ])
  })

  it('counts open promises for nothing, beside the marked ones', () => {
    const mixed = summarizeAssessment({
      ...quiet,
      evidence: [
        note('word', '2026-03-03', { wordType: 'promise', resolution: 'kept', resolvedOn: '2026-03-10' }),
        note('word', '2026-03-03', { wordType: 'promise', dueOn: '2026-03-19' }),
        note('word', '2026-03-04', { wordType: 'promise', dueOn: '2026-03-31' }),
      ],
    })
    expect(texts(mixed)).toContain(
      'The one promise you have marked was kept. Two more are still open and count for nothing until marked. ' +
        'One open promise is past its due day; marking it kept or broken lets it count.',
    )
  })

  it('asks for a longer run of actions after serious harm or a lie', () => {
    expect(steadyRunFor({ ...quiet.breach, severity: 3 })).toEqual({ deeds: 4, weeks: 4 })
    expect(steadyRunFor({ ...quiet.breach, severity: 4 })).toEqual({ deeds: 8, weeks: 8 })
    expect(steadyRunFor({ ...quiet.breach, severity: 1, involvedDeception: true })).toEqual({ deeds: 8, weeks: 8 })
  })

  it('counts a slip tied to a step as nothing seen for that step', () => {
    const slipOnly = summarizeAssessment({
      ...quiet,
      evidence: [note('slip', '2026-03-05', { step: 'compassion' }), note('slip', '2026-03-06', { step: 'amends' })],
    })
    expect(slipOnly.missing.join(' ')).toContain('Show compassion: Nothing recorded shows them naming the hurt')
    expect(slipOnly.missing.join(' ')).toContain('Make amends: No amend is recorded yet.')
  })
})
