import { describe } from 'vitest'
import { itFlagsEach, itLeavesAlone, type Family, type Guard } from './language-family-cases'

/*
 * Round 8 (language-rules-shapes.ts, and guards in the older rule files): known families in shapes
 * read in the fifteenth and sixteenth blind batches, and the false alarms those batches showed on
 * letters between people. Every sentence here was written for this test.
 */

const SHAPE_FAMILIES: readonly Family[] = [
  [
    'a condition carried by a participle, a modal or "any … that were"',
    [
      ['For those of you hurt by my post, I am sorry.', ['conditional']],
      ['My apologies to anyone else who was upset by the delay.', ['conditional']],
      ['Sorry to the parents who could have been worried by the letter.', ['conditional']],
      ['I apologise for any past remarks that were hurtful.', ['conditional']],
    ],
  ],
  [
    'an intent denied as a disposition',
    [
      ['There was no malice in it at all.', ['intent-defense']],
      ['I had no ill will whatsoever.', ['intent-defense']],
      ['It was just not meant.', ['intent-defense']],
      ['I would never try to hurt anyone.', ['intent-defense']],
      ['I never want anyone to get hurt.', ['intent-defense']],
      ["I really don't want to be mean.", ['intent-defense']],
      ['We do not wish to exclude anyone.', ['intent-defense']],
    ],
  ],
  [
    'a priority, a standard, a belief or a first time claimed',
    [
      ['The comfort of our guests is a top priority for us.', ['intent-defense']],
      ['This is not in line with our standards.', ['intent-defense']],
      ['We always strive to offer the best service.', ['intent-defense']],
      ['We are strong supporters of fair play.', ['intent-defense']],
      ['We are a family bakery first and foremost.', ['intent-defense']],
      ['This is the first time we have had such a complaint.', ['intent-defense']],
      ['We did all we could to help.', ['intent-defense']],
    ],
  ],
  [
    'an accident of nature, a reflex, a rush nobody planned for',
    [
      ['It was a freak accident.', ['minimizing']],
      ['It was just one of those things.', ['minimizing', 'excuse']],
      ['It was honestly just a reaction.', ['excuse']],
      ['We were far busier than a normal Saturday.', ['excuse']],
      ['Demand was much higher than expected.', ['excuse']],
    ],
  ],
  [
    'a reason named as one, or a cause that stopped the writer',
    [
      ['My only excuse is that I was new.', ['excuse']],
      ["That's why I was so short with you.", ['excuse']],
      ['It is the only way I know how to cope.', ['excuse']],
      ['It was too late to call by then.', ['excuse']],
      ['A family emergency prevented me from coming.', ['excuse']],
      ['It had been presented to me as fact.', ['excuse']],
      ['Due to technical difficulties, the talk began late.', ['excuse']],
    ],
  ],
  [
    'the fault moved to those who did not tell, or the writer kept apart from the act',
    [
      ['No one ever told us about the noise.', ['blame-other']],
      ["We can't fix a problem if we don't know about it.", ['blame-other']],
      ['It is not possible to live up to your expectations.', ['blame-other']],
      ['We never received any complaints about the music.', ['blame-other']],
      ["I'm not usually like this.", ['intent-defense']],
      ["It's just not my style.", ['intent-defense']],
      ['It was a bungled attempt to thank them.', ['minimizing']],
    ],
  ],
  [
    'what the guards of round 8 leave flagged',
    [
      ['Our goal was to make everyone feel welcome.', ['intent-defense']],
      ['To those who were in any way offended, I apologise.', ['conditional']],
      ['I snapped under the pressure of your constant demands.', ['excuse']],
      ["We can't fix it without knowing.", ['blame-other']],
      ["I'm sorry I hurt you, but I was exhausted.", ['excuse']],
    ],
  ],
  [
    'an event as a noun, a closure in a relative clause',
    [
      ['On behalf of the club, I apologise for its occurrence.', ['passive-vague']],
      ['We offer an apology for the events of last night.', ['passive-vague']],
      ["It's a chapter we would like to put behind us.", ['rushing-closure']],
    ],
  ],
]

/** The honest sentences that share these families' words, and round 8's false alarms in our words. */
const SHAPE_GUARDS: readonly Guard[] = [
  ['a plan, not a motive', 'I have no intention of stepping down.', 'intent-defense'],
  ['the harm named as the writer\u2019s', 'I hurt you, and I had no excuse for it.', 'intent-defense'],
  ['a strife about the future', 'This is the kind of team we strive to be.', 'intent-defense'],
  ['where they were, not how they felt', 'To those who were at the dinner, I apologise.', 'conditional'],
  ['the doer named as us', 'We apologise for the email that was sent yesterday by our office.', 'passive-vague'],
  ['the event owned in the same breath', 'What happened on Friday was my fault.', 'passive-vague'],
  ['a goal that is the remedy', 'Our goal is to fix this and earn back your trust.', 'intent-defense'],
  ['reading aloud', 'I may never be able to read it to you.', 'blame-feelings'],
  ['their burden, not the writer\u2019s', 'You were living under the weight of your worries.', 'excuse'],
  ['a manner, not a hedge', 'I want to make amends in a way people find fair.', 'hedging'],
  ['a judgement of the writer', "Perhaps I just don't deserve a second chance.", 'hedging'],
  ['"not just … but" adds to it', "I'm sorry, and I owe you not just a text but a proper visit.", 'excuse'],
  ['an idiom of nearness', 'I am only a text away whenever you want to talk.', 'minimizing'],
  ['an idiom of risk', 'I have nothing more to lose by being honest.', 'minimizing'],
  ['the letter itself', 'This is just a quick note to say I am sorry.', 'minimizing'],
  ['help that held the writer back from worse', 'Your kind words stopped me from making it worse.', 'excuse'],
  ['nothing stopped the writer', 'Nothing stopped me from calling you; I just chose not to.', 'excuse'],
  ['the remedy as the priority', 'Making this right is a top priority for us.', 'intent-defense'],
  [
    'an attempt that failed is not a euphemism',
    'After a failed attempt to call you last night, I am writing instead.',
    'minimizing',
  ],
  ['a resolve for the future', "I don't want to hurt anyone ever again.", 'intent-defense'],
  ['a reason that is the apology\u2019s purpose', "That's why I am writing to you today.", 'excuse'],
]

describe('known families in shapes of round 8, in our own words', () => {
  itFlagsEach(SHAPE_FAMILIES)
  itLeavesAlone(SHAPE_GUARDS)
})
