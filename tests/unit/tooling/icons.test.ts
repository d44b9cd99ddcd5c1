import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { inflateSync } from 'node:zlib'
import { Data } from 'resedit'
import { describe, expect, it } from 'vitest'

/**
 * Issue 10, "icons in resources/": the files scripts/icons/render-icons.ts wrote from icon.svg,
 * read back with parsers written here (not the encoders' own code), as an installer would read them.
 */

const RESOURCES = resolve(__dirname, '../../../resources')
const PNG_SIGNATURE = '89504e470d0a1a0a'

/** Width, height and colour type from a PNG's IHDR, which must be its first chunk. */
function ihdr(png: Buffer): { width: number; height: number; colourType: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe(PNG_SIGNATURE)
  expect(png.toString('latin1', 12, 16), 'first chunk').toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png.readUInt8(25) }
}

/** Alpha of every pixel of an 8-bit RGBA PNG: inflate the IDAT chunks, undo each row's filter. */
function alphaChannel(png: Buffer): { width: number; alpha: (x: number, y: number) => number } {
  const { width, height, colourType } = ihdr(png)
  expect(colourType, 'RGBA').toBe(6)
  const idat: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * 4
  const pixels = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number
    expect(filter, 'a PNG row filter').toBeLessThanOrEqual(4)
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i] as number
      const left = i >= 4 ? (pixels[y * stride + i - 4] as number) : 0
      const up = y > 0 ? (pixels[(y - 1) * stride + i] as number) : 0
      const upLeft = i >= 4 && y > 0 ? (pixels[(y - 1) * stride + i - 4] as number) : 0
      const p = left + up - upLeft
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)]
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter] as number
      pixels[y * stride + i] = (value + predictor) & 0xff
    }
  }
  return { width, alpha: (x, y) => pixels[y * stride + x * 4 + 3] as number }
}

describe('the Linux icon set (resources/icons/NxN.png)', () => {
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

  it('has every size, each a PNG of exactly its name’s dimensions', () => {
    for (const size of sizes) {
      const file = join(RESOURCES, 'icons', `${size}x${size}.png`)
      expect(existsSync(file), file).toBe(true)
      const { width, height } = ihdr(readFileSync(file))
      expect({ width, height }, file).toEqual({ width: size, height: size })
    }
  })

  it('is drawn on a transparent background: clear outside the rounded tile, opaque inside it', () => {
    for (const size of [16, 256]) {
      const { alpha } = alphaChannel(readFileSync(join(RESOURCES, 'icons', `${size}x${size}.png`)))
      const last = size - 1
      expect([alpha(0, 0), alpha(last, 0), alpha(0, last), alpha(last, last)], `${size} corners`).toEqual([0, 0, 0, 0])
      expect(alpha(size / 2, size / 2), `${size} centre`).toBe(255)
      expect(alpha(size / 2, Math.round(size * 0.1)), `${size} top edge of the tile`).toBe(255)
    }
  })

  it('stays small enough to commit and to ship in every installer', () => {
    const total = sizes.reduce(
      (sum, size) => sum + readFileSync(join(RESOURCES, 'icons', `${size}x${size}.png`)).length,
      0,
    )
    console.info(`icons: ${sizes.length} PNGs, ${Math.round(total / 1024)} KiB`)
    expect(total).toBeLessThan(200 * 1024)
  })
})

