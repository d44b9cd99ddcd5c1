import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview, JournalImportFormat, MendErrorPayload, Result } from '../../electron/contract'
import { silentLogger, type Logger } from '../../electron/core'
import { createAppApi, noDialogs, type AppApi } from '../../electron/ipc'
import {
  MARKER,
  dayOneDocument,
  garbage,
  jrnlJsonDocument,
  jrnlTextDocument,
  writeBinaryGarbage,
  writeCutShortJrnlExport,
} from '../helpers/fuzz-import-files'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

/**
 * Import files that are not what they claim (issue 9, "Import files"): malformed JSON, JSON of the
 * wrong shape, files cut short, binary garbage and a 100 MB file, chosen through the app's own
 * import.chooseSource on a real encrypted vault. Each gets UNREADABLE_FILE with one plain sentence
 * that names the problem without quoting the file, and the journal is left exactly as it was.
 */

type Expected = RegExp

const NOT_JSON = /not valid JSON/
const NOT_UTF8 = /not UTF-8/
const JRNL_JSON: JournalImportFormat = 'jrnl-json'
const DAY_ONE: JournalImportFormat = 'dayone-json'

describe('importing files that are not what they claim to be', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  let chosen = ''
  let refusals = 0
  const loggedErrors: string[] = []
  const logger: Logger = { ...silentLogger, error: (message) => loggedErrors.push(message) }
  const call = (procedure: string, input: unknown) => api.router.dispatch(procedure, input)
  const entryCount = () => api.vault.database().prepare<[], { n: number }>('SELECT count(*) AS n FROM entries').get()!.n

  function file(name: string, content: string | Buffer): string {
    const path = join(temp.path, 'sources', name)
    writeFileSync(path, content)
    return path
  }

  /** Chooses `path` in the (scripted) file dialog and expects a refusal that leaves the journal alone. */
  async function expectRefused(format: JournalImportFormat, path: string, names: Expected): Promise<MendErrorPayload> {
    const before = entryCount()
    chosen = path
    const result = await call('import.chooseSource', { format })
    expect(result.ok, `expected a refusal, got ${JSON.stringify(result).slice(0, 200)}`).toBe(false)
    if (result.ok) throw new Error('unreachable')
    const { error } = result
    expect(error.code).toBe('UNREADABLE_FILE')
    // One plain sentence naming the problem; nothing of the file, no parser jargon, no stack.
    expect(error.message).toMatch(names)
    expect(error.message).toMatch(/^[A-Z].*[.)]$/s)
    expect(error.message.length).toBeLessThan(200)
    expect(error.message).not.toContain(MARKER)
    expect(error.message).not.toMatch(/Unexpected|position \d|SyntaxError|token|\bat \w+ \(|\n/)
    // Nothing imported, and nothing left waiting to be: there is no token to run.
    expect(entryCount()).toBe(before)
    expect(await call('import.run', { token: 'any' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    refusals += 1
    return error
  }

  beforeAll(async () => {
    temp = makeTempDir('mend-import-bad-')
    mkdirSync(join(temp.path, 'sources'))
    api = createAppApi({
      directory: join(temp.path, 'vault'),
      scrypt: FAST_SCRYPT,
      logger,
      dialogs: { ...noDialogs, chooseImportSource: async () => chosen },
    })
    expect((await call('vault.create', { passphrase: GOOD_PASSPHRASE })).ok).toBe(true)
    for (const body of ['Already here.', 'Also already here.']) {
      expect((await call('journal.createEntry', { body })).ok).toBe(true)
    }
  })
  afterAll(async () => {
    await api.lock('manual')
    temp.remove()
  })

  describe('malformed JSON', () => {
    const documents: Array<[string, string]> = [
      ['a trailing comma', `{"entries":[{"date":"2024-01-01","body":"${MARKER}"},]}`],
      ['single quotes', `{'entries':[{'date':'2024-01-01','body':'${MARKER}'}]}`],
      ['unquoted keys', `{entries:[{date:"2024-01-01",body:"${MARKER}"}]}`],
      ['a comment', `// exported by hand\n{"entries":[{"body":"${MARKER}"}]}`],
      ['NaN', `{"entries":[{"date":"2024-01-01","body":"${MARKER}","mood":NaN}]}`],
      ['two documents', `{"entries":[]}{"entries":[{"body":"${MARKER}"}]}`],
      ['JSON lines', `{"date":"2024-01-01","body":"${MARKER}"}\n{"date":"2024-01-02","body":"x"}`],
      ['a raw line break in a string', `{"entries":[{"date":"2024-01-01","body":"${MARKER}\n"}]}`],
      ['Markdown', `# ${MARKER}\n\nNot JSON at all.`],
    ]
    it.each(documents)('refuses %s as a jrnl JSON and a Day One export', async (_label, text) => {
      const path = file('malformed.json', text)
      await expectRefused(JRNL_JSON, path, NOT_JSON)
      await expectRefused(DAY_ONE, path, NOT_JSON)
    })
  })

  describe('valid JSON of the wrong shape', () => {
    const wrongShape = /is not a (jrnl JSON|Day One JSON) export/
    const documents: Array<[string, string]> = [
      ['a list', `["${MARKER}"]`],
      ['a number', '42'],
      ['a string', `"${MARKER}"`],
      ['null', 'null'],
      ['an empty object', '{}'],
      ['entries that are an object', `{"entries":{"1":{"date":"2024-01-01","body":"${MARKER}"}}}`],
      ['entries that are text', `{"entries":"${MARKER}"}`],
      ['"Entries" with a capital', `{"Entries":[{"date":"2024-01-01","body":"${MARKER}"}]}`],
      ['entries only under __proto__', `{"__proto__":{"entries":[{"date":"2024-01-01","body":"${MARKER}"}]}}`],
      ['a package.json', JSON.stringify({ name: MARKER, version: '1.0.0', dependencies: {} })],
      ['entries nested 100,000 lists deep', `{"entries":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ]
    it.each(documents)('refuses %s', async (_label, text) => {
      const path = file('wrong-shape.json', text)
      await expectRefused(JRNL_JSON, path, wrongShape)
      await expectRefused(DAY_ONE, path, wrongShape)
      expect(({} as Record<string, unknown>).entries).toBeUndefined()
    })

    it('refuses a Day One export chosen as jrnl JSON, and the other way round', async () => {
      await expectRefused(JRNL_JSON, file('Journal.json', dayOneDocument()), /its entries have no "date" field/)
      await expectRefused(DAY_ONE, file('journal.json', jrnlJsonDocument()), /its entries have no "creationDate" field/)
    })

    it('imports nothing from entries none of which Mend can use, and says why for each', async () => {
      const before = entryCount()
      chosen = file(
        'broken-entries.json',
        JSON.stringify({
          entries: [
            { date: 'yesterday', body: MARKER },
            { date: '2024-02-30', body: MARKER },
            { date: '2024-01-01', body: 42 },
            { date: '2024-01-01' },
            [MARKER],
          ],
        }),
      )
      const preview = (await call('import.chooseSource', { format: JRNL_JSON })) as Result<ImportPreview>
      if (!preview.ok) throw new Error(`expected a preview, got ${preview.error.code}`)
      expect(preview.value.entries).toBe(0)
      expect(preview.value.skipped.map((item) => item.where)).toEqual([
        'entry 1',
        'entry 2',
        'entry 3',
        'entry 4',
        'entry 5',
      ])
      for (const { reason } of preview.value.skipped) expect(reason).not.toContain(MARKER)
      expect(await call('import.run', { token: preview.value.token })).toMatchObject({
        ok: true,
        value: { added: 0 },
      })
      expect(entryCount()).toBe(before)
    })
  })

  describe('files cut short', () => {
    /** Cut points: the first byte, a tenth, half, nine tenths, one byte before the end. */
    const cuts = (length: number) => [
      1,
      Math.floor(length / 10),
      Math.floor(length / 2),
      Math.floor(length * 0.9),
      length - 2,
    ]

    it.each([
      ['jrnl JSON', JRNL_JSON, jrnlJsonDocument],
      ['Day One', DAY_ONE, dayOneDocument],
    ] as const)('refuses a %s export cut at any point', async (_label, format, document) => {
      const bytes = Buffer.from(document())
      for (const at of cuts(bytes.length)) {
        await expectRefused(format, file(`cut-${at}.json`, bytes.subarray(0, at)), NOT_JSON)
      }
      // Inside a multi-byte character (the 🌱): the bytes stop being UTF-8 before they stop being JSON.
      const seedling = bytes.indexOf(Buffer.from('🌱'))
      expect(seedling).toBeGreaterThan(0)
      await expectRefused(format, file('cut-in-character.json', bytes.subarray(0, seedling + 2)), NOT_UTF8)
    })

    it('refuses a jrnl journal cut inside a character or before its first date', async () => {
      const bytes = Buffer.from(jrnlTextDocument())
      const seedling = bytes.indexOf(Buffer.from('🌱'))
      await expectRefused('jrnl', file('cut-in-character.txt', bytes.subarray(0, seedling + 3)), NOT_UTF8)
      await expectRefused('jrnl', file('cut-at-start.txt', bytes.subarray(0, 12)), /has no jrnl entries/)
    })
  })

  describe('binary garbage', () => {
    const sources: Array<[string, () => Buffer, RegExp]> = [
      ['random bytes', () => garbage(64 * 1024), NOT_UTF8],
      ['a PNG image', () => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), garbage(4096)]), NOT_UTF8],
      [
        'UTF-16 text',
        () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jrnlJsonDocument(), 'utf16le')]),
        NOT_UTF8,
      ],
      ['a zip archive', () => Buffer.concat([Buffer.from('PK\u0003\u0004'), garbage(4096)]), /zip archive/],
      ['NUL bytes', () => Buffer.alloc(4096), /not valid JSON|has no jrnl entries/],
    ]
    it.each(sources)('refuses %s in every file format', async (_label, bytes, names) => {
      const path = file('garbage.bin', bytes())
      for (const format of ['jrnl', JRNL_JSON, DAY_ONE] as const) await expectRefused(format, path, names)
    })

    it('refuses the encrypted journal database itself', async () => {
      const copy = join(temp.path, 'sources', 'journal-copy.db')
      copyFileSync(api.vault.paths.database, copy)
      for (const format of ['jrnl', JRNL_JSON, DAY_ONE] as const) await expectRefused(format, copy, NOT_UTF8)
    })

    it('refuses a Markdown folder with nothing importable, an empty folder, and a file', async () => {
      const folder = join(temp.path, 'sources', 'notes')
      mkdirSync(folder)
      writeFileSync(join(folder, 'a.md'), garbage(2048, 3))
      writeFileSync(join(folder, 'b.md'), Buffer.from([0xc3]))
      await expectRefused('markdown', folder, /None of the 2 Markdown files in this folder could be imported/)
      rmSync(join(folder, 'a.md'))
      rmSync(join(folder, 'b.md'))
      await expectRefused('markdown', folder, /has no Markdown files/)
      await expectRefused('markdown', file('note.md', `# ${MARKER}`), /is a file, not a folder/)
    })
  })

  describe('a 100 MB file', () => {
    /** Peak resident memory of this process so far, in MB. */
    const peakRssMb = () => process.resourceUsage().maxRSS / 1024

    it.each([
      // The smaller peak first: the process's peak only grows, so each figure is an upper bound.
      ['binary garbage chosen as a Day One export', DAY_ONE, writeBinaryGarbage, NOT_UTF8],
      ['a jrnl JSON export cut short', JRNL_JSON, writeCutShortJrnlExport, NOT_JSON],
    ] as const)(
      'refuses %s in reasonable time and memory',
      async (label, format, write, names) => {
        const path = join(temp.path, 'sources', 'huge.json')
        const bytes = write(path, 100)
        const rssBefore = process.memoryUsage().rss / 1024 / 1024
        const started = performance.now()
        await expectRefused(format, path, names)
        const seconds = (performance.now() - started) / 1000
        const peakGrowth = Math.max(0, peakRssMb() - rssBefore)
        rmSync(path)
        console.info(
          `[import] 100 MB ${label}: ${(bytes / 1024 / 1024).toFixed(0)} MB refused in ${seconds.toFixed(1)} s, ` +
            `peak memory +${peakGrowth.toFixed(0)} MB`,
        )
        // Reading it whole is by design (the limit is 200 MB); a few copies of it at most, and no crawl.
        expect(seconds).toBeLessThan(30)
        expect(peakGrowth).toBeLessThan(1024)
      },
      120_000,
    )
  })

  it('leaves the journal whole: integrity_check passes, the two entries are all there is, nothing logged', () => {
    const db = api.vault.database()
    const integrity = db.pragma('integrity_check', { simple: true })
    console.info(
      `[import] ${refusals} bad sources refused as UNREADABLE_FILE; entries ${entryCount()} (2 before); integrity ${integrity}`,
    )
    expect(integrity).toBe('ok')
    expect(entryCount()).toBe(2)
    expect(loggedErrors).toEqual([])
  })
})
