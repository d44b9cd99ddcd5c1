import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SHIPPED_TEMPLATES } from '../../../../electron/core'
import { openTempJournal, type TempJournal } from '../../../helpers/journal-vault'
import { expectMendErrorSync } from '../../../helpers/vault-files'

describe('people and templates on a real encrypted vault', () => {
  let t: TempJournal
  beforeEach(async () => {
    t = await openTempJournal()
  })
  afterEach(() => t.close())

  describe('people', () => {
    it('creates a person with trimmed fields and no entries yet, and lists people by name regardless of case', () => {
      const sam = t.journal.people.create({
        name: '  Sam ',
        relationship: ' brother ',
        notes: ' keeps notes as typed ',
      })
      expect(sam).toEqual({
        id: sam.id,
        name: 'Sam',
        relationship: 'brother',
        notes: ' keeps notes as typed ',
        entryCount: 0,
        createdAt: new Date(t.clock.now()).toISOString(),
      })
      t.journal.people.create({ name: 'alex' })
      t.journal.people.create({ name: 'Bea' })
      expect(t.journal.people.list().map((p) => p.name)).toEqual(['alex', 'Bea', 'Sam'])
    })

    it.each(['Sam', 'sam', 'SAM', '  sAm  '])('refuses a second person named %j (INVALID_INPUT on name)', (name) => {
      t.journal.people.create({ name: 'Sam' })
      const error = expectMendErrorSync(() => t.journal.people.create({ name }), 'INVALID_INPUT')
      expect(error.extra.field).toBe('name')
      expect(t.journal.people.list()).toHaveLength(1)
    })

    it('renames a person, also to another spelling of their own name, but not to someone else’s name', () => {
      const sam = t.journal.people.create({ name: 'Sam' })
      const alex = t.journal.people.create({ name: 'Alex', relationship: 'friend' })
      expect(t.journal.people.update({ id: sam.id, name: 'Samuel' })).toMatchObject({ id: sam.id, name: 'Samuel' })
      expect(t.journal.people.update({ id: sam.id, name: 'SAMUEL' }).name).toBe('SAMUEL')
      const clash = expectMendErrorSync(() => t.journal.people.update({ id: alex.id, name: 'samuel' }), 'INVALID_INPUT')
      expect(clash.extra.field).toBe('name')
      // Only the given fields change.
      expect(t.journal.people.update({ id: alex.id, notes: 'n' })).toMatchObject({
        name: 'Alex',
        relationship: 'friend',
        notes: 'n',
      })
      expect(t.journal.people.findByName(' alex ')?.id).toBe(alex.id)
    })

    it('answers NOT_FOUND for a person that does not exist', () => {
      expectMendErrorSync(() => t.journal.people.get(777), 'NOT_FOUND')
      expectMendErrorSync(() => t.journal.people.update({ id: 777, name: 'X' }), 'NOT_FOUND')
      expectMendErrorSync(() => t.journal.people.delete(777), 'NOT_FOUND')
    })

    it('deletes a person but keeps their entries, without the link', () => {
      const sam = t.journal.people.create({ name: 'Sam' })
      const alex = t.journal.people.create({ name: 'Alex' })
      const entry = t.journal.entries.create({ body: 'about both', personIds: [sam.id, alex.id] })
      t.journal.people.delete(sam.id)
      expect(t.journal.entries.get(entry.id)).toMatchObject({ body: 'about both', personIds: [alex.id] })
      expect(t.journal.people.list().map((p) => p.name)).toEqual(['Alex'])
      expect(t.journal.search({ query: '', filters: { personIds: [sam.id] } }).total).toBe(0)
      // The name is free again.
      expect(t.journal.people.create({ name: 'Sam' }).entryCount).toBe(0)
    })

    it('counts only entries outside the trash', () => {
      const sam = t.journal.people.create({ name: 'Sam' })
      const ids = [1, 2, 3].map((n) => t.journal.entries.create({ body: `e${n}`, personIds: [sam.id] }).id)
      t.journal.entries.create({ body: 'not about Sam' })
      expect(t.journal.people.get(sam.id).entryCount).toBe(3)
      t.journal.trash.move(ids[0]!)
      expect(t.journal.people.get(sam.id).entryCount).toBe(2)
      expect(t.journal.people.list()[0]!.entryCount).toBe(2)
      t.journal.trash.restore(ids[0]!)
      expect(t.journal.people.get(sam.id).entryCount).toBe(3)
    })
  })

  describe('templates', () => {
    it('lists the shipped templates first, each with a builtin: id', () => {
      const list = t.journal.templates.list()
      expect(list.length).toBeGreaterThan(0)
      expect(list).toEqual(SHIPPED_TEMPLATES)
      for (const template of list) {
        expect(template.id).toMatch(/^builtin:[a-z-]+$/)
        expect(template.builtIn).toBe(true)
      }
      expect(new Set(list.map((tpl) => tpl.id)).size).toBe(list.length)
    })

    it('creates, updates and deletes the user’s own templates (user:N), after the shipped ones', () => {
      const first = t.journal.templates.create({ name: ' Morning ', body: '## Today\n', description: ' short ' })
      expect(first).toEqual({
        id: expect.stringMatching(/^user:\d+$/) as string,
        name: 'Morning',
        description: 'short',
        kind: 'journal',
        title: '',
        body: '## Today\n',
        builtIn: false,
      })
      const second = t.journal.templates.create({ name: 'Letter', kind: 'letter', title: 'Dear', body: 'Dear …' })
      const list = t.journal.templates.list()
      expect(list.map((tpl) => tpl.id)).toEqual([...SHIPPED_TEMPLATES.map((tpl) => tpl.id), first.id, second.id])

      const numeric = (id: string) => Number(id.slice('user:'.length))
      const changed = t.journal.templates.update({ id: numeric(first.id), name: 'Evening' })
      expect(changed).toEqual({ ...first, name: 'Evening' })

      t.journal.templates.delete(numeric(first.id))
      expect(t.journal.templates.list().map((tpl) => tpl.id)).toEqual([
        ...SHIPPED_TEMPLATES.map((tpl) => tpl.id),
        second.id,
      ])
      expectMendErrorSync(() => t.journal.templates.delete(numeric(first.id)), 'NOT_FOUND')
      expectMendErrorSync(() => t.journal.templates.update({ id: numeric(first.id), name: 'X' }), 'NOT_FOUND')
    })

    it('keeps user templates across a lock and unlock', async () => {
      const made = t.journal.templates.create({ name: 'Kept', body: 'body' })
      const journal = await t.reopen()
      expect(journal.templates.list().at(-1)).toEqual(made)
    })
  })
})
