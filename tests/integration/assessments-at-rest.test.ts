import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AssessmentOverview, MendEvent, Result } from '../../electron/contract'
import type { Logger } from '../../electron/core'
import { createAppApi, type AppApi } from '../../electron/ipc'
import { fakeTimers } from '../helpers/fake-timers'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'
import { occurrencesInFolder } from '../helpers/vault-files'

/** One marker per text field of an assessment; none is part of another, and some are not ASCII. */
const MARKERS = {
  personName: 'Orsolya Wexcombe-Tíernan',
  title: 'title-marker-cormorant-6e2a',
  whatHappened: 'breach-marker-basalt-19fd',
  apology: 'apology-marker-Þórdís-a41c',
  promise: 'promise-marker-lanternfish-07be',
  action: 'action-marker-quillwort-d3c8',
  amend: 'amend-marker-Bénédicte-58e1',
  slip: 'slip-marker-gannet-2f94',
  answerNote: 'answer-marker-sandpiper-c70d',
  checkNote: 'check-marker-Łucja-8b36',
  renamedTitle: 'retitle-marker-pipistrelle-e4a0',
} as const

type Scan = Record<string, { utf8: number; utf16le: number }>

/** Every file under `dir`, in subfolders too (backups), by path relative to `dir`. */
function scanTree(dir: string, text: string, root = dir): Scan {
  const found: Scan = {}
  for (const [name, counts] of Object.entries(occurrencesInFolder(dir, text)))
    found[relative(root, join(dir, name))] = counts
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) Object.assign(found, scanTree(join(dir, entry.name), text, root))
  }
  return found
}

function expectNowhere(dir: string): string[] {
  const files = new Set<string>()
  for (const marker of Object.values(MARKERS)) {
    for (const [file, counts] of Object.entries(scanTree(dir, marker))) {
      files.add(file)
      expect({ marker, file, ...counts }).toEqual({ marker, file, utf8: 0, utf16le: 0 })
    }
  }
  return [...files].sort()
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

describe('trust assessments at rest: no text of an assessment is readable in any file of the vault', () => {
  let temp: ReturnType<typeof makeTempDir>
  let directory: string
  let api: AppApi
  const events: MendEvent[] = []
  const logLines: string[] = []
  const logger: Logger = {
    info: (message) => logLines.push(message),
    warn: (message) => logLines.push(message),
    error: (message, error) => logLines.push(`${message} ${String(error)}`),
  }
  const call = <T>(procedure: string, input: unknown) => api.router.dispatch(procedure, input).then(value<T>)
  let filesWhileOpen: string[] = []
  let scanWhileOpen: string[] = []
  let readBack = ''

  beforeAll(async () => {
    temp = makeTempDir('mend-assessments-at-rest-')
    directory = join(temp.path, 'vault')
    api = createAppApi({
      directory,
      scrypt: FAST_SCRYPT,
      logger,
      clock: { now: () => Date.parse('2026-03-05T12:00:00+01:00') },
      timeZone: 'Europe/Berlin',
      timers: fakeTimers(),
    })
    api.events.subscribe((event) => events.push(event))
    await call('vault.create', { passphrase: GOOD_PASSPHRASE })

    const person = await call<{ id: number }>('people.create', { name: MARKERS.personName })
    const { id } = await call<{ id: number }>('assessments.create', {
      personId: person.id,
      title: MARKERS.title,
      breach: {
        whatHappened: `They did something. ${MARKERS.whatHappened}`,
        occurredOn: '2026-02-01',
        severity: 4,
        kind: 'integrity',
        involvedDeception: true,
      },
    })
    const note = (kind: string, description: string, extra: object = {}) =>
      call<{ id: number }>('assessments.addEvidence', {
        assessmentId: id,
        observedOn: '2026-03-01',
        kind,
        description,
        ...extra,
      })
    const apology = await note('word', MARKERS.apology, { wordType: 'apology', step: 'ownership' })
    const promise = await note('word', MARKERS.promise, { wordType: 'promise', dueOn: '2026-03-04' })
    await call('assessments.resolvePromise', { id: promise.id, resolution: 'kept' })
    await note('action', MARKERS.action, { step: 'action' })
    await note('amend', MARKERS.amend, { step: 'amends' })
    await note('slip', MARKERS.slip)
    await call('assessments.answerStep', {
      assessmentId: id,
      step: 'ownership',
      answer: 'partly',
      note: MARKERS.answerNote,
      evidenceIds: [apology.id],
    })
    await call('assessments.recordCheck', {
      assessmentId: id,
      ratings: { reliability: 3, accountability: 2, honesty: 1, care: 4, respect: 5 },
      note: MARKERS.checkNote,
    })
    // A title written over: the old one must not linger readable in a free page either.
    await call('assessments.update', { id, title: MARKERS.renamedTitle })
    await call('assessments.update', { id, title: MARKERS.title })

    filesWhileOpen = readdirSync(directory)
    scanWhileOpen = expectNowhere(directory)
    await call('vault.lock', {})

    // Unlocking makes the daily backup, which is scanned with everything else.
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    const overview = await call<AssessmentOverview>('assessments.getOverview', { id })
    readBack = JSON.stringify(overview)
    await call('assessments.update', { id, title: MARKERS.renamedTitle })
    await call('vault.lock', {})
  })
  afterAll(() => {
    api.vault.lockNow()
    temp.remove()
  })

  it('really stores every marker (read back through the app after an unlock)', () => {
    for (const marker of Object.values(MARKERS)) {
      if (marker !== MARKERS.renamedTitle) expect(readBack, marker).toContain(marker)
    }
    expect(events.filter((event) => event.type === 'backup.completed')).toHaveLength(1)
  })

  it('finds a marker written in plain text, as UTF-8 and UTF-16LE, in a subfolder (control)', () => {
    const control = makeTempDir()
    try {
      const nested = join(control.path, 'inner')
      mkdirSync(nested)
      const marker = MARKERS.checkNote
      writeFileSync(join(nested, 'plain.bin'), Buffer.concat([Buffer.from(marker), Buffer.from(marker, 'utf16le')]))
      expect(scanTree(control.path, marker)).toEqual({ [join('inner', 'plain.bin')]: { utf8: 1, utf16le: 1 } })
    } finally {
      control.remove()
    }
  })

  it('keeps the markers out of the WAL and every other file while the vault is open', () => {
    expect(filesWhileOpen).toContain('mend.db-wal')
    expect(scanWhileOpen).toContain('mend.db-wal')
    expect(scanWhileOpen).toContain('mend.db')
  })

  it('holds no marker in any file after the lock, the daily backup included', () => {
    const files = expectNowhere(directory)
    expect(files).toContain('mend.db')
    expect(files.some((file) => file.startsWith('backups'))).toBe(true)
  })

  it('never writes a marker into the log', () => {
    for (const marker of Object.values(MARKERS)) {
      expect(logLines.filter((line) => line.includes(marker))).toEqual([])
    }
    expect(logLines.length).toBeGreaterThan(0)
  })
})
