import { describe, expect, it } from 'vitest'
import { SNIPPET_WORDS, highlightParts, snippetParts, wantedOf } from '../../../../electron/core/journal/highlight'
import { queryPieces } from '../../../../electron/core/journal/search-query'

const wanted = (query: string, prefixLast = false) => wantedOf(queryPieces(query, { prefixLast }))
const hitsIn = (parts: Array<{ text: string; hit: boolean }>) =>
  parts.filter((part) => part.hit).map((part) => part.text)
const joined = (parts: Array<{ text: string }>) => parts.map((part) => part.text).join('')

describe('marking what a search found', () => {
  it('marks whole words without regard to case or accents, and nothing inside other words', () => {
    const parts = highlightParts('Trust, TRUST and distrust at the café', wanted('trust cafe'))
    expect(hitsIn(parts)).toEqual(['Trust', 'TRUST', 'café'])
    expect(joined(parts)).toBe('Trust, TRUST and distrust at the café')
  })

  it('marks every word a prefix begins, and a phrase only where its words follow one another', () => {
    expect(hitsIn(highlightParts('Trustworthy and trusted, not entrusted', wanted('trus', true)))).toEqual([
      'Trustworthy',
      'trusted',
    ])
    const parts = highlightParts('A broken promise. The promise was not broken.', wanted('"broken promise"'))
    expect(hitsIn(parts)).toEqual(['broken', 'promise'])
  })

  it('treats a word with an apostrophe as the words the index sees', () => {
    expect(hitsIn(highlightParts("I didn't call", wanted("didn't")))).toEqual(['didn', 't'])
  })

  it('finds words in other scripts', () => {
    expect(hitsIn(highlightParts('Greek εμπιστοσύνη, Chinese 信任 here', wanted('信任 εμπιστοσυνη')))).toEqual([
      'εμπιστοσύνη',
      '信任',
    ])
  })

  it(`picks the ${SNIPPET_WORDS}-word stretch with the most hits, with ellipses where text was left out`, () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')
    const body = `${filler(40)} the promise and the promise again ${filler(40)}`
    const parts = snippetParts(body, wanted('promise'))
    expect(hitsIn(parts)).toEqual(['promise', 'promise'])
    expect(parts[0]!.text.startsWith('…')).toBe(true)
    expect(parts.at(-1)!.text.endsWith('…')).toBe(true)
    expect(joined(parts).replace(/…/g, '').trim().split(/\s+/)).toHaveLength(SNIPPET_WORDS)
  })

  it('starts at the beginning, without an ellipsis, when the body has no hit, and tidies whitespace', () => {
    const parts = snippetParts('First line\n\n   second line', wanted('absent'))
    expect(parts).toEqual([{ text: 'First line second line', hit: false }])
  })
})
