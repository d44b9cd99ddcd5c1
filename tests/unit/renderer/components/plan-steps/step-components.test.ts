import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import AmendsStep from '../../../../../src/components/plans/steps/AmendsStep.vue'
import ApologyParts from '../../../../../src/components/plans/steps/ApologyParts.vue'
import CheckInRecorder from '../../../../../src/components/plans/steps/CheckInRecorder.vue'
import FindingsList from '../../../../../src/components/plans/steps/FindingsList.vue'
import { installFakeBridge } from '../../fake-bridge'
import { amend, commitment, finding, part } from './plan-fixtures'

let pinia = createPinia()
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

const TEXT = 'I am sorry if you were hurt.'

describe('findings beside the editor', () => {
  function mountList(dismissed = [{ step: 'ownership' as const, category: 'hedging' as const, phrase: 'i guess' }]) {
    return mount(FindingsList, {
      props: {
        findings: [finding(5, 13)],
        text: TEXT,
        dismissed,
        current: null,
        checked: true,
        error: null,
        categories: ['conditional' as const, 'hedging' as const],
      },
    })
  }

  it('shows the flagged words, the reason and the suggested rewrite', () => {
    const wrapper = mountList()
    const item = wrapper.get('[data-testid="finding"]')
    expect(item.text()).toContain('sorry if')
    expect(item.text()).toContain('Why conditional.')
    expect(item.text()).toContain('Try instead: Say it plainly.')
    // The check is wrong often enough on real letters that the card says it can be.
    expect(item.get('[data-testid="finding-can-be-wrong"]').text()).toContain('can be wrong')
    expect(wrapper.get('[data-testid="findings-summary"]').text()).toBe('1 phrase to look at')
  })

  it('dismiss, show and bring back tell the editor which finding', async () => {
    const wrapper = mountList()
    const buttons = wrapper.get('[data-testid="finding"]').findAll('button')
    await buttons[0]!.trigger('click')
    await buttons[1]!.trigger('click')
    await wrapper.get('[data-testid="dismissed-findings"] button').trigger('click')
    expect(wrapper.emitted('show')).toEqual([[0]])
    expect(wrapper.emitted('dismiss')).toEqual([[finding(5, 13)]])
    expect(wrapper.emitted('restore')).toEqual([
      [{ step: 'ownership', category: 'hedging' as const, phrase: 'i guess' }],
    ])
    expect(wrapper.get('[data-testid="dismissed-findings"]').text()).toContain('Hedging')
  })
})

it('the apology helper ticks each part the draft holds, prompts only the most important missing one, and says why on request', async () => {
  const wrapper = mount(ApologyParts, {
    props: { parts: [part('responsibility', true), part('repair', false), part('regret', false)] },
  })
  expect(wrapper.get('[data-testid="part-responsibility"]').text()).toContain('(in your draft)')
  expect(wrapper.get('[data-testid="parts-summary"]').text()).toBe('In your words so far: responsibility.')
  // No grading: no count, no "missing"; the next part to add carries its prompt, the others wait.
  expect(wrapper.text()).not.toMatch(/\bof 3\b|Missing/)
  expect(wrapper.get('[data-testid="part-repair"]').text()).toContain('Prompt for repair.')
  expect(wrapper.get('[data-testid="part-regret"]').text()).not.toContain('Prompt for regret.')
  expect(wrapper.text()).not.toContain('Why repair.')
  const why = wrapper.get('[data-testid="part-repair"] button')
  await why.trigger('click')
  expect(why.attributes('aria-expanded')).toBe('true')
  expect(wrapper.text()).toContain('Why repair.')
})

describe('findings, one at a time', () => {
  const TWO = 'I am sorry if you were hurt, but I was tired.'
  function mountTwo() {
    return mount(FindingsList, {
      props: {
        findings: [finding(5, 13), finding(29, 32, 'excuse')],
        text: TWO,
        dismissed: [],
        current: null,
        checked: true,
        error: null,
        categories: ['conditional' as const, 'excuse' as const],
      },
    })
  }

  it('shows one finding beside the text, and the next on request', async () => {
    const wrapper = mountTwo()
    expect(wrapper.findAll('[data-testid="finding"]')).toHaveLength(1)
    expect(wrapper.get('[data-testid="finding"]').text()).toContain('sorry if')
    expect(wrapper.get('[data-testid="finding"]').text()).toContain('1 of 2')
    await wrapper.get('[data-testid="finding-next"]').trigger('click')
    expect(wrapper.get('[data-testid="finding"]').text()).toContain('but')
    expect(wrapper.get('[data-testid="finding"]').text()).toContain('2 of 2')
    await wrapper.get('[data-testid="finding-next"]').trigger('click')
    expect(wrapper.get('[data-testid="finding"]').text()).toContain('1 of 2')
  })

  it('picking a finding in the text brings it to the side', async () => {
    const wrapper = mountTwo()
    await wrapper.setProps({ current: 1 })
    expect(wrapper.get('[data-testid="finding"]').text()).toContain('2 of 2')
  })

  it('with nothing flagged, says what it looked for instead of calling the words fine', () => {
    const wrapper = mount(FindingsList, {
      props: {
        findings: [],
        text: 'I forgot your award night.',
        dismissed: [],
        current: null,
        checked: true,
        error: null,
        categories: ['minimizing' as const, 'blame-feelings' as const, 'rushing-closure' as const],
      },
    })
    expect(wrapper.get('[data-testid="findings-clear"]').text()).toBe(
      'It looked for making it smaller than it was, blaming their feelings and hurrying them to move on. It reads words, not hearts: read it once more as they would.',
    )
  })
})

