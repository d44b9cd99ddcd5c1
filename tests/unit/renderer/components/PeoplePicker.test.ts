import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Person } from '../../../../electron/contract'
import PeoplePicker from '../../../../src/components/journal/PeoplePicker.vue'
import { installFakeBridge } from '../fake-bridge'

const person = (id: number, name: string): Person => ({
  id,
  name,
  relationship: '',
  notes: '',
  entryCount: 0,
  createdAt: '2026-11-01T10:00:00.000Z',
})

beforeEach(() => setActivePinia(createPinia()))

describe('people of an entry, picked or added in place', () => {
  it('Enter on a new name adds them to the journal’s people and links them, without leaving the entry', async () => {
    const robin = person(9, 'Robin')
    const fake = installFakeBridge({
      'people.create': { ok: true, value: robin },
      'people.list': { ok: true, value: [person(3, 'Sam'), robin] },
      'templates.list': { ok: true, value: [] },
    })
    const wrapper = mount(PeoplePicker, { props: { modelValue: [3], people: [person(3, 'Sam')] } })
    const input = wrapper.get('input')
    await input.setValue('Robin')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(fake.calls.find((call) => call.procedure === 'people.create')?.input).toEqual({
      name: 'Robin',
      relationship: '',
    })
    expect(wrapper.emitted('update:modelValue')).toEqual([[[3, 9]]])
    expect(wrapper.get('[role="status"]').text()).toBe('Robin is added and linked to this entry.')
    expect((input.element as HTMLInputElement).value).toBe('')
  })

  it('Enter on the name of someone already there picks them, adding no one', async () => {
    const fake = installFakeBridge({})
    const wrapper = mount(PeoplePicker, { props: { modelValue: [], people: [person(3, 'Sam Okafor')] } })
    await wrapper.get('input').setValue('sam okafor')
    await wrapper.get('input').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(fake.calls).toEqual([])
    expect(wrapper.emitted('update:modelValue')).toEqual([[[3]]])
  })
})
