import { basename } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { MendEvent } from '../../contract'
import {
  MendError,
  importedPhotoCount,
  journalOf,
  readImportSource,
  runImport,
  type ParsedImport,
  type Vault,
} from '../../core'
import type { HostDialogs } from '../host'
import type { Handlers } from '../router'
import type { WorkGate } from '../work-gate'

/**
 * Import in two steps so the person sees what will happen first: choose (read and preview), then
 * run. Only the most recent choice is held, in memory, and only while the vault stays open. The
 * run holds the gate (other requests wait: see WorkGate) and can be cancelled or locked part way,
 * which undoes it whole.
 */
export function importHandlers(
  vault: Vault,
  dialogs: HostDialogs,
  context: { emit: (event: MendEvent) => void; gate: WorkGate },
): Pick<Handlers, 'import.chooseSource' | 'import.run'> {
  const { emit, gate } = context
  let pending: { token: string; parsed: ParsedImport; db: unknown } | null = null
  const journal = () => journalOf(vault.database(), vault.clock)

  return {
    'import.chooseSource': async ({ format, dateFormat }) => {
      const path = await dialogs.chooseImportSource(format)
      if (!path) return null
      const parsed = await readImportSource(format, path, dateFormat ? { dateFormat } : {})
      const token = randomUUID()
      // An earlier choice's zip archive stays open only while it can still be imported.
      await pending?.parsed.photoSource?.close()
      pending = { token, parsed, db: vault.database() }
      const counts = journal().imports.preview(parsed)
      return {
        token,
        format,
        sourceName: basename(path),
        ...counts,
        skipped: parsed.skipped,
        notes: parsed.notes ?? [],
        photos: importedPhotoCount(parsed),
        dateFormat: parsed.dateFormat ?? null,
      }
    },
    'import.run': async ({ token }) => {
      // A token from before a lock names a source read for a session that has ended.
      if (!pending || pending.token !== token || pending.db !== vault.database()) {
        throw new MendError('NOT_FOUND', 'Choose the file to import again.')
      }
      const chosen = pending
      pending = null
      try {
        const result = await gate.hold(() =>
          vault.exclusive(() =>
            runImport(vault.database(), journal(), chosen.parsed, {
              onProgress: (done, total) => emit({ type: 'import.progress', done, total }),
              checkpoint: vault.checkpoint({ cancellable: true }),
            }),
          ),
        )
        return { ...result, skipped: chosen.parsed.skipped }
      } catch (error) {
        // Stopped by the person: nothing was added, and the same preview can be imported again.
        if (error instanceof MendError && error.code === 'CANCELLED') pending ??= chosen
        throw error
      }
    },
  }
}
