export const method = {
  /** src/views/method-sources.ts: how Mend puts each work of research to use, by the work's anchor. */
  researchUses: {
    'lewicki-2016':
      'The six parts of an apology beside the ownership step come from this study, with taking responsibility ' +
      'first, offering repair second and asking forgiveness last; the order of the three in between is ours. ' +
      'Its finding that apologies helped less after a lapse of integrity shapes the expectations of an ' +
      'integrity breach.',
    'kim-2004':
      'Mend is for someone who really did what hurt the other person, and then owning it worked better than ' +
      'denying it, so Mend never helps you explain a breach away. The different expectations for ability and ' +
      'integrity breaches rest on this work.',
    'dirks-2011':
      'The amends step asks for something concrete. After a lie or a broken principle, the action step ' +
      'suggests openness or a limit you set on yourself: that is Mend’s own suggestion, built on what this ' +
      'study calls regulation. The study did not test openness, and found such signs counted for less after ' +
      'a lapse of integrity.',
    'schweitzer-2006':
      'Mend asks whether a breach involved a lie and, when it did, says plainly that trust may not come all ' +
      'the way back. That only recorded actions, and promises once kept, move a figure is Mend’s own design ' +
      'choice, not the study’s result: in the study a promise did help.',
    'mayer-1995':
      'Their three sides of trustworthiness are the three kinds of breach you choose from when you start a ' +
      'plan (benevolence appears as care), and they inform the items of an assessment’s periodic check.',
    'rempel-1985':
      'Mend draws on it only for the idea that trust between people close to each other rests on what each ' +
      'sees of the other over time. How long a plan suggests repair may take is Mend’s own guidance, not ' +
      'this paper’s.',
    'brown-braving':
      'Some items of an assessment’s periodic check draw on it. Mend treats it as a way to look at what ' +
      'someone does, never as a weapon against anyone.',
    gottman:
      'They inform the compassion step and the expectation that the other person may need to return to what ' +
      'happened more than once.',
    'lazare-2004':
      'The language check of the ownership and compassion steps looks for these forms, and the expectations ' +
      'after a failure of care stress naming the impact from their side.',
    'chapman-thomas': 'The compassion step asks you to think about which of these matters most to them.',
  },
  /** src/views/AboutMethodView.vue */
  aboutMethodView: {
    home: '← Home',
    aboutTheMethod: 'About the method',
    mendFollowsASimple: (article: string) =>
      `Mend follows a simple idea, adapted from ${article}: whoever broke trust can repair it in four steps, and whoever is deciding whether to trust again can ask whether those steps have been walked. Everything here is written in our own words; the research it draws on is listed below.`,
    originArticle: (citation: string) => `“How to Rebuild Trust”, an article (${citation})`,
    theFourSteps: 'The four steps',
    aRepairPlanWalks: 'A repair plan walks them in order. None of them is a score or a verdict on anyone.',
    ifSomeoneBrokeYour:
      'If someone broke your trust, the same four steps become questions: have they owned it, understood what it did to you, made amends, and shown change through what they do rather than what they say?',
    theResearchBehindIt: 'The research behind it',
    eachEntryGivesThe:
      'Each entry gives the work as it is commonly cited, what it found or describes, in our words and no further than the work goes, and how Mend uses it. The expectations on a plan link here.',
    whatItFound: 'What it says',
    howMendUsesIt: 'How Mend uses it',
    ownGuidanceTitle: 'Mend’s own guidance',
    ownGuidance:
      'Some of what Mend tells you is its own guidance rather than a research finding: how long repair may take, the suggestion to be open and to set yourself limits after a lie or a broken principle, and the rule that words and open promises never move a figure, only what someone does and promises once kept. A plan marks these as Mend’s own, without a source, so that you can weigh them as suggestions.',
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
