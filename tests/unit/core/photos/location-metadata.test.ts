import { describe, expect, it } from 'vitest'
import { heicExifExtents } from '../../../../electron/core/photos/heic-boxes'
import { clearTiffGps, withoutLocation } from '../../../../electron/core/photos/location-metadata'
import { readImageFacts } from '../../../../electron/core/photos/image-facts'
import { photo } from '../../../helpers/photo-fixtures'

function contains(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle, 'latin1'))
}

describe('location metadata leaves no photo that leaves the journal', () => {
  it('empties the GPS directory of a JPEG and drops its XMP, keeping the rest whole', () => {
    const original = photo('harbour-gps.jpg')
    expect(contains(original, 'GPSLatitude')).toBe(true) // the XMP packet names it
    const cleaned = withoutLocation(original, 'image/jpeg')
    expect(cleaned).not.toEqual(original)
    expect(contains(cleaned, 'GPSLatitude')).toBe(false)
    expect(readImageFacts(cleaned)).toEqual(readImageFacts(original))
    // The Exif block is still there (orientation and the like), with an empty GPS directory.
    const exif = Buffer.from(cleaned).indexOf('Exif\u0000\u0000', 0, 'latin1')
    expect(exif).toBeGreaterThan(0)
    expect(clearTiffGps(cleaned.slice(), exif + 6, cleaned.length)).toBe(false)
    expect(clearTiffGps(original.slice(), exif + 6, original.length)).toBe(true)
  })

  it('clears the GPS directory inside a HEIC, in place, same size', () => {
    const original = photo('iphone.heic')
    const [extent] = heicExifExtents(original)
    expect(extent).toBeDefined()
    const cleaned = withoutLocation(original, 'image/heic')
    expect(cleaned.length).toBe(original.length)
    expect(cleaned).not.toEqual(original)
    const tiff = extent!.start + 4 + new DataView(cleaned.buffer).getUint32(extent!.start)
    expect(clearTiffGps(cleaned.slice(), tiff, extent!.end)).toBe(false)
    expect(readImageFacts(cleaned)).toEqual(readImageFacts(original))
  })

  it('gives back a photo without a location byte for byte', () => {
    for (const [name, type] of [
      ['harbour.jpg', 'image/jpeg'],
      ['garden.png', 'image/png'],
      ['dusk.gif', 'image/gif'],
      ['lantern.webp', 'image/webp'],
    ] as const) {
      const original = photo(name)
      expect(withoutLocation(original, type)).toBe(original)
    }
  })
})
