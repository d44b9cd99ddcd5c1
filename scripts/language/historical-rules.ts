import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Check } from './cv-lib'

/**
 * The rules as they were when each blind batch was committed, before they had seen it: the
 * honest first-sight baseline. Read from git history into node_modules/.cache (never committed).
 */
export const RULES_BEFORE: Readonly<Record<string, string>> = {
  'blind-1': 'fb9e4bc', // round 1's rules
  'blind-2': '63cb44f', // after learning from blind-1
  'blind-3': '84df9ab', // after learning from blind-2
  'blind-4': '54c5659', // after learning from blind-3 (unchanged until round 4)
  'blind-5': 'bcfbe75', // round 3's last rules; round 4's first rules scored the same on it
  'blind-6': '57ae195', // round 5's rules, frozen before the batch was read (round 4's last, 1bccef2: 0.61 / 0.27)
  'blind-7': '5f0e123', // after learning from blind-6 (round 4's last: 0.81 / 0.27; round 5's: 0.80 / 0.31)
  'blind-8': 'cc799b8', // the session's final rules before their last precision fixes (round 4's last: 0.67 / 0.31)
  'blind-9': 'b74bd66', // round 7's rules (after learning from blind-8), frozen before the batch was read
  'blind-10': 'b74bd66', // the same rules; round 6's last (94453c7) scored the same on both batches
  'blind-11': '096c712', // round 7's rules after learning from blind-8 to -10, frozen before the batch was read
  'blind-12': '096c712',
  'blind-13': '6850241', // the session's final rules (after learning from blind-8 to -12), frozen before the batch was read
  'blind-14': '6850241',
  'blind-15': '7dffc90', // the session's last rules (after learning from blind-8 to -14), frozen before the batch was read
  'blind-16': '7dffc90',
  'blind-17': 'bfce419', // round 7's last rules (the same as 7dffc90's), frozen before the batch was read
  'blind-18': 'bfce419',
  'blind-19': '0e1155e', // round 8's rules (after learning from blind-15 and -16), frozen before the batch was read
  'blind-20': '0e1155e',
  'blind-21': '536095c', // round 8's last rules, frozen before the batch was collected
  'blind-22': '536095c',
  'blind-23': '536095c',
  'blind-24': '536095c',
}

const ROOT = resolve(__dirname, '../..')

/** The check of `commit`, or undefined when the history is not there (a shallow clone). */
export async function rulesAt(commit: string): Promise<Check | undefined> {
  const dir = resolve(ROOT, 'node_modules/.cache/language-rules', commit)
  const entry = resolve(dir, 'electron/core/repair/language-check.ts')
  if (!existsSync(entry)) {
    try {
      mkdirSync(dir, { recursive: true })
      const archive = execFileSync('git', ['archive', commit, 'electron/core/repair', 'electron/contract'], {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
      })
      execFileSync('tar', ['-x', '-C', dir], { input: archive })
    } catch {
      return undefined
    }
  }
  const module = (await import(pathToFileURL(entry).href)) as { checkApologyLanguage: Check }
  return module.checkApologyLanguage
}
