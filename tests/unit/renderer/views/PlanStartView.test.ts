import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Person } from '../../../../electron/contract'
import { createAppRouter } from '../../../../src/router'
import PlanStartView from '../../../../src/views/PlanStartView.vue'
import { STATUS, installFakeBridge } from '../fake-bridge'
import { repairPlan } from '../plan-overview-fixtures'

const SAM: Person = {
  id: 3,
  name: 'Sam Okafor',
  relationship: 'partner',
  notes: '',
  entryCount: 2,
  createdAt: '2026-11-01T10:00:00.000Z',
}

function bridge(people: Person[] = [SAM], extra: Parameters<typeof installFakeBridge>[0] = {}) {
  return installFakeBridge({
    'vault.getStatus': STATUS('unlocked'),
    'people.list': { ok: true, value: people },
    'templates.list': { ok: true, value: [] },
    'plans.create': { ok: true, value: repairPlan({ id: 12 }) },
    'plans.list': { ok: true, value: [] },
    'plans.getOverview': { ok: false, error: { code: 'NOT_FOUND', message: 'not here' } },
    ...extra,
  })
}

async function mountStart(path = '/plans/new') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push(path)
  const wrapper = mount(PlanStartView, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountStart>>['wrapper']

/** Types part of a name into the person field, then picks the first match from the list with the keys. */
async function pickPerson(wrapper: Wrapper, name: string): Promise<void> {
  const input = wrapper.find('#plan-person')
  await input.trigger('focus')
  await input.setValue(name)
  await input.trigger('keydown', { key: 'ArrowDown' })
  await input.trigger('keydown', { key: 'Enter' })
  await flushPromises()
}

async function fillBreach(wrapper: Wrapper): Promise<void> {
  await wrapper.find('#breach-what').setValue('I read their messages and then lied about it.')
  await wrapper.find('#breach-when').setValue('2026-11-02')
  await wrapper.findAll('input[name="breach-severity"]')[3]!.setValue(true)
  await wrapper.findAll('input[name="breach-kind"]')[2]!.setValue(true)
  await wrapper.findAll('input[name="breach-lie"]')[0]!.setValue(true)
}

function createCalls(fake: ReturnType<typeof bridge>) {
  return fake.calls.filter((call) => call.procedure === 'plans.create')
}

beforeEach(() => {
  vi.useRealTimers()
  window.location.hash = ''
  document.body.innerHTML = ''
})

describe('start a plan', () => {
  it('opens with the care note, which says what Mend is not for and links to the method', async () => {
    bridge()
    const { wrapper } = await mountStart()
    const note = wrapper.find('[data-testid="care-note"]')
    expect(note.text()).toContain('not meant for relationships where someone is afraid')
    expect(note.text()).toContain('contact your local emergency services')
    expect(note.text()).not.toMatch(/\d{3}[ -]?\d{3,}/)
    expect(note.find('a').attributes('href')).toBe('#/about-method')
  })

  it('names every missing answer beside its field, sends nothing, and moves focus to the first', async () => {
    const fake = bridge()
    const { wrapper } = await mountStart()
    await wrapper.find('#breach-when').setValue('')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#plan-person-error').text()).toBe('Choose whose trust this is about.')
    expect(wrapper.find('#breach-what-error').text()).toBe('Write a few words about what happened.')
    expect(wrapper.find('#breach-when-error').text()).toBe('Choose the day it happened.')
    expect(wrapper.find('#breach-severity-error').text()).toBe('Choose how serious it was for them.')
    expect(wrapper.find('#breach-kind-error').text()).toBe('Choose at least one.')
    expect(wrapper.find('#breach-lie-error').text()).toBe('Choose yes or no.')
    expect(wrapper.find('#breach-what').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#breach-what').attributes('aria-describedby')).toContain('breach-what-error')
    expect(document.activeElement?.id).toBe('plan-person')
    expect(createCalls(fake)).toHaveLength(0)
  })

  it('creates the plan for the chosen person with a default name, then opens its overview', async () => {
    const fake = bridge()
    const { wrapper, router } = await mountStart()
    await pickPerson(wrapper, 'sam')
    expect((wrapper.find('#plan-person').element as HTMLInputElement).value).toBe('Sam Okafor')
    expect(wrapper.find('#plan-title').attributes('placeholder')).toBe('Repairing things with Sam Okafor')
    await fillBreach(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(createCalls(fake).map((call) => call.input)).toEqual([
      {
        personId: 3,
        title: 'Repairing things with Sam Okafor',
        breach: {
          whatHappened: 'I read their messages and then lied about it.',
          occurredOn: '2026-11-02',
          severity: 4,
          kind: 'integrity',
          kinds: ['integrity'],
          involvedDeception: true,
        },
      },
    ])
    // The next screen is loaded on demand: on a busy machine that import takes a while.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/plans/12'), { timeout: 10_000 })
  })

  it('adds someone new inline first, and keeps a name the writer typed', async () => {
    const added: Person = { ...SAM, id: 9, name: 'Ana', relationship: 'sister', entryCount: 0 }
    const fake = bridge([], { 'people.create': { ok: true, value: added } })
    const { wrapper } = await mountStart()
    // With no one in the journal yet, the form asks for a name straight away.
    expect(wrapper.find('#plan-person-relationship').exists()).toBe(false)
    await wrapper.find('#plan-person').setValue('Ana')
    await wrapper.find('#plan-person-relationship').setValue('sister')
    await wrapper.find('#plan-title').setValue('The borrowed car')
    await fillBreach(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const order = fake.calls.map((call) => call.procedure).filter((name) => name.endsWith('create'))
    expect(order).toEqual(['people.create', 'plans.create'])
    expect(fake.calls.find((call) => call.procedure === 'people.create')?.input).toEqual({
      name: 'Ana',
      relationship: 'sister',
    })
    expect(createCalls(fake)[0]?.input).toMatchObject({ personId: 9, title: 'The borrowed car' })
  })

  it('adds someone new in place when Enter is pressed on a name no one has, and picks them', async () => {
    const added: Person = { ...SAM, id: 9, name: 'Robin', relationship: '', entryCount: 0 }
    const fake = bridge([SAM], { 'people.create': { ok: true, value: added } })
    const { wrapper } = await mountStart()
    const input = wrapper.find('#plan-person')
    await input.trigger('focus')
    await input.setValue('Robin')
    // The list offers to add the new name; no one is added until the person says so.
    expect(wrapper.findAll('[role="option"]').map((option) => option.text())).toEqual(['Add “Robin” as someone new'])
    expect(fake.calls.some((call) => call.procedure === 'people.create')).toBe(false)
    fake.replies['people.list'] = { ok: true, value: [SAM, added] }
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(fake.calls.find((call) => call.procedure === 'people.create')?.input).toEqual({
      name: 'Robin',
      relationship: '',
    })
    expect(wrapper.text()).toContain('Robin is in your journal’s people now.')
    // The relationship can still be given beside them; it is saved to the person.
    fake.replies['people.update'] = { ok: true, value: { ...added, relationship: 'partner' } }
    await wrapper.find('#plan-person-relationship').setValue('partner')
    await wrapper.find('#plan-person-relationship').trigger('change')
    await flushPromises()
    expect(fake.calls.find((call) => call.procedure === 'people.update')?.input).toEqual({
      id: 9,
      relationship: 'partner',
    })
    await fillBreach(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fake.calls.filter((call) => call.procedure === 'people.create')).toHaveLength(1)
    expect(createCalls(fake)[0]?.input).toMatchObject({ personId: 9, title: 'Repairing things with Robin' })
  })

  it('shows a refusal from main beside the field it names', async () => {
    const fake = bridge([SAM], {
      'plans.create': {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          field: 'breach.occurredOn',
          message: 'The field "breach.occurredOn" is not valid: That date does not exist.',
        },
      },
    })
    const { wrapper, router } = await mountStart('/plans/new?person=3')
    expect((wrapper.find('#plan-person').element as HTMLInputElement).value).toBe('Sam Okafor')
    await fillBreach(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(createCalls(fake)).toHaveLength(1)
    expect(wrapper.find('#breach-when-error').text()).toBe('That date does not exist.')
    expect(document.activeElement?.id).toBe('breach-when')
    expect(router.currentRoute.value.name).toBe('plan-new')
  })
})
