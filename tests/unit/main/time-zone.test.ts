import { afterEach, describe, expect, it } from 'vitest'
import { systemTimeZone } from '../../../electron/core'
import { refreshSystemTimeZone } from '../../../electron/main/time-zone'

const original = process.env['TZ']

afterEach(() => {
  if (original === undefined) delete process.env['TZ']
  else process.env['TZ'] = original
})

describe('refreshSystemTimeZone', () => {
  it('keeps a zone the person set, and core reads whatever zone the process has now', () => {
    process.env['TZ'] = 'Asia/Tokyo'
    refreshSystemTimeZone()
    expect(process.env['TZ']).toBe('Asia/Tokyo')
    expect(systemTimeZone()).toBe('Asia/Tokyo')
    // The process's zone changes (as after a flight): the very next call sees it, nothing cached.
    process.env['TZ'] = 'America/New_York'
    expect(systemTimeZone()).toBe('America/New_York')
  })

  it('leaves an unset TZ unset, so the system’s own zone is read again', () => {
    delete process.env['TZ']
    refreshSystemTimeZone()
    expect('TZ' in process.env).toBe(false)
    expect(systemTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone)
  })
})
