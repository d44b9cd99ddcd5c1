import { describe, expect, it } from 'vitest'
import { groupAmends, isOverdue } from '../../../../../src/components/plans/steps/amend-groups'
import { checkableHint } from '../../../../../src/components/plans/steps/commitment-hints'
import { amend } from './plan-fixtures'

describe('amends grouped by horizon', () => {
  it('puts each amend in its group, open ones first by due date', () => {
    const groups = groupAmends([
      amend({ id: 1, horizon: 'over-time', description: 'Weekly walk' }),
      amend({ id: 2, horizon: 'now', description: 'Done already', status: 'done', dueOn: '2026-11-01' }),
      amend({ id: 3, horizon: 'now', description: 'Undated' }),
      amend({ id: 4, horizon: 'now', description: 'Soon', dueOn: '2026-11-30' }),
      amend({ id: 5, horizon: 'now', description: 'Sooner', dueOn: '2026-11-25' }),
    ])
    expect(groups.map((group) => group.title)).toEqual(['Right away', 'Over time'])
    expect(groups[0]!.amends.map((a) => a.description)).toEqual(['Sooner', 'Soon', 'Undated', 'Done already'])
    expect(groups[1]!.amends.map((a) => a.description)).toEqual(['Weekly walk'])
  })

  it('each group explains why both kinds matter, for when it is empty', () => {
    for (const group of groupAmends([])) expect(group.nudge).toMatch(/over time/i)
  })

  it('an open amend past its day is overdue; a done one never is', () => {
    expect(isOverdue(amend({ dueOn: '2026-11-23' }), '2026-11-24')).toBe(true)
    expect(isOverdue(amend({ dueOn: '2026-11-24' }), '2026-11-24')).toBe(false)
    expect(isOverdue(amend({ dueOn: '2026-11-23', status: 'done' }), '2026-11-24')).toBe(false)
  })
})

describe('commitments as behaviours, not feelings', () => {
  it('nudges gently when a commitment is an effort or a feeling', () => {
    expect(checkableHint('I will try to be more patient')).not.toBeNull()
    expect(checkableHint('Try harder')).not.toBeNull()
    expect(checkableHint('Feel more grateful')).not.toBeNull()
    expect(checkableHint("I'll be more honest")).not.toBeNull()
  })

  it('stays quiet for something someone could see done', () => {
    expect(checkableHint('Text when I leave work')).toBeNull()
    expect(checkableHint('I will call by 6 pm if I am late')).toBeNull()
    expect(checkableHint('')).toBeNull()
  })
})
