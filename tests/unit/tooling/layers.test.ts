import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The layer rule must fail the build on a wrong import; these lint virtual files to prove it. */
const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('layer boundaries', () => {
  it("core may not import 'electron'", async () => {
    expect(await ruleIds('electron/core/x.ts', "import { app } from 'electron'\nexport const a = app\n")).toContain(
      'no-restricted-imports',
    )
  })

  it('core may not import ipc or main', async () => {
    const ids = await ruleIds(
      'electron/core/x.ts',
      "import { createRouter } from '../ipc/router'\nexport const r = createRouter\n",
    )
    expect(ids).toContain('import-x/no-restricted-paths')
  })

  it('the renderer may import the contract but not core', async () => {
    expect(await ruleIds('src/x.ts', "import { Vault } from '../electron/core'\nexport const v = Vault\n")).toContain(
      'import-x/no-restricted-paths',
    )
    expect(
      await ruleIds('src/x.ts', "import { procedures } from '../electron/contract'\nexport const p = procedures\n"),
    ).toEqual([])
  })

  it('the contract may not import core', async () => {
    expect(
      await ruleIds(
        'electron/contract/x.ts',
        "import { MendError } from '../core/errors'\nexport const e = MendError\n",
      ),
    ).toContain('import-x/no-restricted-paths')
  })

  it("main may import 'electron' and core", async () => {
    expect(
      await ruleIds(
        'electron/main/x.ts',
        "import { app } from 'electron'\nimport { Vault } from '../core'\nexport const a = [app, Vault]\n",
      ),
    ).toEqual([])
  })
})
