import { journalOf, type Vault } from '../../core'
import type { Handlers } from '../router'

type PeopleProcedure = Extract<keyof Handlers, `people.${string}` | `templates.${string}`>

/** People and entry templates: small lists the editor offers. */
export function peopleHandlers(vault: Vault): Pick<Handlers, PeopleProcedure> {
  const journal = () => journalOf(vault.database(), vault.clock)
  return {
    'people.list': () => journal().people.list(),
    'people.create': (draft) => journal().people.create(draft),
    'people.update': (patch) => journal().people.update(patch),
    'people.delete': ({ id }) => {
      journal().people.delete(id)
      return {}
    },
    'templates.list': () => journal().templates.list(),
    'templates.create': (draft) => journal().templates.create(draft),
    'templates.update': (patch) => journal().templates.update(patch),
    'templates.delete': ({ id }) => {
      journal().templates.delete(id)
      return {}
    },
  }
}
