export const assessment = {
  /** src/components/assessment/assessment-format.ts: an assessment's own values in words. */
  assessmentFormat: {
    statuses: { active: 'Active', archived: 'Archived' },
    /** Short names for a kind of observation (filters, tables). */
    kindShort: { word: 'Words', action: 'Action', amend: 'Amend', slip: 'Slip' },
    kindPlural: { word: 'Words', action: 'Actions', amend: 'Amends', slip: 'Slips' },
    wordTypes: {
      apology: 'An apology',
      promise: 'A promise',
      explanation: 'An explanation',
      other: 'Something else',
    },
    /**
     * The four steps asked about the other person. Our own words, after METHOD.md: the same steps
     * a repair plan walks, turned into questions for the one deciding whether to trust again.
     */
    stepQuestions: {
      ownership: 'Have they said plainly what they did, and that it was wrong, without excuses?',
      compassion: 'Have they shown they understand how it hurt you, without making it smaller?',
      amends: 'Have they done something to make up for it, right away or over time?',
      action: 'Have they shown change through what they do, again and again, rather than through promises?',
    },
    /** The rating scale from 1 to 5. */
    ratingScale: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Fully'],
    resolutions: { kept: 'Kept', broken: 'Broken' },
    /** Follows "Kept" or "Broken". */
    resolvedOn: (day: string) => ` on ${day}`,
    notDecided: 'Not decided yet',
    wasDueBy: (day: string) => `Was due by ${day}; not decided yet`,
    dueBy: (day: string) => `Due by ${day}`,
    /** The default name of an assessment, when the user gives none. */
    defaultTitle: (personName: string) => `Trust with ${personName}`,
  },
  /** src/components/assessment/trend-chart-data.ts: the trend chart's series and spoken summary. */
  trendChartData: {
    series: { word: 'Words', action: 'Actions', amend: 'Amends', slip: 'Slips' },
    /** Names of the chart's lanes on the y axis. */
    lanes: { word: 'Said', deed: 'Done', slip: 'Slips' },
    /** [one, many] for plural(). */
    nouns: {
      word: ['word', 'words'],
      action: ['action', 'actions'],
      amend: ['amend', 'amends'],
      slip: ['slip', 'slips'],
    },
    list: (first: readonly string[], last: string) => `${first.join(', ')} and ${last}`,
    noChecks: 'No periodic checks yet.',
    oneCheck: (average: string, day: string) => `Average rating from 1 periodic check: ${average} on ${day}.`,
    manyChecks: (count: number, firstAverage: string, firstDay: string, lastAverage: string, lastDay: string) =>
      `Average rating from ${count} periodic checks, from ${firstAverage} on ${firstDay} to ${lastAverage} on ${lastDay}.`,
    ledger: (origin: string, counts: string) => `On the same time line since it happened on ${origin}: ${counts}.`,
    noObservations: 'Nothing they said or did is recorded yet.',
  },
  /** src/components/assessment/AssessmentStatusActions.vue */
  assessmentStatusActions: {
    assessmentOptions: 'Assessment options',
    delete: 'Delete…',
    inTheLedger: (observation: string | number) => `${observation} of what they said and did`,
    toTheFourQuestions: (answer: string | number) => `${answer} to the four questions`,
    journalEntriesStayIn: 'Journal entries stay in your journal',
    toKeepItBut: '. To keep it but put it away, archive it instead.',
    archive: 'Put it away (archive)',
    makeActiveAgain: 'Make active again',
    observation: 'observation',
    answer: 'answer',
    periodicCheck: 'periodic check',
    linkedEntry: 'linked entry',
    linkedEntries: 'linked entries',
    archivedItStaysHere: 'Archived. It stays here to look back on.',
    activeAgain: 'Active again.',
  },
  /** src/components/assessment/CheckHistory.vue */
  checkHistory: {
    checksSoFar: 'Checks so far',
    average: (check: string | number) => `average ${check}`,
    delete: 'Delete…',
    deleteThisCheck: 'Delete this check?',
    delete2: 'Delete',
    keepIt: 'Keep it',
    deleteTheCheckOf: (takenOn: string | number) => `Delete the check of ${takenOn}…`,
    theCheckWasDeleted: 'The check was deleted.',
  },
  /** src/components/assessment/EvidenceForm.vue */
  evidenceForm: {
    whatWasIt: 'What was it?',
    whatKindOfWords: 'What kind of words?',
    when: 'When',
    toBeKeptBy: 'To be kept by',
    optional: '(optional)',
    stepItSpeaksTo: 'Step it speaks to',
    noneInParticular: 'None in particular',
    whatYouSawOr: 'What you saw or heard',
    journalEntryAboutIt: 'Journal entry about it',
    noEntry: 'No entry',
    theEntryLinkedNow: 'The entry linked now',
    cancel: 'Cancel',
    untitled: 'Untitled',
    saveChanges: 'Save changes',
    addIt: 'Add it',
    inTheirWordsOrYours: 'As near to how it happened as you remember: their words, or what you saw.',
    chooseWhatKindOf: 'Choose what kind of observation this is.',
    chooseWhatKindOf2: 'Choose what kind of words they were.',
    chooseTheDayYou: 'Choose the day you saw or heard it.',
    thatDayHasNot: 'That day has not come yet.',
    aPromiseCannotFall: 'A promise cannot fall due before it was made.',
    writeAFewWords: 'Write a few words about what you saw or heard.',
  },
  /** src/components/assessment/EvidenceItem.vue */
  evidenceItem: {
    edit: 'Edit',
    delete: 'Delete…',
    openTheJournalEntry: 'Open the journal entry',
    confirmDeletingThisObservation: 'Confirm deleting this observation',
    deleteItFiguresAnd: 'Delete it? Figures and answers that point to it will no longer count it.',
    delete2: 'Delete',
    keepIt: 'Keep it',
    edit2: (label: string | number) => `Edit: ${label}`,
    delete3: (label: string | number) => `Delete: ${label}…`,
    theObservationWasDeleted: 'The observation was deleted.',
  },
  /** src/components/assessment/FirstQuestion.vue */
  firstQuestion: {
    whatIsTheLast: (name: string) => `What is the last thing ${name} said or did about this?`,
    oneThingIsEnough:
      'One thing is enough to begin. Figures and a chart appear here once there is something behind them.',
  },
  /** src/components/assessment/PromiseResolver.vue */
  promiseResolver: {
    wasThisPromiseKept: (description: string | number) => `Was this promise kept? ${description}`,
    kept: 'Kept',
    broken: 'Broken',
    notYet: 'Not yet',
    whenWasItKept: 'When was it kept?',
    whenWasItBroken: 'When was it broken?',
    save: 'Save',
    cancel: 'Cancel',
    theFiguresCountIt: 'It counts on that day, in the figures and in the reading.',
  },
  /** src/components/assessment/EvidenceLedger.vue */
  evidenceLedger: {
    writeDownWhatYou:
      'Write down what you notice, on the day you notice it: what they said, what they did, what they did to make up for it, and any slip. Only deeds and kept promises move a figure; words on their own never do.',
    addAnObservation: 'Add an observation',
    aNewObservation: 'A new observation',
    showInTheLedger: 'Show',
    all: 'All',
    nothingInTheLedger: 'Nothing recorded yet. The first might be the apology you heard, or the first thing they did.',
    nothingOfThisKind: 'Nothing of this kind yet.',
    observationsNewestFirst: 'Observations, newest first',
  },
  /** src/components/assessment/EvidenceList.vue */
  evidenceList: {
    periodicCheck: 'Periodic check',
    average: (takenOn: string | number, toFixed: string | number) => `· ${takenOn} · average ${toFixed}`,
    nothingRecordedCountsToward: 'Nothing recorded counts toward this yet.',
  },
  /** src/components/assessment/FiguresPanel.vue */
  figuresPanel: {
    behind: 'Behind “',
    evidenceBehind: (label: string | number) => `What is behind ${label}`,
    hideTheEvidence: 'Close',
    showTheEvidence: (figure: string | number) => `How it is worked out (${figure})`,
    howItIsWorked: 'How it is worked out',
    nothingBehindIt: 'Nothing you recorded is behind this figure yet; it is worked out as said above.',
  },
  /** src/components/assessment/FourQuestions.vue */
  fourQuestions: {
    answered: (answeredAt: string | number) => `Answered ${answeredAt}`,
    whatSupportsIt: 'What supports it',
    historyNewestFirst: (answer: string | number) => `History: ${answer}, newest first`,
    pointedTo: (observation: string | number) => `· ${observation} pointed to`,
    notAnsweredYet: 'Not answered yet',
    answerAgain: 'Answer again',
    answer: 'Answer',
    answer2: 'answer',
    observation: 'observation',
  },
  /** src/components/assessment/PeriodicCheck.vue */
  periodicCheck: {
    checkEvery: (days: string) => `A check will come round every ${days}.`,
    /** Singular noun given to plural(): "1 day", "14 days". */
    day: 'day',
    itTakesAMinute: 'It takes a minute.',
    aPeriodicCheckIs: 'A periodic check is due.',
    theNextCheckIs: 'The next check is due on',
    takeOneNowAnyway: 'Take one now anyway',
    rateThisFrom1: 'Rate this from 1 to 5.',
    forTheWeeksUp: 'For the weeks up to',
    aNote: 'A note',
    optional: '(optional)',
    recordTheCheck: 'Record the check',
    notNow: 'Not now',
    aCheckComesRound: 'A check comes round every',
    days: 'days.',
    change: 'Change',
    rateTheLastWeeks: 'Rate the last weeks as they were, not as you hope they will be.',
    thisIsTheFirst: 'This is the first one.',
    chooseTodayOrA: 'Choose today or a day before it.',
    theCheckCouldNot: 'The check could not be saved.',
    checkRecordedTheNext: (today: string | number) => `Check recorded. The next one is due on ${today}.`,
  },
  /** src/components/assessment/StepAnswerForm.vue */
  stepAnswerForm: {
    yourAnswerToday: 'Your answer today',
    whyInAFew: 'Why, in a few words',
    optional: '(optional)',
    whatSupportsIt: 'What supports it',
    nothingInTheLedger: 'Nothing recorded yet to point to. You can answer anyway, and point to what you noticed later.',
    saveTheAnswer: 'Save the answer',
    cancel: 'Cancel',
    tiedToThisStep: 'Tied to this step',
    otherObservations: 'Other observations',
    observations: 'Observations',
    chooseAnAnswerNot: 'Choose an answer: not yet, partly or yes.',
    theAnswerCouldNot: 'The answer could not be saved.',
  },
  /** src/components/assessment/SummaryPanel.vue */
  summaryPanel: {
    whyWeSayThis: 'Why we say this',
    fromTheResearch: 'From the research:',
    notSeenYet: (count: number) => `What has not been seen yet (${count})`,
    thisReadingOnlyGathers:
      'This reading only gathers what you recorded. It is not a verdict on them, and it does not say whether to trust again: that stays yours to decide, in your own time.',
    hideTheEvidence: 'Hide the evidence',
    showTheEvidence: (evidenceIdsCount: string | number) => `Show the evidence (${evidenceIdsCount})`,
  },
  /** src/components/assessment/TrendChart.vue */
  trendChart: {
    averageRating: 'Average rating',
    showAsChart: 'Show as chart',
    showAsTable: 'Show as table',
    averageRating15: 'Average rating (1–5)',
    averageRating2: (y: string | number) => `Average rating ${y}`,
  },
  /** src/components/assessment/TrendTables.vue */
  trendTables: {
    periodicChecks: 'Periodic checks',
    takenOn: 'Taken on',
    average: 'Average',
    noPeriodicChecksYet: 'No periodic checks yet.',
    theLedgerOnThe: 'What they said and did, on the same time line',
    day: 'Day',
    kind: 'Kind',
    what: 'What',
    noObservationsYet: 'No observations yet.',
  },
  /** src/views/AssessmentStartView.vue (shown by components/plans/BreachStartPage.vue) */
  assessmentStartView: {
    back: '← Trust assessments',
    heading: 'Start a trust assessment',
    lede: 'For when someone hurt you and is trying to make it right. Over time you note what they say and what they do, and ask whether they have walked the four steps of a repair. It never decides for you.',
    whoAndWhat: 'Who and what',
    question: 'Who is this about?',
    titleLabel: 'A name for it',
    optional: '(optional)',
    howOftenToDo: 'How often to do the periodic check',
    aOneMinuteRating:
      'A one-minute rating of how things have been. Every two weeks suits most people; you can change it later.',
    every: 'Every',
    days: 'days',
    cancel: 'Cancel',
    starting: 'Starting…',
    start: 'Start the assessment',
    personMissing: 'Choose who this is about.',
    severityMissing: 'Choose how serious it was for you.',
    chooseANumberOf: 'Choose a number of days from 1 to 365.',
    ready: 'Your assessment is ready. Add what you notice, when you notice it.',
  },
  /** src/views/AssessmentView.vue (the frame: components/plans/OverviewPage.vue) */
  assessmentView: {
    back: '← Trust assessments',
    opening: 'Opening the assessment…',
    lead: 'About',
    itHappenedOn: '· It happened on',
    archived: 'Archived',
    itIsKeptTo: 'It is kept to look back on; no check falls due. Make it active again to carry on.',
    thisAssessmentIsArchived: 'This assessment is archived.',
    aPeriodicCheckIs: 'A periodic check is due.',
    takeItNow: 'Take it now',
    partsOfTheAssessment: 'Parts of the assessment',
    due: 'due',
    aPlainReading: 'A plain reading',
    figuresAndWhatEach: 'What you have seen, in figures',
    overTime: 'Over time',
    notHere: 'This assessment is not here any more.',
    whereThingsStand: 'Where things stand',
    evidence: 'What they said and did',
    theFourQuestions: 'The four questions',
    periodicCheck: 'Periodic check',
  },
  /** src/views/AssessmentsView.vue */
  assessmentsView: {
    trustAssessments: 'Trust assessments',
    forWhenSomeoneBroke:
      'For when someone broke your trust and is trying to repair it: notice what they do, not only what they say.',
    startAnAssessment: 'Start an assessment',
    noAssessmentsYet: 'No assessments yet',
    anAssessmentIsFor:
      'An assessment is for when someone broke your trust. Over the weeks you write down what you notice (what they said, what they did, what they did to make up for it, and any slip) and ask the same four questions a repair walks: have they owned it, understood the hurt, made amends, and shown change through what they do?',
    itNeverTellsYou:
      'It never tells you whether to trust them. It shows what you have seen, and what you have not seen yet, so you can decide in your own time. Everything stays on this computer, encrypted.',
    aboutTheMethod: 'About the method',
    active: 'Active',
    about: (personName: string | number) => `About ${personName}`,
    itHappenedOn: (occurredOn: string | number) => `It happened on ${occurredOn}`,
    noAssessmentIsActive: 'No assessment is active right now. Archived ones are below.',
    archived: (archivedCount: string | number) => `Archived (${archivedCount})`,
    observation: 'observation',
  },
} as const
