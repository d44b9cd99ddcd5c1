import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AssessmentOverview } from '../../../../electron/contract'
import { createAppRouter } from '../../../../src/router'
import AssessmentView from '../../../../src/views/AssessmentView.vue'
import {
  CHECKS,
  FIGURES,
  LEDGER,
  answer,
  assessmentOverview,
  trustAssessment,
} from '../components/assessment/assessment-fixtures'
import { STATUS, installFakeBridge } from '../fake-bridge'

// The overview draws a chart; happy-dom cannot, and the chart has its own tests.
vi.mock('../../../../src/components/assessment/TrendChart.vue', () => ({
  default: { name: 'TrendChart', props: ['checks', 'evidence', 'origin', 'today'], template: '<div class="trend" />' },
}))

const FULL = assessmentOverview({
  evidence: LEDGER,
  checks: CHECKS,
  figures: FIGURES,
  nextCheckOn: '2026-12-07',
  summary: {
    lines: [{ text: 'They have apologized and made one amend.', evidenceIds: [11, 15] }],
    missing: ['No actions repeated over time yet.'],
  },
  answers: assessmentOverview().answers.map((entry) =>
    entry.step === 'ownership'
      ? {
          ...entry,
          current: answer({ id: 2, step: 'ownership', answer: 'yes' }),
          history: [
            answer({ id: 2, step: 'ownership', answer: 'yes' }),
            answer({ id: 1, step: 'ownership', answer: 'partly' }),
          ],
        }
      : entry,
  ),
})

function bridge(overview: AssessmentOverview) {
  return installFakeBridge({
    'vault.getStatus': STATUS('unlocked'),
    'assessments.getOverview': { ok: true, value: overview },
    'assessments.delete': { ok: true, value: {} },
    'assessments.list': { ok: true, value: [] },
    'assessments.setStatus': { ok: true, value: trustAssessment({ status: 'archived' }) },
  })
}

