import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { takeTagWords } from '../../../../electron/core/journal/symbol-search'
import { openTempJournal, type TempJournal } from '../../../helpers/journal-vault'

describe('search: tags written the jrnl way, and an emoji alone', () => {
  let t: TempJournal
  const ids: Record<string, number> = {}
  beforeAll(async () => {
    t = await openTempJournal()
    const add = (name: string, title: string, body: string, tags: string[] = []) => {
      ids[name] = t.journal.entries.create({
        title,
        body,
        tags,
        entryDate: `2026-0${Object.keys(ids).length + 1}-10T09:00`,
      }).id
    }
    add('work', 'Standup', 'Told the team I missed the deadline. 🌱 A start.', ['work'])
    add('home', 'Dinner', 'We laughed at dinner 🍝 and talked about the deadline.', ['home'])
    add('both', 'Weekend', 'A quiet weekend 🌱 with no deadline at all.', ['work', 'home'])
    add('trashed', 'Gone', 'Also 🌱 but in the trash.')
    t.journal.trash.move(ids['trashed']!)
  })
  afterAll(() => t.close())
  const found = (query: string, tags?: string[]) =>
    t.journal.search({ query, ...(tags ? { filters: { tags } } : {}) }).hits.map((hit) => hit.entry.id)

  it('reads @work in the search box as the tag work, and searches the other words', () => {
    expect(found('@work')).toEqual([ids['both'], ids['work']])
    expect(found('deadline @home')).toEqual(expect.arrayContaining([ids['home'], ids['both']]))
    expect(found('deadline @home')).toHaveLength(2)
    expect(found('@work @home')).toEqual([ids['both']])
  })

  it('takes a tag filter given as @work (mend search --tag @work) as the tag work', () => {
    expect(found('', ['@work'])).toEqual([ids['both'], ids['work']])
  })

  it('leaves an e-mail address in the words', () => {
    expect(takeTagWords('write to me@example.com @family')).toEqual({
      query: 'write to me@example.com ',
      tags: ['family'],
    })
  })

  it('finds an emoji alone in the text, newest first, with it marked; not in the trash', () => {
    const result = t.journal.search({ query: '🌱' })
    expect(result.hits.map((hit) => hit.entry.id)).toEqual([ids['both'], ids['work']])
    expect(result.total).toBe(2)
    expect(result.hits[0]!.snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(['🌱'])
    expect(found('🍝')).toEqual([ids['home']])
    expect(found('🦄')).toEqual([])
  })

  it('applies filters to an emoji search', () => {
    expect(found('🌱', ['home'])).toEqual([ids['both']])
  })
})
