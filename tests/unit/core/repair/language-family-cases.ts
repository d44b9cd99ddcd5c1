import { expect, it } from 'vitest'
import { checkApologyLanguage, type LanguageCategory } from '../../../../electron/core/repair/language-check'

/*
 * How the family tests of the language check read: a family's sentences, each flagged in one of
 * its accepted categories, and the honest sentences that share its words, left alone.
 */

/** The categories found, each with its words. */
export const flagged = (text: string) =>
  checkApologyLanguage(text).map((f) => [f.category, text.slice(f.start, f.end)] as const)
export const categories = (text: string) => checkApologyLanguage(text).map((f) => f.category)

export type Case = readonly [text: string, accepted: readonly LanguageCategory[]]

export function expectFlagged([text, accepted]: Case): void {
  const found = categories(text)
  expect(
    found.some((c) => accepted.includes(c)),
    `${text} → ${JSON.stringify(flagged(text))}`,
  ).toBe(true)
}

export type Family = readonly [family: string, cases: readonly Case[]]
/** An honest sentence, why it is one, and the category its words resemble. */
export type Guard = readonly [why: string, text: string, category: LanguageCategory]

/** One test per case of each family: the sentence is flagged in one of its accepted categories. */
export function itFlagsEach(families: readonly Family[]): void {
  for (const [family, cases] of families) {
    it.each(cases)(`${family}: flags %j`, (text, accepted) => expectFlagged([text, accepted]))
  }
}

/** One test per honest sentence: it is not flagged in the category its words resemble. */
export function itLeavesAlone(guards: readonly Guard[]): void {
  it.each(guards)('does not flag %s: %j', (_case, text, category) => {
    expect(categories(text)).not.toContain(category)
  })
}
