import { describe } from 'vitest'
import { itFlagsEach, itLeavesAlone, type Family } from './language-family-cases'

/*
 * Round 7's last file (language-rules-personal.ts): families read in the thirteenth and fourteenth
 * blind batches, mostly letters between people. Every sentence here was written for this test; every
 * family has guards, the honest sentences that share its words.
 */

const PERSONAL_FAMILIES: readonly Family[] = [
  [
    'their wrong set beside the writer\u2019s, or the blame refused',
    [
      ['You lied to me too.', ['blame-other']],
      ['You hurt me just as much.', ['blame-other']],
      ['You two ruined it on your own.', ['blame-other']],
      ["I won't take all the blame for this.", ['blame-other']],
      ['Next time you should label your lunch.', ['blame-other']],
      ['People came at me with false accusations.', ['blame-other']],
    ],
  ],
  [
    'a cause the writer blames, or a state that acted',
    [
      ['I blame the wine.', ['excuse']],
      ['The move had a real impact on my state of mind.', ['excuse']],
      ['It is only natural to feel left out.', ['excuse']],
      ['I had trouble accepting that you were ill.', ['excuse']],
      ['It was simply so we could open on time.', ['excuse']],
      ['We ran into problems with the printer.', ['excuse']],
      ['The news caught me off guard.', ['excuse']],
      ["It didn't feel like anything was wrong.", ['excuse']],
      ["I assumed it wasn't a big deal.", ['excuse']],
      ['I acted on my own anger.', ['excuse']],
    ],
  ],
  [
    'a record for a lifetime, an intent argued, values or care claimed',
    [
      ["I've never missed a rehearsal in my life.", ['intent-defense']],
      ['If I had wanted to hurt you, I would have.', ['intent-defense']],
      ['Cruelty runs counter to everything we stand for.', ['intent-defense']],
      ['The mural was meant to celebrate the neighbourhood.', ['intent-defense']],
      ['I was very clear about my prices.', ['intent-defense']],
      ['We delivered every parcel on time, as requested.', ['intent-defense']],
      ['I hope I was as gentle as I could be.', ['intent-defense']],
      ['I am a flawed but loving father.', ['intent-defense']],
    ],
  ],
  [
    'the act as the way of things, a harm nobody did, the past closed',
    [
      ['Stuff happens.', ['minimizing']],
      ['It was a one-off.', ['minimizing']],
      ['Calling me cruel is an exaggerated description.', ['minimizing']],
      ['It was a minor setback.', ['minimizing']],
      ['It was due to human error.', ['minimizing']],
      ['The damage is done.', ['passive-vague']],
      ['There was a glitch in the system.', ['passive-vague']],
      ['Some accounts were wrongly suspended.', ['passive-vague']],
      ['That probably was not the wisest move.', ['hedging']],
      ["We can't dwell on the past.", ['rushing-closure']],
      ['Please help me move on.', ['rushing-closure']],
      ['I am sorry for the misunderstandings about the menu.', ['blame-feelings']],
    ],
  ],
]

describe('families of letters between people (round 7), in our own words', () => {
  itFlagsEach(PERSONAL_FAMILIES)

  itLeavesAlone([
    ['a wrong the writer shares', 'I lied to you too, and that is the worst part.', 'blame-other'],
    ['the whole blame taken', 'I take all the blame for this.', 'blame-other'],
    ['blame on oneself', 'I blame myself, and no one else.', 'excuse'],
    ['no blame on the wine', 'I do not blame the wine; I chose to drink it.', 'excuse'],
    ['a lifetime of feeling', 'I have never felt so ashamed in my life.', 'intent-defense'],
    ['what the writer did as asked', 'I will call you every Sunday, as we agreed.', 'intent-defense'],
    ['not clear, owned', 'I was not clear with you about the money.', 'intent-defense'],
    ['robust to error', 'We are making the system robust to human error.', 'minimizing'],
    ['damage not yet done', 'I want to repair the damage I did.', 'passive-vague'],
    ['dwelling on it together', 'I will not rush you; we can talk about it as often as you need.', 'rushing-closure'],
    ['a time, not a person', 'Every night I think that I have hurt you.', 'conditional'],
    ['repeated, and meant', 'I have said I am sorry many times, but I truly am.', 'rushing-closure'],
  ])
})
