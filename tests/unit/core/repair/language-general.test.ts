import { describe, expect, it } from 'vitest'
import { withoutStress } from '../../../../electron/core/repair/language-text'
import { flagged, itFlagsEach, itLeavesAlone, type Family, type Guard } from './language-family-cases'

/*
 * Round 9 (language-rules-general.ts, withoutStress in language-text.ts, and two guards in older
 * rule files): the families in their general form, and the words of stress people put
 * inside a phrase. Every sentence here was written for this test.
 */

const GENERAL_FAMILIES: readonly Family[] = [
  [
    'an "if" clause about the harm before the apology, with any verb',
    [
      ["If I've annoyed you, I'm sorry.", ['conditional']],
      ['If it offends anyone, then I apologise for it.', ['conditional']],
      ['If my joke rattled anybody, please forgive me.', ['conditional']],
      ['Forgive me if it upset you.', ['conditional']],
    ],
  ],
  [
    'a misreading said of someone else, or words that came across wrong',
    [
      ['She misread what we wrote.', ['blame-feelings']],
      ['Some of you misunderstood my post.', ['blame-feelings']],
      ['It came across wrong.', ['blame-feelings']],
      ['It did not come across the way I meant it.', ['blame-feelings']],
    ],
  ],
  [
    'a good intention claimed in other words',
    [
      ['I had the best of intentions.', ['intent-defense']],
      ['All I ever wanted was for you to be happy.', ['intent-defense']],
      ['My only aim was to help.', ['intent-defense']],
      ["It's not that I meant to hurt you.", ['intent-defense']],
      ['I only wanted to help.', ['intent-defense']],
    ],
  ],
  [
    'the act judged by how it sounded, their reaction by what others would have done',
    [
      ['It sounded worse than it was.', ['minimizing']],
      ['Most people would have laughed it off.', ['blame-other']],
    ],
  ],
  [
    'a phrase with words of stress inside it',
    [
      ['It was never, ever my intention to upset you.', ['intent-defense']],
      ['It was truly never my intention to hurt you.', ['intent-defense']],
      ['I did truly have good intentions.', ['intent-defense']],
      ['Things just came across completely wrong.', ['blame-feelings']],
      ['It just… happened.', ['passive-vague']],
    ],
  ],
  [
    'the neighbours of each guard, still flagged',
    [
      ["Let's just forget about it.", ['rushing-closure']],
      ['I feel like I overreacted.', ['hedging']],
      ['I feel like I should have listened to you.', ['hedging']],
      ["I'm sorry you were offended by the joke.", ['blame-feelings']],
      ["I'm sorry you found it offensive.", ['blame-feelings']],
      ["I'm sorry you were made to feel that way.", ['blame-feelings']],
      ["I'm sorry you were left feeling upset.", ['blame-feelings']],
      ["I'm sorry you were given the wrong impression.", ['blame-feelings']],
      ["I wouldn't have shouted if you'd let me finish.", ['blame-other']],
      ["None of this would have happened if you'd let me help.", ['blame-other']],
      ["I'm sorry, but I am tired of your attitude.", ['excuse']],
      ["I already said I'm sorry, but I am not going to keep grovelling.", ['rushing-closure']],
      ['The allegations are completely unfounded.', ['blame-feelings']],
    ],
  ],
]

const GENERAL_GUARDS: readonly Guard[] = [
  ['a question reported, not a condition', 'I asked if it rattled you, and I said sorry.', 'conditional'],
  ['a plan to apologise', 'If I text you tonight, I will apologise properly.', 'conditional'],
  ['a plan, sorry in advance', 'If I miss you at the station, sorry in advance.', 'conditional'],
  ['comfort offered, not a condition on the harm', "If it makes you feel any better, I'm truly sorry.", 'conditional'],
  ['patience asked for the letter', 'Forgive me if this letter is long.', 'conditional'],
  [
    'a misreading the writer caused',
    "She misread the map because I gave her the wrong street; I'm sorry.",
    'blame-feelings',
  ],
  [
    'coming across a thing, not words',
    'When I came across the wrong email thread, I should have stopped reading.',
    'blame-feelings',
  ],
  [
    'a thing that came out wrong',
    "The invoice came out wrong because I typed the figures twice, and I'm sorry.",
    'blame-feelings',
  ],
  ['a selfish aim confessed', "My only concern was my own reputation, and I'm ashamed of that.", 'intent-defense'],
  ['an unkind aim, judged at once', 'I just wanted to make you jealous, and that was cruel.', 'intent-defense'],
  [
    'the writer measured against others',
    "Most men would have understood her fear; I didn't, and I'm sorry.",
    'blame-other',
  ],
  [
    'a plea about being wrong, not about the harm',
    "Forgive me if I'm wrong, but I think we agreed on Friday.",
    'conditional',
  ],
  ['the aim today is the remedy', 'My only aim is to make this right.', 'intent-defense'],
  ['a confession, not a closure', "I said I'd call you back and then forgot about it.", 'rushing-closure'],
  ['a duty, not a hedge', 'I feel like I should tell you the whole story.', 'hedging'],
  ['the letter itself, not the act', 'I feel like this letter is long overdue.', 'hedging'],
  ['stress that means it', 'I have said I am sorry many times, but I truly am.', 'rushing-closure'],
  ['asking leave, not blaming', "I'd love to make it up to you, if you'd let me.", 'blame-other'],
  ['sorry for what was done to them', "I'm so sorry you were turned away at the door on Saturday.", 'blame-feelings'],
  ['sorry for how they learned it', "I'm sorry you found out about the move from your cousin.", 'blame-feelings'],
]

describe('the issue\u2019s families in general form (round 9), in our own words', () => {
  itFlagsEach(GENERAL_FAMILIES)
  itLeavesAlone(GENERAL_GUARDS)

  it('shows the words the person wrote, stress included, and keeps every offset', () => {
    const text = 'Honestly, it was never, ever my intention to upset you.'
    expect(withoutStress(text)).toHaveLength(text.length)
    expect(flagged(text)).toContainEqual(['intent-defense', 'it was never, ever my intention to'])
  })

  it('blanks only words of stress, never the words a finding rests on', () => {
    expect(withoutStress('It was just a joke, honestly.')).toBe(`It was just a joke, ${' '.repeat(8)}.`)
    expect(withoutStress('I really, truly am sorry.')).toBe(`I ${' '.repeat('really, truly'.length)} am sorry.`)
    expect(withoutStress('Whatever I said, I never forgot you.')).toBe('Whatever I said, I never forgot you.')
  })

  it('turns a long run of blanks into a wall no phrase crosses, keeping the length', () => {
    const text = `I am ${'really '.repeat(150)}sorry if you were hurt.`
    const bare = withoutStress(text)
    expect(bare).toHaveLength(text.length)
    expect(bare).toContain('\u0000')
    expect(flagged(text).map(([c]) => c)).toContain('conditional')
  })
})
