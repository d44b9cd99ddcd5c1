import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join, matchesGlob, resolve } from 'node:path'
import { convertIcon } from 'app-builder-lib/out/util/iconConverter'
import type { Configuration, FileAssociation, TargetConfiguration } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_FILES, filesFor, PREBUILT_SYSTEMS, type PackageOs } from '../../../build/package-files'
import builderConfig from '../../../electron-builder.config'
import { backupName } from '../../../electron/core/backup/backup-names'
import { makeTempDir } from '../../helpers/temp-vault'

/**
 * Issue 10, "Distribution": the installers electron-builder makes for each system, their icons
 * and the backup file type. tests/e2e/packaging.spec.ts packs the Linux app for real; this checks
 * what can only be packed on the other systems.
 */

const ROOT = resolve(__dirname, '../../..')
const config: Configuration = builderConfig

function targets(list: unknown): { target: string; arch: string[] }[] {
  return [list ?? []].flat().map((entry) => {
    const { target, arch } = entry as TargetConfiguration
    return { target, arch: [arch ?? []].flat().map(String) }
  })
}

describe('the installers', () => {
  it('are an AppImage and a deb for Linux, a universal dmg for macOS and an NSIS installer for Windows', () => {
    expect(targets(config.linux?.target)).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ])
    expect(targets(config.mac?.target)).toEqual([{ target: 'dmg', arch: ['universal'] }])
    expect(targets(config.win?.target)).toEqual([{ target: 'nsis', arch: ['x64'] }])
  })

  it('install on Windows for the current user, asking where, with no administrator rights', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true, perMachine: false })
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('describe Mend to Linux menus and package managers, and to macOS', () => {
    expect(config.linux).toMatchObject({ category: 'Utility' })
    expect(config.linux?.synopsis?.length).toBeGreaterThan(10)
    expect(config.linux?.description?.length).toBeGreaterThan(40)
    expect(config.linux?.maintainer).toMatch(/^.+ <.+@.+>$/)
    expect(config.mac).toMatchObject({ category: 'public.app-category.lifestyle', hardenedRuntime: true })
  })

  it('have what the deb target refuses to build without: a homepage and a maintainer with an address', () => {
    const metadata = { ...JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')), ...config.extraMetadata }
    expect(metadata.homepage).toMatch(/^https:\/\//)
    expect(metadata.author?.email ?? '').toMatch(/@/)
  })

  it('are named with product, version, system and processor, so downloads never overwrite each other', () => {
    for (const pattern of [config.artifactName, config.nsis?.artifactName]) {
      expect(pattern).toContain('${version}')
      expect(pattern).toContain('${arch}')
      expect(pattern).toContain('${os}')
    }
  })
})

describe('the icons', () => {
  const icons = { linux: config.linux?.icon, mac: config.mac?.icon, win: config.win?.icon }
  const toolset = process.env['ELECTRON_BUILDER_ICONS_TOOLSET_DIR']
  const temp = makeTempDir('mend-builder-icons-')
  // electron-builder converts any other icon with a tool it downloads; pointing it at a folder
  // that does not exist makes a conversion fail here instead of reaching for the network.
  beforeAll(() => {
    process.env['ELECTRON_BUILDER_ICONS_TOOLSET_DIR'] = join(temp.path, 'no-icon-tool')
  })
  afterAll(() => {
    if (toolset === undefined) delete process.env['ELECTRON_BUILDER_ICONS_TOOLSET_DIR']
    else process.env['ELECTRON_BUILDER_ICONS_TOOLSET_DIR'] = toolset
    temp.remove()
  })

  it('come from resources/: a PNG folder for Linux, an .icns for macOS, an .ico for Windows', () => {
    expect(icons).toEqual({ linux: 'resources/icons', mac: 'resources/icon.icns', win: 'resources/icon.ico' })
    expect(config.directories?.buildResources).toBe('resources')
    for (const path of Object.values(icons)) expect(existsSync(join(ROOT, String(path))), String(path)).toBe(true)
    expect(config.nsis?.installerIcon).toBe('resources/icon.ico')
  })

  it('are taken by electron-builder as they are, with no conversion and so no download', async () => {
    const roots = [join(ROOT, 'resources'), ROOT]
    const take = (source: string, format: 'icns' | 'ico' | 'set') =>
      convertIcon({ sources: [source], fallbackSources: [], roots, format, outDir: join(temp.path, format) })
    const ico = await take(icons.win as string, 'ico')
    expect(ico.isFallback).toBe(false)
    expect(ico.icons).toEqual([{ file: join(ROOT, 'resources/icon.ico'), size: 256 }])
    const icns = await take(icons.mac as string, 'icns')
    expect(icns.icons.map((icon) => icon.file)).toEqual([join(ROOT, 'resources/icon.icns')])
    const set = await take(icons.linux as string, 'set')
    expect(set.icons.map((icon) => icon.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024])
    expect(set.icons.every((icon) => icon.file.startsWith(join(ROOT, 'resources/icons/')))).toBe(true)
  })
})

