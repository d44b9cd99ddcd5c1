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
