import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkApologyLanguage } from '../../../../electron/core/repair/language-check'
import { formatReal, readRealCorpus, REAL_FIXTURES, scoreReal } from './language-real-corpus'

/*
 * The written sentences (tests/fixtures/language/synthetic): 7,656 apology sentences that helpers
 * wrote and labelled in eight registers, from partners' texts to incident statements, most of them
 * clean and many of them near misses ("I was tired and I took it out on you"). The rules were not
 * written from them, except three letter idioms left alone in round 9, so their false alarms here
 * are a wide check that a new rule does not start flagging honest letters. The rules score on them
 * as on real text they have not read (about 0.8 / 0.3), so recall is printed, not held.
 */
const WRITTEN = resolve(REAL_FIXTURES, '../synthetic')
const registers = readdirSync(WRITTEN)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => [file.replace('.jsonl', ''), readRealCorpus(`../synthetic/${file}`)] as const)

describe('language check on sentences written for it in eight registers', () => {
  it('is eight registers of at least 800 labelled sentences, most of them clean', () => {
    expect(registers).toHaveLength(8)
    for (const [name, rows] of registers) {
      expect(rows.length, name).toBeGreaterThanOrEqual(800)
      expect(rows.filter((r) => r.clean).length / rows.length, name).toBeGreaterThan(0.5)
    }
  })

  it('keeps its false alarms on the written letters low: sentence precision >= 0.75 (figures printed)', () => {
    const lines = registers.map(([name, rows]) => {
      const score = scoreReal(rows, checkApologyLanguage)
      return `${name.padEnd(10)} precision ${score.sentencePrecision.toFixed(2)}  recall ${score.sentenceRecall.toFixed(2)}`
    })
    const all = scoreReal(
      registers.flatMap(([, rows]) => rows),
      checkApologyLanguage,
    )
    console.log([formatReal('written sentences', all), ...lines.map((l) => `  ${l}`)].join('\n'))
    expect(all.sentencePrecision).toBeGreaterThanOrEqual(0.75)
  })
})
