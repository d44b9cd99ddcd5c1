/**
 * What journal-writer-child.ts saves for a given round, entry and revision. Each revision has a
 * word of its own (`mark<round>x<entry>x<revision>`) so the search index can be checked too.
 */
export function journalWriterText(round: number, entry: number, revision: number): { title: string; body: string } {
  const filler = 'I kept the promise I made today and wrote it down. '.repeat(20 + revision * 15)
  return {
    title: `Round ${round}, entry ${entry}`,
    body: `${filler}\n\nmark${round}x${entry}x${revision} revision ${revision}.`,
  }
}

/** Every TAG_EVERY-th revision also changes the entry's tags, in the same save. */
export const TAG_EVERY = 4

/** The tags an entry holds at `revision`: set at creation, replaced at every TAG_EVERY-th revision. */
export function journalWriterTags(round: number, revision: number): string[] {
  const lastTagged = revision - (revision % TAG_EVERY)
  return lastTagged === 0 ? [`round${round}`] : [`round${round}`, `r${lastTagged}`]
}
