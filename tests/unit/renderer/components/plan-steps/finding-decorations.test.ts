import { describe, expect, it } from 'vitest'
import {
  dismissalFor,
  findingHighlights,
  mapFindings,
  visibleFindings,
} from '../../../../../src/components/plans/steps/finding-decorations'
import { finding } from './plan-fixtures'

const TEXT = "I'm Sorry If you were hurt, but I was stressed."

describe('dismissals follow the words', () => {
  it('stores the flagged words lower-cased, with the step and category', () => {
    expect(dismissalFor('ownership', finding(4, 12), TEXT)).toEqual({
      step: 'ownership',
      category: 'conditional',
      phrase: 'sorry if',
    })
  })

  it('hides a finding with dismissed words wherever they stand, in that step only', () => {
    const dismissed = [{ step: 'ownership' as const, category: 'conditional' as const, phrase: 'sorry if' }]
    const later = `Again: ${TEXT}`
    expect(visibleFindings('ownership', [finding(11, 19)], later, dismissed)).toEqual([])
    expect(visibleFindings('ownership', [finding(11, 19, 'hedging')], later, dismissed)).toHaveLength(1)
  })

  it('shows the compassion step only minimizing and blame', () => {
    const all = (
      ['conditional', 'minimizing', 'blame-feelings', 'blame-other', 'rushing-closure', 'excuse'] as const
    ).map((category, at) => finding(at, at + 1, category))
    expect(visibleFindings('compassion', all, TEXT, []).map((f) => f.category)).toEqual([
      'minimizing',
      'blame-feelings',
      'blame-other',
      'rushing-closure',
    ])
  })
})

describe('findings move with an edit until the next check', () => {
  const found = [finding(4, 12), finding(28, 31, 'excuse')]

  it('shifts findings after an insertion and keeps those before it', () => {
    const after = TEXT.replace('hurt', 'badly hurt')
    expect(mapFindings(found, TEXT, after)).toEqual([finding(4, 12), finding(34, 37, 'excuse')])
  })

  it('drops a finding whose words were edited', () => {
    const after = TEXT.replace('Sorry If', 'sorry that')
    expect(mapFindings(found, TEXT, after)).toEqual([finding(30, 33, 'excuse')])
  })

  it('keeps a finding when text is typed right after it or right before it', () => {
    expect(mapFindings([finding(4, 12)], TEXT, TEXT.replace('If ', 'If  '))).toEqual([finding(4, 12)])
    expect(mapFindings([finding(4, 12)], TEXT, `Sam, ${TEXT}`)).toEqual([finding(9, 17)])
  })
})

it('marks the picked finding more strongly, and titles each with its label and reason', () => {
  expect(findingHighlights([finding(0, 3), finding(5, 8, 'excuse')], 1)).toEqual([
    { from: 0, to: 3, className: 'cm-finding', title: 'conditional: Why conditional.' },
    { from: 5, to: 8, className: 'cm-finding cm-finding-current', title: 'excuse: Why excuse.' },
  ])
})
