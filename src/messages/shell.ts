export const shell = {
  /** src/components/AppHeader.vue */
  appHeader: {
    mendHome: 'Mend, home',
    app: 'App',
    journal: 'Journal',
    plans: 'Plans',
    trust: 'Trust',
    search: 'Search',
    settings: 'Settings',
    lock: 'Lock',
    l: (modifier: string | number) => `${modifier}+L`,
  },
  /** src/components/CenteredCard.vue */
  centeredCard: {
    mendWorksOfflineNothing: 'Mend works offline. Nothing you write leaves this device.',
  },
  /** src/components/CoreRestartedNotice.vue: the part of Mend that holds the journal stopped and was started again. */
  coreRestarted: {
    title: 'Mend had to start again',
    whatHappened:
      'Something went wrong inside Mend, so the part that holds your journal stopped and was started again.',
    yourJournalIsSafe:
      'Your journal is safe: everything that was saved is still there. If you were in the middle of something, it may not have finished, so have a look at it once you are back in.',
    lockedForSafety: 'Mend locked your journal while it started again.',
    continue: 'Continue',
  },
  /** src/components/NoticeToasts.vue */
  noticeToasts: {
    dismiss: 'Dismiss',
  },
} as const