describe('the Windows icon (resources/icon.ico)', () => {
  const ico = readFileSync(join(RESOURCES, 'icon.ico'))

  it('is an ICO whose 7 directory entries each point at a PNG of the declared size', () => {
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)], 'reserved 0, type 1 = icon').toEqual([0, 1])
    const count = ico.readUInt16LE(4)
    expect(count).toBe(7)
    const declared: number[] = []
    let end = 6 + 16 * count
    for (let index = 0; index < count; index++) {
      const entry = 6 + 16 * index
      const width = ico.readUInt8(entry) || 256
      const height = ico.readUInt8(entry + 1) || 256
      expect(ico.readUInt16LE(entry + 4), 'planes').toBe(1)
      expect(ico.readUInt16LE(entry + 6), 'bits per pixel').toBe(32)
      const length = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      expect(offset, 'payloads follow each other').toBe(end)
      const png = ico.subarray(offset, offset + length)
      const size = ihdr(png)
      expect({ width: size.width, height: size.height }, `entry ${index}`).toEqual({ width, height })
      expect(png.toString('latin1', png.length - 8, png.length - 4), 'a whole PNG, up to IEND').toBe('IEND')
      declared.push(width)
      end = offset + length
    }
    expect(end, 'nothing after the last image').toBe(ico.length)
    expect(declared).toEqual([16, 24, 32, 48, 64, 128, 256])
  })

  it('is read by resedit, the library electron-builder uses to put the icon into Mend.exe', () => {
    const file = Data.IconFile.from(ico)
    // resedit keeps the directory's bytes, where 0 stands for 256.
    expect(file.icons.map((icon) => [icon.width || 256, icon.height || 256])).toEqual(
      [16, 24, 32, 48, 64, 128, 256].map((size) => [size, size]),
    )
    for (const icon of file.icons) {
      expect(icon.data.isRaw(), 'kept as the PNG it is').toBe(true)
      if (icon.data.isRaw()) expect(ihdr(Buffer.from(icon.data.bin)).width).toBe(icon.width || 256)
    }
  })
})

describe('the macOS icon (resources/icon.icns)', () => {
  const icns = readFileSync(join(RESOURCES, 'icon.icns'))

  it('is an ICNS container of PNG elements, one for each type with its pixel size', () => {
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4), 'declared length').toBe(icns.length)
    const found: Record<string, number> = {}
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('latin1', at, at + 4)
      const length = icns.readUInt32BE(at + 4)
      expect(length, type).toBeGreaterThan(8)
      expect(at + length, `${type} inside the file`).toBeLessThanOrEqual(icns.length)
      const { width, height } = ihdr(icns.subarray(at + 8, at + length))
      expect(width, type).toBe(height)
      found[type] = width
      at += length
    }
    expect(found).toEqual({
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    })
  })

  it('leaves Apple’s margin around the tile, so it matches other icons in the Dock', () => {
    const at = icns.indexOf('ic08')
    const { alpha } = alphaChannel(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))
    // On Apple's grid the tile spans 824 of 1024 px: about 10% clear on each side.
    expect(alpha(128, Math.round(256 * 0.06)), 'above the tile').toBe(0)
    expect(alpha(Math.round(256 * 0.06), 128), 'left of the tile').toBe(0)
    expect(alpha(128, Math.round(256 * 0.14)), 'inside the tile').toBe(255)
  })
})

describe('the source drawing (resources/icon.svg)', () => {
  const svg = readFileSync(join(RESOURCES, 'icon.svg'), 'utf8')

  it('is self-contained: no links, images, fonts or text that would render differently elsewhere', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    // The namespace is a name, not a request; any other URL would be one.
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|\/\/|file:|data:/i)
    expect(svg).not.toMatch(/<image|<use|<foreignObject|<script|<style|@import|@font-face/i)
    expect(svg).not.toMatch(/<text|font-family|font=/i)
    // References may only point inside the file (url(#id) for gradients and clip paths).
    const hrefs = [...svg.matchAll(/href\s*=\s*"([^"]*)"/gi)].map((match) => match[1])
    expect(hrefs.filter((href) => !href?.startsWith('#'))).toEqual([])
    const urls = [...svg.matchAll(/url\(\s*([^)]*)\)/gi)].map((match) => match[1])
    expect(urls.length).toBeGreaterThan(0)
    expect(urls.filter((url) => !url?.startsWith('#'))).toEqual([])
  })

  it('is square, so every rendering keeps its proportions', () => {
    expect(svg).toMatch(/viewBox="0 0 (\d+) \1"/)
  })
})
