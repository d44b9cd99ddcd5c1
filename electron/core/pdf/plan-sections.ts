import type { Entry } from '../../contract/journal.contract'
import {
  BREACH_KIND_LABELS,
  breachKinds,
  PLAN_STEP_LABELS,
  THEIR_NEED_LABELS,
  type PlanStep,
} from '../../contract/plan-values'
import type { CheckIn, Commitment, PlanOverview } from '../../contract/plans.contract'
import { writeCheckInChart } from './check-in-chart'
import { writeEntry, writeEntryDivider, type PeopleNames } from './entry-section'
import type { PhotoPrints } from './photo-prints'
import { writeMarkdown } from './markdown-blocks'
import { cadenceText, dayWithWeekday, longDay, percent, plural, shortDay } from './pdf-format'
import type { PdfTheme } from './pdf-theme'
import { writeTable } from './pdf-table'
import type { PdfWriter } from './pdf-writer'

/** Everything a plan's PDF prints, gathered before the first page is laid out. */
export interface PlanPdfSource {
  overview: PlanOverview
  /** Every check-in of the plan's commitments, with the commitment it belongs to. */
  checkIns: ReadonlyArray<CheckIn & { behaviour: string }>
  /** The linked journal entries in full, oldest first (empty unless they are printed). */
  entries: readonly Entry[]
  people: PeopleNames
  /** The linked entries' photos, ready to print; none when absent. */
  photos?: PhotoPrints
}

const AMEND_WHEN = { now: 'Right away', 'over-time': 'Over time' } as const
const AMEND_STATUS = { planned: 'Planned', done: 'Done', declined: 'Declined by them' } as const
const OUTCOMES = { kept: 'Kept', missed: 'Missed', 'not-applicable': 'Did not apply' } as const
const OUTCOME_COLORS: Readonly<Record<CheckIn['outcome'], (colors: PdfTheme['colors']) => string>> = {
  kept: (colors) => colors.kept,
  missed: (colors) => colors.missed,
  'not-applicable': (colors) => colors.muted,
}

export function stepTitle(step: PlanStep): string {
  return `Step ${['ownership', 'compassion', 'amends', 'action'].indexOf(step) + 1} · ${PLAN_STEP_LABELS[step]}`
}

function muted(writer: PdfWriter, text: string, after = writer.theme.body * 0.6): void {
  writer.text([{ text, italic: true }], { color: writer.theme.colors.muted, after })
}

/** Where the step stands, in the overview's words: done, or what it still needs. */
export function writeStepStatus(writer: PdfWriter, source: PlanPdfSource, step: PlanStep): void {
  const { colors, small, body } = writer.theme
  const progress = source.overview.steps.find((candidate) => candidate.step === step)
  if (!progress) return
  // As the app says it: a step that has what it needs is written, and done once the writer says so.
  const text = !progress.complete
    ? `Still to do: ${progress.missing.join(' ')}`
    : progress.state === 'settled'
      ? 'This step is done.'
      : 'This step is written, and worth coming back to as things change.'
  writer.text([{ text: progress.complete ? '✓  ' : '○  ', color: colors.accent }, { text }], {
    size: small + 0.5,
    color: progress.complete ? colors.kept : colors.warn,
    after: body * 0.8,
  })
}

export function writeWhatHappened(writer: PdfWriter, source: PlanPdfSource): void {
  const { plan, daysSinceBreach } = source.overview
  const { breach } = plan
  if (breach.whatHappened.trim())
    writer.text([{ text: breach.whatHappened.trim() }], { after: writer.theme.body * 0.6 })
  else muted(writer, 'Nothing written.')
  const facts = [
    `It happened on ${longDay(breach.occurredOn)}, ${plural(daysSinceBreach, 'day')} before this was printed.`,
    `Seriousness ${breach.severity} of 5. ${breachKinds(breach)
      .map((kind) => BREACH_KIND_LABELS[kind])
      .join('; ')}.`,
    breach.involvedDeception ? 'It involved lying or hiding something.' : 'No lie was involved.',
  ]
  writer.text([{ text: facts.join(' ') }], { size: writer.theme.small + 0.5, color: writer.theme.colors.muted })
}

