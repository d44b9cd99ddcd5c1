/**
 * The reference list behind Mend's method: the one place where a work is named, cited and
 * summarized. The About the method page lists these entries; a plan's expectations cite them by
 * `citation` (printed after "Source:" in the PDF); the assessment reading cites them the same way.
 * tests/unit/contract/method-references.test.ts holds every citation, every "Source:" line and
 * every About-page claim to an entry here, and checks that README.md agrees.
 *
 * `finding` says what the work found or describes, in our words, and goes no further than it
 * does. Each was checked against the work's abstract or, for books, the publisher's description
 * and reviews (December 2026). Where Mend builds on a finding with an idea of its own, the text
 * that does so says it is Mend's own (an expectation with no source, or "Mend's own" in words).
 */

export interface MethodReference {
  /** Anchor on the About page: `#schweitzer-2006`. */
  id: string
  /** The short citation a plan, a PDF or a reading gives after "Source:" or in brackets. */
  citation: string
  /** Authors and year, as the About page's heading. */
  heading: string
  /** The full reference: title as commonly cited, then journal or publisher. */
  reference: string
  /** What the work found or describes, in our words, no further than the work goes. */
  finding: string
}

/** Where the four steps come from: not research, an article. Credited by name (issue 22). */
export const METHOD_ORIGIN: MethodReference = {
  id: 'rebuild-trust-2012',
  citation: 'Quickbase blog, 4 December 2012',
  heading: '“How to Rebuild Trust” (2012)',
  reference: '“How to Rebuild Trust”. Quickbase blog, 4 December 2012.',
  finding:
    'A short article that describes rebuilding broken trust in four steps: take ownership, show compassion, ' +
    'make amends, and act rather than promise.',
}

