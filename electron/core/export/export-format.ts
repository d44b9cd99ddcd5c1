import { z } from 'zod'
import { EntryKind, LocalDateTime, Mood } from '../../contract/journal-values'
import { Settings } from '../../contract/settings.contract'
import { nameKey } from '../journal'
import { ExportedPhoto } from './export-photos'

/**
 * The plaintext export: the whole journal as one JSON document (docs/export-format.md).
 * `version` rises when a change would make an older reader misread or refuse it. Version 2 added
 * the journal (people, entries with their earlier versions, templates); version 1 files, which
 * hold only the vault's name and settings, are still read.
 */
export const EXPORT_FORMAT = 'mend-export'
export const EXPORT_VERSION = 2

/** Settings added after an export format was released are optional in it, so older files still read. */
const ExportedSettings = Settings.partial({
  remindersEnabled: true,
  quietHours: true,
  appearance: true,
  onboardingDone: true,
})

const ExportVault = z.strictObject({
  createdAt: z.string(),
  displayName: z.string().nullable(),
})

export const ExportedPerson = z.strictObject({
  /** Names the person within this export only (`person-1`...): entries refer to people by it. */
  ref: z.string().min(1),
  name: z.string().min(1),
  relationship: z.string(),
  notes: z.string(),
  createdAt: z.string(),
})
export type ExportedPerson = z.infer<typeof ExportedPerson>

export const ExportedVersion = z.strictObject({
  title: z.string(),
  body: z.string(),
  savedAt: z.string(),
})
export type ExportedVersion = z.infer<typeof ExportedVersion>

export const ExportedEntry = z.strictObject({
  kind: EntryKind,
  title: z.string(),
  /** Markdown. */
  body: z.string(),
  /** The writer's wall clock, `YYYY-MM-DDTHH:MM`. */
  entryDate: LocalDateTime,
  mood: Mood.nullable(),
  starred: z.boolean(),
  tags: z.array(z.string().trim().min(1)),
  /** `ref`s of people in this export. */
  people: z.array(z.string().min(1)),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set for an entry in the trash: an export holds those too, flagged. */
  trashedAt: z.string().nullable(),
  /** Earlier versions, oldest first. */
  versions: z.array(ExportedVersion),
  /** Its photos, written as files beside the export; absent for an entry without any. */
  photos: z.array(ExportedPhoto).optional(),
})
export type ExportedEntry = z.infer<typeof ExportedEntry>

/** A template the person wrote; the ones shipped with Mend are part of the app, not the journal. */
export const ExportedTemplate = z.strictObject({
  name: z.string().min(1),
  description: z.string(),
  kind: EntryKind,
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
})
export type ExportedTemplate = z.infer<typeof ExportedTemplate>

export const MendExport = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string(),
    vault: ExportVault,
    settings: ExportedSettings,
    people: z.array(ExportedPerson),
    entries: z.array(ExportedEntry),
    templates: z.array(ExportedTemplate),
  })
  .superRefine((data, context) => {
    const refs = new Set<string>()
    const names = new Set<string>()
    data.people.forEach((person, index) => {
      if (refs.has(person.ref)) {
        context.addIssue({ code: 'custom', path: ['people', index, 'ref'], message: 'A ref is used twice.' })
      }
      // Names are unique as the journal compares them ("Élodie" is "élodie").
      const name = nameKey(person.name)
      if (names.has(name)) {
        context.addIssue({ code: 'custom', path: ['people', index, 'name'], message: 'A name is used twice.' })
      }
      refs.add(person.ref)
      names.add(name)
    })
    data.entries.forEach((entry, index) => {
      entry.people.forEach((ref, position) => {
        if (!refs.has(ref)) {
          context.addIssue({
            code: 'custom',
            path: ['entries', index, 'people', position],
            message: 'No person has this ref.',
          })
        }
      })
    })
  })
export type MendExport = z.infer<typeof MendExport>

/** Version 1 (Mend before the journal): the vault's name and settings only. */
export const MendExportV1 = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  vault: ExportVault,
  settings: ExportedSettings,
})
export type MendExportV1 = z.infer<typeof MendExportV1>
