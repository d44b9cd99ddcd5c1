import { describe, expect, it } from 'vitest'
import {
  canExport,
  newPdfOptionsForm,
  passwordProblem,
  toPdfOptions,
} from '../../../../../src/components/pdf/pdf-options-form'

describe('the PDF options form', () => {
  it('starts on A4, normal text, no password and the warning not yet accepted', () => {
    const form = newPdfOptionsForm()
    expect(form).toEqual({
      pageSize: 'A4',
      fontSize: 'normal',
      password: '',
      confirmation: '',
      understood: false,
      passwordAcceptable: false,
    })
    expect(canExport(form)).toBe(false)
  })

  it('exports without a password only once the warning is accepted', () => {
    expect(canExport({ ...newPdfOptionsForm(), understood: true })).toBe(true)
    expect(toPdfOptions({ ...newPdfOptionsForm(), understood: true })).toEqual({ pageSize: 'A4', fontSize: 'normal' })
  })

  it('needs a long enough password, rated strong enough, typed the same twice', () => {
    const form = { ...newPdfOptionsForm(), password: 'abc' }
    expect(passwordProblem(form)).toBe('Use at least 10 characters.')
    expect(canExport({ ...form, confirmation: 'abc' })).toBe(false)
    const typed = { ...form, password: 'kettle orbit 42 crane', confirmation: 'kettle orbit 43 crane' }
    expect(passwordProblem(typed)).toBe('The two passwords are not the same.')
    expect(canExport(typed)).toBe(false)
    const same = { ...typed, confirmation: 'kettle orbit 42 crane', pageSize: 'Letter' as const }
    // Not until main rated it strong enough (see PdfOptionsFields and vault.ratePassphrase).
    expect(canExport(same)).toBe(false)
    expect(canExport({ ...same, passwordAcceptable: true })).toBe(true)
    expect(toPdfOptions(same)).toEqual({ pageSize: 'Letter', fontSize: 'normal', password: 'kettle orbit 42 crane' })
  })
})
