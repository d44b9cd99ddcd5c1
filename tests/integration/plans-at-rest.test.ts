import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CheckIn, MendEvent, PlanOverview, Result } from '../../electron/contract'
import type { Logger } from '../../electron/core'
import { createAppApi, type AppApi } from '../../electron/ipc'
import { fakeTimers } from '../helpers/fake-timers'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'
import { occurrencesInFolder } from '../helpers/vault-files'

/** One marker per text field of a plan; none is part of another, and some are not ASCII. */
const MARKERS = {
  personName: 'Quillonë Marchbanks',
  title: 'title-marker-kestrel-4b1d',
  whatHappened: 'breach-marker-obsidian-77ce',
  ownership: 'ownership-marker-halcyon-90fa',
  compassion: 'compassion-marker-Zéphyrine-31c2',
  privateNotes: 'private-marker-lodestar-5e08',
  dismissedPhrase: 'dismissed-marker-tamarisk-c4a6',
  amendDescription: 'amend-marker-wisteria-18b3',
  amendNote: 'amendnote-marker-Ångström-62d9',
  behaviour: 'behaviour-marker-sextant-0af7',
  checkInNote: 'checkin-marker-meridian-e5b2',
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
    const scan = scanTree(dir, marker)
    for (const [file, counts] of Object.entries(scan)) {
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

describe('repair plans at rest: no text of a plan is readable in any file of the vault', () => {
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
  const call = (procedure: string, input: unknown) => api.router.dispatch(procedure, input).then(value)
  let planId = 0
  let commitmentId = 0
  let filesWhileOpen: string[] = []
  let scanWhileOpen: string[] = []
  let readBack = ''

  beforeAll(async () => {
    temp = makeTempDir('mend-plans-at-rest-')
    directory = join(temp.path, 'vault')
    const clock = { now: () => Date.parse('2026-03-05T12:00:00+01:00') }
    api = createAppApi({
      directory,
      scrypt: FAST_SCRYPT,
      logger,
      clock,
      timeZone: 'Europe/Berlin',
      timers: fakeTimers(),
    })
    api.events.subscribe((event) => events.push(event))
    await call('vault.create', { passphrase: GOOD_PASSPHRASE })

    const person = await call('people.create', { name: MARKERS.personName })
    const plan = await call('plans.create', {
      personId: (person as { id: number }).id,
      title: MARKERS.title,
      breach: {
        whatHappened: `I did something. ${MARKERS.whatHappened}`,
        occurredOn: '2026-03-01',
        severity: 4,
        kind: 'integrity',
        involvedDeception: true,
      },
    })
    planId = (plan as { id: number }).id
    await call('plans.update', {
      id: planId,
      ownership: `I broke my word to you. ${MARKERS.ownership}`,
      compassion: `You felt alone. ${MARKERS.compassion}`,
      privateNotes: MARKERS.privateNotes,
      dismissed: [{ step: 'ownership', category: 'excuse', phrase: MARKERS.dismissedPhrase }],
    })
    await call('plans.addAmend', {
      planId,
      description: MARKERS.amendDescription,
      horizon: 'now',
      dueOn: '2026-03-06',
      note: MARKERS.amendNote,
    })
    const commitment = await call('plans.addCommitment', {
      planId,
      behaviour: MARKERS.behaviour,
      cadence: { kind: 'daily' },
      startOn: '2026-03-02',
    })
    commitmentId = (commitment as { id: number }).id
    for (const day of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']) {
      await call('plans.recordCheckIn', {
        commitmentId,
        onDate: day,
        outcome: 'kept',
        note: `${MARKERS.checkInNote} ${day}`,
      })
    }

    filesWhileOpen = readdirSync(directory)
    scanWhileOpen = expectNowhere(directory)
    await call('vault.lock', {})

    // Unlocking makes the daily backup, which is scanned with everything else.
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    const overview = (await call('plans.getOverview', { id: planId })) as PlanOverview
    const checkIns = (await call('plans.listCheckIns', { commitmentId })) as CheckIn[]
    expect(checkIns).toHaveLength(4)
    readBack = JSON.stringify({ overview, checkIns })
    await call('vault.lock', {})
  })
  afterAll(() => {
    api.vault.lockNow()
    temp.remove()
  })

  it('really stores every marker (read back through the app after an unlock)', () => {
    for (const marker of Object.values(MARKERS)) expect(readBack, marker).toContain(marker)
    expect(events.filter((event) => event.type === 'backup.completed')).toHaveLength(1)
  })

  it('finds a marker written in plain text, as UTF-8 and UTF-16LE, in a subfolder (control)', () => {
    const control = makeTempDir()
    try {
      const nested = join(control.path, 'inner')
      mkdirSync(nested)
      const marker = MARKERS.compassion
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
