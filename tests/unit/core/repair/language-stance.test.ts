import { describe, expect, it } from 'vitest'
import { checkApologyLanguage, type LanguageCategory } from '../../../../electron/core/repair/language-check'

/*
 * Round 5's structural families (language-rules-appended, -stance and -scale), each in words
 * written for this test: not the probe's sentences, so a rule keyed to the probe's wording alone
 * fails here. Every family has guards: the honest sentences that share its words.
 */

const found = (text: string) => checkApologyLanguage(text).map((f) => [f.category, text.slice(f.start, f.end)] as const)
const categories = (text: string): LanguageCategory[] => checkApologyLanguage(text).map((f) => f.category)

type Case = readonly [text: string, category: LanguageCategory]

const FLAGGED: ReadonlyArray<readonly [family: string, cases: readonly Case[]]> = [
  [
    'an account appended to the apology',
    [
      ['Sorry I forgot the pickup, I had been on calls since seven.', 'excuse'],
      ['Apologies for the missing slides; the printer at the venue was playing up.', 'excuse'],
      ['sorry for snapping, this week has been relentless', 'excuse'],
      ['I regret the post, written late at night after a funeral.', 'excuse'],
      ['We apologise for the errors, which occurred during a busy handover.', 'excuse'],
    ],
  ],
  [
    'a condition turned around or in other words',
    [
      ['Should any member have felt slighted, I am sorry.', 'conditional'],
      ['Insofar as the letter caused distress, we regret it.', 'conditional'],
      ['If my being late to the dinner ruined your evening, I apologise.', 'conditional'],
      ['If any of the neighbours were disturbed, we are sorry.', 'conditional'],
      ['Where residents felt ignored, the council apologises.', 'conditional'],
    ],
  ],
  [
    'the hurt turned into their reading',
    [
      ['The speech was perceived by some as dismissive.', 'blame-feelings'],
      ['Some viewers interpreted the sketch as mocking them.', 'blame-feelings'],
      ['I am sorry the message came off as cold to you.', 'blame-feelings'],
      ['Sorry that my joke hit wrong with your parents.', 'blame-feelings'],
      ['I am sorry that Jo thinks I was avoiding her.', 'blame-feelings'],
      ['Sorry it seemed like I didn’t care.', 'blame-feelings'],
    ],
  ],
  [
    'the fault made a likelihood',
    [
      ['It is likely that some invoices went out twice.', 'hedging'],
      ['It appears I gave you the wrong date.', 'hedging'],
      ['Our reply may not have fully met your needs.', 'hedging'],
      ['I probably should have rung you first.', 'hedging'],
    ],
  ],
  [
    'the matter closed by the writer',
    [
      ['I have apologised and will not be commenting further.', 'rushing-closure'],
      ['We now consider the matter closed.', 'rushing-closure'],
      ['Sorry. Can we stop dragging this up?', 'rushing-closure'],
      ['Sorry, ok? We good?', 'rushing-closure'],
    ],
  ],
  [
    'the act made small',
    [
      ['Sorry for my little rant in the group chat.', 'minimizing'],
      ['We apologise for the technical breach of the rules.', 'minimizing'],
      ['Apologies for the hiccup with your order.', 'minimizing'],
      ['Fewer than one in a hundred accounts were exposed.', 'minimizing'],
      ['It was a delay of two minutes at most.', 'minimizing'],
      ['It is hardly the end of the world.', 'minimizing'],
    ],
  ],
  [
    'a motive denied in other words',
    [
      ['Upsetting you was the last thing on my mind.', 'intent-defense'],
      ['There was no ill intent behind the email.', 'intent-defense'],
      ['I said it out of concern, not jealousy.', 'intent-defense'],
      ['It was a typo, not a dig at your team.', 'intent-defense'],
    ],
  ],
  [
    'an event with no doer',
    [
      ['An error occurred while your payment was processed.', 'passive-vague'],
      ['Service standards slipped over the summer.', 'passive-vague'],
      ['There were remarks exchanged that I regret.', 'passive-vague'],
      ['sorry about last night', 'passive-vague'],
    ],
  ],
  [
    'their part appended to the apology',
    [
      ['Sorry I hung up on you, you just would not stop shouting.', 'blame-other'],
      ['sorry I lost it, you were being so unfair', 'blame-other'],
      ['I regret the scenes at the meeting, which the protesters deliberately provoked.', 'blame-other'],
      ['Sorry the slides were late, the printers never sent the final proofs.', 'blame-other'],
    ],
  ],
]

