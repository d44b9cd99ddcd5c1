import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  jrnlConfigCandidates,
  parseJrnlConfig,
  timeFormatFor,
} from '../../../../../electron/core/journal/import/jrnl-config'

describe("jrnl's config file", () => {
  it('is looked for where jrnl keeps it: $XDG_CONFIG_HOME/jrnl, else ~/.config/jrnl, then ~/jrnl.yaml', () => {
    expect(jrnlConfigCandidates({ XDG_CONFIG_HOME: '/x' }, '/home/ana')).toEqual([
      join('/x', 'jrnl', 'jrnl.yaml'),
      join('/home/ana', 'jrnl.yaml'),
    ])
    expect(jrnlConfigCandidates({}, '/home/ana')[0]).toBe(join('/home/ana', '.config', 'jrnl', 'jrnl.yaml'))
  })

  it('gives the timeformat of the journal at a path (its own, else the overall one)', () => {
    const config = parseJrnlConfig(
      [
        'colors:',
        '  date: none',
        'journals:',
        '  default: ~/journal.txt',
        '  work:',
        "    journal: '/data/work.txt'",
        '    timeformat: "%d.%m.%Y %H:%M" # European',
        'tagsymbols: "@"',
        "timeformat: '%Y-%m-%d %H:%M'",
      ].join('\n'),
      '/home/ana/.config/jrnl/jrnl.yaml',
      '/home/ana',
    )
    expect(config.journals).toEqual([
      { name: 'default', path: join('/home/ana', 'journal.txt') },
      { name: 'work', path: '/data/work.txt', timeformat: '%d.%m.%Y %H:%M' },
    ])
    expect(timeFormatFor(config, '/data/work.txt')).toBe('%d.%m.%Y %H:%M')
    expect(timeFormatFor(config, '/home/ana/journal.txt')).toBe('%Y-%m-%d %H:%M')
    expect(timeFormatFor(config, '/elsewhere.txt')).toBe('%Y-%m-%d %H:%M')
  })
})
