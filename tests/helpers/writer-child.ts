/**
 * A second connection to a vault's database, writing while the test makes backups. Each
 * transaction inserts a pair of rows, so a consistent copy always holds whole pairs. Usage:
 *   MEND_TEST_KEY=<64 hex> node --import tsx tests/helpers/writer-child.ts <databasePath>
 * Prints "writing" after the first commit and runs until killed.
 */
import Database from 'better-sqlite3-multiple-ciphers'

const [path] = process.argv.slice(2)
const key = process.env.MEND_TEST_KEY
if (!path || !key || !/^[0-9a-f]{64}$/.test(key)) throw new Error('usage: MEND_TEST_KEY=<hex> writer-child.ts <db>')

const db = new Database(path, { fileMustExist: true, timeout: 10_000 })
db.pragma("cipher = 'sqlcipher'")
db.pragma('legacy = 4')
db.pragma(`key = "x'${key}'"`)
db.pragma('journal_mode = WAL')
const insert = db.prepare('INSERT INTO pairs (pair, half, body) VALUES (?, ?, ?)')
const writePair = db.transaction((pair: number) => {
  insert.run(pair, 1, `pair ${pair} first half ${'x'.repeat(200)}`)
  insert.run(pair, 2, `pair ${pair} second half ${'y'.repeat(200)}`)
})

let pair = (db.prepare('SELECT coalesce(max(pair), 0) FROM pairs').pluck().get() as number) + 1
writePair(pair)
process.stdout.write('writing\n')
for (;;) writePair(++pair)
