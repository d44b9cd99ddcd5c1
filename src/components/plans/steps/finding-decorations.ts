import {
  CATEGORY_LABELS,
  COMPASSION_CATEGORIES,
  type DismissedFinding,
  type LanguageFindingView,
  type WritingStep,
} from '../../../../electron/contract'

/** The same shape as MarkdownEditor's `highlights` prop. */
export interface EditorHighlight {
  from: number
  to: number
  className: string
  title: string
}

/** The contract caps a dismissed phrase at 500 characters. */
const PHRASE_MAX = 500

/** A dismissal follows the words, lower-cased, so it still holds after the text around them moves. */
export function dismissalFor(step: WritingStep, finding: LanguageFindingView, text: string): DismissedFinding {
  return {
    step,
    category: finding.category,
    phrase: text.slice(finding.start, finding.end).toLowerCase().slice(0, PHRASE_MAX),
  }
}

export function isDismissed(
  step: WritingStep,
  finding: LanguageFindingView,
  text: string,
  dismissed: readonly DismissedFinding[],
): boolean {
  const mine = dismissalFor(step, finding, text)
  return dismissed.some((d) => d.step === step && d.category === mine.category && d.phrase === mine.phrase)
}

export function sameDismissal(a: DismissedFinding, b: DismissedFinding): boolean {
  return a.step === b.step && a.category === b.category && a.phrase === b.phrase
}

/**
 * Moves findings along with an edit, so highlights stay on their words between one check and the
 * next. The edit is taken as one changed region (between the common start and the common end of
 * the two texts); a finding the edit touches is dropped, since the writer is rewording it.
 */
export function mapFindings(
  findings: readonly LanguageFindingView[],
  before: string,
  after: string,
): LanguageFindingView[] {
  if (before === after) return [...findings]
  const shorter = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++
  const changedEnd = before.length - suffix
  const delta = after.length - before.length
  const mapped: LanguageFindingView[] = []
  for (const finding of findings) {
    if (finding.end <= prefix) mapped.push(finding)
    else if (finding.start >= changedEnd)
      mapped.push({ ...finding, start: finding.start + delta, end: finding.end + delta })
  }
  return mapped
}

/** The findings the writer still sees in one step: dismissed ones and other steps' concerns left out. */
export function visibleFindings(
  step: WritingStep,
  findings: readonly LanguageFindingView[],
  text: string,
  dismissed: readonly DismissedFinding[],
): LanguageFindingView[] {
  return findings.filter(
    (finding) =>
      (step === 'ownership' || COMPASSION_CATEGORIES.includes(finding.category)) &&
      !isDismissed(step, finding, text, dismissed),
  )
}

/** What the editor marks: every finding, the one picked in the list drawn more strongly. */
export function findingHighlights(findings: readonly LanguageFindingView[], current: number | null): EditorHighlight[] {
  return findings.map((finding, index) => ({
    from: finding.start,
    to: finding.end,
    className: index === current ? 'cm-finding cm-finding-current' : 'cm-finding',
    title: `${finding.label}: ${finding.message}`,
  }))
}

/** Names for dismissed findings, whose labels the check no longer sends. */
export function categoryName(category: string): string {
  return (CATEGORY_LABELS as Readonly<Record<string, string>>)[category] ?? category
}
