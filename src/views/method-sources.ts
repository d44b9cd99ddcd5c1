/**
 * The research behind Mend, as the About the method page lists it, and where a plan's citation
 * links to. Each entry is one of the contract's METHOD_REFERENCES (the single reference list:
 * citation, reference and what the work found), with how Mend puts it to use from the messages.
 * tests/unit/contract/method-references.test.ts holds the page, the plan and the PDF to that list.
 */

import { METHOD_ORIGIN, METHOD_REFERENCE_LIST, type MethodReference } from '../../electron/contract'
import { messages } from '../messages'

export interface ResearchItem extends MethodReference {
  /** How Mend puts the work to use, in our own words; says so where Mend goes beyond the finding. */
  uses: string
}

const text = messages.method.researchUses

export const RESEARCH: readonly ResearchItem[] = METHOD_REFERENCE_LIST.map((item) => ({
  ...item,
  uses: text[item.id as keyof typeof text],
}))

/** The article the four steps are adapted from, credited by name on the page. */
export const ORIGIN: MethodReference = METHOD_ORIGIN

/** The About page's section on what a plan says in Mend's own name rather than a study's. */
export const OWN_GUIDANCE_ANCHOR = 'own-guidance'

/** From a plan's short citation to its entry on the About page. */
export const METHOD_SOURCE_ANCHORS: Readonly<Record<string, string>> = Object.fromEntries(
  RESEARCH.map((item) => [item.citation, item.id]),
)

/** The About page anchor for a citation, or undefined when the page has no entry for it. */
export function methodSourceAnchor(source: string): string | undefined {
  return Object.hasOwn(METHOD_SOURCE_ANCHORS, source) ? METHOD_SOURCE_ANCHORS[source] : undefined
}