describe('amends step', () => {
  it('lists amends under Right away and Over time, nudging toward the empty one', async () => {
    const fake = installFakeBridge({
      'plans.addAmend': { ok: true, value: amend() },
    })
    const wrapper = mount(AmendsStep, {
      props: { planId: 4, amends: [amend({ description: 'Pay it back' })], today: '2026-11-24' },
      global: { plugins: [pinia] },
    })
    expect(wrapper.get('[data-testid="amends-now"]').text()).toContain('Pay it back')
    expect(wrapper.get('[data-testid="amends-over-time"]').text()).toContain('Nothing over time yet')
    expect(wrapper.findAll('[data-testid="amends-nudge"]')).toHaveLength(1)

    const overTime = wrapper.get('[data-testid="amends-over-time"]')
    await overTime.get('input').setValue('Cook on Sundays')
    await overTime.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls[0]).toEqual({
      procedure: 'plans.addAmend',
      input: { planId: 4, description: 'Cook on Sundays', horizon: 'over-time', dueOn: null },
    })
  })
})

describe('check-in recorder', () => {
  it('offers today and recent due days, and records an outcome with its note', async () => {
    const fake = installFakeBridge({
      'plans.listCheckIns': {
        ok: true,
        value: [{ commitmentId: 9, onDate: '2026-11-23', outcome: 'missed', note: 'Forgot', recordedAt: '' }],
      },
      'plans.recordCheckIn': { ok: true, value: {} },
    })
    const wrapper = mount(CheckInRecorder, {
      props: {
        commitment: commitment({ startOn: '2026-11-22', recentDueDays: ['2026-11-24', '2026-11-23', '2026-11-22'] }),
        today: '2026-11-24',
      },
      global: { plugins: [pinia] },
    })
    await flushPromises()
    // The rows are exactly the due days core sent (it leaves out paused days), newest first.
    const rows = wrapper.findAll('li')
    expect(rows.map((row) => row.find('.date').text())).toEqual(['Today', 'Yesterday', expect.any(String)])
    const yesterday = wrapper.get('[data-testid="check-in-2026-11-23"]')
    expect(yesterday.get('button[aria-pressed="true"]').text()).toContain('Missed')
    expect(yesterday.text()).toContain('Forgot')

    const today = wrapper.get('[data-testid="check-in-2026-11-24"]')
    await today
      .findAll('button')
      .find((b) => b.text().includes('Add note'))!
      .trigger('click')
    await today.get('input').setValue('Texted at 17:40')
    await today
      .findAll('button')
      .find((b) => b.text().includes('Kept'))!
      .trigger('click')
    await flushPromises()
    expect(fake.calls.find((call) => call.procedure === 'plans.recordCheckIn')?.input).toEqual({
      commitmentId: 9,
      onDate: '2026-11-24',
      outcome: 'kept',
      note: 'Texted at 17:40',
    })
  })
})

describe('check-in recorder during a pause', () => {
  it('offers no row for days core left out as paused, but keeps a day already recorded', async () => {
    installFakeBridge({
      'plans.listCheckIns': {
        ok: true,
        value: [{ commitmentId: 9, onDate: '2026-11-21', outcome: 'kept', note: '', recordedAt: '' }],
      },
    })
    // Daily since Nov 20, paused Nov 22-23: core sends only the 24th and the days before the pause.
    const wrapper = mount(CheckInRecorder, {
      props: {
        commitment: commitment({ recentDueDays: ['2026-11-24', '2026-11-21', '2026-11-20'] }),
        today: '2026-11-24',
      },
      global: { plugins: [pinia] },
    })
    await flushPromises()
    expect(wrapper.find('[data-testid="check-in-2026-11-23"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="check-in-2026-11-22"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="check-in-2026-11-24"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="check-in-2026-11-21"]').exists()).toBe(true)
  })
})
