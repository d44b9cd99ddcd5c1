export const journal = {
  /** src/components/journal/markdown-commands.ts */
  markdownCommands: {
    /** Put into the text by the link command when nothing is selected; the writer types over it. */
    linkText: 'link text',
  },
  /** Mood scale of an entry, from 1 to 5 (src/format.ts). */
  moods: ['Very low', 'Low', 'Mixed', 'Good', 'Very good'],
  /** File sizes (src/format.ts). */
  sizes: {
    bytes: (n: number) => `${n} B`,
    kilobytes: (n: number) => `${n} KB`,
    megabytes: (n: string) => `${n} MB`,
  },
  /** src/views/JournalView.vue */
  journalView: {
    journal: 'Journal',
    search: 'Search',
    people: 'People',
    import: 'Import',
    trash: 'Trash',
    nothingWrittenYet: 'Nothing written yet',
    startWithWhatHappened:
      'Start with what happened, in your own words, or pick a template for a gentler start. Everything stays on this computer, encrypted.',
    writeYourFirstEntry: 'Write your first entry',
    entryCount: (n: number) => (n === 1 ? '1 entry' : `${n.toLocaleString()} entries`),
  },
  /** src/components/journal/EntryRow.vue */
  entryRow: {
    starred: 'Starred',
    untitled: 'Untitled',
    mood: (mood: string | number) => `Mood: ${mood}`,
  },
  /** src/components/journal/MarkdownEditor.vue */
  markdownEditor: {
    formatting: 'Formatting',
    heading: 'Heading',
    h: 'H',
    boldCtrlB: 'Bold (Ctrl+B)',
    bold: 'Bold',
    b: 'B',
    italicCtrlI: 'Italic (Ctrl+I)',
    italic: 'Italic',
    i: 'I',
    list: 'List',
    bulletedList: 'Bulleted list',
    quote: 'Quote',
    linkCtrlK: 'Link (Ctrl+Shift+K)',
    link: 'Link',
    then: 'then',
    leavesTheText: 'leaves the text',
    photo: 'Photo',
    photoNamed: (caption: string) => `Photo: ${caption}`,
    photoChipHint: 'A photo of this entry. It shows beside the text and in the Read view.',
  },
  /** src/components/journal/MoodPicker.vue */
  moodPicker: {
    mood: 'Mood',
    clear: 'Clear',
  },
  /** src/components/journal/NewEntryMenu.vue */
  newEntryMenu: {
    newEntry: 'New entry',
    fromATemplate: 'From a template',
    templates: 'Templates',
    yourTemplates: 'Your templates',
    saveAnyEntryAs: 'Save any entry as a template with “Save as template” in the editor.',
    newEntryN: (modifier: string | number) => `New entry (${modifier}+N)`,
    yourOwnTemplate: 'Your own template',
    deleteTemplate: (name: string | number) => `Delete template ${name}`,
  },
  /** src/components/journal/PeoplePicker.vue */
  peoplePicker: {
    peopleThisEntryIs: 'People this entry is about',
    addSomeone: 'Add someone, then Enter',
    addSomeoneLabel: 'Add someone to this entry: type a name, then press Enter',
    added: (name: string) => `${name} is added and linked to this entry.`,
    picked: (name: string) => `${name} is linked to this entry.`,
    couldNotAdd: 'They could not be added. Try again.',
  },
  /** src/components/journal/SaveIndicator.vue */
  saveIndicator: {
    notSaved: (reason: string) => `Not saved: ${reason}`,
    somethingWentWrong: 'something went wrong.',
    tryAgain: 'Try again',
    saving: 'Saving…',
    saved: 'Saved',
  },
  /** src/components/journal/TagInput.vue */
  tagInput: {
    addATag: 'Add a tag',
    removeTag: (tag: string | number) => `Remove tag ${tag}`,
    tooLong: (max: number) => `A tag can be at most ${max} characters: shorten it to add it.`,
  },
  /** src/components/journal/TimelineList.vue */
  timelineList: {
    entriesNewestFirst: 'Entries, newest first',
  },
  /** src/components/journal/VersionHistory.vue */
  versionHistory: {
    earlierVersions: 'Earlier versions',
    close: 'Close',
    noEarlierVersionsYet: 'No earlier versions yet. Mend keeps one for every few minutes of editing.',
    words: (title: string | number, words: string | number) => `${title} · ${words} words`,
    restoreThisVersion: 'Restore this version',
    untitled: 'Untitled',
  },
  /** src/views/EntryView.vue */
  entryView: {
    journal: '← Journal',
    thisEntryIsIn: 'This entry is in the trash.',
    restoreIt: 'Restore it',
    title: 'Title',
    starred: 'Starred',
    date: 'Date',
    kind: 'Kind',
    view: 'View',
    write: 'Write',
    read: 'Read',
    entryText: 'Entry text',
    writeWhatIsOn: 'Write what is on your mind. Mend saves as you type.',
    tags: 'Tags',
    people: 'People',
    earlierVersions: 'Earlier versions',
    saveAsTemplate: 'Save as template',
    moveToTrash: 'Move to trash',
    templateName: 'Template name',
    saveTemplate: 'Save template',
    cancel: 'Cancel',
    wordCount: (n: number) => (n === 1 ? '1 word' : `${n.toLocaleString()} words`),
    starThisEntry: 'Star this entry',
    restoredTheVersionFrom: (when: string | number) =>
      `Restored the version from ${when}. The text it replaced is kept in the history.`,
    savedTheTemplateFind: (name: string | number) =>
      `Saved the template “${name}”. Find it under New entry → From a template.`,
    newEntry: 'New entry',
    entry: 'Entry',
    thisEntryIsNot: 'This entry is not saved yet, so Mend kept it open. Try again, or copy the text somewhere safe.',
    movedToTheTrash: 'Moved to the trash.',
    undo: 'Undo',
  },
  /** src/views/TrashView.vue */
  trashView: {
    journal: '← Journal',
    trash: 'Trash',
    entriesStayHereFor: 'Entries stay here for 30 days, then they are deleted for good.',
    theTrashIsEmpty: 'The trash is empty.',
    deleteAllEntriesFor: (trashCount: string | number) =>
      `Delete all ${trashCount} entries for good? This cannot be undone.`,
    deleteAll: 'Delete all',
    cancel: 'Cancel',
    emptyTheTrash: 'Empty the trash',
    movedToTrash: (short: string | number, trashedAt: string | number) => `${short} · moved to trash ${trashedAt}`,
    deleteForGood: 'Delete for good?',
    delete: 'Delete',
    restore: 'Restore',
    deleteForGood2: 'Delete for good',
    untitled: 'Untitled',
    restoredToTheJournal: 'Restored to the journal.',
    deletedForGood: 'Deleted for good.',
    deleted1EntryFor: 'Deleted 1 entry for good.',
    deletedEntriesForGood: (deleted: string | number) => `Deleted ${deleted} entries for good.`,
  },
} as const
