import type { Journal } from '../../electron/core'

/**
 * A small journal for search tests. Each entry is there for a reason, written next to it; the
 * dates are distinct so "newest first" is a single order.
 */
export function writeSearchCorpus(journal: Journal) {
  const sam = journal.people.create({ name: 'Sam' })
  const alex = journal.people.create({ name: 'Alex' })
  const e = journal.entries
  const entries = {
    // The word in the title and many times in the body: the best match for "trust".
    manyTrust: e.create({
      title: 'Trust',
      body: 'Trust, trust and more trust. Rebuilding trust takes time.',
      kind: 'reflection',
      mood: 4,
      starred: true,
      tags: ['Repair', 'Family'],
      personIds: [sam.id],
      entryDate: '2024-03-10T09:00',
    }),
    // One mention, in a long-ish body.
    oneTrust: e.create({
      title: 'Groceries',
      body: 'Bought apples and bread and milk. On the way home I thought about trust once, then about dinner.',
      mood: 2,
      tags: ['errands'],
      entryDate: '2024-03-12T18:00',
    }),
    // The phrase "broken promise", and an accented word.
    phrase: e.create({
      title: 'Café',
      body: 'Met at the café near the station. It was a broken promise again.',
      kind: 'letter',
      mood: 1,
      tags: ['family'],
      personIds: [alex.id],
      entryDate: '2024-03-15T23:59',
    }),
    // "broken" and "promise" both, but apart.
    apart: e.create({
      title: 'Apart',
      body: 'The promise was kept, but something else was broken.',
      mood: 3,
      personIds: [sam.id, alex.id],
      entryDate: '2024-03-01T00:00',
    }),
    // Longer words that start with "trust": found by a prefix, not by the word.
    prefixOnly: e.create({
      title: 'Trustworthy',
      body: 'Is she trustworthy? We entrusted her with the keys.',
      mood: 5,
      tags: ['repair'],
      entryDate: '2024-02-28T12:00',
    }),
    // Other scripts.
    scripts: e.create({
      title: 'Words',
      body: 'Greek εμπιστοσύνη, Russian Доверие, Chinese 信任 , emoji 😀 here.',
      entryDate: '2023-12-31T23:59',
    }),
  }
  return { sam, alex, entries }
}

export type SearchCorpus = ReturnType<typeof writeSearchCorpus>
