import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/unit/{core,ipc,core-host,main,contract,tooling,cli}/**/*.test.ts',
            'tests/integration/**/*.test.ts',
          ],
          // Real scrypt and real encrypted files: give slow CI machines room.
          testTimeout: 30_000,
          setupFiles: ['tests/helpers/patient-waits.ts'],
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // Lazy screens load through Vite's transform: slow on a busy machine.
          testTimeout: 20_000,
          setupFiles: ['tests/helpers/patient-waits.ts'],
          include: ['tests/unit/renderer/**/*.test.ts'],
        },
      },
    ],
  },
})
