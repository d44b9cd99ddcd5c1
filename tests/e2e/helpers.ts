import { createHash } from 'node:crypto'
import { lstatSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

export const PASSPHRASE = 'copper kettle 91 meadow whisper'

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** Every regular file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** How many times `marker` occurs in the files, as UTF-8 or as UTF-16LE. */
export function countMarker(files: string[], marker: string): number {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')]
  let count = 0
  for (const file of files) {
    const bytes = readFileSync(file)
    for (const needle of needles) {
      for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count++
    }
  }
  return count
}

export async function createVault(page: Page, passphrase = PASSPHRASE, name = ''): Promise<void> {
  if (name) await page.getByLabel('What should Mend call you?').fill(name)
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()
}

/** Creates a vault and passes the recovery-key screen; returns the recovery key shown. */
export async function createVaultAndStoreKey(page: Page, passphrase = PASSPHRASE, name = ''): Promise<string> {
  await createVault(page, passphrase, name)
  const key = (await page.getByTestId('recovery-key').innerText()).replace(/\s+/g, '-')
  await page.getByLabel('I have stored my recovery key somewhere safe.').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await skipIntroduction(page)
  await page.getByTestId('home-today').waitFor()
  return key
}

/** A new vault shows a short introduction once (tests/e2e/onboarding.spec.ts walks it); skip it. */
export async function skipIntroduction(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip the introduction' }).click()
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
}

/** Every string in the page's JavaScript heap, after a garbage collection (Chromium DevTools protocol). */
export async function heapSnapshot(page: Page): Promise<string> {
  const client = await page.context().newCDPSession(page)
  await client.send('HeapProfiler.enable')
  await client.send('HeapProfiler.collectGarbage')
  let snapshot = ''
  client.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => (snapshot += chunk))
  await client.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await client.detach()
  return snapshot
}

/** Where a leak scan found bytes of a marker, and how much it read to know. */
export interface LeakScan {
  files: number
  bytes: number
  /** Files that vanished or could not be read (other processes share the temp folder). */
  unreadable: number
  /** One line per hit: the file and the encoding the needle was found in. */
  hits: string[]
}

/** The needle as UTF-8, UTF-16LE and UTF-16BE bytes: the ways text is stored by SQLite, Chromium and PDFs. */
function encodings(needle: string): Array<[string, Buffer]> {
  const utf16le = Buffer.from(needle, 'utf16le')
  return [
    ['utf8', Buffer.from(needle, 'utf8')],
    ['utf16le', utf16le],
    ['utf16be', Buffer.from(utf16le).swap16()],
  ]
}

/** Every regular file under `root` (not following links), skipping what vanishes while walking. */
export function filesUnderTolerant(root: string): string[] {
  let stats
  try {
    stats = lstatSync(root)
  } catch {
    return []
  }
  if (stats.isFile()) return [root]
  if (!stats.isDirectory()) return []
  let names: string[]
  try {
    names = readdirSync(root)
  } catch {
    return []
  }
  return names.flatMap((name) => filesUnderTolerant(join(root, name)))
}

/**
 * Looks for each needle in every file, in each encoding. Each marker of a test run starts with
 * the same random run id, so scanning for the run id finds any marker, or any part of one that
 * keeps its start, in one pass over each file.
 */
export function scanForNeedles(files: string[], needles: string[]): LeakScan {
  const scan: LeakScan = { files: 0, bytes: 0, unreadable: 0, hits: [] }
  const encoded = needles.flatMap(encodings)
  for (const file of files) {
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch {
      scan.unreadable++
      continue
    }
    scan.files++
    scan.bytes += bytes.length
    for (const [encoding, needle] of encoded) {
      for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
        scan.hits.push(`${file} @${at} (${encoding})`)
      }
    }
  }
  return scan
}

/** How many times each marker occurs in the file, in any of the three encodings. */
export function markerCounts(file: string, markers: string[]): number[] {
  const bytes = readFileSync(file)
  return markers.map((marker) =>
    encodings(marker).reduce((sum, [, needle]) => {
      let count = 0
      for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count++
      return sum + count
    }, 0),
  )
}

/**
 * The profile folder of each Chromium this test worker launched (Linux /proc): the browser's own
 * cache, storage and crash files, which the app's Electron renderer would have in its user data.
 */
export function browserProfileDirs(): string[] {
  const dirs: string[] = []
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return dirs
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (parent !== process.pid) continue
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      const dir = args.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length)
      if (dir) dirs.push(dir)
    } catch {
      // The process ended while we looked.
    }
  }
  return dirs
}
