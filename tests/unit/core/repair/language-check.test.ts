import { describe, expect, it } from 'vitest'
import { LANGUAGE_BENCH_SENTENCES, buildLanguageCheckBenchText } from '../../../../electron/core/repair/language-bench'
import {
  CATEGORY_LABELS,
  LANGUAGE_CATEGORIES,
  checkApologyLanguage,
  type LanguageCategory,
  type LanguageFinding,
} from '../../../../electron/core/repair/language-check'

/** The flagged words and categories, which is what the writer sees highlighted. */
const flagged = (text: string) => checkApologyLanguage(text).map((f) => [f.category, text.slice(f.start, f.end)])

function expectWellFormed(text: string, findings: LanguageFinding[]): void {
  findings.forEach((finding, i) => {
    expect(finding.start).toBeGreaterThanOrEqual(0)
    expect(finding.end).toBeGreaterThan(finding.start)
    expect(finding.end).toBeLessThanOrEqual(text.length)
    expect(LANGUAGE_CATEGORIES).toContain(finding.category)
    expect(finding.message.length).toBeGreaterThan(10)
    if (i > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[i - 1]!.end)
  })
}

describe('the language categories', () => {
  it('are exactly the nine of the method, each with a label for the editor', () => {
    expect([...LANGUAGE_CATEGORIES]).toEqual([
      'conditional',
      'excuse',
      'blame-feelings',
      'blame-other',
      'intent-defense',
      'passive-vague',
      'minimizing',
      'rushing-closure',
      'hedging',
    ])
    for (const category of LANGUAGE_CATEGORIES) expect(CATEGORY_LABELS[category].length).toBeGreaterThan(3)
  })
})

