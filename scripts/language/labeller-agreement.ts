import type { LanguageFinding } from '../../electron/core/repair/language-check'
import {
  readRealCorpus,
  readRelabel,
  scoreReal,
  type RealSentence,
} from '../../tests/unit/core/repair/language-real-corpus'
import { RULES_BEFORE, rulesAt } from './historical-rules'
import type { Check } from './cv-lib'

/**
 * How far two careful readers agree, as the ceiling any checker is measured under. Second readers
 * who never saw the first labels (nor the checker) labelled the shared set (dev.jsonl, labelled by
 * the author of the independent set) and two sealed batches again: tests/fixtures/language/real/
 * relabel/<reader>-<file>.jsonl, one line per sentence of the file, in order. Each reader is then
 * scored as if it were the checker, against the other's labels, with the same scorer as the
 * corpus test (sentence precision and recall, then the share of labels the other found in the same
 * category over overlapping words); the checker (as it was before the batch was read) is scored against each reader.
 * Sentences either reader marked ambiguous are left out of that pair.
 * `npx tsx scripts/language/labeller-agreement.ts`
 */

/** A reader's labels of each text as findings, so the scorer can treat the reader as a checker. */
function readerAsCheck(rows: readonly RealSentence[]): Check {
  const byText = new Map(rows.map((row) => [row.text, row]))
  return (text: string): LanguageFinding[] =>
    (byText.get(text)?.labels ?? []).map((label) => {
      const start = text.indexOf(label.span)
      return { start, end: start + label.span.length, category: label.category, message: '' }
    })
}

/** Both labellings of the sentences neither marked ambiguous. */
function bothSure(a: readonly RealSentence[], b: readonly RealSentence[]): [RealSentence[], RealSentence[]] {
  const keep = a.map((row, i) => !row.ambiguous && !b[i]!.ambiguous)
  return [a.filter((_, i) => keep[i]), b.filter((_, i) => keep[i])]
}

/** Sentence precision / recall, then the share of labels found in the same category over the same words. */
const figure = (rows: readonly RealSentence[], check: Check) => {
  const score = scoreReal(rows, check)
  const counts = Object.values(score.byCategory)
  const labels = counts.reduce((sum, c) => sum + c.expected, 0)
  const found = counts.reduce((sum, c) => sum + c.recalled, 0)
  return `${score.sentencePrecision.toFixed(2)} / ${score.sentenceRecall.toFixed(2)}   ${(found / labels).toFixed(2)}`
}

const FILES = [
  ['dev', 'dev.jsonl', 'the author of the independent set'],
  ['blind-21', 'blind-21.jsonl', 'its collector'],
  ['blind-22', 'blind-22.jsonl', 'its collector'],
] as const
const READERS = ['readerA', 'readerB'] as const

async function main(): Promise<void> {
  console.log(
    `${'file'.padEnd(9)} ${'reference'.padEnd(34)} ${'scored'.padEnd(34)} sentences  precision / recall   labels matched`,
  )
  for (const [name, file, firstLabeller] of FILES) {
    const first = readRealCorpus(file)
    const labellings: [string, RealSentence[]][] = [[firstLabeller, first]]
    for (const reader of READERS) {
      const rows = readRelabel(reader, name, file)
      if (rows) labellings.push([reader, rows])
    }
    const commit = RULES_BEFORE[name]
    const checker = commit ? await rulesAt(commit) : undefined
    for (const [refName, ref] of labellings) {
      for (const [otherName, other] of labellings) {
        if (otherName === refName) continue
        const [r, o] = bothSure(ref, other)
        console.log(
          `${name.padEnd(9)} ${refName.padEnd(34)} ${otherName.padEnd(34)} ${String(r.length).padStart(9)}  ${figure(r, readerAsCheck(o))}`,
        )
      }
      if (checker) {
        const sure = ref.filter((row) => !row.ambiguous)
        console.log(
          `${name.padEnd(9)} ${refName.padEnd(34)} ${`checker (${commit})`.padEnd(34)} ${String(sure.length).padStart(9)}  ${figure(sure, checker)}`,
        )
      }
    }
  }
}

void main()
