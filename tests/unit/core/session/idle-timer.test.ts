import { describe, expect, it, vi } from 'vitest'
import { IdleTimer } from '../../../../electron/core'
import { fakeTimers } from '../../../helpers/fake-timers'

const MINUTE = 60_000

describe('idle timer', () => {
  function setup() {
    const timers = fakeTimers()
    const onIdle = vi.fn()
    return { timers, onIdle, idle: new IdleTimer(onIdle, timers) }
  }

  it('fires once after the chosen minutes without activity, then stops', () => {
    const { timers, onIdle, idle } = setup()
    idle.start(2)
    timers.advance(2 * MINUTE - 1)
    expect(onIdle).not.toHaveBeenCalled()
    timers.advance(1)
    expect(onIdle).toHaveBeenCalledTimes(1)
    expect(idle.running).toBe(false)
    idle.touch()
    timers.advance(10 * MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('starts the countdown again on touch', () => {
    const { timers, onIdle, idle } = setup()
    idle.start(1)
    timers.advance(50_000)
    idle.touch()
    timers.advance(50_000)
    expect(onIdle).not.toHaveBeenCalled()
    timers.advance(10_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('ignores touch while stopped, and never fires after stop', () => {
    const { timers, onIdle, idle } = setup()
    idle.touch()
    expect(timers.pendingCount()).toBe(0)
    idle.start(1)
    idle.stop()
    timers.advance(5 * MINUTE)
    expect(onIdle).not.toHaveBeenCalled()
    expect(timers.pendingCount()).toBe(0)
  })

  it('keeps one countdown only, however often it is started or touched', () => {
    const { timers, idle } = setup()
    idle.start(5)
    idle.start(1)
    idle.touch()
    idle.touch()
    expect(timers.pendingCount()).toBe(1)
  })
})
