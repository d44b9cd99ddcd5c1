import { describe } from 'vitest'
import { itFlagsEach, itLeavesAlone, type Family } from './language-family-cases'

/*
 * Round 7's families (language-rules-nature.ts): appeals to how things usually are, read in the
 * eighth blind batch's misses. Every sentence here was written for this test, in other words than
 * the batch's, so a rule keyed to the batch's wording alone fails; every family has guards, the
 * honest sentences that share its words.
 */

const NATURE_FAMILIES: readonly Family[] = [
  [
    'the usual standard or record set against the lapse',
    [
      ['The bakery takes food hygiene extremely seriously.', ['intent-defense']],
      ['I take my responsibilities as a coach very seriously.', ['intent-defense']],
      ['We take very seriously our duty of care to every pupil.', ['intent-defense']],
      ['We usually get these orders right.', ['intent-defense']],
      ['Sorry for the wait, as we normally provide a quick turnaround.', ['intent-defense']],
      ['We do check every parcel before it leaves.', ['intent-defense']],
      ['This is not typical of us.', ['intent-defense']],
      ['I have worn this jersey with pride for twelve years.', ['intent-defense']],
      ['We have served this town with dedication since 1962.', ['intent-defense']],
      ["I know I'm better than this.", ['intent-defense']],
      ['I could never imagine saying something so cruel to you.', ['intent-defense']],
    ],
  ],
  [
    'the lapse as rare, as the way of the world, or as a failed attempt',
    [
      ['Delays like this are very rare.', ['minimizing']],
      ['Complaints are thankfully uncommon.', ['minimizing']],
      ['This rarely happens.', ['minimizing']],
      ["We lost in the last minute; well, that's cricket for you.", ['minimizing']],
      ['Such is life.', ['minimizing']],
      ['It was a clumsy attempt at humour.', ['minimizing']],
      ['The message was poorly phrased.', ['minimizing']],
      ['That was the only conversation I had with her.', ['minimizing']],
    ],
  ],
  [
    'the act as a reflex or a coincidence',
    [
      ['Instinctively, I grabbed the phone out of her hand.', ['excuse']],
      ['It was purely a reflex.', ['excuse']],
      ['It was by sheer coincidence that I saw your messages.', ['excuse']],
      ['Out of habit, I read the texts aloud.', ['excuse']],
    ],
  ],
  [
    'an event nobody did',
    [
      ['The wrong dates somehow slipped into the newsletter.', ['passive-vague']],
      ['Several mistakes had somehow crept into the invoice.', ['passive-vague']],
      ['Passengers were let down on Friday.', ['passive-vague']],
      ['I hate being in this situation.', ['passive-vague']],
      ['We deeply regret the mess we ended up in.', ['passive-vague']],
      ['We apologise for the past.', ['passive-vague']],
    ],
  ],
  [
    'their part put politely, or the hurt party asked to behave',
    [
      ['It would have been helpful if you had rung ahead.', ['blame-other']],
      ['It would have been nice if the guest had told us about the allergy.', ['blame-other']],
      ['We ask that customers remain calm at the counter.', ['blame-other']],
      ['Please do not shout at our volunteers.', ['blame-other']],
    ],
  ],
  [
    'the fault moved to the explaining',
    [
      ['I should have explained myself better.', ['blame-feelings']],
      ['We could have done a better job of explaining the new fees.', ['blame-feelings']],
    ],
  ],
  [
    'an appeal that closes it, or words between "any" and the harm',
    [
      ["Life's too short for grudges.", ['rushing-closure']],
      ['Roll on Sunday and the derby.', ['rushing-closure']],
      ["Let's not let one bad night define the season.", ['rushing-closure']],
      ['Sorry to any Welsh fans I offended.', ['conditional']],
      ['I apologise to any younger viewers who I may have upset.', ['conditional']],
    ],
  ],
]

describe('families of how things usually are (round 7), in our own words', () => {
  itFlagsEach(NATURE_FAMILIES)

  itLeavesAlone([
    ['the matter in front of them', 'We are taking this complaint very seriously.', 'intent-defense'],
    ['a value not taken seriously', 'I did not take your safety seriously, and you paid for it.', 'intent-defense'],
    ['a habit that was the fault', 'I usually get home by six, and that night I did not even call.', 'intent-defense'],
    ['a standard they deserve', 'You deserve better than this.', 'intent-defense'],
    ['imagining their hurt', 'I can never imagine how much that hurt you.', 'intent-defense'],
    ['a record of failing them', 'I have served you nothing but excuses for years.', 'intent-defense'],
    ['a fault that is not rare', 'Mistakes like this are not rare for me, and that is the problem.', 'minimizing'],
    ['their trust as rare', 'Your trust is rare, and I broke it.', 'minimizing'],
    ['life as they live it', 'That is life as you have lived it since I left.', 'minimizing'],
    ['a poor apology owned', 'My first message was a poor attempt at an apology.', 'minimizing'],
    ['an automatic blame owned', 'Automatically blaming you was wrong.', 'excuse'],
    ['no reflex', 'It was not a reflex; I chose to say it.', 'excuse'],
    ['no coincidence', 'It was no coincidence that I was late again.', 'excuse'],
    ['the writer somehow did it', 'I had somehow got it into my head that you would not mind.', 'passive-vague'],
    ['letting them down', 'I know I let you down.', 'passive-vague'],
    ['let down, by the writer', 'You were let down by me, again.', 'passive-vague'],
    ['the situation the writer made', 'I am sorry for putting you in this situation.', 'passive-vague'],
    ['a stretch of the past named', 'I am sorry for the past year of silence.', 'passive-vague'],
    ['what the writer should have done', 'It would have been better if I had called you.', 'blame-other'],
    ['no reply asked for', 'Please do not feel you have to reply.', 'blame-other'],
    ['life is short, and the writer wasted it', 'Life is short, and I wasted a year of yours.', 'rushing-closure'],
    ['not carrying on as before', "I can't roll on as if nothing happened.", 'rushing-closure'],
    ['every fan, named', 'I have written to every fan I upset.', 'conditional'],
  ])
})
