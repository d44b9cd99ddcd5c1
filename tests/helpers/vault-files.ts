import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { ErrorCode } from '../../electron/contract'
import { MendError } from '../../electron/core'

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** Every regular file directly inside `dir`, by name, with its sha256. */
export function hashFolder(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isFile()) hashes[name] = sha256File(path)
  }
  return hashes
}

export function countOccurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0
  let at = haystack.indexOf(needle)
  while (at !== -1) {
    count += 1
    at = haystack.indexOf(needle, at + 1)
  }
  return count
}

/** How often `text` appears in each file of `dir`, as UTF-8 and as UTF-16LE. */
export function occurrencesInFolder(dir: string, text: string): Record<string, { utf8: number; utf16le: number }> {
  const found: Record<string, { utf8: number; utf16le: number }> = {}
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (!statSync(path).isFile()) continue
    const bytes = readFileSync(path)
    found[name] = {
      utf8: countOccurrences(bytes, Buffer.from(text, 'utf8')),
      utf16le: countOccurrences(bytes, Buffer.from(text, 'utf16le')),
    }
  }
  return found
}

/** Awaits `promise`, expects it to reject with a MendError of `code`, and returns that error. */
export async function expectMendError(promise: Promise<unknown>, code: ErrorCode): Promise<MendError> {
  let caught: unknown
  try {
    await promise
  } catch (error) {
    caught = error
  }
  expect(caught, `expected a MendError ${code}, but the call succeeded`).toBeDefined()
  expect(caught).toBeInstanceOf(MendError)
  const error = caught as MendError
  expect({ code: error.code, message: error.message }).toMatchObject({ code })
  return error
}

/** Same as expectMendError for a synchronous call. */
export function expectMendErrorSync(run: () => unknown, code: ErrorCode): MendError {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught, `expected a MendError ${code}, but the call succeeded`).toBeDefined()
  expect(caught).toBeInstanceOf(MendError)
  expect((caught as MendError).code).toBe(code)
  return caught as MendError
}
