import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AssessmentListItem } from '../../../../electron/contract'
import { createAppRouter } from '../../../../src/router'
import { useAssessmentsStore } from '../../../../src/stores/assessments'
import { resetAllStores } from '../../../../src/stores/store-registry'
import AssessmentsView from '../../../../src/views/AssessmentsView.vue'
import { STATUS, installFakeBridge } from '../fake-bridge'

function item(overrides: Partial<AssessmentListItem> & Pick<AssessmentListItem, 'id'>): AssessmentListItem {
  return {
    title: `Assessment ${overrides.id}`,
    personId: 3,
    personName: 'Sam Okafor',
    status: 'active',
    occurredOn: '2026-11-02',
    evidenceCount: 0,
    updatedAt: '2026-11-03T10:00:00.000Z',
    ...overrides,
  }
}

async function mountList(list: AssessmentListItem[]) {
  installFakeBridge({ 'vault.getStatus': STATUS('unlocked'), 'assessments.list': { ok: true, value: list } })
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push('/assessments')
  const wrapper = mount(AssessmentsView, { global: { plugins: [pinia, router] } })
  await flushPromises()
  return { wrapper, pinia }
}

beforeEach(() => {
  window.location.hash = ''
})

describe('trust assessments list', () => {
  it('explains what an assessment is, and that it never decides, before there is one', async () => {
    const { wrapper } = await mountList([])
    const empty = wrapper.find('[data-testid="assessments-empty"]')
    expect(empty.text()).toContain('It never tells you whether to trust them.')
    expect(empty.find('a.button').attributes('href')).toBe('#/assessments/new')
  })

  it('lists active assessments, and archived ones behind a disclosure', async () => {
    const { wrapper } = await mountList([
      item({ id: 1, title: 'Trust with Sam', evidenceCount: 3 }),
      item({ id: 2, title: 'The borrowed car', status: 'archived', evidenceCount: 1 }),
    ])
    const rows = wrapper.findAll('[data-testid="assessment-row"]')
    expect(rows[0]!.text()).toContain('Trust with Sam')
    expect(rows[0]!.text()).toContain('3 observations')
    expect(rows[0]!.attributes('href')).toBe('#/assessments/1')
    expect(wrapper.find('[data-testid="assessments-archived"] summary').text()).toBe('Archived (1)')
    expect(wrapper.find('[data-testid="assessments-archived"]').text()).toContain('1 observation')
  })

  it('forgets everything when the vault locks', async () => {
    const { pinia } = await mountList([item({ id: 1 })])
    const store = useAssessmentsStore()
    expect(store.assessments).toHaveLength(1)
    resetAllStores(pinia)
    expect(store.assessments).toEqual([])
    expect(store.overview).toBeNull()
  })
})