export const METHOD_REFERENCES = {
  lewicki: {
    id: 'lewicki-2016',
    citation: 'Lewicki, Polin & Lount, 2016',
    heading: 'Lewicki, Polin & Lount (2016)',
    reference:
      'An exploration of the structure of effective apologies. Negotiation and Conflict Management Research, ' +
      '9(2), 177–196.',
    finding:
      'People rated apologies with six possible parts. Apologies with more parts worked better. Acknowledging ' +
      'responsibility counted most and offering to repair came second; regret, an explanation and saying it ' +
      'will not happen again counted about equally after that, and asking for forgiveness least. Apologies ' +
      'after a lapse of competence were rated more effective than after a lapse of integrity.',
  },
  kim: {
    id: 'kim-2004',
    citation: 'Kim, Ferrin, Cooper & Dirks, 2004',
    heading: 'Kim, Ferrin, Cooper & Dirks (2004)',
    reference:
      'Removing the shadow of suspicion: The effects of apology versus denial for repairing competence- versus ' +
      'integrity-based trust violations. Journal of Applied Psychology, 89(1), 104–118.',
    finding:
      'Compared apologizing with denying after someone was accused of a breach. Apologizing repaired more ' +
      'trust after a lapse of competence, and denying more after a lapse of integrity; and apologizing ' +
      'repaired more when the person later turned out to be at fault, denying when they turned out innocent.',
  },
  dirks: {
    id: 'dirks-2011',
    citation: 'Dirks, Kim, Ferrin & Cooper, 2011',
    heading: 'Dirks, Kim, Ferrin & Cooper (2011)',
    reference:
      'Understanding the effects of substantive responses on trust following a transgression. Organizational ' +
      'Behavior and Human Decision Processes, 114(2), 87–103.',
    finding:
      'Studied two responses that go beyond words: a costly gesture (penance) and limits a person places on ' +
      'themselves (regulation). Both repaired trust to the extent that they showed repentance, and an apology ' +
      'worked through the same route. Signs of repentance counted for more after a lapse of competence than ' +
      'after a lapse of integrity.',
  },
  schweitzer: {
    id: 'schweitzer-2006',
    citation: 'Schweitzer, Hershey & Bradlow, 2006',
    heading: 'Schweitzer, Hershey & Bradlow (2006)',
    reference:
      'Promises and lies: Restoring violated trust. Organizational Behavior and Human Decision Processes, ' +
      '101(1), 1–19.',
    finding:
      'In a laboratory study, trust harmed by untrustworthy actions came back when people saw a consistent run ' +
      'of trustworthy ones. Trust harmed by the same actions together with a lie never fully recovered, even ' +
      'after a promise, an apology and that consistent run. A promise to change sped recovery, but less so ' +
      'after a lie.',
  },
  mayer: {
    id: 'mayer-1995',
    citation: 'Mayer, Davis & Schoorman, 1995',
    heading: 'Mayer, Davis & Schoorman (1995)',
    reference: 'An integrative model of organizational trust. Academy of Management Review, 20(3), 709–734.',
    finding: 'A model of trust that names three sides of trustworthiness: ability, benevolence and integrity.',
  },
  rempel: {
    id: 'rempel-1985',
    citation: 'Rempel, Holmes & Zanna, 1985',
    heading: 'Rempel, Holmes & Zanna (1985)',
    reference: 'Trust in close relationships. Journal of Personality and Social Psychology, 49(1), 95–112.',
    finding:
      'Describes three parts of trust between partners, predictability, dependability and faith, which tend ' +
      'to develop in that order as partners come to know each other. It is not a study of repair after harm, ' +
      'or of how long repair takes.',
  },
  brown: {
    id: 'brown-braving',
    citation: 'Brown, 2015',
    heading: 'Brown (2015, 2017)',
    reference:
      'The Anatomy of Trust (talk, SuperSoul Sessions, 2015); the BRAVING inventory also appears in Braving ' +
      'the Wilderness. Random House, 2017.',
    finding:
      'Describes trust as built in small moments, and names seven parts of it: boundaries, reliability, ' +
      'accountability, keeping confidences, integrity, non-judgment and generosity.',
  },
  gottman: {
    id: 'gottman',
    citation: 'Gottman & Silver, 2012',
    heading: 'Gottman (2011); Gottman & Silver (2012)',
    reference:
      'The Science of Trust: Emotional Attunement for Couples. W. W. Norton, 2011. What Makes Love Last? How ' +
      'to Build Trust and Avoid Betrayal. Simon & Schuster, 2012.',
    finding:
      'Describe repair attempts between partners; a way to talk through a regrettable incident (each ' +
      'person’s feelings and view of it, what set it off, one’s own part, a plan); and recovery after a ' +
      'betrayal in three phases: atone, attune, attach.',
  },
  lazare: {
    id: 'lazare-2004',
    citation: 'Lazare, 2004',
    heading: 'Lazare (2004)',
    reference: 'On Apology. Oxford University Press.',
    finding:
      'Places acknowledging the offence, and the harm it did, at the heart of an apology, and describes ways ' +
      'an acknowledgment falls short: vague, passive, conditional, minimizing, or doubting that harm was done.',
  },
  chapman: {
    id: 'chapman-thomas',
    citation: 'Chapman & Thomas, 2006',
    heading: 'Chapman & Thomas (2006)',
    reference: 'The Five Languages of Apology. Northfield Publishing (later titled When Sorry Isn’t Enough).',
    finding:
      'Suggest that people differ in what they most need to hear in an apology: regret, responsibility, ' +
      'making it right, genuine change, or a request for forgiveness.',
  },
} as const satisfies Record<string, MethodReference>

export type MethodReferenceKey = keyof typeof METHOD_REFERENCES

/** The research, in the order the About page lists it. */
export const METHOD_REFERENCE_LIST: readonly MethodReference[] = Object.values(METHOD_REFERENCES)

/** The short citations a text may give, each naming one entry of the list. */
export const METHOD_CITATIONS: readonly string[] = METHOD_REFERENCE_LIST.map((item) => item.citation)

/** The entry a short citation names, or undefined. */
export function referenceForCitation(citation: string): MethodReference | undefined {
  return METHOD_REFERENCE_LIST.find((item) => item.citation === citation)
}
