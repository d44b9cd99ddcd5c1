import { describe, expect, it } from 'vitest'
import type { Breach, DismissedFinding } from '../../../../electron/contract/plans.contract'
import { OPENNESS_COMMITMENTS, PLAN_STEPS } from '../../../../electron/contract/plans.contract'
import {
  COMPASSION_CATEGORIES,
  findingPhrase,
  openFindings,
  stepProgress,
  type StepProgressInput,
} from '../../../../electron/core/repair/step-progress'

const OWNED =
  'I read your private messages on Tuesday night without asking you. That was wrong, and it was my choice alone. ' +
  'I broke the trust you gave me.'
const CONDITIONAL =
  "I'm sorry if you were hurt. I went through your phone on Tuesday night while you were asleep and read your " +
  'messages to your sister.'
const FELT =
  'You trusted me with your phone and I used that to go through your messages. You must have felt exposed and ' +
  'betrayed, and you told me you could not sleep for days afterwards.'

const breach: Breach = {
  whatHappened: 'I read her messages.',
  occurredOn: '2024-03-05',
  severity: 3,
  kind: 'care',
  involvedDeception: false,
}

/** A plan with every step done, so each test changes only what it is about. */
function plan(overrides: Partial<StepProgressInput> = {}): StepProgressInput {
  return {
    breach,
    ownership: OWNED,
    compassion: FELT,
    theirNeeds: ['responsibility'],
    dismissed: [],
    amends: [
      { horizon: 'now', status: 'done' },
      { horizon: 'over-time', status: 'planned' },
    ],
    commitments: [{ endOn: null }],
    checkInsRecorded: 2,
    today: '2024-05-01',
    ...overrides,
  }
}

function step(input: StepProgressInput, name: (typeof PLAN_STEPS)[number]) {
  const found = stepProgress(input).find((s) => s.step === name)
  if (!found) throw new Error(`no ${name} step`)
  return found
}

