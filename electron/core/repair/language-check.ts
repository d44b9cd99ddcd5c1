import { LANGUAGE_CATEGORIES, type LanguageCategory } from '../../contract/plan-values'
import {
  compileCategory,
  ruleIndexOf,
  startsWord,
  type CategoryRules,
  type CompiledCategory,
  type LanguageRule,
} from './language-rules'
import { ACCOUNT_RULES } from './language-rules-account'
import { REASON_RULES } from './language-rules-reasons'
import { LETTER_RULES } from './language-rules-letters'
import { NATURE_RULES } from './language-rules-nature'
import { VARIANT_RULES } from './language-rules-variants'
import { PERSONAL_RULES } from './language-rules-personal'
import { SHAPE_RULES } from './language-rules-shapes'
import { GENERAL_RULES } from './language-rules-general'
import { SCALE_RULES } from './language-rules-scale'
import { STANCE_RULES } from './language-rules-stance'
import { APPENDED_ACCOUNT_RULES } from './language-rules-appended'
import { BLAME_FEELINGS, BLAME_OTHER, MINIMIZING, RUSHING_CLOSURE } from './language-rules-compassion'
import { FRAMING_RULES, STRUCTURE_WORDS } from './language-rules-framing'
import { CONDITIONAL, EXCUSE, HEDGING, INTENT_DEFENSE, PASSIVE_VAGUE } from './language-rules-ownership'
import { PARTY_RULES } from './language-rules-parties'
import { VOICE_RULES } from './language-rules-voice'
import {
  clauseBefore,
  isNegated,
  overlapsAny,
  quotedRanges,
  rangeAfter,
  rangeAt,
  splitSentences,
  withoutStress,
  type TextRange,
} from './language-text'

/**
 * The language check of the ownership and compassion steps (METHOD.md, "Language that
 * undermines an apology"): finds the phrases that weaken an apology, says why in one sentence
 * and hints at a rewrite. It judges the words, never the writer, and the writer may dismiss any
 * finding. Pure and deterministic: no I/O, no clock, nothing but the text.
 */

// The vocabulary lives in the contract, so the renderer can name categories without importing core.
export { CATEGORY_LABELS, LANGUAGE_CATEGORIES, type LanguageCategory } from '../../contract/plan-values'

export interface LanguageFinding {
  /** UTF-16 offset of the flagged phrase in the checked text. */
  start: number
  /** Offset just past the phrase (exclusive). */
  end: number
  category: LanguageCategory
  /** One sentence: why the phrase weakens the apology. */
  message: string
  /** A hint for the rewrite. */
  suggestion?: string
}

/**
 * Each category's phrase table (language-rules-ownership/-compassion) with the structural rules of
 * the same category (language-rules-voice: who speaks and who acted; language-rules-framing: how
 * the act itself is reframed; language-rules-parties: third parties, their part, the writer's
 * standing; language-rules-account: how the story around the act is told; round 5's
 * language-rules-reasons, -stance and -scale: causes, stance toward the hurt, the act's size;
 * language-rules-letters: what the sixth and seventh blind batches taught; language-rules-nature:
 * appeals to how things usually are, from the eighth; language-rules-variants: known families in
 * other words, from the ninth to the twelfth; language-rules-personal: from the thirteenth and
 * fourteenth, mostly letters between people; language-rules-shapes: known families in shapes read
 * in the fifteenth and sixteenth; language-rules-general: the issue's families in their general
 * form, from our own variants of them; language-rules-appended:
 * an account joined onto the apology, excuse only, in its own expression).
 */
const withStructures = (table: CategoryRules): CategoryRules[] => {
  const words = STRUCTURE_WORDS[table.category]
  const structural = (rules: readonly LanguageRule[]): CategoryRules[] =>
    rules.length > 0 ? [{ ...table, rules: rules.map((rule) => ({ ...words, ...rule })) }] : []
  // Several expressions rather than one: the engine optimises a short alternation far better than
  // a long one. The scan of a 20,000-character draft took twice as long with the first two joined,
  // and the intent-defense scan fifteen times as long with the account rules joined to the others.
  return [
    table,
    ...structural([
      ...(VOICE_RULES[table.category] ?? []),
      ...(FRAMING_RULES[table.category] ?? []),
      ...(PARTY_RULES[table.category] ?? []),
    ]),
    ...structural(ACCOUNT_RULES[table.category] ?? []),
    ...structural([
      ...(REASON_RULES[table.category] ?? []),
      ...(STANCE_RULES[table.category] ?? []),
      ...(SCALE_RULES[table.category] ?? []),
      ...(LETTER_RULES[table.category] ?? []),
    ]),
    ...structural([
      ...(NATURE_RULES[table.category] ?? []),
      ...(VARIANT_RULES[table.category] ?? []),
      ...(PERSONAL_RULES[table.category] ?? []),
      ...(SHAPE_RULES[table.category] ?? []),
      ...(GENERAL_RULES[table.category] ?? []),
    ]),
    ...structural(table.category === 'excuse' ? APPENDED_ACCOUNT_RULES : []),
  ]
}

const TABLES: readonly CompiledCategory[] = [
  CONDITIONAL,
  EXCUSE,
  BLAME_FEELINGS,
  BLAME_OTHER,
  INTENT_DEFENSE,
  PASSIVE_VAGUE,
  MINIMIZING,
  RUSHING_CLOSURE,
  HEDGING,
]
  .flatMap(withStructures)
  .map(compileCategory)

