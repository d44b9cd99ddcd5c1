import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSearchCorpus, type SearchCorpus } from '../../../helpers/journal-search-corpus'
import { openTempJournal, type TempJournal } from '../../../helpers/journal-vault'

/** What people (and pasted text) put in a search box that FTS5 would read as its own syntax. */
const HOSTILE: readonly [string, string][] = [
  ['a lone quote', '"'],
  ['an empty phrase', '""'],
  ['an unclosed phrase', '"unclosed'],
  ['a lone star', '*'],
  ['two stars', '**'],
  ['a star before a word', '*trust'],
  ['NEAR(', 'NEAR('],
  ['NEAR(a b)', 'NEAR(a b)'],
  ['NEAR/2', 'trust NEAR/2 time'],
  ['a lone minus', '-'],
  ['a negated word', '-word'],
  ['OR', 'a OR b'],
  ['a lone AND', 'AND'],
  ['a lone OR', 'OR'],
  ['NOT', 'NOT x'],
  ['a title column filter', 'title:x'],
  ['a body column filter', 'body:x'],
  ['a column set filter', '{title body}: x'],
  ['an open parenthesis', '('],
  ['a close parenthesis', ')'],
  ['unbalanced parentheses', '((trust)'],
  ['a caret', '^x'],
  ['braces', '{a b}'],
  ['a colon', ':'],
  ['a single quote', "'"],
  ['an apostrophe in a word', "don't"],
  ['a backslash', '\\'],
  ['a percent sign', '%'],
  ['an underscore', '_'],
  ['SQL', ';DROP TABLE entries;--'],
  ['SQL in quotes', "' OR 1=1 --"],
  ['Greek', 'εμπιστοσύνη'],
  ['Cyrillic', 'доверие'],
  ['CJK', '信任'],
  ['emoji', '😀'],
  ['emoji with a star', '😀*'],
  ['zero-width characters', '\u200b\u200c\u200d\ufeff'],
  ['a zero-width joiner inside a word', 'tr\u200dust'],
  ['right-to-left marks', '\u202etrust\u202c'],
  ['combining marks alone', '\u0301\u0308'],
  ['a NUL character', '\u0000'],
  ['a word with a NUL character', 'trust\u0000'],
  ['a NUL inside a phrase', '"broken\u0000promise"'],
  ['control characters', '\u0001\u0002\u0003\u001b'],
  ['a lone surrogate', '\ud800'],
  ['500 characters of punctuation', '"*()-^:{}[]\\\';%_+~!?.,<>|&#@$='.repeat(17).slice(0, 500)],
  ['500 quotes', '"'.repeat(500)],
  ['500 one-letter words', 'a '.repeat(250)],
  ['a very long word', 'x'.repeat(500)],
  ['only whitespace', ' \t\n\r '],
]

/** A real word with FTS5 syntax glued to it: the word's entries must still be found. */
const WORD_WITH_JUNK = [
  'trust"*(',
  '(trust)',
  'trust)',
  '^trust',
  '-trust',
  'trust;',
  '"trust',
  'trust"',
  'trust*)',
  "'trust'",
  'trust:',
  '{trust}',
  'trust\u200b',
  'trust\u0000',
  '  trust  ',
]

describe('search never fails, whatever is typed', () => {
  let t: TempJournal
  let c: SearchCorpus
  beforeAll(async () => {
    t = await openTempJournal()
    c = writeSearchCorpus(t.journal)
  })
  afterAll(() => t.close())

  for (const asYouType of [false, true]) {
    it.each(HOSTILE)(`answers %s with a list${asYouType ? ' as you type' : ''}`, (_label, query) => {
      let result: ReturnType<TempJournal['journal']['search']> | undefined
      expect(() => {
        result = t.journal.search({ query, asYouType, filters: { tags: ['repair'] } })
        result = t.journal.search({ query, asYouType })
      }).not.toThrow()
      expect(Array.isArray(result!.hits)).toBe(true)
      expect(result!.total).toBeGreaterThanOrEqual(result!.hits.length)
      for (const hit of result!.hits) expect(hit.entry.trashedAt).toBeNull()
    })
  }

  it.each(WORD_WITH_JUNK)('finds the entries with "trust" for %j', (query) => {
    const found = new Set(t.journal.search({ query }).hits.map((h) => h.entry.id))
    expect(found).toEqual(new Set([c.entries.manyTrust.id, c.entries.oneTrust.id]))
  })

  it('takes FTS5 operators as plain words', () => {
    // "OR" is not an operator: both words (a, or) would be required, and no entry has "or".
    expect(t.journal.search({ query: 'trust OR apples' }).total).toBe(0)
    // "NOT" is not an operator either: "trust NOT apples" would otherwise find the first entry.
    expect(t.journal.search({ query: 'trust NOT apples' }).total).toBe(0)
    // A column filter is words: "title:trust" is the phrase "title trust", which no entry has.
    expect(t.journal.search({ query: 'title:trust' }).total).toBe(0)
    // "-" is not a negation: "-apples" finds apples.
    expect(t.journal.search({ query: '-apples' }).hits.map((h) => h.entry.id)).toEqual([c.entries.oneTrust.id])
  })

  it('still finds other scripts', () => {
    for (const query of ['εμπιστοσύνη', 'доверие', '信任']) {
      expect(t.journal.search({ query }).hits.map((h) => h.entry.id)).toEqual([c.entries.scripts.id])
    }
  })

  it('leaves the journal as it was (no query writes)', () => {
    expect(t.journal.timeline.outline().total).toBe(6)
    expect(() => t.db().exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")).not.toThrow()
    expect(t.db().pragma('integrity_check', { simple: true })).toBe('ok')
  })
})
