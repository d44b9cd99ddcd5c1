import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { IMPORT_FORMAT_NAMES, type JournalImportFormat } from '../../contract'
import { MendError, importExport, importExportPhotos, parseExport, type MendExport } from '../../core'
import { fileSystemError } from '../../core/errors'
import { flag, stringOption, requiredOption } from '../args'
import { NEW_PASSPHRASE_STDIN, type Command, type CommandContext } from '../command'
import { UsageError } from '../exit-codes'
import { importJournal } from '../journal/import-journal'
import { absolutePath } from '../output-paths'
import { newPassphrase } from '../secrets'
import { vaultAccess } from '../vault-access'
import { printRecoveryKey } from './init'

/** Reads and checks an export before any journal is created, so a bad file leaves nothing behind. */
function readExport(path: string): MendExport {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw fileSystemError(error, 'read the export', dirname(path))
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new MendError('INVALID_INPUT', 'This file is not a Mend export, or it is damaged.')
  }
  return parseExport(json)
}

function isJournalFormat(value: string): value is JournalImportFormat {
  return (IMPORT_FORMAT_NAMES as readonly string[]).includes(value)
}

const FORMATS = `${IMPORT_FORMAT_NAMES.slice(0, -1).join(', ')} or ${IMPORT_FORMAT_NAMES.at(-1)}`

export const importCommand: Command = {
  name: 'import',
  summary: 'Add entries from jrnl, Day One or Markdown; or make a new journal from a Mend export.',
  usage:
    'mend import --from jrnl|jrnl-folder|jrnl-json|dayone-json|markdown PATH [--date-format FORMAT] [--jrnl-config FILE] [--passphrase-stdin] | --from FILE',
  options: [
    {
      name: 'from',
      value: 'FORMAT|FILE',
      required: true,
      description: `The other journal's format (${FORMATS}), then its PATH; or a Mend JSON export FILE.`,
    },
    {
      name: 'date-format',
      value: 'FORMAT',
      description:
        "For jrnl: the journal's timeformat, as in jrnl's config (e.g. '%d.%m.%Y %H:%M'). Default: jrnl's config, else read from the file.",
    },
    {
      name: 'jrnl-config',
      value: 'FILE',
      description:
        'For jrnl: the jrnl.yaml to take the timeformat from (default: where jrnl keeps it, ~/.config/jrnl/jrnl.yaml).',
    },
    {
      name: 'passphrase-stdin',
      description: "Read the journal's passphrase from the first line of stdin (for a Mend export: the new one's).",
    },
    { ...NEW_PASSPHRASE_STDIN, description: 'Only with a Mend export: the same as --passphrase-stdin.' },
  ],
  operands: [{ name: 'PATH' }],
  notes: [
    'mend import --from FORMAT PATH adds the entries of another journal to this one: jrnl (its text file),',
    'jrnl-folder (a jrnl folder journal, YYYY/MM/DD.txt), jrnl-json (jrnl --format json), dayone-json (a Day One',
    'export: its zip, or Journal.json with photos/ beside it) or markdown (a folder of .md files and their images).',
    'It shows what it found first; entries imported before are not added again, so importing twice adds nothing.',
    'A file that is not in the format named exits 4, and nothing is imported.',
    'mend import --from FILE (a Mend JSON export, mend export --format json) never merges: it creates a new',
    'journal in a folder (--vault) that holds none yet, with a new recovery key.',
  ],
  async run(context) {
    const from = requiredOption(context.options, 'from')
    const path = context.operands[0]
    if (path !== undefined || isJournalFormat(from)) {
      await importOtherJournal(context, from, path)
      return
    }
    const exportFile = absolutePath(context, from)
    const data = readExport(exportFile)
    const fromStdin = flag(context.options, 'new-passphrase-stdin') || flag(context.options, 'passphrase-stdin')
    const { vault } = vaultAccess(context)
    try {
      if (vault.status().state !== 'none') {
        throw new MendError(
          'VAULT_EXISTS',
          `A journal already exists in ${context.vaultDirectory}; import makes a new journal, so choose an empty folder with --vault.`,
        )
      }
      // The export's own names count against the new passphrase, as the journal's would.
      const names = [data.vault.displayName ?? '', ...data.people.map((person) => person.name)]
      const passphrase = await context.secrets.read(
        newPassphrase(fromStdin ? 0 : undefined, ['MEND_PASSPHRASE'], names),
      )
      const { recoveryKey } = await vault.create(passphrase)
      importExport(vault.database(), data)
      // Its photos, from the folder beside the .json file that the export wrote them to.
      const photos = await importExportPhotos(vault.database(), vault.clock, data, dirname(exportFile))
      for (const item of photos.notes) context.warn(`note: ${item.where}: ${item.reason}`)
      printRecoveryKey(
        context.print,
        `Imported the export into a new journal in ${context.vaultDirectory}.`,
        recoveryKey,
      )
    } finally {
      vault.lockNow()
    }
  },
}

async function importOtherJournal(context: CommandContext, from: string, path: string | undefined): Promise<void> {
  if (!isJournalFormat(from)) throw new UsageError(`--from must be ${FORMATS} when a PATH follows.`)
  if (path === undefined) {
    throw new UsageError(
      `mend import --from ${from} needs the PATH to read (a Mend export named ${from}: write ./${from}).`,
    )
  }
  if (flag(context.options, 'new-passphrase-stdin')) {
    throw new UsageError(
      '--new-passphrase-stdin is only for a Mend export; this journal opens with --passphrase-stdin.',
    )
  }
  const dateFormat = stringOption(context.options, 'date-format')
  const jrnlConfig = stringOption(context.options, 'jrnl-config')
  await importJournal(context, from, absolutePath(context, path), {
    ...(dateFormat !== undefined ? { dateFormat } : {}),
    ...(jrnlConfig !== undefined ? { jrnlConfig: absolutePath(context, jrnlConfig) } : {}),
  })
}
