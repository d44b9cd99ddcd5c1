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
    'plans.listReminders': { ok: true, value: [] },
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

/** Opens the plan's menu and chooses an item by its words. */
async function fromMenu(wrapper: Awaited<ReturnType<typeof mountOverview>>['wrapper'], item: string) {
  await wrapper
    .findAll('button')
    .find((button) => button.text().startsWith('Plan options'))!
    .trigger('click')
  await flushPromises()
  const entry = wrapper.findAll('[role="menuitem"]').find((button) => button.text() === item)
  expect(entry, `menu item ${item}`).toBeDefined()
  await entry!.trigger('click')
  await flushPromises()
}

describe('plan overview', () => {
  it('opens on today: one gentle prompt toward the first open step, and no list of what is missing', async () => {
    bridge(planOverview())
    const { wrapper } = await mountOverview()
    expect(wrapper.find('h1').text()).toBe('Repairing things with Sam')
    expect(wrapper.find('[data-testid="plan-meta"]').text()).toContain('Sam Okafor')
    expect(wrapper.find('[data-testid="days-since"]').text()).toBe('22 days since it happened')
    const prompt = wrapper.get('[data-testid="today-prompt"]')
    expect(prompt.text()).toContain('begin with what you did, in your own words')
    expect(prompt.get('a').attributes('href')).toBe('#/plans/7/ownership')
    expect(wrapper.text()).not.toContain('Still to do')
    expect(wrapper.text()).not.toContain('Say in your own words what you did.')
  })

  it('shows the four steps as one slim row: where each stands, and the way into it', async () => {
    const overview = planOverview()
    overview.steps[0] = { step: 'ownership', complete: true, state: 'written', missing: [], suggestions: [] }
    overview.steps[1] = { step: 'compassion', complete: true, state: 'settled', missing: [], suggestions: [] }
    overview.steps[2] = { ...overview.steps[2]!, state: 'begun' }
    bridge(overview)
    const { wrapper } = await mountOverview()
    const states = ['ownership', 'compassion', 'amends', 'action'].map((step) =>
      wrapper.get(`[data-testid="step-${step}"] [data-testid="step-state"]`).text(),
    )
    expect(states).toEqual(['Written, revisit', 'Done', 'Begun', 'Not started'])
    expect(wrapper.get('[data-testid="step-ownership"] a').attributes('href')).toBe('#/plans/7/ownership')
    expect(wrapper.get('[data-testid="step-action"] a').attributes('href')).toBe('#/plans/7/action')
    // Written is never "done" by itself: only the step the person settled carries the tick.
    expect(wrapper.get('[data-testid="step-ownership"]').text()).not.toContain('✓')
    expect(wrapper.get('[data-testid="step-compassion"]').text()).toContain('✓')
  })

  it('says what is due today: check-ins to record and the next amend', async () => {
    const overview = planOverview({
      amends: [
        {
          id: 2,
          planId: 7,
          description: 'Pay back the fees',
          horizon: 'now',
          dueOn: '2026-11-27',
          status: 'planned',
          note: '',
          createdAt: '',
        },
        {
          id: 3,
          planId: 7,
          description: 'Done already',
          horizon: 'now',
          dueOn: '2026-11-20',
          status: 'done',
          note: '',
          createdAt: '',
        },
      ],
    })
    const fake = bridge(overview)
    fake.replies['plans.listReminders'] = {
      ok: true,
      value: [
        {
          key: 'c',
          kind: 'check-in',
          planId: 7,
          commitmentId: 4,
          title: 'x',
          text: 'Leave my phone out',
          onDate: '2026-11-24',
          overdue: false,
        },
        {
          key: 'o',
          kind: 'check-in',
          planId: 99,
          commitmentId: 5,
          title: 'y',
          text: 'Another plan',
          onDate: '2026-11-24',
          overdue: false,
        },
      ],
    }
    const { wrapper } = await mountOverview()
    const today = wrapper.get('[data-testid="plan-today"]')
    expect(today.findAll('[data-testid="today-check-in"]').map((item) => item.text())).toEqual([
      expect.stringContaining('Did you keep “Leave my phone out”?'),
    ])
    expect(today.get('[data-testid="today-next-amend"]').text()).toContain('Pay back the fees')
    expect(today.text()).not.toContain('Done already')
  })

  it('keeps each expectation’s source behind “Why we say this”, linked to the About the method page', async () => {
    bridge(planOverview())
    const { wrapper } = await mountOverview()
    const why = wrapper.get('.expectations details')
    expect(why.get('summary').text()).toBe('Why we say this')
    const source = why.get('a')
    expect(source.text()).toBe('Schweitzer, Hershey & Bradlow, 2006')
    expect(source.attributes('href')).toBe('#/about-method#schweitzer-2006')
    // Guidance no study is cited for says so, and leads to the page's note on Mend's own guidance.
    const own = wrapper
      .findAll('.expectations details a')
      .find((link) => link.text() === 'Mend’s own guidance, not a research finding')
    expect(own?.attributes('href')).toBe('#/about-method#own-guidance')
    expect(wrapper.find('.expectations').text()).not.toContain('From the research: Mend')
  })

  it('says there are no check-ins yet, pointing to where a commitment is chosen, and draws no chart', async () => {
    bridge(planOverview())
    const { wrapper } = await mountOverview()
    const figures = wrapper.get('[data-testid="check-in-figures"]')
    expect(figures.text()).toContain('No check-ins yet.')
    expect(figures.get('a').attributes('href')).toBe('#/plans/7/action')
    expect(wrapper.find('canvas').exists()).toBe(false)
  })

  it('shows the check-in figures in plain words, the chart and the linked entries', async () => {
    bridge(WITH_RECORD)
    const { wrapper } = await mountOverview()
    expect(wrapper.find('[data-testid="kept-rate"]').text()).toBe('75%')
    expect(wrapper.find('[data-testid="check-in-figures"]').text()).toContain('9 of 12 times')
    expect(wrapper.find('[data-testid="streak"]').text()).toBe('4 times')
    expect(wrapper.find('canvas').attributes('aria-label')).toContain('9 kept, 3 missed, 0 not applicable in all')
    const entry = wrapper.find('.plan-entries a')
    expect(entry.text()).toContain('The talk on the bridge')
    expect(entry.attributes('href')).toBe('#/journal/31')
  })

  it('never says "0 in a row": a broken run shows only the longest', async () => {
    bridge(planOverview({ ...WITH_RECORD, stats: { ...WITH_RECORD.stats, currentStreak: 0, longestStreak: 5 } }))
    const { wrapper } = await mountOverview()
    const figures = wrapper.get('[data-testid="check-in-figures"]').text()
    expect(wrapper.find('[data-testid="streak"]').exists()).toBe(false)
    expect(figures).not.toMatch(/\b0 (in a row|times)/)
    expect(figures).toContain('5 times')
  })

  it('asks before deleting (from the plan menu), naming what goes and what stays; only then deletes', async () => {
    const fake = bridge(WITH_RECORD)
    const { wrapper, router } = await mountOverview()
    const dialog = wrapper.find('dialog.confirm')
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    await fromMenu(wrapper, 'Delete…')
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

    await fromMenu(wrapper, 'Delete…')
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

  it('pauses the plan from its menu and then shows that it is paused', async () => {
    const fake = bridge(planOverview())
    const { wrapper } = await mountOverview()
    expect(wrapper.find('[data-testid="plan-banner"]').exists()).toBe(false)
    fake.replies['plans.getOverview'] = { ok: true, value: planOverview({ plan: repairPlan({ status: 'paused' }) }) }
    await fromMenu(wrapper, 'Pause the plan')
    expect(fake.calls.find((call) => call.procedure === 'plans.setStatus')?.input).toEqual({ id: 7, status: 'paused' })
    expect(wrapper.find('[data-testid="plan-banner"]').text()).toContain('This plan is paused.')
    await wrapper
      .findAll('button')
      .find((button) => button.text().startsWith('Plan options'))!
      .trigger('click')
    expect(wrapper.findAll('[role="menuitem"]').map((button) => button.text())).toContain('Resume the plan')
  })

  it('moves through its menu with the keyboard: arrows, Escape back to the button', async () => {
    bridge(planOverview())
    const { wrapper } = await mountOverview()
    const button = wrapper.findAll('button').find((b) => b.text().startsWith('Plan options'))!
    await button.trigger('keydown', { key: 'ArrowDown' })
    await flushPromises()
    const items = wrapper.findAll('[role="menuitem"]')
    expect(items.map((item) => item.text())).toEqual([
      'Export to PDF…',
      'Pause the plan',
      'Mark the plan completed',
      'Put it away (archive)',
      'Delete…',
    ])
    expect(document.activeElement).toBe(items[0]!.element)
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'ArrowUp' })
    expect(document.activeElement).toBe(items.at(-1)!.element)
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[role="menu"]').exists()).toBe(false)
    expect(document.activeElement).toBe(button.element)
  })
})
