import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** tests/fixtures/photos: small images made for these tests (see the README there). */
export const PHOTOS = resolve(__dirname, '../fixtures/photos')

export const photo = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(PHOTOS, name)))
