import { describe, expect, it } from 'vitest'
import { checkApologyLanguage, LANGUAGE_CATEGORIES } from '../../../../electron/core/repair/language-check'
import { formatScore, precision, readCorpus, recall, scoreCorpus } from './language-corpus'

const development = readCorpus('corpus.txt')
const holdout = readCorpus('holdout.txt')
const holdout2 = readCorpus('holdout-2.txt')
const holdout3 = readCorpus('holdout-3.txt')
const holdout4 = readCorpus('holdout-4.txt')
const all = [...development, ...holdout, ...holdout2, ...holdout3, ...holdout4]
/** A second writer's 400 messages (round 5): kept apart, its own bar, see its header. */
const secondWriter = readCorpus('holdout-5.txt')

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

  it("keeps the second writer's families: precision >= 0.80 and recall >= 0.75 by category and words (figures printed)", () => {
    // Its first run, before the rules learned from it, flagged 43% of its flawed messages; the bar
    // guards what round 5 learned. Category and words must both match, so a finding that names
    // the wrong reason counts against it twice.
    const score = scoreCorpus(secondWriter, checkApologyLanguage)
    console.log(formatScore("second writer's set (holdout-5.txt)", score, secondWriter.length))
    expect(secondWriter.length).toBe(400)
    expect(precision(score.overall)).toBeGreaterThanOrEqual(0.8)
    expect(recall(score.overall)).toBeGreaterThanOrEqual(0.75)
  })
})
