export const people = {
  /** src/views/PeopleView.vue */
  peopleView: {
    journal: '← Journal',
    people: 'People',
    thePeopleWhoseTrust:
      'The people whose trust is at stake. Link entries to them to follow one relationship over time.',
    removeEntriesStay: 'Remove? Entries stay.',
    remove: 'Remove',
    cancel: 'Cancel',
    edit: 'Edit',
    noOneYetAdd: 'No one yet. Add the person this is about.',
    name: 'Name',
    relationship: 'Relationship',
    partnerFriendSisterColleague: 'partner, friend, sister, colleague…',
    notes: 'Notes',
    entryCount: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
    edit2: (name: string | number) => `Edit ${name}`,
    addSomeone: 'Add someone',
    save: 'Save',
    add: 'Add',
    saved: 'Saved.',
    wasAdded: (trim: string | number) => `${trim} was added.`,
    wasRemovedTheirEntries: (name: string | number) => `${name} was removed. Their entries are still in the journal.`,
  },
} as const
