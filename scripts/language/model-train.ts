import { DEFAULT_FEATURES, sentenceFeatures, type FeatureOptions } from './model-features'

/**
 * An experiment, not part of the app: a small learned model for the language check, to find out
 * whether it hears flaws in real apologies the hand-written rules miss. Two linear learners over
 * the sparse features of model-features.ts, one output per question ("is the sentence flawed?",
 * then one per category): L2-regularised logistic regression (AdaGrad, examples shuffled with a
 * fixed seed, so the same sentences always give the same weights) and Bernoulli naive Bayes.
 */

export interface TrainingSentence {
  text: string
  /** The outputs this sentence is a positive example of (indexes into `outputs`). */
  positives: readonly number[]
}

export interface TrainOptions {
  learner: 'logistic' | 'bayes'
  features: FeatureOptions
  /** Features seen in fewer sentences than this are left out: a word met once teaches nothing. */
  minCount: number
  /** Logistic: strength of the L2 penalty, per example. */
  l2: number
  epochs: number
  rate: number
  seed: number
  /** Bayes: additive smoothing. */
  alpha: number
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  learner: 'logistic',
  features: DEFAULT_FEATURES,
  minCount: 2,
  l2: 1e-5,
  epochs: 20,
  rate: 0.2,
  seed: 16,
  alpha: 1,
}

export interface TrainedModel {
  outputs: readonly string[]
  features: readonly string[]
  /** Feature name to its row in `weights`. */
  index: ReadonlyMap<string, number>
  /** weights[feature * outputs.length + output] */
  weights: Float64Array
  bias: Float64Array
  featureOptions: FeatureOptions
}

/** A small deterministic generator (mulberry32): the same seed, the same shuffle. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function trainModel(
  sentences: readonly TrainingSentence[],
  outputs: readonly string[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): TrainedModel {
  const named = sentences.map((s) => sentenceFeatures(s.text, options.features).features.map((f) => f.name))
  const counts = new Map<string, number>()
  for (const names of named) for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  const features = [...counts.keys()].filter((name) => counts.get(name)! >= options.minCount).sort()
  const index = new Map(features.map((name, i) => [name, i]))
  const rows = named.map((names) => Int32Array.from(names.flatMap((name) => index.get(name) ?? [])))
  const k = outputs.length
  const targets = sentences.map((s) => {
    const y = new Float64Array(k)
    for (const p of s.positives) y[p] = 1
    return y
  })
  const fit = options.learner === 'bayes' ? fitBayes : fitLogistic
  const { weights, bias } = fit(rows, targets, features.length, k, options)
  return { outputs, features, index, weights, bias, featureOptions: options.features }
}

type Fit = (
  rows: readonly Int32Array[],
  targets: readonly Float64Array[],
  width: number,
  k: number,
  options: TrainOptions,
) => { weights: Float64Array; bias: Float64Array }

const fitLogistic: Fit = (rows, targets, width, k, options) => {
  const weights = new Float64Array(width * k)
  const bias = new Float64Array(k)
  // AdaGrad: a feature seen often takes smaller steps, a rare one larger.
  const squares = new Float64Array(width * k).fill(1e-8)
  const biasSquares = new Float64Array(k).fill(1e-8)
  const random = seededRandom(options.seed)
  const order = rows.map((_, i) => i)
  const scores = new Float64Array(k)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const e of order) {
      const row = rows[e]!
      const y = targets[e]!
      scores.set(bias)
      for (const f of row) for (let o = 0; o < k; o++) scores[o]! += weights[f * k + o]!
      for (let o = 0; o < k; o++) {
        const error = 1 / (1 + Math.exp(-scores[o]!)) - y[o]!
        biasSquares[o]! += error * error
        bias[o]! -= (options.rate * error) / Math.sqrt(biasSquares[o]!)
        for (const f of row) {
          const at = f * k + o
          // The penalty is applied where a feature is seen, scaled so it adds up to l2 per pass.
          const gradient = error + options.l2 * weights[at]! * rows.length
          squares[at]! += gradient * gradient
          weights[at]! -= (options.rate * gradient) / Math.sqrt(squares[at]!)
        }
      }
    }
  }
  return { weights, bias }
}

/** Log-count ratios: how much likelier a feature is in positive sentences than in the others. */
const fitBayes: Fit = (rows, targets, width, k, options) => {
  const positive = new Float64Array(width * k)
  const negative = new Float64Array(width * k)
  const totals = new Float64Array(k * 2)
  rows.forEach((row, e) => {
    for (let o = 0; o < k; o++) {
      const y = targets[e]![o]! > 0
      totals[o * 2 + (y ? 1 : 0)]! += 1
      for (const f of row) (y ? positive : negative)[f * k + o]! += 1
    }
  })
  const a = options.alpha
  const weights = new Float64Array(width * k)
  for (let at = 0; at < width * k; at++) {
    const o = at % k
    const p = (positive[at]! + a) / (totals[o * 2 + 1]! + 2 * a)
    const n = (negative[at]! + a) / (totals[o * 2]! + 2 * a)
    weights[at] = Math.log(p / n)
  }
  const bias = new Float64Array(k)
  for (let o = 0; o < k; o++) bias[o] = Math.log((totals[o * 2 + 1]! + 1) / (totals[o * 2]! + 1))
  return { weights, bias }
}

/** The model's raw score (log-odds for logistic, a sum of ratios for Bayes) for each output. */
export function scoreSentence(model: TrainedModel, text: string): Float64Array {
  const k = model.outputs.length
  const scores = Float64Array.from(model.bias)
  for (const feature of sentenceFeatures(text, model.featureOptions).features) {
    const f = model.index.get(feature.name)
    if (f === undefined) continue
    for (let o = 0; o < k; o++) scores[o]! += model.weights[f * k + o]!
  }
  return scores
}
