import { scoreReal, readRealCorpus } from '../../tests/unit/core/repair/language-real-corpus'
import { RULES_BEFORE, rulesAt } from './historical-rules'

/**
 * Every blind batch as the rules met it before anyone read it (RULES_BEFORE), beside two fixed
 * baselines, so that the first-sight figures quoted in tests/fixtures/language/real/README.md can be
 * checked: `npx tsx scripts/language/first-sight-table.ts` (needs the git history; about a minute
 * the first time, while it extracts each version of the rules into node_modules/.cache).
 */
const BASELINES = [
  ['round 4 last', '1bccef2'],
  ['round 6 last', '94453c7'],
] as const

const cell = (precision: number, recall: number) => `${precision.toFixed(2)} / ${recall.toFixed(2)}`.padEnd(13)

async function main(): Promise<void> {
  const header = ['batch'.padEnd(10), 'rules before'.padEnd(13), ...BASELINES.map(([name]) => name.padEnd(13))]
  console.log(header.join(' '))
  for (const [batch, commit] of Object.entries(RULES_BEFORE)) {
    const rows = readRealCorpus(`${batch}.jsonl`)
    const cells: string[] = []
    for (const version of [commit, ...BASELINES.map(([, c]) => c)]) {
      const check = await rulesAt(version)
      if (!check) return console.log('(no git history: a shallow clone cannot rebuild the old rules)')
      const score = scoreReal(rows, check)
      cells.push(cell(score.sentencePrecision, score.sentenceRecall))
    }
    console.log([`${batch}`.padEnd(10), ...cells].join(' '))
  }
}

void main()
