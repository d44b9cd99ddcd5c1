import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { MendError } from '../errors'

/**
 * The one check every writer of a file the person names (JSON and Markdown exports, PDFs, backup
 * files) makes before writing: the target must not lie inside the journal's own folders. Paths are
 * compared as the file system resolves them (links followed, ".." gone), and without regard to
 * letter case where the file system ignores it, so "Vault/../VAULT/vault-header.json" or a link
 * named like any other folder cannot reach the key file.
 */
export interface OutputTargetOptions {
  /** Tests stand in for a case-insensitive file system; by default it is found out on disk. */
  caseInsensitive?: (existingPath: string) => boolean
}

/** The path as the file system resolves it: the nearest part that exists, resolved, plus the rest. */
export function resolvedPath(path: string): string {
  let existing = resolve(path)
  const rest: string[] = []
  for (;;) {
    try {
      return join(realpathSync.native(existing), ...rest.reverse())
    } catch {
      const parent = dirname(existing)
      // The root always resolves; this only guards a path that cannot be read at all.
      if (parent === existing) return join(existing, ...rest.reverse())
      rest.push(basename(existing))
      existing = parent
    }
  }
}

function swapCase(text: string): string {
  return Array.from(text, (ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase())).join('')
}

/**
 * Whether the file system holding `existingPath` ignores letter case: the same entry found under
 * another case of its name. Checked, not assumed from the platform (macOS and Windows volumes can
 * be case-sensitive, Linux ones case-folding). A path without letters counts as case-sensitive.
 */
export function isCaseInsensitiveAt(existingPath: string): boolean {
  for (let path = existingPath; dirname(path) !== path; path = dirname(path)) {
    const name = basename(path)
    const swapped = swapCase(name)
    if (swapped === name) continue
    try {
      const original = statSync(path)
      const other = statSync(join(dirname(path), swapped))
      return original.dev === other.dev && original.ino === other.ino
    } catch {
      return false
    }
  }
  return false
}

function isInside(target: string, folder: string): boolean {
  const inside = relative(folder, target)
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))
}

/**
 * INVALID_INPUT (field `path`) when `target` is one of `folders` or lies inside one. The folders
 * need not exist yet (a backup folder before the first backup).
 */
export function refuseJournalFolders(
  target: string,
  folders: readonly string[],
  options: OutputTargetOptions = {},
): void {
  const caseInsensitive = options.caseInsensitive ?? isCaseInsensitiveAt
  const resolvedTarget = resolvedPath(target)
  for (const folder of folders) {
    const resolvedFolder = resolvedPath(folder)
    const fold = caseInsensitive(existingPart(resolvedFolder))
    const [a, b] = fold
      ? [resolvedTarget.toLowerCase(), resolvedFolder.toLowerCase()]
      : [resolvedTarget, resolvedFolder]
    if (isInside(a, b)) {
      throw new MendError('INVALID_INPUT', "That place is inside Mend's own folder; choose a place outside it.", {
        field: 'path',
      })
    }
  }
}

/** The longest leading part of `path` that exists (for looking at its file system). */
function existingPart(path: string): string {
  let current = path
  for (;;) {
    try {
      statSync(current)
      return current
    } catch {
      const parent = dirname(current)
      if (parent === current) return current
      current = parent
    }
  }
}
