import { checkApologyLanguage, LANGUAGE_CATEGORIES } from '../../electron/core/repair/language-check'
import { scoreReal } from '../../tests/unit/core/repair/language-real-corpus'
import { fitChecker, loadRows, pageFolds, type Check, type Row } from './cv-lib'
import { RULES_BEFORE, rulesAt } from './historical-rules'
import { DEFAULT_FEATURES } from './model-features'
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from './model-train'

/**
 * Does a small learned model hear flaws in real apologies that the rules miss? Prints, for the
 * rules alone, the model alone and the two together (the model speaking only where the rules are
 * silent): page-grouped 5-fold cross-validation, leave-one-batch-out, and the honest view, a time
 * split in which each blind batch meets the rules as they were before it and a model trained on
 * the batches before it. Run: `npx tsx scripts/language/cross-validate.ts` (about a minute).
 */

const ALL_GROUPS = new Set(['w', 'b', 't', 'rb', 'rt', 'clause', 'len', 'c'])
const CONFIGS: readonly (readonly [string, TrainOptions])[] = [
  ['logistic, word 1-3-grams', DEFAULT_TRAIN_OPTIONS],
  ['logistic, + roles, cues, chars', { ...DEFAULT_TRAIN_OPTIONS, features: { groups: ALL_GROUPS } }],
  ['naive Bayes, word 1-3-grams', { ...DEFAULT_TRAIN_OPTIONS, learner: 'bayes' }],
]
const ruleHitOptions = (rules: Check): TrainOptions => ({
  ...DEFAULT_TRAIN_OPTIONS,
  features: { ...DEFAULT_FEATURES, ruleHits: (text) => [...new Set(rules(text).map((f) => f.category)), 'any'] },
})

const pct = (x: number) => (x * 100).toFixed(1).padStart(5)
const SHORT = LANGUAGE_CATEGORIES.map((c) => c.slice(0, 6).padStart(6))

function row(title: string, rows: readonly Row[], check: Check): string {
  const s = scoreReal(rows, check)
  const cats = LANGUAGE_CATEGORIES.map((c) => {
    const n = s.byCategory[c]
    return (n.expected ? pct(n.recalled / n.expected) : '    -').padStart(6)
  })
  return `${title.padEnd(44)} ${pct(s.sentencePrecision)} ${pct(s.sentenceRecall)} ${cats.join(' ')}`
}
const header = (title: string) => `\n${title}\n${''.padEnd(44)}  prec recall ${SHORT.join(' ')}`

/** Each fold's findings from a checker fitted on the other folds, gathered into one lookup. */
function heldOutChecks(
  rows: readonly Row[],
  folds: readonly number[],
  fit: (train: Row[]) => { model: Check; union: Check },
) {
  const model = new Map<string, ReturnType<Check>>()
  const union = new Map<string, ReturnType<Check>>()
  for (const fold of new Set(folds)) {
    const fitted = fit(rows.filter((_, i) => folds[i] !== fold))
    rows.forEach((r, i) => {
      if (folds[i] !== fold) return
      model.set(r.text, fitted.model(r.text))
      union.set(r.text, fitted.union(r.text))
    })
  }
  return { model: (t: string) => model.get(t)!, union: (t: string) => union.get(t)! }
}

async function main() {
  const rows = loadRows()
  const rules = checkApologyLanguage
  const lines: string[] = []
  lines.push(header('Page-grouped 5-fold CV, threshold for precision 0.90 (rules were written on all of it)'))
  lines.push(row('rules alone (optimistic)', rows, rules))
  const folds = pageFolds(rows, 5)
  for (const [name, options] of [...CONFIGS, ['logistic + rule hits (leaky here)', ruleHitOptions(rules)] as const]) {
    const held = heldOutChecks(rows, folds, (train) => fitChecker(train, rules, 0.9, options))
    lines.push(row(`model: ${name}`, rows, held.model), row(`rules + model: ${name}`, rows, held.union))
  }
  lines.push(header('Leave one batch out (logistic, word 1-3-grams, precision 0.90)'))
  const batches = [...new Set(rows.map((r) => r.batch))]
  const held = heldOutChecks(
    rows,
    rows.map((r) => batches.indexOf(r.batch)),
    (train) => fitChecker(train, rules, 0.9),
  )
  for (const batch of batches) {
    const part = rows.filter((r) => r.batch === batch)
    lines.push(
      row(`${batch}: rules`, part, rules),
      row(`${batch}: model`, part, held.model),
      row(`${batch}: rules + model`, part, held.union),
    )
  }
  lines.push(
    header('Time split, first sight: each blind batch against the rules before it + a model of the batches before it'),
  )
  const blind = Object.keys(RULES_BEFORE)
  const old = new Map<string, Check>()
  for (const batch of blind) {
    const check = await rulesAt(RULES_BEFORE[batch]!)
    if (!check) return console.log(lines.join('\n'), '\n(no git history: time split left out)')
    old.set(batch, check)
  }
  const seen = rows.filter((r) => blind.includes(r.batch))
  const timeSplit = (fit: (train: Row[], rules: Check) => { model: Check; union: Check }) => {
    const model = new Map<string, ReturnType<Check>>()
    const union = new Map<string, ReturnType<Check>>()
    for (const batch of blind) {
      const fitted = fit(
        rows.filter((r) => batches.indexOf(r.batch) < batches.indexOf(batch)),
        old.get(batch)!,
      )
      for (const r of rows.filter((x) => x.batch === batch)) {
        model.set(r.text, fitted.model(r.text))
        union.set(r.text, fitted.union(r.text))
      }
    }
    return { model: (t: string) => model.get(t)!, union: (t: string) => union.get(t)! }
  }
  lines.push(row('rules as they were (first sight)', seen, (t) => old.get(seen.find((r) => r.text === t)!.batch)!(t)))
  for (const target of [0.9, 0.85, 0.8]) {
    for (const [name, options] of CONFIGS) {
      if (target !== 0.9 && name !== CONFIGS[0]![0]) continue
      const split = timeSplit((train, r) => fitChecker(train, r, target, options))
      lines.push(
        row(`model @${target}: ${name}`, seen, split.model),
        row(`rules + model @${target}: ${name}`, seen, split.union),
      )
    }
  }
  const withHits = timeSplit((train, r) => fitChecker(train, r, 0.9, ruleHitOptions(r)))
  lines.push(
    row('model @0.9: + rule hits', seen, withHits.model),
    row('rules + model @0.9: + rule hits', seen, withHits.union),
  )
  console.log(lines.join('\n'))
}

void main()