describe('stepProgress', () => {
  it('returns the four steps in order, all complete for a finished plan', () => {
    const steps = stepProgress(plan())
    expect(steps.map((s) => s.step)).toEqual([...PLAN_STEPS])
    for (const s of steps) expect(s).toMatchObject({ complete: true, missing: [] })
  })

  it('marks an empty plan incomplete everywhere, with one plain prompt per writing step', () => {
    const steps = stepProgress(
      plan({ ownership: '', compassion: ' ', theirNeeds: [], amends: [], commitments: [], checkInsRecorded: 0 }),
    )
    expect(steps.every((s) => !s.complete)).toBe(true)
    expect(steps[0]?.missing).toEqual(['Say in your own words what you did.'])
    expect(steps[1]?.missing).toEqual(['Describe how this affected them, from their side.'])
    expect(steps[2]?.missing).toEqual([
      'Add something you can do right away.',
      'Add something you will keep doing over time.',
    ])
    expect(steps[3]?.missing).toHaveLength(2)
  })

  it('leaves a step that has what it needs written, to revisit, until the person settles it', () => {
    expect(stepProgress(plan()).map((s) => s.state)).toEqual(['written', 'written', 'written', 'written'])
    const settled = stepProgress(plan({ settledSteps: ['ownership', 'action'] }))
    expect(settled.map((s) => s.state)).toEqual(['settled', 'written', 'written', 'settled'])
    expect(settled.every((s) => s.complete)).toBe(true)
  })

  it('tells a step not started from one begun; settling does not hide what a step still needs', () => {
    const empty = stepProgress(
      plan({
        ownership: '',
        compassion: ' ',
        amends: [],
        commitments: [],
        checkInsRecorded: 0,
        settledSteps: ['amends'],
      }),
    )
    expect(empty.map((s) => s.state)).toEqual(['not-started', 'not-started', 'not-started', 'not-started'])
    const begun = stepProgress(
      plan({
        ownership: 'I lied.',
        compassion: 'You were hurt.',
        amends: [{ horizon: 'now', status: 'planned' }],
        checkInsRecorded: 0,
        settledSteps: ['ownership'],
      }),
    )
    expect(begun.map((s) => s.state)).toEqual(['begun', 'begun', 'begun', 'begun'])
  })

  it('every missing item and suggestion is a sentence addressed to the writer', () => {
    const input = plan({
      ownership: 'It happened.',
      compassion: 'Not a big deal.',
      theirNeeds: [],
      amends: [{ horizon: 'now', status: 'declined' }],
      commitments: [],
      checkInsRecorded: 0,
      breach: { ...breach, involvedDeception: true },
    })
    for (const s of stepProgress(input)) {
      for (const line of [...s.missing, ...s.suggestions]) expect(line).toMatch(/^[A-Z0-9].*[.]"?$/)
    }
  })
})

describe('ownership', () => {
  it('is complete for plain, first-person writing of 15 words or more', () => {
    expect(step(plan(), 'ownership')).toEqual({
      step: 'ownership',
      complete: true,
      state: 'written',
      missing: [],
      suggestions: [],
    })
  })

  it('asks for more when the writing is short', () => {
    const s = step(plan({ ownership: 'I lied to you about the money.' }), 'ownership')
    expect(s.complete).toBe(false)
    expect(s.missing).toEqual(['Say a little more about what you did: at least 15 words (you have 7 so far).'])
  })

  it('asks for the act in the first person when nothing takes responsibility', () => {
    const text =
      'There was a situation with the phone on Tuesday night, and the messages were read, which was not ideal for anyone.'
    const s = step(plan({ ownership: text }), 'ownership')
    expect(s.complete).toBe(false)
    expect(s.missing.some((m) => m.startsWith('Name what you did as your own act'))).toBe(true)
  })

  it('leaves a conditional apology open until it is fixed or dismissed', () => {
    expect(step(plan({ ownership: CONDITIONAL }), 'ownership')).toMatchObject({
      complete: false,
      missing: ['1 phrase flagged by the language check: fix or dismiss it.'],
    })
  })

  it('counts several flagged phrases in the plural', () => {
    const text = `${CONDITIONAL} I guess I was stressed, but mistakes were made.`
    const s = step(plan({ ownership: text }), 'ownership')
    expect(s.missing.at(-1)).toMatch(/^\d+ phrases flagged by the language check: fix or dismiss them\.$/)
  })

  it('is complete once the flagged phrase is dismissed, matched by its words in any case', () => {
    const [finding] = openFindings('ownership', CONDITIONAL, [])
    expect(finding?.category).toBe('conditional')
    const phrase = findingPhrase(CONDITIONAL, finding!)
    expect(phrase).toBe('sorry if you were hurt')
    const dismissed: DismissedFinding[] = [{ step: 'ownership', category: 'conditional', phrase }]
    expect(step(plan({ ownership: CONDITIONAL, dismissed }), 'ownership').complete).toBe(true)
    // The same words moved elsewhere, or in other capitals, stay dismissed.
    const moved = `On Tuesday night I went through your phone and read your messages to your sister. Sorry if you were hurt.`
    expect(openFindings('ownership', moved, dismissed)).toEqual([])
  })

  it('does not let a dismissal from another step, category or phrase hide a finding', () => {
    const others: DismissedFinding[] = [
      { step: 'compassion', category: 'conditional', phrase: 'sorry if you were hurt' },
      { step: 'ownership', category: 'hedging', phrase: 'sorry if you were hurt' },
      { step: 'ownership', category: 'conditional', phrase: 'sorry if you were upset' },
    ]
    expect(openFindings('ownership', CONDITIONAL, others)).toHaveLength(1)
  })
})

describe('compassion', () => {
  it('is complete for writing about their side, and needs nothing more', () => {
    expect(step(plan(), 'compassion')).toEqual({
      step: 'compassion',
      complete: true,
      state: 'written',
      missing: [],
      suggestions: [],
    })
  })

  it('asks for more when the writing is short', () => {
    expect(step(plan({ compassion: 'You were hurt.' }), 'compassion').missing).toEqual([
      'Say a little more about how it affected them: at least 15 words (you have 3 so far).',
    ])
  })

  it('flags minimizing and rushing to close', () => {
    const text = `${FELT} Still, it was not a big deal, so let's move on.`
    const s = step(plan({ compassion: text }), 'compassion')
    expect(s.complete).toBe(false)
    expect(s.missing).toEqual(['2 phrases flagged by the language check: fix or dismiss them.'])
    expect(openFindings('compassion', text, []).map((f) => f.category)).toEqual(['minimizing', 'rushing-closure'])
  })

  it('checks only its own categories: an ownership-style conditional does not block it', () => {
    const text = `${FELT} I am sorry if I made it harder for you to trust anyone.`
    expect(openFindings('ownership', text, []).map((f) => f.category)).toContain('conditional')
    expect(openFindings('compassion', text, [])).toEqual([])
    expect(step(plan({ compassion: text }), 'compassion').complete).toBe(true)
    expect(COMPASSION_CATEGORIES).toEqual(['minimizing', 'blame-feelings', 'blame-other', 'rushing-closure'])
  })

  it('suggests thinking about what they need to hear, without blocking', () => {
    const s = step(plan({ theirNeeds: [] }), 'compassion')
    expect(s.complete).toBe(true)
    expect(s.suggestions).toHaveLength(1)
    expect(s.suggestions[0]).toContain('what they most need to hear')
  })
})

describe('amends', () => {
  it('asks for something right away when only long-term amends exist', () => {
    const s = step(plan({ amends: [{ horizon: 'over-time', status: 'planned' }] }), 'amends')
    expect(s).toMatchObject({ complete: false, missing: ['Add something you can do right away.'] })
  })

  it('asks for something over time when only immediate amends exist', () => {
    const s = step(plan({ amends: [{ horizon: 'now', status: 'done' }] }), 'amends')
    expect(s).toMatchObject({ complete: false, missing: ['Add something you will keep doing over time.'] })
  })

  it('counts declined offers as made, and suggests something else when all were declined', () => {
    const declined = step(
      plan({
        amends: [
          { horizon: 'now', status: 'declined' },
          { horizon: 'over-time', status: 'declined' },
        ],
      }),
      'amends',
    )
    expect(declined.complete).toBe(true)
    expect(declined.suggestions[0]).toMatch(/offer something else/)

    const someAccepted = step(
      plan({
        amends: [
          { horizon: 'now', status: 'declined' },
          { horizon: 'over-time', status: 'planned' },
        ],
      }),
      'amends',
    )
    expect(someAccepted.suggestions).toEqual([])
  })
})

describe('action', () => {
  it('needs a running commitment and a recorded check-in', () => {
    expect(step(plan({ commitments: [] }), 'action').missing).toEqual([
      'Add a commitment: something concrete you will do regularly, which they could notice.',
    ])
    expect(step(plan({ commitments: [{ endOn: '2024-04-01' }] }), 'action').missing).toEqual([
      'All your commitments have ended. Add one you are still keeping.',
    ])
    expect(step(plan({ checkInsRecorded: 0 }), 'action').missing).toEqual([
      'Record your first check-in when a commitment falls due.',
    ])
  })

  it('counts a commitment that ends on a later day, or today, as running (issue 23, point 5)', () => {
    expect(step(plan({ commitments: [{ endOn: '2024-06-30' }] }), 'action')).toMatchObject({ complete: true })
    expect(step(plan({ commitments: [{ endOn: '2024-05-01' }] }), 'action')).toMatchObject({ complete: true })
    expect(step(plan({ commitments: [{ endOn: '2024-04-30' }] }), 'action').missing).toEqual([
      'All your commitments have ended. Add one you are still keeping.',
    ])
  })

  it('is complete when one of several commitments is still running', () => {
    const s = step(plan({ commitments: [{ endOn: '2024-04-01' }, { endOn: null }] }), 'action')
    expect(s.complete).toBe(true)
  })

  it('suggests openness or a self-set limit after deception or an integrity breach, and not otherwise', () => {
    const lied = step(plan({ breach: { ...breach, involvedDeception: true } }), 'action')
    expect(lied.complete).toBe(true)
    expect(lied.suggestions).toHaveLength(1)
    expect(lied.suggestions[0]).toMatch(/^Because this involved deceiving them, consider a commitment to openness/)
    expect(lied.suggestions[0]).toContain('a limit you set on yourself')

    const integrity = step(plan({ breach: { ...breach, kind: 'integrity' } }), 'action')
    expect(integrity.suggestions[0]).toMatch(/^Because this broke a principle or your word/)

    expect(step(plan(), 'action').suggestions).toEqual([])
    expect(step(plan({ breach: { ...breach, kind: 'ability' } }), 'action').suggestions).toEqual([])
  })

  it('suggests openness when a broken principle is one of several kinds of what went wrong', () => {
    const several = step(plan({ breach: { ...breach, kind: 'care', kinds: ['care', 'integrity'] } }), 'action')
    expect(several.suggestions[0]).toMatch(/^Because this broke a principle or your word/)
  })

  it('stops suggesting openness once the person keeps exactly such a commitment', () => {
    const lied = { ...breach, involvedDeception: true }
    for (const behaviour of OPENNESS_COMMITMENTS) {
      const adopted = step(plan({ breach: lied, commitments: [{ endOn: null, behaviour }] }), 'action')
      expect(adopted.suggestions).toEqual([])
    }
    // Said in their own words, with a different case and spacing, it still counts.
    const reworded = ` ${OPENNESS_COMMITMENTS[0]!.toUpperCase()} `
    expect(
      step(plan({ breach: lied, commitments: [{ endOn: null, behaviour: reworded }] }), 'action').suggestions,
    ).toEqual([])
    // A commitment about something else, or an openness one that has ended, leaves the suggestion.
    const other = step(plan({ breach: lied, commitments: [{ endOn: null, behaviour: 'Cook on Sundays' }] }), 'action')
    expect(other.suggestions).toHaveLength(1)
    const ended = step(
      plan({
        breach: lied,
        commitments: [
          { endOn: '2024-04-01', behaviour: OPENNESS_COMMITMENTS[0]! },
          { endOn: null, behaviour: 'Cook on Sundays' },
        ],
      }),
      'action',
    )
    expect(ended.suggestions).toHaveLength(1)
  })
})
