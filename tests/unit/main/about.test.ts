import { describe, expect, it } from 'vitest'
import { APP_DESCRIPTION, aboutPanelOptions } from '../../../electron/main/about'

describe('the About panel', () => {
  it('names Mend with the running version, a copyright and what the app is for', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      expect(aboutPanelOptions({ version: '0.1.0', platform, year: 2026 })).toEqual({
        applicationName: 'Mend',
        applicationVersion: '0.1.0',
        copyright: 'Copyright © 2026 the Mend authors',
        credits: APP_DESCRIPTION,
      })
    }
  })

  it('puts the description under the copyright on Linux, whose panel has no credits', () => {
    const options = aboutPanelOptions({ version: '1.2.3', platform: 'linux', year: 2027 })
    expect(options.copyright).toBe(`Copyright © 2027 the Mend authors\n${APP_DESCRIPTION}`)
    expect(options).not.toHaveProperty('credits')
    expect(options.applicationVersion).toBe('1.2.3')
  })

  it('links to nothing: no website, and no address in any field', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const options = aboutPanelOptions({ version: '0.1.0', platform, year: 2026, iconPath: '/opt/Mend/icon.png' })
      expect(options).not.toHaveProperty('website')
      expect(JSON.stringify(options)).not.toMatch(/https?:|www\.|mailto:/)
    }
  })

  it('uses an icon file where the platform reads one (not macOS, which shows the app icon)', () => {
    expect(aboutPanelOptions({ version: '0.1.0', platform: 'linux', year: 2026, iconPath: '/i.png' }).iconPath).toBe(
      '/i.png',
    )
    expect(
      aboutPanelOptions({ version: '0.1.0', platform: 'darwin', year: 2026, iconPath: '/i.png' }),
    ).not.toHaveProperty('iconPath')
  })
})
