import { describe, expect, it } from 'vitest'
import type { Evidence } from '../../../../electron/contract'
import { summarizeAssessment, type AssessmentFacts } from '../../../../electron/core/assessment'

/**
 * Issue 23, point 6: the reading words days right when the ledger holds a slip from before the
 * breach, and when a breach is (after a flight west) dated on a day still to come.
 */

const BREACH = {
  whatHappened: 'He kept the diagnosis from me for a month.',
  occurredOn: '2026-05-20',
  severity: 4,
  kind: 'integrity',
  involvedDeception: true,
} as const

function slip(id: number, observedOn: string): Evidence {
  return {
    id,
    assessmentId: 1,
    observedOn,
    kind: 'slip',
    wordType: null,
    step: null,
    description: 'Hid another appointment',
    entryId: null,
    dueOn: null,
    resolution: null,
    resolvedOn: null,
    createdAt: `${observedOn}T20:00:00.000Z`,
  }
}

const read = (facts: AssessmentFacts) => summarizeAssessment(facts).lines.map((line) => line.text)

describe('days in the reading', () => {
  it('says a slip from before the breach came before it, never "after -9 days without one"', () => {
    const lines = read({ breach: BREACH, today: '2026-06-01', evidence: [slip(1, '2026-05-11')], checks: [] })
    const text = lines.join('\n')
    expect(text).not.toMatch(/-\d/)
    expect(text).toContain('That was 21 days ago, nine days before the day it happened.')
  })

  it('says a slip on the breach day was on that day', () => {
    const text = read({ breach: BREACH, today: '2026-06-01', evidence: [slip(1, '2026-05-20')], checks: [] }).join('\n')
    expect(text).toContain('That was 12 days ago, on the day it happened.')
  })

  it('does not call a breach dated on a later day "today"', () => {
    const lines = read({ breach: BREACH, today: '2026-05-16', evidence: [], checks: [] })
    expect(lines[0]).toBe('It is dated four days from now.')
    expect(read({ breach: BREACH, today: '2026-05-19', evidence: [], checks: [] })[0]).toBe('It is dated tomorrow.')
    expect(read({ breach: BREACH, today: '2026-05-20', evidence: [], checks: [] })[0]).toBe('It happened today.')
  })
})
