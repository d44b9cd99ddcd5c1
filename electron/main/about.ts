import type { AboutPanelOptionsOptions } from 'electron'

export const APP_DESCRIPTION = 'Private, offline reflection on repairing broken trust.'

/**
 * The About panel (app.setAboutPanelOptions). No website and no links in the credits: the
 * panel must not be a way out to the network from an app that never makes a request.
 * Linux's panel has no field for a description, so it goes under the copyright line there.
 */
export function aboutPanelOptions(options: {
  version: string
  platform: NodeJS.Platform
  year: number
  iconPath?: string
}): AboutPanelOptionsOptions {
  const copyright = `Copyright © ${options.year} the Mend authors`
  return {
    applicationName: 'Mend',
    applicationVersion: options.version,
    ...(options.platform === 'linux'
      ? { copyright: `${copyright}\n${APP_DESCRIPTION}` }
      : { copyright, credits: APP_DESCRIPTION }),
    ...(options.iconPath && options.platform !== 'darwin' ? { iconPath: options.iconPath } : {}),
  }
}
