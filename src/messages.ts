/**
 * Every word the renderer shows, in one place: a translation replaces the modules under
 * src/messages/ and no component changes. Each area file groups text by the component that
 * shows it (the comment above each group names the file), so a translator sees the context.
 * Parameterised text is a function; plural choices live inside it.
 *
 * Not here: text that comes from the main process or electron/contract (error messages,
 * CATEGORY_LABELS and similar): that is the contract's text.
 */
import { appearance } from './messages/appearance'
import { assessment } from './messages/assessment'
import { home } from './messages/home'
import { importing } from './messages/import'
import { journal } from './messages/journal'
import { method } from './messages/method'
import { notices } from './messages/notices'
import { onboarding } from './messages/onboarding'
import { pdf } from './messages/pdf'
import { people } from './messages/people'
import { photos } from './messages/photos'
import { plans } from './messages/plans'
import { search } from './messages/search'
import { settings } from './messages/settings'
import { shell } from './messages/shell'
import { shortcuts } from './messages/shortcuts'
import { vault } from './messages/vault'

export const messages = {
  appearance,
  onboarding,
  shortcuts,
  shell,
  home,
  journal,
  search,
  people,
  photos,
  importing,
  plans,
  assessment,
  settings,
  vault,
  pdf,
  method,
  notices,
} as const

export type Messages = typeof messages
