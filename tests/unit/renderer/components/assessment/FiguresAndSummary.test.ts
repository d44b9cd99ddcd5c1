import { mount } from '@vue/test-utils'
import { createRouter, createWebHashHistory } from 'vue-router'
import { describe, expect, it } from 'vitest'
import FiguresPanel from '../../../../../src/components/assessment/FiguresPanel.vue'
import SummaryPanel from '../../../../../src/components/assessment/SummaryPanel.vue'
import { formatLocalDay } from '../../../../../src/components/plans/plan-format'
import { CHECKS, FIGURES, LEDGER } from './assessment-fixtures'

const COMMON = { evidence: LEDGER, checks: CHECKS, today: '2026-11-24' }

function figures() {
  return mount(FiguresPanel, { props: { figures: FIGURES, ...COMMON } })
}

describe('figures', () => {
  it('shows each figure with its value; how it is worked out opens on request', async () => {
    const wrapper = figures()
    const kept = wrapper.find('[data-testid="figure-keptPromises"]')
    expect(kept.find('.label').text()).toBe('Kept promises')
    expect(kept.find('[data-testid="figure-value"]').text()).toBe('1 of 1')
    const how = 'Promises marked kept, out of those decided; open ones are not counted.'
    expect(wrapper.text()).not.toContain(how)
    expect(kept.find('button').attributes('aria-expanded')).toBe('false')
    expect(wrapper.find('[data-testid="figure-evidence"]').exists()).toBe(false)
    await kept.find('button').trigger('click')
    expect(wrapper.get('[data-testid="figure-evidence"]').text()).toContain(how)
  })

  it('opens a figure to show the ledger items behind it, and only those', async () => {
    const wrapper = figures()
    await wrapper.find('[data-testid="figure-keptPromises"] button').trigger('click')
    const behind = wrapper.find('[data-testid="figure-evidence"]')
    expect(behind.find('h3').text()).toBe('Behind “Kept promises”: 1 of 1')
    expect(behind.findAll('[data-evidence-id]').map((item) => item.attributes('data-evidence-id'))).toEqual(['12'])
    expect(behind.text()).toContain('Promised to tell me first')
    expect(behind.text()).toContain(`Kept on ${formatLocalDay('2026-11-15')}`)
    expect(wrapper.find('[data-testid="figure-keptPromises"] button').attributes('aria-expanded')).toBe('true')
  })

  it('opens a figure built from checks to show those checks, and closes again', async () => {
    const wrapper = figures()
    const button = wrapper.find('[data-testid="figure-latestAverage"] button')
    await button.trigger('click')
    const behind = wrapper.find('[data-testid="figure-evidence"]')
    expect(behind.findAll('[data-check-id]').map((item) => item.attributes('data-check-id'))).toEqual(['22'])
    expect(behind.text()).toContain('average 3.6')
    expect(behind.text()).toContain('Reliability 3, Accountability 3, Honesty 3, Care 4, Respect 5')
    expect(behind.findAll('[data-evidence-id]')).toHaveLength(0)
    // Another figure replaces it; the same one again closes it.
    await wrapper.find('[data-testid="figure-daysSinceSlip"] button').trigger('click')
    expect(wrapper.find('[data-testid="figure-evidence"]').text()).toContain('Checked my phone again')
    await wrapper.find('[data-testid="figure-daysSinceSlip"] button').trigger('click')
    expect(wrapper.find('[data-testid="figure-evidence"]').exists()).toBe(false)
  })

  it('says how a figure is worked out when nothing recorded is behind it yet', async () => {
    const empty = { ...FIGURES[0]!, key: 'actions', label: 'Actions', display: 'none yet', evidenceIds: [] }
    const wrapper = mount(FiguresPanel, { props: { figures: [empty], ...COMMON } })
    expect(wrapper.find('button').text()).toContain('How it is worked out')
    await wrapper.find('button').trigger('click')
    const behind = wrapper.find('[data-testid="figure-evidence"]')
    expect(behind.text()).toContain(empty.explanation)
    expect(behind.text()).toContain('Nothing you recorded is behind this figure yet')
  })
})

describe('summary', () => {
  const SUMMARY = {
    lines: [
      { text: 'They have apologized and made one amend.', evidenceIds: [11, 15] },
      { text: 'This involved a lie.', evidenceIds: [] },
    ],
    missing: ['No actions repeated over time yet.'],
  }

  it('shows core’s lines as they are, what is missing, and that it is not a verdict', () => {
    const wrapper = mount(SummaryPanel, { props: { summary: SUMMARY, ...COMMON } })
    expect(wrapper.findAll('[data-testid="summary-line"] .text').map((line) => line.text())).toEqual([
      'They have apologized and made one amend.',
      'This involved a lie.',
    ])
    expect(wrapper.find('[data-testid="summary-missing"] li').text()).toBe('No actions repeated over time yet.')
    expect(wrapper.text()).toContain('It is not a verdict on them')
    // A line with nothing behind it offers nothing to open.
    expect(wrapper.findAll('[data-testid="summary-line"]')[1]!.find('button').exists()).toBe(false)
  })

  it('keeps the research a line ends on behind “Why we say this”', async () => {
    // Only the link's target matters here: a router with the one route it points to.
    const router = createRouter({
      history: createWebHashHistory(),
      routes: [{ name: 'about-method', path: '/about-method', component: { template: '<div />' } }],
    })
    const cited = {
      lines: [
        {
          text: 'After a lie, trust usually returns more slowly (Schweitzer, Hershey & Bradlow, 2006).',
          evidenceIds: [],
        },
      ],
      missing: [],
    }
    const wrapper = mount(SummaryPanel, {
      props: { summary: cited, ...COMMON },
      global: { plugins: [router] },
    })
    expect(wrapper.get('[data-testid="summary-line"] .text').text()).toBe(
      'After a lie, trust usually returns more slowly.',
    )
    const why = wrapper.get('[data-testid="summary-line"] details')
    expect(why.get('summary').text()).toBe('Why we say this')
    expect(why.get('a').text()).toBe('Schweitzer, Hershey & Bradlow, 2006')
    expect(why.get('a').attributes('href')).toBe('#/about-method#schweitzer-2006')
  })

  it('opens a line to show the evidence behind it', async () => {
    const wrapper = mount(SummaryPanel, { props: { summary: SUMMARY, ...COMMON } })
    const line = wrapper.findAll('[data-testid="summary-line"]')[0]!
    expect(line.find('button').text()).toBe('Show the evidence (2)')
    await line.find('button').trigger('click')
    expect(line.find('button').attributes('aria-expanded')).toBe('true')
    expect(line.findAll('[data-evidence-id]').map((item) => item.attributes('data-evidence-id'))).toEqual(['11', '15'])
    await line.find('button').trigger('click')
    expect(line.findAll('[data-evidence-id]')).toHaveLength(0)
  })
})
