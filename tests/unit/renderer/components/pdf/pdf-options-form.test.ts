import { describe, expect, it } from 'vitest'
import {
  canExport,
  newPdfOptionsForm,
  paperFor,
  passwordProblem,
  toPdfOptions,
} from '../../../../../src/components/pdf/pdf-options-form'

describe('the PDF options form', () => {
  it('starts on the paper of the place, normal text, no password and the warning not yet accepted', () => {
    const form = newPdfOptionsForm('en-GB')
    expect(form).toEqual({
      pageSize: 'A4',
      fontSize: 'normal',
      password: '',
      confirmation: '',
      understood: false,
      passwordAcceptable: false,
    })
    expect(canExport(form)).toBe(false)
    expect(newPdfOptionsForm('en-US').pageSize).toBe('Letter')
  })

  it('uses Letter paper in the United States and Canada, A4 everywhere else', () => {
    for (const locale of ['en-US', 'es-US', 'en-CA', 'fr-CA']) expect(paperFor(locale), locale).toBe('Letter')
    for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'en-AU', 'ja-JP', 'de', 'en', 'not a locale', ''])
      expect(paperFor(locale), locale).toBe('A4')
    // Without a locale named, the one this computer reads in.
    const here = Intl.DateTimeFormat().resolvedOptions().locale
    expect(newPdfOptionsForm().pageSize).toBe(paperFor(here))
  })

  it('exports without a password only once the warning is accepted', () => {
    expect(canExport({ ...newPdfOptionsForm('en-GB'), understood: true })).toBe(true)
    expect(toPdfOptions({ ...newPdfOptionsForm('en-GB'), understood: true })).toEqual({
      pageSize: 'A4',
      fontSize: 'normal',
    })
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
