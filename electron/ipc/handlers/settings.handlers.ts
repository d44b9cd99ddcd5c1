import { createSettingsQueries, type Vault } from '../../core'
import type { Handlers } from '../router'

export function settingsHandlers(
  vault: Vault,
  changed: () => void,
): Pick<Handlers, 'settings.get' | 'settings.update' | 'session.reportActivity'> {
  return {
    'settings.get': () => createSettingsQueries(vault.database()).read(),
    'settings.update': (patch) => {
      const settings = createSettingsQueries(vault.database()).update(patch)
      changed()
      return settings
    },
    // The router counts every call as activity; this one exists only to be such a call.
    'session.reportActivity': () => ({}),
  }
}