describe('checkApologyLanguage', () => {
  it.each<[string, LanguageCategory, string]>([
    ["I'm sorry if you were hurt.", 'conditional', 'sorry if you were hurt'],
    ['Sorry, but the deadline was impossible.', 'excuse', 'but'],
    ['I had no choice.', 'excuse', 'I had no choice'],
    ["I'm sorry you feel that way.", 'blame-feelings', 'sorry you feel that way'],
    ['You took it wrong.', 'blame-other', 'You took it wrong'],
    ['Please just calm down.', 'blame-other', 'just calm down'],
    ["It wasn't my intention.", 'intent-defense', "It wasn't my intention"],
    ['Mistakes were made.', 'passive-vague', 'Mistakes were made'],
    ["I'm sorry for everything.", 'passive-vague', 'sorry for everything'],
    ['It was only a joke.', 'minimizing', 'It was only a joke'],
    ['Everyone makes mistakes.', 'minimizing', 'Everyone makes mistakes'],
    ["Let's move on.", 'rushing-closure', "Let's move on"],
    ["I said I'm sorry.", 'rushing-closure', "I said I'm sorry"],
    ['I guess I was wrong.', 'hedging', 'I guess'],
  ])('flags %j as %s at %j', (text, category, words) => {
    expect(flagged(text)).toEqual([[category, words]])
  })

  it('gives every finding a reason and a rewrite hint', () => {
    const [finding] = checkApologyLanguage("I'm sorry if you were hurt.")
    expect(finding?.message).toMatch(/\bif\b/i)
    expect(finding?.suggestion).toContain("I'm sorry I hurt you")
  })

  it('finds nothing in a plain apology, an empty draft or one without words', () => {
    expect(checkApologyLanguage('I lied to you about where I was, and that was wrong. I am sorry.')).toEqual([])
    expect(checkApologyLanguage('')).toEqual([])
    expect(checkApologyLanguage('  \n\n ... 12 !?')).toEqual([])
  })

  it.each([
    ['a "but" in an unrelated clause', 'I called twice, but nobody answered.'],
    ['a "but" after a plain fact', 'I wanted to come, but the trains were cancelled.'],
    ['"only" meaning solely', 'You are the only person I told.'],
    ['"only" meaning not until', 'I only realised later how much it meant to you.'],
    ['"only you"', 'Only you can decide whether to see me again.'],
    ['a negated excuse', "I won't say I didn't mean it."],
    ['a negated minimizer', 'This is not just a misunderstanding.'],
    ['a negated blame', "I'm not going to tell you to calm down."],
    ['an excuse taken back', 'I was stressed, but that is no excuse.'],
    ['an excuse taken back in the next sentence', 'I was exhausted. That does not excuse it.'],
    ['"sorry isn\'t enough"', "I'm sorry, but saying sorry isn't enough, so here is what I'll do."],
    ['reported own speech', 'I told you to calm down, and that was unkind.'],
    ['calming oneself down', 'It took me an hour to calm down.'],
    ['an understanding "you feel"', 'I understand why you feel that way.'],
    ['a noun "kind of"', 'That kind of behaviour is not okay, and I did it.'],
    ['a patient "move on"', "When you are ready to move on, I'll still be here."],
    ['a hypothetical excuse', 'I could say I was tired, but that would be a lie.'],
  ])('does not flag %s', (_case, text) => {
    expect(flagged(text)).toEqual([])
  })

  it.each([
    ['straight double quotes', 'She said "you\'re overreacting" and I agreed.'],
    ['curly double quotes', 'My dad always said “everyone makes mistakes” to get out of things.'],
    ['single quotes', "Your sister said 'let's just move on' and I went along."],
    ['a quotation across sentences', 'He wrote "Calm down. It was a joke." and I sent it on.'],
  ])('skips quoted speech in %s', (_case, text) => {
    expect(flagged(text)).toEqual([])
  })

  it('keeps apostrophes inside words from opening a quotation', () => {
    expect(flagged("The kids' toys were mine to tidy; I'm sorry if you tripped.")).toEqual([
      ['conditional', 'sorry if'],
    ])
  })

  it('reads curly apostrophes and texting forms', () => {
    expect(flagged('I didn’t mean to.')).toEqual([['intent-defense', 'I didn’t mean to']])
    expect(flagged('im sorry u feel that way')).toEqual([['blame-feelings', 'sorry u feel that way']])
    expect(flagged('ur overreacting')).toEqual([['blame-other', 'ur overreacting']])
  })

  it('gives offsets in UTF-16 code units, like JavaScript strings', () => {
    const text = '💔 Ünïcödé first: I’m sorry if you were hurt.'
    const [finding] = checkApologyLanguage(text)
    expect(text.slice(finding!.start, finding!.end)).toBe('sorry if you were hurt')
    expect(finding!.start).toBe(text.indexOf('sorry'))
  })

  it('matches whole words only, Unicode letters included', () => {
    expect(flagged('Mr Zsorry if you see this.')).toEqual([])
    expect(flagged('Ésorry if you see this.')).toEqual([])
    expect(flagged('Sorry iffy weather.')).toEqual([])
  })

  it('does not let a negation or a phrase reach across a sentence or a line', () => {
    expect(flagged("I did not sleep. I didn't mean to hurt you.")).toEqual([['intent-defense', "I didn't mean to"]])
    expect(flagged('I am so sorry\nif you want, we can talk.')).toEqual([])
  })

  it('does not let a retraction far away in an unpunctuated draft take back an excuse', () => {
    const text = `I was exhausted ${'and we talked about the garden '.repeat(40)}and that is no excuse`
    expect(flagged(text)).toEqual([['excuse', 'I was exhausted']])
  })

  it('joins overlapping phrases of one category into one finding', () => {
    expect(flagged("I'm sorry if anyone was hurt.")).toEqual([['conditional', 'sorry if anyone was hurt']])
  })

  it('keeps the longer of two overlapping phrases of different categories', () => {
    // "If I may have offended" (conditional) contains the hedge "may have offended".
    expect(flagged('If I may have offended anyone, I apologise.')).toEqual([
      ['conditional', 'If I may have offended anyone'],
    ])
  })

  it('flags each undermining phrase of a sentence, in order', () => {
    expect(flagged("I'm sorry if you were upset, but you misunderstood me.")).toEqual([
      ['conditional', 'sorry if you were upset'],
      ['excuse', 'but'],
      ['blame-other', 'you misunderstood'],
    ])
  })

  it('is deterministic and keeps no state between calls', () => {
    const a = "Maybe I went too far, but you're overreacting."
    const b = 'It was only a joke.'
    const first = checkApologyLanguage(a)
    checkApologyLanguage(b)
    expect(checkApologyLanguage(a)).toEqual(first)
  })
})

describe('a 20,000-character draft full of findings (the benchmark input)', () => {
  const text = buildLanguageCheckBenchText(20_000)
  const findings = checkApologyLanguage(text)

  it('is long and dense enough to be a worst case', () => {
    expect(text.length).toBeGreaterThanOrEqual(20_000)
    expect(findings.length).toBeGreaterThan(300)
  })

  it('returns findings sorted by start, inside the text, never overlapping', () => {
    expectWellFormed(text, findings)
  })

  it('stays well formed when the draft has no sentence ends at all', () => {
    const runOn = text.replace(/[.!?\n]/g, ',')
    const runOnFindings = checkApologyLanguage(runOn)
    expect(runOnFindings.length).toBeGreaterThan(300)
    expectWellFormed(runOn, runOnFindings)
  })

  it('finds in the long text exactly what it finds in each sentence on its own', () => {
    const expected: Array<[LanguageCategory, number, number]> = []
    let offset = 0
    for (let i = 0; offset < text.length; i++) {
      if (i > 0) offset += 1 // the space or line break between sentences
      const sentence = LANGUAGE_BENCH_SENTENCES[i % LANGUAGE_BENCH_SENTENCES.length]!
      const alone = checkApologyLanguage(sentence.text)
      expect(alone.map((f) => f.category)).toEqual(sentence.categories)
      for (const f of alone) expected.push([f.category, f.start + offset, f.end + offset])
      offset += sentence.text.length
    }
    expect(findings.map((f) => [f.category, f.start, f.end])).toEqual(expected)
  })
})
