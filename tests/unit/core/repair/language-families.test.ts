import { describe, expect, it } from 'vitest'
import { categories, expectFlagged, flagged, itFlagsEach, itLeavesAlone, type Case } from './language-family-cases'

/*
 * The phrasing families of issue 16, each with the issue's own examples and with variants written
 * for this test in other words, so that a rule keyed to the wording alone would fail.
 */

describe('what a new user wrote in the ownership and compassion steps', () => {
  it.each<Case>([
    ['You tend to overreact about these things.', ['blame-other']],
    ['You made it a bigger deal than it needed to be.', ['blame-other']],
    ['Anyone would have forgotten.', ['blame-other']],
  ])('flags %j', (text, accepted) => expectFlagged([text, accepted]))

  it('hears an honest confession about a lie as a confession, not an excuse', () => {
    expect(categories("I told you my train was cancelled; it wasn't.")).not.toContain('excuse')
    expect(categories('I told you the traffic was terrible, and that was a lie.')).not.toContain('excuse')
  })
})

const FAMILIES: ReadonlyArray<readonly [family: string, cases: readonly Case[]]> = [
  [
    '1. words between the parts',
    [
      ['Sorry to all of you if my words let you down.', ['conditional']],
      ['I apologize to any colleague whom I may have upset.', ['conditional']],
      ['My apologies to the whole team if the schedule change caused trouble.', ['conditional']],
      ['I regret, deeply and sincerely, if any of my neighbours were disturbed.', ['conditional']],
      ['I want to say sorry to every parent who was upset by the email.', ['conditional']],
    ],
  ],
  [
    '2. third person and institutional voice',
    [
      ['That was never our intention.', ['intent-defense']],
      ['She did not mean to imply anything.', ['intent-defense']],
      ['The post was not meant to offend.', ['intent-defense']],
      ['The campaign was never intended to upset anyone.', ['intent-defense']],
      ['This photo does not reflect who we are as a company.', ['intent-defense']],
    ],
  ],
  [
    '3. reception framing',
    [
      ['My words were misread.', ['blame-feelings']],
      ['Our intent has been misunderstood.', ['blame-feelings']],
      ['We regret that it came across as harsh.', ['blame-feelings']],
      ['His comments were taken out of context.', ['blame-feelings']],
      ['I apologise that some people felt excluded.', ['blame-feelings']],
    ],
  ],
  [
    '4. agentless events',
    [
      ["I'm sorry this occurred.", ['passive-vague']],
      ['I regret the incident last week.', ['passive-vague']],
      ['Things just fell apart.', ['passive-vague']],
      ['It got out of hand.', ['passive-vague']],
      ['The evening escalated.', ['passive-vague']],
      ['The password was shared with the wrong person.', ['passive-vague']],
    ],
  ],
  [
    '5. euphemisms for the act',
    [
      ['It was a clumsy joke.', ['minimizing']],
      ['It was a slip of the tongue.', ['minimizing']],
      ['It was a momentary lapse.', ['minimizing']],
      ['There was a miscommunication.', ['minimizing', 'passive-vague']],
      ['That remark was a silly quip.', ['minimizing']],
      ['I apologise for the gaffe at dinner.', ['minimizing']],
    ],
  ],
  [
    '6. excuses with no trigger word',
    [
      ['I was venting after a long week.', ['excuse']],
      ['I said it out of frustration in the moment.', ['excuse']],
      ["I'm only human.", ['excuse', 'minimizing']],
      ['The team followed the usual process.', ['excuse']],
      ['I was going through a rough patch at work.', ['excuse']],
      ['We were under enormous pressure that quarter.', ['excuse']],
    ],
  ],
  [
    '7. blaming their reaction',
    [
      ['You tend to overreact.', ['blame-other']],
      ['You made it bigger than it was.', ['blame-other']],
      ['Anyone would have forgotten.', ['blame-other']],
      ["You're too sensitive about this.", ['blame-other']],
      ['You always take things too personally.', ['blame-other']],
      ['Most people would have missed it too.', ['blame-other']],
    ],
  ],
]

