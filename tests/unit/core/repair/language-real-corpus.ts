import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  LANGUAGE_CATEGORIES,
  type LanguageCategory,
  type LanguageFinding,
} from '../../../../electron/core/repair/language-check'

/**
 * The real-apology corpus (tests/fixtures/language/real): sentences quoted word for word from
 * public pages, each with its source, labelled by hand. See the folder's README for the format.
 */
export const REAL_FIXTURES = resolve(__dirname, '../../../fixtures/language/real')

export interface RealLabel {
  category: LanguageCategory
  span: string
}

export interface RealSentence {
  text: string
  labels: RealLabel[]
  clean: boolean
  ambiguous: boolean
  source: string
  note?: string
}

export function readRealCorpus(fileName: string): RealSentence[] {
  const lines = readFileSync(resolve(REAL_FIXTURES, fileName), 'utf8').split('\n')
  return lines
    .filter((line) => line.trim())
    .map((line, index) => {
      const row = JSON.parse(line) as RealSentence
      for (const label of row.labels) {
        if (!(LANGUAGE_CATEGORIES as readonly string[]).includes(label.category))
          throw new Error(`${fileName}:${index + 1}: unknown category ${label.category}`)
        if (!row.text.includes(label.span)) throw new Error(`${fileName}:${index + 1}: span not in text`)
      }
      return row
    })
}

/**
 * A second reader's labels of `file` (tests/fixtures/language/real/relabel/<reader>-<name>.jsonl:
 * one line per sentence, id "<name>-<line index>"), as the file's sentences with those labels, or
 * undefined when that reader did not label it. See scripts/language/labeller-agreement.ts.
 */
export function readRelabel(reader: string, name: string, file = `${name}.jsonl`): RealSentence[] | undefined {
  const path = resolve(REAL_FIXTURES, 'relabel', `${reader}-${name}.jsonl`)
  if (!existsSync(path)) return undefined
  const byId = new Map<string, Pick<RealSentence, 'labels' | 'clean' | 'ambiguous'>>()
  for (const line of readFileSync(path, 'utf8').split('\n'))
    if (line.trim()) {
      const row = JSON.parse(line) as { id: string } & Pick<RealSentence, 'labels' | 'clean' | 'ambiguous'>
      byId.set(row.id, row)
    }
  return readRealCorpus(file).map((row, index) => {
    const other = byId.get(`${name}-${index}`)
    if (!other) throw new Error(`${reader}-${name}: no labels for line ${index + 1}`)
    for (const label of other.labels) {
      if (!(LANGUAGE_CATEGORIES as readonly string[]).includes(label.category))
        throw new Error(`${reader}-${name}:${index + 1}: unknown category ${label.category}`)
      if (!row.text.includes(label.span)) throw new Error(`${reader}-${name}:${index + 1}: span not in text`)
    }
    return { ...row, labels: other.labels, clean: other.clean, ambiguous: other.ambiguous }
  })
}

/**
 * A page as host and path: lower case, without "www." or "amp.", query, fragment or trailing
 * slash, so that the same article reached by another address still counts as the same page.
 */
