import { sentenceFeatures, tokenize, type FeatureOptions } from './model-features'
import { seededRandom } from './model-train'
import { tableWords, type WordVectors } from './embedding-table'

/**
 * An experiment, not part of the app (see embedding-study.ts): a sentence as pretrained word
 * vectors pooled three ways (the mean, the largest value of each dimension, and the mean of the
 * words after a "but", "because" or "if", where excuses and conditions live), optionally with the
 * sparse role and clause-cue features of model-features.ts, and a small learner over them:
 * logistic regression, or one hidden layer of tanh units. Full-batch Adam from a fixed seed, so
 * the same sentences always give the same weights.
 */

export interface EmbeddingOptions {
  /** Role n-grams and clause cues from model-features.ts besides the vectors (none when empty). */
  sparse: FeatureOptions['groups']
  /** Hidden tanh units; 0 for logistic regression. */
  hidden: number
  /** L2 penalty on the weights (the loss is the mean over sentences, the features standardized). */
  l2: number
  iterations: number
  rate: number
  seed: number
  /** Sparse features seen in fewer training sentences than this are left out. */
  minCount: number
}

export const EMBEDDING_DEFAULTS: EmbeddingOptions = {
  sparse: new Set(),
  hidden: 0,
  // Chosen by page-grouped 5-fold AUC on the batches before blind-3 only (1e-3: 0.70, 1e-2: 0.72,
  // 0.1: 0.73, 0.3: 0.73), so no first-sight batch had a say in it.
  l2: 0.1,
  iterations: 300,
  rate: 0.02,
  seed: 16,
  minCount: 3,
}

const OPENERS = new Set(['BUT', 'CAUSE', 'IF'])

/** Mean, max and after-a-cue mean of the sentence's word vectors: 3 x the table's dimensions. */
export function pooledVector(text: string, table: WordVectors): Float64Array {
  const d = table.dimensions
  const out = new Float64Array(3 * d)
  const max = new Float64Array(d).fill(-Infinity)
  let count = 0
  let cued = 0
  let opened = false
  for (const token of tokenize(text)) {
    if (OPENERS.has(token.role)) opened = true
    for (const word of tableWords(token.word)) {
      const v = table.vectors.get(word)
      if (!v) continue
      count++
      if (opened) cued++
      for (let j = 0; j < d; j++) {
        out[j]! += v[j]!
        if (v[j]! > max[j]!) max[j] = v[j]!
        if (opened) out[2 * d + j]! += v[j]!
      }
    }
  }
  for (let j = 0; j < d; j++) {
    out[j] = count ? out[j]! / count : 0
    out[d + j] = count ? max[j]! : 0
    out[2 * d + j] = cued ? out[2 * d + j]! / cued : 0
  }
  return out
}

export interface Example {
  dense: Float64Array
  sparse: string[]
}

export function example(text: string, table: WordVectors, options: EmbeddingOptions): Example {
  const sparse = options.sparse.size
    ? sentenceFeatures(text, { groups: options.sparse }).features.map((f) => f.name)
    : []
  return { dense: pooledVector(text, table), sparse }
}

export interface DenseModel {
  k: number
  mean: Float64Array
  scale: Float64Array
  index: Map<string, number>
  /** Parameters, in one array so Adam updates them in one loop (layout in `layout`). */
  theta: Float64Array
  layout: ReturnType<typeof layoutOf>
}

function layoutOf(d: number, s: number, h: number, k: number) {
  const inputs = h > 0 ? h : d
  const w1 = 0
  const b1 = w1 + h * d
  const w2 = b1 + h
  const ws = w2 + k * inputs
  const b2 = ws + s * k
  return { d, s, h, k, inputs, w1, b1, w2, ws, b2, size: b2 + k }
}

/** Scores (log-odds) of every output for one example, and the hidden units when there are any. */
function forward(model: DenseModel, x: Float64Array, sparse: readonly number[], hiddenOut?: Float64Array) {
  const { d, h, k, inputs, w1, b1, w2, ws, b2 } = model.layout
  const t = model.theta
  let input = x
  if (h > 0) {
    input = hiddenOut ?? new Float64Array(h)
    for (let u = 0; u < h; u++) {
      let a = t[b1 + u]!
      for (let j = 0; j < d; j++) a += t[w1 + u * d + j]! * x[j]!
      input[u] = Math.tanh(a)
    }
  }
  const z = new Float64Array(k)
  for (let o = 0; o < k; o++) {
    let a = t[b2 + o]!
    for (let j = 0; j < inputs; j++) a += t[w2 + o * inputs + j]! * input[j]!
    for (const f of sparse) a += t[ws + f * k + o]!
    z[o] = a
  }
  return z
}

