import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { SearchRequest } from '../../electron/contract/journal.contract'
import type { BenchCorpus } from './corpus'

/**
 * The design many encrypted journaling tools use: each entry is encrypted on its own
 * (AES-256-GCM, its own IV), kept in a plain store, and a search decrypts every entry and
 * scans it. Written here as a fair, reasonably quick version of that design, so that our
 * speed-up is measured against something real and not against a straw man:
 * - a cheap `includes` check before any tokenizing;
 * - metadata (date, tags, people) inside the encrypted item, as such tools do (nothing in clear).
 */
interface Sealed {
  iv: Buffer
  tag: Buffer
  data: Buffer
}

interface PlainItem {
  title: string
  body: string
  date: string
  tags: string[]
  people: number[]
  starred: boolean
}

export interface PeerStore {
  search(request: SearchRequest): { ids: number[]; total: number }
  bytes: number
}

function seal(key: Buffer, item: PlainItem): Sealed {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const data = Buffer.concat([cipher.update(JSON.stringify(item), 'utf8'), cipher.final()])
  return { iv, tag: cipher.getAuthTag(), data }
}

function open(key: Buffer, sealed: Sealed): PlainItem {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv)
  decipher.setAuthTag(sealed.tag)
  return JSON.parse(Buffer.concat([decipher.update(sealed.data), decipher.final()]).toString('utf8')) as PlainItem
}

/** Folds case and accents, as our index's tokenizer does, so both designs find the same words. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

interface Term {
  text: string
  prefix: boolean
  phrase: boolean
}

function terms(request: SearchRequest): Term[] {
  const found: Term[] = []
  for (const match of request.query.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (match[1] !== undefined) found.push({ text: fold(match[1]), prefix: false, phrase: true })
    else found.push({ text: fold(match[2]!.replace(/\*$/, '')), prefix: match[2]!.endsWith('*'), phrase: false })
  }
  if (request.asYouType && found.length) found.at(-1)!.prefix = !found.at(-1)!.phrase
  return found
}

/** Occurrences of the term in the folded text (whole words, or word starts for a prefix); 0 if absent. */
function occurrences(text: string, term: Term): number {
  if (!text.includes(term.text)) return 0
  const words = text.split(/[^\p{L}\p{N}]+/u)
  if (term.phrase) {
    const wanted = term.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    let count = 0
    for (let i = 0; i + wanted.length <= words.length; i++) {
      if (wanted.every((word, k) => words[i + k] === word)) count++
    }
    return count
  }
  let count = 0
  for (const word of words) if (term.prefix ? word.startsWith(term.text) : word === term.text) count++
  return count
}

function passesFilters(item: PlainItem, filters: SearchRequest['filters']): boolean {
  if (!filters) return true
  if (filters.personIds?.length && !filters.personIds.some((id) => item.people.includes(id))) return false
  if (filters.tags?.length && !filters.tags.every((tag) => item.tags.includes(tag))) return false
  if (filters.from && item.date < filters.from) return false
  if (filters.to && item.date.slice(0, 10) > filters.to) return false
  if (filters.starred !== undefined && item.starred !== filters.starred) return false
  return true
}

/** Encrypts the corpus item by item (people as the ids the vault gave them). */
export function buildPeerStore(corpus: BenchCorpus, personIds: readonly number[]): PeerStore {
  const key = randomBytes(32)
  const items = corpus.entries.map((entry, index) =>
    seal(key, {
      title: entry.title,
      body: entry.body,
      date: entry.entryDate,
      tags: entry.tags,
      people: (corpus.entryPeople[index] ?? []).map((person) => personIds[person]!),
      starred: entry.starred,
    }),
  )
  return {
    bytes: items.reduce((sum, item) => sum + item.data.length + 28, 0),
    search(request) {
      const wanted = terms(request)
      const scored: Array<{ id: number; score: number }> = []
      items.forEach((sealed, index) => {
        const item = open(key, sealed)
        if (!passesFilters(item, request.filters)) return
        let score = 0
        if (wanted.length) {
          const title = fold(item.title)
          const body = fold(item.body)
          for (const term of wanted) {
            const hits = 4 * occurrences(title, term) + occurrences(body, term)
            if (hits === 0) return
            score += hits
          }
        }
        scored.push({ id: index + 1, score })
      })
      scored.sort((a, b) => b.score - a.score || b.id - a.id)
      return { ids: scored.slice(0, request.limit ?? 20).map(({ id }) => id), total: scored.length }
    },
  }
}
