import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import CheckInRecorder from '../../../../../src/components/plans/steps/CheckInRecorder.vue'
import { AUTOSAVE_DELAY_MS } from '../../../../../src/stores/entry-editor'
import { installFakeBridge } from '../../fake-bridge'
import { commitment } from './plan-fixtures'

let pinia = createPinia()
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

interface Stored {
  commitmentId: number
  onDate: string
  outcome: string
  note: string
  recordedAt: string
}

/** A daily commitment whose yesterday is already marked kept; check-ins are kept as main would. */
function recorder(extra: Record<string, unknown> = {}) {
  const stored = new Map<string, Stored>([
    ['2026-11-23', { commitmentId: 9, onDate: '2026-11-23', outcome: 'kept', note: '', recordedAt: '' }],
  ])
  const fake = installFakeBridge({
    'plans.listCheckIns': () => ({ ok: true, value: [...stored.values()] }),
    'plans.recordCheckIn': (input) => {
      const checkIn = { ...(input as Omit<Stored, 'recordedAt'>), recordedAt: '' }
      stored.set(checkIn.onDate, checkIn)
      return { ok: true, value: checkIn }
    },
    'plans.getOverview': { ok: false, error: { code: 'NOT_FOUND', message: 'not scripted here' } },
    ...extra,
  })
  const wrapper = mount(CheckInRecorder, {
    props: { commitment: commitment({ recentDueDays: ['2026-11-24', '2026-11-23'] }), today: '2026-11-24' },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
  return { fake, wrapper }
}

async function typeNote(wrapper: ReturnType<typeof recorder>['wrapper'], day: string, note: string) {
  const row = wrapper.get(`[data-testid="check-in-${day}"]`)
  await row
    .findAll('button')
    .find((b) => /note/i.test(b.text()))!
    .trigger('click')
  const input = row.get('input')
  await input.setValue(note)
  return input
}

const recorded = (fake: ReturnType<typeof recorder>['fake']) =>
  fake.calls.filter((call) => call.procedure === 'plans.recordCheckIn').map((call) => call.input)

describe('a note on a day already marked', () => {
  it('is saved with the same outcome when Enter is pressed', async () => {
    const { fake, wrapper } = recorder()
    await flushPromises()
    const input = await typeNote(wrapper, '2026-11-23', 'Texted from the car park')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(recorded(fake)).toEqual([
      { commitmentId: 9, onDate: '2026-11-23', outcome: 'kept', note: 'Texted from the car park' },
    ])
    wrapper.unmount()
  })

  it('is saved when the field is left (Tab, a click elsewhere)', async () => {
    const { fake, wrapper } = recorder()
    await flushPromises()
    const input = await typeNote(wrapper, '2026-11-23', 'Texted late, but I did')
    await input.trigger('blur')
    await flushPromises()
    expect(recorded(fake)).toEqual([
      { commitmentId: 9, onDate: '2026-11-23', outcome: 'kept', note: 'Texted late, but I did' },
    ])
    expect(wrapper.get('[data-testid="check-in-2026-11-23"]').text()).toContain('Texted late, but I did')
    wrapper.unmount()
  })

  it('is saved a moment after typing stops, so a reload does not lose it', async () => {
    const { fake, wrapper } = recorder()
    await flushPromises()
    vi.useFakeTimers()
    try {
      await typeNote(wrapper, '2026-11-23', 'Texted at six')
      expect(recorded(fake)).toEqual([])
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    } finally {
      vi.useRealTimers()
    }
    await flushPromises()
    expect(recorded(fake)).toEqual([{ commitmentId: 9, onDate: '2026-11-23', outcome: 'kept', note: 'Texted at six' }])
    wrapper.unmount()
  })

  it('on a day not marked yet, stays in the field and says it is kept with the choice', async () => {
    const { fake, wrapper } = recorder()
    await flushPromises()
    const input = await typeNote(wrapper, '2026-11-24', 'Working late tonight')
    await input.trigger('blur')
    await flushPromises()
    expect(recorded(fake)).toEqual([])
    const row = wrapper.get('[data-testid="check-in-2026-11-24"]')
    expect((row.get('input').element as HTMLInputElement).value).toBe('Working late tonight')
    await row
      .findAll('button')
      .find((b) => b.text().includes('Missed'))!
      .trigger('click')
    await flushPromises()
    expect(recorded(fake)).toEqual([
      { commitmentId: 9, onDate: '2026-11-24', outcome: 'missed', note: 'Working late tonight' },
    ])
    wrapper.unmount()
  })
})

describe('days the figures count as not recorded', () => {
  it('can all be recorded: earlier ones than the last two weeks are offered on request', async () => {
    const { fake, wrapper } = recorder({
      'plans.listUnrecordedDays': { ok: true, value: ['2026-11-24', '2026-11-05', '2026-11-04'] },
    })
    await wrapper.setProps({
      commitment: commitment({
        startOn: '2026-11-04',
        recentDueDays: ['2026-11-24', '2026-11-23'],
        stats: {
          due: 21,
          kept: 18,
          missed: 0,
          notApplicable: 0,
          unrecorded: 3,
          keptRate: 1,
          currentStreak: 18,
          longestStreak: 18,
        },
      }),
    })
    await flushPromises()
    // Today is in the rows already; the two days of early November are not, yet they count.
    const more = wrapper.findAll('button').find((b) => /2 earlier days/.test(b.text()))
    expect(more, wrapper.text()).toBeDefined()
    await more!.trigger('click')
    await flushPromises()
    const early = wrapper.get('[data-testid="check-in-2026-11-04"]')
    await early
      .findAll('button')
      .find((b) => b.text().includes('Missed'))!
      .trigger('click')
    await flushPromises()
    expect(recorded(fake)).toEqual([{ commitmentId: 9, onDate: '2026-11-04', outcome: 'missed', note: '' }])
    wrapper.unmount()
  })
})
