/**
 * What a big photo library costs, and the storage decision behind it: N photos (2,000 of about
 * 500 KB, 1 GB, by default) stored the way Mend stores them (inside the encrypted database), with
 * unlock, the timeline, search, reading a photo, the daily backup and memory timed; beside it, the
 * other design (each photo an AES-256-GCM file beside the database) timed on the same bytes.
 *
 * Usage: npm run bench:photos [-- --photos N] [-- --out FILE]   (not in CI: it writes 2-3 GB)
 * `npm run bench` runs it with a handful of photos in --quick mode, the full size otherwise.
 */
import { createCipheriv, randomBytes } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BackupService, journalOf, silentLogger } from '../../electron/core'
import { closeEncryptedDatabase } from '../../electron/core/vault/encrypted-database'
import { migrations } from '../../electron/core/vault/migrations'
import { openVaultDatabase } from '../../electron/core/vault/open-database'
import { vaultPaths } from '../../electron/core/vault/vault-paths'
import { figureOf, type Figure } from './figures'
import { BENCH_PASSPHRASE, benchClock, createBenchVault } from './vaults'
import { Vault } from '../../electron/core'

const MB = 1024 * 1024

/** A JPEG Mend accepts (a real header, random "scan data", an end marker): photos barely compress. */
function syntheticJpeg(bytes: number, seed: number): Uint8Array {
  const header = Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
    0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x0b, 0xd0, 0x0f, 0xc0, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11,
    0x01, 0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00,
  ])
  const body = randomBytes(bytes - header.length - 2)
  body.writeUInt32BE(seed, 0)
  // 0xFF in scan data must be stuffed; clearing it keeps the end marker the only one.
  for (let index = 0; index < body.length; index++) if (body[index] === 0xff) body[index] = 0xfe
  return Buffer.concat([header, body, Buffer.from([0xff, 0xd9])])
}

function time<T>(samples: number[], work: () => T): T {
  const started = performance.now()
  const result = work()
  samples.push(performance.now() - started)
  return result
}

function peakRssMb(): number {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((row) => row.startsWith('VmHWM:'))
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : process.resourceUsage().maxRSS / 1024
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0)
}

export interface PhotoBenchResult {
  photos: number
  photoBytes: number
  figures: Figure[]
}

/** Each photo its own encrypted file: what writing, reading and backing up would cost that way. */
function filesBeside(root: string, photos: number, size: number): Figure[] {
  const key = randomBytes(32)
  const folder = join(root, 'beside')
  mkdirSync(folder)
  const write: number[] = []
  const read: number[] = []
  for (let index = 0; index < photos; index++) {
    const bytes = syntheticJpeg(size, index)
    time(write, () => {
      const nonce = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, nonce)
      const sealed = Buffer.concat([nonce, cipher.update(bytes), cipher.final(), cipher.getAuthTag()])
      writeFileSync(join(folder, `${index}.bin`), sealed, { flush: true })
    })
  }
  for (let index = 0; index < Math.min(photos, 50); index++) {
    time(read, () => {
      const sealed = readFileSync(join(folder, `${index * Math.max(1, Math.floor(photos / 50))}.bin`))
      const decipher = createCipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
      return decipher.update(sealed.subarray(12, -16))
    })
  }
  const fullCopy: number[] = []
  time(fullCopy, () => cpSync(folder, join(root, 'beside-copy'), { recursive: true }))
  return [
    figureOf('photos.beside.write', 'Files beside: add one photo (encrypt + write)', 'ms', write),
    figureOf('photos.beside.read', 'Files beside: read one photo (read + decrypt)', 'ms', read),
    figureOf(
      'photos.beside.fullCopy',
      'Files beside: copy every photo (first backup)',
      's',
      fullCopy.map((ms) => ms / 1000),
    ),
  ]
}

