import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { apiUseKey, type ApiUse } from './electron-stand-in/api-use'

const ROOT = resolve(__dirname, '../..')
const LISTENERS = new Set(['on', 'once', 'addListener', 'prependListener'])

/**
 * Looks up uses of Electron's API (as the stand-in records them) in Electron's own type
 * definitions (node_modules/electron/electron.d.ts), through the TypeScript compiler: a type's
 * members include what it inherits (a BrowserWindow's from BaseWindow and EventEmitter), and an
 * event is known when one of the listener method's overloads takes its name as a literal.
 * Returns the uses Electron does not have, each named as `Type.member` or `Type.on('event')`.
 */
export function missingFromElectron(uses: readonly ApiUse[]): string[] {
  const types = [...new Set(uses.map((use) => use.type))]
  const declarations = types.map((type, index) => `declare const t${index}: ${typeExpression(type)}`)
  const dir = join(ROOT, 'node_modules/.cache/mend-boot')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'electron-api-probe.ts')
  writeFileSync(file, `import * as electron from 'electron'\n${declarations.join('\n')}\nexport {}\n`)
  const program = ts.createProgram([file], {
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules/@types')],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)!
  const problems = ts
    .getPreEmitDiagnostics(program, source)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  if (problems.length > 0) throw new Error(`Electron's types could not be read: ${problems.join('; ')}`)
  const typeOfName = new Map<string, ts.Type>()
  source.statements.filter(ts.isVariableStatement).forEach((statement, index) => {
    const declaration = statement.declarationList.declarations[0]!
    typeOfName.set(types[index]!, checker.getTypeAtLocation(declaration.name))
  })
  return uses.filter((use) => !exists(checker, typeOfName.get(use.type)!, use)).map(apiUseKey)
}

/** `electron` is the module; `typeof X` a class's statics (or a namespace-like const); else an interface or class. */
function typeExpression(type: string): string {
  if (type === 'electron') return 'typeof electron'
  if (type.startsWith('typeof ')) return `typeof Electron.${type.slice('typeof '.length)}`
  return `Electron.${type}`
}

function exists(checker: ts.TypeChecker, type: ts.Type, use: ApiUse): boolean {
  const member = checker.getPropertyOfType(type, use.member)
  if (!member) return false
  if (use.event === undefined) return true
  if (!LISTENERS.has(use.member)) return false
  const method = checker.getTypeOfSymbol(member)
  return method.getCallSignatures().some((signature) => {
    const first = signature.getParameters()[0]
    if (!first) return false
    const parameter = checker.getTypeOfSymbol(first)
    const literals = parameter.isUnion() ? parameter.types : [parameter]
    return literals.some((literal) => literal.isStringLiteral() && literal.value === use.event)
  })
}