export function pageOf(url: string): { host: string; path: string } {
  const parsed = new URL(url.trim())
  const host = parsed.hostname.toLowerCase().replace(/^(?:www\d?|amp|m|mobile)\./, '')
  const path = parsed.pathname.replace(/\/+$/, '').toLowerCase() || '/'
  return { host, path }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The reserved pages, hashed: "page <sha of host+path>" and "path <sha of path>" lines. */
export function readReservedHashes(): Set<string> {
  const text = readFileSync(resolve(REAL_FIXTURES, 'reserved-sources.sha256'), 'utf8')
  return new Set(text.split('\n').filter((line) => /^(?:page|path) [0-9a-f]{64}$/.test(line)))
}

/** Whether a source is one of the reserved pages, by host and path, or by a long path on another host. */
export function isReserved(url: string, reserved: Set<string>): boolean {
  const { host, path } = pageOf(url)
  return reserved.has(`page ${sha256(host + path)}`) || (path.length > 12 && reserved.has(`path ${sha256(path)}`))
}

/**
 * The held-out third of the collected sentences, chosen by page before any was labelled: a page
 * whose hashed address falls in the first third goes wholly to the held-out part, so no rule was
 * written while looking at it and no page is split between the parts.
 */
export function isHeldOut(url: string): boolean {
  const { host, path } = pageOf(url)
  return (
    createHash('sha256')
      .update(host + path)
      .digest()[0]! %
      3 ===
    0
  )
}

export interface Counts {
  expected: number
  recalled: number
  found: number
  correct: number
}

export interface RealScore {
  /** Flawed sentences with at least one finding, over flawed sentences. */
  sentenceRecall: number
  /** Flagged sentences that are flawed, over flagged sentences (ambiguous ones left out). */
  sentencePrecision: number
  flawed: number
  clean: number
  byCategory: Record<LanguageCategory, Counts>
  /** Mean share of characters the finding and the labelled span have in common, over recalled labels. */
  spanAgreement: number
  mistakes: string[]
}

const empty = (): Counts => ({ expected: 0, recalled: 0, found: 0, correct: 0 })

interface Range {
  start: number
  end: number
}

const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const jaccard = (a: Range, b: Range) => {
  const shared = overlap(a, b)
  return shared / (a.end - a.start + (b.end - b.start) - shared)
}

export function scoreReal(sentences: readonly RealSentence[], check: (text: string) => LanguageFinding[]): RealScore {
  const byCategory = Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, empty()])) as Record<
    LanguageCategory,
    Counts
  >
  const mistakes: string[] = []
  let flawed = 0
  let clean = 0
  let flaggedFlawed = 0
  let flaggedClean = 0
  const agreements: number[] = []
  for (const sentence of sentences) {
    if (sentence.ambiguous) continue
    const findings = check(sentence.text)
    const labels = sentence.labels.map((label) => {
      const start = sentence.text.indexOf(label.span)
      return { category: label.category, start, end: start + label.span.length }
    })
    if (sentence.clean) {
      clean++
      if (findings.length > 0) flaggedClean++
    } else {
      flawed++
      if (findings.length > 0) flaggedFlawed++
    }
    for (const label of labels) {
      const counts = byCategory[label.category]
      counts.expected++
      const hits = findings.filter((f) => f.category === label.category && overlap(f, label) > 0)
      if (hits.length > 0) {
        counts.recalled++
        agreements.push(Math.max(...hits.map((hit) => jaccard(hit, label))))
      } else {
        const other = findings.find((f) => overlap(f, label) > 0)
        const seen = other ? ` (found as ${other.category})` : ''
        mistakes.push(
          `missed ${label.category}: "${sentence.text.slice(label.start, label.end)}"${seen} | ${sentence.text}`,
        )
      }
    }
    for (const finding of findings) {
      const counts = byCategory[finding.category]
      counts.found++
      if (labels.some((l) => l.category === finding.category && overlap(finding, l) > 0)) counts.correct++
      else
        mistakes.push(
          `wrong ${finding.category}: "${sentence.text.slice(finding.start, finding.end)}" | ${sentence.text}`,
        )
    }
  }
  const mean = agreements.length ? agreements.reduce((a, b) => a + b, 0) / agreements.length : 1
  return {
    sentenceRecall: flawed ? flaggedFlawed / flawed : 1,
    sentencePrecision: flaggedFlawed + flaggedClean ? flaggedFlawed / (flaggedFlawed + flaggedClean) : 1,
    flawed,
    clean,
    byCategory,
    spanAgreement: mean,
    mistakes,
  }
}

/** The score as a small table: the sentence figures, span agreement, then one row per category. */
export function formatReal(title: string, score: RealScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7)
  const ratio = (a: number, b: number) => (b === 0 ? '      -' : pct(a / b))
  return [
    `${title}: ${score.flawed} flawed, ${score.clean} clean sentences`,
    `  sentence precision ${pct(score.sentencePrecision)}  recall ${pct(score.sentenceRecall)}  span agreement ${pct(score.spanAgreement)}`,
    `  ${'category'.padEnd(16)} ${'labels'.padStart(6)} ${'found'.padStart(6)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)}`,
    ...LANGUAGE_CATEGORIES.map((c) => {
      const s = score.byCategory[c]
      return `  ${c.padEnd(16)} ${String(s.expected).padStart(6)} ${String(s.found).padStart(6)} ${ratio(s.correct, s.found)} ${ratio(s.recalled, s.expected)}`
    }),
  ].join('\n')
}
