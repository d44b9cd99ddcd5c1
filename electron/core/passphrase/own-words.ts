import type { Db } from '../vault/encrypted-database'
import { readVaultMeta } from '../vault/vault-meta.queries'

/**
 * The words someone who knows the person, or knows Mend, tries first. The estimator counts a
 * passphrase built on them as almost no guesses at all.
 */
const MEND_WORDS = [
  'mend',
  'journal',
  'diary',
  'trust',
  'repair',
  'sorry',
  'apology',
  'forgive',
  'forgiveness',
  'passphrase',
  'password',
  'recovery',
  'secret',
]

/** A journal with thousands of people still rates in milliseconds: the newest are the likeliest. */
const MAX_PEOPLE = 500

/** Each name whole, each of its parts, and its parts run together ("Zoë Ann" -> zoë ann, zoë, ann, zoëann). */
export function wordsOfNames(names: readonly string[]): string[] {
  const words = new Set<string>()
  for (const name of names) {
    const whole = name.trim().toLowerCase()
    if (!whole) continue
    const parts = whole.split(/[\s\-_.,'’]+/u).filter((part) => part.length > 1)
    words.add(whole)
    for (const part of parts) words.add(part)
    if (parts.length > 1) words.add(parts.join(''))
  }
  return [...words]
}

/** The journal's own names: its display name and its people (a journal too old to have people has none). */
function journalNames(db: Db): string[] {
  const names: string[] = []
  const displayName = readVaultMeta(db, 'display_name')
  if (displayName) names.push(displayName)
  try {
    const people = db.prepare('SELECT name FROM people ORDER BY id DESC LIMIT ?').pluck().all(MAX_PEOPLE)
    names.push(...(people as string[]))
  } catch {
    // Schema before the journal (no people table): only the display name.
  }
  return names
}

/**
 * What to count against a passphrase being chosen: Mend's own words, names given now (the journal's
 * name typed on the create screen), and, with the journal open, the names inside it.
 */
export function ownWords(given: readonly string[] = [], db: Db | null = null): string[] {
  return [...MEND_WORDS, ...wordsOfNames([...given, ...(db ? journalNames(db) : [])])]
}
