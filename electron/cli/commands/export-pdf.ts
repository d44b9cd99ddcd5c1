import {
  DEFAULT_PLAN_PDF_SECTIONS,
  PDF_FONT_SIZES,
  PDF_PAGE_SIZES,
  PdfPassword,
  type PlanPdfOptions,
} from '../../contract'
import { MendError, systemTimeZone } from '../../core'
import { ownWords, requireStrongPassphrase } from '../../core/passphrase'
import { planPdfSource, renderPlanPdf, samplePlanSource, savePdf, type PlanPdfSource } from '../../core/pdf'
import { flag, requiredOption, stringOption } from '../args'
import { PASSPHRASE_STDIN, type Command, type CommandContext } from '../command'
import { UsageError } from '../exit-codes'
import { absolutePath, isFolder, refuseVaultFiles } from '../output-paths'
import { currentPassphrase } from '../secrets'
import { unlockVault, vaultAccess } from '../vault-access'

/**
 * The PDF's own password: from stdin only, after the journal's passphrase when that comes from
 * stdin too. The same rule as the app's, with the journal's names counted against it.
 */
async function pdfPassword(context: CommandContext, line: number, names: readonly string[]): Promise<string> {
  const password = await context.secrets.read({
    what: 'the PDF password',
    stdinLine: line,
    env: [],
    prompt: 'PDF password: ',
    missing: 'No PDF password given on stdin.',
  })
  const checked = PdfPassword.safeParse(password)
  if (!checked.success) {
    throw new MendError('INVALID_INPUT', `The PDF password cannot be used: ${checked.error.issues[0]?.message}`, {
      field: 'password',
    })
  }
  await requireStrongPassphrase(checked.data, names, 'password', 'password')
  return checked.data
}

function planId(context: CommandContext): number | null {
  const value = stringOption(context.options, 'plan')
  if (value === undefined) return null
  if (!/^[1-9]\d{0,15}$/.test(value))
    throw new UsageError('--plan takes the number of a plan (see the app, or mend list).')
  return Number(value)
}

export const exportPdfCommand: Command = {
  name: 'export-pdf',
  summary: 'Print a repair plan (or the built-in sample plan) to a PDF, optionally protected with a password.',
  usage:
    'mend export-pdf (--plan ID | --sample) --out FILE [--password-stdin] [--page-size A4|Letter] [--font-size small|normal|large]',
  options: [
    { name: 'plan', value: 'ID', description: 'The plan to print (its number).' },
    { name: 'sample', description: 'Print the built-in sample plan instead; needs no journal.' },
    {
      name: 'out',
      value: 'FILE',
      required: true,
      description: 'Where to write the PDF (replaced atomically if it exists).',
    },
    {
      name: 'password-stdin',
      description: 'Protect the PDF with a password (AES-256), read from stdin: the line after the passphrase.',
    },
    { name: 'page-size', value: 'A4|Letter', choices: PDF_PAGE_SIZES, description: 'The paper (default A4).' },
    { name: 'font-size', value: 'SIZE', choices: PDF_FONT_SIZES, description: 'small, normal (default) or large.' },
    { name: 'entries', description: 'Include the journal entries linked to the plan (left out by default).' },
    { name: 'private-notes', description: "Include the plan's private notes (left out by default)." },
    PASSPHRASE_STDIN,
  ],
  notes: [
    'Without --password-stdin the PDF is NOT protected: anyone who has the file can read it.',
    'Linked journal entries and private notes are left out unless asked for; the sample plan shows what a printed plan looks like.',
  ],
  async run(context) {
    const id = planId(context)
    const sample = flag(context.options, 'sample')
    if ((id === null) === !sample) throw new UsageError('Give either --plan ID or --sample.')
    const target = absolutePath(context, requiredOption(context.options, 'out'))
    refuseVaultFiles(context, target, 'out')
    if (isFolder(target)) throw new UsageError('--out names a folder; give the path of the PDF file to write.')
    const fromStdin = flag(context.options, 'passphrase-stdin') && !sample
    const options: PlanPdfOptions = {
      pageSize: (stringOption(context.options, 'page-size') ?? 'A4') as PlanPdfOptions['pageSize'],
      fontSize: (stringOption(context.options, 'font-size') ?? 'normal') as PlanPdfOptions['fontSize'],
      sections: {
        ...DEFAULT_PLAN_PDF_SECTIONS,
        entries: flag(context.options, 'entries'),
        privateNotes: flag(context.options, 'private-notes'),
      },
    }

    let source: PlanPdfSource
    let now = Date.now()
    let names = ownWords()
    if (id === null) source = samplePlanSource()
    else {
      const { vault } = vaultAccess(context)
      try {
        await unlockVault(context, vault, currentPassphrase(fromStdin ? 0 : undefined))
        source = planPdfSource(vault.database(), vault.clock, systemTimeZone, id, true)
        now = vault.clock.now()
        names = vault.ownWords()
      } finally {
        vault.lockNow()
      }
    }
    if (flag(context.options, 'password-stdin')) options.password = await pdfPassword(context, fromStdin ? 1 : 0, names)
    else context.warn(`Warning: the PDF in ${target} has no password; anyone who has the file can read it.`)

    const pdf = await renderPlanPdf(source, options, new Date(now))
    savePdf(target, pdf)
    context.print(`Saved ${id === null ? 'the sample plan' : 'the plan'} to ${target} (${pdf.pages} pages).`)
  },
}
