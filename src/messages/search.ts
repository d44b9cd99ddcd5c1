export const search = {
  /** src/views/SearchView.vue */
  searchView: {
    search: 'Search',
    searchTheJournal: 'Search the journal',
    wordsAPhraseOr: 'Words, “a phrase”, or the start of a word*',
    filters: 'Filters',
    person: 'Person',
    anyone: 'Anyone',
    tag: 'Tag',
    anyTag: 'Any tag',
    mood: 'Mood',
    anyMood: 'Any mood',
    kind: 'Kind',
    anyKind: 'Any kind',
    from: 'From',
    to: 'To',
    results: 'Results',
    untitled: 'Untitled',
    noEntriesMatch: 'No entries match.',
    moreThanEntriesThe: (total: string | number) => `More than ${total} entries; the newest best matches first`,
    entryCount: (n: number) => (n === 1 ? '1 entry' : `${n.toLocaleString()} entries`),
  },
} as const