/** Where each phrase sits: computed once per check and shared by every category. */
interface TextLayout {
  text: string
  sentences: TextRange[]
  quotes: TextRange[]
}

/**
 * The findings in `text`, sorted by start, never overlapping. Each category's rules run as one
 * regular expression over the whole text rather than sentence by sentence: no phrase can cross a
 * sentence end (none matches . ! ? or a line break), and one scan is far faster than hundreds.
 * The sentences still decide what a phrase means: its clause, its negation, what follows it.
 */
export function checkApologyLanguage(text: string): LanguageFinding[] {
  if (!/[\p{L}]/u.test(text)) return []
  // The scan reads the draft without its words of stress; offsets are the same (see withoutStress).
  const bare = withoutStress(text)
  const layout: TextLayout = { text: bare, sentences: splitSentences(bare), quotes: quotedRanges(bare) }
  const found: LanguageFinding[] = []
  for (const table of TABLES) collectFindings(table, layout, found)
  return withoutOverlaps(found)
}

function collectFindings(table: CompiledCategory, layout: TextLayout, found: LanguageFinding[]): void {
  const { regex } = table
  regex.lastIndex = 0
  for (let match = regex.exec(layout.text); match; match = regex.exec(layout.text)) {
    const start = match.index
    const end = start + match[0].length
    const index = ruleIndexOf(match)
    const rule = table.rules[index]!
    if (end > start && counts(table, rule, layout, start, end)) {
      found.push({
        start: start - leadLength(table.leads[index], layout.text, start),
        end,
        category: table.category,
        message: rule.message ?? table.message,
        suggestion: rule.suggestion ?? table.suggestion,
      })
    }
    // Go on from the next character, not the end: another rule may match a longer phrase that
    // starts inside this one ("sorry if" then "if anyone was hurt"); `withoutOverlaps` joins them.
    regex.lastIndex = start + 1
  }
}

/** How far back a phrase's looked-behind words may reach (see `leadOf` in language-rules.ts). */
const LEAD_REACH = 160

/** The length of the words just before `start` that belong to the phrase, if its rule looked behind for them. */
function leadLength(lead: RegExp | undefined, text: string, start: number): number {
  if (!lead) return 0
  const head = lead.exec(text.slice(Math.max(0, start - LEAD_REACH), start))
  return head ? head[0].length : 0
}

/**
 * How far before and after a phrase its context is read. A negation reaches eight words and a
 * retraction the next sentence or so; the caps keep a long unpunctuated draft linear, not quadratic.
 */
const CONTEXT_BEFORE = 200
const CONTEXT_AFTER = 300

/** Whether a matched phrase is the writer's own, meant, unretracted words. */
function counts(
  table: CompiledCategory,
  rule: CompiledCategory['rules'][number],
  layout: TextLayout,
  start: number,
  end: number,
): boolean {
  const { text } = layout
  if (!startsWord(text, start) || overlapsAny(layout.quotes, start, end)) return false
  const sentence = rangeAt(layout.sentences, start) ?? { start: 0, end: text.length }
  const before = text.slice(Math.max(sentence.start, start - CONTEXT_BEFORE), start)
  const clause = clauseBefore(before)
  if (rule.negatable !== false && isNegated(clause)) return false
  if (rule.unlessBefore?.test(clause) || table.unlessBefore?.test(clause)) return false
  if (rule.unlessEarlier?.test(before)) return false
  if (rule.unlessReadOn?.test(text.slice(start, Math.min(sentence.end, end + CONTEXT_AFTER)))) return false
  if (table.retractedAfter) {
    const next = rangeAfter(layout.sentences, sentence)
    const after = Math.min(next?.end ?? sentence.end, end + CONTEXT_AFTER)
    if (table.retractedAfter.test(text.slice(end, after))) return false
  }
  return true
}

const CATEGORY_ORDER = new Map<LanguageCategory, number>(LANGUAGE_CATEGORIES.map((c, i) => [c, i]))

/** Longer first, then the method's order: the more specific reading of the same words wins. */
function better(a: LanguageFinding, b: LanguageFinding): boolean {
  const lengthA = a.end - a.start
  const lengthB = b.end - b.start
  if (lengthA !== lengthB) return lengthA > lengthB
  return CATEGORY_ORDER.get(a.category)! < CATEGORY_ORDER.get(b.category)!
}

/**
 * One finding per stretch of text. Candidates are taken in order of start. One that overlaps the
 * last kept finding is joined to it when both are of the same category ("sorry if" and "if anyone
 * was hurt" become "sorry if anyone was hurt", explained by the phrase it starts with), and otherwise
 * replaces it when it is better. It cannot overlap any earlier kept finding: those end before
 * the last kept one starts.
 */
function withoutOverlaps(found: LanguageFinding[]): LanguageFinding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: LanguageFinding[] = []
  for (const finding of found) {
    const last = kept[kept.length - 1]
    if (!last || finding.start >= last.end) kept.push(finding)
    else if (finding.category === last.category) last.end = Math.max(last.end, finding.end)
    else if (better(finding, last)) kept[kept.length - 1] = finding
  }
  return kept
}