export function writeExpectations(writer: PdfWriter, source: PlanPdfSource): void {
  const { body, small, colors } = writer.theme
  for (const expectation of source.overview.expectations) {
    const lines = writer.layout([{ text: expectation.text }], writer.width - body * 1.4)
    writer.ensure(writer.lineHeight() * Math.min(lines.length, 3) + writer.lineHeight(small))
    const top = writer.y
    const page = writer.pageIndex
    writer.drawLines(lines, writer.left + body * 1.4, body, colors.ink)
    const source =
      expectation.source === null ? 'Mend’s own guidance, not a research finding' : `Source: ${expectation.source}`
    writer.text([{ text: source, italic: true }], {
      size: small,
      indent: body * 1.4,
      color: colors.muted,
    })
    if (writer.pageIndex === page)
      writer.doc.rect(writer.left, top + 3, 2.5, writer.y - top - 6).fill(colors.accentSoft)
    writer.y += body * 0.9
  }
}

export function writeOwnership(writer: PdfWriter, source: PlanPdfSource): void {
  writeStepStatus(writer, source, 'ownership')
  const text = source.overview.plan.ownership
  if (text.trim()) writeMarkdown(writer, text)
  else muted(writer, 'Nothing written yet.')
}

export function writeCompassion(writer: PdfWriter, source: PlanPdfSource): void {
  const { plan } = source.overview
  writeStepStatus(writer, source, 'compassion')
  if (plan.compassion.trim()) writeMarkdown(writer, plan.compassion)
  else muted(writer, 'Nothing written yet.')
  writer.heading('What they may most need to hear', 3)
  if (plan.theirNeeds.length === 0) muted(writer, 'Not chosen yet.')
  else writeMarkdown(writer, plan.theirNeeds.map((need) => `- ${THEIR_NEED_LABELS[need]}`).join('\n'))
}

export function writeAmends(writer: PdfWriter, source: PlanPdfSource, withStatus: boolean): void {
  const { amends } = source.overview
  if (withStatus) writeStepStatus(writer, source, 'amends')
  if (amends.length === 0) return muted(writer, 'No amends yet.')
  const done = amends.filter((amend) => amend.status === 'done').length
  writer.text([{ text: `${plural(amends.length, 'amend')}, ${done} done.` }], { after: writer.theme.body * 0.5 })
  writeTable(
    writer,
    [
      { header: '#', weight: 0.35, align: 'right' },
      { header: 'Amend', weight: 3.55 },
      { header: 'When', weight: 0.95 },
      { header: 'Due', weight: 1.2 },
      { header: 'Status', weight: 1.55 },
    ],
    amends.map((amend, index) => [
      String(index + 1),
      [
        { text: amend.description },
        ...(amend.note.trim()
          ? [{ text: `\n${amend.note.trim()}`, italic: true, color: writer.theme.colors.muted }]
          : []),
      ],
      AMEND_WHEN[amend.horizon],
      amend.dueOn ? `${shortDay(amend.dueOn)} ${amend.dueOn.slice(0, 4)}` : '–',
      AMEND_STATUS[amend.status],
    ]),
    { name: 'Amends' },
  )
}

