import { createHash } from 'node:crypto'
import { LANGUAGE_CATEGORIES, type LanguageFinding } from '../../electron/core/repair/language-check'
import { pageOf, readRealCorpus, type RealSentence } from '../../tests/unit/core/repair/language-real-corpus'
import { sentenceFeatures } from './model-features'
import { DEFAULT_TRAIN_OPTIONS, scoreSentence, trainModel, type TrainedModel, type TrainOptions } from './model-train'

/**
 * Page-grouped cross-validation for the language check's learned-model experiment: every
 * sentence of a page lands in the same fold, the decision threshold is chosen inside the training
 * folds only (by a second, inner grouped cross-validation), and the held-out fold is scored with
 * the real corpus's own scorer.
 */

export type Check = (text: string) => LanguageFinding[]

export interface Row extends RealSentence {
  /** round-1 (dev.jsonl and collected.jsonl), blind-1, blind-2, blind-3, … */
  batch: string
  /** Host and path, as the corpus test compares pages. */
  page: string
}

export const BATCH_FILES: readonly (readonly [file: string, batch: string])[] = [
  ['dev.jsonl', 'round-1'],
  ['collected.jsonl', 'round-1'],
  ['blind-1.jsonl', 'blind-1'],
  ['blind-2.jsonl', 'blind-2'],
  ['blind-3.jsonl', 'blind-3'],
  ['blind-4.jsonl', 'blind-4'],
  ['blind-5.jsonl', 'blind-5'],
  ['blind-6.jsonl', 'blind-6'],
  ['blind-7.jsonl', 'blind-7'],
  ['blind-8.jsonl', 'blind-8'],
  ['blind-9.jsonl', 'blind-9'],
  ['blind-10.jsonl', 'blind-10'],
  ['blind-11.jsonl', 'blind-11'],
  ['blind-12.jsonl', 'blind-12'],
  ['blind-13.jsonl', 'blind-13'],
  ['blind-14.jsonl', 'blind-14'],
]

export function loadRows(files = BATCH_FILES): Row[] {
  return files.flatMap(([file, batch]) =>
    readRealCorpus(file).map((row) => {
      const { host, path } = pageOf(row.source)
      return { ...row, batch, page: host + path }
    }),
  )
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

/** Pages dealt to `k` folds in the order of their hash, each to the fold with the fewest sentences so far. */
export function pageFolds(rows: readonly Row[], k: number): number[] {
  const sizes = new Map<string, number>()
  for (const row of rows) sizes.set(row.page, (sizes.get(row.page) ?? 0) + 1)
  const pages = [...sizes.keys()].sort((a, b) => sha(a).localeCompare(sha(b)))
  const fill = new Array<number>(k).fill(0)
  const foldOf = new Map<string, number>()
  for (const page of pages) {
    const fold = fill.indexOf(Math.min(...fill))
    foldOf.set(page, fold)
    fill[fold]! += sizes.get(page)!
  }
  return rows.map((row) => foldOf.get(row.page)!)
}

export const OUTPUTS: readonly string[] = ['flawed', ...LANGUAGE_CATEGORIES]

/** A model of the labelled (not ambiguous) rows: output 0 "flawed", then one per category. */
export function train(rows: readonly Row[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): TrainedModel {
  const labelled = rows.filter((r) => !r.ambiguous)
  const positives = (r: Row) => (r.clean ? [] : [0, ...new Set(r.labels.map((l) => OUTPUTS.indexOf(l.category)))])
  return trainModel(
    labelled.map((r) => ({ text: r.text, positives: positives(r) })),
    OUTPUTS,
    options,
  )
}

/** The lowest score whose cut keeps precision >= target (at least `minFlagged` flagged), or Infinity. */
export function pickThreshold(
  scored: readonly { score: number; flawed: boolean }[],
  target: number,
  minFlagged = 5,
): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score)
  let correct = 0
  let best = Infinity
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.flawed) correct++
    if (sorted[i + 1]?.score === sorted[i]!.score) continue
    if (i + 1 >= minFlagged && correct / (i + 1) >= target) best = sorted[i]!.score
  }
  return best
}

