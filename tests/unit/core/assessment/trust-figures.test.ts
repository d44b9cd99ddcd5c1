import { beforeEach, describe, expect, it } from 'vitest'
import type { Evidence, Figure, RatingCheck } from '../../../../electron/contract'
import { trustFigures, type AssessmentFacts } from '../../../../electron/core/assessment'
import { addDays } from '../../../../electron/core/repair/local-days'
import { SCENARIOS } from '../../../fixtures/assessment/scenarios'

const BREACH = {
  whatHappened: 'Read my messages behind my back.',
  occurredOn: '2026-03-02',
  severity: 3,
  kind: 'integrity',
  involvedDeception: false,
} as const

let nextId = 1
function note(kind: Evidence['kind'], observedOn: string, extra: Partial<Evidence> = {}): Evidence {
  return {
    id: nextId++,
    assessmentId: 1,
    observedOn,
    kind,
    wordType: kind === 'word' ? 'other' : null,
    step: null,
    description: `${kind} on ${observedOn}`,
    entryId: null,
    dueOn: null,
    resolution: null,
    resolvedOn: null,
    createdAt: `${observedOn}T12:00:00.000Z`,
    ...extra,
  }
}
const apology = (on: string) => note('word', on, { wordType: 'apology' })
const promise = (on: string, extra: Partial<Evidence> = {}) => note('word', on, { wordType: 'promise', ...extra })
const kept = (on: string, keptOn: string) => promise(on, { resolution: 'kept', resolvedOn: keptOn })
const broken = (on: string, brokenOn: string) => promise(on, { resolution: 'broken', resolvedOn: brokenOn })

function check(id: number, takenOn: string, all: number, honesty = all): RatingCheck {
  return {
    id,
    assessmentId: 1,
    takenOn,
    ratings: { reliability: all, accountability: all, honesty, care: all, respect: all },
    note: '',
    createdAt: `${takenOn}T12:00:00.000Z`,
  }
}

function facts(evidence: Evidence[], extra: Partial<AssessmentFacts> = {}): AssessmentFacts {
  return { breach: BREACH, today: '2026-04-13', evidence, checks: [], ...extra }
}

function byKey(figures: Figure[]): Record<string, Figure> {
  return Object.fromEntries(figures.map((figure) => [figure.key, figure]))
}
const values = (input: AssessmentFacts) =>
  Object.fromEntries(trustFigures(input).map((figure) => [figure.key, figure.value]))

/** Ten apologies and ten open promises (half with a due day long past), on every day of the ledger's span. */
function wordsOnlyFlood(from: string): Evidence[] {
  nextId = 10_000
  return Array.from({ length: 10 }, (_, i) => [
    apology(addDays(from, i)),
    promise(addDays(from, i), i % 2 === 0 ? { dueOn: addDays(from, i + 1) } : {}),
  ]).flat()
}

describe('trustFigures: the documented formula', () => {
  beforeEach(() => {
    nextId = 1
  })

  it('gives every figure for an empty ledger, none of them a verdict', () => {
    const figures = byKey(trustFigures(facts([])))
    expect(Object.keys(figures)).toEqual([
      'days-since-breach',
      'deeds',
      'deed-weeks',
      'kept-promise-rate',
      'days-since-last-slip',
      'slips',
      'latest-check',
      'check-change',
      'words',
    ])
    expect(figures['days-since-breach']).toMatchObject({ value: 42, display: '42 days' })
    expect(figures['deeds']).toMatchObject({ value: 0, display: 'None yet' })
    expect(figures['kept-promise-rate']).toMatchObject({ value: null, display: 'None marked yet' })
    expect(figures['days-since-last-slip']).toMatchObject({ value: null, display: 'None recorded' })
    expect(figures['latest-check']).toMatchObject({ value: null, display: 'No check yet' })
    expect(figures['check-change']).toMatchObject({ value: null, display: 'Needs two checks' })
    for (const figure of Object.values(figures)) {
      // One sentence, saying how it is worked out.
      expect(figure.explanation).toMatch(/^[A-Z][^.]*\.$/)
    }
  })

  it('counts actions, amends and kept promises as deeds, each on its own day, and their distinct weeks', () => {
    // 2026-03-02 is a Monday: the first three fall in one week, the fourth in the next, the kept promise two later.
    const evidence = [
      note('action', '2026-03-02'),
      note('action', '2026-03-04'),
      note('amend', '2026-03-08'),
      note('action', '2026-03-09'),
      kept('2026-03-03', '2026-03-24'),
      note('slip', '2026-03-05'),
      apology('2026-03-03'),
    ]
    const figures = byKey(trustFigures(facts(evidence)))
    expect(figures['deeds']).toMatchObject({ value: 5, evidenceIds: [1, 2, 3, 4, 5] })
    expect(figures['deed-weeks']).toMatchObject({ value: 3, display: '3 weeks' })
    expect(figures['words']).toMatchObject({ value: 2, evidenceIds: [5, 7] })
  })

  it('works out the kept-promise rate over marked promises only', () => {
    const evidence = [
      kept('2026-03-03', '2026-03-10'),
      kept('2026-03-03', '2026-03-17'),
      broken('2026-03-03', '2026-03-20'),
      promise('2026-03-04', { dueOn: '2026-03-05' }),
      promise('2026-03-04'),
    ]
    const rate = byKey(trustFigures(facts(evidence)))['kept-promise-rate']!
    expect(rate).toMatchObject({ value: 2 / 3, display: '2 of 3' })
    expect(rate.evidenceIds.sort()).toEqual([1, 2, 3])
  })

  it('counts days since the last slip or broken promise, whichever came last', () => {
    const slipFirst = [note('slip', '2026-03-10'), broken('2026-03-03', '2026-04-01')]
    expect(byKey(trustFigures(facts(slipFirst)))['days-since-last-slip']).toMatchObject({
      value: 12,
      display: '12 days',
      evidenceIds: [2],
    })
    const slips = byKey(trustFigures(facts(slipFirst)))['slips']!
    expect(slips).toMatchObject({ value: 1, evidenceIds: [1] })
  })

  it('reads the latest check by day, then by order taken, and the change from the one before', () => {
    const checks = [check(3, '2026-04-10', 4, 2), check(1, '2026-03-20', 3), check(2, '2026-03-20', 2)]
    const figures = byKey(trustFigures(facts([], { checks })))
    expect(figures['latest-check']).toMatchObject({ value: 3.6, display: '3.6 of 5', checkIds: [3] })
    expect(figures['check-change']).toMatchObject({ value: 1.6, display: '+1.6', checkIds: [2, 3] })
    const down = byKey(trustFigures(facts([], { checks: [check(1, '2026-03-20', 4), check(2, '2026-04-01', 3)] })))
    expect(down['check-change']).toMatchObject({ value: -1, display: '−1.0' })
    const same = byKey(trustFigures(facts([], { checks: [check(1, '2026-03-20', 4), check(2, '2026-04-01', 4)] })))
    expect(same['check-change']).toMatchObject({ value: 0, display: 'No change' })
  })

  it('ignores what lies after today (a clock set back, a day typed wrong)', () => {
    const figures = byKey(trustFigures(facts([note('action', '2026-04-14'), kept('2026-04-01', '2026-04-20')])))
    expect(figures['deeds']!.value).toBe(0)
    expect(figures['kept-promise-rate']!.value).toBeNull()
  })
})

