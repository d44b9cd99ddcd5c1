import type { PlanOverview, RepairPlan, WeekOfCheckIns } from '../../../electron/contract'

/** A plan as main returns it; `overrides` set what a test cares about. */
export function repairPlan(overrides: Partial<RepairPlan> = {}): RepairPlan {
  return {
    id: 7,
    personId: 3,
    personName: 'Sam Okafor',
    title: 'Repairing things with Sam',
    breach: {
      whatHappened: 'I read their messages and lied about it.',
      occurredOn: '2026-11-02',
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
    createdAt: '2026-11-03T10:00:00.000Z',
    updatedAt: '2026-11-03T10:00:00.000Z',
    ...overrides,
  }
}

export function week(weekStart: string, counts: Partial<Omit<WeekOfCheckIns, 'weekStart'>> = {}): WeekOfCheckIns {
  const kept = counts.kept ?? 0
  const missed = counts.missed ?? 0
  const notApplicable = counts.notApplicable ?? 0
  const unrecorded = counts.unrecorded ?? 0
  return {
    weekStart,
    kept,
    missed,
    notApplicable,
    unrecorded,
    due: counts.due ?? kept + missed + notApplicable + unrecorded,
  }
}

/** A new plan's overview: nothing written, nothing done, no check-ins. */
export function planOverview(overrides: Partial<PlanOverview> = {}): PlanOverview {
  return {
    plan: repairPlan(),
    steps: [
      {
        step: 'ownership',
        complete: false,
        state: 'not-started',
        missing: ['Say in your own words what you did.'],
        suggestions: [],
      },
      {
        step: 'compassion',
        complete: false,
        state: 'not-started',
        missing: ['Describe the hurt from their side.'],
        suggestions: [],
      },
      {
        step: 'amends',
        complete: false,
        state: 'not-started',
        missing: ['Plan one amend for now and one over time.'],
        suggestions: ['After a lie, openness helps: offer to show what you used to hide.'],
      },
      {
        step: 'action',
        complete: false,
        state: 'not-started',
        missing: ['Add a commitment you can check in on.'],
        suggestions: [],
      },
    ],
    expectations: [
      {
        text: 'After a lie, trust may not come all the way back.',
        source: 'Schweitzer, Hershey & Bradlow, 2006',
      },
      {
        text: 'We suggest expecting repair to take months rather than weeks.',
        source: null,
      },
    ],
    daysSinceBreach: 22,
    today: '2026-11-24',
    amends: [],
    commitments: [],
    stats: {
      due: 0,
      kept: 0,
      missed: 0,
      notApplicable: 0,
      unrecorded: 0,
      keptRate: null,
      currentStreak: 0,
      longestStreak: 0,
    },
    weeks: [],
    entries: [],
    ...overrides,
  }
}
