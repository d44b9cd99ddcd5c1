import { breachKinds, type Breach, type Expectation } from '../../contract/plans.contract'

/**
 * Honest expectations for a repair plan, set by what kind of breach it was (METHOD.md). They
 * describe what research found tends to happen, never what this person will do: no promise that
 * trust comes back, no verdict on anyone. Each cites its source; the About the method page
 * (src/views/AboutMethodView.vue) explains the work behind every citation, keyed by these exact
 * strings in src/views/method-sources.ts.
 */

/** Short citations, as the plan shows them and as the About page's anchors are keyed. */
export const EXPECTATION_SOURCES = {
  rempel: 'Rempel, Holmes & Zanna, 1985',
  schweitzer: 'Schweitzer, Hershey & Bradlow, 2006',
  kim: 'Kim, Ferrin, Cooper & Dirks, 2004',
  lewicki: 'Lewicki, Polin & Lount, 2016',
  dirks: 'Dirks, Kim, Ferrin & Cooper, 2011',
  lazare: 'Lazare, 2004',
  gottman: 'Gottman & Silver, 2012',
} as const

const S = EXPECTATION_SOURCES

/** Trust grows back from what the other person sees, again and again; more harm, more time. */
function timeExpectation(severity: number): Expectation {
  const text =
    severity <= 2
      ? 'Even after a smaller breach, trust comes back through what they see you do over the following weeks, ' +
        'not through one good conversation. Give it time, and let them set the pace.'
      : severity === 3
        ? 'For a breach of this weight, expect repair to take months rather than weeks. Trust rebuilds as they ' +
          'see you act the same way again and again, and there may be setbacks along the way.'
        : 'After harm this serious, repair is slow: it can take many months or longer, and there will likely be ' +
          'hard days along the way. Steady actions and patience matter more than anything you can say, and how ' +
          'far trust returns is for them to decide.'
  return { text, source: S.rempel }
}

const DECEPTION: Expectation = {
  text:
    'Because this involved deceiving them, expect trust to return more slowly, and perhaps never quite as ' +
    'fully as before. Promises will carry less weight than usual, even sincere ones; what you do, consistently ' +
    'and over a long time, is what they can come to rely on.',
  source: S.schweitzer,
}

const ABILITY: Expectation = {
  text:
    'After a failure of ability, owning the mistake together with a concrete plan to do better tends to work ' +
    'well: it shows the problem is being dealt with, not explained away.',
  source: S.kim,
}

const INTEGRITY: readonly Expectation[] = [
  {
    text:
      'People tend to read a broken principle as saying more about who someone is than a lapse of skill, so an ' +
      'apology on its own usually repairs less here than after a failure of ability. It is still worth making.',
    source: S.kim,
  },
  {
    text:
      'In an apology, saying plainly what you did and offering to make it right count for most. After a breach ' +
      'like this, expect even a full apology to be a beginning rather than the repair itself.',
    source: S.lewicki,
  },
  {
    text:
      'What tends to help most after this kind of breach is what you do: steady actions, openness about what ' +
      'they want to know, and limits you set on yourself that make a repeat harder.',
    source: S.dirks,
  },
]

const CARE: readonly Expectation[] = [
  {
    text:
      'After a failure of care, what often matters most is hearing you name the impact from their side: what it ' +
      'cost them, in their terms, without making it smaller than it was.',
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
  if (kinds.includes('ability')) expectations.push(ABILITY)
  if (kinds.includes('care')) expectations.push(...CARE)
  if (kinds.includes('integrity')) expectations.push(...INTEGRITY)
  return expectations.map((expectation) => ({ ...expectation }))
}
