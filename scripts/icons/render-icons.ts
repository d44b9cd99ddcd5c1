/**
 * Renders resources/icon.svg to every icon file the installers need, with Debian's Chromium
 * (the same browser the e2e tests use; Playwright cannot download its own here):
 *   resources/icons/NxN.png  Linux (electron-builder's icon folder: AppImage, deb, the window)
 *   resources/icon.ico       Windows (exe, installer, file association)
 *   resources/icon.icns      macOS (app bundle, dmg, file association)
 * Usage: npm run icons   (run it after changing the SVG, and commit the outputs)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { encodeIcns, ICNS_TYPES, type IcnsType } from './icns'
import { encodeIco } from './ico'
import { recompressPng } from './png'

const RESOURCES = resolve(__dirname, '../../resources')

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const
/** Windows picks from these for the taskbar, Explorer's views and title bars at each DPI. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const

/**
 * Apple's macOS icon grid: on a 1024 px canvas the tile is 824 px, leaving room around it, so a
 * full-bleed tile would look larger than every other icon in the Dock. The SVG's tile is 60/64
 * of its box, hence this scale for the macOS renderings.
 */
const MAC_SCALE = 824 / 1024 / (60 / 64)

/** The browser flags of ENVIRONMENT.md: no network, no GPU, nothing running in the background. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * One square PNG of the SVG at `size` px, drawn as a vector at that size (not scaled down from a
 * large bitmap), on a transparent background, optionally shrunk by `scale` around the centre.
 */
async function render(browser: Browser, svg: string, size: number, scale = 1): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
  try {
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    const drawn = size * scale
    const inset = (size - drawn) / 2
    await page.setContent(
      `<html style="margin:0;background:transparent"><body style="margin:0;background:transparent">` +
        `<img src="${source}" style="position:absolute;left:${inset}px;top:${inset}px;width:${drawn}px;height:${drawn}px">` +
        `</body></html>`,
    )
    await page.locator('img').evaluate((image: HTMLImageElement) => image.decode())
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    return recompressPng(png)
  } finally {
    await page.close()
  }
}

export async function renderIcons(resources = RESOURCES): Promise<void> {
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8')
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const flat = new Map<number, Buffer>()
    for (const size of LINUX_SIZES) flat.set(size, await render(browser, svg, size))
    const mac = new Map<number, Buffer>()
    for (const size of new Set(Object.values(ICNS_TYPES))) mac.set(size, await render(browser, svg, size, MAC_SCALE))

    const iconsDir = join(resources, 'icons')
    mkdirSync(iconsDir, { recursive: true })
    for (const [size, png] of flat) writeFileSync(join(iconsDir, `${size}x${size}.png`), png)
    writeFileSync(join(resources, 'icon.ico'), encodeIco(ICO_SIZES.map((size) => flat.get(size) as Buffer)))
    const icnsEntries = (Object.keys(ICNS_TYPES) as IcnsType[]).map((type) => ({
      type,
      png: mac.get(ICNS_TYPES[type]) as Buffer,
    }))
    writeFileSync(join(resources, 'icon.icns'), encodeIcns(icnsEntries))
    console.info(`icons: ${flat.size} PNGs, icon.ico (${ICO_SIZES.length}), icon.icns (${icnsEntries.length})`)
  } finally {
    await browser.close()
  }
}

if (require.main === module) {
  renderIcons().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