async function mountOverview(path = '/assessments/5') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push(path)
  const wrapper = mount(AssessmentView, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountOverview>>['wrapper']
const button = (wrapper: Wrapper, text: string) => wrapper.findAll('button').find((b) => b.text() === text)!

/** Opens the assessment's menu and chooses an item by its words. */
async function fromMenu(wrapper: Wrapper, item: string): Promise<void> {
  await wrapper
    .findAll('button')
    .find((b) => b.text().startsWith('Assessment options'))!
    .trigger('click')
  await flushPromises()
  const entry = wrapper.findAll('[role="menuitem"]').find((b) => b.text() === item)
  expect(entry, `menu item ${item}`).toBeDefined()
  await entry!.trigger('click')
  await flushPromises()
}

beforeEach(() => {
  window.location.hash = ''
  document.body.innerHTML = ''
})

describe('assessment overview', () => {
  it('shows who and when, then where things stand: summary, figures and the trend', async () => {
    bridge(FULL)
    const { wrapper } = await mountOverview()
    expect(wrapper.find('h1').text()).toBe('Trust with Sam')
    expect(wrapper.find('[data-testid="assessment-meta"]').text()).toContain('About Sam Okafor')
    expect(wrapper.find('[data-testid="days-since"]').text()).toBe('22 days since it happened')
    expect(wrapper.find('.what-happened').text()).toContain(
      'They broke their word, or something they say they believe in',
    )
    expect(wrapper.find('[role="tab"][aria-selected="true"]').text()).toBe('Where things stand')
    expect(wrapper.find('[data-testid="summary-line"]').text()).toContain('They have apologized and made one amend.')
    expect(wrapper.findAll('[data-testid^="figure-"] [data-testid="figure-value"]')).toHaveLength(3)
    expect(wrapper.find('.trend').exists()).toBe(true)
  })

  it('moves between its parts with the tabs, by click and by arrow keys, and keeps the part in the address', async () => {
    bridge(FULL)
    const { wrapper, router } = await mountOverview()
    expect(wrapper.find('#tab-evidence').text()).toBe('What they said and did 6')
    await wrapper.find('#tab-evidence').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query['tab']).toBe('evidence')
    expect(wrapper.findAll('[data-testid="evidence-item"]')).toHaveLength(6)
    await wrapper.find('#tab-evidence').trigger('keydown', { key: 'ArrowRight' })
    await flushPromises()
    expect(router.currentRoute.value.query['tab']).toBe('questions')
    expect(document.activeElement?.id).toBe('tab-questions')
    expect(wrapper.find('#tab-questions').attributes('tabindex')).toBe('0')
    expect(wrapper.find('#tab-evidence').attributes('tabindex')).toBe('-1')
    expect(wrapper.find('[data-testid="question-ownership"] [data-testid="current-answer"]').text()).toBe('Yes')
    await wrapper.find('#tab-questions').trigger('keydown', { key: 'End' })
    await flushPromises()
    expect(wrapper.find('[data-testid="periodic-check"]').exists()).toBe(true)
  })

  it('opens a new assessment on one question: no empty figures, no empty chart, no call to a check', async () => {
    const fake = bridge(assessmentOverview({ nextCheckOn: '2026-11-24' }))
    fake.replies['assessments.addEvidence'] = { ok: true, value: LEDGER[2] }
    const { wrapper } = await mountOverview()
    const first = wrapper.get('[data-testid="first-question"]')
    expect(first.get('label').text()).toBe('What is the last thing Sam Okafor said or did about this?')
    expect(wrapper.find('[data-testid="figures"]').exists()).toBe(false)
    expect(wrapper.find('.trend').exists()).toBe(false)
    expect(wrapper.find('[data-testid="check-due-banner"]').exists()).toBe(false)
    // Answered, the observation is added like any other.
    await first.get('textarea').setValue('Came home on time and put the phone away')
    await first.findAll('input[type="radio"]')[1]!.setValue(true)
    await first.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls.find((call) => call.procedure === 'assessments.addEvidence')?.input).toMatchObject({
      assessmentId: 5,
      kind: 'action',
      description: 'Came home on time and put the phone away',
      observedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
  })

  it('shows only the figures with something behind them', async () => {
    const empty = { ...FIGURES[0]!, key: 'slips', label: 'Slips recorded', display: '0', evidenceIds: [], checkIds: [] }
    bridge({ ...FULL, figures: [...FIGURES, empty] })
    const { wrapper } = await mountOverview()
    expect(wrapper.findAll('[data-testid^="figure-"] [data-testid="figure-value"]')).toHaveLength(3)
    expect(wrapper.find('[data-testid="figure-slips"]').exists()).toBe(false)
  })

  it('says a check is due, with a way straight to it', async () => {
    bridge({ ...FULL, nextCheckOn: '2026-11-24' })
    const { wrapper, router } = await mountOverview()
    expect(wrapper.find('[data-testid="check-due-banner"]').text()).toContain('A periodic check is due.')
    expect(wrapper.find('#tab-check').text()).toContain('due')
    await wrapper.find('[data-testid="check-due-banner"] button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query['tab']).toBe('check')
    expect(wrapper.find('[data-testid="check-form"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="check-due-banner"]').exists()).toBe(false)
  })

  it('archives, and then says it is archived and offers to make it active again', async () => {
    const fake = bridge(FULL)
    const { wrapper } = await mountOverview()
    fake.replies['assessments.getOverview'] = {
      ok: true,
      value: { ...FULL, assessment: trustAssessment({ status: 'archived' }) },
    }
    await fromMenu(wrapper, 'Put it away (archive)')
    expect(fake.calls.find((call) => call.procedure === 'assessments.setStatus')?.input).toEqual({
      id: 5,
      status: 'archived',
    })
    expect(wrapper.find('[data-testid="assessment-banner"]').text()).toContain('This assessment is archived.')
    await wrapper
      .findAll('button')
      .find((b) => b.text().startsWith('Assessment options'))!
      .trigger('click')
    expect(wrapper.findAll('[role="menuitem"]').map((b) => b.text())).toContain('Make active again')
  })

  it('asks before deleting, naming what goes and what stays; only then deletes', async () => {
    const fake = bridge(FULL)
    const { wrapper, router } = await mountOverview()
    const dialog = wrapper.find('dialog')
    await fromMenu(wrapper, 'Delete…')
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.find('h2').text()).toBe('Delete “Trust with Sam”?')
    expect(dialog.findAll('[data-testid="delete-assessment-list"] li').map((item) => item.text())).toEqual([
      '6 observations of what they said and did',
      '2 answers to the four questions',
      '2 periodic checks',
    ])
    await button(wrapper, 'Keep it').trigger('click')
    expect(fake.calls.some((call) => call.procedure === 'assessments.delete')).toBe(false)
    await fromMenu(wrapper, 'Delete…')
    await button(wrapper, 'Delete the assessment').trigger('click')
    await flushPromises()
    expect(fake.calls.filter((call) => call.procedure === 'assessments.delete').map((call) => call.input)).toEqual([
      { id: 5 },
    ])
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('assessments'))
  })

  it('says plainly when the assessment is not there', async () => {
    installFakeBridge({
      'vault.getStatus': STATUS('unlocked'),
      'assessments.getOverview': { ok: false, error: { code: 'NOT_FOUND', message: 'No such assessment.' } },
    })
    const { wrapper } = await mountOverview('/assessments/99')
    expect(wrapper.find('[role="alert"]').text()).toBe('This assessment is not here any more.')
  })
})
