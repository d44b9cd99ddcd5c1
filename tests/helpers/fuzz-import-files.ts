import { closeSync, openSync, writeSync } from 'node:fs'

/**
 * Import sources that are not what the person said they are, for tests/integration/import-bad-files.
 * Every document carries MARKER in its text, so a test can tell whether an error quotes the file.
 */
export const MARKER = 'Heron Quill Lantern'

/** A small, valid jrnl JSON export with non-ASCII text (so a cut can fall inside a character). */
export function jrnlJsonDocument(): string {
  return JSON.stringify(
    {
      tags: { '@repair': 2 },
      entries: [
        { title: `Café with Zoë ${MARKER}`, body: 'We talked. 🌱 @repair', date: '2024-03-14', time: '07:05' },
        { title: 'Second', body: `A walk by the river. ${MARKER}`, date: '2024-03-15', time: '19:00', starred: true },
      ],
    },
    null,
    2,
  )
}

/** A small, valid Day One export. */
export function dayOneDocument(): string {
  return JSON.stringify(
    {
      metadata: { version: '1.0' },
      entries: [
        {
          uuid: '0A1B2C3D4E5F60718293A4B5C6D7E8F9',
          creationDate: '2024-03-14T06:05:00Z',
          timeZone: 'Europe/Paris',
          text: `# Café au lait\n\nZoë laughed again. 🌱 ${MARKER}`,
          tags: ['family'],
        },
      ],
    },
    null,
    2,
  )
}

export function jrnlTextDocument(): string {
  return `[2024-03-14 07:05] Café with Zoë 🌱\n${MARKER} and the river.\n\n[2024-03-15 19:00] Second\nA walk.\n`
}

/** Deterministic bytes that are not text (a small LCG: the same "garbage" on every run). */
export function garbage(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length)
  let state = seed
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

/**
 * A jrnl JSON export of about `megabytes` MB that is cut short before its end, as a download
 * that stopped would be. Written in pieces, so the test never holds it in memory itself.
 */
export function writeCutShortJrnlExport(path: string, megabytes: number): number {
  const file = openSync(path, 'w')
  let written = writeSync(file, '{"tags":{},"entries":[\n')
  const body = `${MARKER} `.repeat(45) // about 1 KB per entry
  const target = megabytes * 1024 * 1024
  const batch: string[] = []
  for (let n = 0; written < target; n += 1) {
    const day = String((n % 28) + 1).padStart(2, '0')
    batch.push(`{"title":"Entry ${n}","body":"${body}","date":"2020-01-${day}","time":"09:00","tags":[]},\n`)
    if (batch.length === 1000) {
      written += writeSync(file, batch.join(''))
      batch.length = 0
    }
  }
  written += writeSync(file, `${batch.join('')}{"title":"The last one","bo`)
  closeSync(file)
  return written
}

/** About `megabytes` MB of bytes that are not UTF-8, written in pieces. */
export function writeBinaryGarbage(path: string, megabytes: number): number {
  const file = openSync(path, 'w')
  const chunk = garbage(1024 * 1024, 11)
  let written = 0
  for (let i = 0; i < megabytes; i += 1) written += writeSync(file, chunk)
  closeSync(file)
  return written
}
