import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { PlanOverview } from '../../../../electron/contract'
import { createAppRouter } from '../../../../src/router'
import PlanOverviewView from '../../../../src/views/PlanOverviewView.vue'
import { STATUS, installFakeBridge } from '../fake-bridge'
import { planOverview, repairPlan, week } from '../plan-overview-fixtures'

function bridge(overview: PlanOverview) {
  return installFakeBridge({
    'vault.getStatus': STATUS('unlocked'),
    'plans.getOverview': { ok: true, value: overview },
    'plans.delete': { ok: true, value: {} },
    'plans.list': { ok: true, value: [] },
    'plans.setStatus': { ok: true, value: repairPlan({ status: 'paused' }) },
  })
}

async function mountOverview() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push('/plans/7')
  const wrapper = mount(PlanOverviewView, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

const WITH_RECORD = planOverview({
  amends: [
    {
      id: 1,
      planId: 7,
      description: 'Tell them everything I hid',
      horizon: 'now',
      dueOn: null,
      status: 'done',
      note: '',
      createdAt: '2026-11-04T10:00:00.000Z',
    },
  ],
  commitments: [
    {
      id: 4,
      planId: 7,
      behaviour: 'Leave my phone on the table, unlocked',
      cadence: { kind: 'daily' },
      startOn: '2026-11-10',
      endOn: null,
      recentDueDays: [],
      nextDueOn: null,
      reminderTime: '20:00',
      createdAt: '2026-11-10T10:00:00.000Z',
      stats: {
        due: 15,
        kept: 9,
        missed: 3,
        notApplicable: 1,
        unrecorded: 2,
        keptRate: 0.75,
        currentStreak: 4,
        longestStreak: 5,
      },
    },
  ],
  stats: {
    due: 15,
    kept: 9,
    missed: 3,
    notApplicable: 1,
    unrecorded: 2,
    keptRate: 0.75,
    currentStreak: 4,
    longestStreak: 5,
  },
  weeks: [week('2026-11-09', { kept: 4, missed: 1, unrecorded: 1 }), week('2026-11-16', { kept: 5, missed: 2 })],
  entries: [
    {
      id: 31,
      kind: 'journal',
      title: 'The talk on the bridge',
      excerpt: 'I told Sam.',
      entryDate: '2026-11-05T20:00',
      mood: null,
      starred: false,
      tags: [],
      personIds: [3],
      trashedAt: null,
    },
  ],
})

beforeEach(() => {
  window.location.hash = ''
  document.body.innerHTML = ''
})

describe('plan overview', () => {
  it('shows the plan, and for each step what is still missing with a way into it', async () => {
    bridge(planOverview())
    const { wrapper } = await mountOverview()
    expect(wrapper.find('h1').text()).toBe('Repairing things with Sam')
    expect(wrapper.find('[data-testid="plan-meta"]').text()).toContain('Sam Okafor')
    expect(wrapper.find('[data-testid="days-since"]').text()).toBe('22 days since it happened')
    const ownership = wrapper.find('[data-testid="step-ownership"]')
    expect(ownership.text()).toContain('Take ownership')
    expect(ownership.text()).toContain('Still to do')
    expect(ownership.text()).toContain('Say in your own words what you did.')
    expect(ownership.find('a').attributes('href')).toBe('#/plans/7/ownership')
    const amends = wrapper.find('[data-testid="step-amends"]')
    expect(amends.text()).toContain('Plan one amend for now and one over time.')
    expect(amends.text()).toContain('After a lie, openness helps')
    expect(wrapper.find('[data-testid="step-action"] a').attributes('href')).toBe('#/plans/7/action')
  })

  it('marks a complete step done instead of listing what is missing', async () => {
    const overview = planOverview()
    overview.steps[0] = { step: 'ownership', complete: true, state: 'settled', missing: [], suggestions: [] }
    bridge(overview)
    const { wrapper } = await mountOverview()
    const ownership = wrapper.find('[data-testid="step-ownership"]')
    expect(ownership.text()).toContain('✓ Done')
    expect(ownership.text()).not.toContain('Still to do')
  })

  it('links each expectation to its source on the About the method page', async () => {
    bridge(planOverview())
    const { wrapper } = await mountOverview()
    const source = wrapper.find('.expectations a')
    expect(source.text()).toBe('Schweitzer, Hershey & Bradlow, 2006')
    expect(source.attributes('href')).toBe('#/about-method#schweitzer-2006')
  })

  it('says there are no check-ins yet, and draws no chart, before any commitment', async () => {
    bridge(planOverview())
    const { wrapper } = await mountOverview()
    expect(wrapper.find('[data-testid="check-in-figures"]').text()).toContain('No check-ins yet.')
    expect(wrapper.find('canvas').exists()).toBe(false)
  })

  it('shows the check-in figures, the chart and the linked entries', async () => {
    bridge(WITH_RECORD)
    const { wrapper } = await mountOverview()
    expect(wrapper.find('[data-testid="kept-rate"]').text()).toBe('75%')
    expect(wrapper.find('[data-testid="streak"]').text()).toContain('4')
    expect(wrapper.find('canvas').attributes('aria-label')).toContain('9 kept, 3 missed, 0 not applicable in all')
    const entry = wrapper.find('.plan-entries a')
    expect(entry.text()).toContain('The talk on the bridge')
    expect(entry.attributes('href')).toBe('#/journal/31')
  })

  it('asks before deleting, naming what goes and what stays; only then deletes', async () => {
    const fake = bridge(WITH_RECORD)
    const { wrapper, router } = await mountOverview()
    const dialog = wrapper.find('dialog')
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Delete…')!
      .trigger('click')
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.find('h2').text()).toBe('Delete “Repairing things with Sam”?')
    expect(dialog.findAll('[data-testid="delete-plan-list"] li').map((item) => item.text())).toEqual([
      'the writing of its steps',
      '1 amend',
      '1 commitment',
      '13 check-ins',
    ])
    expect(dialog.text()).toContain('Journal entries linked to it stay in your journal (1 entry)')
    expect(fake.calls.some((call) => call.procedure === 'plans.delete')).toBe(false)

    await dialog
      .findAll('button')
      .find((button) => button.text() === 'Keep it')!
      .trigger('click')
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    expect(fake.calls.some((call) => call.procedure === 'plans.delete')).toBe(false)

    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Delete…')!
      .trigger('click')
    await dialog
      .findAll('button')
      .find((button) => button.text() === 'Delete the plan')!
      .trigger('click')
    await flushPromises()
    expect(fake.calls.filter((call) => call.procedure === 'plans.delete').map((call) => call.input)).toEqual([
      { id: 7 },
    ])
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('plans'))
  })

  it('pauses the plan and then shows that it is paused', async () => {
    const fake = bridge(planOverview())
    const { wrapper } = await mountOverview()
    expect(wrapper.find('[data-testid="plan-banner"]').exists()).toBe(false)
    fake.replies['plans.getOverview'] = { ok: true, value: planOverview({ plan: repairPlan({ status: 'paused' }) }) }
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Pause')!
      .trigger('click')
    await flushPromises()
    expect(fake.calls.find((call) => call.procedure === 'plans.setStatus')?.input).toEqual({ id: 7, status: 'paused' })
    expect(wrapper.find('[data-testid="plan-banner"]').text()).toContain('This plan is paused.')
    expect(wrapper.findAll('button').map((button) => button.text())).toContain('Resume')
  })
})