describe('the phrasing families of real apologies', () => {
  itFlagsEach(FAMILIES)
})

describe('8. false alarms it must not raise', () => {
  it.each([
    ['a "but" that adds ownership', 'I said sorry many times, but actions matter more than words.', 'excuse'],
    ['a confession that negates blame', 'I made it sound like your fault; it was never your fault.', 'blame-other'],
    [
      'a retraction later in the sentence',
      'I thought it was a joke, but I should have known better.',
      'intent-defense',
    ],
    ['a reason owned in the same breath', 'I was jealous, and I acted on it anyway.', 'excuse'],
    ['a reason disowned in the next sentence', 'I was exhausted. That is no excuse.', 'excuse'],
    ['an offer to talk about it', 'If you ever want to talk about what happened, I will listen.', 'passive-vague'],
    ['the writer describing themself', 'I came across as cold, and I was cold.', 'blame-feelings'],
  ])('%s: %j', (_case, text, category) => {
    expect(categories(text)).not.toContain(category)
  })

  it('leaves a plain, owned apology alone', () => {
    expect(flagged('I lied to you about the money. It was wrong, and I am sorry. I will pay it back by June.')).toEqual(
      [],
    )
  })
})

/*
 * Structures the blind batches of real apologies showed (tests/fixtures/language/real/README.md),
 * each in words written for this test, so that a rule keyed to a batch's own sentence would fail.
 */
const BLIND_STRUCTURES: ReadonlyArray<readonly [structure: string, cases: readonly Case[]]> = [
  [
    'character, record and purpose offered instead',
    [
      ['Anyone who knows me well will tell you I would never do that.', ['intent-defense']],
      ['My real intention was to make the team laugh.', ['intent-defense']],
      ['The comment was aimed at the referee, not at the fans.', ['intent-defense']],
      ['We did everything in our power to keep the shop open.', ['intent-defense']],
      ['I have always campaigned for fair treatment of nurses.', ['intent-defense']],
      ['It is not a reflection of the school we are.', ['intent-defense']],
      ["I didn't think it was offensive at the time.", ['intent-defense']],
    ],
  ],
  [
    'a circumstance given as the reason',
    [
      ['I snapped at you because the kids had been up all night.', ['excuse']],
      ['It was a difficult week at work.', ['excuse']],
      ['The last few months have been really hard for our family.', ['excuse']],
      ['I was only nineteen.', ['excuse']],
      ["I was goaded by the other team's fans.", ['excuse']],
      ['I have answered more than 300 messages today.', ['excuse']],
    ],
  ],
  [
    'things and systems as the ones who acted',
    [
      ['Our customers experienced unexpected delays.', ['passive-vague']],
      ['A software update introduced the fault.', ['passive-vague']],
      ['The root cause was a mislabelled box.', ['passive-vague']],
      ['Our friendship became strained.', ['passive-vague']],
      ['The invitation slipped through the cracks.', ['passive-vague']],
    ],
  ],
  [
    'someone else named as the one who did it',
    [
      ['The booking was handled by our travel agency.', ['blame-other']],
      ["He's the one who started the rumour.", ['blame-other']],
      ['We were both at fault that night.', ['blame-other']],
      ['One of my assistants sent the wrong file.', ['blame-other']],
      ['A few individuals spoiled the evening for everyone.', ['blame-other']],
      ['You were difficult that whole weekend.', ['blame-other']],
    ],
  ],
  [
    'their reception, their feelings',
    [
      ['Some readers took offence at the cartoon.', ['blame-feelings']],
      ['My column has been misquoted.', ['blame-feelings']],
    ],
  ],
  [
    'small, common, a kinder name',
    [
      ['It was just some playful teasing.', ['minimizing']],
      ['Such mistakes are very rare.', ['minimizing']],
      ['Sometimes people cross the line.', ['minimizing']],
      ['It was a prank that backfired.', ['minimizing']],
      ['Coaches are human, we make mistakes.', ['minimizing']],
    ],
  ],
  [
    'hedged, conditional, hurried',
    [
      ['I may have overlooked your message.', ['hedging']],
      ['Perhaps it was my fault.', ['hedging']],
      ['I apologise for any frustration I have caused.', ['conditional']],
      ['Even if one person felt hurt, that is one too many.', ['conditional']],
      ['I hope we can draw a line under this.', ['rushing-closure']],
    ],
  ],
]

