export const vault = {
  /** src/components/RecoveryKeySheet.vue */
  recoveryKeySheet: {
    mendRecoveryKey: 'Mend recovery key',
    ifYouEverForget:
      'If you ever forget your passphrase, this key opens your journal. It is shown only now: Mend keeps no readable copy of it. Anyone who has it can open your journal, so keep it somewhere private, like you would a house key.',
    recoveryKey: 'Recovery key',
    madeOn: (created: string | number) => `Made on ${created}.`,
    printOrSaveAs: 'Print or save as PDF…',
    iHaveStoredMy: 'I have stored my recovery key somewhere safe.',
    continue: 'Continue',
  },
  /** src/components/StrengthMeter.vue */
  strengthMeter: {
    passphraseStrength: 'Passphrase strength',
    passwordStrength: 'Password strength',
    strength: (label: string | number) => `Strength: ${label}`,
    notSetYet: 'Not set yet',
    levels: ['Very weak', 'Weak', 'Not strong enough yet', 'Strong enough', 'Strong'],
    whyNotYet: 'Why it is not strong enough yet:',
    /** One per PassphraseWeakness (electron/contract/passphrase-policy.ts), for passphrases and PDF passwords alike. */
    reasons: {
      'too-short': 'It is shorter than 10 characters.',
      'too-long': 'It is longer than Mend accepts (1,024 characters).',
      'common-password': 'It is, or is built on, a password many people use. Guessing programs try those first.',
      'own-words':
        'It uses words someone who knows you would try first: your name, a name from your journal, or “Mend”.',
      names: 'It is built on a common first name or surname.',
      dates: 'It holds a date or a year. Birthdays and anniversaries are among the first guesses.',
      'keyboard-pattern': 'It follows keys that sit side by side on the keyboard.',
      repeats: 'It repeats the same letters or words.',
      sequence: 'It runs in order, like abc or 1234.',
      'predictable-changes':
        'Swapping letters for look-alikes (@ for a, 0 for o) or writing a word backwards does not fool a guessing program.',
      'common-words': 'It is only a few common words. Add two or three more that have nothing to do with each other.',
      'weak-beginning': 'Mend rates the first 50 characters, and they are easy to guess. Make the beginning stronger.',
      'too-guessable': 'It could be guessed too soon. Add two or three more words that have nothing to do with you.',
    },
  },
  /** src/views/DamagedView.vue */
  damagedView: {
    thisJournalFileIs: 'This journal file is damaged',
    mendCouldNotRead: 'Mend could not read the journal in',
    thisCanHappenAfter: '. This can happen after a power cut, a disk problem, or a file copied while it was in use.',
    mendHasNotChanged:
      'Mend has not changed or deleted the damaged file. If you restore a backup, the damaged file is kept beside it (renamed with “damaged” in its name), in case it can still be rescued.',
    passphrase: 'Passphrase',
    restoring: 'Restoring…',
    restoreTheLatestGood: 'Restore the latest good backup',
  },
  /** src/views/RecoverView.vue */
  recoverView: {
    forgotYourPassphrase: 'Forgot your passphrase?',
    enterTheRecoveryKey:
      'Enter the recovery key you saved when you created your journal, then choose a new passphrase.',
    recoveryKey: 'Recovery key',
    abcdEfgh: 'ABCD-EFGH-…',
    newPassphrase: 'New passphrase',
    backToUnlockingWith: 'Back to unlocking with your passphrase',
    opening: 'Opening…',
    openMyJournalWith: 'Open my journal with the new passphrase',
    waitS: (waitSeconds: string | number) => `Wait ${waitSeconds} s`,
  },
  /** src/views/RecoveryKeyView.vue */
  recoveryKeyView: {
    saveYourRecoveryKey: 'Save your recovery key',
  },
  /** src/views/RestoreView.vue */
  restoreView: {
    restoreFromABackup: 'Restore from a backup',
    chooseAMendBackup: 'Choose a Mend backup file (it ends in',
    thenEnterThePassphrase: '), then enter the passphrase you used when it was made.',
    mendbackup: '.mendbackup',
    passphraseOfTheBackup: 'Passphrase of the backup',
    openTheBackup: 'Open the backup',
    backToCreatingA: 'Back to creating a new journal',
    chooseAnotherFile: 'Choose another file…',
    chooseABackupFile: 'Choose a backup file…',
    enterThePassphraseThis: 'Enter the passphrase this backup was made with.',
  },
  /** src/opened-backup.ts (toasts) and src/views/RestoreView.vue: Mend was opened with a .mendbackup file. */
  openedBackup: {
    restoreFromIt: (name: string) => `Mend was opened with a backup file: ${name}. Restore from it?`,
    unlockToRestore: (name: string) =>
      `Mend was opened with a backup file: ${name}. Unlock your journal to restore from it.`,
  },
  /** src/views/UnlockView.vue */
  unlockView: {
    mendIsLocked: 'Mend is locked',
    enterYourPassphraseTo: 'Enter your passphrase to open your journal.',
    passphrase: 'Passphrase',
    forgotYourPassphrase: 'Forgot your passphrase?',
    unlocking: 'Unlocking…',
    /** While the journal's format is updated inside an unlock (once, after Mend itself was updated). */
    updatingTheJournal: (percent: number) =>
      `Updating your journal for this version of Mend: ${percent}%. This happens once and can take a minute.`,
    waitS: (waitSeconds: string | number) => `Wait ${waitSeconds} s`,
    unlock: 'Unlock',
    thatPassphraseIsNot: 'That passphrase is not right.',
    tooManyAttempts: 'Too many attempts.',
    youCanTryAgain: (base: string | number, waitSeconds: string | number) =>
      `${base} You can try again in ${waitSeconds} s.`,
    pleaseTryAgain: (base: string | number) => `${base} Please try again.`,
  },
  /** src/views/WelcomeView.vue */
  welcomeView: {
    welcomeToMend: 'Welcome to Mend',
    mendIsAPrivate:
      'Mend is a private place to work through broken trust: to repair what you broke, or to weigh whether someone who hurt you is earning your trust back. Everything you write stays on this device, encrypted with a passphrase only you know.',
    whatShouldMendCall: 'What should Mend call you?',
    optional: '(optional)',
    nextMendGivesYou: 'Next, Mend gives you a recovery key: the only way back in if you forget your passphrase.',
    movingToANew: 'Moving to a new computer?',
    restoreFromABackup: 'Restore from a backup',
    encryptingYourJournal: 'Encrypting your journal…',
    createMyEncryptedJournal: 'Create my encrypted journal',
  },
  /** src/components/NewPassphraseFields.vue */
  newPassphraseFields: {
    confirm: (toLowerCase: string | number) => `Confirm ${toLowerCase}`,
    passphrase: 'Passphrase',
    theTwoPassphrasesDo: 'The two passphrases do not match.',
    hint: 'At least 10 characters. A few unrelated words are strong and easy to remember.',
    notStrongEnough: 'This passphrase is not strong enough yet: see why just above.',
    suggest: 'Suggest a passphrase',
    suggestAnother: 'Suggest another',
    useThis: 'Use this passphrase',
    suggestionIntro: 'Five words picked at random on this computer:',
    suggestionNote:
      'Write it down or keep it in a password manager before you go on. Mend keeps no readable copy of it.',
    suggestionUsed: 'It is now in the passphrase field. Type it once more below to confirm it.',
    suggestionFailed: 'Mend could not make a suggestion just now. Please try again.',
  },
  /** src/components/PassphraseField.vue */
  passphraseField: {
    hide: (toLowerCase: string | number) => `Hide ${toLowerCase}`,
    show: (toLowerCase: string | number) => `Show ${toLowerCase}`,
    hide2: 'Hide',
    show2: 'Show',
  },
} as const
