import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Logger } from '../../../../electron/core'
import { silentLogger } from '../../../../electron/core'
import { UnlockThrottle, delayAfterFailures } from '../../../../electron/core/vault/unlock-throttle'
import { makeTempDir, manualClock } from '../../../helpers/temp-vault'

describe('delayAfterFailures', () => {
  it('is 0 before any failure', () => {
    expect(delayAfterFailures(0)).toBe(0)
    expect(delayAfterFailures(-3)).toBe(0)
  })

  it('starts at 1 s and doubles: 1, 2, 4, 8 s', () => {
    expect([1, 2, 3, 4].map(delayAfterFailures)).toEqual([1_000, 2_000, 4_000, 8_000])
  })

  it('is capped at 5 minutes however many failures there were', () => {
    expect(delayAfterFailures(9)).toBe(256_000)
    expect(delayAfterFailures(10)).toBe(300_000)
    expect(delayAfterFailures(1_000)).toBe(300_000)
  })
})

describe('UnlockThrottle', () => {
  let temp: ReturnType<typeof makeTempDir>
  let path: string
  let clock: ReturnType<typeof manualClock>
  beforeEach(() => {
    temp = makeTempDir()
    path = join(temp.path, 'unlock-throttle.json')
    clock = manualClock()
  })
  afterEach(() => temp.remove())

  it('lets the first attempt through and writes no file until something fails', () => {
    const throttle = new UnlockThrottle(path, clock, silentLogger)
    expect(throttle.retryAfterMs()).toBe(0)
    throttle.recordSuccess()
    expect(existsSync(path)).toBe(false)
  })

  it('counts down the wait as time passes', () => {
    const throttle = new UnlockThrottle(path, clock, silentLogger)
    expect(throttle.recordFailure()).toBe(1_000)
    clock.advance(250)
    expect(throttle.retryAfterMs()).toBe(750)
    clock.advance(750)
    expect(throttle.retryAfterMs()).toBe(0)
    expect(throttle.recordFailure()).toBe(2_000)
  })

  it('persists the count and time so a new instance (a restart) keeps the wait', () => {
    const first = new UnlockThrottle(path, clock, silentLogger)
    first.recordFailure()
    first.recordFailure()
    first.recordFailure()
    clock.advance(1_000)
    const second = new UnlockThrottle(path, clock, silentLogger)
    expect(second.retryAfterMs()).toBe(3_000)
    clock.advance(3_000)
    expect(second.recordFailure()).toBe(8_000)
  })

  it('stores only a count and a time in its file', () => {
    new UnlockThrottle(path, clock, silentLogger).recordFailure()
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ failures: 1, lastFailureAt: clock.now() })
  })

  it('starts afresh after a success, also for the next instance', () => {
    const throttle = new UnlockThrottle(path, clock, silentLogger)
    throttle.recordFailure()
    throttle.recordFailure()
    throttle.recordSuccess()
    expect(throttle.retryAfterMs()).toBe(0)
    expect(new UnlockThrottle(path, clock, silentLogger).retryAfterMs()).toBe(0)
    expect(throttle.recordFailure()).toBe(1_000)
  })

  it('never waits longer than the current delay when the clock is turned back', () => {
    const throttle = new UnlockThrottle(path, clock, silentLogger)
    throttle.recordFailure()
    clock.advance(-24 * 3_600_000)
    expect(throttle.retryAfterMs()).toBe(1_000)
  })

  it.each([
    ['not JSON', 'garbage{'],
    ['null', 'null'],
    ['negative failures', '{"failures": -5, "lastFailureAt": 0}'],
    ['wrong types', '{"failures": "9", "lastFailureAt": "yesterday"}'],
  ])('reads a damaged file (%s) as no failures instead of crashing', (_label, text) => {
    writeFileSync(path, text)
    expect(new UnlockThrottle(path, clock, silentLogger).retryAfterMs()).toBe(0)
  })

  it('still throttles in memory, and warns, when its file cannot be saved', () => {
    const warnings: string[] = []
    const logger: Logger = { ...silentLogger, warn: (message) => warnings.push(message) }
    const throttle = new UnlockThrottle(join(temp.path, 'missing-folder', 'throttle.json'), clock, logger)
    expect(throttle.recordFailure()).toBe(1_000)
    expect(throttle.retryAfterMs()).toBe(1_000)
    expect(warnings).toHaveLength(1)
  })
})
