import type { Configuration } from 'electron-builder'
import { flipMendFuses } from './build/fuses'

/**
 * Packaging (electron-builder 26 loads a TypeScript config through jiti):
 *   npx electron-vite build && npx electron-builder --config electron-builder.config.ts
 * Targets and icons come later; this holds what security depends on: the app only from app.asar,
 * the native SQLite module unpacked beside it, and the fuses flipped before signing.
 */
const config: Configuration = {
  appId: 'app.mend.desktop',
  productName: 'Mend',
  directories: { output: 'dist' },
  // The bundles electron-vite built; out/cli is the command line's, never shipped in the app.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**'],
  // OnlyLoadAppFromAsar and ASAR integrity need an archive to load and check.
  asar: true,
  // A native module cannot be loaded from inside an archive.
  asarUnpack: ['node_modules/better-sqlite3-multiple-ciphers/**/*.node'],
  // Node-API prebuilt binaries: one build for Node and Electron, nothing to rebuild.
  npmRebuild: false,
  // Flipped here with the project's @electron/fuses (electron-builder's own `electronFuses` option
  // bundles an older one that knows fewer fuses and cannot require all of them to be set).
  afterPack: flipMendFuses,
}

export default config
