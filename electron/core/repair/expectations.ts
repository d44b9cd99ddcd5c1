import { METHOD_REFERENCES } from '../../contract/method-references'
import { breachKinds, type Breach, type Expectation } from '../../contract/plans.contract'

/**
 * Honest expectations for a repair plan, set by what kind of breach it was (METHOD.md). They
 * describe what a cited work found, never what this person will do: no promise that trust comes
 * back, no verdict on anyone. An expectation either cites the work it rests on (its `source` is
 * the short citation of an entry in METHOD_REFERENCES, printed after "Source:" in the PDF) and
 * says no more than that work found, or is Mend's own guidance (`source: null`) and reads as a
 * suggestion. tests/unit/contract/method-references.test.ts holds them to this.
 */

const R = METHOD_REFERENCES

/** Short citations, as the plan shows them and as the About page's anchors are keyed. */
export const EXPECTATION_SOURCES = {
  schweitzer: R.schweitzer.citation,
  kim: R.kim.citation,
  lewicki: R.lewicki.citation,
  dirks: R.dirks.citation,
  lazare: R.lazare.citation,
  gottman: R.gottman.citation,
} as const

const S = EXPECTATION_SOURCES

/**
 * How long repair may take: Mend's own guidance, scaled by how serious the harm was. No study
 * we cite measured how long repair takes between people who know each other, so none is cited.
 */
function timeExpectation(severity: number): Expectation {
  const text =
    severity <= 2
      ? 'Even after a smaller breach, we suggest giving it time: trust tends to come back through what they ' +
        'see you do over the following weeks, more than through one good conversation. Let them set the pace.'
      : severity === 3
        ? 'For a breach of this weight, we suggest expecting repair to take months rather than weeks. Trust ' +
          'rebuilds as they see you act the same way again and again, and there may be setbacks along the way.'
        : 'After harm this serious, we suggest expecting repair to be slow: it can take many months or longer, ' +
          'with hard days along the way. Steady actions and patience matter more than anything you can say, ' +
          'and how far trust returns is for them to decide.'
  return { text, source: null }
}

const DECEPTION: Expectation = {
  text:
    'Because this involved deceiving them, trust may not come all the way back. In one study, trust harmed ' +
    'by a lie never fully recovered, even after a promise, an apology and a steady run of reliable ' +
    'actions; a promise to change still helped it recover faster, but less than when there had been no lie.',
  source: S.schweitzer,
}

const ABILITY: readonly Expectation[] = [
  {
    text:
      'After a lapse of skill or judgement, owning it has been found to repair more trust than denying it, ' +
      'above all when the person really was at fault.',
    source: S.kim,
  },
  {
    text:
      'Mend also suggests saying what you will do differently, in a way they could notice: it shows the ' +
      'problem is being dealt with, not explained away.',
    source: null,
  },
]

const INTEGRITY: readonly Expectation[] = [
  {
    text:
      'After a broken principle, an apology has been found to repair less trust than after a lapse of skill. ' +
      'It is still worth making: when someone really was at fault, owning it repaired more than denying it.',
    source: S.kim,
  },
  {
    text:
      'In an apology, saying plainly what you did and offering to make it right counted for most. Apologies ' +
      'after a broken principle were rated less effective, so expect even a full apology to be a beginning ' +
      'here rather than the repair itself.',
    source: S.lewicki,
  },
  {
    text:
      'Costly gestures and limits a person sets on themselves have been found to help repair trust when they ' +
      'show real regret and change, much as an apology does; such signs counted for less after a broken ' +
      'principle than after a lapse of skill.',
    source: S.dirks,
  },
  {
    text:
      'Mend’s suggestion: be open about what they want to know, and set yourself limits that make a repeat ' +
      'harder. These give them something to see over time, where words alone may not reach.',
    source: null,
  },
]

const CARE: readonly Expectation[] = [
  {
    text:
      'An apology rests on acknowledging what you did and the harm it did. After a failure of care, that ' +
      'means naming the impact from their side: what it cost them, in their terms, without making it smaller ' +
      'than it was.',
    source: S.lazare,
  },
  {
    text:
      'They may need to come back to what happened more than once. Listening again, without defending yourself, ' +
      'is part of the repair rather than a sign that it has failed.',
    source: S.gottman,
  },
]

/**
 * Time first (it applies to every plan), then deception, then what each kind of breach adds,
 * in the order of BREACH_KINDS (forgetting and lying can both be part of one breach).
 */
export function expectationsFor(breach: Breach): Expectation[] {
  const expectations = [timeExpectation(breach.severity)]
  if (breach.involvedDeception) expectations.push(DECEPTION)
  const kinds = breachKinds(breach)
  if (kinds.includes('ability')) expectations.push(...ABILITY)
  if (kinds.includes('care')) expectations.push(...CARE)
  if (kinds.includes('integrity')) expectations.push(...INTEGRITY)
  return expectations.map((expectation) => ({ ...expectation }))
}