function standardize(model: DenseModel, dense: Float64Array): Float64Array {
  return dense.map((v, j) => (v - model.mean[j]!) * model.scale[j]!)
}

const sparseOf = (model: DenseModel, names: readonly string[]) =>
  names.flatMap((n) => {
    const f = model.index.get(n)
    return f === undefined ? [] : [f]
  })

export function fitDense(
  examples: readonly Example[],
  targets: readonly Float64Array[],
  options: EmbeddingOptions,
): DenseModel {
  const n = examples.length
  const d = examples[0]!.dense.length
  const k = targets[0]!.length
  const mean = new Float64Array(d)
  const scale = new Float64Array(d)
  for (const e of examples) for (let j = 0; j < d; j++) mean[j]! += e.dense[j]! / n
  for (const e of examples) for (let j = 0; j < d; j++) scale[j]! += (e.dense[j]! - mean[j]!) ** 2 / n
  for (let j = 0; j < d; j++) scale[j] = scale[j]! > 1e-12 ? 1 / Math.sqrt(scale[j]!) : 0
  const counts = new Map<string, number>()
  for (const e of examples) for (const name of e.sparse) counts.set(name, (counts.get(name) ?? 0) + 1)
  const names = [...counts.keys()].filter((name) => counts.get(name)! >= options.minCount).sort()
  const index = new Map(names.map((name, i) => [name, i]))
  const layout = layoutOf(d, names.length, options.hidden, k)
  const theta = new Float64Array(layout.size)
  const random = seededRandom(options.seed)
  for (let i = 0; i < layout.h * d; i++) theta[layout.w1 + i] = (random() * 2 - 1) * Math.sqrt(3 / d)
  for (let i = 0; i < k * layout.inputs && layout.h > 0; i++)
    theta[layout.w2 + i] = (random() * 2 - 1) * Math.sqrt(3 / layout.h)
  const model: DenseModel = { k, mean, scale, index, theta, layout }
  const xs = examples.map((e) => standardize(model, e.dense))
  const ss = examples.map((e) => sparseOf(model, e.sparse))
  adam(model, xs, ss, targets, options)
  return model
}

/** Full-batch Adam on the mean cross-entropy of every output plus the L2 penalty (biases free). */
function adam(
  model: DenseModel,
  xs: readonly Float64Array[],
  ss: readonly number[][],
  ys: readonly Float64Array[],
  options: EmbeddingOptions,
) {
  const { d, h, k, inputs, w1, b1, w2, ws, b2, size } = model.layout
  const t = model.theta
  const m = new Float64Array(size)
  const v = new Float64Array(size)
  const grad = new Float64Array(size)
  const hidden = new Float64Array(Math.max(h, 1))
  const delta = new Float64Array(Math.max(h, 1))
  const n = xs.length
  for (let it = 1; it <= options.iterations; it++) {
    grad.fill(0)
    for (let e = 0; e < n; e++) {
      const x = xs[e]!
      const z = forward(model, x, ss[e]!, hidden)
      const input = h > 0 ? hidden : x
      delta.fill(0)
      for (let o = 0; o < k; o++) {
        const g = (1 / (1 + Math.exp(-z[o]!)) - ys[e]![o]!) / n
        grad[b2 + o]! += g
        for (let j = 0; j < inputs; j++) {
          grad[w2 + o * inputs + j]! += g * input[j]!
          if (h > 0) delta[j]! += g * t[w2 + o * inputs + j]!
        }
        for (const f of ss[e]!) grad[ws + f * k + o]! += g
      }
      for (let u = 0; u < h; u++) {
        const a = delta[u]! * (1 - hidden[u]! * hidden[u]!)
        grad[b1 + u]! += a
        for (let j = 0; j < d; j++) grad[w1 + u * d + j]! += a * x[j]!
      }
    }
    for (let i = 0; i < size; i++) {
      const isBias = (i >= b1 && i < w2) || i >= b2
      const g = grad[i]! + (isBias ? 0 : options.l2 * t[i]!)
      m[i] = 0.9 * m[i]! + 0.1 * g
      v[i] = 0.999 * v[i]! + 0.001 * g * g
      t[i]! -= (options.rate * (m[i]! / (1 - 0.9 ** it))) / (Math.sqrt(v[i]! / (1 - 0.999 ** it)) + 1e-8)
    }
  }
}

/** Log-odds of every output for a sentence (or a clause of one). */
export function scoreDense(model: DenseModel, ex: Example): Float64Array {
  return forward(model, standardize(model, ex.dense), sparseOf(model, ex.sparse))
}
