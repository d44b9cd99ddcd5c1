import { describe, expect, it } from 'vitest'
import type { MendEvent } from '../../../electron/contract'
import { EventHub } from '../../../electron/ipc'

const locked: MendEvent = { type: 'vault.locked', reason: 'idle' }

describe('EventHub', () => {
  it('delivers each event to every subscriber, in order', () => {
    const hub = new EventHub()
    const a: MendEvent[] = []
    const b: MendEvent[] = []
    hub.subscribe((event) => a.push(event))
    hub.subscribe((event) => b.push(event))
    hub.emit(locked)
    hub.emit({ type: 'vault.locked', reason: 'manual' })
    expect(a).toEqual([locked, { type: 'vault.locked', reason: 'manual' }])
    expect(b).toEqual(a)
  })

  it('stops delivering after unsubscribe, leaving other subscribers alone', () => {
    const hub = new EventHub()
    const a: MendEvent[] = []
    const b: MendEvent[] = []
    const stopA = hub.subscribe((event) => a.push(event))
    hub.subscribe((event) => b.push(event))
    stopA()
    hub.emit(locked)
    expect(a).toEqual([])
    expect(b).toEqual([locked])
  })

  it('does nothing when nobody listens', () => {
    expect(() => new EventHub().emit(locked)).not.toThrow()
  })
})
