import { describe, expect, it } from 'vitest'
import {
  describeWeakness,
  ownWords,
  ratePassphrase,
  suggestPassphrase,
  SUGGESTED_WORDS,
} from '../../../../electron/core/passphrase'
import { suggestionWords } from '../../../../electron/core/passphrase/suggested-passphrase'

/** The journal's words when it is about Jessica Miller and names Dmitri Volkov. */
const JOURNAL_WORDS = ownWords(['Jessica Miller', 'Dmitri Volkov'])

describe('the passphrase rule (about 10^12 guesses, rated by zxcvbn-ts)', () => {
  it.each<[string, string[]]>([
    ['P@ssw0rd123', ['common-password', 'predictable-changes']],
    ['Jessica1990', ['common-password', 'dates']],
    ['john smith 1980', ['dates']],
    ["hjkl;'uiop[", ['keyboard-pattern']],
    ['abcdefghijklmnop', ['sequence']],
    ['aaaaaaaaaaaaaaaa', ['repeats']],
    ['i love you so much', ['common-password']],
    ['lantern quietly', ['common-words']],
    ['short', ['too-short']],
  ])('refuses %j, and says why', async (passphrase, expected) => {
    const rating = await ratePassphrase(passphrase)
    expect(rating.acceptable).toBe(false)
    expect(rating.strength).toBeLessThan(3)
    expect(rating.reasons).toEqual(expect.arrayContaining(expected))
    expect(describeWeakness(rating)).toMatch(/^This passphrase is not strong enough\. .+\.$/)
  })

  it.each(['Jessica Miller', 'jessica miller forever', 'dmitri volkov 2024', 'Mend journal 2026', 'sorry jessica'])(
    "refuses %j: the person's own words count for almost nothing",
    async (passphrase) => {
      const rating = await ratePassphrase(passphrase, JOURNAL_WORDS)
      expect(rating.acceptable).toBe(false)
      expect(rating.reasons).toContain('own-words')
      expect(describeWeakness(rating)).toContain('your name, a name from your journal, or "Mend"')
    },
  )

  it.each([
    // What the tests and fixtures of this project use.
    'orchard lantern quietly 47 river',
    'copper kettle 91 meadow whisper',
    'another strong passphrase 93 owl',
    'a different long passphrase 55 heron',
    'ζωή και θάλασσα όμορφη πάντα',
  ])('accepts %j', async (passphrase) => {
    expect(await ratePassphrase(passphrase, JOURNAL_WORDS)).toEqual({
      strength: expect.any(Number),
      acceptable: true,
      reasons: [],
    })
  })

  it('rates longer unrelated words higher, level by level', async () => {
    const texts = ['password', 'kettle meadow', 'copper kettle meadow', 'copper kettle 91 meadow whisper']
    const levels = await Promise.all(texts.map(async (text) => (await ratePassphrase(text)).strength))
    expect([...levels].sort()).toEqual(levels)
    expect(levels[0]).toBe(0)
    expect(levels[3]).toBeGreaterThanOrEqual(3)
  })

  it('rates only the beginning of a very long passphrase, and says so when that part is weak', async () => {
    const rating = await ratePassphrase(`${'password '.repeat(6)} copper kettle 91 meadow whisper lantern`)
    expect(rating.acceptable).toBe(false)
    expect(rating.reasons).toContain('weak-beginning')
    expect((await ratePassphrase('x'.repeat(1025))).reasons).toEqual(['too-long'])
  })
})

describe('suggested passphrases', () => {
  it('are five everyday words, drawn at random, and always pass the rule', async () => {
    const list = new Set(await suggestionWords())
    const seen = new Set<string>()
    for (let i = 0; i < 50; i++) {
      const passphrase = await suggestPassphrase()
      const words = passphrase.split(' ')
      expect(words).toHaveLength(SUGGESTED_WORDS)
      for (const word of words) expect(list.has(word), word).toBe(true)
      expect((await ratePassphrase(passphrase, JOURNAL_WORDS)).acceptable, passphrase).toBe(true)
      seen.add(passphrase)
    }
    expect(seen.size).toBe(50)
  })

  it('draw from thousands of words, none of them about hurt, betrayal or death', async () => {
    const list = await suggestionWords()
    expect(list.length).toBeGreaterThan(7500)
    for (const word of ['breach', 'duress', 'hate', 'grief', 'revenge', 'traitor', 'cheating', 'affair', 'blame']) {
      expect(list).not.toContain(word)
    }
  })
})
