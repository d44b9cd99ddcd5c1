import { beforeAll, describe, expect, it } from 'vitest'
import { BREACH_KINDS, type Breach, type Expectation } from '../../../electron/contract/plans.contract'
import { METHOD_SOURCE_ANCHORS, RESEARCH, methodSourceAnchor } from '../../../src/views/method-sources'

/** What this test needs of core's expectations module. */
interface CoreExpectations {
  EXPECTATION_SOURCES: Readonly<Record<string, string>>
  expectationsFor: (breach: Breach) => Expectation[]
}

// The renderer's type-check project sees the contract only (as the renderer itself does), so a
// static import of core would not compile there; loading it at run time keeps this one check
// that spans both sides out of the renderer's types.
const CORE_EXPECTATIONS = '../../../electron/core/repair/expectations'
let EXPECTATION_SOURCES: CoreExpectations['EXPECTATION_SOURCES']
let expectationsFor: CoreExpectations['expectationsFor']
beforeAll(async () => {
  ;({ EXPECTATION_SOURCES, expectationsFor } = (await import(/* @vite-ignore */ CORE_EXPECTATIONS)) as CoreExpectations)
})

const BREACHES: Breach[] = BREACH_KINDS.flatMap((kind) =>
  [true, false].flatMap((involvedDeception) =>
    [1, 3, 5].map((severity) => ({
      whatHappened: 'I told my brother his secret was safe, then told our parents.',
      occurredOn: '2024-01-20',
      severity,
      kind,
      involvedDeception,
    })),
  ),
)

describe('method sources', () => {
  it('has an About page entry for every source a plan can cite', () => {
    const cited = new Set(BREACHES.flatMap((b) => expectationsFor(b).map((e) => e.source)))
    expect([...cited].sort()).toEqual(Object.values(EXPECTATION_SOURCES).sort())
    const ids = new Set(RESEARCH.map((item) => item.id))
    for (const source of cited) {
      const anchor = methodSourceAnchor(source)
      expect(anchor, source).toBeDefined()
      expect(ids.has(anchor!)).toBe(true)
    }
  })

  it('keys only citations that a plan actually uses', () => {
    const used = new Set<string>(Object.values(EXPECTATION_SOURCES))
    for (const source of Object.keys(METHOD_SOURCE_ANCHORS)) expect(used.has(source), source).toBe(true)
  })

  it('gives each entry a unique anchor usable in a URL, a reference and how Mend uses it', () => {
    expect(new Set(RESEARCH.map((item) => item.id)).size).toBe(RESEARCH.length)
    for (const item of RESEARCH) {
      expect(item.id).toMatch(/^[a-z0-9-]+$/)
      expect(item.heading).toMatch(/\(\d{4}/)
      expect(item.reference.length).toBeGreaterThan(10)
      expect(item.uses).toMatch(/Mend|step|plan|expectation/)
    }
  })

  it('knows nothing of unknown or inherited keys', () => {
    expect(methodSourceAnchor('Someone, 1999')).toBeUndefined()
    expect(methodSourceAnchor('toString')).toBeUndefined()
  })
})
