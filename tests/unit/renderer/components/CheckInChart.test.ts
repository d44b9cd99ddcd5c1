import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WeekOfCheckIns } from '../../../../electron/contract'
import CheckInChart from '../../../../src/components/plans/CheckInChart.vue'
import { week } from '../plan-overview-fixtures'

interface ChartConfig {
  data: { labels: string[]; datasets: Array<{ label: string; data: number[]; stack: string }> }
  options: { scales: { x: { stacked: boolean }; y: { stacked: boolean } } }
}

// happy-dom has no canvas drawing: stand in for Chart.js and keep what it was asked to draw.
const charts = vi.hoisted(() => [] as Array<{ config: unknown; updates: number; destroyed: boolean }>)
vi.mock('chart.js', () => {
  class Chart {
    static register = vi.fn()
    data: unknown
    record: { config: unknown; updates: number; destroyed: boolean }
    constructor(_context: unknown, config: { data: unknown }) {
      this.data = config.data
      this.record = { config, updates: 0, destroyed: false }
      charts.push(this.record)
    }
    update() {
      this.record.updates++
    }
    destroy() {
      this.record.destroyed = true
    }
  }
  return { Chart, BarController: {}, BarElement: {}, CategoryScale: {}, LinearScale: {}, Tooltip: {} }
})

const WEEKS: WeekOfCheckIns[] = [
  week('2026-11-02', { kept: 3, missed: 1, notApplicable: 0 }),
  week('2026-11-09', { kept: 2, missed: 0, notApplicable: 1 }),
  week('2026-11-16', { kept: 2, missed: 1, notApplicable: 0, unrecorded: 1 }),
]

function tableRows(wrapper: ReturnType<typeof mount>, section: 'tbody' | 'tfoot') {
  return wrapper.findAll(`table ${section} tr`).map((row) => row.findAll('td').map((cell) => Number(cell.text())))
}

function drawn(): ChartConfig {
  return charts.at(-1)!.config as ChartConfig
}

beforeEach(() => {
  charts.length = 0
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D)
})
afterEach(() => vi.restoreAllMocks())

describe('check-in chart', () => {
  it('has a table with the same numbers, week by week and in all', () => {
    const wrapper = mount(CheckInChart, { props: { weeks: WEEKS } })
    const headers = wrapper.findAll('table thead th').map((cell) => cell.text())
    expect(headers).toEqual(['Week of', 'Kept', 'Missed', 'Not applicable', 'Not recorded', 'Due'])
    expect(tableRows(wrapper, 'tbody')).toEqual([
      [3, 1, 0, 0, 4],
      [2, 0, 1, 0, 3],
      [2, 1, 0, 1, 4],
    ])
    expect(tableRows(wrapper, 'tfoot')).toEqual([[7, 2, 1, 1, 11]])
  })

  it('draws stacked bars from exactly those numbers', () => {
    mount(CheckInChart, { props: { weeks: WEEKS } })
    const { data, options } = drawn()
    expect(data.labels).toHaveLength(3)
    expect(data.datasets.map((set) => [set.label, set.data])).toEqual([
      ['Kept', [3, 2, 2]],
      ['Missed', [1, 0, 1]],
      ['Not applicable', [0, 1, 0]],
    ])
    expect(new Set(data.datasets.map((set) => set.stack)).size).toBe(1)
    expect(options.scales.x.stacked && options.scales.y.stacked).toBe(true)
  })

  it('names the canvas as an image with a summary of what it shows', () => {
    const wrapper = mount(CheckInChart, { props: { weeks: WEEKS } })
    const canvas = wrapper.find('canvas')
    expect(canvas.attributes('role')).toBe('img')
    const label = canvas.attributes('aria-label')!
    expect(label).toMatch(/^Check-ins per week over 3 weeks, from the week of .+ to the week of .+:/)
    expect(label).toContain('7 kept, 2 missed, 1 not applicable in all, 1 not recorded.')
    expect(label).toContain('The latest week: 2 kept, 1 missed, 0 not applicable.')
  })

  it('keeps the table for screen readers, and shows it in place of the chart on request', async () => {
    const wrapper = mount(CheckInChart, { props: { weeks: WEEKS }, attachTo: document.body })
    const box = () => wrapper.find('[data-testid="check-in-table-box"]')
    expect(box().classes()).toContain('visually-hidden')
    expect(box().find('table caption').text()).toBe('Check-ins per week')
    await wrapper.get('button').trigger('click')
    expect(box().classes()).not.toContain('visually-hidden')
    expect(wrapper.find('.chart-box').isVisible()).toBe(false)
    expect(wrapper.get('button').text()).toBe('Show as chart')
    wrapper.unmount()
  })

  it('follows new figures: the chart redraws and the table and summary change with it', async () => {
    const wrapper = mount(CheckInChart, { props: { weeks: WEEKS } })
    const next = [...WEEKS, week('2026-11-23', { kept: 1 })]
    await wrapper.setProps({ weeks: next })
    expect(charts).toHaveLength(1)
    expect(charts[0]!.updates).toBe(1)
    expect(tableRows(wrapper, 'tfoot')).toEqual([[8, 2, 1, 1, 12]])
    expect(wrapper.find('canvas').attributes('aria-label')).toContain('The latest week: 1 kept, 0 missed')
    wrapper.unmount()
    expect(charts[0]!.destroyed).toBe(true)
  })

  it('still says everything in its table when the canvas cannot draw', () => {
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockReturnValue(null)
    const wrapper = mount(CheckInChart, { props: { weeks: WEEKS } })
    expect(charts).toHaveLength(0)
    expect(tableRows(wrapper, 'tbody')).toHaveLength(3)
  })
})
