import type { Configuration } from 'electron-builder'
import { flipMendFuses } from './build/fuses'
import { APP_FILES, filesFor } from './build/package-files'

/**
 * Packaging (electron-builder 26 loads a TypeScript config through jiti), on a machine with
 * internet, since it downloads Electron for each platform:
 *   npm run dist   (= electron-vite build && electron-builder --config electron-builder.config.ts)
 * Security rests on the first block: the app only from app.asar, the native SQLite module
 * unpacked beside it, and the fuses flipped before signing. Every icon is ready-made in
 * resources/ (npm run icons), so electron-builder never fetches its icon converter.
 */

const config: Configuration = {
  appId: 'app.mend.desktop',
  productName: 'Mend',
  directories: {
    output: 'dist',
    // Icons and other packaging inputs; electron-builder never copies this folder into the app.
    buildResources: 'resources',
  },
  // The three bundles and the run-time node_modules, trimmed; each platform below narrows the
  // native SQLite binaries to its own (build/package-files.ts).
  files: APP_FILES,
  // Outside the archive so that Electron's About panel (which takes a file path) and the window
  // on Linux can show the icon: process.resourcesPath/icon.png once packaged.
  extraResources: [{ from: 'resources/icons/256x256.png', to: 'icon.png' }],
  // OnlyLoadAppFromAsar and ASAR integrity need an archive to load and check.
  asar: true,
  // A native module cannot be loaded from inside an archive.
  asarUnpack: ['node_modules/better-sqlite3-multiple-ciphers/**/*.node'],
  // Node-API prebuilt binaries: one build for Node and Electron, nothing to rebuild.
  npmRebuild: false,
  // Flipped here with the project's @electron/fuses (electron-builder's own `electronFuses` option
  // bundles an older one that knows fewer fuses and cannot require all of them to be set).
  afterPack: flipMendFuses,
  // package.json has no author or homepage, and the deb target refuses to build without a homepage
  // (Debian's Homepage field); electron-builder also names the Windows publisher after the author.
  // Placeholders in a reserved domain (nothing is ever fetched from them) until the project has
  // real ones; then they belong in package.json and this goes.
  extraMetadata: {
    author: { name: 'The Mend authors', email: 'maintainers@mend.invalid' },
    homepage: 'https://mend.invalid/',
  },
  // One name pattern for every download page: which version, for which system and processor.
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',

  // Double-clicking a backup opens Mend (which asks before restoring anything); the extension is
  // the one electron/core/backup/backup-names.ts writes.
  fileAssociations: [
    {
      ext: 'mendbackup',
      name: 'Mend backup',
      // Windows: the "Type" Explorer shows (it would otherwise read "MENDBACKUP File").
      description: 'Mend backup',
      // macOS: Mend opens backups but a backup is not a document edited in place.
      role: 'Viewer',
      // macOS: the extension is Mend's own, so Mend is its owner rather than one choice among many.
      rank: 'Owner',
      // Linux: registered in /usr/share/mime by the deb and named in the .desktop file.
      mimeType: 'application/x-mend-backup',
      // macOS and Windows take the app's own icon format; Linux uses a generic document icon.
      icon: 'resources/icon',
    },
  ],

  linux: {
    target: [
      // One file that runs on most distributions without installing.
      { target: 'AppImage', arch: ['x64'] },
      // Debian and Ubuntu: installs a menu entry and the backup file type.
      { target: 'deb', arch: ['x64'] },
    ],
    // A folder of NxN.png files: each desktop environment picks the size it draws.
    icon: 'resources/icons',
    // freedesktop.org main category: a journal is neither Office nor Development.
    category: 'Utility',
    synopsis: 'Private, offline reflection on repairing broken trust',
    description:
      'Mend is a private journal for repairing broken trust: reflect, plan amends and look at ' +
      'trust with evidence over time. Everything stays encrypted on this computer; Mend makes ' +
      'no network requests.',
    // Debian's Maintainer field (it would default to the author above).
    maintainer: 'The Mend authors <maintainers@mend.invalid>',
    // What a desktop's application search matches besides the name.
    desktop: { entry: { Keywords: 'journal;trust;repair;reflection;' } },
    files: filesFor('linux'),
  },

  mac: {
    // A universal dmg runs natively on Apple silicon and Intel from one download.
    target: [{ target: 'dmg', arch: ['universal'] }],
    icon: 'resources/icon.icns',
    category: 'public.app-category.lifestyle',
    // Required for notarization; electron-builder's default entitlements (JIT for V8) suffice.
    hardenedRuntime: true,
    files: filesFor('mac'),
    // The universal merge lipo-joins binaries that differ between the Intel and the Apple silicon
    // build and refuses identical ones unless named here: both halves carry both SQLite binaries
    // (each already single-architecture, the module picks one by process.arch at run time).
    x64ArchFiles: '**/better-sqlite3-multiple-ciphers/prebuilds/darwin-*.node',
  },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.ico',
    files: filesFor('win'),
  },
  nsis: {
    // An assisted installer: people see where Mend goes and may choose another folder.
    oneClick: false,
    allowToChangeInstallationDirectory: true,
    // Per user, without administrator rights; the journal is personal. File associations still
    // work: the installer writes them under HKCU\Software\Classes (its SHELL_CONTEXT).
    perMachine: false,
    installerIcon: 'resources/icon.ico',
    uninstallerIcon: 'resources/icon.ico',
    // Uninstalling removes the program, never the encrypted journal in the user's data folder.
    deleteAppDataOnUninstall: false,
    artifactName: '${productName}-${version}-${os}-${arch}-setup.${ext}',
  },
}

export default config
