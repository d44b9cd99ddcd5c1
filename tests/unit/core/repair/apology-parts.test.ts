import { describe, expect, it } from 'vitest'
import { APOLOGY_PARTS, analyzeApologyParts, type ApologyPart } from '../../../../electron/core/repair/apology-parts'

function presentParts(text: string): ApologyPart[] {
  return analyzeApologyParts(text)
    .filter((result) => result.present)
    .map((result) => result.part)
}

/** The highlighted words of one part, as the editor would show them. */
function evidenceOf(text: string, part: ApologyPart): string[] {
  const result = analyzeApologyParts(text).find((r) => r.part === part)
  return (result?.evidence ?? []).map(({ start, end }) => text.slice(start, end))
}

describe('analyzeApologyParts: the shape a caller relies on', () => {
  it.each(['', '   ', 'Groceries: milk, eggs.', "I lied. I'm sorry. Please forgive me."])(
    'always returns all six parts, most important first, with text to show (%j)',
    (text) => {
      const results = analyzeApologyParts(text)
      expect(results.map((r) => r.part)).toEqual([...APOLOGY_PARTS])
      expect(APOLOGY_PARTS).toEqual(['responsibility', 'repair', 'regret', 'explanation', 'repentance', 'forgiveness'])
      for (const result of results) {
        expect(result.label.length).toBeGreaterThan(0)
        expect(result.why).toMatch(/^[A-Z].*\.$/)
        expect(result.prompt).toContain('?')
        expect(result.present).toBe(result.evidence.length > 0)
      }
    },
  )

  it('finds nothing in an empty draft, so every part shows its prompt', () => {
    for (const result of analyzeApologyParts('')) {
      expect(result.present).toBe(false)
      expect(result.evidence).toEqual([])
    }
  })

  it('gives the same answer every time for the same text', () => {
    const text = "I broke your trust. I'm sorry. It won't happen again."
    expect(analyzeApologyParts(text)).toEqual(analyzeApologyParts(text))
  })

  it('finds a full apology part by part', () => {
    const text =
      "I lied to you about Friday. I'm sorry. I was afraid you'd be angry. From now on I'll tell you where I am. " +
      'I want to make this right, and I hope you can forgive me.'
    expect(presentParts(text)).toEqual([...APOLOGY_PARTS])
  })
})

describe('evidence offsets point at the words that show the part', () => {
  it('highlights the exact phrases', () => {
    const text = "Honestly? I lied. I'm so, so sorry. It won't happen again."
    expect(evidenceOf(text, 'responsibility')).toEqual(['I lied'])
    expect(evidenceOf(text, 'regret')).toEqual(["I'm so, so sorry"])
    expect(evidenceOf(text, 'repentance')).toEqual(["It won't happen again"])
  })

  it('counts in UTF-16 code units, so emoji before a phrase do not shift it', () => {
    const text = '😔😔 I broke your vase.'
    expect(evidenceOf(text, 'responsibility')).toEqual(['I broke your'])
  })

  it('keeps curly apostrophes and reports spans in the original text', () => {
    const text = 'I’m sorry. It won’t happen again.'
    expect(evidenceOf(text, 'regret')).toEqual(['I’m sorry'])
    expect(evidenceOf(text, 'repentance')).toEqual(['It won’t happen again'])
  })

  it('joins overlapping phrases into one highlight', () => {
    const text = "I'm truly sorry."
    expect(analyzeApologyParts(text).find((r) => r.part === 'regret')?.evidence).toEqual([{ start: 0, end: 15 }])
  })
})

