import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** The palette as written in main.css: each variable's light and dark value. */
function palette(): Record<string, { light: string; dark: string }> {
  const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/main.css'), 'utf8')
  const entries = [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)]
  return Object.fromEntries(entries.map(([, name, light, dark]) => [name!, { light: light!, dark: dark! }]))
}

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

const TEXT = ['--text', '--muted', '--accent', '--danger', '--warn', '--ok']
const SURFACES = ['--bg', '--surface', '--surface-sunk', '--accent-soft', '--danger-soft']

describe('the palette in both themes', () => {
  const colours = palette()

  it('is read from main.css, with a light and a dark value for every colour', () => {
    for (const name of [...TEXT, ...SURFACES, '--on-accent', '--focus', '--border']) {
      expect(colours[name], name).toBeDefined()
    }
  })

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every text colour reads at 4.5:1 or more on every surface (WCAG AA)`, () => {
      const failures: string[] = []
      for (const text of TEXT) {
        for (const surface of SURFACES) {
          const ratio = contrast(colours[text]![theme], colours[surface]![theme])
          if (ratio < 4.5) failures.push(`${text} on ${surface}: ${ratio.toFixed(2)}`)
        }
      }
      expect(failures).toEqual([])
    })

    it(`${theme}: button text on the accent and on danger reads at 4.5:1; focus rings show at 3:1`, () => {
      const pick = (name: string) => colours[name]![theme]
      expect(contrast(pick('--on-accent'), pick('--accent'))).toBeGreaterThanOrEqual(4.5)
      expect(contrast(pick('--on-accent'), pick('--accent-hover'))).toBeGreaterThanOrEqual(4.5)
      expect(contrast(pick('--surface'), pick('--danger'))).toBeGreaterThanOrEqual(4.5)
      for (const surface of ['--bg', '--surface', '--surface-sunk']) {
        expect(contrast(pick('--focus'), pick(surface))).toBeGreaterThanOrEqual(3)
      }
    })
  }
})
