import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePhotosStore } from '../../../../src/stores/photos'
import { installFakeBridge } from '../fake-bridge'

const MB = 1024 * 1024
const keyOf = (index: number) => `0${String(index).padStart(31, '0')}`

describe('photos in the window', () => {
  const made: string[] = []
  const revoked: string[] = []
  beforeEach(() => {
    setActivePinia(createPinia())
    made.length = 0
    revoked.length = 0
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      made.push(`blob:mend/${made.length}`)
      return made.at(-1)!
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url))
  })
  afterEach(() => vi.restoreAllMocks())

  function bridgeWithPhotosOf(size: number) {
    return installFakeBridge({
      'photos.getImage': (input) => ({
        ok: true,
        value: { key: (input as { key: string }).key, mediaType: 'image/jpeg', bytes: new Uint8Array(size) },
      }),
    })
  }

  it('asks for a photo once and shows it from one blob: URL', async () => {
    const fake = bridgeWithPhotosOf(1000)
    const photos = usePhotosStore()
    const [first, second] = await Promise.all([photos.url(keyOf(1)), photos.url(keyOf(1))])
    expect(first).toBe('blob:mend/0')
    expect(second).toBe(first)
    expect(fake.calls.filter((call) => call.procedure === 'photos.getImage')).toHaveLength(1)
  })

  it('keeps well under Chromium’s in-memory blob limit: the oldest URLs go past 192 MB', async () => {
    bridgeWithPhotosOf(40 * MB)
    const photos = usePhotosStore()
    for (let index = 0; index < 6; index += 1) await photos.url(keyOf(index))
    // 6 × 40 MB: the two oldest are revoked, four (160 MB) stay.
    await vi.waitFor(() => expect(revoked).toEqual(['blob:mend/0', 'blob:mend/1']))
  })

  it('revokes every URL when the journal locks', async () => {
    bridgeWithPhotosOf(1000)
    const photos = usePhotosStore()
    await photos.url(keyOf(1))
    await photos.url(keyOf(2))
    photos.reset()
    await vi.waitFor(() => expect(revoked.sort()).toEqual(['blob:mend/0', 'blob:mend/1']))
  })
})
