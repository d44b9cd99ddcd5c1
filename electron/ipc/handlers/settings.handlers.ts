import { createSettingsQueries, type Vault } from '../../core'
import type { Handlers } from '../router'

export function settingsHandlers(
  vault: Vault,
  changed: () => void,
): Pick<Handlers, 'settings.get' | 'settings.update' | 'session.reportActivity'> {
  return {
    'settings.get': () => createSettingsQueries(vault.database()).read(),
    'settings.update': (patch) => {
      // Structured clone (Electron IPC) keeps a key that holds undefined, and zod lets it through as
      // "optional"; it means "not given", and must not overwrite (or fail to store) the saved value.
      const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
      const settings = createSettingsQueries(vault.database()).update(given)
      changed()
      return settings
    },
    // The router counts every call as activity; this one exists only to be such a call.
    'session.reportActivity': () => ({}),
  }
}
