import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { DEFAULT_SETTINGS } from '../../../electron/contract'
import AppearanceSection from '../../../src/components/settings/AppearanceSection.vue'
import { useSettingsStore } from '../../../src/stores/settings'
import { resetAllStores } from '../../../src/stores/store-registry'
import { THEME_STORAGE_KEY, installTheme, shownTheme, type ThemeEnvironment } from '../../../src/theme'
import { installFakeBridge } from './fake-bridge'

let pinia: Pinia
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

/** A page of its own: an <html>-like root, a storage and an OS preference the test can flip. */
function environment(stored: string | null, osDark = false) {
  const values = new Map<string, string>(stored === null ? [] : [[THEME_STORAGE_KEY, stored]])
  const listeners = new Set<() => void>()
  const media = {
    matches: osDark,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }
  const env: ThemeEnvironment = {
    root: document.createElement('html'),
    storage: { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => values.set(key, value) },
    osDark: media as unknown as MediaQueryList,
  }
  return {
    env,
    values,
    setOsDark(dark: boolean) {
      media.matches = dark
      listeners.forEach((listener) => listener())
    },
  }
}

function settingsBridge(appearance: 'system' | 'light' | 'dark') {
  let saved = { ...DEFAULT_SETTINGS, appearance }
  return installFakeBridge({
    'settings.get': () => ({ ok: true, value: saved }),
    'settings.update': (patch) => {
      saved = { ...saved, ...(patch as object) }
      return { ok: true, value: saved }
    },
  })
}

describe('the theme', () => {
  it('starts from the copy kept outside the vault, so the unlock screen shows the chosen theme', () => {
    const page = environment('dark')
    installTheme(pinia, page.env)
    expect(page.env.root.dataset['theme']).toBe('dark')
    expect(shownTheme.value).toBe('dark')
  })

  it('treats a missing or unknown stored value as "system", which follows the OS as it changes', () => {
    for (const stored of [null, 'sepia', '{"journal":"x"}']) {
      const page = environment(stored, true)
      const stop = installTheme(pinia, page.env)
      expect(page.env.root.dataset['theme']).toBe('system')
      expect(shownTheme.value).toBe('dark')
      page.setOsDark(false)
      expect(shownTheme.value).toBe('light')
      stop()
    }
  })

  it('follows the vault setting once it loads, remembers it outside, and keeps it when the vault locks', async () => {
    const page = environment('system')
    settingsBridge('dark')
    installTheme(pinia, page.env)
    await useSettingsStore(pinia).load()
    await nextTick()
    expect(page.env.root.dataset['theme']).toBe('dark')
    expect(page.values.get(THEME_STORAGE_KEY)).toBe('dark')
    // Nothing but the one word is kept outside the vault.
    expect([...page.values.keys()]).toEqual([THEME_STORAGE_KEY])

    resetAllStores(pinia)
    await nextTick()
    expect(page.env.root.dataset['theme']).toBe('dark')
  })

  it('an explicit choice wins over the OS', () => {
    const page = environment('light', true)
    installTheme(pinia, page.env)
    expect(shownTheme.value).toBe('light')
    page.setOsDark(true)
    expect(shownTheme.value).toBe('light')
  })
})

describe('the Appearance setting', () => {
  it('shows the saved choice and saves a new one in the vault', async () => {
    const page = environment('system')
    const fake = settingsBridge('system')
    installTheme(pinia, page.env)
    await useSettingsStore(pinia).load()
    const wrapper = mount(AppearanceSection, { global: { plugins: [pinia] } })
    expect(wrapper.get<HTMLInputElement>('[data-testid="appearance-system"]').element.checked).toBe(true)
    expect(wrapper.get('fieldset legend').text()).toBe('Theme')
    expect(wrapper.findAll('label').map((label) => label.text())).toEqual(['Same as this computer', 'Light', 'Dark'])

    await wrapper.get('[data-testid="appearance-dark"]').setValue(true)
    await vi.waitFor(() => expect(page.env.root.dataset['theme']).toBe('dark'))
    expect(fake.calls.at(-1)).toEqual({ procedure: 'settings.update', input: { appearance: 'dark' } })
    expect(wrapper.get<HTMLInputElement>('[data-testid="appearance-dark"]').element.checked).toBe(true)
  })
})
