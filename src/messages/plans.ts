export const plans = {
  /** src/components/plans/steps/due-days.ts: cadences and days in words. */
  dueDays: {
    /** Sunday first, as the contract's Weekday (0 = Sunday). */
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    /** lastDigit is n % 10, or 0 for 11th to 13th: "1st", "2nd", "3rd", "4th". */
    ordinal: (n: number, lastDigit: number) => `${n}${['th', 'st', 'nd', 'rd'][lastDigit] ?? 'th'}`,
    everyDay: 'Every day',
    every: (day: string) => `Every ${day}`,
    /** Several weekdays: "Mon, Wed and Fri". */
    list: (first: readonly string[], last: string) => `${first.join(', ')} and ${last}`,
    monthlyOn: (ordinal: string) => `Monthly on the ${ordinal}`,
    today: 'Today',
    yesterday: 'Yesterday',
    tomorrow: 'Tomorrow',
    /** The same inside a sentence: "due today", "since yesterday". */
    todayInline: 'today',
    yesterdayInline: 'yesterday',
    tomorrowInline: 'tomorrow',
  },
  /** src/components/plans/check-in-chart-data.ts: the check-in chart's series and spoken summary. */
  checkInChartData: {
    kept: 'Kept',
    missed: 'Missed',
    notApplicable: 'Not applicable',
    counts: (kept: number, missed: number, notApplicable: number) =>
      `${kept} kept, ${missed} missed, ${notApplicable} not applicable`,
    noneYet: 'Check-ins per week: none yet.',
    oneWeek: (weekStart: string) => `the week of ${weekStart}`,
    /** weeks is already counted: "3 weeks". */
    manyWeeks: (weeks: string, from: string, to: string) => `${weeks}, from the week of ${from} to the week of ${to}`,
    /** Singular noun given to plural(). */
    week: 'week',
    sentence: (span: string, counts: string) => `Check-ins per week over ${span}: ${counts} in all`,
    unrecorded: (count: number) => `, ${count} not recorded.`,
    latestWeek: (counts: string) => ` The latest week: ${counts}.`,
  },
  /**
   * src/components/plans/breach-wording.ts: the breach form from two sides. "mine" is a plan
   * (the writer caused the breach), "theirs" an assessment (the writer suffered it). The kinds of
   * a plan's breach are the contract's BREACH_KIND_LABELS.
   */
  breachWording: {
    /** Seriousness 1 to 5. */
    severityNames: ['Small', 'Noticeable', 'Serious', 'Very serious', 'Grave'],
    mine: {
      severityLegend: 'How serious was it for them?',
      severityHint: 'Greater harm takes longer to repair. Judge it from their side.',
      severityHints: [
        'A passing hurt',
        'It stayed with them for a while',
        'It changed how they see me',
        'It damaged the relationship',
        'It shook the relationship to its roots',
      ],
      lieHint: "Be honest with yourself: trust returns more slowly after a lie, and the plan's expectations say so.",
    },
    theirs: {
      severityLegend: 'How serious was it for you?',
      severityHint: 'Greater harm takes longer to repair. Only you can judge how much it hurt.',
      severityHints: [
        'A passing hurt',
        'It stayed with me for a while',
        'It changed how I see them',
        'It damaged the relationship',
        'It shook the relationship to its roots',
      ],
      kinds: {
        ability: 'They fell short of what they could do (a failure of ability)',
        care: 'They did not look after me (a failure of care)',
        integrity: 'They broke a principle or their word (a failure of integrity)',
      },
      lieHint: 'Trust usually returns more slowly after a lie; the summary will take that into account.',
    },
  },
  /** src/components/plans/plan-format.ts */
  planFormat: {
    statuses: { active: 'Active', paused: 'Paused', completed: 'Completed', archived: 'Archived' },
    happenedToday: 'It happened today',
    happenedYesterday: 'It happened yesterday',
    /** days is already counted, e.g. "3 days". */
    sinceItHappened: (days: string) => `${days} since it happened`,
    /** Singular noun given to plural(). */
    day: 'day',
    /** The default name of a plan, when the writer gives none. */
    defaultTitle: (personName: string) => `Repairing things with ${personName}`,
  },
  /** src/components/plans/steps/amend-groups.ts */
  amendGroups: {
    statuses: { planned: 'Planned', done: 'Done', declined: 'Declined by them' },
    now: {
      title: 'Right away',
      blurb: 'Something you can do soon, to make up for part of the harm.',
      nudge:
        'Nothing right away yet. A prompt amend shows you take the harm seriously now, not only in principle; what you keep up over time then shows it was not a one-off.',
    },
    overTime: {
      title: 'Over time',
      blurb: 'Something you keep doing, for weeks or months, that carries part of the cost.',
      nudge:
        'Nothing over time yet. A single gesture can feel like settling a bill; amends kept up over time show the change lasts. Both together carry the most weight.',
    },
  },
  /** src/components/plans/steps/commitment-hints.ts */
  commitmentHints: {
    notCheckable:
      'Efforts and feelings are hard for anyone to check. Could you name something they could see you do, like “Call when I will be more than 15 minutes late”?',
    /** Suggested commitments after a lie or a broken principle: what to do, and why it helps. */
    ideas: {
      sameDay: {
        behaviour: 'Tell them the same day about anything they would want to know, before they have to ask',
        why: 'Openness offered, not extracted.',
      },
      askAnything: {
        behaviour: 'Sit down with them for a check-in where they may ask me anything, and answer fully',
        why: 'A regular place for hard questions.',
      },
      limit: {
        behaviour: 'Keep to the limit I set myself, and tell them the same day if I slip',
        why: 'A limit you choose, kept where they can see it.',
      },
    },
  },
  /** src/components/plans/useBreachStart.ts: errors on the breach form (plans and assessments). */
  breachStart: {
    enterTheirName: 'Enter their name.',
    writeWhatHappened: 'Write a few words about what happened.',
    chooseTheDay: 'Choose the day it happened.',
    dayNotYet: 'That day has not come yet.',
    chooseKind: 'Choose the kind that fits best.',
    chooseYesOrNo: 'Choose yes or no.',
  },
  /** src/components/pdf/PlanPdfDialog.vue */
  planPdfDialog: {
    exportToPdf: 'Export to PDF…',
    exportToPdf2: (title: string | number) => `Export “${title}” to PDF`,
    whatToInclude: 'What to include',
    alwaysTheTitlePage: 'Always: the title page, contents, what happened and what to expect.',
    onlyForYouOff: 'only for you; off unless you tick it',
    savePdf: 'Save PDF…',
    cancel: 'Cancel',
    stop: 'Stop',
    with: (personName: string | number) => `With ${personName}`,
    itHappened: 'It happened',
    stepsDone: 'Steps done',
    of4: (completeCount: string | number) => `${completeCount} of 4`,
    printed: 'Printed',
  },
  /** src/components/plans/BreachForm.vue */
  breachForm: {
    whatHappened: 'What happened',
    inYourOwnWords: 'In your own words, plainly. Only you will read this.',
    whenItHappened: 'When it happened',
    whatKindOfBreach: 'What kind of breach was it?',
    didItInvolveLying: 'Did it involve lying or hiding something?',
    yes: 'Yes',
    no: 'No',
  },
  /** src/components/plans/CareNote.vue */
  careNote: {
    beforeYouBegin: 'Before you begin',
    mendIsForThe:
      'Mend is for the ordinary breaches that happen between people who both want to repair things: a broken promise, a hurtful word, a secret that came out.',
    aPlanHelpsYou: 'A plan helps you own what you did and show, over time, that you have changed.',
    itHelpsYouNotice: 'It helps you notice what someone does, not only what they say.',
    itIsNotMeant: (what: string | number) =>
      `It is not meant for relationships where someone is afraid, controlled, threatened or hurt. Repair is not the first task there, and ${what} could be turned into pressure.`,
    ifYouOrSomeone: 'If you or someone else is not safe',
    ifAnyoneIsIn: 'If anyone is in danger right now, contact your local emergency services.',
    talkToSomeoneYou:
      'Talk to someone you trust, or to a doctor, counsellor or local support service, and let them help.',
    keepThisJournalWhere:
      'Keep this journal where only you can open it: lock Mend when you step away, and choose a passphrase no one else knows.',
    youNeverOweAnyone: 'You never owe anyone a repair that puts you or them at risk.',
    aboutTheMethodBehind: 'About the method behind Mend',
    aPlan: 'a plan',
    aRecordLikeThis: 'a record like this',
  },
  /** src/components/plans/CheckInChart.vue */
  checkInChart: {
    /** Tooltip title over a week's bar; label is the week's first day. */
    tooltipWeekOf: (label: string) => `Week of ${label}`,
    checkInsPerWeek: 'Check-ins per week',
    weekOf: 'Week of',
    notRecorded: 'Not recorded',
    due: 'Due',
    allWeeks: 'All weeks',
    showAsChart: 'Show as chart',
    showAsTable: 'Show as table',
    checkIns: 'Check-ins',
  },
  /** src/components/plans/CheckInFigures.vue */
  checkInFigures: {
    toRecord: (days: string) => `${days} to record.`,
    /** Singular noun given to plural(): "1 day", "3 days". */
    day: 'day',
    noCheckInsYet:
      'No check-ins yet. Add a commitment in the step “Act, don’t promise”: something you will do, on days you choose, that you can honestly say you did or did not.',
    /** next is toRecord(...) or theFirstOneIs. */
    noCheckInsYetThen: (next: string) => `No check-ins yet. ${next}`,
    keptRate: 'Kept rate',
    keptInARow: 'Kept in a row',
    longestRun: (longestStreak: string | number) => `longest run ${longestStreak}`,
    dueSoFar: 'Due so far',
    kept: 'Kept',
    missed: 'Missed',
    notApplicable: 'Not applicable',
    notRecorded: 'Not recorded',
    theKeptRateCounts:
      'The kept rate counts only the days you recorded as kept or missed; days that did not apply, and days not recorded, are left out.',
    theFirstOneIs: 'The first one is not due yet.',
  },
  /** src/components/plans/DueNowCard.vue */
  dueNowCard: {
    dueNow: 'Due now',
    checkIn: 'Check-in',
    amend: 'Amend',
    trustCheck: 'Trust check',
    record: 'Record',
    open: 'Open',
    plannedFor: (day: string | number) => `Planned for ${day}`,
    due: (day: string | number) => `Due ${day}`,
  },
  /** src/components/plans/ExpectationsList.vue */
  expectationsList: {
    source: 'Source:',
    nothingParticularToExpect: 'Nothing particular to expect yet.',
  },
  /** src/components/plans/PersonChoice.vue */
  personChoice: {
    chooseSomeone: 'Choose someone…',
    someoneNew: 'Someone new…',
    addThemHereThey: (question: string | number) =>
      `${question} Add them here; they will be in your journal's people too.`,
    theirName: 'Their name',
    relationship: 'Relationship',
    optional: '(optional)',
    partnerFriendSisterColleague: 'partner, friend, sister, colleague…',
    whoseTrustIsThis: 'Whose trust is this about?',
  },
  /** src/components/plans/PlanEntries.vue */
  planEntries: {
    unlink: 'Unlink',
    noJournalEntriesLinked:
      'No journal entries linked yet. Link the entries that belong to this repair, so its story stays together.',
    linkAnEntryFrom: 'Link an entry from your journal',
    entryToLink: 'Entry to link',
    link: 'Link',
    untitled: 'Untitled',
    chooseARecentEntry: 'Choose a recent entry…',
    noEntriesToLink: 'No entries to link',
  },
  /** src/components/plans/PlanRow.vue */
  planRow: {
    with: (personName: string | number) => `With ${personName}`,
    itHappenedOn: (occurredOn: string | number) => `It happened on ${occurredOn}`,
    of4StepsDone: 'of 4 steps done',
  },
  /** src/components/plans/PlanStatusActions.vue */
  planStatusActions: {
    delete: 'Delete…',
    delete2: (title: string | number) => `Delete “${title}”?`,
    thisDeletesThePlan: 'This deletes the plan for good, with everything in it:',
    theWritingOfIts: 'the writing of its steps',
    journalEntriesLinkedTo: 'Journal entries linked to it stay in your journal',
    toKeepThePlan: '. To keep the plan but put it away, archive it instead.',
    deleteThePlan: 'Delete the plan',
    keepIt: 'Keep it',
    amend: 'amend',
    commitment: 'commitment',
    checkIn: 'check-in',
    entry: 'entry',
    entries: 'entries',
    pause: 'Pause',
    pausedNothingFallsDue: 'Paused. Nothing falls due until you resume.',
    markCompleted: 'Mark completed',
    markedCompletedWellDone: 'Marked completed. Well done for seeing it through.',
    archive: 'Archive',
    archivedItStaysHere: 'Archived. It stays here to look back on.',
    resume: 'Resume',
    resumedCheckInsFall: 'Resumed. Check-ins fall due again from today.',
    reopen: 'Reopen',
    reopened: 'Reopened.',
    makeActiveAgain: 'Make active again',
    activeAgain: 'Active again.',
    wasDeletedItsJournal: (title: string | number) =>
      `“${title}” was deleted. Its journal entries are still in your journal.`,
  },
  /** src/components/plans/StepCards.vue */
  stepCards: {
    done: '✓ Done',
    stillToDo: 'Still to do',
    suggestions: 'Suggestions',
    review: 'Review',
    continue: 'Continue',
    open: 'Open',
    sayPlainlyWhatYou: 'Say plainly what you did and that it was wrong.',
    nameTheHurtFrom: 'Name the hurt from their side, without making it smaller.',
    makeUpForIt: 'Make up for it, now and over time.',
    letRepeatedActionsNot: 'Let repeated actions, not promises, carry the message.',
  },
  /** src/components/plans/steps/ActionStep.vue */
  actionStep: {
    afterTrustBreaksPromises:
      'After trust breaks, promises carry little weight; what you do, again and again, carries it. Name behaviours someone could notice, not feelings or efforts. Then record honestly whether you kept them: a missed day recorded is worth more than a streak made up.',
    opennessAndLimitsYou: 'Openness and limits you set yourself',
    offeringOpennessTheyDid: (own: string | number) =>
      `${own} Offering openness they did not have to ask for, and keeping limits you chose, shows it instead. Some ideas to adapt:`,
    add: 'Add',
    allThreeAreIn: 'All three are in your commitments. Edit them to fit your situation.',
    yourCommitments: 'Your commitments',
    noneYetStartWith: 'None yet. Start with one small thing you can keep every time.',
    addACommitment: 'Add a commitment',
    whenALieWas: 'When a lie was part of it, your word counts for less for a while.',
    whenAPrincipleWas: 'When a principle was broken, saying it will not happen again is not enough on its own.',
  },
  /** src/components/plans/steps/AmendForm.vue */
  amendForm: {
    due: 'Due',
    optional: '(optional)',
    when: 'When',
    rightAway: 'Right away',
    overTime: 'Over time',
    note: 'Note',
    cancel: 'Cancel',
    whatYouWillDo: 'What you will do',
    addAnAmend: 'Add an amend',
    save: 'Save',
    add: 'Add',
    eGPayBack: 'e.g. Pay back the money I took, in full',
    eGTakeOver: 'e.g. Take over the school run on Tuesdays',
  },
  /** src/components/plans/steps/AmendItem.vue */
  amendItem: {
    due: 'Due',
    overdue: '· overdue',
    noDueDate: 'No due date',
    statusOf: (description: string | number) => `Status of “${description}”`,
    edit: 'Edit',
    delete: 'Delete',
    confirmDelete: 'Confirm delete',
    deleteThisAmendFor: 'Delete this amend for good?',
    keepIt: 'Keep it',
  },
  /** src/components/plans/steps/AmendsStep.vue */
  amendsStep: {
    wordsNameTheHarm:
      'Words name the harm; amends carry part of its cost. Think of something you can do soon, and something you will keep doing. If you are unsure what would help, asking them is an amend in itself.',
  },
  /** src/components/plans/steps/ApologyParts.vue */
  apologyParts: {
    partsOfAnApology: 'Parts of an apology',
    inYourDraft: '(in your draft)',
    missing: 'Missing',
    whyItMatters: 'Why it matters',
    ofInYourDraft: (present: string | number, partsCount: string | number) =>
      `${present} of ${partsCount} in your draft · most important first`,
    readingYourDraft: 'Reading your draft…',
  },
  /** src/components/plans/steps/CheckInRecorder.vue */
  checkInRecorder: {
    checkIns: 'Check-ins',
    nothingDueInThe: (today: string | number) => `Nothing due in the last two weeks${today}.`,
    clear: 'Clear',
    noteFor: (today: string | number) => `Note for ${today}`,
    aNoteThenChoose: 'A note, then choose Kept, Missed or Not applicable',
    itStarts: (today: string | number) => `; it starts ${today}`,
    wasItKept: (today: string | number) => `${today}: was it kept?`,
    editNote: 'Edit note',
    addNote: 'Add note',
    showFewerDays: 'Show fewer days',
    showEarlierDueDays: (SHOWN_FIRST: string | number) => `Show ${SHOWN_FIRST} earlier due days`,
    kept: 'Kept',
    missed: 'Missed',
    notApplicable: 'Not applicable',
  },
  /** src/components/plans/steps/CommitmentForm.vue */
  commitmentForm: {
    eGTextWhen: 'e.g. Text when I leave work, and come straight home',
    howOften: 'How often',
    everyDay: 'Every day',
    onceAWeek: 'Once a week',
    onCertainWeekdays: 'On certain weekdays',
    onceAMonth: 'Once a month',
    on: 'On',
    dayOfTheMonth: 'Day of the month',
    starting: 'Starting',
    remindMeAt: 'Remind me at',
    cancel: 'Cancel',
    whatYouDo: 'What you do',
    somethingYouWillDo: 'Something you will do, that they could see',
    save: 'Save',
    addCommitment: 'Add commitment',
  },
  /** src/components/plans/steps/CommitmentItem.vue */
  commitmentItem: {
    /** Before the end day of a commitment: "· stopped 3 May" or "· ends 3 May". */
    stopped: 'stopped',
    ends: 'ends',
    since: '· since',
    reminderAt: '· reminder at',
    edit: 'Edit',
    stop: 'Stop',
    resume: 'Resume',
    delete: 'Delete',
    confirmDelete: 'Confirm delete',
    deleteThisCommitmentAnd: 'Delete this commitment and all its check-ins? Stopping keeps the record instead.',
    keepIt: 'Keep it',
    kept: 'Kept',
    currentStreak: 'Current streak',
    longest: 'Longest',
    recorded: 'Recorded',
    ofDue: (notApplicable: string | number, due: string | number) => `${notApplicable} of ${due} due`,
    notYet: 'not yet',
    inARow: (n: string | number) => `${n} in a row`,
  },
  /** src/components/plans/steps/CompassionStep.vue */
  compassionStep: {
    describeTheImpactAs:
      'Describe the impact as they lived it, not as you meant it. Stay with their side: how it felt, what it cost, what it changed. The check below watches for words that shrink the hurt or hand it back to them.',
    theImpactOnThem: 'The impact on them',
    whenYouFoundOut: 'When you found out, you felt … It meant that …',
    thingsToName: 'Things to name',
    whatMightTheyMost: 'What might they most need to hear?',
    optional: '(optional)',
    peopleDifferInWhat:
      'People differ in what makes an apology land. If you know them well, tick what matters most to them; leave it empty if you are unsure, and ask them later.',
    theirFeelings: 'Their feelings',
    howMightTheyHave: 'How might they have felt when they found out, and since? Name the feelings.',
    theConsequences: 'The consequences',
    whatHappenedToThem: 'What happened to them because of it: practical, social, at work, at home?',
    whatItCostThem: 'What it cost them',
    timeMoneySleepConfidence: 'Time, money, sleep, confidence, other people’s trust in them?',
    betweenYou: 'Between you',
    whatChangedInHow: 'What changed in how they see you, or in what they can rely on?',
  },
  /** src/components/plans/steps/FindingsList.vue */
  findingsList: {
    languageCheck: 'Language check',
    theCheckCouldNot: (message: string | number) => `The check could not run: ${message}`,
    findings: 'Findings',
    flaggedWords: 'Flagged words:',
    tryInstead: 'Try instead:',
    showInText: 'Show in text',
    dismiss: 'Dismiss',
    nothingFlaggedTheCheck: 'Nothing flagged. The check reads words, not hearts: read it once more as they would.',
    dismissed: (dismissedCount: string | number) => `Dismissed (${dismissedCount})`,
    youChoseToKeep: 'You chose to keep these words; they are no longer marked in this step.',
    bringBack: 'Bring back',
    checking: 'Checking…',
    nothingToLookAt: 'Nothing to look at right now.',
    phraseCount: (n: number) => (n === 1 ? '1 phrase to look at' : `${n} phrases to look at`),
  },
  /** src/components/plans/steps/OwnershipStep.vue */
  ownershipStep: {
    sayWhatYouDid:
      'Say what you did in plain words, in the first person, and that it was wrong. No “if”, no “but”: owning it completely is what makes any change you promise later believable. You can write freely here; nothing is sent to anyone.',
    whatIDid: 'What I did',
    iItWasWrong: 'I … It was wrong because …',
  },
  /** src/components/plans/steps/StepStatus.vue */
  stepStatus: {
    thisStepHasWhat: 'This step has what it needs.',
    stillToDo: 'Still to do',
    worthConsidering: 'Worth considering',
  },
  /** src/components/plans/steps/WritingPanel.vue */
  writingPanel: {
    marksAPhraseThe: 'marks a phrase the check found. Hover it, or put the cursor in it, to read why.',
    wavyUnderline: 'wavy underline',
    helpWith: (toLowerCase: string | number) => `Help with ${toLowerCase}`,
  },
  /** src/views/PlanOverviewView.vue */
  planOverviewView: {
    repairPlans: '← Repair plans',
    openingThePlan: 'Opening the plan…',
    with: 'With',
    itHappenedOn: '· It happened on',
    commitmentsDoNotFall:
      'Commitments do not fall due and no reminders come while it rests. Nothing is lost: resume whenever you are ready.',
    thisPlanIsPaused: 'This plan is paused.',
    itIsKeptTo: 'It is kept to look back on; nothing falls due. Make it active again to carry on.',
    thisPlanIsArchived: 'This plan is archived.',
    trustKeepsGrowingFrom: 'Trust keeps growing from what you go on doing.',
    youMarkedThisPlan: 'You marked this plan completed.',
    whatHappened: 'What happened',
    seriousnessOf5: (severity: string | number, kind: string | number, involved: string | number) =>
      `Seriousness ${severity} of 5 · ${kind} · ${involved}`,
    theFourSteps: 'The four steps',
    whatToExpectHonestly: 'What to expect, honestly',
    aboutTheMethodAnd: 'About the method and the research behind it',
    consistency: 'Consistency',
    journalEntries: 'Journal entries',
    thisPlanIsNot: 'This plan is not here any more.',
    nothingWritten: 'Nothing written.',
    itInvolvedLyingOr: 'It involved lying or hiding something',
    noLieWasInvolved: 'No lie was involved',
  },
  /** src/views/PlanStartView.vue */
  planStartView: {
    repairPlans: '← Repair plans',
    startARepairPlan: 'Start a repair plan',
    aPlanWalksYou:
      'A plan walks you through four steps: own what you did, understand the hurt, make amends, and show change through what you do over time.',
    whoAndWhat: 'Who and what',
    aNameForThe: 'A name for the plan',
    optional: '(optional)',
    cancel: 'Cancel',
    starting: 'Starting…',
    startThePlan: 'Start the plan',
    chooseWhoseTrustThis: 'Choose whose trust this is about.',
    chooseHowSeriousIt: 'Choose how serious it was for them.',
    yourPlanIsReady: 'Your plan is ready. Take the steps in your own time.',
  },
  /** src/views/PlanStepView.vue */
  planStepView: {
    planOverview: '← Plan overview',
    openingThePlan: 'Opening the plan…',
    backToYourPlans: 'Back to your plans',
    with: (title: string | number, personName: string | number) => `${title} · with ${personName}`,
    stepsOfThisPlan: 'Steps of this plan',
    complete: '(complete)',
    step: (index: string | number, step: string | number) => `Step ${index}: ${step}`,
    previousAndNextStep: 'Previous and next step',
    next: (next: string | number) => `Next: ${next} →`,
    backToThePlan: 'Back to the plan overview',
    yourWritingIsNot: 'Your writing is not saved yet, so Mend kept this step open. Try again, or copy the text.',
  },
  /** src/views/PlansView.vue */
  plansView: {
    repairPlans: 'Repair plans',
    forWhenYouBroke: 'For when you broke someone’s trust and want to repair it, step by step and over time.',
    startAPlan: 'Start a plan',
    noPlansYet: 'No plans yet',
    aRepairPlanIs:
      'A repair plan is for a breach you caused: a promise broken, a hurtful word, something hidden. It walks you through four steps: own what you did, understand the hurt from their side, make amends, and then show, through what you do again and again, that things have changed.',
    everythingInItStays: 'Everything in it stays on this computer, encrypted, and only you read it.',
    aboutTheMethod: 'About the method',
    noPlanIsActive: 'No plan is active right now. Finished and archived plans are below.',
    completedAndArchived: (finishedCount: string | number) => `Completed and archived (${finishedCount})`,
    aboutTheMethodBehind: 'About the method behind the four steps',
    active: 'Active',
    paused: 'Paused',
    completed: 'Completed',
    archived: 'Archived',
  },
} as const
