import { describe, expect, it } from 'vitest'
import { BREACH_KINDS, type Breach } from '../../../../electron/contract/plans.contract'
import { expectationsFor } from '../../../../electron/core/repair/expectations'

function breach(overrides: Partial<Breach> = {}): Breach {
  return {
    whatHappened: 'I missed her graduation after promising to be there.',
    occurredOn: '2024-06-14',
    severity: 3,
    kind: 'care',
    involvedDeception: false,
    ...overrides,
  }
}

const ALL_BREACHES: Breach[] = BREACH_KINDS.flatMap((kind) =>
  [true, false].flatMap((involvedDeception) =>
    [1, 2, 3, 4, 5].map((severity) => breach({ kind, involvedDeception, severity })),
  ),
)

describe('expectationsFor', () => {
  it('sets an expectation about time first for every breach', () => {
    for (const b of ALL_BREACHES) expect(expectationsFor(b)[0]?.text).toMatch(/time|slow|weeks|months/i)
  })

  it('words the time expectation by severity: light, middling, serious', () => {
    const time = (severity: number) => expectationsFor(breach({ severity }))[0]?.text
    expect(time(1)).toBe(time(2))
    expect(time(4)).toBe(time(5))
    expect(new Set([time(2), time(3), time(4)]).size).toBe(3)
    expect(time(2)).toMatch(/weeks/)
    expect(time(3)).toMatch(/months rather than weeks/)
    expect(time(5)).toMatch(/many months or longer/)
    // How long repair takes is Mend's own guidance: no study cited measured it.
    for (const severity of [1, 3, 5]) expect(expectationsFor(breach({ severity }))[0]?.source).toBeNull()
  })

  it('after deception, says trust may not come all the way back, with what the study found, citing Schweitzer', () => {
    const honest = expectationsFor(breach()).map((e) => e.text)
    const lied = expectationsFor(breach({ involvedDeception: true }))
    const lie = lied.find((e) => /deceiving them/.test(e.text))
    expect(lie?.text).toMatch(/may not come all the way back/)
    expect(lie?.text).toMatch(/never fully recovered, even after a promise, an apology and a steady run/)
    expect(lie?.source).toMatch(/^Schweitzer/)
    expect(honest.some((t) => /deceiving|lie\b/.test(t))).toBe(false)
  })

  it('after an ability failure, cites Kim et al. for owning it over denying it, and offers a plan as Mend’s own', () => {
    const ability = expectationsFor(breach({ kind: 'ability' }))
    const owning = ability.find((e) => /owning it has been found to repair more trust than denying it/.test(e.text))
    expect(owning?.source).toBe('Kim, Ferrin, Cooper & Dirks, 2004')
    expect(owning?.text).not.toMatch(/plan/)
    const plan = ability.find((e) => /what you will do differently/.test(e.text))
    expect(plan?.source).toBeNull()
    expect(plan?.text).toMatch(/^Mend also suggests/)
  })

  it('after an integrity breach, cites what Kim, Lewicki and Dirks found, and suggests openness and limits as Mend’s own', () => {
    const integrity = expectationsFor(breach({ kind: 'integrity' }))
    const sources = integrity.map((e) => e.source)
    expect(sources).toEqual([
      null,
      'Kim, Ferrin, Cooper & Dirks, 2004',
      'Lewicki, Polin & Lount, 2016',
      'Dirks, Kim, Ferrin & Cooper, 2011',
      null,
    ])
    expect(integrity.some((e) => /an apology has been found to repair less trust/.test(e.text))).toBe(true)
    expect(integrity.find((e) => /limits that make a repeat harder/.test(e.text))?.source).toBeNull()
  })

  it('after a failure of care, expects naming the impact from their side to matter (Lazare, Gottman)', () => {
    const care = expectationsFor(breach({ kind: 'care' }))
    expect(care.find((e) => /impact from their side/.test(e.text))?.source).toBe('Lazare, 2004')
    expect(care.map((e) => e.source)).toContain('Gottman & Silver, 2012')
  })

  it('when several things went wrong, sets what each kind adds, once, in a fixed order', () => {
    const forgotThenLied = expectationsFor(
      breach({ kind: 'care', kinds: ['care', 'integrity'], involvedDeception: true }),
    )
    const sources = forgotThenLied.map((e) => e.source)
    // null: Mend's own guidance (how long repair takes; openness and limits), not a finding.
    expect(sources).toEqual([
      null,
      'Schweitzer, Hershey & Bradlow, 2006',
      'Lazare, 2004',
      'Gottman & Silver, 2012',
      'Kim, Ferrin, Cooper & Dirks, 2004',
      'Lewicki, Polin & Lount, 2016',
      'Dirks, Kim, Ferrin & Cooper, 2011',
      null,
    ])
    // The main kind given again in the list, or the list in another order, changes nothing.
    const reordered = expectationsFor(
      breach({ kind: 'integrity', kinds: ['integrity', 'care'], involvedDeception: true }),
    )
    expect(reordered).toEqual(forgotThenLied)
    const all = expectationsFor(breach({ kind: 'ability', kinds: ['ability', 'care', 'integrity'] }))
    expect(all.filter((e) => /what you will do differently/.test(e.text))).toHaveLength(1)
    expect(new Set(all.map((e) => e.text)).size).toBe(all.length)
  })

  it('never tells anyone to trust, promises forgiveness or gives a verdict', () => {
    for (const b of ALL_BREACHES) {
      for (const { text, source } of expectationsFor(b)) {
        expect(text).not.toMatch(/trust (them|him|her|me|you)\b/i)
        expect(text).not.toMatch(/\b(will|should) (forgive|trust)\b/i)
        expect(text).not.toMatch(/\b(deserve|guarantee|trustworthy|untrustworthy|verdict)/i)
        expect(text).toMatch(/^[A-Z].*\.$/)
        if (source !== null) expect(source).toMatch(/, \d{4}$/)
      }
    }
  })

  it('returns fresh objects, so a caller cannot change what the next plan is told', () => {
    const first = expectationsFor(breach())
    first[0]!.text = 'changed'
    expect(expectationsFor(breach())[0]?.text).not.toBe('changed')
  })
})