describe('structures the blind batches of real apologies showed', () => {
  itFlagsEach(BLIND_STRUCTURES)

  itLeavesAlone([
    ['"nothing but" is not a contrast', "I'm sorry, and I can do nothing now but make it right.", 'excuse'],
    ['acknowledging their anger', 'I realize many of you are angry with me.', 'blame-feelings'],
    ['telling them what happened', 'I told everyone what happened at the party.', 'passive-vague'],
    ['an "if" about whether it was said', "If I didn't say it then, I am saying it now: I am sorry.", 'conditional'],
    ['disclaiming an excuse', "I'm not trying to excuse what I did.", 'intent-defense'],
    ['a "because" that gives their own fault', 'I was unkind because I was selfish.', 'excuse'],
    ['owning a temper', 'I let my temper get the better of me, and that is on me.', 'excuse'],
    ['empathy, not a norm', "It's not unusual for you to feel this way.", 'minimizing'],
    ['hours of a helpline', 'Our helpline is available 24 hours a day.', 'excuse'],
  ])

  it('shows the whole phrase when a rule starts at its rarest word', () => {
    expect(flagged('What matters is that someone has felt hurt.')).toEqual([
      ['blame-feelings', 'someone has felt hurt'],
    ])
  })
})

/*
 * The families the closing note of round 3 listed as still missed (language-rules-account.ts),
 * in words written for this test.
 */
const STORY_FAMILIES: ReadonlyArray<readonly [family: string, cases: readonly Case[]]> = [
  [
    'an excuse told as a story',
    [
      ['The week had been one thing after another, and by Friday I snapped.', ['excuse']],
      ['That whole day had been a nightmare at the depot.', ['excuse']],
      ['By the end of the shift I had had enough.', ['excuse']],
      ['My mum had just been admitted to hospital.', ['excuse']],
      ['I had just been told I was being made redundant.', ['excuse']],
      ['I am a very competitive player.', ['excuse']],
      ['We were carried by the excitement of the final.', ['excuse']],
    ],
  ],
  [
    'a good record set against the act',
    [
      ['I have served this town for twenty years.', ['intent-defense']],
      ['We have proudly supported local charities since 1998.', ['intent-defense']],
      ['Throughout our long history, we have kept our promises to customers.', ['intent-defense']],
      ['The club has an excellent record of welcoming every fan.', ['intent-defense']],
      ['I have always been a loyal supporter of the nurses.', ['intent-defense']],
    ],
  ],
  [
    'blame by implication',
    [
      ['After what had been said to me, I answered.', ['blame-other']],
      ['Given everything she had done, I stopped replying.', ['blame-other']],
      ['I only reacted to comments about my daughter.', ['excuse']],
      ['I wrote it in retaliation to the abuse I received.', ['excuse']],
    ],
  ],
  [
    'a newly coined soft name',
    [
      ['It was a lapse in tone.', ['minimizing']],
      ['I regret a momentary failure of judgement.', ['minimizing']],
      ['The tweet was poorly worded.', ['minimizing']],
      ['My language was a little colourful.', ['minimizing']],
      ['Nobody is infallible.', ['minimizing']],
    ],
  ],
  [
    'a technical story with no one in it',
    [
      ['A configuration change propagated to every region.', ['passive-vague']],
      ['The update knocked out card payments for two hours.', ['passive-vague']],
      ['The cause of the delay was a scheduling error.', ['passive-vague']],
    ],
  ],
  [
    'new verbs of reception',
    [
      ['Some took it as an attack on their faith.', ['blame-feelings']],
      ['Many viewers read the sketch as mockery.', ['blame-feelings']],
      ['I understand how my words landed.', ['blame-feelings']],
    ],
  ],
]

