import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  LANGUAGE_CATEGORIES,
  type LanguageCategory,
  type LanguageFinding,
} from '../../../../electron/core/repair/language-check'

/** tests/fixtures/language, where the labeled sentences live. */
export const LANGUAGE_FIXTURES = resolve(__dirname, '../../../fixtures/language')

export interface ExpectedFinding {
  start: number
  end: number
  category: LanguageCategory
}

export interface LabeledSentence {
  /** Where the sentence is written, for messages: `corpus.txt:12`. */
  source: string
  text: string
  expected: ExpectedFinding[]
}

const MARK = /\[([a-z-]+): ([^\]]+)\]/g

/** The sentences of one corpus file: `[category: flagged words]` marks what should be found. */
export function readCorpus(fileName: string): LabeledSentence[] {
  const lines = readFileSync(resolve(LANGUAGE_FIXTURES, fileName), 'utf8').split(/\r?\n/)
  const sentences: LabeledSentence[] = []
  lines.forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return
    const source = `${fileName}:${index + 1}`
    const expected: ExpectedFinding[] = []
    let text = ''
    let from = 0
    for (const mark of line.matchAll(MARK)) {
      const [whole, category, words] = mark as unknown as [string, string, string]
      if (!(LANGUAGE_CATEGORIES as readonly string[]).includes(category)) {
        throw new Error(`${source}: unknown category "${category}"`)
      }
      text += line.slice(from, mark.index)
      expected.push({ start: text.length, end: text.length + words.length, category: category as LanguageCategory })
      text += words
      from = mark.index + whole.length
    }
    text += line.slice(from)
    if (/[[\]]/.test(text)) throw new Error(`${source}: a mark is not closed or not "[category: words]"`)
    sentences.push({ source, text, expected })
  })
  return sentences
}

export interface CategoryScore {
  /** Findings the corpus expects. */
  expected: number
  /** Expected findings the checker found (same category, overlapping words). */
  recalled: number
  /** Findings the checker made. */
  found: number
  /** Findings that overlap an expected finding of the same category. */
  correct: number
}

export interface CorpusScore {
  byCategory: Record<LanguageCategory, CategoryScore>
  overall: CategoryScore
  /** One line per wrong or missed finding, for the printed report. */
  mistakes: string[]
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

/**
 * Scores findings against the labels. A finding is correct when it overlaps an expected finding
 * of the same category: where a highlight starts and ends is a matter of taste ("sorry if" or
 * "sorry if you were hurt"); whether it names the right words and the right category is not.
 */
export function scoreCorpus(
  sentences: readonly LabeledSentence[],
  check: (text: string) => LanguageFinding[],
): CorpusScore {
  const empty = (): CategoryScore => ({ expected: 0, recalled: 0, found: 0, correct: 0 })
  const byCategory = Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, empty()])) as Record<
    LanguageCategory,
    CategoryScore
  >
  const mistakes: string[] = []
  for (const sentence of sentences) {
    const findings = check(sentence.text)
    for (const want of sentence.expected) {
      const score = byCategory[want.category]
      score.expected++
      if (findings.some((f) => f.category === want.category && overlaps(f, want))) score.recalled++
      else mistakes.push(`missed ${want.category} "${sentence.text.slice(want.start, want.end)}"  (${sentence.source})`)
    }
    for (const finding of findings) {
      const score = byCategory[finding.category]
      score.found++
      if (sentence.expected.some((e) => e.category === finding.category && overlaps(finding, e))) score.correct++
      else {
        const words = sentence.text.slice(finding.start, finding.end)
        mistakes.push(`wrong  ${finding.category} "${words}"  (${sentence.source}: ${sentence.text})`)
      }
    }
  }
  const overall = empty()
  for (const score of Object.values(byCategory)) {
    overall.expected += score.expected
    overall.recalled += score.recalled
    overall.found += score.found
    overall.correct += score.correct
  }
  return { byCategory, overall, mistakes }
}

export const precision = (s: CategoryScore) => (s.found === 0 ? 1 : s.correct / s.found)
export const recall = (s: CategoryScore) => (s.expected === 0 ? 1 : s.recalled / s.expected)

/** The score as a table: one row per category and one overall. */
export function formatScore(title: string, score: CorpusScore, sentences: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7)
  const row = (name: string, s: CategoryScore) =>
    `${name.padEnd(16)} ${String(s.expected).padStart(8)} ${String(s.found).padStart(6)} ${pct(precision(s))} ${pct(recall(s))}`
  return [
    `${title}: ${sentences} sentences`,
    `${'category'.padEnd(16)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)}`,
    ...LANGUAGE_CATEGORIES.map((c) => row(c, score.byCategory[c])),
    row('overall', score.overall),
  ].join('\n')
}
