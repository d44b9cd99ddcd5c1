import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Person } from '../../../../electron/contract'
import { createAppRouter } from '../../../../src/router'
import AssessmentStartView from '../../../../src/views/AssessmentStartView.vue'
import { trustAssessment } from '../components/assessment/assessment-fixtures'
import { STATUS, installFakeBridge } from '../fake-bridge'

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
    'assessments.create': { ok: true, value: trustAssessment({ id: 12 }) },
    'assessments.list': { ok: true, value: [] },
    'assessments.getOverview': { ok: false, error: { code: 'NOT_FOUND', message: 'not here' } },
    ...extra,
  })
}

async function mountStart(path = '/assessments/new') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push(path)
  const wrapper = mount(AssessmentStartView, { global: { plugins: [pinia, router] }, attachTo: document.body })
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
  await wrapper.find('#breach-what').setValue('Sam read my messages, then said they had not.')
  await wrapper.find('#breach-when').setValue('2026-11-02')
  await wrapper.findAll('input[name="breach-severity"]')[3]!.setValue(true)
  await wrapper.findAll('input[name="breach-kind"]')[2]!.setValue(true)
  await wrapper.findAll('input[name="breach-lie"]')[0]!.setValue(true)
}

const createCalls = (fake: ReturnType<typeof bridge>) =>
  fake.calls.filter((call) => call.procedure === 'assessments.create').map((call) => call.input)

beforeEach(() => {
  vi.useRealTimers()
  window.location.hash = ''
  document.body.innerHTML = ''
})

describe('start a trust assessment', () => {
  it('opens with the same care note as plans, in the assessment’s words', async () => {
    bridge()
    const { wrapper } = await mountStart()
    const note = wrapper.find('[data-testid="care-note"]')
    expect(note.text()).toContain('not meant for relationships where someone is afraid')
    expect(note.text()).toContain('It helps you notice what someone does, not only what they say.')
    expect(note.text()).toContain('contact your local emergency services')
  })

  it('asks about the breach from the side of the one who was hurt', async () => {
    bridge()
    const { wrapper } = await mountStart()
    expect(wrapper.find('label[for="plan-person"]').text()).toBe('Who is this about?')
    const legends = wrapper.findAll('legend').map((legend) => legend.text())
    expect(legends).toContain('How serious was it for you?')
    const kinds = wrapper.findAll('input[name="breach-kind"]').map((input) => input.element.parentElement!.textContent)
    // What went wrong, in plain words, pick any: forgetting and lying can both be true.
    expect(kinds).toEqual([
      'They forgot, or fell short of something they meant to do',
      'They did not look after me or my feelings',
      'They broke their word, or something they say they believe in',
    ])
    expect(wrapper.findAll('input[name="breach-kind"]').every((input) => input.attributes('type') === 'checkbox')).toBe(
      true,
    )
    expect((wrapper.find('#assessment-every').element as HTMLInputElement).value).toBe('14')
  })

  it('names every missing answer beside its field, sends nothing, and moves focus to the first', async () => {
    const fake = bridge()
    const { wrapper } = await mountStart()
    await wrapper.find('#assessment-every').setValue('')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#plan-person-error').text()).toBe('Choose who this is about.')
    expect(wrapper.find('#breach-what-error').text()).toBe('Write a few words about what happened.')
    expect(wrapper.find('#breach-severity-error').text()).toBe('Choose how serious it was for you.')
    expect(wrapper.find('#breach-kind-error').text()).toBe('Choose at least one.')
    expect(wrapper.find('#breach-lie-error').text()).toBe('Choose yes or no.')
    expect(wrapper.find('#assessment-every-error').text()).toBe('Choose a number of days from 1 to 365.')
    expect(wrapper.find('#assessment-every').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement?.id).toBe('plan-person')
    expect(createCalls(fake)).toEqual([])
  })

  it('creates the assessment with a default name and a check every two weeks, then opens it', async () => {
    const fake = bridge()
    const { wrapper, router } = await mountStart()
    await pickPerson(wrapper, 'sam')
    expect((wrapper.find('#plan-person').element as HTMLInputElement).value).toBe('Sam Okafor')
    expect(wrapper.find('#assessment-title').attributes('placeholder')).toBe('Trust with Sam Okafor')
    await fillBreach(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(createCalls(fake)).toEqual([
      {
        personId: 3,
        title: 'Trust with Sam Okafor',
        breach: {
          whatHappened: 'Sam read my messages, then said they had not.',
          occurredOn: '2026-11-02',
          severity: 4,
          kind: 'integrity',
          kinds: ['integrity'],
          involvedDeception: true,
        },
        checkEveryDays: 14,
      },
    ])
    // The next screen is loaded on demand: on a busy machine that import takes a while.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/assessments/12'), { timeout: 10_000 })
  })

  it('adds someone new first, and takes the interval the person chose', async () => {
    const added: Person = { ...SAM, id: 9, name: 'Ana', relationship: 'sister', entryCount: 0 }
    const fake = bridge([], { 'people.create': { ok: true, value: added } })
    const { wrapper } = await mountStart()
    expect(wrapper.find('.person-choice .hint').text()).toContain('Type their name')
    await wrapper.find('#plan-person').setValue('Ana')
    await fillBreach(wrapper)
    await wrapper.find('#assessment-every').setValue(7)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const order = fake.calls.map((call) => call.procedure).filter((name) => name.endsWith('create'))
    expect(order).toEqual(['people.create', 'assessments.create'])
    expect(createCalls(fake)[0]).toMatchObject({ personId: 9, title: 'Trust with Ana', checkEveryDays: 7 })
  })

  it('shows a refusal from main beside the field it names', async () => {
    const fake = bridge([SAM], {
      'assessments.create': {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          field: 'breach.occurredOn',
          message: 'The field "breach.occurredOn" is not valid: That date does not exist.',
        },
      },
    })
    const { wrapper, router } = await mountStart('/assessments/new?person=3')
    expect((wrapper.find('#plan-person').element as HTMLInputElement).value).toBe('Sam Okafor')
    await fillBreach(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(createCalls(fake)).toHaveLength(1)
    expect(wrapper.find('#breach-when-error').text()).toBe('That date does not exist.')
    expect(document.activeElement?.id).toBe('breach-when')
    expect(router.currentRoute.value.name).toBe('assessment-new')
  })
})
