import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseJrnlJson, parseJrnlText } from '../../electron/core/journal/import'
import { openTempJournal, type TempJournal } from '../helpers/journal-vault'
import { fixtureText } from '../unit/core/journal/import/fixtures'

/** The same jrnl journal imported as its text file, then as `jrnl --format json`: the second adds nothing. */
describe('a jrnl journal imported as text, then as jrnl JSON', () => {
  let t: TempJournal
  // A journal each: the journals in every format hold the same entries.
  beforeEach(async () => {
    t = await openTempJournal()
  })
  afterEach(() => t.close())

  for (const name of ['default', 'dotted', 'us-12-hour', 'weekday-names', 'edge-cases']) {
    it(`${name}: every entry of the JSON export is already there`, async () => {
      const text = await t.journal.imports.run(parseJrnlText(fixtureText(`jrnl-formats/${name}.txt`)))
      expect(text.added).toBeGreaterThan(0)
      const json = parseJrnlJson(fixtureText(`jrnl-formats/${name}.json`))
      expect(await t.journal.imports.run(json)).toEqual({ added: 0, alreadyImported: json.entries.length })
    })
  }
})