describe('families still missed after round 3, in our own words', () => {
  itFlagsEach(STORY_FAMILIES)

  itLeavesAlone([
    ['blinded by their own fault', 'I was blinded by my own pride.', 'excuse'],
    ['a confession that lasted years', 'I have been lying to you for two years.', 'intent-defense'],
    ['an update told with its author', 'We shipped an update that broke card payments.', 'passive-vague'],
    ['a plain harsh word, heard as a hedge only', 'Maybe I was a bit harsh with you.', 'minimizing'],
    ['their day, not the writer’s', 'Your week had been hard enough without me.', 'excuse'],
    ['what they told, acknowledged', 'After what you told me, I understand why you left.', 'blame-other'],
    ['a lapse named at its size', 'It was a serious lapse in judgement, and it was mine.', 'minimizing'],
    ['their hard life, not the writer’s', "I'm sorry your life has been so hard.", 'excuse'],
    ['comfort, not a defence', 'What he did is not a reflection of you.', 'intent-defense'],
    ['"happened to" as chance', 'Whatever else happened to be in the car went with it.', 'passive-vague'],
    ['learning from it', 'We will learn from this incident and change how we work.', 'passive-vague'],
  ])
})

/*
 * The families round 4's closing note listed as still missed, and others of the same kinds
 * (language-rules-reasons.ts), in words written for this test.
 */
const REASON_FAMILIES: ReadonlyArray<readonly [family: string, cases: readonly Case[]]> = [
  [
    'a cause outside the writer',
    [
      ['The meeting was cancelled due to heavy snow on the roads.', ['excuse']],
      ['The late delivery was caused by a backlog at the depot.', ['excuse']],
      ['Sometimes these delays are unavoidable.', ['excuse']],
      ['In such cases, mistakes become inevitable.', ['excuse']],
      ['There were good reasons for the decision.', ['excuse']],
      ['Our team was stretched thin after the merger.', ['excuse']],
      ['We were following the guidance we had at the time.', ['excuse']],
      ['I was told it was fine to share.', ['excuse']],
      ['Everyone in the office was doing it.', ['excuse']],
      ['The instructions we received were unclear.', ['excuse']],
    ],
  ],
  [
    'the body, the times or the upbringing as the reason',
    [
      ['I had barely slept in three days.', ['excuse']],
      ['I was on new medication at the time.', ['excuse']],
      ['My anxiety makes me say things I regret.', ['excuse']],
      ['I panicked.', ['excuse']],
      ['That was a different time.', ['excuse']],
      ["That's just how I was brought up.", ['excuse']],
      ["You know I've never been good with dates.", ['excuse']],
      ['Hurt people hurt people.', ['excuse']],
      ['I was so flustered when I wrote that.', ['excuse']],
      ['I felt cornered.', ['excuse']],
      ['My mind was elsewhere.', ['excuse']],
      ['The pressure got to me.', ['excuse']],
      ['Money was tight that winter.', ['excuse']],
      ['My phone had died.', ['excuse']],
      ['Something came up at work.', ['excuse']],
      ['My boss kept me late.', ['excuse']],
      ['We were under enormous time pressure.', ['excuse']],
      ['The officer acted in accordance with his training.', ['excuse']],
    ],
  ],
  [
    'the act shrunk to its manner or given a cheerful name',
    [
      ['I regret saying it in the way I did.', ['minimizing']],
      ['I regret the way I phrased it.', ['minimizing']],
      ["I didn't pick my words carefully.", ['minimizing']],
      ['It was a poor turn of phrase.', ['minimizing']],
      ['They were playful remarks between friends.', ['minimizing']],
      ['It was said in jest.', ['minimizing']],
      ['A small number of my old posts have resurfaced.', ['minimizing']],
      ['Mistakes happen.', ['minimizing']],
      ['No one was actually hurt.', ['minimizing']],
      ['It was a private conversation.', ['minimizing']],
      ['I only had two drinks.', ['minimizing']],
    ],
  ],
  [
    'their part, or forgiveness offered to them',
    [
      ['I forgive you for everything you put me through.', ['blame-other']],
      ['Honestly, I have already forgiven you for your part in it.', ['blame-other']],
      ['I forgive everyone who has wronged me.', ['blame-other']],
      ["You shouldn't have read my phone.", ['blame-other']],
      ["Your mother didn't help either.", ['blame-other']],
      ['You always bring up the past.', ['blame-other']],
      ['The media has blown this out of proportion.', ['blame-other']],
      ['Certain people have an agenda.', ['blame-other']],
      ['Our supplier failed to deliver on time.', ['blame-other']],
      ['Nobody told me.', ['blame-other']],
      ["I raised my voice because you wouldn't listen.", ['blame-other']],
      ['I lied because I knew you would be angry.', ['blame-other']],
      ['The tweet was written by a member of my team.', ['blame-other']],
      ['An employee acted outside our policies.', ['blame-other']],
      ['The error originated with a third-party vendor.', ['blame-other']],
      ['I do not accept the characterisation of my remarks by the opposition.', ['blame-other']],
    ],
  ],
  [
    'sorrow that they did not see, credentials, a machine, closing it for them',
    [
      ["I'm sorry you never saw things the way I did.", ['blame-feelings']],
      ["I'm sorry you couldn't understand what I meant.", ['blame-feelings']],
      ['I grew up with people from every background.', ['intent-defense']],
      ['Some of my closest friends are from that community.', ['intent-defense']],
      ["I don't have a cruel bone in my body.", ['intent-defense']],
      ['I have nothing but respect for our nurses.', ['intent-defense']],
      ['I kept it from you to protect you.', ['intent-defense']],
      ['The system flagged your account automatically.', ['passive-vague']],
      ['I hope we can put this behind us.', ['rushing-closure']],
      ['I hope this clears the air.', ['rushing-closure']],
    ],
  ],
]

