import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AUTOSAVE_DELAY_MS } from '../../../../src/stores/entry-editor'
import { CHECK_DELAY_MS, usePlanWritingStore } from '../../../../src/stores/plan-writing'
import { usePlansStore } from '../../../../src/stores/plans'
import { useVaultStore } from '../../../../src/stores/vault'
import { finding, part, plan } from '../components/plan-steps/plan-fixtures'
import { installFakeBridge } from '../fake-bridge'
import { heldReplies, settle } from '../journal-fixtures'

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const SORRY_IF = 'I am sorry if you were hurt.'

/** Main as the writing store sees it: the check flags every "sorry if", updates echo back. */
function planBridge() {
  return installFakeBridge({
    'plans.checkWriting': (input) => {
      const { text } = input as { text: string }
      const at = text.toLowerCase().indexOf('sorry if')
      return {
        ok: true,
        value: { findings: at === -1 ? [] : [finding(at, at + 8)], parts: [part('responsibility', at === -1)] },
      }
    },
    'plans.update': (input) => ({ ok: true, value: plan(input as object) }),
    'vault.lock': { ok: true, value: { state: 'locked', retryAfterMs: 0 } },
  })
}

const callsOf = (fake: ReturnType<typeof installFakeBridge>, procedure: string) =>
  fake.calls.filter((call) => call.procedure === procedure).map((call) => call.input)

describe('autosave of a step’s writing', () => {
  it('saves once, AUTOSAVE_DELAY_MS after the last keystroke, only the step that changed', async () => {
    const fake = planBridge()
    const writing = usePlanWritingStore()
    await writing.open(plan({ ownership: 'I' }))

    writing.change('ownership', 'I lied')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100)
    writing.change('ownership', 'I lied to you.')
    expect(writing.state).toBe('pending')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1)
    expect(callsOf(fake, 'plans.update')).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(callsOf(fake, 'plans.update')).toEqual([{ id: 4, ownership: 'I lied to you.' }])
    expect(writing.state).toBe('saved')
  })

  it('keeps the words and shows the reason when a save fails, and sends them again on retry', async () => {
    const fake = planBridge()
    fake.replies['plans.update'] = { ok: false, error: { code: 'IO', message: 'The disk is full.' } }
    const writing = usePlanWritingStore()
    await writing.open(plan())
    writing.change('compassion', 'You felt alone.')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(writing.state).toBe('error')
    expect(writing.error?.message).toBe('The disk is full.')
    expect(writing.text.compassion).toBe('You felt alone.')
    expect(writing.hasUnsavedChanges()).toBe(true)

    fake.replies['plans.update'] = (input) => ({ ok: true, value: plan(input as object) })
    await writing.flush()
    expect(callsOf(fake, 'plans.update').at(-1)).toEqual({ id: 4, compassion: 'You felt alone.' })
    expect(writing.state).toBe('saved')
  })

  it('saves what is unsaved before the vault locks, then forgets it', async () => {
    const fake = planBridge()
    const writing = usePlanWritingStore()
    await writing.open(plan())
    writing.change('ownership', 'I read your messages.')
    await useVaultStore().lock()
    expect(callsOf(fake, 'plans.update')).toEqual([{ id: 4, ownership: 'I read your messages.' }])
    const lockAt = fake.calls.findIndex((call) => call.procedure === 'vault.lock')
    expect(fake.calls.findIndex((call) => call.procedure === 'plans.update')).toBeLessThan(lockAt)
    expect(writing.text.ownership).toBe('')
    expect(writing.planId).toBeNull()
  })
})

