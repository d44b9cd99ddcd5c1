import type { PlanPdfOptions } from '../../contract/pdf-values'
import type { PlanStatus } from '../../contract/plan-values'
import { longDay } from './pdf-format'
import { nextTick, openDocument, type PdfProgress, type RenderedPdf } from './pdf-document'
import { reserveContents, writeContents, writeTitlePage } from './pdf-pages'
import type { PdfWriter } from './pdf-writer'
import {
  stepTitle,
  writeAmends,
  writeCommitments,
  writeCompassion,
  writeExpectations,
  writeLinkedEntries,
  writeOwnership,
  writePrivateNotes,
  writeWhatHappened,
  type PlanPdfSource,
} from './plan-sections'

export type { PlanPdfSource } from './plan-sections'

const STATUS_WORDS: Readonly<Record<PlanStatus, string>> = {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  archived: 'Archived',
}

interface Part {
  title: string
  /** Headings inside it that the contents lists too. */
  subheadings: number
  /** Entries and private notes start on a page of their own: they can be left out when handing it over. */
  newPage: boolean
  write(writer: PdfWriter): void
}

function partsOf(source: PlanPdfSource, options: PlanPdfOptions): Part[] {
  const { sections } = options
  const parts: Part[] = [
    { title: 'What happened', subheadings: 0, newPage: false, write: (w) => writeWhatHappened(w, source) },
    { title: 'What to expect, honestly', subheadings: 0, newPage: false, write: (w) => writeExpectations(w, source) },
  ]
  if (sections.steps) {
    parts.push(
      { title: stepTitle('ownership'), subheadings: 0, newPage: false, write: (w) => writeOwnership(w, source) },
      { title: stepTitle('compassion'), subheadings: 0, newPage: false, write: (w) => writeCompassion(w, source) },
    )
  }
  if (sections.amends) {
    parts.push({
      title: stepTitle('amends'),
      subheadings: 0,
      newPage: false,
      write: (w) => writeAmends(w, source, sections.steps),
    })
  }
  if (sections.commitments) {
    parts.push({
      title: stepTitle('action'),
      subheadings: 2,
      newPage: false,
      write: (w) => writeCommitments(w, source, sections.steps),
    })
  }
  if (sections.entries) {
    parts.push({ title: 'Journal entries', subheadings: 0, newPage: true, write: (w) => writeLinkedEntries(w, source) })
  }
  if (sections.privateNotes) {
    parts.push({ title: 'Private notes', subheadings: 0, newPage: true, write: (w) => writePrivateNotes(w, source) })
  }
  return parts
}

/**
 * A repair plan as a document a person could bring to a counsellor or hand to the one they hurt:
 * title page, contents, what happened and what to expect, the four steps in the writer's own
 * words, the amends and commitments as tables, the check-ins as a chart and a full record, and
 * (if asked for) the linked entries and private notes.
 */
export async function renderPlanPdf(
  source: PlanPdfSource,
  options: PlanPdfOptions,
  createdAt: Date,
  progress: PdfProgress = {},
): Promise<RenderedPdf> {
  const { plan, steps, today } = source.overview
  const { writer, finish } = await openDocument(options, { title: 'Mend plan', createdAt })
  writeTitlePage(writer, {
    kicker: 'Mend  ·  Repair plan',
    title: plan.title,
    subtitle: `With ${plan.personName}`,
    facts: [
      ['It happened', longDay(plan.breach.occurredOn)],
      ['Plan started', longDay(plan.createdAt.slice(0, 10))],
      ['Status', STATUS_WORDS[plan.status]],
      ['Steps written', `${steps.filter((step) => step.complete).length} of 4`],
      ['Printed', longDay(today)],
    ],
    privateNote:
      'This is a private document, printed from Mend, a journal kept on one computer. It holds personal ' +
      'writing about a relationship: keep it somewhere safe, and share it only with the person it was meant for.' +
      (options.password ? ' The file is protected with a password.' : ''),
  })
  const parts = partsOf(source, options)
  const contents = reserveContents(
    writer,
    parts.reduce((count, part) => count + 1 + part.subheadings, 0),
  )
  for (const [index, part] of parts.entries()) {
    writer.heading(part.title, 1, { newPage: part.newPage })
    part.write(writer)
    progress.onProgress?.(index + 1, parts.length)
    await nextTick()
  }
  writeContents(writer, contents)
  return finish(plan.title)
}
