import { describe, expect, it } from 'vitest'
import { checkApologyLanguage } from '../../../../electron/core/repair/language-check'
import { fitChecker, loadRows, pageFolds, pickThreshold, type Check } from '../../../../scripts/language/cv-lib'
import { formatReal, scoreReal } from './language-real-corpus'

/*
 * Issue 16, round 3: would a small learned model hear what the rules miss? The real corpus is
 * split into five folds by page (every sentence of a page in the same fold); a model is trained on
 * four, its threshold chosen inside those four (an inner split, also by page) to aim at precision
 * 0.90, and it is scored on the fifth. The figures are printed for the rules, the model, and the
 * two together. The model is not shipped: on these folds it adds about a point of recall to the
 * rules, and on the blind batches, met in the order they were collected, the findings it adds
 * mostly name the wrong category (scripts/language/cross-validate.ts prints the whole study).
 * What ships is the rules alone, and this test holds it to precision 0.90 fold by fold, so a
 * change that only fits the sentences it was written against shows here as in the corpus test.
 */
const rows = loadRows()
const folds = pageFolds(rows, 5)

describe('page-grouped cross-validation of the language check', () => {
  it('keeps every page in one fold, folds of about the same size', () => {
    const foldOfPage = new Map<string, number>()
    rows.forEach((row, i) => {
      expect(foldOfPage.get(row.page) ?? folds[i], row.page).toBe(folds[i])
      foldOfPage.set(row.page, folds[i]!)
    })
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length)
    expect(Math.min(...sizes)).toBeGreaterThan(rows.length / 5 - 40)
  })

  it('picks the lowest threshold that keeps precision at the target', () => {
    const scored = [5, 4, 3, 2, 1, 0].map((score, i) => ({ score, flawed: i !== 2 && i !== 4 }))
    // Cuts: 5 → 1/1, 4 → 2/2, 3 → 2/3, 2 → 3/4, 1 → 3/5, 0 → 4/6.
    expect(pickThreshold(scored, 0.75, 1)).toBe(2)
    expect(pickThreshold(scored, 0.9, 1)).toBe(4)
    expect(pickThreshold(scored, 0.9, 3)).toBe(Infinity)
  })

  it('prints rules, model and both on held-out pages; the shipped rules keep precision >= 0.90 on every fold', () => {
    const model = new Map<string, ReturnType<Check>>()
    const union = new Map<string, ReturnType<Check>>()
    const report: string[] = []
    const thresholds: number[] = []
    for (let fold = 0; fold < 5; fold++) {
      const fitted = fitChecker(
        rows.filter((_, i) => folds[i] !== fold),
        checkApologyLanguage,
        0.9,
      )
      thresholds.push(fitted.threshold)
      const held = rows.filter((_, i) => folds[i] === fold)
      for (const row of held) {
        model.set(row.text, fitted.model(row.text))
        union.set(row.text, fitted.union(row.text))
      }
      const rules = scoreReal(held, checkApologyLanguage)
      report.push(
        `fold ${fold}: rules precision ${rules.sentencePrecision.toFixed(3)} recall ${rules.sentenceRecall.toFixed(3)}`,
      )
      expect(rules.sentencePrecision, `fold ${fold}`).toBeGreaterThanOrEqual(0.9)
    }
    const modelScore = scoreReal(rows, (text) => model.get(text)!)
    const unionScore = scoreReal(rows, (text) => union.get(text)!)
    console.log(
      [
        ...report,
        `thresholds chosen inside the training folds: ${thresholds.map((t) => t.toFixed(2)).join(', ')}`,
        formatReal(
          'rules alone (shipped; written looking at all of these pages, so optimistic)',
          scoreReal(rows, checkApologyLanguage),
        ),
        formatReal('model alone (logistic regression, word 1-3-grams), held-out folds', modelScore),
        formatReal('rules, then the model where the rules are silent, held-out folds', unionScore),
      ].join('\n'),
    )
    // The threshold aimed at 0.90 inside the training folds; on pages it never saw it should land near.
    expect(modelScore.sentencePrecision).toBeGreaterThanOrEqual(0.8)
    // Five models and their inner splits over 3,800 sentences: about 20 s on a quiet machine, so more
    // room than the suite's 30 s, which a busy machine running other files beside it can exceed.
  }, 180_000)
})
