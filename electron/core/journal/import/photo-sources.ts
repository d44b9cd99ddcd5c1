import { readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import * as yauzl from 'yauzl'
import { PHOTO_LIMITS } from '../../../contract/photo-values'
import { unreadable } from './import-helpers'
import type { PhotoSource } from './imported-entry'

/*
 * Where an import reads its photos from when it stores them: a folder (Day One's `photos/` beside
 * Journal.json, the images of a Markdown folder) or a zip archive (Day One's export). Nothing is
 * unpacked to disk; a photo is read into memory only when it is stored, and only up to the size
 * Mend keeps. Paths never leave the folder, and a zip's sizes are checked before any inflating.
 */

const MB = 1024 * 1024
const TOO_LARGE = `it is larger than ${PHOTO_LIMITS.maxBytes / MB} MB, the most Mend keeps for one photo`

/** Photos inside `root` (paths relative to it, `/`-separated); links out of it are refused. */
export function folderPhotoSource(root: string): PhotoSource {
  return {
    async read(path) {
      try {
        const real = await realpath(join(root, path))
        const inside = relative(await realpath(root), real)
        if (inside.startsWith('..') || isAbsolute(inside)) return { reason: 'it is outside the chosen folder' }
        const info = await stat(real)
        if (!info.isFile()) return { reason: 'it is not a file' }
        if (info.size > PHOTO_LIMITS.maxBytes) return { reason: TOO_LARGE }
        return new Uint8Array(await readFile(real))
      } catch {
        return { reason: 'the file was not found' }
      }
    },
    close: async () => {},
  }
}

/** Limits that make a zip bomb a plain refusal: the archive says its sizes before anything is inflated. */
export const ZIP_LIMITS = {
  entries: 200_000,
  jsonBytes: 200 * MB,
  totalBytes: 64 * 1024 * MB,
  /** Real photos barely compress; a file that inflates 200-fold is not a photo. */
  photoRatio: 200,
} as const

export interface ZipListing {
  /** Every file in the archive by its path. */
  files: Map<string, yauzl.Entry>
  archive: yauzl.ZipFile
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Lists a zip archive's files (nothing inflated yet), refusing one whose numbers cannot be real. */
export async function openZip(path: string): Promise<ZipListing> {
  let archive: yauzl.ZipFile
  try {
    // validateEntrySizes: inflating stops with an error the moment an entry outgrows what it declared.
    archive = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true })
  } catch {
    throw unreadable('This zip archive is damaged, so Mend cannot read the export inside it.')
  }
  const files = new Map<string, yauzl.Entry>()
  let total = 0
  try {
    await new Promise<void>((done, fail) => {
      archive.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize
        if (files.size >= ZIP_LIMITS.entries || total > ZIP_LIMITS.totalBytes) {
          fail(
            unreadable(
              'This zip archive says it unpacks to far more than any journal export, so Mend did not open it.',
            ),
          )
          return
        }
        if (!entry.fileName.endsWith('/')) files.set(entry.fileName, entry)
        archive.readEntry()
      })
      archive.on('end', () => done())
      archive.on('error', () =>
        fail(unreadable('This zip archive is damaged, so Mend cannot read the export inside it.')),
      )
      archive.readEntry()
    })
  } catch (error) {
    archive.close()
    throw error
  }
  return { files, archive }
}

/** One file of the archive, inflated in memory up to `limit` bytes; null past it. */
export async function readZipFile(listing: ZipListing, entry: yauzl.Entry, limit: number): Promise<Buffer | null> {
  if (entry.uncompressedSize > limit) return null
  if (entry.isEncrypted())
    throw unreadable('This zip archive is password-protected; export it again without a password.')
  const stream = await listing.archive.openReadStreamPromise(entry)
  return readStream(stream, limit)
}

/** Photos read from the archive by their path inside it. */
export function zipPhotoSource(listing: ZipListing): PhotoSource {
  return {
    async read(path) {
      const entry = listing.files.get(path)
      if (!entry) return { reason: 'the file was not found in the archive' }
      if (entry.uncompressedSize > PHOTO_LIMITS.maxBytes) return { reason: TOO_LARGE }
      if (entry.uncompressedSize > MB && entry.uncompressedSize > entry.compressedSize * ZIP_LIMITS.photoRatio) {
        return { reason: 'it unpacks to far more than it takes in the archive, which no real photo does' }
      }
      try {
        const bytes = await readZipFile(listing, entry, PHOTO_LIMITS.maxBytes)
        return bytes ? new Uint8Array(bytes) : { reason: TOO_LARGE }
      } catch {
        return { reason: 'it is damaged inside the archive' }
      }
    },
    close: async () => listing.archive.close(),
  }
}
