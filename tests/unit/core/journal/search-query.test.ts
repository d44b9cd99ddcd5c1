import { describe, expect, it } from 'vitest'
import { toMatchExpression } from '../../../../electron/core'

describe('toMatchExpression: what a person types, as an FTS5 expression that cannot fail', () => {
  it.each<[string, string]>([
    ['trust', '"trust"'],
    ['broken promise', '"broken" "promise"'],
    ['  spaced   out  ', '"spaced" "out"'],
    ['"broken promise"', '"broken promise"'],
    ['"  padded phrase  "', '"padded phrase"'],
    ['say "kept promise" twice', '"say" "kept promise" "twice"'],
    ['"unclosed phrase', '"unclosed phrase"'],
    ['trus*', '"trus"*'],
    ['trus***', '"trus"*'],
    ['"broken prom"*', '"broken prom"*'],
    ['a"b', '"a" "b"'],
    ['AND OR NOT', '"AND" "OR" "NOT"'],
    ['NEAR(a b)', '"NEAR(a" "b)"'],
    ['title:x', '"title:x"'],
    ['-word', '"-word"'],
    ['^x', '"^x"'],
    ['{a b}', '"{a" "b}"'],
    ["don't", '"don\'t"'],
    [';DROP TABLE entries;--', '";DROP" "TABLE" "entries;--"'],
    ['*trust', '"*trust"'],
    ['trust"*(', '"trust"'],
    ['信任', '"信任"'],
    ['trust\u0000', '"trust"'],
    ['tr\u0001ust', '"trust"'],
  ])('turns %j into %s', (query, expected) => {
    expect(toMatchExpression(query)).toBe(expected)
  })

  it.each([
    '',
    '   ',
    '"',
    '""',
    '" "',
    '*',
    '**',
    '-',
    '(',
    ')',
    ':',
    "'",
    '\\',
    '%',
    '_',
    '😀',
    '\u200b',
    '\u0000',
    '"*"',
  ])('has nothing to search for in %j (null: nothing matches)', (query) => {
    expect(toMatchExpression(query)).toBeNull()
    expect(toMatchExpression(query, { prefixLast: true })).toBeNull()
  })

  it('composes accented letters typed in two pieces (NFC), as stored text is indexed', () => {
    expect(toMatchExpression('cafe\u0301')).toBe('"caf\u00e9"')
  })

  describe('as you type (prefixLast)', () => {
    it.each<[string, string]>([
      ['trus', '"trus"*'],
      ['broken prom', '"broken" "prom"*'],
      ['broken prom ', '"broken" "prom"'],
      ['broken prom\t', '"broken" "prom"'],
      ['"broken promise"', '"broken promise"'],
      ['"broken prom', '"broken prom"'],
      ['trus*', '"trus"*'],
      // Under four letters the word is whole (a short prefix begins too many words to read fast)...
      ['tru', '"tru"'],
      ['broken pr', '"broken" "pr"'],
      ['déjà', '"déjà"*'],
      // ...unless the person types the star.
      ['tr*', '"tr"*'],
    ])('turns %j into %s', (query, expected) => {
      expect(toMatchExpression(query, { prefixLast: true })).toBe(expected)
    })

    it('leaves every word whole without the option', () => {
      expect(toMatchExpression('broken prom')).toBe('"broken" "prom"')
      expect(toMatchExpression('broken prom', { prefixLast: false })).toBe('"broken" "prom"')
    })
  })

  it('quotes every piece, so no piece can close its quote early', () => {
    const junk = '"*()-^:{}[]\\\';%_+~!?.,<>|&#@$='.repeat(17)
    const expression = toMatchExpression(`word ${junk} x"y"z`)
    expect(expression).not.toBeNull()
    // Every piece is "...", optionally followed by *; inner quotes would be doubled.
    expect(expression!).toMatch(/^("(?:[^"]|"")*"\*?)( "(?:[^"]|"")*"\*?)*$/)
  })
})
