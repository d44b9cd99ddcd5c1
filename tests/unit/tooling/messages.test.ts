import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Text lives in src/messages (issue 10): a translation must not need to touch a component.
 * These checks keep English from creeping back into templates, and keep every message usable.
 */

/** Attributes a person reads (or hears from a screen reader) when they are written literally. */
const READABLE_ATTRIBUTES = new Set([
  'placeholder',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'label',
])

/** Literal text a template may keep, each with the reason. Keep this list short. */
const ALLOWED_TEXT = new Map<string, string>([
  ['Mend', 'the product name beside the logo; a name is not translated'],
  ['Esc', 'the label printed on the key (<kbd>), the same in every language'],
  ['Tab', 'the label printed on the key (<kbd>), the same in every language'],
])

interface Finding {
  file: string
  text: string
}

/** The outer <template> of a single-file component, comments removed. */
function templateOf(source: string): string {
  const start = source.indexOf('<template')
  const end = source.lastIndexOf('</template>')
  if (start < 0 || end < 0) return ''
  return source.slice(start, end + '</template>'.length).replace(/<!--[\s\S]*?-->/g, '')
}

const hasLetters = (text: string) => /\p{L}/u.test(text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, ''))

/**
 * Finds literal text in a template: text between tags (with {{ }} removed) and static readable
 * attributes. Bound attributes (`:x`, `v-`, `@`, `#`) are expressions, not text, and are skipped.
 */
export function literalText(template: string): string[] {
  const found: string[] = []
  const withoutInterpolations = template.replace(/\{\{[\s\S]*?\}\}/g, ' ')
  let text = ''
  const flushText = () => {
    const trimmed = text.replace(/\s+/g, ' ').trim()
    if (trimmed && hasLetters(trimmed) && !ALLOWED_TEXT.has(trimmed)) found.push(trimmed)
    text = ''
  }
  let i = 0
  const source = withoutInterpolations
  while (i < source.length) {
    const isTag = source[i] === '<' && /[A-Za-z/]/.test(source[i + 1] ?? '')
    if (!isTag) {
      text += source[i]
      i += 1
      continue
    }
    flushText()
    // Read the tag up to its closing '>', skipping quoted attribute values (they may hold '>').
    let j = i + 1
    let quote: string | null = null
    while (j < source.length && (quote || source[j] !== '>')) {
      if (quote && source[j] === quote) quote = null
      else if (!quote && (source[j] === '"' || source[j] === "'")) quote = source[j] ?? null
      j += 1
    }
    const tag = source.slice(i, j + 1)
    for (const match of tag.matchAll(/\s([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const name = match[1] ?? ''
      const value = (match[2] ?? match[3] ?? '').trim()
      if (READABLE_ATTRIBUTES.has(name) && hasLetters(value) && !ALLOWED_TEXT.has(value)) {
        found.push(`${name}="${value}"`)
      }
    }
    i = j + 1
  }
  flushText()
  return found
}

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return vueFiles(path)
    return entry.name.endsWith('.vue') ? [path] : []
  })
}

/** Messages whose first argument is a list of words ("Mon, Wed and Fri"). */
const LIST_MESSAGES = new Set(['plans.dueDays.list', 'assessment.trendChartData.list'])

/** Every leaf of the messages tree with its dotted path. */
function leaves(node: unknown, path: string): Array<[string, unknown]> {
  if (typeof node === 'string' || typeof node === 'function') return [[path, node]]
  if (Array.isArray(node)) return node.flatMap((item, index) => leaves(item, `${path}[${index}]`))
  if (node && typeof node === 'object') {
    const entries = Object.entries(node)
    if (entries.length === 0) return [[path, node]]
    return entries.flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key))
  }
  return [[path, node]]
}

describe('user-visible text lives in src/messages', () => {
  const files = vueFiles('src')

  it('finds the components to check', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it('no template holds literal words or readable attributes', () => {
    const findings: Finding[] = files.flatMap((file) =>
      literalText(templateOf(readFileSync(file, 'utf8'))).map((text) => ({ file: relative('.', file), text })),
    )
    if (findings.length) console.log(findings.map((f) => `${f.file}: ${f.text}`).join('\n'))
    expect(findings).toEqual([])
  })

  it('the check itself flags a literal word, attribute and a word beside an interpolation', () => {
    expect(literalText('<template><p>Hello</p></template>')).toEqual(['Hello'])
    expect(literalText('<template><input placeholder="Search" /></template>')).toEqual(['placeholder="Search"'])
    expect(literalText('<template><p>{{ n }} entries</p></template>')).toEqual(['entries'])
  })

  it('the check lets through messages, bound attributes, entities and punctuation', () => {
    const clean = `<template>
      <p :title="txt.title" aria-hidden="true" class="lede">{{ txt.hello }} &middot; ({{ count }})</p>
      <button :disabled="a > b" @click="go('Next')">→</button>
    </template>`
    expect(literalText(clean)).toEqual([])
  })
})

describe('every message can be shown', async () => {
  // Loaded by path, not imported: src/ belongs to the renderer's TypeScript project, not this one.
  const modulePath = resolve('src/messages.ts')
  const { messages } = (await import(modulePath)) as { messages: unknown }
  const all = leaves(messages, '')

  it('has messages', () => {
    expect(all.length).toBeGreaterThan(300)
  })

  it('every leaf is a non-empty string or a function that returns one', () => {
    const bad: string[] = []
    for (const [path, value] of all) {
      if (typeof value === 'string') {
        if (!value.trim()) bad.push(`${path}: empty`)
        continue
      }
      if (typeof value !== 'function') {
        bad.push(`${path}: ${typeof value}`)
        continue
      }
      // Sample arguments: 1 and 2 exercise singular and plural branches; lists get a list.
      for (const sample of [1, 2]) {
        const args = LIST_MESSAGES.has(path)
          ? [['Mon', 'Wed'], 'Fri']
          : Array.from({ length: value.length }, () => sample)
        const result: unknown = value(...args)
        if (typeof result !== 'string' || !result.trim() || /undefined|NaN|\[object/.test(result)) {
          bad.push(`${path}(${sample}): ${String(result)}`)
        }
      }
    }
    expect(bad).toEqual([])
  })
})
