import { ENTRY_KIND_LABELS, type Entry } from '../../contract/journal.contract'
import { entryMoment } from './pdf-format'
import { NO_PHOTOS, writeBodyWithPhotos, type PhotoPrints } from './photo-prints'
import type { PdfWriter } from './pdf-writer'
import type { Span } from './text-layout'

/** The app's words for moods 1 to 5 (src/format.ts says the same on screen). */
const MOOD_WORDS = ['Very low', 'Low', 'Mixed', 'Good', 'Very good'] as const

/** Who an entry is about, by id: names only, for the line under the entry's title. */
export type PeopleNames = ReadonlyMap<number, string>

/**
 * One journal entry as printed: title, then a line with its date, kind and mood, then its tags
 * and people, then the body (Markdown). The title stays on the page with its first lines.
 */
export function writeEntry(
  writer: PdfWriter,
  entry: Entry,
  people: PeopleNames,
  inContents = false,
  photos: PhotoPrints = NO_PHOTOS,
): void {
  const { body, colors, small } = writer.theme
  const title = entry.title.trim() || 'Untitled entry'
  writer.ensure(writer.lineHeight(body * 1.2) + writer.lineHeight(small) * 2 + writer.lineHeight() * 3)
  if (inContents) writer.bookmark(title, 2)
  writer.text([{ text: title, bold: true }], { size: body * 1.2 })

  const meta = [entryMoment(entry.entryDate), ENTRY_KIND_LABELS[entry.kind]]
  if (entry.mood !== null) meta.push(`Mood: ${MOOD_WORDS[entry.mood - 1] ?? entry.mood} (${entry.mood} of 5)`)
  if (entry.starred) meta.push('Starred')
  writer.text([{ text: meta.join('  ·  ') }], { size: small, color: colors.muted })

  const labels: Span[] = []
  const names = entry.personIds.map((id) => people.get(id)).filter((name): name is string => Boolean(name))
  if (names.length) labels.push({ text: 'With ', color: colors.muted }, { text: names.join(', '), bold: true })
  if (entry.tags.length) {
    if (labels.length) labels.push({ text: '  ·  ', color: colors.muted })
    labels.push({ text: 'Tags ', color: colors.muted }, { text: entry.tags.map((tag) => `#${tag}`).join('  ') })
  }
  if (labels.length) writer.text(labels, { size: small, color: colors.ink })
  writer.y += body * 0.6

  if (entry.body.trim() || photos.byEntry.has(entry.id)) writeBodyWithPhotos(writer, entry, photos)
  else writer.text([{ text: 'Nothing written.', italic: true }], { color: colors.muted, after: body * 0.6 })
}

/** A quiet divider between entries. */
export function writeEntryDivider(writer: PdfWriter): void {
  const { body, colors } = writer.theme
  writer.y += body * 0.3
  writer.ensure(body * 2)
  const centre = writer.left + writer.width / 2
  writer.doc
    .moveTo(centre - 30, writer.y)
    .lineTo(centre + 30, writer.y)
    .lineWidth(0.6)
    .strokeColor(colors.rule)
    .stroke()
  writer.y += body * 1.4
}
