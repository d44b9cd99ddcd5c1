import type { Pinia } from 'pinia'
import { ref, watch } from 'vue'
import { Appearance } from '../electron/contract'
import { useSettingsStore } from './stores/settings'

/**
 * The theme choice is stored in the vault's settings, and mirrored here, outside the vault, so
 * that the unlock screen already shows it. The copy holds one word ('system', 'light' or
 * 'dark') and nothing about the journal.
 */
export const THEME_STORAGE_KEY = 'mend.theme'

export type ShownTheme = 'light' | 'dark'

/** What the browser gives the theme; tests pass their own. */
export interface ThemeEnvironment {
  root: HTMLElement
  storage: Pick<Storage, 'getItem' | 'setItem'> | null
  /** The OS preference: null where matchMedia is missing (then 'system' shows light). */
  osDark: MediaQueryList | null
}

export function browserThemeEnvironment(): ThemeEnvironment {
  let storage: Storage | null = null
  try {
    storage = window.localStorage
  } catch {
    // Storage can be refused (a locked-down profile): the theme then starts from 'system'.
  }
  const osDark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
  return { root: document.documentElement, storage, osDark }
}

/** The theme on screen now, for what draws its own colours (charts on a canvas). */
export const shownTheme = ref<ShownTheme>('light')

let chosen: Appearance = 'system'

function resolve(environment: ThemeEnvironment): ShownTheme {
  if (chosen !== 'system') return chosen
  return environment.osDark?.matches ? 'dark' : 'light'
}

/** The choice kept outside the vault; anything unreadable counts as 'system'. */
export function storedAppearance(environment: ThemeEnvironment): Appearance {
  try {
    const parsed = Appearance.safeParse(environment.storage?.getItem(THEME_STORAGE_KEY))
    return parsed.success ? parsed.data : 'system'
  } catch {
    return 'system'
  }
}

/** Shows the theme (main.css reads data-theme) and remembers the choice for the locked screens. */
export function applyAppearance(choice: Appearance, environment: ThemeEnvironment): void {
  chosen = choice
  environment.root.dataset['theme'] = choice
  try {
    environment.storage?.setItem(THEME_STORAGE_KEY, choice)
  } catch {
    // A full or refused storage only costs the locked screens the choice.
  }
  shownTheme.value = resolve(environment)
}

/**
 * Applies the remembered theme at once (before the first screen mounts), then follows the
 * vault's setting whenever it is loaded or changed, and the OS while the choice is 'system'.
 */
export function installTheme(pinia: Pinia, environment = browserThemeEnvironment()): () => void {
  applyAppearance(storedAppearance(environment), environment)
  const onOsChange = () => (shownTheme.value = resolve(environment))
  environment.osDark?.addEventListener('change', onOsChange)
  const settings = useSettingsStore(pinia)
  const stop = watch(
    () => settings.settings?.appearance,
    (appearance) => {
      // Locking empties the settings store: the theme stays as it was.
      if (appearance) applyAppearance(appearance, environment)
    },
  )
  return () => {
    stop()
    environment.osDark?.removeEventListener('change', onOsChange)
  }
}
