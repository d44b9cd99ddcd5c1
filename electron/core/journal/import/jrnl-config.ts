import { readFileSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/*
 * jrnl keeps its settings in `jrnl.yaml` in `$XDG_CONFIG_HOME/jrnl/` (`~/.config/jrnl/` when that
 * is not set, on every system), else `~/jrnl.yaml` (jrnl/path.py `get_config_path`). Mend reads
 * only what it needs to read a journal as jrnl does: `timeformat`, overall and per journal, and
 * which file each journal is. A small reader for those keys, not a YAML parser.
 */

export interface JrnlConfig {
  /** Where it was read from. */
  path: string
  timeformat?: string
  journals: Array<{ name: string; path?: string; timeformat?: string }>
}

/** Where jrnl looks for its config, first found wins. */
export function jrnlConfigCandidates(env: NodeJS.ProcessEnv = process.env, home = homedir()): string[] {
  const configHome =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.trim() !== '' ? env.XDG_CONFIG_HOME : join(home, '.config')
  return [join(configHome, 'jrnl', 'jrnl.yaml'), join(home, 'jrnl.yaml')]
}

function scalar(raw: string): string {
  const value = raw.trim()
  const double = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(value)
  if (double) return (double[1] ?? '').replace(/\\(["\\])/g, '$1')
  const single = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(value)
  if (single) return (single[1] ?? '').replace(/''/g, "'")
  return value.replace(/\s+#.*$/, '').trim()
}

function expandHome(path: string, home: string): string {
  return path.startsWith('~') ? join(home, path.slice(1)) : path
}

/** Reads the keys Mend uses from jrnl.yaml text (jrnl 2.x and later). */
export function parseJrnlConfig(text: string, path: string, home = homedir()): JrnlConfig {
  const config: JrnlConfig = { path, journals: [] }
  let inJournals = false
  let current: JrnlConfig['journals'][number] | null = null
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue
    const pair = /^(\s*)([\w-]+)\s*:\s*(.*)$/.exec(line)
    if (!pair) continue
    const [, indent = '', key = '', rest = ''] = pair
    const depth = indent.length
    if (depth === 0) {
      inJournals = key === 'journals'
      current = null
      if (key === 'timeformat') config.timeformat = scalar(rest)
      continue
    }
    if (!inJournals) continue
    if (current && depth > 2 && (key === 'journal' || key === 'timeformat')) {
      if (key === 'journal') current.path = resolve(expandHome(scalar(rest), home))
      else current.timeformat = scalar(rest)
      continue
    }
    current = { name: key }
    if (scalar(rest) !== '') current.path = resolve(expandHome(scalar(rest), home))
    config.journals.push(current)
  }
  return config
}

/** jrnl's config where jrnl keeps it, or at `path` when the person names one; null when there is none. */
export function readJrnlConfig(path?: string): JrnlConfig | null {
  for (const candidate of path ? [path] : jrnlConfigCandidates()) {
    try {
      if (!statSync(candidate).isFile() || statSync(candidate).size > 1024 * 1024) continue
      return parseJrnlConfig(readFileSync(candidate, 'utf8'), candidate)
    } catch {
      continue
    }
  }
  return null
}

/** The timeformat jrnl uses for the journal at `journalPath`: its own, else the config's. */
export function timeFormatFor(config: JrnlConfig, journalPath: string): string | undefined {
  const target = resolve(journalPath)
  const journal = config.journals.find((entry) => entry.path === target)
  return journal?.timeformat ?? config.timeformat
}
