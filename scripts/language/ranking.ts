import { loadRows, outOfFold, OUTPUTS } from './cv-lib'
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from './model-train'

/**
 * How well the learned model ranks, before any threshold: for "flawed" and each category, its
 * area under the ROC curve and the recall it reaches at precision 0.90 and 0.80, from page-grouped
 * 5-fold out-of-fold scores. Run: `npx tsx scripts/language/ranking.ts`.
 */

const rows = loadRows().filter((r) => !r.ambiguous)
const ALL = new Set(['w', 'b', 't', 'rb', 'rt', 'clause', 'len', 'c'])
const CONFIGS: readonly (readonly [string, TrainOptions])[] = [
  ['logistic, word 1-3-grams', DEFAULT_TRAIN_OPTIONS],
  ['logistic, words only', { ...DEFAULT_TRAIN_OPTIONS, features: { groups: new Set(['w']) } }],
  ['logistic, roles only', { ...DEFAULT_TRAIN_OPTIONS, features: { groups: new Set(['rb', 'rt']) } }],
  ['logistic, + roles, cues, chars', { ...DEFAULT_TRAIN_OPTIONS, features: { groups: ALL } }],
  ['logistic, l2 1e-4', { ...DEFAULT_TRAIN_OPTIONS, l2: 1e-4 }],
  ['naive Bayes, word 1-3-grams', { ...DEFAULT_TRAIN_OPTIONS, learner: 'bayes' }],
]

function curve(scores: number[], positive: boolean[]) {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!)
  const total = positive.filter(Boolean).length
  let tp = 0
  let area = 0
  const recallAt = { 0.9: 0, 0.8: 0 }
  order.forEach((i, rank) => {
    if (positive[i]) tp++
    else area += tp
    for (const target of [0.9, 0.8] as const)
      if (rank + 1 >= 5 && tp / (rank + 1) >= target) recallAt[target] = Math.max(recallAt[target], tp / total)
  })
  return { auc: area / total / (scores.length - total), total, recallAt }
}

for (const [name, options] of CONFIGS) {
  const oof = outOfFold(rows, 5, options)
  console.log(`\n${name}`)
  OUTPUTS.forEach((output, o) => {
    if (o > 0 && name !== CONFIGS[0]![0]) return
    const positive = rows.map((r) => (o === 0 ? !r.clean : r.labels.some((l) => l.category === output)))
    const c = curve(
      oof.map((s) => s[o]!),
      positive,
    )
    console.log(
      `  ${output.padEnd(16)} ${String(c.total).padStart(4)}  AUC ${c.auc.toFixed(3)}  recall at P.90 ${c.recallAt[0.9].toFixed(2)}  at P.80 ${c.recallAt[0.8].toFixed(2)}`,
    )
  })
}
