import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  BREACH_KINDS,
  METHOD_CITATIONS,
  METHOD_ORIGIN,
  METHOD_REFERENCE_LIST,
  METHOD_REFERENCES,
  referenceForCitation,
  type Breach,
} from '../../../electron/contract'
import { summarizeAssessment } from '../../../electron/core/assessment'
import { EXPECTATION_SOURCES, expectationsFor } from '../../../electron/core/repair/expectations'
import { SCENARIOS } from '../../fixtures/assessment/scenarios'

/**
 * Issue 22: the method says only what its research found. Every citation Mend prints (a plan's
 * "Source:" lines, on screen and in the PDF; the assessment reading; the README) names an entry of
 * the one reference list, and the claims a fact-check found going beyond the papers stay gone.
 */

const BREACHES: Breach[] = BREACH_KINDS.flatMap((kind) =>
  [true, false].flatMap((involvedDeception) =>
    [1, 2, 3, 4, 5].map((severity) => ({
      whatHappened: 'I told my brother his secret was safe, then told our parents.',
      occurredOn: '2024-01-20',
      severity,
      kind,
      involvedDeception,
    })),
  ),
)
const EXPECTATIONS = BREACHES.flatMap((breach) => expectationsFor(breach))

/** Every surname in the reference list: a text that names one must cite an entry in full. */
const SURNAMES = [
  ...new Set(METHOD_REFERENCE_LIST.flatMap((item) => item.citation.match(/\p{Lu}\p{Ll}+/gu) ?? [])),
].filter((name) => !['Quickbase'].includes(name))

/** "(Author, Author & Author, 2006)": the bracketed citations in a text. */
function bracketedCitations(text: string): string[] {
  return [...text.matchAll(/\(([^()]*\b(?:19|20)\d{2})\)/g)].map((match) => match[1]!)
}

/** Arguments a message function might take, tried in turn until one fills it in. */
const PLACEHOLDERS: ReadonlyArray<readonly unknown[]> = [
  ['…', '…', '…'],
  [2, 2, 2],
  [['…'], '…', '…'],
]

function filledIn(message: (...args: unknown[]) => unknown): unknown {
  for (const args of PLACEHOLDERS) {
    try {
      return message(...args)
    } catch {
      // The next set of arguments may fit.
    }
  }
  throw new Error(`No placeholder fits the message ${message.toString().slice(0, 80)}`)
}

/** Every string in the renderer's messages (functions filled in with placeholders). */
function messageStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') return messageStrings(filledIn(value as (...args: unknown[]) => unknown))
  if (Array.isArray(value)) return value.flatMap(messageStrings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(messageStrings)
  return []
}

// The node type-check project does not see the renderer (as core does not), so the messages are
// loaded at run time: this one check spans both sides.
const MESSAGES = '../../../src/messages'
let messages: unknown
beforeAll(async () => {
  ;({ messages } = (await import(/* @vite-ignore */ MESSAGES)) as { messages: unknown })
})

const README = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8')
const SUMMARY_LINES = SCENARIOS.flatMap((scenario) =>
  [true, false].flatMap((involvedDeception) => {
    const summary = summarizeAssessment({ ...scenario, breach: { ...scenario.breach, involvedDeception } })
    return [...summary.lines.map((line) => line.text), ...summary.missing]
  }),
)

/**
 * What the fact-check found beyond or against the cited work (issue 22, points 1 to 7). None may
 * come back anywhere Mend speaks: messages, expectations, the reading, the reference list, README.
 */
const RETIRED_CLAIMS: ReadonlyArray<[RegExp, string]> = [
  [
    /what tends to help most after this kind of breach is what you do/i,
    'Dirks 2011 did not test steady actions or openness',
  ],
  [/rarely (came|comes) back fully/i, 'Schweitzer 2006: trust harmed by deception never fully recovered'],
  [/promises (and apologies )?(will )?carry less weight/i, 'Schweitzer 2006 did not test the apology on its own'],
  [/usually (comes back|returns) more slowly/i, 'Schweitzer 2006 found "never fully", and a promise still helped'],
  [/concrete plan to do better/i, 'Kim 2004 compared apology with denial; no plan was tested'],
  [/commonest way an apology fails|most common (way|reason) an apology fails/i, 'Lazare 2004: not confirmed'],
  [/short 2012 article/i, 'the article is credited by name'],
]

describe('the reference list', () => {
  it('gives each work a unique anchor, citation, full reference and what it found', () => {
    const all = [METHOD_ORIGIN, ...METHOD_REFERENCE_LIST]
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length)
    expect(new Set(all.map((item) => item.citation)).size).toBe(all.length)
    for (const item of all) {
      expect(item.id).toMatch(/^[a-z0-9-]+$/)
      expect(item.citation).toMatch(/\b\d{4}$/)
      expect(item.heading).toMatch(/\(\d{4}/)
      expect(item.reference.length).toBeGreaterThan(20)
      expect(item.finding).toMatch(/^[A-Z].*\.$/)
    }
  })

  it('credits the article the four steps come from by name and date', () => {
    expect(METHOD_ORIGIN.reference).toBe('“How to Rebuild Trust”. Quickbase blog, 4 December 2012.')
  })

  it('says Rempel et al. describe trust in close relationships, not how long repair takes', () => {
    expect(METHOD_REFERENCES.rempel.finding).toMatch(/predictability, dependability and faith/)
    expect(METHOD_REFERENCES.rempel.finding).toMatch(/not a study of repair after harm/)
  })
})

