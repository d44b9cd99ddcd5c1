import { describe, expect, it } from 'vitest'
import { categories, itFlagsEach, itLeavesAlone, type Family } from './language-family-cases'

/*
 * Round 7's second file (language-rules-variants.ts): families the rules knew, in shapes read in
 * the ninth and tenth blind batches' misses. Every sentence was written for this test; every family
 * has guards, the honest sentences that share its words.
 */

const VARIANT_FAMILIES: readonly Family[] = [
  [
    'a motive denied in other words',
    [
      ['At no point did I intend to mock your accent.', ['intent-defense']],
      ['In no way was it meant as a dig at you.', ['intent-defense']],
      ['The poster was neither intended to shock nor to offend.', ['intent-defense']],
      ['There is no way this was a deliberate snub.', ['intent-defense']],
      ["Cruelty isn't my style.", ['intent-defense']],
      ['I only said it out of concern for you.', ['intent-defense']],
      ['I acted with the best of intentions.', ['intent-defense']],
    ],
  ],
  [
    'values, training and a record set beside the lapse',
    [
      ['Our school is built on kindness.', ['intent-defense']],
      ['These values define who we are.', ['intent-defense']],
      ['Fairness is at the heart of what our club stands for.', ['intent-defense']],
      ['We have a zero tolerance policy on bullying.', ['intent-defense']],
      ['All our stewards are fully trained in crowd safety.', ['intent-defense']],
      ['I always try to be a considerate housemate.', ['intent-defense']],
      ['We are always mindful of the parking on our street.', ['intent-defense']],
      ['My 30-year career speaks for itself.', ['intent-defense']],
      ['It was an innocent question.', ['intent-defense']],
    ],
  ],
  [
    'a reading regretted, or a joke most people got',
    [
      ['Some of my words were mis-quoted.', ['blame-feelings']],
      ['I regret the way my post was received.', ['blame-feelings']],
      ['Most listeners understood it was a joke.', ['blame-feelings']],
      ['I apologise to everyone who has been hurt by this error.', ['conditional']],
    ],
  ],
  [
    'a state or a cause that acted for the writer',
    [
      ['I was a victim of nerves on the day.', ['excuse']],
      ['In the excitement of the moment I swore at the referee.', ['excuse']],
      ["I don't know what came over me.", ['excuse']],
      ['In a fit of temper I threw your phone.', ['excuse']],
      ["The cancellations were beyond anyone's control.", ['excuse']],
      ['Due to exceptional circumstances we closed early.', ['excuse']],
      ['My nerves got the best of me.', ['excuse']],
      ["I didn't know how hurtful it was at the time.", ['excuse']],
    ],
  ],
  [
    'the act shrunk: everyone does it, a moment of madness, a count',
    [
      ['We all do it.', ['minimizing']],
      ['Everyone can be wrong sometimes.', ['minimizing']],
      ["I'm only human and I make mistakes.", ['minimizing']],
      ['It was a moment of madness.', ['minimizing']],
      ['Your flight was one of 140 flights affected.', ['minimizing']],
      ['We kept the disruption to a minimum.', ['minimizing']],
      ['My remark was unfortunate.', ['minimizing']],
      ['I said the wrong thing, so be it.', ['minimizing']],
    ],
  ],
  [
    'an ending nobody caused, closing it, their failure named',
    [
      ["I'm sorry things didn't work out.", ['passive-vague']],
      ['We had an incident at the pool this morning.', ['passive-vague']],
      ['Not enough checks were made before the trip.', ['passive-vague']],
      ["Let's leave it there and move on.", ['rushing-closure']],
      ['Please accept this voucher in full and final settlement.', ['rushing-closure']],
      ["I'd like to turn your attention to our new menu.", ['rushing-closure']],
      ['You failed to tell me you were coming.', ['blame-other']],
      ['We were badly let down by our supplier.', ['blame-other']],
      ["I'm disappointed that the board has decided to suspend me.", ['blame-other']],
      ["I wish you weren't so touchy about it.", ['blame-other']],
      ["I didn't respect your space, and you didn't respect mine.", ['blame-other']],
      ['I wanted to teach you a lesson.', ['blame-other']],
    ],
  ],
]

describe('known families in other words (round 7), in our own words', () => {
  itFlagsEach(VARIANT_FAMILIES)

  itLeavesAlone([
    ['an intent owned', 'At no point did I stop to think about you.', 'intent-defense'],
    ['their style', 'That is not your style, and I should have known it.', 'intent-defense'],
    [
      'their best interests, not the writer\u2019s intentions',
      'I did not have your best interests at heart.',
      'intent-defense',
    ],
    ['a school that failed them', 'Our school was built on promises we did not keep to you.', 'intent-defense'],
    [
      'training that was missing',
      'None of our staff were trained to deal with this, and that is on us.',
      'intent-defense',
    ],
    ['mindful of them, from now on', 'From now on I will be mindful of how tired you are.', 'intent-defense'],
    ['a reading owned', 'I regret what I said and the way I said it.', 'blame-feelings'],
    ['their misreading, named as the writer\u2019s', 'I misread your message and replied in anger.', 'blame-feelings'],
    ['the hurt, named', 'I know how much I hurt you.', 'conditional'],
    ['no excuse in the moment', 'There is no excuse, not even the tension of the moment.', 'excuse'],
    ['the harm known', 'I knew how hurtful it was, and I said it anyway.', 'excuse'],
    ['within the writer\u2019s control', 'It was entirely within my control.', 'excuse'],
    ['everyone but the writer', 'Everyone else was right and I was wrong.', 'minimizing'],
    ['a human cost', 'I am human and I hurt you, and that is mine to carry.', 'minimizing'],
    ['a count that grows it', 'You were one of the many people I let down that night.', 'minimizing'],
    ['an ending the writer caused', "Things didn't work out because I lied to you.", 'passive-vague'],
    ['the writer\u2019s part in the incident', 'We had an incident where I shouted at a pupil.', 'passive-vague'],
    ['not leaving it', "I won't ask you to leave it and move on.", 'rushing-closure'],
    ['the writer failed', 'I failed to tell you the truth.', 'blame-other'],
    ['let down by the writer', 'You were let down by me and by no one else.', 'blame-other'],
    ['a wish for them', 'I wish you had not had to go through it alone.', 'blame-other'],
    ['the remedy in the passive', 'We will check that all possible steps have been taken to stop it.', 'passive-vague'],
    ['pointing at the incident', 'Please send us the names of the guests involved in this incident.', 'passive-vague'],
  ])

  it('does not read a relative clause or a fault owned as an event nobody did', () => {
    expect(categories('You were the best thing that ever happened to me.')).not.toContain('passive-vague')
    expect(categories('Everything that happened was entirely my fault.')).not.toContain('passive-vague')
    expect(categories("I'd love nothing more than to see you again.")).not.toContain('minimizing')
    expect(categories('We were too defensive in our response to your letter.')).not.toContain('excuse')
  })
})

