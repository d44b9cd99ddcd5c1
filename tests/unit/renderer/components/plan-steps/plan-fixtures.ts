import type {
  LanguageCategory,
  AmendAction,
  ApologyPartView,
  CheckInStats,
  Commitment,
  LanguageFindingView,
  PlanOverview,
  RepairPlan,
} from '../../../../../electron/contract'

/** A plan as main would return it; `overrides` set what a test cares about. */
export function plan(overrides: Partial<RepairPlan> = {}): RepairPlan {
  return {
    id: 4,
    personId: 1,
    personName: 'Sam',
    title: 'The letter',
    breach: {
      whatHappened: 'I hid the letter.',
      occurredOn: '2026-11-01',
      severity: 4,
      kind: 'integrity',
      kinds: ['integrity'],
      involvedDeception: true,
    },
    status: 'active',
    ownership: '',
    compassion: '',
    theirNeeds: [],
    dismissed: [],
    settledSteps: [],
    privateNotes: '',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  }
}

export function finding(start: number, end: number, category: LanguageCategory = 'conditional'): LanguageFindingView {
  return { start, end, category, label: category, message: `Why ${category}.`, suggestion: 'Say it plainly.' }
}

export function part(name: string, present: boolean): ApologyPartView {
  return { part: name, label: name, why: `Why ${name}.`, present, evidence: [], prompt: `Prompt for ${name}.` }
}

export function amend(overrides: Partial<AmendAction> = {}): AmendAction {
  return {
    id: 1,
    planId: 4,
    description: 'Pay it back',
    horizon: 'now',
    dueOn: null,
    status: 'planned',
    note: '',
    createdAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  }
}

export const NO_STATS: CheckInStats = {
  due: 0,
  kept: 0,
  missed: 0,
  notApplicable: 0,
  unrecorded: 0,
  keptRate: null,
  currentStreak: 0,
  longestStreak: 0,
}

export function commitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: 9,
    planId: 4,
    behaviour: 'Text when I leave work',
    cadence: { kind: 'daily' },
    startOn: '2026-11-20',
    endOn: null,
    reminderTime: '20:00',
    createdAt: '2026-11-20T09:00:00.000Z',
    stats: NO_STATS,
    // As core sends them for a daily commitment from Nov 20, seen on Nov 24: newest first.
    recentDueDays: ['2026-11-24', '2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20'],
    nextDueOn: '2026-11-25',
    ...overrides,
  }
}

export function overview(overrides: Partial<PlanOverview> = {}): PlanOverview {
  return {
    plan: plan(),
    steps: [],
    expectations: [],
    daysSinceBreach: 23,
    today: '2026-11-24',
    amends: [],
    commitments: [],
    stats: NO_STATS,
    weeks: [],
    entries: [],
    ...overrides,
  }
}
