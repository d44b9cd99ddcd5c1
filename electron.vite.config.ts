import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { build, type InlineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

/**
 * The command-line companion (electron/cli) as one CommonJS file, out/cli/index.js, run by
 * bin/mend.js on plain Node 22. It is its own build rather than a second input of `main`: two
 * inputs would split core into a chunk shared with out/main, and the app's bundle must not change
 * shape (or ever contain the CLI) because a command line was added.
 */
export const cliBuild: InlineConfig = {
  configFile: false,
  root: __dirname,
  logLevel: 'warn',
  build: {
    // An SSR build targets Node and leaves dependencies (better-sqlite3-multiple-ciphers, zod) external.
    ssr: resolve(__dirname, 'electron/cli/index.ts'),
    outDir: resolve(__dirname, 'out/cli'),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rolldownOptions: { output: { format: 'cjs', entryFileNames: 'index.js' } },
  },
}

/** Builds the CLI after the main bundle, in `electron-vite build` only (not in dev's watch mode). */
function buildCommandLine(): Plugin {
  return {
    name: 'mend:build-cli',
    apply: 'build',
    async closeBundle() {
      if (this.meta.watchMode) return
      await build(cliBuild)
    },
  }
}

/**
 * `electron-vite build --mode e2e` makes the test build into out-e2e/: main with the test-only hook
 * (electron/main/testing/e2e-main.ts) and the core worker with the test control channel, for the
 * end-to-end tests' Electron target. Its own folder, so that out/ (what is packaged) never holds it.
 */
export const E2E_MODE = 'e2e'

// Folder = runtime (see DESIGN.md): main and preload come from electron/, the renderer from src/.
export default defineConfig(({ mode }) => {
  const e2e = mode === E2E_MODE
  const out = e2e ? 'out-e2e' : 'out'
  const mainInput: Record<string, string> = e2e
    ? {
        index: resolve(__dirname, 'electron/main/testing/e2e-main.ts'),
        'control-worker': resolve(__dirname, 'electron/core-host/testing/control-worker.ts'),
      }
    : {
        index: resolve(__dirname, 'electron/main/index.ts'),
        // The core's worker thread, its own file: main starts it with `new Worker(<dir>/core-worker.js)`.
        'core-worker': resolve(__dirname, 'electron/core-host/core-worker.ts'),
      }
  return {
    main: {
      // The command line is the app's, not the test build's.
      plugins: e2e ? [] : [buildCommandLine()],
      build: {
        outDir: `${out}/main`,
        rolldownOptions: { input: mainInput },
      },
    },
    preload: {
      build: {
        outDir: `${out}/preload`,
        // A sandboxed preload cannot require() anything but 'electron': bundle zod and the contract in.
        externalizeDeps: false,
        rolldownOptions: {
          input: { index: resolve(__dirname, 'electron/preload/index.ts') },
          external: ['electron'],
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
        },
      },
    },
    renderer: {
      root: resolve(__dirname, 'src'),
      // Relative asset URLs so the same build loads from app://mend/ and from the test bridge.
      base: './',
      plugins: [vue()],
      build: {
        outDir: resolve(__dirname, `${out}/renderer`),
        emptyOutDir: true,
        minify: true,
        rolldownOptions: { input: { index: resolve(__dirname, 'src/index.html') } },
      },
    },
  }
})
