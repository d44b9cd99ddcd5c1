import { appendFileSync, readFileSync } from 'node:fs'
import type { HostDialogs } from '../../ipc/host'

/** What the test wants each file dialog to answer next: a path, or null for Cancel. */
export interface DialogAnswers {
  backupFile: string | null
  exportTarget: string | null
  importSource: string | null
  pdfTarget: string | null
}

/** Where the names the "save as PDF" dialog was offered are written, one JSON string a line. */
export const pdfSuggestionsFile = (answersFile: string) => `${answersFile}.pdf-suggestions`

/**
 * File dialogs answered from `answersFile`, read when each dialog would open. A file rather than
 * a message: the test writes it synchronously before it clicks, so no answer can arrive late.
 */
export function dialogsAnsweredFrom(answersFile: string): HostDialogs {
  const answers = (): Partial<DialogAnswers> => {
    try {
      return JSON.parse(readFileSync(answersFile, 'utf8')) as Partial<DialogAnswers>
    } catch {
      return {}
    }
  }
  return {
    chooseBackupFile: async () => answers().backupFile ?? null,
    chooseExportTarget: async () => answers().exportTarget ?? null,
    chooseImportSource: async () => answers().importSource ?? null,
    choosePdfTarget: async (suggestedName) => {
      appendFileSync(pdfSuggestionsFile(answersFile), `${JSON.stringify(suggestedName)}\n`)
      return answers().pdfTarget ?? null
    },
  }
}