describe('families still missed after round 4, in our own words', () => {
  itFlagsEach(REASON_FAMILIES)

  itLeavesAlone([
    ['a cause that is the writer', 'Due to my carelessness, you lost the whole afternoon.', 'excuse'],
    ['a delay the writer caused', 'We were delayed because I left the tickets at home.', 'excuse'],
    ['necessity denied', 'It was not inevitable; I chose it.', 'excuse'],
    ['no good reason', 'There is no good reason for what I did.', 'excuse'],
    ['reasons that are theirs', "I'm sure there are a number of reasons for that.", 'excuse'],
    ['asking for forgiveness', 'I hope one day you can forgive me.', 'blame-other'],
    ['forgiving oneself', 'I have not forgiven myself.', 'blame-other'],
    ['what they should not have had to bear', "You shouldn't have had to deal with that alone.", 'blame-other'],
    ['the way the writer treated them', "I'm sorry for the way I treated you.", 'minimizing'],
    ['hearing it from someone else', "I'm sorry you didn't hear it from me first.", 'blame-feelings'],
    ['a joke named as harm', 'It was not a harmless joke, and I knew that.', 'minimizing'],
    ['anger at oneself', 'I am mad at myself.', 'excuse'],
    ['a habit of theirs, told plainly', 'She might not read this, because she never reads my blog.', 'blame-other'],
    ['what they did not deserve', "I'm sorry, because you didn't deserve any of it.", 'blame-other'],
    ['protecting them from the writer', 'I will keep my distance to protect you from me.', 'intent-defense'],
    ['their hard year', 'I know money was tight for you that year.', 'excuse'],
    ['a lie about a delay, confessed', "I told you my train was late; it wasn't.", 'excuse'],
  ])
})