const LATER_FAMILIES: readonly Family[] = [
  [
    'years of service, a priority or an inspiration told beside the lapse; a motive for their good',
    [
      ['We have been running this summer camp for over 30 years.', ['intent-defense']],
      ['Our volunteers have worked so hard to build this festival.', ['intent-defense']],
      ['The comfort of our guests is always our top priority.', ['intent-defense']],
      ['While the logo was inspired by a sailing theme, I see now that it hurt people.', ['intent-defense']],
      ['In no way, shape or form did I mean it as a slur.', ['intent-defense']],
      ['I only wanted you to learn from it.', ['intent-defense']],
      ["I didn't want you to fall behind.", ['intent-defense']],
      ['I thought it would toughen you up.', ['intent-defense']],
    ],
  ],
  [
    'the act shrunk or made normal',
    [
      ['The caption was in poor taste.', ['minimizing']],
      ['We very rarely run late.', ['minimizing']],
      ['Cases of lost luggage are very rare.', ['minimizing']],
      ['It was only a handful of people.', ['minimizing']],
      ['Sisters fight sometimes.', ['minimizing']],
    ],
  ],
  [
    'a hurt nobody caused, a state or a crowd that acted, closing it, calling it even',
    [
      ['We are sorry for the upset that has been caused.', ['passive-vague']],
      ['Your complaint was handled very badly.', ['passive-vague']],
      ['The argument went much further than it should have.', ['passive-vague']],
      ["I wasn't in a good head space that week.", ['excuse']],
      ['I was under a huge amount of pressure.', ['excuse']],
      ['I drank far too much at the party.', ['excuse']],
      ['The kitchen was completely swamped.', ['excuse']],
      ['We could not cope with the demand.', ['excuse']],
      ['I hope we can move on from this.', ['rushing-closure']],
      ['We are keen to move forward.', ['rushing-closure']],
      ['There is no need to dwell on this.', ['rushing-closure']],
      ['So I consider us even.', ['blame-other']],
      ['To those who feel excluded by the campaign, we apologise.', ['conditional']],
      ['Words take on different meanings online.', ['blame-feelings']],
    ],
  ],
]

describe('known families in other words, from the eleventh and twelfth batches, in our own words', () => {
  itFlagsEach(LATER_FAMILIES)

  itLeavesAlone([
    ['years of a wrong, confessed', 'I have been lying to you for two years.', 'intent-defense'],
    ['work to repair it', 'Our engineers worked around the clock to restore the service.', 'intent-defense'],
    [
      'the writer wanting them hurt',
      'I wanted you to feel small, and I said it to make that happen.',
      'intent-defense',
    ],
    ['a few visits, described', 'I came to only a handful of visits each year, and I missed the rest.', 'minimizing'],
    ['the hurt the writer caused', 'I am sorry for the hurt that has been caused by my words.', 'passive-vague'],
    ['the writer drank and owns it', 'I do not blame the drink.', 'excuse'],
    [
      'moving forward together, with change',
      'We are changing how we work so that we can move forward together.',
      'rushing-closure',
    ],
    ['their own speech, not another\u2019s', 'I apologise for the hurt that my speech has caused.', 'blame-other'],
    ['"but for" is "except"', 'I am sorry; I had known him but for a few days when I said it.', 'excuse'],
    ['a start, not a but', 'An apology will never be enough, but perhaps it could be a start.', 'excuse'],
    ['busy with oneself', 'I was too busy thinking about myself.', 'excuse'],
    ['their hard time', 'I was not there for you when things weren\u2019t well.', 'excuse'],
    ['a weight, not a scale', 'The puppies weigh less than 10 pounds.', 'minimizing'],
    ['nothing more precious', 'There was nothing more special than our Sunday walks.', 'minimizing'],
    [
      'the act named, then judged',
      'I lost my temper in training, and it shouldn\u2019t have happened.',
      'passive-vague',
    ],
    ['someone asking what happened', 'She wanted to know what actually happened.', 'passive-vague'],
    [
      'things the writer should have done',
      'There were many things that I should have done differently.',
      'passive-vague',
    ],
    ['an "if" about forgiving', "I am sorry. Please forgive me, and if you don't, I understand.", 'conditional'],
    ['a "but" that owns the act', 'I knew it was wrong, but I did it anyway.', 'excuse'],
    [
      'a "but" that says what was right',
      'I should not have used that word but should have said what I meant.',
      'excuse',
    ],
    ['a "but" about the words', 'I want to say sorry, but those words mean little to you now.', 'excuse'],
  ])
})