/** How often a flawed sentence scores above a clean one (the area under the ROC curve). */
export function auc(scored: readonly { score: number; flawed: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score)
  const positives = sorted.filter((s) => s.flawed).length
  let above = 0
  let area = 0
  for (const s of sorted)
    if (s.flawed) above++
    else area += above
  return area / positives / (sorted.length - positives)
}

/** Each labelled row's scores from a model that did not see its page. */
export function outOfFold(rows: readonly Row[], k: number, options?: TrainOptions): Float64Array[] {
  const labelled = rows.filter((r) => !r.ambiguous)
  const folds = pageFolds(labelled, k)
  const scores: Float64Array[] = new Array<Float64Array>(labelled.length)
  for (let fold = 0; fold < k; fold++) {
    const model = train(
      labelled.filter((_, i) => folds[i] !== fold),
      options,
    )
    labelled.forEach((r, i) => {
      if (folds[i] === fold) scores[i] = scoreSentence(model, r.text)
    })
  }
  return scores
}

const CLAUSE_BREAK =
  /[,;:()—–]|\s-\s|\b(?:but|and|so|because|since|although|though|while|whereas|yet|when|or|if|unless)\b/gi

/** The clause of `text` around [start, end): from the break before to the break after. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0
  let to = text.length
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + (/^[a-z]/i.test(m[0]) ? 0 : m[0].length)
    else if (m.index >= end) {
      to = m.index
      break
    }
  }
  while (from < start && /\s/.test(text[from]!)) from++
  return { start: from, end: Math.max(to, end) }
}

/**
 * A model's finding for one sentence: when its "flawed" score reaches the threshold, the category
 * with the highest score, over the clause that holds the feature weighing most for that category.
 */
export function modelFindings(model: TrainedModel, text: string, threshold: number): LanguageFinding[] {
  const scores = scoreSentence(model, text)
  if (scores[0]! < threshold) return []
  let best = 1
  for (let o = 2; o < OUTPUTS.length; o++) if (scores[o]! > scores[best]!) best = o
  const category = OUTPUTS[best] as LanguageFinding['category']
  const { tokens, features } = sentenceFeatures(text, model.featureOptions)
  const k = OUTPUTS.length
  let top: { first: number; last: number } | undefined
  let topWeight = -Infinity
  for (const feature of features) {
    const f = model.index.get(feature.name)
    if (f !== undefined && model.weights[f * k + best]! > topWeight) {
      topWeight = model.weights[f * k + best]!
      top = feature
    }
  }
  const span =
    top && tokens.length
      ? clauseAround(text, tokens[top.first]!.start, tokens[top.last]!.end)
      : { start: 0, end: text.length }
  return [{ ...span, category, message: '' }]
}

export interface FittedChecker {
  threshold: number
  model: Check
  /** The rules' findings, and the model's for sentences where the rules found nothing. */
  union: Check
}

/** Trains on `trainRows` only: the threshold from an inner grouped CV, then the model on all of them. */
export function fitChecker(
  trainRows: readonly Row[],
  rules: Check,
  target: number,
  options?: TrainOptions,
): FittedChecker {
  const labelled = trainRows.filter((r) => !r.ambiguous)
  const inner = outOfFold(labelled, 4, options)
  const threshold = pickThreshold(
    labelled.map((r, i) => ({ score: inner[i]![0]!, flawed: !r.clean })),
    target,
  )
  const trained = train(labelled, options)
  const model: Check = (text) => modelFindings(trained, text, threshold)
  const union: Check = (text) => {
    const found = rules(text)
    return found.length > 0 ? found : model(text)
  }
  return { threshold, model, union }
}
