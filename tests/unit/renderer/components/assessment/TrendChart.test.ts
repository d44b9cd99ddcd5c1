import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TrendChart from '../../../../../src/components/assessment/TrendChart.vue'
import { LANES, SAME_DAY_STEP } from '../../../../../src/components/assessment/trend-chart-data'
import { formatLocalDay } from '../../../../../src/components/plans/plan-format'
import { CHECKS, LEDGER, check, evidence, ratings } from './assessment-fixtures'

interface Dataset {
  label: string
  data: Array<{ x: number; y: number; id: number }>
  pointStyle?: string
  backgroundColor: string
  borderColor: string
  showLine?: boolean
}
interface ChartConfig {
  type: string
  data: { datasets: Dataset[] }
  options: { scales: { x: { min: number; max: number } } }
}

// happy-dom has no canvas drawing: stand in for Chart.js and keep what it was asked to draw.
const charts = vi.hoisted(() => [] as Array<{ config: unknown; updates: number; destroyed: boolean }>)
vi.mock('chart.js', () => {
  class Chart {
    static register = vi.fn()
    data: unknown
    options: unknown
    record: { config: unknown; updates: number; destroyed: boolean }
    constructor(_context: unknown, config: { data: unknown; options: unknown }) {
      this.data = config.data
      this.options = config.options
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
  const piece = {}
  return {
    Chart,
    ScatterController: piece,
    PointElement: piece,
    LineElement: piece,
    LinearScale: piece,
    Tooltip: piece,
  }
})

const PROPS = { checks: CHECKS, evidence: LEDGER, origin: '2026-11-02', today: '2026-11-24' }
const drawn = () => charts.at(-1)!.config as ChartConfig
const dataset = (label: string) => drawn().data.datasets.find((set) => set.label === label)!

function rows(wrapper: ReturnType<typeof mount>, table: string) {
  return wrapper
    .findAll(`[data-testid="${table}"] tbody tr`)
    .map((row) => row.findAll('th, td').map((cell) => cell.text()))
}

beforeEach(() => {
  charts.length = 0
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D)
})
afterEach(() => vi.restoreAllMocks())

describe('trend chart', () => {
  it('draws the average rating as a line, day by day since the breach', () => {
    mount(TrendChart, { props: PROPS })
    expect(drawn().type).toBe('scatter')
    const average = dataset('Average rating')
    expect(average.showLine).toBe(true)
    // 9 Nov is 7 days after the breach; (2+2+1+2+2)/5 = 1.8 and (3+3+3+4+5)/5 = 3.6.
    expect(average.data.map(({ x, y }) => [x, y])).toEqual([
      [7, 1.8],
      [21, 3.6],
    ])
    expect(drawn().options.scales.x).toMatchObject({ min: -1, max: 23 })
  })

  it('puts the ledger on the same axis: words hollow on their own lane, deeds filled, slips as triangles', () => {
    mount(TrendChart, { props: PROPS })
    const words = dataset('Words')
    const actions = dataset('Actions')
    const amends = dataset('Amends')
    const slips = dataset('Slips')
    expect(words.data.map((point) => [point.x, point.id])).toEqual([
      [3, 11],
      [4, 12],
      [6, 13],
    ])
    expect(words.data.every((point) => point.y === LANES.word)).toBe(true)
    expect(words.pointStyle).toBe('circle')
    expect(words.backgroundColor).toBe('transparent')
    expect(actions.data).toEqual([{ x: 8, y: LANES.deed, id: 14 }])
    expect(actions.pointStyle).toBe('rect')
    expect(actions.backgroundColor).not.toBe('transparent')
    expect(amends.pointStyle).toBe('rectRot')
    expect(slips.pointStyle).toBe('triangle')
    expect(slips.data).toEqual([{ x: 18, y: LANES.slip, id: 16 }])
    expect(LANES.word).toBeLessThan(LANES.deed)
  })

  it('has tables with the same numbers: each check with its average, and every observation', () => {
    const wrapper = mount(TrendChart, { props: PROPS })
    expect(rows(wrapper, 'trend-checks-table')).toEqual([
      [formatLocalDay('2026-11-09'), '1.8', '2', '2', '1', '2', '2'],
      [formatLocalDay('2026-11-23'), '3.6', '3', '3', '3', '4', '5'],
    ])
    expect(rows(wrapper, 'trend-events-table').map((row) => row.slice(1))).toEqual([
      ['An apology', 'Said sorry, plainly'],
      ['A promise', 'Promised to tell me first'],
      ['A promise', 'Promised to stop reading my messages'],
      ['Action', 'Came home on time'],
      ['Amend', 'Paid for the repair'],
      ['Slip', 'Checked my phone again'],
    ])
  })

  it('names the canvas as an image with a summary of what it shows', () => {
    const wrapper = mount(TrendChart, { props: PROPS })
    const canvas = wrapper.find('canvas')
    expect(canvas.attributes('role')).toBe('img')
    expect(canvas.attributes('aria-label')).toBe(
      `Average rating from 2 periodic checks, from 1.8 on ${formatLocalDay('2026-11-09')} to 3.6 on ` +
        `${formatLocalDay('2026-11-23')}. On the same time line since it happened on ${formatLocalDay('2026-11-02')}: ` +
        '3 words, 1 action, 1 amend and 1 slip.',
    )
  })

  it('shows the tables in place of the chart on request, and keeps them for screen readers otherwise', async () => {
    const wrapper = mount(TrendChart, { props: PROPS, attachTo: document.body })
    const box = () => wrapper.find('[data-testid="trend-table-box"]')
    expect(box().classes()).toContain('visually-hidden')
    await wrapper.get('button').trigger('click')
    expect(box().classes()).not.toContain('visually-hidden')
    expect(wrapper.find('.chart-box').isVisible()).toBe(false)
    wrapper.unmount()
  })

  it('follows a new check: the chart redraws and the table and summary change with it', async () => {
    const wrapper = mount(TrendChart, { props: { ...PROPS, checks: [], evidence: [] } })
    expect(wrapper.find('canvas').attributes('aria-label')).toBe(
      'No periodic checks yet. Nothing they said or did is recorded yet.',
    )
    await wrapper.setProps({ checks: [check(30, '2026-11-24', ratings(4))] })
    expect(charts).toHaveLength(1)
    expect(charts[0]!.updates).toBe(1)
    expect(dataset('Average rating').data).toEqual([{ x: 22, y: 4, id: 30 }])
    expect(rows(wrapper, 'trend-checks-table')).toEqual([
      [formatLocalDay('2026-11-24'), '4.0', '4', '4', '4', '4', '4'],
    ])
    expect(wrapper.find('canvas').attributes('aria-label')).toContain('Average rating from 1 periodic check: 4.0')
    wrapper.unmount()
    expect(charts[0]!.destroyed).toBe(true)
  })

  it('still says everything in its tables when the canvas cannot draw', () => {
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockReturnValue(null)
    const wrapper = mount(TrendChart, { props: PROPS })
    expect(charts).toHaveLength(0)
    expect(rows(wrapper, 'trend-events-table')).toHaveLength(6)
  })
})

describe('marks on the same day', () => {
  it('stack a little on their lane so none hides another, across kinds sharing the lane', () => {
    const sameDay = [
      evidence({ id: 1, kind: 'word', observedOn: '2026-11-05' }),
      evidence({ id: 2, kind: 'word', observedOn: '2026-11-05' }),
      evidence({ id: 3, kind: 'action', observedOn: '2026-11-07' }),
      evidence({ id: 4, kind: 'amend', observedOn: '2026-11-07' }),
    ]
    mount(TrendChart, { props: { ...PROPS, evidence: sameDay } })
    expect(dataset('Words').data.map((point) => point.y)).toEqual([LANES.word, LANES.word + SAME_DAY_STEP])
    expect(dataset('Actions').data[0]!.y).toBe(LANES.deed)
    expect(dataset('Amends').data[0]!.y).toBe(LANES.deed + SAME_DAY_STEP)
    // Still below the lane above.
    expect(LANES.word + 2 * SAME_DAY_STEP).toBeLessThan(LANES.deed)
  })
})