describe('the rules: words never raise a figure; deeds and kept promises do; slips and broken promises set back', () => {
  const base = facts([note('action', '2026-03-09'), kept('2026-03-03', '2026-03-16'), note('slip', '2026-03-20')], {
    checks: [check(1, '2026-03-15', 3)],
  })

  it.each<[string, AssessmentFacts]>([
    ['an empty ledger', facts([])],
    ['a ledger with deeds and a slip', base],
    ...SCENARIOS.map((s): [string, AssessmentFacts] => [`scenario "${s.name}"`, s]),
  ])('ten apologies and ten open promises change nothing but the words count: %s', (_label, input) => {
    const before = values(input)
    const after = values({ ...input, evidence: [...input.evidence, ...wordsOnlyFlood(input.breach.occurredOn)] })
    expect({ ...after, words: null }).toEqual({ ...before, words: null })
    expect(after['words']).toBe((before['words'] as number) + 20)
  })

  it('raises the deeds and the weeks for an action in a new week, and nothing else that counts words', () => {
    const before = values(base)
    const after = values({ ...base, evidence: [...base.evidence, note('action', '2026-04-06')] })
    expect(after['deeds']).toBe((before['deeds'] as number) + 1)
    expect(after['deed-weeks']).toBe((before['deed-weeks'] as number) + 1)
    expect(after['words']).toBe(before['words'])
  })

  it('raises the kept rate and the deeds when an open promise is kept', () => {
    const open = promise('2026-03-04', { dueOn: '2026-03-30' })
    const before = values({ ...base, evidence: [...base.evidence, open, broken('2026-03-04', '2026-03-25')] })
    const keptNow = { ...open, resolution: 'kept' as const, resolvedOn: '2026-03-30' }
    const after = values({ ...base, evidence: [...base.evidence, keptNow, broken('2026-03-04', '2026-03-25')] })
    expect(before['kept-promise-rate']).toBe(1 / 2)
    expect(after['kept-promise-rate']).toBe(2 / 3)
    expect(after['deeds']).toBe((before['deeds'] as number) + 1)
  })

  it('sets the days since the last slip back to zero at a new slip, and a broken promise lowers the kept rate', () => {
    const before = values(base)
    expect(before['days-since-last-slip']).toBe(24)
    const slipped = values({ ...base, evidence: [...base.evidence, note('slip', '2026-04-13')] })
    expect(slipped['days-since-last-slip']).toBe(0)
    expect(slipped['slips']).toBe(2)
    const broke = values({ ...base, evidence: [...base.evidence, broken('2026-03-04', '2026-04-10')] })
    expect(broke['days-since-last-slip']).toBe(3)
    expect(broke['kept-promise-rate']).toBe(1 / 2)
    expect(broke['deeds']).toBe(before['deeds'])
  })

  it('never counts a deed for a slip, however it is tied to a step', () => {
    const before = values(base)
    const after = values({ ...base, evidence: [...base.evidence, note('slip', '2026-04-01', { step: 'action' })] })
    expect(after['deeds']).toBe(before['deeds'])
    expect(after['deed-weeks']).toBe(before['deed-weeks'])
  })
})
