/** The journals Mend can read entries from. */
export const IMPORT_FORMATS = ['jrnl', 'jrnl-folder', 'jrnl-json', 'dayone-json', 'markdown'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/**
 * One entry read from another journal, before it is stored. Every parser produces these, so
 * storing, previewing and de-duplicating are written once.
 */
export interface ImportedEntry {
  /**
   * Stable identity of the entry in its source, so importing the same file twice adds nothing:
   * the source's own id where it has one (`dayone:<uuid>`), otherwise a hash of what the entry
   * says (`jrnl:<sha256 of date, title, body>`, the same from jrnl's text and JSON formats), or,
   * for a Markdown folder, of the file's path and what it says (`markdown:<sha256>`).
   */
  importKey: string
  title: string
  /** Markdown. */
  body: string
  /** Local wall-clock time, `YYYY-MM-DDTHH:MM`: journals are about the writer's own day. */
  entryDate: string
  /** Without the source's markers (`@` in jrnl, `#` in front matter), de-duplicated, trimmed. */
  tags: string[]
  starred: boolean
  /** Photos the body places (`![](photo:<key>)`), to be read from the source when stored. */
  photos?: ImportedPhoto[]
}

/** A photo of an imported entry: its key (stable for the source), its name, where to read it. */
export interface ImportedPhoto {
  key: string
  name: string
  /** A path in the source folder, or in the source zip archive. */
  path: string
}

/** An item the parser could not use, with a reason a person understands (no journal text). */
export interface SkippedItem {
  /** Where in the source: "entry 12", "line 40", "notes/2024-01-02.md". */
  where: string
  reason: string
}

export interface ParsedImport {
  format: ImportFormat
  entries: ImportedEntry[]
  /** Not imported, with why. */
  skipped: SkippedItem[]
  /** Imported, with something worth knowing (a date that had to be chosen, a photo not found). */
  notes?: SkippedItem[]
  /** The jrnl timeformat the dates were read with, and where it came from. */
  dateFormat?: { format: string; source: 'option' | 'jrnl-config' | 'detected' | 'default' }
  /** Reads the photos the entries name; absent when the source has none. */
  photoSource?: PhotoSource
}

/** Where an import's photos are read from when they are stored (a folder, or a zip archive). */
export interface PhotoSource {
  /** The bytes at `path`, or a reason a person understands when they cannot be had. */
  read(path: string): Promise<Uint8Array | { reason: string }>
  close(): Promise<void>
}
