import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Entry, ImportPreview, ImportResult, PhotoInfo } from '../../electron/contract'
import { silentLogger } from '../../electron/core'
import { createAppApi, noDialogs, type AppApi } from '../../electron/ipc'
import { photo } from '../helpers/photo-fixtures'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

/** Hostile images, pasted or imported, get a plain refusal; the journal is whole afterwards. */
describe('hostile images', () => {
  const temp = makeTempDir('mend-photos-hostile-')
  let api: AppApi
  let source = ''
  let entry: Entry
  const dispatch = (procedure: string, input: unknown) => api.router.dispatch(procedure, input)

  beforeAll(async () => {
    api = createAppApi({
      directory: join(temp.path, 'vault'),
      scrypt: FAST_SCRYPT,
      logger: silentLogger,
      dialogs: { ...noDialogs, chooseImportSource: async () => source },
    })
    await dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
    const created = await dispatch('journal.createEntry', { title: 'Still here', body: 'Every word of this stays.' })
    if (!created.ok) throw new Error('could not create the entry')
    entry = created.value as Entry
    const kept = await dispatch('photos.add', { entryId: entry.id, name: 'harbour.jpg', bytes: photo('harbour.jpg') })
    expect(kept.ok).toBe(true)
  })
  afterAll(async () => {
    await api.lock('manual')
    temp.remove()
  })

  it.each([
    ['hostile-truncated.jpg', /cut short/],
    ['hostile-truncated.png', /cut short/],
    ['hostile-huge.png', /50000 × 50000 pixels/],
    ['hostile-zip-bomb.jpg', /not a photo Mend can keep/],
    ['hostile-text.png', /not a photo Mend can keep/],
  ])('refuses %s when pasted, in plain words', async (name, message) => {
    const result = await dispatch('photos.add', { entryId: entry.id, name, bytes: photo(name) })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNREADABLE_FILE', message: expect.stringMatching(message) as string },
    })
  })

  it('refuses bytes over the size limit at the door, naming the limit', async () => {
    const result = await dispatch('photos.add', {
      entryId: entry.id,
      name: 'big.jpg',
      bytes: new Uint8Array(41 * 1024 * 1024),
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/at most 40 MB/) as string },
    })
  })

  it('imports the entry of a Day One zip whose photo is a zip bomb, and names the photo it refused', async () => {
    source = resolve(__dirname, '../fixtures/import/dayone-photos/bomb.zip')
    const preview = await dispatch('import.chooseSource', { format: 'dayone-json' })
    if (!preview.ok) throw new Error(preview.error.message)
    const result = await dispatch('import.run', { token: (preview.value as ImportPreview).token })
    if (!result.ok) throw new Error(result.error.message)
    const outcome = result.value as ImportResult
    expect(outcome).toMatchObject({ added: 1, photos: 0 })
    expect(outcome.notes).toEqual([
      {
        where: 'photo bomb.jpeg (entry 1)',
        reason: expect.stringMatching(/^not imported: it is larger than 40 MB/) as string,
      },
    ])
  })

  it('removes a photo with its link, and an entry deleted for good takes its photos with it', async () => {
    const other = (await dispatch('journal.createEntry', { title: 'Short-lived' })) as { value: Entry }
    const added = (await dispatch('photos.add', {
      entryId: other.value.id,
      name: 'g.png',
      bytes: photo('garden.png'),
    })) as {
      value: PhotoInfo
    }
    await dispatch('journal.updateEntry', {
      id: other.value.id,
      body: `Before.\n\n![](photo:${added.value.key})\nAfter.`,
    })
    const second = (await dispatch('photos.add', {
      entryId: other.value.id,
      name: 'd.gif',
      bytes: photo('dusk.gif'),
    })) as {
      value: PhotoInfo
    }
    expect(await dispatch('photos.remove', { key: added.value.key })).toEqual({ ok: true, value: {} })
    expect(await dispatch('journal.getEntry', { id: other.value.id })).toMatchObject({
      value: { body: 'Before.\n\nAfter.' },
    })
    await dispatch('journal.trashEntry', { id: other.value.id })
    await dispatch('journal.deleteEntryForever', { id: other.value.id })
    expect(await dispatch('photos.getImage', { key: second.value.key })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const left = api.vault.database().prepare('SELECT count(*) AS n FROM photos WHERE entry_id = ?').get(other.value.id)
    expect(left).toEqual({ n: 0 })
  })

  it('is whole afterwards: the database checks clean, every entry and the kept photo are there', async () => {
    const db = api.vault.database()
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const again = await dispatch('journal.getEntry', { id: entry.id })
    expect(again).toMatchObject({ ok: true, value: { body: 'Every word of this stays.' } })
    const photos = await dispatch('photos.list', { entryId: entry.id })
    expect((photos as { value: PhotoInfo[] }).value.map((info) => info.name)).toEqual(['harbour.jpg'])
    const imported = await dispatch('journal.search', { query: '"Before the bomb"' })
    expect(imported).toMatchObject({ ok: true, value: { total: 1 } })
  })
})