describe('tricky drafts', () => {
  it.each([
    ['I will come with you to the next ceremony.', 'I will come with you'],
    ["Next month I'll go with you to your mother's.", "I'll go with you"],
  ])('counts being there next time as a commitment: %j', (text, words) => {
    expect(evidenceOf(text, 'repentance')).toEqual([words])
  })

  it.each([
    "I'm sorry if I hurt your feelings.",
    'If anyone was offended, I apologize.',
    "Whatever I did, I'm sorry.",
    'Sorry if that came out wrong.',
  ])('does not count conditional regret: %j', (text) => {
    expect(presentParts(text)).not.toContain('regret')
  })

  it.each([
    "I'm sorry you feel that way.",
    "I'm sorry that you think I was being rude.",
    'Sorry you took it the wrong way.',
    'Sorry, but you need to calm down.',
    "Let's move on. I said I'm sorry.",
    "You're overreacting, but fine, sorry.",
  ])('does not count a non-apology as regret: %j', (text) => {
    expect(presentParts(text)).toEqual([])
  })

  it.each([
    'I guess I might have been a bit harsh.',
    'Maybe I was wrong.',
    'I was harsh, I guess.',
    'Mistakes were made.',
    'If I was wrong, I apologize.',
    'I yelled at you because you kept pushing me.',
    'You said I was selfish.',
    "It wasn't my fault.",
    "I don't think I was wrong.",
  ])('does not count hedged, conditional, blaming or denied ownership as responsibility: %j', (text) => {
    expect(presentParts(text)).not.toContain('responsibility')
  })

  it.each([
    ["I won't promise it won't happen again.", []],
    ["I can't say it won't happen again.", []],
    ["I can't promise I'll never lose my temper again.", []],
    ["It probably won't happen again.", []],
    ["It won't happen again.", ['repentance']],
    ["I won't do it again, I swear.", ['repentance']],
    ["I'm not going to lie to you again.", ['repentance']],
    ['I will never make plans without asking you.', ['repentance']],
  ] as const)('reads negation in repentance: %j', (text, expected) => {
    expect(presentParts(text)).toEqual(expected)
  })

  it.each([
    ["I don't expect you to forgive me.", []],
    ["I'm not asking you to forgive me.", []],
    ["I'd understand if you can't forgive me.", []],
    ['Can you ever forgive me?', ['forgiveness']],
    ["I'd like to ask your forgiveness.", ['forgiveness']],
  ] as const)('asks for forgiveness only when the writer asks: %j', (text, expected) => {
    expect(presentParts(text)).toEqual(expected)
  })

  it('treats quoted words as someone else’s', () => {
    expect(presentParts('He told me, "I\'m sorry, it won\'t happen again," and did it again.')).toEqual([])
    expect(presentParts('She said “I was wrong” on Monday.')).toEqual([])
    expect(presentParts("Your note said 'I lied to you' in big letters.")).toEqual([])
  })

  it('still reads the writer’s own words around a quotation', () => {
    const text = 'When you asked, I said "I was at work." I lied.'
    expect(presentParts(text)).toEqual(['responsibility'])
    expect(evidenceOf(text, 'responsibility')).toEqual(['I lied'])
  })

  it('names the act inside regret as ownership: "sorry for lying"', () => {
    expect(presentParts("I'm sorry for lying to you.")).toEqual(['responsibility', 'regret'])
    expect(presentParts('Please forgive me for not listening.')).toEqual(['responsibility', 'forgiveness'])
  })

  it('keeps everyday uses of wrongdoing verbs out', () => {
    expect(presentParts('I missed you so much this week, and I broke down crying.')).toEqual([])
  })

  it.each([
    "I'll be honest: I don't think I did anything wrong.",
    "I'll never forget how hurt you looked.",
    'I promise you nothing.',
    "Forgive me for saying so, but you're wrong.",
    "I'm sorry to bother you, but the car is still dented.",
    "I'm sorry for making you feel that way.",
  ])('does not mistake a figure of speech for a part: %j', (text) => {
    expect(presentParts(text)).toEqual([])
  })

  it('does not count "because I" that only denies', () => {
    expect(presentParts("I'm not going to say I was wrong, because I wasn't.")).toEqual([])
  })
})
