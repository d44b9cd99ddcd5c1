import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, matchesGlob, resolve } from 'node:path'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, describe, expect, it } from 'vitest'
import { electronBinaryPath, flipMendFuses, MEND_FUSES } from '../../../build/fuses'
import builderConfig from '../../../electron-builder.config'
import { makeTempDir } from '../../helpers/temp-vault'

/**
 * Issue 9, "Electron fuses": the packaged binary gets RunAsNode, NODE_OPTIONS and --inspect off,
 * cookie encryption, ASAR integrity and ASAR-only loading on, through @electron/fuses in
 * electron-builder's afterPack hook. Electron cannot be downloaded here, so the hook flips a
 * stand-in binary that carries the same fuse wire (sentinel, version, length, one byte a fuse).
 */

const ROOT = resolve(__dirname, '../../..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's own defaults, as an unflipped binary carries them (ASCII '1' on, '0' off). */
const ELECTRON_DEFAULTS = '101100011'

const temp = makeTempDir('mend-fuses-')
afterAll(() => temp.remove())

/** A file shaped like an Electron binary around its fuse wire, in a fresh app folder. */
function fakePackagedApp(wire: string): { appOutDir: string; binary: string } {
  const appOutDir = mkdtempSync(join(temp.path, 'app-'))
  const binary = join(appOutDir, 'mend')
  const padding = Buffer.alloc(64 * 1024, 0x5a)
  writeFileSync(
    binary,
    Buffer.concat([padding, Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), padding]),
  )
  return { appOutDir, binary }
}

const linuxContext = (appOutDir: string) => ({
  appOutDir,
  electronPlatformName: 'linux',
  packager: { appInfo: { productFilename: 'Mend' }, executableName: 'mend' },
})

describe('the fuse configuration', () => {
  it('turns off every way to run the binary as something else, and on every integrity check', () => {
    expect(MEND_FUSES.strictlyRequireAllFuses).toBe(true)
    expect(MEND_FUSES[FuseV1Options.RunAsNode]).toBe(false)
    expect(MEND_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(MEND_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(MEND_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(MEND_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(MEND_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(MEND_FUSES[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false)
    expect(MEND_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
  })

  it('decides every fuse @electron/fuses knows, leaving none to the binary’s default', () => {
    const known = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number')
    const undecided = known.filter((fuse) => typeof (MEND_FUSES as Record<number, unknown>)[fuse] !== 'boolean')
    expect(undecided.map((fuse) => FuseV1Options[fuse])).toEqual([])
  })
})

describe('the electron-builder configuration', () => {
  it('flips the fuses in its afterPack hook, and not a second time with the older bundled module', () => {
    expect(builderConfig.afterPack).toBe(flipMendFuses)
    expect(builderConfig.electronFuses ?? null).toBeNull()
  })

  it('ships the built app from app.asar, with the native SQLite module unpacked and without the CLI', () => {
    expect(builderConfig).toMatchObject({ appId: 'app.mend.desktop', productName: 'Mend', asar: true })
    expect(builderConfig.directories?.output).toBe('dist')
    // The three bundles, then only exclusions (trimmed node_modules; see build/package-files.ts).
    const files = [builderConfig.files ?? []].flat() as string[]
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
    ])
    const unpack = [builderConfig.asarUnpack ?? []].flat()
    const prebuilds = 'node_modules/better-sqlite3-multiple-ciphers/prebuilds'
    const natives = readdirSync(join(ROOT, prebuilds)).filter((name) => name.endsWith('.node'))
    expect(natives.length).toBeGreaterThan(0)
    for (const file of natives) {
      expect(
        unpack.some((glob) => matchesGlob(`${prebuilds}/${file}`, glob)),
        file,
      ).toBe(true)
    }
  })
})

describe('the afterPack hook on a binary', () => {
  it('leaves every fuse in the state configured, and reads them back', async () => {
    const { appOutDir, binary } = fakePackagedApp(ELECTRON_DEFAULTS)
    await flipMendFuses(linuxContext(appOutDir))
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>
    const fuses = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number')
    const wrong = fuses.filter(
      (fuse) => wire[fuse] !== ((MEND_FUSES as Record<number, boolean>)[fuse] ? FuseState.ENABLE : FuseState.DISABLE),
    )
    console.info(`fuses: ${fuses.length - wrong.length} of ${fuses.length} flipped as configured`)
    expect(wrong.map((fuse) => FuseV1Options[fuse])).toEqual([])
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
  })

  it('refuses an Electron with a fuse nobody decided about, and one too old for the fuses, untouched', async () => {
    for (const wire of [`${ELECTRON_DEFAULTS}1`, ELECTRON_DEFAULTS.slice(0, 8)]) {
      const { appOutDir, binary } = fakePackagedApp(wire)
      const before = readFileSync(binary)
      await expect(flipMendFuses(linuxContext(appOutDir)), wire).rejects.toThrow(
        /strictlyRequireAllFuses|not long enough/,
      )
      expect(readFileSync(binary).equals(before), wire).toBe(true)
    }
  })

  it('finds the binary electron-builder named for each platform', () => {
    const packager = { appInfo: { productFilename: 'Mend' }, executableName: 'mend' }
    const at = (electronPlatformName: string) => electronBinaryPath({ appOutDir: '/o', electronPlatformName, packager })
    expect(at('darwin')).toBe(join('/o', 'Mend.app'))
    expect(at('mas')).toBe(join('/o', 'Mend.app'))
    expect(at('win32')).toBe(join('/o', 'Mend.exe'))
    expect(at('linux')).toBe(join('/o', 'mend'))
  })
})
