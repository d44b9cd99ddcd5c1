import { checkApologyLanguage } from '../../electron/core/repair/language-check'
import { formatReal, scoreReal } from '../../tests/unit/core/repair/language-real-corpus'
import { BATCH_FILES, fitChecker, loadRows } from './cv-lib'
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from './model-train'

/**
 * A new blind batch's first score: the rules as they are, and the rules with a model trained on
 * every earlier sentence (threshold chosen inside that training data for precision 0.90).
 * Run once, right after the batch is committed: `npx tsx scripts/language/first-sight.ts blind-4.jsonl`.
 */
const file = process.argv[2]
if (!file) throw new Error('Name the batch file, e.g. blind-4.jsonl')
const batch = loadRows([[file, 'new']])
const earlier = loadRows(BATCH_FILES.filter(([f]) => f !== file))
const ALL = new Set(['w', 'b', 't', 'rb', 'rt', 'clause', 'len', 'c'])
const configs: readonly (readonly [string, TrainOptions])[] = [
  ['logistic, word 1-3-grams', DEFAULT_TRAIN_OPTIONS],
  ['logistic, + roles, cues, chars', { ...DEFAULT_TRAIN_OPTIONS, features: { groups: ALL } }],
  ['naive Bayes, word 1-3-grams', { ...DEFAULT_TRAIN_OPTIONS, learner: 'bayes' }],
]
console.log(formatReal(`${file}: rules alone (first sight)`, scoreReal(batch, checkApologyLanguage)))
for (const [name, options] of configs) {
  const fitted = fitChecker(earlier, checkApologyLanguage, 0.9, options)
  console.log(formatReal(`${file}: model alone, ${name}`, scoreReal(batch, fitted.model)))
  console.log(formatReal(`${file}: rules + model, ${name}`, scoreReal(batch, fitted.union)))
}
