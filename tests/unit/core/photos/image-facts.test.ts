import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MendError } from '../../../../electron/core'
import { readImageFacts } from '../../../../electron/core/photos/image-facts'
import { photo } from '../../../helpers/photo-fixtures'

function refusal(bytes: Uint8Array): string {
  try {
    readImageFacts(bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(MendError)
    expect((error as MendError).code).toBe('UNREADABLE_FILE')
    return (error as MendError).message
  }
  throw new Error('expected a refusal')
}

describe('what a photo is, read from its bytes', () => {
  it.each([
    ['harbour.jpg', 'image/jpeg', 320, 240],
    ['harbour-gps.jpg', 'image/jpeg', 320, 240],
    ['garden.png', 'image/png', 200, 150],
    ['dusk.gif', 'image/gif', 160, 120],
    ['lantern.webp', 'image/webp', 240, 180],
    ['iphone.heic', 'image/heic', 256, 192],
  ])('%s is %s, %i × %i', (name, mediaType, width, height) => {
    expect(readImageFacts(photo(name))).toEqual({ mediaType, width, height })
  })

  it.each([
    ['hostile-truncated.jpg', /cut short/],
    ['hostile-truncated.png', /cut short/],
    ['hostile-huge.png', /50000 × 50000 pixels, more than Mend shows safely \(60 megapixels at most\)/],
    ['hostile-zip-bomb.jpg', /not a photo Mend can keep \(JPEG, PNG, WebP, GIF or HEIC\), whatever its name says/],
    ['hostile-text.png', /not a photo Mend can keep/],
  ])('refuses %s in plain words', (name, message) => {
    const said = refusal(photo(name))
    expect(said).toMatch(message)
    expect(said).toMatch(/^[A-Z].*\.$/)
  })

  it('refuses an empty file and one over the size limit before reading it', () => {
    expect(refusal(new Uint8Array(0))).toMatch(/empty/)
    const big = new Uint8Array(41 * 1024 * 1024)
    big.set(photo('harbour.jpg'))
    expect(refusal(big)).toMatch(/larger than 40 MB/)
  })

  it('never throws anything but a refusal, whatever the bytes (every header cut at every length)', () => {
    for (const name of ['harbour.jpg', 'garden.png', 'dusk.gif', 'lantern.webp', 'iphone.heic']) {
      const whole = photo(name)
      for (let length = 0; length < Math.min(whole.length, 400); length += 1) {
        try {
          readImageFacts(whole.subarray(0, length))
        } catch (error) {
          expect(error, `${name} cut at ${length}`).toBeInstanceOf(MendError)
        }
      }
    }
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(...['harbour.jpg', 'iphone.heic', 'lantern.webp']),
        (noise, name) => {
          const bytes = photo(name).slice(0, 300)
          bytes.set(noise.subarray(0, Math.max(0, bytes.length - 12)), 12)
          try {
            readImageFacts(bytes)
          } catch (error) {
            return error instanceof MendError
          }
          return true
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('photo keys', () => {
  it('start with a digit, so a word being typed in search never matches one', async () => {
    const { newPhotoKey } = await import('../../../../electron/core/photos/photo-store')
    const { photoKeyFrom } = await import('../../../../electron/contract/photo-values')
    for (let index = 0; index < 50; index += 1) expect(newPhotoKey()).toMatch(/^0[0-9a-f]{31}$/)
    expect(photoKeyFrom('facefacefacefacefacefacefaceface')).toBe('0acefacefacefacefacefacefaceface')
  })
})
