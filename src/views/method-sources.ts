/**
 * The research behind Mend, as the About the method page lists it, and where a plan's citation
 * links to. The short citations are the exact `source` strings of electron/core/repair/expectations.ts:
 * the renderer may not import core, so a test (tests/unit/renderer/method-sources.test.ts) keeps
 * the two in step.
 */

export interface ResearchItem {
  /** Anchor on the About page: `#schweitzer-2006`. */
  id: string
  /** Authors and year, as the list's heading. */
  heading: string
  /** The full reference: title as commonly cited, then journal or publisher. */
  reference: string
  /** How Mend puts the work to use, in our own words. */
  uses: string
  /** The short citations of expectations that rest on this work. */
  cites: readonly string[]
}

export const RESEARCH: readonly ResearchItem[] = [
  {
    id: 'lewicki-2016',
    heading: 'Lewicki, Polin & Lount (2016)',
    reference:
      'An exploration of the structure of effective apologies. Negotiation and Conflict Management Research, 9(2), 177–196.',
    uses:
      'The six parts of an apology in the ownership step come from this study, most important first: taking ' +
      'responsibility, then offering repair, with asking forgiveness last. It also found apologies help more ' +
      'after a failure of ability than one of integrity, which shapes the expectations of an integrity breach.',
    cites: ['Lewicki, Polin & Lount, 2016'],
  },
  {
    id: 'kim-2004',
    heading: 'Kim, Ferrin, Cooper & Dirks (2004)',
    reference:
      'Removing the shadow of suspicion: The effects of apology versus denial for repairing competence- versus ' +
      'integrity-based trust violations. Journal of Applied Psychology, 89(1), 104–118.',
    uses:
      'When someone really did what they are blamed for, owning it worked better than denying it, so Mend never ' +
      'helps you explain a breach away. The difference between ability and integrity breaches in your plan’s ' +
      'expectations rests on this work.',
    cites: ['Kim, Ferrin, Cooper & Dirks, 2004'],
  },
  {
    id: 'dirks-2011',
    heading: 'Dirks, Kim, Ferrin & Cooper (2011)',
    reference:
      'Understanding the effects of substantive responses on trust following a transgression. Organizational ' +
      'Behavior and Human Decision Processes, 114(2), 87–103.',
    uses:
      'Costly gestures and limits a person places on themselves helped repair trust by showing real change. ' +
      'This is why the amends step asks for something concrete, and why, after a lie or a broken principle, ' +
      'the action step suggests openness or a self-set limit.',
    cites: ['Dirks, Kim, Ferrin & Cooper, 2011'],
  },
  {
    id: 'schweitzer-2006',
    heading: 'Schweitzer, Hershey & Bradlow (2006)',
    reference:
      'Promises and lies: Restoring violated trust. Organizational Behavior and Human Decision Processes, 101(1), 1–19.',
    uses:
      'A steady run of trustworthy actions restored trust, but after deception it rarely came back fully, and ' +
      'promises helped less. So Mend asks whether a breach involved lying, sets slower expectations when it ' +
      'did, and lets only recorded actions, never promises, move a trend.',
    cites: ['Schweitzer, Hershey & Bradlow, 2006'],
  },
  {
    id: 'mayer-1995',
    heading: 'Mayer, Davis & Schoorman (1995)',
    reference: 'An integrative model of organizational trust. Academy of Management Review, 20(3), 709–734.',
    uses:
      'Their three sides of trustworthiness, ability, benevolence and integrity, are the three kinds of breach ' +
      'you choose from when you start a plan (benevolence appears as care).',
    cites: [],
  },
  {
    id: 'rempel-1985',
    heading: 'Rempel, Holmes & Zanna (1985)',
    reference: 'Trust in close relationships. Journal of Personality and Social Psychology, 49(1), 95–112.',
    uses:
      'In close relationships, trust grows from predictability to dependability to faith, built on what each ' +
      'person has seen of the other over time. It is why every plan expects repair to take time, and more ' +
      'time after greater harm.',
    cites: ['Rempel, Holmes & Zanna, 1985'],
  },
  {
    id: 'brown-braving',
    heading: 'Brown (2015, 2017)',
    reference:
      'The Anatomy of Trust (talk, SuperSoul Sessions, 2015); the BRAVING inventory also appears in Braving the ' +
      'Wilderness. Random House, 2017.',
    uses:
      'Trust is built in small moments: boundaries, reliability, accountability, keeping confidences, ' +
      'integrity, non-judgment and generosity. Mend treats it as a way to look at your own behaviour, never as ' +
      'a weapon against someone else.',
    cites: [],
  },
  {
    id: 'gottman',
    heading: 'Gottman (2011); Gottman & Silver (2012)',
    reference:
      'The Science of Trust: Emotional Attunement for Couples. W. W. Norton, 2011. What Makes Love Last? How to ' +
      'Build Trust and Avoid Betrayal. Simon & Schuster, 2012.',
    uses:
      'Repair attempts, talking through a regrettable incident (each person’s feelings and reality, triggers, ' +
      'one’s own part, a plan), and the sequence atone, attune, attach. They inform the compassion step and ' +
      'the expectation that the other person may need to return to what happened more than once.',
    cites: ['Gottman & Silver, 2012'],
  },
  {
    id: 'lazare-2004',
    heading: 'Lazare (2004)',
    reference: 'On Apology. Oxford University Press.',
    uses:
      'The commonest way an apology fails is in the acknowledgment: vague, passive, conditional, minimizing, ' +
      'or doubting that harm was done. The language check of the ownership and compassion steps looks for ' +
      'exactly these forms, and the care expectations stress naming the impact from their side.',
    cites: ['Lazare, 2004'],
  },
  {
    id: 'chapman-thomas',
    heading: 'Chapman & Thomas (2006)',
    reference: 'The Five Languages of Apology. Northfield Publishing (later titled When Sorry Isn’t Enough).',
    uses:
      'People differ in what they most need to hear: regret, responsibility, making it right, change, or a ' +
      'request for forgiveness. The compassion step asks you to think about which matters most to them.',
    cites: [],
  },
]

/** From a plan's short citation to its entry on the About page. */
export const METHOD_SOURCE_ANCHORS: Readonly<Record<string, string>> = Object.fromEntries(
  RESEARCH.flatMap((item) => item.cites.map((source) => [source, item.id])),
)

/** The About page anchor for a citation, or undefined when the page has no entry for it. */
export function methodSourceAnchor(source: string): string | undefined {
  return Object.hasOwn(METHOD_SOURCE_ANCHORS, source) ? METHOD_SOURCE_ANCHORS[source] : undefined
}
