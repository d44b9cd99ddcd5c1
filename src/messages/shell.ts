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
  /** src/components/NoticeToasts.vue */
  noticeToasts: {
    dismiss: 'Dismiss',
  },
} as const
