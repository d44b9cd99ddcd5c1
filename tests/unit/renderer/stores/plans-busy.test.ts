import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { usePlansStore } from '../../../../src/stores/plans'
import { installFakeBridge } from '../fake-bridge'
import { heldReplies, settle } from '../journal-fixtures'
import { planOverview } from '../plan-overview-fixtures'

beforeEach(() => setActivePinia(createPinia()))

/**
 * `busy` is what the plan screens put in aria-busy: true from the moment a change is sent until
 * the overview it changed has been read back, so nothing on screen is still about to move.
 */
describe('plans store: busy while the overview may still change', () => {
  it('stays busy through a change and the reload after it, and only then settles', async () => {
    const changes = heldReplies()
    const reloads = heldReplies()
    installFakeBridge({ 'plans.getOverview': reloads.reply, 'plans.addAmend': changes.reply })
    const plans = usePlansStore()
    expect(plans.busy).toBe(false)

    const opening = plans.loadOverview(7)
    expect(plans.busy).toBe(true)
    reloads.held.shift()!.answer({ ok: true, value: planOverview() })
    expect(await opening).toBe(true)
    expect(plans.busy).toBe(false)

    const adding = plans.addAmend({ planId: 7, description: 'Show Sam every bank letter', horizon: 'now' })
    expect(plans.busy).toBe(true)
    changes.held.shift()!.answer({ ok: true, value: {} })
    await settle()
    // The change is acknowledged, but the overview is still being read back.
    expect(reloads.held).toHaveLength(1)
    expect(plans.busy).toBe(true)
    reloads.held.shift()!.answer({ ok: true, value: planOverview() })
    expect(await adding).toBe(true)
    expect(plans.busy).toBe(false)
  })

  it('settles after a refused change too', async () => {
    installFakeBridge({ 'plans.addAmend': { ok: false, error: { code: 'IO', message: 'The disk is full.' } } })
    const plans = usePlansStore()
    expect(await plans.addAmend({ planId: 7, description: 'x', horizon: 'now' })).toBe(false)
    expect(plans.busy).toBe(false)
  })
})
