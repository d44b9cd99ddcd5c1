import { PART_PHRASES, compilePhrase } from './apology-parts-patterns'
import { checkApologyLanguage, type LanguageFinding } from './language-check'

/**
 * The six parts of an apology studied by Lewicki, Polin & Lount (2016). The paper ranks the ends:
 * acknowledging responsibility mattered most, offering repair second, asking forgiveness least.
 * Regret, explanation and repentance came out about equal in between; their order here is ours.
 */
export const APOLOGY_PARTS = ['responsibility', 'repair', 'regret', 'explanation', 'repentance', 'forgiveness'] as const
export type ApologyPart = (typeof APOLOGY_PARTS)[number]

/** Offsets into the analysed text, in UTF-16 code units like JavaScript strings; end is exclusive. */
export interface TextSpan {
  start: number
  end: number
}

export interface ApologyPartResult {
  part: ApologyPart
  label: string
  why: string
  present: boolean
  evidence: TextSpan[]
  prompt: string
}

interface PartText {
  label: string
  why: string
  prompt: string
}

const PART_TEXT: Record<ApologyPart, PartText> = {
  responsibility: {
    label: 'Taking responsibility',
    why: 'People receiving apologies valued this part most: saying plainly what you did shows you see it was yours.',
    prompt: "What exactly did you do? Say it in the first person, without 'if' or 'maybe'.",
  },
  repair: {
    label: 'Offering to make it right',
    why: 'An offer to make up for the harm came next in importance, because it carries part of the cost instead of only naming it.',
    prompt: 'What could you do to make up for it, now or over time? You could also ask them what would help.',
  },
  regret: {
    label: 'Saying you regret it',
    why: 'Saying you feel bad about it tells them you understand it hurt, not just that it happened.',
    prompt: 'How do you feel about what you did? Can you say you are sorry for that specific thing?',
  },
  explanation: {
    label: 'Explaining what went wrong',
    why: 'A short, honest account of how it happened helps them make sense of it, as long as it does not become an excuse.',
    prompt: 'What was going on for you when it happened? Keep it brief, and let it explain rather than excuse.',
  },
  repentance: {
    label: "Saying it won't happen again",
    why: 'Naming what you will do differently gives them something concrete to watch for; your actions will show whether it holds.',
    prompt: 'What will you do differently from now on, in a way they could notice?',
  },
  forgiveness: {
    label: 'Asking for forgiveness',
    why: 'Asking leaves the choice with them; it added the least on its own, so it belongs at the end and never as pressure.',
    prompt: 'Would you like to ask whether they can forgive you, leaving them free to say no, or not yet?',
  },
}

/** Where a candidate phrase sits, so a guard can look around it without re-scanning the draft. */
interface MatchContext {
  /** The clause up to the match (a clause ends at , ; : dashes and brackets as well as sentence ends). */
  clauseBefore: string
  /** The sentence up to the match. */
  sentenceBefore: string
  /** The rest of the sentence after the match. */
  sentenceAfter: string
}

/** A guard returns true when the match must not count. */
type Guard = (context: MatchContext) => boolean

