import { checkApologyLanguage } from '../../electron/core/repair/language-check'
import { buildLanguageCheckBenchText } from '../../electron/core/repair/language-bench'
import { analyzeApologyParts } from '../../electron/core/repair/apology-parts'
import { figureOf, type Figure } from './figures'

/** How long one call takes, `runs` times, after warm-up calls that compile the expressions once. */
function timeCalls(run: () => unknown, runs: number): number[] {
  for (let i = 0; i < 3; i++) run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return times
}

/**
 * The language check of the ownership and compassion steps on a 20,000-character draft far
 * denser in findings than a real one (the worst case the writer can type), as the main process
 * runs it on every pause in typing; the same draft with every sentence end removed, where the
 * check's context windows are longest; and the apology-parts analysis that runs beside it.
 */
export function languageCheckFigures(runs: number): Figure[] {
  const text = buildLanguageCheckBenchText(20_000)
  const runOn = text.replace(/[.!?\n]/g, ',')
  return [
    figureOf(
      'language.check',
      'language check, 20,000 characters',
      'ms',
      timeCalls(() => checkApologyLanguage(text), runs),
      {
        target: { kind: 'max', value: 15 },
        note: `a draft of ${text.length.toLocaleString('en')} characters with ${checkApologyLanguage(text).length} findings; ${runs} runs after 3 warm-up runs`,
      },
    ),
    figureOf(
      'language.checkRunOn',
      '  same, no sentence ends',
      'ms',
      timeCalls(() => checkApologyLanguage(runOn), runs),
    ),
    figureOf(
      'language.parts',
      'apology parts, 20,000 characters',
      'ms',
      timeCalls(() => analyzeApologyParts(text), runs),
    ),
  ]
}