/** Families read in blind-6's misses after its first score (language-rules-letters.ts), in our own words. */
const LETTER_FAMILIES: readonly Case[] = [
  ['We pride ourselves on the care we give every guest.', 'intent-defense'],
  ['I have the deepest respect for the nurses on that ward.', 'intent-defense'],
  ['I take my responsibilities as a coach very seriously.', 'intent-defense'],
  ['I had no hidden agenda in any of this.', 'intent-defense'],
  ['I had every intention of paying you back.', 'intent-defense'],
  ['We are all human beings who make mistakes.', 'minimizing'],
  ["I don't believe I did anything wrong.", 'minimizing'],
  ['The disruption was short in duration.', 'minimizing'],
  ['You were so selfish about the whole thing.', 'blame-other'],
  ['You both ignored my messages for a week.', 'blame-other'],
  ['A complaint was filed against me by a rival.', 'blame-other'],
  ['My words were taken out of context.', 'blame-feelings'],
  ['The delay was a result of a power cut at the depot.', 'excuse'],
  ['I have been away because of family problems.', 'excuse'],
  ['Had I known, I would have acted differently.', 'excuse'],
  ['The match was postponed for operational reasons.', 'passive-vague'],
  ['We suffered a serious data breach last month.', 'passive-vague'],
  ['I put myself in a position I should never have been in.', 'passive-vague'],
  ['I am sorry for any distress this has caused.', 'conditional'],
  // and in blind-7's, after its first score
  ['Anybody who knows me well will tell you I am no bully.', 'intent-defense'],
  ['It has never been our intention to exclude anyone.', 'intent-defense'],
  ['I did it for the good of the club.', 'intent-defense'],
  ['What I was trying to say was that the plan is risky.', 'intent-defense'],
  ['I wrote it whilst feeling very low.', 'excuse'],
  ['I let my anger get the better of me that night.', 'excuse'],
  ['My only excuse is that I was frightened.', 'excuse'],
  ['We are a small and very young charity.', 'excuse'],
  ['She could have just called me instead.', 'blame-other'],
  ['I kept writing to you, only to be ignored.', 'blame-other'],
  ['Despite the provocation, I should have walked away.', 'blame-other'],
  ['Some reporters misrepresented my comments.', 'blame-feelings'],
  ["Last night's events were upsetting for everyone.", 'passive-vague'],
  ['There were warnings missed along the way.', 'passive-vague'],
  ['To anyone I upset with that post, I apologise.', 'conditional'],
  ['I was briefly in attendance.', 'minimizing'],
  ['My brother has accepted my apology.', 'rushing-closure'],
]

