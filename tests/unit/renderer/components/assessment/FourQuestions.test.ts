import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { StepAnswers } from '../../../../../electron/contract'
import FourQuestions from '../../../../../src/components/assessment/FourQuestions.vue'
import { installFakeBridge } from '../../fake-bridge'
import { CHECKS, LEDGER, answer } from './assessment-fixtures'

const NEWER = answer({
  id: 42,
  step: 'ownership',
  answer: 'yes',
  note: 'He named it without a but.',
  evidenceIds: [11],
  answeredAt: '2026-11-20T18:00:00.000Z',
})
const OLDER = answer({ id: 41, step: 'ownership', answer: 'partly', note: 'Only half of it.' })

const ANSWERS: StepAnswers[] = [
  { step: 'ownership', current: NEWER, history: [NEWER, OLDER] },
  { step: 'compassion', current: null, history: [] },
  { step: 'amends', current: null, history: [] },
  { step: 'action', current: null, history: [] },
]

function mountQuestions(readonly = false) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const fake = installFakeBridge({
    'assessments.answerStep': { ok: true, value: answer({ id: 50, step: 'amends', answer: 'partly' }) },
  })
  const wrapper = mount(FourQuestions, {
    props: { assessmentId: 5, answers: ANSWERS, evidence: LEDGER, checks: CHECKS, today: '2026-11-24', readonly },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
  return { wrapper, fake }
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('the four questions', () => {
  it('shows each step’s question and current answer, with what supports it', () => {
    const { wrapper } = mountQuestions()
    const ownership = wrapper.find('[data-testid="question-ownership"]')
    expect(ownership.find('h3').text()).toBe('Take ownership')
    expect(ownership.find('.ask').text()).toContain('without excuses')
    expect(ownership.find('[data-testid="current-answer"]').text()).toBe('Yes')
    expect(ownership.text()).toContain('“He named it without a but.”')
    expect(ownership.findAll('[data-evidence-id]').map((item) => item.attributes('data-evidence-id'))).toEqual(['11'])
    expect(wrapper.find('[data-testid="question-amends"] [data-testid="current-answer"]').text()).toBe(
      'Not answered yet',
    )
  })

  it('keeps every answer, newest first', () => {
    const { wrapper } = mountQuestions()
    const history = wrapper.find('[data-testid="question-ownership"] [data-testid="answer-history"]')
    expect(history.find('summary').text()).toBe('History: 2 answers, newest first')
    const items = history.findAll('[data-testid="history-item"]')
    expect(items.map((item) => item.find('strong').text())).toEqual(['Yes', 'Partly'])
    expect(items[1]!.text()).toContain('Only half of it.')
    expect(wrapper.find('[data-testid="question-amends"] [data-testid="answer-history"]').exists()).toBe(false)
  })

  it('asks for an answer before saving, then saves it with the evidence ticked', async () => {
    const { wrapper, fake } = mountQuestions()
    const amends = wrapper.find('[data-testid="question-amends"]')
    await amends
      .findAll('button')
      .find((b) => b.text() === 'Answer')!
      .trigger('click')
    const form = amends.find('[data-testid="answer-form"]')
    expect(document.activeElement).toBe(form.find('input[type="radio"]').element)
    // Observations tied to this step come first.
    expect(form.find('.group-title').text()).toBe('Tied to this step')
    expect(form.find('.tick').text()).toContain('Paid for the repair')
    await form.trigger('submit')
    expect(form.find('.field-error').text()).toBe('Choose an answer: not yet, partly or yes.')
    expect(fake.calls).toEqual([])

    await form.find('input[value="partly"]').setValue(true)
    await form.find('textarea').setValue(' One amend, nothing since. ')
    await form.find('input[type="checkbox"][value="15"]').setValue(true)
    await form.trigger('submit')
    await flushPromises()
    expect(fake.calls.map((call) => call.input)).toEqual([
      { assessmentId: 5, step: 'amends', answer: 'partly', note: 'One amend, nothing since.', evidenceIds: [15] },
    ])
    expect(amends.find('[data-testid="answer-form"]').exists()).toBe(false)
  })

  it('answers again starting from the evidence of the current answer', async () => {
    const { wrapper, fake } = mountQuestions()
    const ownership = wrapper.find('[data-testid="question-ownership"]')
    await ownership
      .findAll('button')
      .find((b) => b.text() === 'Answer again')!
      .trigger('click')
    const form = ownership.find('[data-testid="answer-form"]')
    expect((form.find('input[type="checkbox"][value="11"]').element as HTMLInputElement).checked).toBe(true)
    await form.find('input[value="yes"]').setValue(true)
    await form.trigger('submit')
    await flushPromises()
    expect(fake.calls[0]?.input).toMatchObject({ step: 'ownership', answer: 'yes', evidenceIds: [11] })
  })

  it('offers no answering on an archived assessment, but keeps the history', () => {
    const { wrapper } = mountQuestions(true)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.findAll('[data-testid="history-item"]')).toHaveLength(2)
  })
})
