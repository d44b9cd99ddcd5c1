import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchHit } from '../../../../electron/contract'
import { SEARCH_DELAY_MS, useSearchStore } from '../../../../src/stores/search'
import { installFakeBridge } from '../fake-bridge'
import { heldReplies, settle, summary } from '../journal-fixtures'

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const hit = (offset: number, text: string): SearchHit => ({
  entry: summary(offset),
  titleParts: [{ text, hit: true }],
  snippet: [{ text: `…${text}…`, hit: false }],
})
const found = (...hits: SearchHit[]) => ({ ok: true as const, value: { hits, total: hits.length, totalCapped: false } })

describe('search as you type', () => {
  it('searches once for what was typed after a short pause', async () => {
    const fake = installFakeBridge({ 'journal.search': found(hit(0, 'trust')) })
    const search = useSearchStore()
    search.setQuery('t')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS / 2)
    search.setQuery('tru')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS / 2)
    search.setQuery('trust')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS - 1)
    expect(fake.calls).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(fake.calls).toEqual([
      { procedure: 'journal.search', input: { query: 'trust', asYouType: true, filters: {}, limit: 50 } },
    ])
    expect(search.hits.map((h) => h.entry.id)).toEqual([1])
    expect(search.total).toBe(1)
    expect(search.searched).toBe(true)
    expect(search.searching).toBe(false)
  })

  it('a slow answer to an older query never replaces the newer one', async () => {
    const replies = heldReplies()
    installFakeBridge({ 'journal.search': replies.reply })
    const search = useSearchStore()
    search.setQuery('apo')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS)
    search.setQuery('apology')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS)
    expect(replies.held.map((call) => (call.input as { query: string }).query)).toEqual(['apo', 'apology'])

    replies.held[1]!.answer(found(hit(5, 'apology')))
    await settle()
    expect(search.hits.map((h) => h.entry.id)).toEqual([6])
    expect(search.searching).toBe(false)

    replies.held[0]!.answer(found(hit(1, 'apo'), hit(2, 'apostrophe'), hit(3, 'apogee')))
    await settle()
    expect(search.hits.map((h) => h.entry.id)).toEqual([6])
    expect(search.total).toBe(1)
  })

  it('an older answer arriving first is shown only until the newer one comes', async () => {
    const replies = heldReplies()
    installFakeBridge({ 'journal.search': replies.reply })
    const search = useSearchStore()
    search.setQuery('a')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS)
    search.setQuery('ab')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS)
    replies.held[0]!.answer(found(hit(1, 'a')))
    await settle()
    // Still waiting for the query on screen.
    expect(search.searching).toBe(true)
    replies.held[1]!.answer(found(hit(2, 'ab')))
    await settle()
    expect(search.hits.map((h) => h.entry.id)).toEqual([3])
    expect(search.searching).toBe(false)
  })

  it('passes the filters through, and a new set replaces the old one', async () => {
    const fake = installFakeBridge({ 'journal.search': found() })
    const search = useSearchStore()
    search.setFilters({ tags: ['work'], starred: true, from: '2026-01-01', personIds: [4] })
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS)
    search.setFilters({ moods: [1, 2] })
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS)
    expect(fake.calls.map((call) => call.input)).toEqual([
      {
        query: '',
        asYouType: true,
        filters: { tags: ['work'], starred: true, from: '2026-01-01', personIds: [4] },
        limit: 50,
      },
      { query: '', asYouType: true, filters: { moods: [1, 2] }, limit: 50 },
    ])
  })

  it('shows the error of a failed search', async () => {
    installFakeBridge({
      'journal.search': { ok: false, error: { code: 'INVALID_INPUT', message: 'Too long.', field: 'query' } },
    })
    const search = useSearchStore()
    search.setQuery('x')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS)
    expect(search.error?.message).toBe('Too long.')
    expect(search.searching).toBe(false)
  })

  it('after locking, neither a pending search nor a late answer shows results', async () => {
    const replies = heldReplies()
    const fake = installFakeBridge({ 'journal.search': replies.reply })
    const search = useSearchStore()
    search.setQuery('first')
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS)
    search.setQuery('second')
    search.reset()
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS * 2)
    expect(fake.calls).toHaveLength(1)

    replies.held[0]!.answer(found(hit(0, 'first')))
    await settle()
    expect(search.hits).toEqual([])
    expect(search.query).toBe('')
    expect(search.searched).toBe(false)
  })
})
