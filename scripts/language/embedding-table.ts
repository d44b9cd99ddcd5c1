import { createReadStream } from 'node:fs'

/**
 * An experiment, not part of the app (see embedding-study.ts): pretrained word vectors read from a
 * wink-embeddings-style JSON file ({ …, "vectors": { "word": [v1 … vN, l2norm, rank] } }), kept
 * only for the words asked for. The file is 300 MB; streaming it and keeping a few thousand words
 * costs a few MB instead of the 2-3 GB a whole JSON.parse would take.
 */

export interface WordVectors {
  dimensions: number
  vectors: Map<string, Float32Array>
  /** A word's place in the table, which is ordered by frequency: what a shipped top-N table would keep. */
  rank: Map<string, number>
  /** Words in the whole table. */
  size: number
}

const ENTRY = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g

export async function readWordVectors(path: string, wanted: ReadonlySet<string>): Promise<WordVectors> {
  const vectors = new Map<string, Float32Array>()
  const rank = new Map<string, number>()
  let dimensions = 0
  let size = 0
  let inVectors = false
  let carry = ''
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 22 })) {
    let text = carry + (chunk as string)
    if (!inVectors) {
      // The header ("dimensions", the word list) comes before the vectors.
      const at = text.indexOf('"vectors":{')
      if (at < 0) {
        carry = text.slice(-64)
        const dims = /"dimensions":(\d+)/.exec(text)
        if (dims) dimensions = Number(dims[1])
        continue
      }
      const head = text.slice(0, at)
      dimensions = Number(/"dimensions":(\d+)/.exec(head)?.[1] ?? dimensions)
      text = text.slice(at + '"vectors":{'.length)
      inVectors = true
    }
    const end = text.lastIndexOf(']')
    ENTRY.lastIndex = 0
    for (let m = ENTRY.exec(text); m && m.index < end; m = ENTRY.exec(text)) {
      size++
      const word = JSON.parse(`"${m[1]!}"`) as string
      if (!wanted.has(word)) continue
      const values = m[2]!.split(',').map(Number)
      vectors.set(word, Float32Array.from(values.slice(0, dimensions)))
      rank.set(word, values[dimensions + 1] ?? size - 1)
    }
    carry = text.slice(end + 1)
  }
  if (!dimensions || vectors.size === 0) throw new Error(`No word vectors read from ${path}`)
  return { dimensions, vectors, rank, size }
}

const IRREGULAR: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall', "ain't": 'is' }
const ENDINGS: Record<string, string> = {
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'d": 'would',
  "'ll": 'will',
  "'s": 'is',
}

/**
 * The table's words for one token of ours. Our tokenizer keeps "didn't" and "i'm" whole; this
 * table has neither them nor their pieces ("n't", "'m"), nor any one-letter word or number (no
 * "i"), so contractions are spelled out ("did not", "am") and the rest looked up as they are.
 */
export function tableWords(word: string): string[] {
  if (!word.includes("'")) return [word]
  if (IRREGULAR[word]) return [IRREGULAR[word], 'not']
  const nt = /^(.+)n't$/.exec(word)
  if (nt) return [nt[1]!, 'not']
  const split = /^(.+?)('(?:s|m|re|ve|d|ll))$/.exec(word)
  return split ? [split[1]!, ENDINGS[split[2]!]!] : [word.replace(/'/g, '')]
}
