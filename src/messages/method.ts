export const method = {
  /** src/views/method-sources.ts: how Mend puts each work of research to use, by the work's anchor. */
  researchUses: {
    'lewicki-2016':
      'The six parts of an apology in the ownership step come from this study, most important first: taking ' +
      'responsibility, then offering repair, with asking forgiveness last. It also found apologies help more ' +
      'after a failure of ability than one of integrity, which shapes the expectations of an integrity breach.',
    'kim-2004':
      'When someone really did what they are blamed for, owning it worked better than denying it, so Mend never ' +
      'helps you explain a breach away. The difference between ability and integrity breaches in your plan’s ' +
      'expectations rests on this work.',
    'dirks-2011':
      'Costly gestures and limits a person places on themselves helped repair trust by showing real change. ' +
      'This is why the amends step asks for something concrete, and why, after a lie or a broken principle, ' +
      'the action step suggests openness or a self-set limit.',
    'schweitzer-2006':
      'A steady run of trustworthy actions restored trust, but after deception it rarely came back fully, and ' +
      'promises helped less. So Mend asks whether a breach involved lying, sets slower expectations when it ' +
      'did, and lets only recorded actions, never promises, move a trend.',
    'mayer-1995':
      'Their three sides of trustworthiness, ability, benevolence and integrity, are the three kinds of breach ' +
      'you choose from when you start a plan (benevolence appears as care).',
    'rempel-1985':
      'In close relationships, trust grows from predictability to dependability to faith, built on what each ' +
      'person has seen of the other over time. It is why every plan expects repair to take time, and more ' +
      'time after greater harm.',
    'brown-braving':
      'Trust is built in small moments: boundaries, reliability, accountability, keeping confidences, ' +
      'integrity, non-judgment and generosity. Mend treats it as a way to look at your own behaviour, never as ' +
      'a weapon against someone else.',
    gottman:
      'Repair attempts, talking through a regrettable incident (each person’s feelings and reality, triggers, ' +
      'one’s own part, a plan), and the sequence atone, attune, attach. They inform the compassion step and ' +
      'the expectation that the other person may need to return to what happened more than once.',
    'lazare-2004':
      'The commonest way an apology fails is in the acknowledgment: vague, passive, conditional, minimizing, ' +
      'or doubting that harm was done. The language check of the ownership and compassion steps looks for ' +
      'exactly these forms, and the care expectations stress naming the impact from their side.',
    'chapman-thomas':
      'People differ in what they most need to hear: regret, responsibility, making it right, change, or a ' +
      'request for forgiveness. The compassion step asks you to think about which matters most to them.',
  },
  /** src/views/AboutMethodView.vue */
  aboutMethodView: {
    home: '← Home',
    aboutTheMethod: 'About the method',
    mendFollowsASimple:
      'Mend follows a simple idea, adapted from a short 2012 article on rebuilding trust: whoever broke trust can repair it in four steps, and whoever is deciding whether to trust again can ask whether those steps have been walked. Everything here is written in our own words; the research it draws on is listed below.',
    theFourSteps: 'The four steps',
    aRepairPlanWalks: 'A repair plan walks them in order. None of them is a score or a verdict on anyone.',
    ifSomeoneBrokeYour:
      'If someone broke your trust, the same four steps become questions: have they owned it, understood what it did to you, made amends, and shown change through what they do rather than what they say?',
    theResearchBehindIt: 'The research behind it',
    eachEntryGivesThe:
      'Each entry gives the work as it is commonly cited and how Mend uses it. The expectations on a plan link here.',
    takingCare: 'Taking care',
    mendIsForOrdinary:
      'Mend is for ordinary breaches of trust between people who both want to repair them. It is not meant for relationships where there is abuse, threats, control or fear.',
    ifYouFeelUnsafe:
      'If you feel unsafe with someone, your safety matters far more than any repair. You do not need to finish a plan, answer a question or explain yourself first.',
    talkToSomeoneYou:
      'Talk to someone you trust: a friend, a family member, your doctor, or a local support service. If you are in danger right now, contact your local emergency services.',
    youDoNotOwe:
      'You do not owe anyone forgiveness, and you do not owe anyone your trust back. How far trust returns, and when, is yours to decide.',
    ifYouAreThe:
      'If you are the one who caused harm: repair is something you offer, never something you press for. Their answer, their pace and their silence are theirs; respecting them is part of the repair.',
    everythingYouWriteIn:
      'Everything you write in Mend stays on this device, and nothing leaves it unless you export it.',
    takeOwnership: 'Take ownership',
    sayPlainlyWhatYou:
      'Say plainly what you did and that it was wrong, without excuses. Owning it shows you see the problem, which is what makes change believable.',
    showCompassion: 'Show compassion',
    nameTheHurtAnd:
      'Name the hurt and the damage from their side, as they lived it, and never make it smaller than it was.',
    makeAmends: 'Make amends',
    doSomethingToMake:
      'Do something to make up for it: something right away, something over time, or best of all both.',
    actDonTPromise: 'Act, don’t promise',
    afterABreachWords:
      'After a breach, words have lost their weight. Actions repeated over time carry the message, and that takes patience: longer when the harm was greater.',
  },
} as const
