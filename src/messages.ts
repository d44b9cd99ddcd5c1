/**
 * The words of the introduction, the shortcuts and the theme setting, in one place: a
 * translation replaces this object and no component changes. (Older screens still hold their
 * own text; they move here as they are touched.)
 */
export const messages = {
  appearance: {
    title: 'Appearance',
    lede: 'Light or dark. The unlock screen uses your choice too.',
    legend: 'Theme',
    system: 'Same as this computer',
    light: 'Light',
    dark: 'Dark',
  },
  onboarding: {
    label: 'Introduction to Mend',
    progress: (step: number, of: number) => `Step ${step} of ${of}`,
    next: 'Next',
    finish: 'Start writing',
    skip: 'Skip the introduction',
    keys: 'Enter for next, Escape to skip.',
    steps: [
      {
        title: 'Your journal',
        paragraphs: [
          'A quiet place to write down what happened and how it felt, in your own words. Nobody reads it but you.',
          'Writing things out often shows what you want to do next. Write as often, or as little, as helps.',
        ],
      },
      {
        title: 'Repair plans',
        paragraphs: [
          'When you have broken someone’s trust, a plan walks you through four steps: own what you did, see the hurt from their side, make amends, and show change by what you do over time.',
          'It helps you find words without excuses, and keeps track of what you said you would do.',
        ],
      },
      {
        title: 'Trust assessments',
        paragraphs: [
          'When someone has hurt you, an assessment helps you notice whether they are walking those same steps: what they said, what they did, and how that held over time.',
          'It shows you the evidence, never a verdict. The decision stays yours.',
          'If you are being hurt or threatened, your safety comes first: Mend is not made for that, and people you trust can help.',
        ],
      },
    ],
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    then: 'then',
    or: 'or',
    groups: {
      anywhere: 'Anywhere',
      goTo: 'Go to',
      dialogs: 'Dialogs',
    },
    help: 'Show these shortcuts',
    newEntry: 'New journal entry',
    search: 'Search the journal',
    lock: 'Lock Mend',
    goHome: 'Home',
    goJournal: 'Journal',
    goPlans: 'Repair plans',
    goTrust: 'Trust assessments',
    goSettings: 'Settings',
    escape: 'Close a dialog or this list',
    typingNote: 'Shortcuts without Ctrl or ⌘ wait while you type in a field.',
  },
} as const
