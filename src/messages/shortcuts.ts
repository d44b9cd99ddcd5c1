/** The keyboard shortcuts overlay (`?`) and the names of the shortcuts. */
export const shortcuts = {
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
} as const
