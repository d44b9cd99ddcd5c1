// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import prettier from 'eslint-config-prettier'

/**
 * The layers of DESIGN.md, enforced: arrows point one way (contract <- core <- ipc <- core-host
 * <- main; core, ipc <- cli; preload and src see contract only; nothing imports cli), and only
 * main and preload may import 'electron' (core-host runs the core in a worker thread, where
 * Electron's modules do not exist).
 */
export const layerZones = [
  {
    target: './electron/contract',
    from: [
      './electron/core',
      './electron/ipc',
      './electron/core-host',
      './electron/main',
      './electron/preload',
      './electron/cli',
      './src',
    ],
    message: 'contract imports zod only.',
  },
  {
    target: './electron/core',
    from: [
      './electron/ipc',
      './electron/core-host',
      './electron/main',
      './electron/preload',
      './electron/cli',
      './src',
    ],
    message: 'core is the product in plain Node: it may import contract only.',
  },
  {
    target: './electron/ipc',
    from: ['./electron/core-host', './electron/main', './electron/preload', './electron/cli', './src'],
    message: 'ipc may import core and contract only.',
  },
  {
    target: './electron/core-host',
    from: ['./electron/main', './electron/preload', './electron/cli', './electron/ipc/transports', './src'],
    message: 'core-host hosts core and ipc in a worker thread: it may import them and contract only.',
  },
  {
    target: './electron/main',
    from: ['./electron/preload', './electron/cli', './src'],
    message: 'main talks to the renderer over IPC, never by import.',
  },
  {
    target: './electron/preload',
    from: ['./electron/core', './electron/ipc', './electron/core-host', './electron/main', './electron/cli', './src'],
    message: 'preload sees the contract only.',
  },
  {
    target: './electron/cli',
    from: ['./electron/main', './electron/preload', './electron/ipc/transports', './electron/core-host', './src'],
    message: 'the command line runs on plain Node: it may import core, ipc (not its transports) and contract.',
  },
  {
    target: './src',
    from: [
      './electron/core',
      './electron/ipc',
      './electron/core-host',
      './electron/main',
      './electron/preload',
      './electron/cli',
    ],
    message: 'the renderer sees the contract only.',
  },
]

const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: "Only electron/main and electron/preload may import 'electron' (see DESIGN.md)." },
      ],
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-e2e/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    files: ['**/*.{ts,mts,vue}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Privacy: the app logs through its Logger (events only), never console in the renderer or core.
      'no-console': 'off',
      // TypeScript already knows every global (DOM in src, Node in electron); no-undef only misfires.
      'no-undef': 'off',
    },
  },
  {
    files: [
      'electron/contract/**',
      'electron/core/**',
      'electron/ipc/**',
      'electron/core-host/**',
      'electron/cli/**',
      'src/**',
    ],
    rules: noElectron,
  },
  {
    // The command line writes through its CliIo too, so a stray console.log cannot leak anything.
    files: ['src/**', 'electron/core/**', 'electron/ipc/**', 'electron/core-host/**', 'electron/cli/**'],
    ignores: ['electron/core/ports.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/components/**', 'src/views/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'Components call stores; stores call the API client.' },
        { name: 'navigator', message: 'Read platform facts in src/platform.ts.' },
      ],
    },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    // The `mend` launcher: CommonJS, run by whatever Node is on PATH (it refuses old ones itself).
    files: ['bin/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { process: 'readonly', require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
)
