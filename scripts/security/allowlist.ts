import { readFileSync } from 'node:fs'

/** One Electronegativity finding. */
export interface Finding {
  check: string
  severity: string
  confidence: string
  /** Repository-relative path, or N/A for an app-wide check. */
  file: string
  location: string
  /** The flagged source line, or '' when the check reports none. */
  sample: string
  description: string
}

export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const

/**
 * A finding we have looked at and judged safe. Pinned by check, file and (optionally) a piece of
 * the flagged line, so a new problem of the same kind elsewhere in that file still fails.
 */
export interface AllowlistEntry {
  check: string
  /** Repository-relative path, e.g. electron/main/index.ts. */
  file: string
  /** Text the flagged line must contain; leave out only for checks that report no line. */
  sample?: string
  why: string
}

/** Severities that fail the build unless allowlisted. */
export const BLOCKING = new Set(['HIGH', 'MEDIUM'])

export function loadAllowlist(path: string): AllowlistEntry[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { entries?: unknown }
  if (!Array.isArray(parsed.entries)) throw new Error(`${path}: expected { "entries": [...] }`)
  return parsed.entries.map((entry: Partial<AllowlistEntry>, index) => {
    const text = (value: unknown) => typeof value === 'string' && value.trim() !== ''
    if (!text(entry.check) || !text(entry.file)) throw new Error(`${path}: entry ${index} needs "check" and "file"`)
    // A reason short enough to be a shrug is no reason: say why it is safe.
    if (!text(entry.why) || (entry.why ?? '').trim().length < 40) {
      throw new Error(`${path}: entry ${index} (${entry.check}) needs a "why" sentence saying why it is safe`)
    }
    if (entry.sample !== undefined && !text(entry.sample))
      throw new Error(`${path}: entry ${index} has an empty "sample"`)
    return entry as AllowlistEntry
  })
}

function matches(entry: AllowlistEntry, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    (entry.sample === undefined || finding.sample.includes(entry.sample))
  )
}

export interface Verdict {
  /** HIGH and MEDIUM findings no entry explains: each one fails the build. */
  blocking: Finding[]
  allowed: Finding[]
  /** Entries that no longer match anything: the reason has gone, so must the entry. */
  stale: AllowlistEntry[]
}

export function judge(findings: Finding[], allowlist: AllowlistEntry[]): Verdict {
  const used = new Set<AllowlistEntry>()
  const blocking: Finding[] = []
  const allowed: Finding[] = []
  for (const finding of findings) {
    const entry = allowlist.find((candidate) => matches(candidate, finding))
    if (entry) {
      used.add(entry)
      allowed.push(finding)
    } else if (BLOCKING.has(finding.severity)) blocking.push(finding)
  }
  return { blocking, allowed, stale: allowlist.filter((entry) => !used.has(entry)) }
}
