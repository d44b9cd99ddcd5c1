import { writeFileSync } from 'node:fs'

const WORDS = 'walked river quiet harbour morning promise listened kitchen letter garden honest slowly'.split(' ')

/**
 * A jrnl JSON export of `count` entries, written to `path`: a few sentences each, a date a day
 * apart, entry i with its own word `entryword<i>`, and the tag `@pdf` on every `pdfEvery`-th.
 */
export function writeJrnlSource(path: string, count: number, options: { pdfEvery?: number; prefix?: string } = {}) {
  const { pdfEvery = 0, prefix = 'Entry' } = options
  const entries = Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 60 }, (_, w) => WORDS[(i * 7 + w * 3) % WORDS.length]).join(' ')
    const tagged = pdfEvery > 0 && i % pdfEvery === 0
    return {
      title: `${prefix} ${i}`,
      body: `${words}. entryword${i}${tagged ? ' @pdf' : ''}`,
      date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
      time: '08:30',
      tags: tagged ? ['@pdf'] : [],
      starred: false,
    }
  })
  writeFileSync(path, JSON.stringify({ tags: {}, entries }))
}
