import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import EvidenceLedger from '../../../../../src/components/assessment/EvidenceLedger.vue'
import { formatLocalDay } from '../../../../../src/components/plans/plan-format'
import { createAppRouter } from '../../../../../src/router'
import { STATUS, installFakeBridge } from '../../fake-bridge'
import { summary } from '../../journal-fixtures'
import { LEDGER, evidence } from './assessment-fixtures'

function bridge() {
  return installFakeBridge({
    'vault.getStatus': STATUS('unlocked'),
    'journal.getTimelineOutline': { ok: true, value: { total: 2, months: [{ month: '2026-11', count: 2 }] } },
    'journal.listEntries': { ok: true, value: [summary(0), summary(1)] },
    'assessments.addEvidence': { ok: true, value: evidence({ id: 30, kind: 'action' }) },
    'assessments.updateEvidence': { ok: true, value: evidence({ id: 14, kind: 'action' }) },
    'assessments.deleteEvidence': { ok: true, value: {} },
    'assessments.resolvePromise': { ok: true, value: evidence({ id: 13, kind: 'word' }) },
  })
}

async function mountLedger(items = LEDGER, readonly = false) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(EvidenceLedger, {
    props: { assessmentId: 5, evidence: items, today: '2026-11-24', readonly },
    global: { plugins: [pinia, createAppRouter()] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountLedger>>
const button = (wrapper: Wrapper, text: string) => wrapper.findAll('button').find((b) => b.text() === text)!
const item = (wrapper: Wrapper, kind: string) => wrapper.find(`[data-testid="evidence-item"][data-kind="${kind}"]`)
const callsTo = (fake: ReturnType<typeof bridge>, procedure: string) =>
  fake.calls.filter((call) => call.procedure === procedure).map((call) => call.input)

async function openForm(wrapper: Wrapper) {
  await button(wrapper, 'Add an observation').trigger('click')
  await flushPromises()
  return wrapper.find('[data-testid="evidence-form"]')
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('evidence ledger', () => {
  it('names each missing answer beside its field, sends nothing, and focuses the first', async () => {
    const fake = bridge()
    const wrapper = await mountLedger([])
    const form = await openForm(wrapper)
    await form.find('textarea').setValue('   ')
    await form.trigger('submit')
    await flushPromises()
    const errors = form.findAll('.field-error').map((error) => error.text())
    expect(errors).toEqual([
      'Choose what kind of observation this is.',
      'Write a few words about what you saw or heard.',
    ])
    expect(form.find('textarea').attributes('aria-invalid')).toBe('true')
    expect((document.activeElement as HTMLInputElement).value).toBe('word')
    expect(callsTo(fake, 'assessments.addEvidence')).toEqual([])
  })

  it('asks what kind of words, refuses a day to come and a promise due before it was made', async () => {
    const fake = bridge()
    const wrapper = await mountLedger([])
    const form = await openForm(wrapper)
    await form.find('input[value="word"]').setValue(true)
    await form.find('input[type="date"]').setValue('2026-11-25')
    await form.find('textarea').setValue('He said he would stop.')
    await form.trigger('submit')
    expect(form.text()).toContain('Choose what kind of words they were.')
    expect(form.text()).toContain('That day has not come yet.')

    await form.find('input[value="promise"]').setValue(true)
    const [observed, due] = form.findAll('input[type="date"]')
    await observed!.setValue('2026-11-20')
    await due!.setValue('2026-11-19')
    await form.trigger('submit')
    expect(form.findAll('.field-error').map((error) => error.text())).toEqual([
      'A promise cannot fall due before it was made.',
    ])
    expect(callsTo(fake, 'assessments.addEvidence')).toEqual([])

    await due!.setValue('2026-12-01')
    await form.find('select').setValue('action')
    await form.trigger('submit')
    await flushPromises()
    expect(callsTo(fake, 'assessments.addEvidence')).toEqual([
      {
        assessmentId: 5,
        observedOn: '2026-11-20',
        kind: 'word',
        wordType: 'promise',
        step: 'action',
        description: 'He said he would stop.',
        entryId: null,
        dueOn: '2026-12-01',
      },
    ])
    expect(wrapper.find('[data-testid="evidence-form"]').exists()).toBe(false)
  })

  it('keeps word types and due days off deeds, and links a journal entry when chosen', async () => {
    const fake = bridge()
    const wrapper = await mountLedger([])
    const form = await openForm(wrapper)
    await form.find('input[value="word"]').setValue(true)
    await form.find('input[value="promise"]').setValue(true)
    await form.findAll('input[type="date"]')[1]!.setValue('2026-12-01')
    // Changed their mind: it was something done, not something said.
    await form.find('input[value="action"]').setValue(true)
    expect(form.findAll('input[type="date"]')).toHaveLength(1)
    await form.find('textarea').setValue('  Cooked dinner and talked it through.  ')
    const entrySelect = form.findAll('select')[1]!
    expect(entrySelect.findAll('option').map((option) => option.text().split(' · ')[0])).toEqual([
      'No entry',
      'Entry 0',
      'Entry 1',
    ])
    await entrySelect.setValue('2')
    await form.trigger('submit')
    await flushPromises()
    expect(callsTo(fake, 'assessments.addEvidence')[0]).toMatchObject({
      kind: 'action',
      wordType: null,
      dueOn: null,
      entryId: 2,
      description: 'Cooked dinner and talked it through.',
    })
  })

  it('marks a promise kept, broken or not yet through the store, asking on which day', async () => {
    const fake = bridge()
    const wrapper = await mountLedger()
    const open = wrapper.findAll('[data-testid="evidence-item"]').find((item) => item.text().includes('stop reading'))!
    expect(open.find('[data-testid="promise-state"]').text()).toBe(`Due by ${formatLocalDay('2026-11-30')}`)
    expect(open.find('[aria-pressed="true"]').text()).toBe('Not yet')
    // Due on the 30th, marked on the 24th: the day it was kept can be no later than today.
    await open
      .findAll('button')
      .find((b) => b.text() === 'Kept')!
      .trigger('click')
    const day = open.get('input[type="date"]')
    expect((day.element as HTMLInputElement).value).toBe('2026-11-24')
    await open.get('[data-testid="promise-day"] form').trigger('submit')
    await flushPromises()
    await open
      .findAll('button')
      .find((b) => b.text() === 'Broken')!
      .trigger('click')
    await open.get('input[type="date"]').setValue('2026-11-21')
    await open.get('[data-testid="promise-day"] form').trigger('submit')
    await flushPromises()
    const kept = wrapper.findAll('[data-testid="evidence-item"]').find((item) => item.text().includes('tell me first'))!
    expect(kept.find('[data-testid="promise-state"]').text()).toBe(`Kept on ${formatLocalDay('2026-11-15')}`)
    await kept
      .findAll('button')
      .find((b) => b.text() === 'Not yet')!
      .trigger('click')
    await flushPromises()
    expect(callsTo(fake, 'assessments.resolvePromise')).toEqual([
      { id: 13, resolution: 'kept', resolvedOn: '2026-11-24' },
      { id: 13, resolution: 'broken', resolvedOn: '2026-11-21' },
      { id: 12, resolution: null },
    ])
    // Only promises carry the buttons.
    const apology = wrapper.findAll('[data-testid="evidence-item"]').find((item) => item.text().includes('sorry'))!
    expect(apology.find('[role="group"]').exists()).toBe(false)
  })

  it('dates a promise kept on its due day, not on the day it is marked', async () => {
    const fake = bridge()
    const due = evidence({
      id: 40,
      kind: 'word',
      wordType: 'promise',
      observedOn: '2026-11-08',
      dueOn: '2026-11-14',
      description: 'Promised to come to my sister’s dinner',
    })
    const wrapper = await mountLedger([due])
    const item = wrapper.get('[data-testid="evidence-item"]')
    await item
      .findAll('button')
      .find((b) => b.text() === 'Kept')!
      .trigger('click')
    const day = item.get('[data-testid="promise-day"] input[type="date"]')
    expect((day.element as HTMLInputElement).value).toBe('2026-11-14')
    expect(day.attributes('min')).toBe('2026-11-08')
    expect(day.attributes('max')).toBe('2026-11-24')
    await item.get('[data-testid="promise-day"] form').trigger('submit')
    await flushPromises()
    expect(callsTo(fake, 'assessments.resolvePromise')).toEqual([
      { id: 40, resolution: 'kept', resolvedOn: '2026-11-14' },
    ])
  })

  it('shows words and deeds differently: hollow circles against filled shapes', async () => {
    bridge()
    const wrapper = await mountLedger()
    const marker = (kind: string) => item(wrapper, kind).find('svg')
    expect(marker('word').find('circle').attributes('fill')).toBe('none')
    expect(marker('action').find('rect').exists()).toBe(true)
    expect(marker('action').find('rect').attributes('fill')).toBeUndefined()
    expect(marker('slip').attributes('data-kind')).toBe('slip')
    expect(item(wrapper, 'word').classes()).toContain('word')
    expect(item(wrapper, 'action').classes()).toContain('action')
  })

  it('filters by kind, with counts', async () => {
    bridge()
    const wrapper = await mountLedger()
    expect(wrapper.find('[data-testid="filter-word"]').text()).toBe('Words 3')
    await wrapper.find('[data-testid="filter-word"]').trigger('click')
    expect(wrapper.findAll('[data-testid="evidence-item"]').map((item) => item.attributes('data-kind'))).toEqual([
      'word',
      'word',
      'word',
    ])
    await wrapper.find('[data-testid="filter-slip"]').trigger('click')
    expect(wrapper.findAll('[data-testid="evidence-item"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="filter-slip"]').attributes('aria-pressed')).toBe('true')
    await button(wrapper, 'All 6').trigger('click')
    expect(wrapper.findAll('[data-testid="evidence-item"]')).toHaveLength(6)
  })

  it('deletes only after confirming, and keeps the item when the person changes their mind', async () => {
    const fake = bridge()
    const wrapper = await mountLedger()
    const slip = item(wrapper, 'slip')
    await slip
      .findAll('button')
      .find((b) => b.text() === 'Delete…')!
      .trigger('click')
    expect(slip.text()).toContain('Delete it?')
    expect(document.activeElement?.textContent?.trim()).toBe('Keep it')
    await slip
      .findAll('button')
      .find((b) => b.text() === 'Keep it')!
      .trigger('click')
    expect(callsTo(fake, 'assessments.deleteEvidence')).toEqual([])
    await slip
      .findAll('button')
      .find((b) => b.text() === 'Delete…')!
      .trigger('click')
    await slip
      .findAll('button')
      .find((b) => b.text() === 'Delete')!
      .trigger('click')
    await flushPromises()
    expect(callsTo(fake, 'assessments.deleteEvidence')).toEqual([{ id: 16 }])
  })

  it('edits an observation in place', async () => {
    const fake = bridge()
    const wrapper = await mountLedger()
    const action = item(wrapper, 'action')
    await action
      .findAll('button')
      .find((b) => b.text() === 'Edit')!
      .trigger('click')
    await flushPromises()
    const form = action.find('[data-testid="evidence-form"]')
    expect((form.find('textarea').element as HTMLTextAreaElement).value).toBe('Came home on time')
    await form.find('textarea').setValue('Came home on time, three evenings running')
    await form.trigger('submit')
    await flushPromises()
    expect(callsTo(fake, 'assessments.updateEvidence')).toEqual([
      {
        id: 14,
        observedOn: '2026-11-10',
        kind: 'action',
        wordType: null,
        step: 'action',
        description: 'Came home on time, three evenings running',
        entryId: null,
        dueOn: null,
      },
    ])
  })

  it('offers no changes on an archived assessment', async () => {
    bridge()
    const wrapper = await mountLedger(LEDGER, true)
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Add an observation')
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Kept')
    expect(wrapper.findAll('[data-testid="evidence-item"]')).toHaveLength(6)
  })
})
