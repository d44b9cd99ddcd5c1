import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ACTIVITY_REPORT_INTERVAL_MS, installActivityReporter, installEventHandling } from '../../../src/session'
import { createAppRouter } from '../../../src/router'
import { useNoticesStore } from '../../../src/stores/notices'
import { useVaultStore } from '../../../src/stores/vault'
import { INFO, STATUS, installFakeBridge } from './fake-bridge'

beforeEach(() => {
  setActivePinia(createPinia())
  window.location.hash = ''
})

describe('activity reporting (restarts main’s auto-lock countdown)', () => {
  it('reports keys and clicks at most once per interval, and only while unlocked', async () => {
    const fake = installFakeBridge({ 'session.reportActivity': { ok: true, value: {} } })
    const pinia = createPinia()
    setActivePinia(pinia)
    useVaultStore().status = STATUS('unlocked').value
    let now = 1_000_000
    const stop = installActivityReporter(window, fake.client, pinia, () => now)

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    window.dispatchEvent(new Event('pointerdown'))
    now += ACTIVITY_REPORT_INTERVAL_MS - 1
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }))
    expect(fake.calls.filter((call) => call.procedure === 'session.reportActivity')).toHaveLength(1)

    now += 2
    window.dispatchEvent(new Event('wheel'))
    expect(fake.calls.filter((call) => call.procedure === 'session.reportActivity')).toHaveLength(2)

    useVaultStore().status = STATUS('locked').value
    now += ACTIVITY_REPORT_INTERVAL_MS * 2
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'c' }))
    expect(fake.calls.filter((call) => call.procedure === 'session.reportActivity')).toHaveLength(2)
    stop()
  })
})

describe('background results', () => {
  it('shows a notice when a backup finished or failed', async () => {
    const fake = installFakeBridge({
      'vault.getStatus': STATUS('unlocked'),
      'vault.getInfo': { ok: true, value: INFO },
    })
    const pinia = createPinia()
    setActivePinia(pinia)
    installEventHandling(fake.client, pinia, createAppRouter())
    fake.emit({ type: 'backup.completed', name: 'mend-backup-20261124T120000000Z.mendbackup' })
    fake.emit({ type: 'backup.failed', message: 'The disk is full.' })
    const notices = useNoticesStore().notices
    expect(notices.map((notice) => [notice.text, notice.tone])).toEqual([
      ['Backup saved.', 'info'],
      ['The automatic backup failed: The disk is full.', 'error'],
    ])
  })
})
