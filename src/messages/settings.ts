export const settings = {
  /** src/components/settings/AutoLockSection.vue */
  autoLockSection: {
    autoLock: 'Auto-lock',
    mendLocksItselfWhen:
      'Mend locks itself when you step away, and always when the computer sleeps or its screen locks.',
    lockAfter: 'Lock after',
    withoutUse: (minutes: number) => `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without use`,
    alsoLockWhenThe: 'Also lock when the Mend window is minimized or hidden',
  },
  /** src/components/settings/BackupSection.vue */
  backupSection: {
    backups: 'Backups',
    mendMakesAnEncrypted:
      "Mend makes an encrypted backup once a day when you unlock, and before every update of the journal's format. A backup opens only with your passphrase or recovery key.",
    restoreFromABackup: 'Restore from a backup file…',
    keepTheLast: 'Keep the last',
    backups2: 'backups',
    backupSaved: (justMade: string | number) => `Backup saved: ${justMade}`,
    passphraseOfTheBackup: 'Passphrase of the backup',
    openTheBackup: 'Open the backup',
    backupsInTheJournal: "Backups in the journal's folder, newest first",
    made: 'Made',
    size: 'Size',
    actions: 'Actions',
    restore: 'Restore…',
    noBackupsYet: 'No backups yet.',
    backingUp: 'Backing up…',
    backUpNow: 'Back up now',
    restoreTheBackupMade: (createdAt: string | number) => `Restore the backup made ${createdAt}`,
  },
  /** src/components/settings/ExportSection.vue */
  exportSection: {
    exportNotEncrypted: 'Export (not encrypted)',
    saveYourWholeJournal:
      'Save your whole journal as a JSON file or as a folder of Markdown files, for another app or for keeping. Unlike backups, exports are',
    anyoneWhoCanOpen: ': anyone who can open the file can read everything in it.',
    notEncrypted: 'not encrypted',
    iUnderstandThatThe: 'I understand that the exported files are readable by anyone who has them.',
    exportAsJson: 'Export as JSON…',
    exportAsMarkdown: 'Export as Markdown…',
    exportedTo: (lastExportPath: string | number) => `Exported to ${lastExportPath}`,
  },
  /** src/components/settings/PassphraseSection.vue */
  passphraseSection: {
    passphrase: 'Passphrase',
    changingItTakesA: 'Changing it takes a moment and does not touch your entries. Your recovery key keeps working.',
    currentPassphrase: 'Current passphrase',
    newPassphrase: 'New passphrase',
    changePassphrase: 'Change passphrase',
    yourPassphraseWasChanged: 'Your passphrase was changed.',
  },
  /** src/components/settings/RecoveryKeySection.vue */
  recoveryKeySection: {
    recoveryKey: 'Recovery key',
    ifYouLostYour:
      'If you lost your recovery key, or someone may have seen it, make a new one. The old key stops opening this journal at once. Backups made before keep opening with the key that was current when they were made.',
    makeANewRecovery: 'Make a new recovery key…',
    yourPassphraseToConfirm: 'Your passphrase, to confirm',
    makeTheNewKey: 'Make the new key',
    cancel: 'Cancel',
  },
  /** src/components/settings/RemindersSection.vue */
  remindersSection: {
    reminders: 'Reminders',
    checkInsToRecord:
      'Check-ins to record and amends past their day always show on the home screen. Mend can also tell you with a desktop notification.',
    showADesktopNotification: 'Show a desktop notification when something is due',
    whileLocked:
      'While Mend is locked, it can still tell you when something falls due, at that time wherever you are, with a notice that says only “A check-in is due. Open Mend to record it.” It keeps just the times, in memory and never saved, and forgets them when Mend quits. The details show once you open it.',
    quietHours: 'Quiet hours',
    noNotificationStartsIn: 'No notification starts in these hours; anything that falls due waits until they end.',
    noQuietHours: 'No quiet hours',
    quietFrom: 'Quiet from',
    quietHoursStart: 'Quiet hours start',
    to: 'to',
    quietHoursEnd: 'Quiet hours end',
  },
  /** src/components/settings/RestoreConfirm.vue */
  restoreConfirm: {
    restoreThisBackup: 'Restore this backup?',
    backupMade: 'Backup made',
    journalCreated: 'Journal created',
    name: 'Name',
    from: 'From',
    yourJournalAsIt:
      'Your journal as it is now will be replaced by this backup. Mend first saves the current journal as a new backup, so you can go back.',
    cancel: 'Cancel',
    thisJournal: 'This journal',
    anotherJournalOpenedWith: 'Another journal (opened with its own passphrase)',
    restoring: 'Restoring…',
    replaceMyJournalWith: 'Replace my journal with this backup',
    restoreThisBackup2: 'Restore this backup',
  },
  /** src/views/SettingsView.vue */
  settingsView: {
    settings: 'Settings',
    thisJournal: 'Where your journal lives',
    location: 'Location',
    created: 'Created',
    protection: 'Protection',
    encryptedOnThisDevice: 'Encrypted on this device (SQLCipher 4, AES-256), unlocked only with your passphrase.',
  },
} as const