describe('the live language check', () => {
  it('checks both steps on opening, then CHECK_DELAY_MS after typing stops', async () => {
    const fake = planBridge()
    const writing = usePlanWritingStore()
    await writing.open(plan({ ownership: SORRY_IF }))
    expect(callsOf(fake, 'plans.checkWriting')).toHaveLength(2)
    expect(writing.shownFindings('ownership')).toEqual([finding(5, 13)])
    expect(writing.checks.ownership.parts[0]?.present).toBe(false)

    writing.change('ownership', 'I am sorry I hid the letter.')
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS - 1)
    expect(callsOf(fake, 'plans.checkWriting')).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(callsOf(fake, 'plans.checkWriting').at(-1)).toEqual({
      step: 'ownership',
      text: 'I am sorry I hid the letter.',
    })
    expect(writing.shownFindings('ownership')).toEqual([])
    expect(writing.checks.ownership.parts[0]?.present).toBe(true)
  })

  it('ignores an answer overtaken by later typing', async () => {
    const fake = planBridge()
    const writing = usePlanWritingStore()
    await writing.open(plan())
    const held = heldReplies()
    fake.replies['plans.checkWriting'] = held.reply

    writing.change('ownership', SORRY_IF)
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS)
    writing.change('ownership', 'I hid it.')
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS)
    expect(held.held).toHaveLength(2)
    held.held[1]!.answer({ ok: true, value: { findings: [], parts: [] } })
    await settle()
    // The first, slower answer was for text no longer on screen: its finding must not come back.
    held.held[0]!.answer({ ok: true, value: { findings: [finding(5, 13)], parts: [] } })
    await settle()
    expect(writing.shownFindings('ownership')).toEqual([])
  })

  it('moves findings with the text, and drops one whose words are being rewritten', async () => {
    planBridge()
    const writing = usePlanWritingStore()
    await writing.open(plan({ ownership: SORRY_IF }))
    writing.change('ownership', `Sam, ${SORRY_IF}`)
    expect(writing.shownFindings('ownership')).toEqual([finding(10, 18)])
    writing.change('ownership', 'Sam, I am sorry that you were hurt.')
    expect(writing.shownFindings('ownership')).toEqual([])
  })

  it('shows only the compassion step’s own concerns there', async () => {
    installFakeBridge({
      'plans.checkWriting': {
        ok: true,
        value: { findings: [finding(0, 4, 'hedging'), finding(5, 9, 'minimizing')], parts: [] },
      },
    })
    const writing = usePlanWritingStore()
    await writing.open(plan({ compassion: 'abcd efgh' }))
    expect(writing.shownFindings('compassion').map((f) => f.category)).toEqual(['minimizing'])
  })
})

describe('dismissing findings', () => {
  it('stores the flagged words lower-cased on the plan, and hides every finding with those words', async () => {
    const fake = planBridge()
    fake.replies['plans.getOverview'] = { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } }
    const writing = usePlanWritingStore()
    await writing.open(plan({ ownership: 'I am SORRY IF it hurt.' }))
    const [shown] = writing.shownFindings('ownership')
    expect(await writing.dismiss('ownership', shown!)).toBe(true)
    expect(callsOf(fake, 'plans.update')).toEqual([
      { id: 4, dismissed: [{ step: 'ownership', category: 'conditional', phrase: 'sorry if' }] },
    ])
    expect(writing.shownFindings('ownership')).toEqual([])

    // The same words in the other step are not dismissed there.
    writing.change('compassion', 'Sorry if that sounds cold.')
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS)
    expect(writing.dismissed).toHaveLength(1)

    expect(await writing.restore(writing.dismissed[0]!)).toBe(true)
    expect(callsOf(fake, 'plans.update').at(-1)).toEqual({ id: 4, dismissed: [] })
    expect(writing.shownFindings('ownership')).toHaveLength(1)
  })

  it('brings a dismissal back on screen when the plan refuses it', async () => {
    const fake = planBridge()
    const writing = usePlanWritingStore()
    await writing.open(plan({ ownership: SORRY_IF }))
    fake.replies['plans.update'] = { ok: false, error: { code: 'LOCKED', message: 'Mend is locked.' } }
    expect(await writing.dismiss('ownership', writing.shownFindings('ownership')[0]!)).toBe(false)
    expect(writing.dismissed).toEqual([])
    expect(writing.shownFindings('ownership')).toHaveLength(1)
    expect(usePlansStore().error?.code).toBe('LOCKED')
  })
})