const NEGATOR = /^(?:not|no|never|cannot|\w+n't|wont|cant|dont|didnt)$/i
// "I won't promise it won't happen again", "I'm not asking you to forgive me": a negated claim,
// promise or request covers what follows it in the clause.
const NEGATED_STANCE =
  /(?:\bnot|\bnever|\bcannot|n't)\s+(?:\w+\s+){0,3}?(?:promise|promising|say|saying|said|think|believe|feel|admit|admitting|claim|claiming|pretend|expect|ask|asking|guarantee|know\s+(?:if|whether)|sure)\b/i
// "You said I was selfish": someone else's claim about the writer is not the writer owning it.
const ATTRIBUTED =
  /\b(?:you|he|she|they|someone|somebody|people|everyone|everybody)\s+(?:\w+\s+)?(?:said|say|says|think|thinks|thought|claim|claims|claimed|believe|believes|told\s+me|tell\s+me|keep\s+saying|kept\s+saying|accused\s+me\s+of|act\s+like|acted\s+like|feel|feels|felt)(?:\s+that)?\s*$/i
// "even if" and "if I'm honest" do not make what follows conditional.
const CONDITIONAL =
  /\b(?<!\beven\s)(?:if|whether|whatever|in\s+case|to\s+the\s+extent)\b(?!\s+i(?:'m|\s+am)\s+(?:being\s+)?honest)(?!\s+you(?:'re|\s+are)?\s+(?:ever\s+|one\s+day\s+)?(?:read|see|hear|reading|seeing|were\s+to))/i
const HEDGE_BEFORE =
  /\b(?:maybe|perhaps|possibly|probably|i\s+guess|i\s+suppose|i\s+think|might|may\s+have|could\s+have|must\s+have|kind\s+of|sort\s+of|somewhat|in\s+a\s+way)\b/i
// A hedge closing the clause takes the admission back: "I was harsh, I guess."
const HEDGE_AFTER =
  /^(?:\s+\w+){0,2}?[\s,]*\b(?:i\s+guess|i\s+suppose|maybe|perhaps|kind\s+of|sort\s+of|or\s+something|or\s+whatever|a\s+bit|a\s+little|slightly)\s*(?:[.!?,;]|$)/i
const BLAMING =
  /\b(?:you\s+(?:made|forced|pushed|provoked|drove)\s+me|you\s+started\s+it|you\s+asked\s+for\s+it|if\s+you\s+(?:hadn't|had\s+not)|you\s+(?:left|gave)\s+me\s+no\s+choice|because\s+you\s+(?:always|never|kept|keep|wouldn't|won't|didn't|were\s+being|started|made)|but\s+you\s+(?:were|did|started|made|also|too|never|always|should|kept)|(?:it's|it\s+was)\s+your\s+fault|your\s+fault\s+too|you\s+deserved|you(?:'d|'re|\s+would|\s+were|\s+are)?\s+overreact)/i
// "Because I wasn't." answers a charge; it explains nothing that went wrong.
const BARE_DENIAL = /^\s*(?:wasn't|was\s+not|didn't|did\s+not|don't|'m\s+not|am\s+not|haven't)\s*(?:[.!?,;]|$)/i
// "I said I'm sorry" hurries the other person along instead of apologising again.
const SELF_QUOTED = /\bi(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:said|told\s+you)(?:\s+that)?\s*$/i
// "fine, sorry" and "whatever, sorry" are given grudgingly.
const GRUDGING = /\b(?:fine|whatever)[\s,]*$/i
// What turns "sorry" into a non-apology when it follows at once (METHOD.md's conditional,
// blaming-feelings and excuse forms).
const NOT_REGRET_AFTER =
  /^[\s,]*(?:if\b|but\b|to\s+(?:hear|bother|interrupt)\b|for\s+making\s+you\s+feel\s+that\s+way|nothing\b|not\s+sorry\b|for\s+whatever\b|about\s+how\s+you\b|(?:that\s+)?you(?:'re|\s+are|\s+were)?\s+(?:feel|felt|think|thought|see|saw|took|take|misunderstood|overreact\w*|offended|upset|got\s+(?:upset|offended)|were\s+offended))/i

// "Forgive me for saying so, but..." is politeness before a disagreement, not a request.
const NOT_FORGIVENESS_AFTER =
  /^(?:\s+for\s+(?:saying|asking|interrupting|being\s+(?:blunt|direct|honest))|[\s,]*but\b)/i

function negated({ clauseBefore }: MatchContext): boolean {
  const lastWords = clauseBefore.trim().split(/\s+/).slice(-2)
  return lastWords.some((word) => NEGATOR.test(word)) || NEGATED_STANCE.test(clauseBefore)
}
const attributed: Guard = ({ clauseBefore }) => ATTRIBUTED.test(clauseBefore)
const conditional: Guard = ({ sentenceBefore }) => CONDITIONAL.test(sentenceBefore)
const hedged: Guard = ({ clauseBefore, sentenceAfter }) =>
  HEDGE_BEFORE.test(clauseBefore) || HEDGE_AFTER.test(sentenceAfter)
const blaming: Guard = ({ sentenceAfter }) => BLAMING.test(sentenceAfter)
const denial: Guard = ({ sentenceAfter }) => BARE_DENIAL.test(sentenceAfter)
const politeness: Guard = ({ sentenceAfter }) => NOT_FORGIVENESS_AFTER.test(sentenceAfter)
const selfQuoted: Guard = ({ clauseBefore }) => SELF_QUOTED.test(clauseBefore)
const notRegret: Guard = ({ clauseBefore, sentenceBefore, sentenceAfter }) =>
  GRUDGING.test(sentenceBefore) || NOT_REGRET_AFTER.test(sentenceAfter) || SELF_QUOTED.test(clauseBefore)

/** Every part refuses negated and attributed phrases; the rest are the brief's per-part rules. */
const GUARDS: Record<ApologyPart, Guard[]> = {
  responsibility: [negated, attributed, conditional, hedged, blaming, selfQuoted],
  repair: [negated, attributed],
  regret: [negated, attributed, conditional, hedged, notRegret],
  explanation: [negated, attributed, denial],
  repentance: [negated, attributed, hedged],
  forgiveness: [negated, attributed, politeness],
}

const PATTERNS: Record<ApologyPart, RegExp[]> = {
  responsibility: PART_PHRASES.responsibility.map(compilePhrase),
  repair: PART_PHRASES.repair.map(compilePhrase),
  regret: PART_PHRASES.regret.map(compilePhrase),
  explanation: PART_PHRASES.explanation.map(compilePhrase),
  repentance: PART_PHRASES.repentance.map(compilePhrase),
  forgiveness: PART_PHRASES.forgiveness.map(compilePhrase),
}

/**
 * Text in quotation marks is someone else's words (or the writer quoting what was said back
 * then), so it is blanked before matching. Blanking with spaces keeps every offset valid.
 * Single quotes count only as a pair that opens before a word and closes after one, so
 * apostrophes ("I'm", "the kids' toys") are left alone.
 */
const QUOTED =
  /“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|"[^"\n]*"|(?<=^|[\s([{])[‘'](?=\p{L})[^\n]*?[’'](?=$|[\s.,;:!?)\]}])/gu

/** Blanks a quotation, but keeps a full stop at its end: 'I said "I was at work." I lied.' is two sentences. */
function blankQuote(quote: string): string {
  const blank = quote.replace(/[^\n]/g, ' ')
  const stop = quote.charAt(quote.length - 2)
  return /[.!?]/.test(stop) ? `${blank.slice(0, -2)}${stop} ` : blank
}

function prepare(text: string): string {
  const unquoted = text.replace(QUOTED, blankQuote)
  // Same length in, same length out: offsets found here are offsets into the caller's text.
  return unquoted.replace(/[’‘ʼ`]/g, "'")
}

const SENTENCE_END = /[.!?\n]/
const CLAUSE_END = /[.!?\n;:,—–()]/

function lastIndexMatching(text: string, before: number, pattern: RegExp): number {
  for (let i = before - 1; i >= 0; i--) if (pattern.test(text.charAt(i))) return i
  return -1
}

function firstIndexMatching(text: string, from: number, pattern: RegExp): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text.charAt(i))) return i
  return text.length
}

function contextOf(text: string, start: number, end: number): MatchContext {
  return {
    clauseBefore: text.slice(lastIndexMatching(text, start, CLAUSE_END) + 1, start),
    sentenceBefore: text.slice(lastIndexMatching(text, start, SENTENCE_END) + 1, start),
    sentenceAfter: text.slice(end, firstIndexMatching(text, end, SENTENCE_END) + 1),
  }
}

/** Sorted, with overlapping or touching spans joined, so each phrase is highlighted once. */
function mergeSpans(spans: TextSpan[]): TextSpan[] {
  const merged: TextSpan[] = []
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

function findEvidence(text: string, part: ApologyPart): TextSpan[] {
  const spans: TextSpan[] = []
  for (const pattern of PATTERNS[part]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      const context = contextOf(text, start, end)
      if (!GUARDS[part].some((guard) => guard(context))) spans.push({ start, end })
    }
  }
  return mergeSpans(spans)
}

/**
 * Which of the six parts of an apology a draft contains, always all six in importance order.
 * Pure and deterministic: phrase tables plus a few guards, no model and no I/O. It reports what
 * the words show, never whether the apology is sincere. Pass the language check's findings when
 * the caller has them already, so the draft is not checked twice.
 */
export function analyzeApologyParts(
  text: string,
  findings: readonly LanguageFinding[] = checkApologyLanguage(text),
): ApologyPartResult[] {
  const prepared = prepare(text)
  return APOLOGY_PARTS.map((part) => {
    const found = findEvidence(prepared, part)
    const evidence = part === 'explanation' ? mergeSpans([...found, ...accountsIn(text, findings)]) : found
    return { part, ...PART_TEXT[part], present: evidence.length > 0, evidence }
  })
}

/**
 * A reason the language check found is an account of how it came about: in real letters most
 * explanations come as a state of mind or a circumstance ("I was scared", "after drinking"), which
 * the check flags so that the writer keeps it from becoming an excuse. A bare "but" explains
 * nothing, and a defence of one's character ("that's not who I am") explains nothing either.
 */
function accountsIn(text: string, findings: readonly LanguageFinding[]): TextSpan[] {
  return findings
    .filter((f) => f.category === 'excuse' && !/^but$/i.test(text.slice(f.start, f.end)))
    .map(({ start, end }) => ({ start, end }))
}
