import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { RATING_ITEMS } from '../../../../../electron/contract'
import PeriodicCheck from '../../../../../src/components/assessment/PeriodicCheck.vue'
import { formatLocalDay } from '../../../../../src/components/plans/plan-format'
import { installFakeBridge } from '../../fake-bridge'
import { CHECKS, check, ratings, trustAssessment } from './assessment-fixtures'

function mountCheck(props: { nextCheckOn: string; readonly?: boolean; checks?: typeof CHECKS }) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const fake = installFakeBridge({
    'assessments.recordCheck': { ok: true, value: check(30, '2026-11-24', ratings(4)) },
    'assessments.deleteCheck': { ok: true, value: {} },
    'assessments.update': { ok: true, value: trustAssessment({ checkEveryDays: 7 }) },
  })
  const wrapper = mount(PeriodicCheck, {
    props: { assessmentId: 5, checks: CHECKS, checkEveryDays: 14, today: '2026-11-24', ...props },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
  return { wrapper, fake }
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('periodic check', () => {
  it('says when a check is due, and asks the five questions as 1-5 radio groups', () => {
    const { wrapper } = mountCheck({ nextCheckOn: '2026-11-23' })
    expect(wrapper.find('[data-testid="check-due"]').text()).toContain('A periodic check is due.')
    const groups = wrapper.findAll('[data-testid="check-form"] fieldset')
    expect(groups.map((group) => group.find('legend').text())).toEqual([
      'Reliability',
      'Accountability',
      'Honesty',
      'Care',
      'Respect',
    ])
    expect(groups[0]!.text()).toContain('Lately, have they done what they said they would do?')
    // One radio group per item (arrow keys move inside it), each point with a word as well as a number.
    const radios = groups[2]!.findAll('input[type="radio"]')
    expect(radios.map((radio) => radio.attributes('name'))).toEqual(Array(5).fill('rating-honesty'))
    expect(groups[2]!.findAll('label').map((label) => label.text())).toEqual([
      '1, Not at all',
      '2, A little',
      '3, Somewhat',
      '4, Mostly',
      '5, Fully',
    ])
    expect(groups[2]!.attributes('aria-describedby')).toBe('rating-honesty-q')
  })

  it('is not due before its day, but can be taken early', async () => {
    const { wrapper } = mountCheck({ nextCheckOn: '2026-12-07' })
    expect(wrapper.find('[data-testid="check-due"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="check-next"]').text()).toContain(formatLocalDay('2026-12-07'))
    expect(wrapper.find('[data-testid="check-form"]').exists()).toBe(false)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Take one now anyway')!
      .trigger('click')
    expect(wrapper.find('[data-testid="check-form"]').exists()).toBe(true)
  })

  it('names the items not rated yet and sends nothing', async () => {
    const { wrapper, fake } = mountCheck({ nextCheckOn: '2026-11-24' })
    await wrapper.find('input[name="rating-reliability"][value="4"]').setValue(true)
    await wrapper.find('input[name="rating-care"][value="2"]').setValue(true)
    await wrapper.find('[data-testid="check-form"]').trigger('submit')
    await flushPromises()
    const missing = wrapper.findAll('fieldset').filter((group) => group.find('.field-error').exists())
    expect(missing.map((group) => group.find('legend').text())).toEqual(['Accountability', 'Honesty', 'Respect'])
    expect(document.activeElement?.getAttribute('name')).toBe('rating-accountability')
    expect(fake.calls).toEqual([])
  })

  it('records the five ratings with the day and note', async () => {
    const { wrapper, fake } = mountCheck({ nextCheckOn: '2026-11-24' })
    const values = [4, 3, 2, 5, 4]
    for (const [index, item] of RATING_ITEMS.entries())
      await wrapper.find(`input[name="rating-${item}"][value="${values[index]}"]`).setValue(true)
    await wrapper.find('#check-note').setValue('A calmer fortnight')
    await wrapper.find('[data-testid="check-form"]').trigger('submit')
    await flushPromises()
    expect(fake.calls.map((call) => [call.procedure, call.input])).toEqual([
      [
        'assessments.recordCheck',
        {
          assessmentId: 5,
          takenOn: '2026-11-24',
          ratings: { reliability: 4, accountability: 3, honesty: 2, care: 5, respect: 4 },
          note: 'A calmer fortnight',
        },
      ],
    ])
  })

  it('lists past checks newest first, and deletes one only after asking', async () => {
    const { wrapper, fake } = mountCheck({ nextCheckOn: '2026-12-07' })
    const items = wrapper.findAll('[data-testid="check-history"] > li')
    expect(items.map((item) => item.find('strong').text())).toEqual([
      formatLocalDay('2026-11-23'),
      formatLocalDay('2026-11-09'),
    ])
    expect(items[0]!.text()).toContain('average 3.6')
    await items[1]!.find('button').trigger('click')
    expect(fake.calls).toEqual([])
    await items[1]!
      .findAll('button')
      .find((b) => b.text() === 'Delete')!
      .trigger('click')
    await flushPromises()
    expect(fake.calls.map((call) => [call.procedure, call.input])).toEqual([['assessments.deleteCheck', { id: 21 }]])
  })

  it('changes how often a check comes round', async () => {
    const { wrapper, fake } = mountCheck({ nextCheckOn: '2026-12-07' })
    await wrapper.find('#check-every').setValue(7)
    await wrapper.find('form.every').trigger('submit')
    await flushPromises()
    expect(fake.calls.map((call) => call.input)).toEqual([{ id: 5, checkEveryDays: 7 }])
  })

  it('is never due, and offers no changes, on an archived assessment', () => {
    const { wrapper } = mountCheck({ nextCheckOn: '2026-11-01', readonly: true })
    expect(wrapper.find('[data-testid="check-due"]').exists()).toBe(false)
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="check-history"] > li')).toHaveLength(2)
  })
})
