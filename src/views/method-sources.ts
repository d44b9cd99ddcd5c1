/**
 * The research behind Mend, as the About the method page lists it, and where a plan's citation
 * links to. The short citations are the exact `source` strings of electron/core/repair/expectations.ts:
 * the renderer may not import core, so a test (tests/unit/renderer/method-sources.test.ts) keeps
 * the two in step.
 */

import { messages } from '../messages'

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

const text = messages.method.researchUses

export const RESEARCH: readonly ResearchItem[] = [
  {
    id: 'lewicki-2016',
    heading: 'Lewicki, Polin & Lount (2016)',
    reference:
      'An exploration of the structure of effective apologies. Negotiation and Conflict Management Research, 9(2), 177–196.',
    uses: text['lewicki-2016'],
    cites: ['Lewicki, Polin & Lount, 2016'],
  },
  {
    id: 'kim-2004',
    heading: 'Kim, Ferrin, Cooper & Dirks (2004)',
    reference:
      'Removing the shadow of suspicion: The effects of apology versus denial for repairing competence- versus ' +
      'integrity-based trust violations. Journal of Applied Psychology, 89(1), 104–118.',
    uses: text['kim-2004'],
    cites: ['Kim, Ferrin, Cooper & Dirks, 2004'],
  },
  {
    id: 'dirks-2011',
    heading: 'Dirks, Kim, Ferrin & Cooper (2011)',
    reference:
      'Understanding the effects of substantive responses on trust following a transgression. Organizational ' +
      'Behavior and Human Decision Processes, 114(2), 87–103.',
    uses: text['dirks-2011'],
    cites: ['Dirks, Kim, Ferrin & Cooper, 2011'],
  },
  {
    id: 'schweitzer-2006',
    heading: 'Schweitzer, Hershey & Bradlow (2006)',
    reference:
      'Promises and lies: Restoring violated trust. Organizational Behavior and Human Decision Processes, 101(1), 1–19.',
    uses: text['schweitzer-2006'],
    cites: ['Schweitzer, Hershey & Bradlow, 2006'],
  },
  {
    id: 'mayer-1995',
    heading: 'Mayer, Davis & Schoorman (1995)',
    reference: 'An integrative model of organizational trust. Academy of Management Review, 20(3), 709–734.',
    uses: text['mayer-1995'],
    cites: [],
  },
  {
    id: 'rempel-1985',
    heading: 'Rempel, Holmes & Zanna (1985)',
    reference: 'Trust in close relationships. Journal of Personality and Social Psychology, 49(1), 95–112.',
    uses: text['rempel-1985'],
    cites: ['Rempel, Holmes & Zanna, 1985'],
  },
  {
    id: 'brown-braving',
    heading: 'Brown (2015, 2017)',
    reference:
      'The Anatomy of Trust (talk, SuperSoul Sessions, 2015); the BRAVING inventory also appears in Braving the ' +
      'Wilderness. Random House, 2017.',
    uses: text['brown-braving'],
    cites: [],
  },
  {
    id: 'gottman',
    heading: 'Gottman (2011); Gottman & Silver (2012)',
    reference:
      'The Science of Trust: Emotional Attunement for Couples. W. W. Norton, 2011. What Makes Love Last? How to ' +
      'Build Trust and Avoid Betrayal. Simon & Schuster, 2012.',
    uses: text['gottman'],
    cites: ['Gottman & Silver, 2012'],
  },
  {
    id: 'lazare-2004',
    heading: 'Lazare (2004)',
    reference: 'On Apology. Oxford University Press.',
    uses: text['lazare-2004'],
    cites: ['Lazare, 2004'],
  },
  {
    id: 'chapman-thomas',
    heading: 'Chapman & Thomas (2006)',
    reference: 'The Five Languages of Apology. Northfield Publishing (later titled When Sorry Isn’t Enough).',
    uses: text['chapman-thomas'],
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
