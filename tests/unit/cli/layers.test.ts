import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The command line is a host over core: these lint virtual files to prove its boundaries hold. */
const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('cli layer boundaries', () => {
  it("cli may not import 'electron'", async () => {
    expect(await ruleIds('electron/cli/x.ts', "import { app } from 'electron'\nexport const a = app\n")).toContain(
      'no-restricted-imports',
    )
  })

  it('cli may import core, ipc and contract', async () => {
    const code = [
      "import { Vault } from '../core'",
      "import { createAppApi } from '../ipc'",
      "import { procedures } from '../contract'",
      'export const all = [Vault, createAppApi, procedures]',
      '',
    ].join('\n')
    expect(await ruleIds('electron/cli/x.ts', code)).toEqual([])
  })

  it('cli may not import the ipc transports, main or the renderer', async () => {
    for (const from of ['../ipc/transports/http-bridge', '../main/window', '../../src/platform']) {
      expect(await ruleIds('electron/cli/x.ts', `import * as m from '${from}'\nexport const x = m\n`), from).toContain(
        'import-x/no-restricted-paths',
      )
    }
  })

  it('nothing imports cli', async () => {
    for (const [file, from] of [
      ['electron/core/x.ts', '../cli/run'],
      ['electron/ipc/x.ts', '../cli/run'],
      ['electron/main/x.ts', '../cli/run'],
      ['src/x.ts', '../electron/cli/run'],
    ] as const) {
      expect(await ruleIds(file, `import { runCli } from '${from}'\nexport const r = runCli\n`), file).toContain(
        'import-x/no-restricted-paths',
      )
    }
  })

  it('cli may not use console (it writes through its io, so nothing leaks by accident)', async () => {
    expect(await ruleIds('electron/cli/x.ts', "console.log('x')\n")).toContain('no-console')
  })
})
