import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** tests/fixtures/import, where the hand-written journals in each format live. */
export const IMPORT_FIXTURES = resolve(__dirname, '../../../../fixtures/import')

export function fixtureText(relativePath: string): string {
  return readFileSync(resolve(IMPORT_FIXTURES, relativePath), 'utf8')
}