describe('the backup file type', () => {
  const associations = [config.fileAssociations ?? []].flat() as FileAssociation[]

  it('is the extension Mend writes its backups with, opened by Mend as their viewer', () => {
    expect(associations).toHaveLength(1)
    const [backup] = associations
    expect(extname(backupName(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe(`.${backup?.ext}`)
    expect(backup).toMatchObject({
      ext: 'mendbackup',
      name: 'Mend backup',
      role: 'Viewer',
      mimeType: 'application/x-mend-backup',
    })
  })

  it('shows the app icon on macOS and Windows (electron-builder adds .icns or .ico to the name)', () => {
    const icon = associations[0]?.icon as string
    expect(existsSync(join(ROOT, `${icon}.icns`))).toBe(true)
    expect(existsSync(join(ROOT, `${icon}.ico`))).toBe(true)
  })
})

describe('what each package ships', () => {
  const SQLITE = 'node_modules/better-sqlite3-multiple-ciphers/prebuilds'
  const prebuilds = readdirSync(join(ROOT, SQLITE)).filter((name) => name.endsWith('.node'))
  const platformFiles = (os: PackageOs): unknown => config[os === 'mac' ? 'mac' : os]?.files
  /** A node_modules file ships unless an exclusion matches it (electron-builder applies only those there). */
  const ships = (files: string[], path: string) =>
    !files.some((pattern) => pattern.startsWith('!') && matchesGlob(path, pattern.slice(1)))

  it('is the bundles plus exclusions only, in full on every platform (a platform list replaces the common one)', () => {
    expect(config.files).toEqual(APP_FILES)
    expect(APP_FILES.filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
    ])
    for (const os of ['linux', 'mac', 'win'] as const) {
      expect(platformFiles(os), os).toEqual(filesFor(os))
      expect((platformFiles(os) as string[]).slice(0, APP_FILES.length), os).toEqual(APP_FILES)
    }
  })

  it('keeps only its own system’s SQLite binaries, for both processors', () => {
    expect(prebuilds.length).toBeGreaterThanOrEqual(8)
    for (const os of ['linux', 'mac', 'win'] as const) {
      const kept = prebuilds.filter((name) => ships(filesFor(os), `${SQLITE}/${name}`))
      const own = prebuilds.filter((name) =>
        (PREBUILT_SYSTEMS[os] as readonly string[]).includes(name.slice(0, name.lastIndexOf('-'))),
      )
      expect(kept, os).toEqual(own)
      expect(kept.some((name) => name.endsWith('-x64.node')) && kept.some((name) => name.endsWith('-arm64.node'))).toBe(
        true,
      )
    }
  })

  it('lets the universal macOS build keep both SQLite binaries unmerged', () => {
    const pattern = config.mac?.x64ArchFiles as string
    for (const name of prebuilds.filter((file) => file.startsWith('darwin-'))) {
      expect(matchesGlob(`Contents/Resources/app.asar.unpacked/${SQLITE}/${name}`, pattern), name).toBe(true)
    }
  })

  it('keeps every font PDF export names, and none of the weights it never uses', () => {
    const fontsSource = readFileSync(join(ROOT, 'electron/core/pdf/fonts.ts'), 'utf8')
    const named = [...fontsSource.matchAll(/'([@\w][\w@/.-]*\.ttf)'/g)].map((match) => `node_modules/${match[1]}`)
    expect(named).toHaveLength(6)
    for (const font of named) expect(ships(APP_FILES, font), font).toBe(true)
    const families = ['@expo-google-fonts/noto-sans', '@expo-google-fonts/noto-emoji', 'dejavu-fonts-ttf']
    const all = families.flatMap((family) =>
      (readdirSync(join(ROOT, 'node_modules', family), { recursive: true }) as string[])
        .filter((file) => file.endsWith('.ttf'))
        .map((file) => `node_modules/${family}/${file}`),
    )
    expect(all.length).toBeGreaterThan(30)
    expect(all.filter((font) => ships(APP_FILES, font)).sort()).toEqual([...named].sort())
  })
})
