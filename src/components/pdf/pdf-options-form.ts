import { PdfPassword, type PdfFontSize, type PdfOptions, type PdfPageSize } from '../../../electron/contract'
import { messages } from '../../messages'

/** What the PDF dialogs ask, before it becomes a request. */
export interface PdfOptionsForm {
  pageSize: PdfPageSize
  fontSize: PdfFontSize
  password: string
  confirmation: string
  /** Ticked after reading that a PDF without a password is readable by anyone. */
  understood: boolean
  /** Main rated the password as typed strong enough (the rule a passphrase meets). */
  passwordAcceptable: boolean
}

/** Where paper is Letter: the United States and Canada. Everywhere else prints on A4. */
const LETTER_REGIONS = new Set(['US', 'CA'])

/** The paper a locale's printers hold (a BCP 47 tag such as "en-US"); A4 when the region is unknown. */
export function paperFor(locale: string): PdfPageSize {
  try {
    const { region } = new Intl.Locale(locale).maximize()
    return region && LETTER_REGIONS.has(region) && /-/.test(locale) ? 'Letter' : 'A4'
  } catch {
    return 'A4'
  }
}

/** A new form: the paper of the locale this computer reads in, unless another is named. */
export function newPdfOptionsForm(locale = Intl.DateTimeFormat().resolvedOptions().locale): PdfOptionsForm {
  return {
    pageSize: paperFor(locale),
    fontSize: 'normal',
    password: '',
    confirmation: '',
    understood: false,
    passwordAcceptable: false,
  }
}

/** What is wrong with the password as typed, in one sentence; null when it is fine or empty. */
export function passwordProblem(form: PdfOptionsForm): string | null {
  if (form.password === '') return null
  const checked = PdfPassword.safeParse(form.password)
  if (!checked.success) return checked.error.issues[0]?.message ?? messages.pdf.passwordForm.chooseAnother
  if (form.confirmation !== '' && form.confirmation !== form.password) return messages.pdf.passwordForm.notTheSame
  return null
}

/** Ready to export: a usable password typed twice, or none and the warning acknowledged. */
export function canExport(form: PdfOptionsForm): boolean {
  if (form.password === '') return form.understood
  return passwordProblem(form) === null && form.confirmation === form.password && form.passwordAcceptable
}

export function toPdfOptions(form: PdfOptionsForm): PdfOptions {
  return {
    pageSize: form.pageSize,
    fontSize: form.fontSize,
    ...(form.password ? { password: form.password } : {}),
  }
}
