import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchHit, SearchRequest } from '../../../../electron/contract'
import { writeSearchCorpus, type SearchCorpus } from '../../../helpers/journal-search-corpus'
import { openTempJournal, type TempJournal } from '../../../helpers/journal-vault'

describe('search on a real encrypted vault', () => {
  let t: TempJournal
  let c: SearchCorpus
  let id: Record<keyof SearchCorpus['entries'], number>
  beforeAll(async () => {
    t = await openTempJournal()
    c = writeSearchCorpus(t.journal)
    id = Object.fromEntries(Object.entries(c.entries).map(([k, v]) => [k, v.id])) as typeof id
  })
  afterAll(() => t.close())

  const search = (query: string, rest: Omit<SearchRequest, 'query'> = {}) => t.journal.search({ query, ...rest })
  const ids = (query: string, rest: Omit<SearchRequest, 'query'> = {}) =>
    search(query, rest).hits.map((h) => h.entry.id)
  const hitsOf = (parts: SearchHit['snippet']) => parts.filter((p) => p.hit).map((p) => p.text.toLowerCase())
  const newestFirst = (...keys: (keyof typeof id)[]) =>
    keys
      .map((k) => c.entries[k])
      .sort((a, b) => b.entryDate.localeCompare(a.entryDate))
      .map((e) => e.id)

  describe('matching and ranking', () => {
    it('ranks an entry with the word in its title and many times above one that mentions it once', () => {
      const { hits, total } = search('trust')
      expect(hits.map((h) => h.entry.id)).toEqual([id.manyTrust, id.oneTrust])
      expect(total).toBe(2)
    })

    it('marks the matched words in the title and the snippet', () => {
      const [best, other] = search('trust').hits
      expect(best!.titleParts).toEqual([{ text: 'Trust', hit: true }])
      expect(hitsOf(best!.snippet)).toEqual(['trust', 'trust', 'trust', 'trust'])
      expect(other!.titleParts).toEqual([{ text: 'Groceries', hit: false }])
      expect(hitsOf(other!.snippet)).toEqual(['trust'])
      expect(other!.snippet.map((p) => p.text).join('')).toContain('thought about trust once')

      const [phrase] = search('broken promise', { filters: { kinds: ['letter'] } }).hits
      expect(hitsOf(phrase!.snippet)).toEqual(['broken', 'promise'])
      // Snippet pieces are plain text: the highlight markers never reach the caller.
      const text = phrase!.snippet.map((p) => p.text).join('')
      expect(text).not.toContain('\u0002')
      expect(text).not.toContain('\u0003')
    })

    it('ignores accents and case: "cafe" and "CAFÉ" find "café"; other scripts are found too', () => {
      expect(ids('cafe')).toEqual([id.phrase])
      expect(ids('CAFÉ')).toEqual([id.phrase])
      expect(search('cafe').hits[0]!.titleParts).toEqual([{ text: 'Café', hit: true }])
      expect(ids('ΕΜΠΙΣΤΟΣΎΝΗ')).toEqual([id.scripts])
      expect(ids('доверие')).toEqual([id.scripts])
      expect(ids('信任')).toEqual([id.scripts])
    })

    it('finds words by prefix with a trailing *, and only at the start of a word', () => {
      expect(new Set(ids('trus*'))).toEqual(new Set([id.manyTrust, id.oneTrust, id.prefixOnly]))
      expect(ids('trus')).toEqual([])
      // "entrusted" contains "trust" but does not start with it.
      expect(ids('trusted*')).toEqual([])
    })

    it('as you type, treats the last word as a prefix unless a space follows it', () => {
      expect(new Set(ids('trus', { asYouType: true }))).toEqual(new Set([id.manyTrust, id.oneTrust, id.prefixOnly]))
      expect(ids('trus ', { asYouType: true })).toEqual([])
      expect(new Set(ids('broken prom', { asYouType: true }))).toEqual(new Set([id.phrase, id.apart]))
      // Only the last word: "brok" earlier in the query must be a whole word.
      expect(ids('brok promise', { asYouType: true })).toEqual([])
    })

    it('matches a quoted phrase only where its words stand together', () => {
      expect(ids('"broken promise"')).toEqual([id.phrase])
      expect(new Set(ids('broken promise'))).toEqual(new Set([id.phrase, id.apart]))
      expect(ids('"promise broken"')).toEqual([])
      // An unclosed quote is a phrase to the end of the query (the person is still typing).
      expect(ids('"broken promise')).toEqual([id.phrase])
    })

    it('requires every word (AND)', () => {
      expect(ids('promise kept')).toEqual([id.apart])
      expect(ids('trust apples')).toEqual([id.oneTrust])
      expect(ids('trust zebra')).toEqual([])
    })
  })

  describe('filters', () => {
    it('by person, alone (newest first) and with a query', () => {
      expect(ids('', { filters: { personIds: [c.sam.id] } })).toEqual(newestFirst('manyTrust', 'apart'))
      expect(ids('promise', { filters: { personIds: [c.sam.id] } })).toEqual([id.apart])
      expect(ids('', { filters: { personIds: [c.sam.id, c.alex.id] } })).toEqual(
        newestFirst('manyTrust', 'phrase', 'apart'),
      )
    })

    it('by tags: every given tag is required, regardless of case and spaces', () => {
      expect(ids('', { filters: { tags: ['repair'] } })).toEqual(newestFirst('manyTrust', 'prefixOnly'))
      expect(ids('', { filters: { tags: ['REPAIR', ' family '] } })).toEqual([id.manyTrust])
      expect(ids('', { filters: { tags: ['family'] } })).toEqual(newestFirst('manyTrust', 'phrase'))
      expect(ids('', { filters: { tags: ['family', 'errands'] } })).toEqual([])
      expect(ids('', { filters: { tags: ['Repair', 'repair'] } })).toEqual(newestFirst('manyTrust', 'prefixOnly'))
      expect(ids('trus*', { filters: { tags: ['repair'] } }).sort()).toEqual([id.manyTrust, id.prefixOnly].sort())
      expect(ids('', { filters: { tags: ['nosuchtag'] } })).toEqual([])
    })

    it('by mood, kind and starred', () => {
      expect(ids('', { filters: { moods: [1, 5] } })).toEqual(newestFirst('phrase', 'prefixOnly'))
      expect(ids('', { filters: { kinds: ['letter'] } })).toEqual([id.phrase])
      expect(ids('', { filters: { kinds: ['reflection', 'letter'] } })).toEqual(newestFirst('phrase', 'manyTrust'))
      expect(ids('', { filters: { starred: true } })).toEqual([id.manyTrust])
      expect(ids('trust', { filters: { starred: false } })).toEqual([id.oneTrust])
      expect(ids('trust', { filters: { moods: [2] } })).toEqual([id.oneTrust])
      expect(ids('trust', { filters: { kinds: ['letter'] } })).toEqual([])
    })

    it('by inclusive days from and to', () => {
      const range = { from: '2024-03-01', to: '2024-03-12' }
      expect(ids('', { filters: range })).toEqual(newestFirst('oneTrust', 'manyTrust', 'apart'))
      expect(ids('', { filters: { from: '2024-03-15' } })).toEqual([id.phrase])
      expect(ids('', { filters: { to: '2023-12-31' } })).toEqual([id.scripts])
      expect(ids('', { filters: { from: '2024-03-10', to: '2024-03-10' } })).toEqual([id.manyTrust])
      expect(ids('trust', { filters: { from: '2024-03-11' } })).toEqual([id.oneTrust])
      expect(ids('', { filters: { from: '2024-03-13', to: '2024-03-12' } })).toEqual([])
    })

    it('with an empty query and no filters: everything, newest first, with plain excerpts as snippets', () => {
      const { hits, total } = search('   ')
      expect(hits.map((h) => h.entry.id)).toEqual(
        newestFirst('manyTrust', 'oneTrust', 'phrase', 'apart', 'prefixOnly', 'scripts'),
      )
      expect(total).toBe(6)
      expect(hits[0]!.snippet).toEqual([{ text: hits[0]!.entry.excerpt, hit: false }])
      expect(hits[0]!.titleParts).toEqual([{ text: hits[0]!.entry.title, hit: false }])
    })
  })

  describe('totals and pages', () => {
    it('reports the total of all matches, not just the page', () => {
      expect(search('trus*', { limit: 1 })).toMatchObject({ total: 3, hits: [{ entry: { id: id.manyTrust } }] })
      expect(search('', { limit: 2, filters: { tags: ['family'] } }).total).toBe(2)
      expect(search('zebra').total).toBe(0)
    })

    it.each([
      ['an empty query', ''],
      ['a word query', 'the'],
    ])('pages through %s with limit and offset, without duplicates or gaps', (_label, query) => {
      const all = ids(query, { limit: 200 })
      expect(all.length).toBeGreaterThan(2)
      const paged: number[] = []
      for (let offset = 0; offset < all.length + 2; offset += 2) paged.push(...ids(query, { limit: 2, offset }))
      expect(paged).toEqual(all)
      expect(search(query, { limit: 2, offset: 100 }).hits).toEqual([])
    })
  })
})
