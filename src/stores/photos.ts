import { defineStore } from 'pinia'
import { ref } from 'vue'
import { PHOTO_LIMITS, type PhotoInfo } from '../../electron/contract'
import { apiClient } from '../api/client'
import { messages } from '../messages'
import { registerStoreReset } from './store-registry'

const txt = messages.photos.store

/** Object URLs kept at most; older ones are revoked (their images stay decoded on screen). */
const MAX_URLS = 60
/**
 * And at most this many bytes behind them: Chromium keeps blobs in memory up to a limit set by
 * the machine's memory and pages the rest to a file in the profile, in clear. Staying far below
 * that limit keeps every photo in memory only.
 */
const MAX_URL_BYTES = 192 * 1024 * 1024

/**
 * Photos of the open entry and the blob: URLs that show them. The bytes come from the core over
 * the bridge and live only in this window's memory: a blob: URL is never written to a cache or
 * to disk, and every one is revoked when the journal locks.
 */
export const usePhotosStore = defineStore('photos', () => {
  /** The open entry's photos, oldest first. */
  const list = ref<PhotoInfo[]>([])
  const entryId = ref<number | null>(null)
  /** The photo shown large; null when none is. */
  const viewing = ref<PhotoInfo | null>(null)
  const busy = ref(false)
  const urls = new Map<string, Promise<string | null>>()
  const sizes = new Map<string, number>()
  let generation = 0

  async function load(id: number | null): Promise<void> {
    entryId.value = id
    if (id === null) {
      list.value = []
      return
    }
    const mine = generation
    const result = await apiClient().call('photos.list', { entryId: id })
    if (mine !== generation || entryId.value !== id) return
    list.value = result.ok ? result.value : []
  }

  function forget(key: string): void {
    const url = urls.get(key)
    urls.delete(key)
    sizes.delete(key)
    void url?.then((made) => made && URL.revokeObjectURL(made))
  }

  /** Revokes the least recently used URLs past the count or the byte budget, never `keep`'s. */
  function trim(keep: string): void {
    let bytes = [...sizes.values()].reduce((sum, size) => sum + size, 0)
    for (const key of [...urls.keys()]) {
      if (urls.size <= MAX_URLS && bytes <= MAX_URL_BYTES) break
      if (key === keep) continue
      bytes -= sizes.get(key) ?? 0
      forget(key)
    }
  }

  /** A blob: URL for the photo, made once; null when it cannot be shown. */
  function url(key: string): Promise<string | null> {
    const known = urls.get(key)
    if (known) {
      urls.delete(key) // most recently used last
      urls.set(key, known)
      return known
    }
    const mine = generation
    const made = apiClient()
      .call('photos.getImage', { key })
      .then((result) => {
        if (!result.ok || mine !== generation) return null
        const bytes = result.value.bytes
        sizes.set(key, bytes.byteLength)
        trim(key)
        return URL.createObjectURL(new Blob([bytes.slice().buffer], { type: result.value.mediaType }))
      })
    urls.set(key, made)
    trim(key)
    return made
  }

  /**
   * Adds files to the entry (pasted, dropped or picked), one at a time; returns the photos kept,
   * and a message for each refused one (plain words from the core: why it was refused).
   */
  async function add(id: number, files: readonly File[]): Promise<{ added: PhotoInfo[]; refused: string[] }> {
    busy.value = true
    const added: PhotoInfo[] = []
    const refused: string[] = []
    try {
      for (const file of files) {
        if (file.size > PHOTO_LIMITS.maxBytes) {
          refused.push(txt.notAPhoto(file.name, txt.tooLarge))
          continue
        }
        const bytes = new Uint8Array(await file.arrayBuffer())
        const result = await apiClient().call('photos.add', { entryId: id, name: file.name, bytes })
        if (result.ok) added.push(result.value)
        else refused.push(txt.notAPhoto(file.name, result.error.message))
      }
    } finally {
      busy.value = false
    }
    if (entryId.value === id) list.value = [...list.value, ...added]
    return { added, refused }
  }

  async function remove(key: string): Promise<boolean> {
    const result = await apiClient().call('photos.remove', { key })
    if (!result.ok) return false
    list.value = list.value.filter((photo) => photo.key !== key)
    if (viewing.value?.key === key) viewing.value = null
    forget(key)
    return true
  }

  function open(key: string): void {
    viewing.value = list.value.find((photo) => photo.key === key) ?? null
  }

  function reset(): void {
    generation += 1
    for (const key of [...urls.keys()]) forget(key)
    list.value = []
    entryId.value = null
    viewing.value = null
    busy.value = false
  }
  registerStoreReset(reset)

  return { list, entryId, viewing, busy, load, url, add, remove, open, reset }
})
