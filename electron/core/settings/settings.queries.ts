import { DEFAULT_SETTINGS, Settings } from '../../contract/settings.contract'
import type { Db } from '../vault/encrypted-database'

/** Settings live as one JSON value per key; unknown or invalid stored values fall back to defaults. */
export function createSettingsQueries(db: Db) {
  const selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )

  function read(): Settings {
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS }
    for (const { key, value } of selectAll.all()) {
      if (!(key in DEFAULT_SETTINGS)) continue
      try {
        const candidate = { ...merged, [key]: JSON.parse(value) as unknown }
        if (Settings.safeParse(candidate).success) merged[key] = candidate[key]
      } catch {
        // A value we cannot read keeps its default.
      }
    }
    return Settings.parse(merged)
  }

  function update(patch: Partial<Settings>): Settings {
    const next = Settings.parse({ ...read(), ...patch })
    db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) upsert.run(key, JSON.stringify(value))
    })()
    return next
  }

  return { read, update }
}
