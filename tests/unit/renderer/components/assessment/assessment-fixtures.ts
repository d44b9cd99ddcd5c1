import type {
  AssessmentOverview,
  Evidence,
  Figure,
  RatingCheck,
  Ratings,
  StepAnswer,
  TrustAssessment,
} from '../../../../../electron/contract'

/** An assessment as main returns it; `overrides` set what a test cares about. */
export function trustAssessment(overrides: Partial<TrustAssessment> = {}): TrustAssessment {
  return {
    id: 5,
    personId: 3,
    personName: 'Sam Okafor',
    title: 'Trust with Sam',
    breach: {
      whatHappened: 'Sam read my messages and lied about it.',
      occurredOn: '2026-11-02',
      severity: 4,
      kind: 'integrity',
      involvedDeception: true,
    },
    status: 'active',
    checkEveryDays: 14,
    createdAt: '2026-11-03T10:00:00.000Z',
    updatedAt: '2026-11-03T10:00:00.000Z',
    ...overrides,
  }
}

export function evidence(overrides: Partial<Evidence> & Pick<Evidence, 'id' | 'kind'>): Evidence {
  return {
    assessmentId: 5,
    observedOn: '2026-11-05',
    wordType: null,
    step: null,
    description: `Observation ${overrides.id}`,
    entryId: null,
    dueOn: null,
    resolution: null,
    resolvedOn: null,
    createdAt: '2026-11-05T10:00:00.000Z',
    ...overrides,
  }
}

export function ratings(value: number, overrides: Partial<Ratings> = {}): Ratings {
  return { reliability: value, accountability: value, honesty: value, care: value, respect: value, ...overrides }
}

export function check(id: number, takenOn: string, values: Ratings, note = ''): RatingCheck {
  return { id, assessmentId: 5, takenOn, ratings: values, note, createdAt: `${takenOn}T20:00:00.000Z` }
}

export function answer(overrides: Partial<StepAnswer> & Pick<StepAnswer, 'id' | 'step' | 'answer'>): StepAnswer {
  return {
    assessmentId: 5,
    note: '',
    evidenceIds: [],
    answeredAt: '2026-11-10T18:00:00.000Z',
    ...overrides,
  }
}

/** A ledger with each kind: an apology, a kept and an open promise, an action, an amend, a slip. */
export const LEDGER: Evidence[] = [
  evidence({ id: 16, kind: 'slip', observedOn: '2026-11-20', description: 'Checked my phone again' }),
  evidence({ id: 15, kind: 'amend', observedOn: '2026-11-12', step: 'amends', description: 'Paid for the repair' }),
  evidence({ id: 14, kind: 'action', observedOn: '2026-11-10', step: 'action', description: 'Came home on time' }),
  evidence({
    id: 13,
    kind: 'word',
    wordType: 'promise',
    observedOn: '2026-11-08',
    dueOn: '2026-11-30',
    description: 'Promised to stop reading my messages',
  }),
  evidence({
    id: 12,
    kind: 'word',
    wordType: 'promise',
    observedOn: '2026-11-06',
    resolution: 'kept',
    resolvedOn: '2026-11-15',
    description: 'Promised to tell me first',
  }),
  evidence({ id: 11, kind: 'word', wordType: 'apology', step: 'ownership', description: 'Said sorry, plainly' }),
]

export const CHECKS: RatingCheck[] = [
  check(21, '2026-11-09', ratings(2, { honesty: 1 })),
  check(22, '2026-11-23', ratings(3, { care: 4, respect: 5 })),
]

export const FIGURES: Figure[] = [
  {
    key: 'keptPromises',
    label: 'Kept promises',
    value: 1,
    display: '1 of 1',
    explanation: 'Promises marked kept, out of those decided; open ones are not counted.',
    evidenceIds: [12],
    checkIds: [],
  },
  {
    key: 'latestAverage',
    label: 'Latest check',
    value: 3.6,
    display: '3.6 of 5',
    explanation: 'The average of the five ratings in the latest periodic check.',
    evidenceIds: [],
    checkIds: [22],
  },
  {
    key: 'daysSinceSlip',
    label: 'Days since the last slip',
    value: 4,
    display: '4 days',
    explanation: 'Counted from the latest slip in the ledger.',
    evidenceIds: [16],
    checkIds: [],
  },
]

export function assessmentOverview(overrides: Partial<AssessmentOverview> = {}): AssessmentOverview {
  return {
    assessment: trustAssessment(),
    today: '2026-11-24',
    daysSinceBreach: 22,
    evidence: [],
    answers: (['ownership', 'compassion', 'amends', 'action'] as const).map((step) => ({
      step,
      current: null,
      history: [],
    })),
    checks: [],
    figures: [],
    summary: { lines: [], missing: [] },
    nextCheckOn: '2026-11-24',
    ...overrides,
  }
}
