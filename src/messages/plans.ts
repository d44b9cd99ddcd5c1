import type { LanguageCategory } from '../../electron/contract'

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
      lieHint:
        "Be honest with yourself: after a lie, trust may not come all the way back, and the plan's expectations say so.",
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
        ability: 'They forgot, or fell short of something they meant to do',
        care: 'They did not look after me or my feelings',
        integrity: 'They broke their word, or something they say they believe in',
      },
      lieHint:
        'After a lie, trust may not come all the way back, and the reading will say so. How far it returns is yours to decide.',
    },
  },
  /** src/components/plans/BreachDetails.vue: "What happened" on a plan's or an assessment's overview. */
  breachDetails: {
    whatHappened: 'What happened',
    nothingWritten: 'Nothing written.',
    /** By perspective: a plan's breach hurt them ('mine'); an assessment's hurt the writer ('theirs'). */
    howSerious: {
      mine: (severity: number) => `How serious it was for them: ${severity} of 5.`,
      theirs: (severity: number) => `How serious it was for you: ${severity} of 5.`,
    },
    itInvolvedLyingOr: 'It involved lying or hiding something',
    noLieWasInvolved: 'No lie was involved',
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
    /**
     * Why each suggested commitment helps, after a lie or a broken principle. The commitments
     * themselves are the contract's OPENNESS_COMMITMENTS (the plan checks for them).
     */
    ideas: {
      sameDay: 'Openness they do not have to pull out of you.',
      askAnything: 'A regular place for hard questions.',
      limit: 'A limit you choose, kept where they can see it.',
    },
  },
  /** src/components/plans/useBreachStart.ts: errors on the breach form (plans and assessments). */
  breachStart: {
    enterTheirName: 'Enter their name.',
    writeWhatHappened: 'Write a few words about what happened.',
    chooseTheDay: 'Choose the day it happened.',
    dayNotYet: 'That day has not come yet.',
    chooseKind: 'Choose at least one.',
    chooseYesOrNo: 'Choose yes or no.',
    /** Who the title's placeholder names until someone is chosen: "Repairing things with them". */
    them: 'them',
  },
  /** src/components/pdf/PlanPdfDialog.vue */
  planPdfDialog: {
    exportToPdf2: (title: string | number) => `Export “${title}” to PDF`,
    /** The small line above the title in the sketch of the first page, as the PDF prints it. */
    kicker: 'Mend · Repair plan',
    whatToInclude: 'What to include',
    alwaysTheTitlePage: 'Always: the title page, contents, what happened and what to expect.',
    /** What each part of the PDF will show, under its tick box. */
    sectionShows: {
      steps: 'What you wrote: what you did, how it affected them, and what they may need to hear.',
      amends: 'Each amend, when it is due, and where it stands.',
      commitments: 'Each commitment, how often you kept it, a weekly chart, and every check-in with its note.',
      entries: 'The journal entries you linked to this plan, in full. Off unless you tick it: this PDF may reach them.',
      privateNotes: 'Your private notes on the plan: only for you. Off unless you tick it.',
    },
    with: (personName: string | number) => `With ${personName}`,
    itHappened: 'It happened',
    stepsDone: 'Steps written',
    of4: (completeCount: string | number) => `${completeCount} of 4`,
    printed: 'Printed',
  },
  /** src/components/plans/BreachForm.vue */
  breachForm: {
    whatHappened: 'What happened',
    inYourOwnWords: 'In your own words, plainly. Only you will read this.',
    whenItHappened: 'When it happened',
    whatWentWrong: 'What went wrong?',
    pickAny: 'Pick any that fit: forgetting and lying can both be true.',
    didItInvolveLying: 'Did it involve lying or hiding something?',
    yes: 'Yes',
    no: 'No',
  },
  /** src/components/plans/CareNote.vue */
  careNote: {
    beforeYouBegin: 'Before you begin',
    mendIsForThe:
      'Mend is for the ordinary hurts that happen between people who both want to repair things: a broken promise, a hurtful word, a secret that came out.',
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
    noCheckInsYet: 'No check-ins yet. They start once you choose something you will do, on days you pick.',
    chooseACommitment: 'Choose a commitment',
    /** next is toRecord(...) or theFirstOneIs. */
    noCheckInsYetThen: (next: string) => `No check-ins yet. ${next}`,
    keptWhenItWasYours: 'Kept, when it was yours to do',
    keptOf: (kept: number, judged: number) => `${kept} of ${judged} ${judged === 1 ? 'time' : 'times'}`,
    keptInARow: 'Kept in a row now',
    /** Singular noun given to plural(): "1 time", "4 times". */
    time: 'time',
    longestRun: 'Longest run so far',
    missed: 'Missed',
    notApplicable: 'Did not apply',
    notRecorded: 'Not recorded yet',
    howItIsCounted:
      'Kept counts the days you marked kept or missed. Days that did not apply, and days not recorded yet, are left out; you can still record those.',
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
    whyWeSayThis: 'Why we say this',
    source: 'From the research:',
    ownGuidance: 'Mend’s own guidance, not a research finding',
    moreToExpect: (n: number) => (n === 1 ? 'One more thing to expect' : `${n} more things to expect`),
    nothingParticularToExpect: 'Nothing particular to expect yet.',
  },
  /** src/components/plans/PersonChoice.vue */
  personChoice: {
    typeToFind: 'Type their name: pick them from the list, or press Enter to add someone new.',
    typeTheirName: 'Type their name. They will be in your journal’s people too.',
    addSomeoneNew: (name: string) => `Add “${name}” as someone new`,
    peopleWhoMatch: 'People in your journal who match',
    added: (name: string) => `${name} is in your journal’s people now.`,
    couldNotAdd: 'They could not be added. Try again.',
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
    of4StepsDone: 'of 4 steps written',
  },
  /** src/components/plans/PlanMenu.vue */
  planMenu: {
    /** The menu button of a plan's overview. */
    planMenu: 'Plan options',
    exportToPdf: 'Export to PDF…',
    delete: 'Delete…',
    theWritingOfIts: 'the writing of its steps',
    journalEntriesLinkedTo: 'Journal entries linked to it stay in your journal',
    toKeepThePlan: '. To keep the plan but put it away, archive it instead.',
    amend: 'amend',
    commitment: 'commitment',
    checkIn: 'check-in',
    entry: 'entry',
    entries: 'entries',
    pause: 'Pause the plan',
    pausedNothingFallsDue: 'Paused. Nothing falls due until you resume.',
    markCompleted: 'Mark the plan completed',
    markedCompletedWellDone: 'Marked completed. Well done for seeing it through.',
    archive: 'Put it away (archive)',
    archivedItStaysHere: 'Put away. It stays here to look back on.',
    resume: 'Resume the plan',
    resumedCheckInsFall: 'Resumed. Check-ins fall due again from today.',
    reopen: 'Reopen',
    reopened: 'Reopened.',
    makeActiveAgain: 'Make active again',
    activeAgain: 'Active again.',
  },
  /** src/components/plans/ConfirmDeleteDialog.vue: before a whole plan or assessment is deleted. */
  confirmDeleteDialog: {
    heading: (title: string | number) => `Delete “${title}”?`,
    keepIt: 'Keep it',
    plan: {
      intro: 'This deletes the plan for good, with everything in it:',
      confirm: 'Delete the plan',
      deleted: (title: string | number) => `“${title}” was deleted. Its journal entries are still in your journal.`,
    },
    assessment: {
      intro: 'This deletes the assessment for good, with everything in it:',
      confirm: 'Delete the assessment',
      deleted: (title: string | number) => `“${title}” was deleted. Journal entries are still in your journal.`,
    },
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
      'Words name the harm; amends carry part of its cost. If you are unsure what would help, asking them is an amend in itself.',
  },
  /** src/components/plans/steps/ApologyParts.vue */
  apologyParts: {
    partsOfAnApology: 'Parts of an apology',
    mostImportantFirst: 'Most important first. Each ticks as your words take it in.',
    inYourDraft: '(in your draft)',
    why: 'Why?',
    /** Announced as parts tick: which ones the words hold now. */
    inYourWords: (labels: readonly string[]) =>
      labels.length ? `In your words so far: ${labels.join(', ')}.` : 'None of the parts in your words yet.',
    readingYourDraft: 'Reading your draft…',
  },
  /** src/components/plans/steps/CheckInRecorder.vue */
  checkInRecorder: {
    checkIns: 'Check-ins',
    nothingDueInThe: (today: string | number) => `Nothing due in the last two weeks${today}.`,
    clear: 'Clear',
    noteFor: (today: string | number) => `Note for ${today}`,
    savesAsYouType: 'Your note saves as you type, and when you leave the field.',
    savedWithYourAnswer: 'Your note is saved when you choose Kept, Missed or Not applicable.',
    noteStates: { saving: 'Saving the note…', saved: 'Note saved.', error: 'The note is not saved yet: try again.' },
    /** Due days older than the last two weeks that were never recorded. */
    earlierNotRecorded: (n: number) =>
      n === 1 ? 'Record 1 earlier day not recorded yet' : `Record ${n} earlier days not recorded yet`,
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
    starts: '· starts',
    /** How it has gone, in one plain line; parts leave out what is zero. */
    nothingRecordedYet: 'Nothing recorded yet.',
    keptOf: (kept: number, judged: number, percent: number) =>
      `Kept ${kept} of ${judged} ${judged === 1 ? 'time' : 'times'} (${percent}%)`,
    inARowNow: (n: number) => `${n} ${n === 1 ? 'time' : 'times'} in a row now`,
    didNotApply: (n: number) => `${n} did not apply`,
    notRecordedYet: (n: number) => (n === 1 ? '1 day not recorded yet' : `${n} days not recorded yet`),
  },
  /** src/components/plans/steps/CompassionStep.vue */
  compassionStep: {
    describeTheImpactAs:
      'Describe the impact as they lived it, not as you meant it: how it felt, what it cost, what it changed. The language check watches for words that make the hurt smaller or hand it back to them.',
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
    flaggedWords: 'Flagged words:',
    tryInstead: 'Try instead:',
    showInText: 'Show in text',
    dismiss: 'Dismiss',
    /**
     * Under each finding: on letters people wrote to someone they hurt, between one finding in five
     * and two in five were wrong (tests/fixtures/language/real, the blind batches at first sight), so
     * the card says it can be.
     */
    itCanBeWrong:
      'The check reads words and can be wrong. If, read as they would hear it, this says what you mean, dismiss it.',
    /** Nothing flagged: say what was looked for (the step's categories), not that the words are fine. */
    nothingFlagged: (lookedFor: readonly string[]) =>
      `It looked for ${lookedFor.length > 1 ? `${lookedFor.slice(0, -1).join(', ')} and ${lookedFor.at(-1)}` : (lookedFor[0] ?? 'weakening words')}. It reads words, not hearts: read it once more as they would.`,
    lookedFor: {
      conditional: 'an “if” that makes the apology conditional',
      excuse: 'excuses and “but”',
      'blame-feelings': 'blaming their feelings',
      'blame-other': 'blaming them',
      'intent-defense': 'defending what you meant',
      'passive-vague': 'passive or vague wording',
      minimizing: 'making it smaller than it was',
      'rushing-closure': 'hurrying them to move on',
      hedging: 'hedging (“maybe”, “I guess”)',
    } satisfies Record<LanguageCategory, string>,
    oneOf: (n: number, count: number) => `${n} of ${count}`,
    previous: '← Previous',
    next: 'Next →',
    dismissed: (dismissedCount: string | number) => `Dismissed (${dismissedCount})`,
    youChoseToKeep: 'You chose to keep these words; they are no longer marked in this step.',
    bringBack: 'Bring back',
    checking: 'Checking…',
    nothingToLookAt: 'Nothing flagged right now.',
    phraseCount: (n: number) => (n === 1 ? '1 phrase to look at' : `${n} phrases to look at`),
  },
  /** src/components/plans/steps/OwnershipStep.vue */
  ownershipStep: {
    sayWhatYouDid:
      'Say what you did, in your own words, and that it was wrong. Owning it completely, with no “if” and no “but”, is what makes any change believable later. Nothing here is sent to anyone.',
    whatIDid: 'What I did',
    iItWasWrong: 'I … It was wrong because …',
  },
  /** src/components/plans/steps/WritingPanel.vue */
  writingPanel: {
    marksAPhraseThe: 'marks a phrase the check found. Hover it, or put the cursor in it, to read why.',
    wavyUnderline: 'wavy underline',
    helpWith: (toLowerCase: string | number) => `Help with ${toLowerCase}`,
  },
  /** src/views/PlanOverviewView.vue (the frame: components/plans/OverviewPage.vue) */
  planOverviewView: {
    back: '← Repair plans',
    opening: 'Opening the plan…',
    lead: 'With',
    itHappenedOn: '· It happened on',
    commitmentsDoNotFall:
      'Commitments do not fall due and no reminders come while it rests. Nothing is lost: resume whenever you are ready.',
    thisPlanIsPaused: 'This plan is paused.',
    itIsKeptTo: 'It is kept to look back on; nothing falls due. Make it active again to carry on.',
    thisPlanIsArchived: 'This plan is archived.',
    trustKeepsGrowingFrom: 'Trust keeps growing from what you go on doing.',
    youMarkedThisPlan: 'You marked this plan completed.',
    theFourSteps: 'The four steps',
    howItIsGoing: 'How it is going',
    whatToExpectHonestly: 'What to expect, honestly',
    aboutTheMethodAnd: 'About the method and the research behind it',
    journalEntries: 'Journal entries',
    notHere: 'This plan is not here any more.',
  },
  /** src/views/PlanStartView.vue (shown by components/plans/BreachStartPage.vue) */
  planStartView: {
    back: '← Repair plans',
    heading: 'Start a repair plan',
    lede: 'A plan walks you through four steps: own what you did, understand the hurt, make amends, and show change through what you do over time.',
    whoAndWhat: 'Who and what',
    titleLabel: 'A name for the plan',
    optional: '(optional)',
    cancel: 'Cancel',
    starting: 'Starting…',
    start: 'Start the plan',
    personMissing: 'Choose whose trust this is about.',
    severityMissing: 'Choose how serious it was for them.',
    ready: 'Your plan is ready. Take the steps in your own time.',
  },
  /** src/views/PlanStepView.vue */
  planStepView: {
    planOverview: '← Plan overview',
    openingThePlan: 'Opening the plan…',
    backToYourPlans: 'Back to your plans',
    /** The plan's own title already names them ("Repairing things with Robin"): not twice. */
    with: (title: string | number, personName: string | number) =>
      String(title).toLowerCase().includes(String(personName).toLowerCase())
        ? String(title)
        : `${title} · with ${personName}`,
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
      'A repair plan is for when you have hurt someone’s trust: a promise broken, a hurtful word, something hidden. It walks you through four steps: own what you did, understand the hurt from their side, make amends, and then show, through what you do again and again, that things have changed.',
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
  /** src/components/plans/today-prompt.ts: the one gentle prompt on a plan's Today. */
  todayPrompt: {
    beginOwnership: 'When you are ready, begin with what you did, in your own words. Nobody reads it but you.',
    writeWhatIDid: 'Write what I did',
    continueOwnership: 'You have begun saying what you did. Come back to it when you can: plain words, your own.',
    continueWriting: 'Carry on writing',
    beginCompassion: (name: string) =>
      `Next, try to see it from ${name}’s side: what it was like for them, and what it cost them.`,
    writeAboutTheirSide: 'Write about their side',
    continueCompassion: (name: string) => `You have begun on ${name}’s side of it. Stay with how it was for them.`,
    planAmends: 'Think of one thing you could do soon to make up for it, and one you could keep doing.',
    planAmendsLink: 'Plan amends',
    chooseCommitment: (name: string) =>
      `Choose one small thing you will do, again and again, that ${name} could notice.`,
    chooseCommitmentLink: 'Choose a commitment',
    firstCheckIn:
      'When your commitment falls due, record it honestly, kept or missed. A missed day written down counts.',
    checkInsLink: 'Check-ins',
    seeIdeas: 'See some ideas',
    readItBack: (name: string) => `Read back what you wrote, as ${name} would hear it. Does it still ring true?`,
    readItAgain: 'Read it again',
    keepGoing: (name: string) => `Keep going. Trust grows back from what ${name} sees you do, again and again.`,
  },
  /** src/components/plans/TodayCard.vue */
  todayCard: {
    today: 'Today',
    didYouKeep: (behaviour: string) => `Did you keep “${behaviour}”?`,
    andMore: (n: number) => (n === 1 ? 'and 1 more day to record' : `and ${n} more days to record`),
    record: 'Record',
    recordCheckIn: (behaviour: string) => `Record: ${behaviour}`,
    nextCheckIn: 'Next check-in',
    nextAmend: 'Next amend',
    dueOn: (day: string) => `due ${day}`,
    overdue: (day: string) => `was due ${day}`,
    noDaySet: 'No day set',
    open: 'Open',
    openAmend: (description: string) => `Open the amends: ${description}`,
    nothingDue: 'Nothing to record today.',
  },
  /** src/components/plans/StepsRow.vue: the four steps in one slim row, with where each stands. */
  stepsRow: {
    theFourSteps: 'The four steps',
    states: {
      'not-started': 'Not started',
      begun: 'Begun',
      written: 'Written, revisit',
      settled: 'Done',
    },
  },
  /** src/components/plans/steps/StepEnd.vue: the end of a step, where the person says how it stands. */
  stepEnd: {
    writtenTitle: 'Written, revisit.',
    writtenText:
      'It has what this step asks for. Come back to it as things change; when you feel you have said what you need to, mark it done.',
    markDone: 'Mark this step done',
    settledTitle: 'Done.',
    settledText: 'You said this step is done. You can reopen it whenever you want.',
    reopen: 'Reopen it',
    notSaved: 'That did not save. Try again.',
  },
  /** src/components/plans/steps/ReadBack.vue: the writer's words, as the other person would read them. */
  readBack: {
    readItAs: (name: string) => `Read it as ${name} would hear it`,
    asTheyWouldRead: (name: string) => `As ${name} would read it`,
    nothingYet: 'Nothing written yet.',
    questions: (name: string) =>
      `Read it slowly, once, as ${name}. Would they recognise what happened? Is there a word that asks something of them, or explains it away?`,
    backToWriting: 'Back to writing',
  },
  /** src/components/plans/steps/WritingGuide.vue: beside the editor, before anything is written. */
  writingGuide: {
    title: 'A way to begin',
    ownership:
      'Start with “I” and the thing you did, as plainly as you would say it to a friend. Then, that it was wrong. There is no right length.',
    asYouWrite:
      'As you write, Mend points out one thing at a time that could weaken your words, and shows what your words already hold.',
  },
} as const