/** Honest sentences that share the families' words. */
const GUARDS: readonly Case[] = [
  ['I am sorry I forgot the pickup, and I have set an alarm for every Friday.', 'excuse'],
  ['Sorry I lied, I was wrong and I know it.', 'excuse'],
  ['Sorry for the delay, the refund has been sent to your card.', 'excuse'],
  ['I apologise, that was cruel of me.', 'excuse'],
  ['Should I have told you sooner? Yes, and I did not.', 'hedging'],
  ['The message was rightly seen as an attack.', 'blame-feelings'],
  ['I am sorry for every little lie I told you.', 'minimizing'],
  ['It was not a small betrayal; it was the biggest of my life.', 'minimizing'],
  ['I want to move on, but only once you are ready.', 'rushing-closure'],
  ['Sorry I was cold to you, you deserved so much better.', 'blame-other'],
  ['I am sorry, you were right all along.', 'blame-other'],
  ['I meant to hurt you, and I did.', 'intent-defense'],
  ['I was tired, and I still should have checked the figures.', 'excuse'],
  ['I have no intention of resigning.', 'intent-defense'],
  ['The delay was a result of my own carelessness.', 'excuse'],
  ['You were so patient with me, and I let you down.', 'blame-other'],
  ['It was the first time I truly hurt you.', 'minimizing'],
  ['As a councillor I know I have a duty to set an example.', 'intent-defense'],
  ['We identified what had occurred and fixed the fault within the hour.', 'passive-vague'],
  ['My answers were not as careful as they should have been.', 'blame-other'],
  ['This will be hard to write, but here it goes.', 'excuse'],
  ['If you want details of the incident, please ask me.', 'passive-vague'],
  ['The provocation from the crowd is no excuse; I lost my head.', 'blame-other'],
  ['I waited for you for 40 minutes in the rain.', 'minimizing'],
  ['I did not try hard enough to listen to you.', 'intent-defense'],
  // the fault itself, joined onto the apology, is ownership, not an account
  ['Sorry, I was being selfish.', 'excuse'],
  ["I'm sorry, I was completely out of order.", 'excuse'],
  ['Sorry for yesterday, I was a total jerk to you.', 'excuse'],
  ['Sorry I shouted, I was horrible to you.', 'excuse'],
  ["I'm sorry, I have been a terrible friend.", 'excuse'],
  ["I'm sorry, I was not there when you needed me.", 'excuse'],
  ['Sorry, my words were thoughtless.', 'excuse'],
  ['I apologise, our response was slow and unacceptable.', 'excuse'],
  ["Sorry, the report was late because I didn't start it in time.", 'excuse'],
  ["I'm sorry, that night was awful for you.", 'excuse'],
  ['Sorry for the delay, the package is on its way now.', 'excuse'],
  ["I'm sorry, the way I treated you was cruel.", 'blame-other'],
  ["I'm sorry for the delay; the refund has been processed today.", 'excuse'],
  ['Sorry, we were slow to respond and that let you down.', 'excuse'],
  ["I'm sorry, the last few weeks have been hard for you because of me.", 'excuse'],
  ['We apologise to our customers, the outage was caused by our own change.', 'excuse'],
  ['It is possible to rebuild trust, and I will try to earn it.', 'hedging'],
  ['I was afraid of losing you, and I lied to keep you, which was wrong.', 'excuse'],
  ['Sorry for last night, you asked me a simple question and I mocked you.', 'passive-vague'],
  ['Sorry, I have been avoiding you because I was ashamed.', 'excuse'],
  ["I'm sorry, I was drunk and I chose to drive, and both were my choices.", 'excuse'],
  ["I'm sorry, the secret I kept was yours to tell, not mine.", 'excuse'],
  ['Sorry, the trust you gave me was more than I deserved and I wasted it.', 'excuse'],
  // blind-8's false alarms, read after its first score
  ['We will redouble our efforts to make sure it never happens again.', 'intent-defense'],
  ['I accept your criticism with the greatest respect.', 'intent-defense'],
  ["It's possible you will never want to see me again.", 'hedging'],
]

describe('round 5 families, in words written for this test', () => {
  for (const [family, cases] of FLAGGED) {
    it.each(cases)(`${family}: flags %j`, (text, category) => {
      expect(categories(text), JSON.stringify(found(text))).toContain(category)
    })
  }

  it.each(LETTER_FAMILIES)('after blind-6: flags %j as %s', (text, category) => {
    expect(categories(text), JSON.stringify(found(text))).toContain(category)
  })

  it('tells a fault made a likelihood why, and how to say it as a fact', () => {
    const [finding] = checkApologyLanguage('It appears I gave you the wrong date.')
    expect(finding?.category).toBe('hedging')
    expect(finding?.message).toContain('leaves them to prove what you already know')
    expect(finding?.suggestion).toContain('I gave you the wrong date')
  })

  it.each(GUARDS)('does not flag %j as %s', (text, category) => {
    expect(categories(text), JSON.stringify(found(text))).not.toContain(category)
  })
})