export async function benchPhotos(photos: number, size = 500 * 1024): Promise<PhotoBenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'mend-bench-photos-'))
  try {
    const directory = join(root, 'vault')
    const vault = await createBenchVault(directory)
    const journal = journalOf(vault.database(), benchClock)
    const add: number[] = []
    for (let index = 0; index < photos; index++) {
      const entry = journal.entries.create({
        title: `Day ${index}`,
        body: `A walk by the harbour, day ${index}. We talked about trust.`,
        entryDate: `20${String(10 + (index % 16)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}T09:00`,
      })
      const bytes = syntheticJpeg(size, index)
      const started = performance.now()
      await journal.photos.add({ entryId: entry.id, bytes, name: `IMG_${index}.jpg` })
      add.push(performance.now() - started)
    }
    const keys = vault
      .database()
      .prepare<[], { photo_key: string }>('SELECT photo_key FROM photos ORDER BY id')
      .all()
      .map((row) => row.photo_key)
    const memoryAfterFill = peakRssMb()
    await vault.lock()
    const databaseMb = statSync(vaultPaths(directory).database).size / MB

    // Unlock as a person waits for it, and after a crash (every page of the database is read).
    const unlock: number[] = []
    const unlockAfterCrash: number[] = []
    const timeline: number[] = []
    const search: number[] = []
    const readPhoto: number[] = []
    for (let run = 0; run < 3; run++) {
      const probe = new Vault({ directory, logger: silentLogger, clock: benchClock })
      const dataKey = await probe.unwrap({ kind: 'passphrase', passphrase: BENCH_PASSPHRASE })
      const paths = vaultPaths(directory)
      const db = time(unlock, () => openVaultDatabase(paths, dataKey, { migrations, beforeMigration: null }))
      const opened = journalOf(db, benchClock)
      time(timeline, () => opened.timeline.list(0, 100))
      time(search, () => opened.search({ query: 'harbour trust' }))
      for (let index = 0; index < 10; index++) {
        time(readPhoto, () => opened.photos.read(keys[(run * 10 + index) % keys.length]!))
      }
      closeEncryptedDatabase(db)
      const crashed = time(unlockAfterCrash, () =>
        openVaultDatabase(paths, dataKey, {
          migrations,
          beforeMigration: null,
          pageCheckMaxBytes: Number.POSITIVE_INFINITY,
        }),
      )
      closeEncryptedDatabase(crashed)
      dataKey.fill(0)
    }

    // The daily backup: an encrypted copy (VACUUM INTO), opened and integrity-checked, rotated.
    await vault.unlock(BENCH_PASSPHRASE)
    const backups = new BackupService(vault, silentLogger)
    const backup: number[] = []
    for (let run = 0; run < 2; run++) time(backup, () => backups.createNow(vault.session(), 'manual'))
    const backupMb = folderBytes(join(directory, 'backups')) / MB / 2
    await vault.lock()
    const memory = peakRssMb()

    const figures: Figure[] = [
      figureOf('photos.add', 'Add one photo (check, store)', 'ms', add),
      figureOf('photos.databaseSize', 'Database with the photos', 'MB', [databaseMb]),
      figureOf('photos.unlockOpen', 'Unlock: open the database', 'ms', unlock),
      figureOf(
        'photos.unlockAfterCrash',
        'Unlock after a crash (every page checked)',
        's',
        unlockAfterCrash.map((ms) => ms / 1000),
      ),
      figureOf('photos.timeline', 'Timeline: first 100 entries', 'ms', timeline),
      figureOf('photos.search', 'Search "harbour trust"', 'ms', search),
      figureOf('photos.read', 'Read one photo for the screen', 'ms', readPhoto),
      figureOf(
        'photos.backup',
        'Daily backup (copy, check, rotate)',
        's',
        backup.map((ms) => ms / 1000),
      ),
      figureOf('photos.backupSize', 'One backup file', 'MB', [backupMb]),
      figureOf('photos.memoryFill', 'Peak memory after adding them', 'MB', [memoryAfterFill]),
      figureOf('photos.memory', 'Peak memory through backup', 'MB', [memory]),
      ...filesBeside(root, photos, size),
    ]
    return { photos, photoBytes: photos * size, figures }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const count = Number(args[args.indexOf('--photos') + 1] ?? NaN)
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'bench-photos.json'
  const result = await benchPhotos(args.includes('--photos') && Number.isFinite(count) ? count : 2000)
  for (const figure of result.figures) {
    console.log(
      `${figure.label.padEnd(52)} ${figure.median.toFixed(figure.unit === 's' ? 2 : 1).padStart(9)} ${figure.unit}`,
    )
  }
  writeFileSync(out ?? 'bench-photos.json', `${JSON.stringify(result, null, 2)}\n`)
}

if (process.argv[1]?.endsWith('photos.ts')) void main()