export function writeCommitments(writer: PdfWriter, source: PlanPdfSource, withStatus: boolean): void {
  const { commitments, stats, weeks } = source.overview
  const { colors } = writer.theme
  if (withStatus) writeStepStatus(writer, source, 'action')
  if (commitments.length === 0) return muted(writer, 'No commitments yet.')
  writer.text(
    [
      { text: 'Kept rate ', color: colors.muted },
      { text: percent(stats.keptRate), bold: true },
      { text: ' (days kept ÷ days kept or missed)  ·  Kept in a row ', color: colors.muted },
      { text: String(stats.currentStreak), bold: true },
      { text: ` (longest ${stats.longestStreak})  ·  Due so far `, color: colors.muted },
      { text: String(stats.due), bold: true },
    ],
    { after: writer.theme.body * 0.6 },
  )
  writeTable(
    writer,
    [
      { header: 'Commitment', weight: 3.15 },
      { header: 'How often', weight: 1.45 },
      { header: 'Since', weight: 1.4 },
      { header: 'Kept', weight: 0.7, align: 'right' },
      { header: 'Missed', weight: 0.8, align: 'right' },
      { header: 'Rate', weight: 0.75, align: 'right' },
    ],
    commitments.map((commitment) => [
      [
        { text: commitment.behaviour },
        ...(commitment.endOn
          ? [{ text: `\nStopped ${longDay(commitment.endOn)}`, italic: true, color: colors.muted }]
          : []),
      ],
      cadenceText(commitment.cadence),
      `${shortDay(commitment.startOn)} ${commitment.startOn.slice(0, 4)}`,
      String(commitment.stats.kept),
      String(commitment.stats.missed),
      percent(commitment.stats.keptRate),
    ]),
    { name: 'Commitments' },
  )
  if (weeks.some((week) => week.due > 0)) {
    writer.heading('Consistency, week by week', 2)
    writeCheckInChart(writer, weeks)
  }
  // The record's heading goes with its first table, not alone at the foot of a page.
  writer.heading('The check-in record', 2, { keepWith: writer.lineHeight() * 9 })
  if (source.checkIns.length === 0) return muted(writer, 'No check-ins recorded yet.')
  writer.text([{ text: `${plural(source.checkIns.length, 'check-in')}, by commitment, oldest first.` }], { after: 4 })
  for (const commitment of commitments) writeCheckInRecord(writer, source, commitment)
}

/** One commitment's check-ins: a day, what happened, and the note written with it. */
function writeCheckInRecord(writer: PdfWriter, source: PlanPdfSource, commitment: Commitment): void {
  const { colors, small } = writer.theme
  const checkIns = source.checkIns
    .filter((checkIn) => checkIn.commitmentId === commitment.id)
    .sort((a, b) => a.onDate.localeCompare(b.onDate))
  if (checkIns.length === 0) return
  writer.heading(commitment.behaviour, 3)
  const { kept, missed, notApplicable } = commitment.stats
  writer.text(
    [{ text: `${cadenceText(commitment.cadence)}: ${kept} kept, ${missed} missed, ${notApplicable} did not apply.` }],
    { size: small, color: colors.muted, after: 4 },
  )
  const name =
    commitment.behaviour.length > 60 ? `${commitment.behaviour.slice(0, 58).trimEnd()}…` : commitment.behaviour
  writeTable(
    writer,
    [
      { header: 'Day', weight: 1.35 },
      { header: 'Outcome', weight: 1.05 },
      { header: 'Note', weight: 4.2 },
    ],
    checkIns.map((checkIn) => [
      dayWithWeekday(checkIn.onDate),
      [{ text: OUTCOMES[checkIn.outcome], color: OUTCOME_COLORS[checkIn.outcome](colors) }],
      [{ text: checkIn.note, color: colors.muted }],
    ]),
    { name: `Check-ins: ${name}` },
  )
}

export function writeLinkedEntries(writer: PdfWriter, source: PlanPdfSource): void {
  if (source.entries.length === 0) return muted(writer, 'No journal entries are linked to this plan.')
  source.entries.forEach((entry, index) => {
    if (index > 0) writeEntryDivider(writer)
    writeEntry(writer, entry, source.people, false, source.photos)
  })
}

export function writePrivateNotes(writer: PdfWriter, source: PlanPdfSource): void {
  const notes = source.overview.plan.privateNotes
  if (notes.trim()) writeMarkdown(writer, notes)
  else muted(writer, 'No private notes.')
}