describe('every "Source:" line a plan prints', () => {
  it('names an entry of the reference list, or is marked as Mend’s own guidance', () => {
    for (const { source } of EXPECTATIONS) {
      if (source === null) continue
      expect(referenceForCitation(source), source).toBeDefined()
    }
    expect(Object.values(EXPECTATION_SOURCES).every((source) => METHOD_CITATIONS.includes(source))).toBe(true)
    // Every source a plan may cite is cited by some breach, so no entry is cited by accident.
    expect(new Set(EXPECTATIONS.flatMap((e) => (e.source ? [e.source] : [])))).toEqual(
      new Set(Object.values(EXPECTATION_SOURCES)),
    )
  })

  it('cites no study for how long repair takes: that is Mend’s own guidance, worded as a suggestion', () => {
    for (const breach of BREACHES) {
      const [time] = expectationsFor(breach)
      expect(time?.text).toMatch(/weeks|months/)
      expect(time?.source).toBeNull()
      expect(time?.text).toMatch(/\bwe suggest\b/)
    }
  })

  it('words every uncited expectation as Mend’s own, and every cited one without the app’s advice in it', () => {
    for (const { text, source } of EXPECTATIONS) {
      if (source === null) expect(text, text).toMatch(/\bwe suggest\b|\bMend(’s)? (also )?suggest/)
      else expect(text, text).not.toMatch(/\bMend\b|\bwe suggest\b/)
    }
  })

  it('says what the study of lies found: never fully recovered, and a promise helped less after a lie', () => {
    const lie = EXPECTATIONS.find((e) => e.source === METHOD_REFERENCES.schweitzer.citation)!
    expect(lie.text).toMatch(/never fully recovered/)
    expect(lie.text).toMatch(/promise to change still helped/)
    expect(lie.text).not.toMatch(/apolog(y|ies) (will )?carr/i)
  })

  it('keeps openness and self-set limits as Mend’s suggestion, and Dirks et al. to what they found', () => {
    const integrity = expectationsFor({ ...BREACHES[0]!, kind: 'integrity' })
    const dirks = integrity.find((e) => e.source === METHOD_REFERENCES.dirks.citation)!
    expect(dirks.text).not.toMatch(/open/i)
    expect(dirks.text).toMatch(/counted for less after a broken principle than after a lapse of skill/)
    const own = integrity.find((e) => e.source === null && /open/.test(e.text))!
    expect(own.text).toMatch(/^Mend’s suggestion/)
  })
})

describe('citations in words', () => {
  it('the assessment reading cites only entries of the list', () => {
    const cited = SUMMARY_LINES.flatMap(bracketedCitations)
    expect(cited).toContain(METHOD_REFERENCES.schweitzer.citation)
    for (const citation of cited) expect(referenceForCitation(citation), citation).toBeDefined()
  })

  it('the renderer’s messages name a work only through the list', () => {
    expect(messageStrings(messages).length).toBeGreaterThan(500)
    for (const text of messageStrings(messages)) {
      for (const citation of bracketedCitations(text)) expect(referenceForCitation(citation), citation).toBeDefined()
      for (const surname of SURNAMES)
        expect(text, `${surname} in “${text}”`).not.toMatch(new RegExp(`\\b${surname}\\b`))
    }
  })

  it('the README lists exactly the works of the list, credits the article, and repeats no retired claim', () => {
    const section = README.slice(README.indexOf('## The method and its sources'), README.indexOf('## Export to PDF'))
    expect(section).toContain('"How to Rebuild Trust", an article on the Quickbase blog\n(4 December 2012)')
    const listed = [...section.matchAll(/^- (.+)$/gm)].map((match) => match[1])
    expect(listed).toEqual(METHOD_CITATIONS)
    // Outside that list, the README names no author: claims there point to the in-app page.
    const rest = README.replace(section, '')
    for (const surname of SURNAMES) expect(rest, surname).not.toMatch(new RegExp(`\\b${surname}\\b`))
  })

  it.each(RETIRED_CLAIMS)('no longer says %s (%s)', (claim) => {
    const everywhere = [
      ...messageStrings(messages),
      ...EXPECTATIONS.map((e) => e.text),
      ...SUMMARY_LINES,
      ...[METHOD_ORIGIN, ...METHOD_REFERENCE_LIST].map((item) => item.finding),
      README,
    ]
    for (const text of everywhere) expect(text).not.toMatch(claim)
  })
})
