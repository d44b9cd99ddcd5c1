/**
 * What goes into app.asar, for electron-builder's `files`. Negations only after the three bundles:
 * electron-builder applies just the exclusions to node_modules (a pattern that re-includes a file
 * there is not honoured on every path), and a platform's own `files` replaces this list rather
 * than adding to it, so each platform gets the whole list from `filesFor`.
 * tests/e2e/packaging.spec.ts packs the Linux app and loads what the main process needs from it.
 */

/** Where the SQLite module keeps one prebuilt binary a system and processor (darwin-arm64.node...). */
const PREBUILDS = 'node_modules/better-sqlite3-multiple-ciphers/prebuilds'

/** Prebuilt binary prefixes for each packaging target (linuxmusl is Linux on musl, e.g. Alpine). */
export const PREBUILT_SYSTEMS = {
  linux: ['linux', 'linuxmusl'],
  mac: ['darwin'],
  win: ['win32'],
} as const

export type PackageOs = keyof typeof PREBUILT_SYSTEMS

export const APP_FILES = [
  // The bundles electron-vite built; out/cli is the command line's, never shipped in the app.
  'out/main/**',
  'out/preload/**',
  'out/renderer/**',
  // The SQLite module's C sources (14 MB): it loads a prebuilt binary.
  '!node_modules/better-sqlite3-multiple-ciphers/{deps,src}/**',
  // PDF export embeds Noto Sans 400/700 upright and italic, Noto Emoji 400 and DejaVu Sans
  // (electron/core/pdf/fonts.ts); the packages bring every weight and variant (about 20 MB).
  '!node_modules/@expo-google-fonts/noto-sans/{1,2,3,5,6,8,9}00*/**',
  '!node_modules/@expo-google-fonts/noto-emoji/{3,5,6,7}00*/**',
  '!node_modules/@expo-google-fonts/*/**/*.png',
  '!node_modules/dejavu-fonts-ttf/ttf/DejaVu{Sans-,SansCondensed,SansMono,Serif,MathTeXGyre}*',
  // HEIC photos are decoded by heic-decode through libheif-js's wasm bundle (the wasm inlined):
  // its asm.js build, separate .wasm and ES module copy are never loaded (about 6 MB).
  '!node_modules/libheif-js/libheif/**',
  '!node_modules/libheif-js/libheif-wasm/{libheif.js,libheif.wasm,libheif-bundle.mjs}',
  // WebP photos in PDFs: only the decoder's wasm and its loader (not the encoder).
  '!node_modules/@jsquash/webp/codec/enc/**',
  // Nothing runs source maps, TypeScript sources or documentation from inside the app.
  '!node_modules/**/*.{map,ts,mts,cts,md,markdown}',
]

/**
 * The app's files for one target: each package keeps only its own system's SQLite binaries
 * (both processors: the macOS universal build merges two trees that must hold the same files).
 */
export function filesFor(os: PackageOs): string[] {
  const foreign = Object.entries(PREBUILT_SYSTEMS)
    .filter(([target]) => target !== os)
    .flatMap(([, systems]) => systems)
  return [...APP_FILES, ...foreign.map((system) => `!${PREBUILDS}/${system}-*.node`)]
}
