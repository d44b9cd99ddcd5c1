import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CommitmentForm from '../../../../../src/components/plans/steps/CommitmentForm.vue'
import type { CommitmentFields } from '../../../../../src/components/plans/steps/commitment-hints'
import { commitment } from './plan-fixtures'

/** Today is a Saturday. */
const SATURDAY = '2026-11-28'
const SUNDAY = '2026-11-29'

function form(props: Record<string, unknown> = {}) {
  return mount(CommitmentForm, { props: { today: SATURDAY, ...props } })
}

async function submit(wrapper: ReturnType<typeof form>): Promise<CommitmentFields> {
  await wrapper.get('form').trigger('submit')
  const sent = wrapper.emitted('submit')
  expect(sent).toHaveLength(1)
  return sent![0]![0] as CommitmentFields
}

describe('how often a commitment falls due follows the day it starts', () => {
  it('a weekly one starting on a Sunday is every Sunday, whatever day it is today', async () => {
    const wrapper = form()
    await wrapper.get('input[id$="-behaviour"]').setValue('Cook dinner together')
    await wrapper.get('select[id$="-kind"]').setValue('weekly')
    await wrapper.get('input[type="date"]').setValue(SUNDAY)
    expect((wrapper.get('select[id$="-weekday"]').element as HTMLSelectElement).value).toBe('0')
    expect(await submit(wrapper)).toMatchObject({ cadence: { kind: 'weekly', weekday: 0 }, startOn: SUNDAY })
  })

  it('the start day chosen first, then "once a week", still lands on the start day', async () => {
    const wrapper = form()
    await wrapper.get('input[id$="-behaviour"]').setValue('Cook dinner together')
    await wrapper.get('input[type="date"]').setValue(SUNDAY)
    await wrapper.get('select[id$="-kind"]').setValue('weekly')
    expect(await submit(wrapper)).toMatchObject({ cadence: { kind: 'weekly', weekday: 0 } })
  })

  it('a day the person picks stays picked when the start day moves', async () => {
    const wrapper = form()
    await wrapper.get('input[id$="-behaviour"]').setValue('Walk together')
    await wrapper.get('select[id$="-kind"]').setValue('weekly')
    await wrapper.get('select[id$="-weekday"]').setValue('3')
    await wrapper.get('input[type="date"]').setValue(SUNDAY)
    expect(await submit(wrapper)).toMatchObject({ cadence: { kind: 'weekly', weekday: 3 } })
  })

  it('monthly and chosen weekdays start from the start day too', async () => {
    const monthly = form()
    await monthly.get('input[id$="-behaviour"]').setValue('Pay back 50')
    await monthly.get('select[id$="-kind"]').setValue('monthly')
    await monthly.get('input[type="date"]').setValue('2026-12-03')
    expect(await submit(monthly)).toMatchObject({ cadence: { kind: 'monthly', dayOfMonth: 3 } })

    const days = form()
    await days.get('input[id$="-behaviour"]').setValue('Gym before work')
    await days.get('select[id$="-kind"]').setValue('days')
    await days.get('input[type="date"]').setValue(SUNDAY)
    expect(await submit(days)).toMatchObject({ cadence: { kind: 'days', weekdays: [0] } })
  })

  it('editing keeps the saved cadence until the person changes it', async () => {
    const wrapper = form({
      commitment: commitment({ cadence: { kind: 'weekly', weekday: 5 }, startOn: '2026-11-20' }),
    })
    await wrapper.get('input[type="date"]').setValue(SUNDAY)
    expect(await submit(wrapper)).toMatchObject({ cadence: { kind: 'weekly', weekday: 5 } })
  })
})
