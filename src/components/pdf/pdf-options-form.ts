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

export function newPdfOptionsForm(): PdfOptionsForm {
  return {
    pageSize: 'A4',
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
