import type { LanguageFinding } from '../../electron/core/repair/language-check'
import { clauseAround, OUTPUTS, pageFolds, type Check, type Row } from './cv-lib'
import { example, fitDense, scoreDense, type DenseModel, type EmbeddingOptions, type Example } from './embedding-model'
import type { WordVectors } from './embedding-table'
import { tokenize } from './model-features'

/**
 * The embedding model under the same protocol as cv-lib's fitChecker: the threshold is chosen
 * from an inner page-grouped 4-fold split of the training rows only, then the model is trained
 * on all of them. A finding names the category the sentence scores highest for, over the clause
 * that scores highest for it, and the union lets the model speak only where the rules are silent.
 */

export interface FittedEmbedding {
  /** The inner out-of-fold "flawed" scores of the training rows, for other precision targets. */
  inner: { score: number; flawed: boolean }[]
  model: DenseModel
  /** "Flawed" log-odds of a sentence. */
  score: (text: string) => number
  checkAt: (threshold: number) => { model: Check; union: Check }
}

export class ExampleCache {
  private readonly cache = new Map<string, Example>()
  constructor(
    private readonly table: WordVectors,
    private readonly options: EmbeddingOptions,
  ) {}
  get(text: string): Example {
    let e = this.cache.get(text)
    if (!e) this.cache.set(text, (e = example(text, this.table, this.options)))
    return e
  }
}

/** Output 0 is "flawed"; with k > 1, one output per category after it. */
export const targetsOf = (rows: readonly Row[], k: number) =>
  rows.map((r) => {
    const y = new Float64Array(k)
    if (!r.clean) {
      y[0] = 1
      for (const l of r.labels) if (k > 1) y[OUTPUTS.indexOf(l.category)] = 1
    }
    return y
  })

/** The clauses of a sentence, as cv-lib cuts them around each word. */
export function clauses(text: string): { start: number; end: number }[] {
  const seen = new Map<string, { start: number; end: number }>()
  for (const t of tokenize(text)) {
    const c = clauseAround(text, t.start, t.end)
    seen.set(`${c.start}:${c.end}`, c)
  }
  return [...seen.values()]
}

export function fitEmbedding(
  trainRows: readonly Row[],
  rules: Check,
  examples: ExampleCache,
  options: EmbeddingOptions,
): FittedEmbedding {
  const labelled = trainRows.filter((r) => !r.ambiguous)
  const folds = pageFolds(labelled, 4)
  const inner = new Array<{ score: number; flawed: boolean }>(labelled.length)
  for (let fold = 0; fold < 4; fold++) {
    const part = labelled.filter((_, i) => folds[i] !== fold)
    const m = fitDense(
      part.map((r) => examples.get(r.text)),
      targetsOf(part, 1),
      options,
    )
    labelled.forEach((r, i) => {
      if (folds[i] === fold) inner[i] = { score: scoreDense(m, examples.get(r.text))[0]!, flawed: !r.clean }
    })
  }
  const model = fitDense(
    labelled.map((r) => examples.get(r.text)),
    targetsOf(labelled, OUTPUTS.length),
    options,
  )
  const score = (text: string) => scoreDense(model, examples.get(text))[0]!
  const findings = (text: string, threshold: number): LanguageFinding[] => {
    const scores = scoreDense(model, examples.get(text))
    if (scores[0]! < threshold) return []
    let best = 1
    for (let o = 2; o < OUTPUTS.length; o++) if (scores[o]! > scores[best]!) best = o
    let span = { start: 0, end: text.length }
    let top = -Infinity
    for (const c of clauses(text)) {
      const s = scoreDense(model, examples.get(text.slice(c.start, c.end)))[best]!
      if (s > top) [top, span] = [s, c]
    }
    return [{ ...span, category: OUTPUTS[best] as LanguageFinding['category'], message: '' }]
  }
  return {
    inner,
    model,
    score,
    checkAt: (threshold) => ({
      model: (text) => findings(text, threshold),
      union: (text) => {
        const found = rules(text)
        return found.length > 0 ? found : findings(text, threshold)
      },
    }),
  }
}
