import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pdfInfo, pdfText, pdfTextRun } from '../helpers/pdf-tools'
import { expect, test, type MendHarness } from './fixtures'
import { createVaultAndStoreKey } from './helpers'

/** Sets up the plan in-process on the same vault, as the step screens would (they have their own specs). */
async function call<T>(mend: MendHarness, procedure: string, input: unknown): Promise<T> {
  const result = await mend.core!.call(procedure, input)
  if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
  return result.value as T
}

async function makePlan(mend: MendHarness): Promise<void> {
  const person = await call<{ id: number }>(mend, 'people.create', { name: 'Zoë Παπαδάκη' })
  const plan = await call<{ id: number }>(mend, 'plans.create', {
    personId: person.id,
    breach: {
      whatHappened: 'I read her messages and then denied it.',
      occurredOn: '2026-09-01',
      severity: 4,
      kind: 'integrity',
      involvedDeception: true,
    },
  })
  await call(mend, 'plans.update', {
    id: plan.id,
    ownership: 'I read **her messages** without asking, and I lied about it. Я виноват.',
    privateNotes: 'A note only for me.',
  })
  await call(mend, 'plans.addAmend', { planId: plan.id, description: 'Tell her everything I read', horizon: 'now' })
}

/** Opens the plan's PDF dialog from its menu. */
async function openPlanPdf(mend: MendHarness): Promise<void> {
  await mend.page.getByRole('button', { name: 'Plan options' }).click()
  await mend.page.getByRole('menuitem', { name: 'Export to PDF…' }).click()
}

test.describe('in a British locale', () => {
  // A4 is the paper there; the test chooses Letter, and the next export starts on A4 again.
  test.use({ locale: 'en-GB' })
  test('export a plan to PDF from its overview: options, warning, save path, password', async ({ mend }) => {
    const { page } = mend
    await createVaultAndStoreKey(page)
    await makePlan(mend)

    await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Plans' }).click()
    await page.getByRole('link', { name: /Repairing things with Zoë/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Repairing things with Zoë Παπαδάκη')

    await openPlanPdf(mend)
    const dialog = page.getByRole('dialog', { name: /Export “Repairing things with Zoë Παπαδάκη” to PDF/ })
    await expect(dialog).toBeVisible()
    // Private notes and linked entries are off by default (it may be handed to her); each part says
    // what it will show. Without a password the warning must be accepted first.
    await expect(dialog.getByLabel('A4')).toBeChecked()
    await expect(dialog.getByTestId('pdf-section-privateNotes')).not.toBeChecked()
    await expect(dialog.getByTestId('pdf-section-entries')).not.toBeChecked()
    await expect(dialog.getByTestId('pdf-section-entries')).toHaveAccessibleDescription(/may reach them/)
    await expect(dialog.getByTestId('pdf-section-amends')).toBeChecked()
    await expect(dialog.getByTestId('pdf-unprotected-warning')).toContainText('anyone who gets this PDF can read')
    const save = dialog.getByRole('button', { name: 'Save PDF…' })
    await expect(save).toBeDisabled()

    await dialog.getByLabel('Letter').check()
    await dialog.getByLabel('Large').check()
    await expect(dialog.getByTestId('pdf-preview')).toContainText('Repairing things with Zoë Παπαδάκη')
    await dialog.getByLabel('I understand: this PDF will be readable by anyone who has the file.').check()
    await expect(save).toBeEnabled()
    // The window as a person sees it (not the full page): the dialog is modal over the overview.
    await page.screenshot({ path: 'test-results/screens/50-pdf-dialog.png' })

    const target = join(mend.workDir, 'plan.pdf')
    mend.dialogs.pdfTarget = target
    await save.click()
    await expect(page.getByText(/Saved the PDF \(\d+ pages\) to .*plan\.pdf/)).toBeVisible()
    await expect(dialog).toBeHidden()
    // Neutral: the plan's title and the person's name stay out of the file's name.
    expect(mend.pdfSuggestions).toEqual([expect.stringMatching(/^Mend plan \d{4}-\d{2}-\d{2}\.pdf$/)])
    expect(existsSync(target)).toBe(true)
    const text = pdfText(target)
    expect(text).toContain('Repairing things with Zoë Παπαδάκη')
    expect(text).toContain('Я виноват.')
    expect(text).toContain('Tell her everything I read')
    expect(text).not.toContain('A note only for me.')
    expect(pdfInfo(target)).toMatchObject({ width: 612, height: 792 })

    // Again, with a password: no warning to accept, and the file opens only with it.
    await openPlanPdf(mend)
    await expect(dialog.getByLabel('A4')).toBeChecked()
    // A PDF is quick to attack: a weak password is explained and cannot be used.
    await dialog.getByRole('textbox', { name: /^Password/ }).pressSequentially('garden-gate-7')
    await expect(dialog.getByTestId('pdf-unprotected-warning')).toHaveCount(0)
    await expect(dialog.getByRole('meter', { name: 'Password strength' })).toHaveAttribute(
      'aria-valuetext',
      /^(Very weak|Weak|Not strong enough yet)$/,
    )
    await expect(dialog.getByTestId('strength-reasons')).toContainText('a password many people use')
    await dialog.getByLabel('Type the password again').pressSequentially('garden-gate-7')
    await expect(save).toBeDisabled()
    await page.screenshot({ path: 'test-results/screens/51-pdf-dialog-weak-password.png' })

    await dialog.getByRole('textbox', { name: /^Password/ }).fill('')
    await dialog.getByRole('textbox', { name: /^Password/ }).pressSequentially('garden gate 7 lantern')
    await dialog.getByLabel('Type the password again').fill('')
    await dialog.getByLabel('Type the password again').pressSequentially('garden gate 8 lantern')
    await expect(save).toBeDisabled()
    await expect(dialog.getByRole('alert')).toHaveText('The two passwords are not the same.')
    await dialog.getByLabel('Type the password again').fill('')
    await dialog.getByLabel('Type the password again').pressSequentially('garden gate 7 lantern')
    await expect(dialog.getByRole('meter', { name: 'Password strength' })).toHaveAttribute(
      'aria-valuetext',
      /^(Strong enough|Strong)$/,
    )
    const locked = join(mend.workDir, 'plan-locked.pdf')
    mend.dialogs.pdfTarget = locked
    await save.click()
    await expect(dialog).toBeHidden()
    expect(pdfTextRun(locked).status).not.toBe(0)
    expect(pdfText(locked, { password: 'garden gate 7 lantern' })).toContain('Repairing things with Zoë Παπαδάκη')
    expect(mend.requests.every((url) => url.startsWith(mend.origin))).toBe(true)
  })
})

test.describe('in a Canadian locale', () => {
  test.use({ locale: 'fr-CA' })
  test('a plan PDF starts on Letter paper', async ({ mend }) => {
    const { page } = mend
    await createVaultAndStoreKey(page)
    await makePlan(mend)
    await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Plans' }).click()
    await page.getByRole('link', { name: /Repairing things with Zoë/ }).click()
    await openPlanPdf(mend)
    await expect(page.getByRole('dialog').getByLabel('Letter')).toBeChecked()
  })
})

test('export journal entries to PDF by tag from the journal screen', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await call(mend, 'journal.createEntry', {
    title: 'Walk by the river',
    body: 'We talked about *everything*.',
    tags: ['walks'],
    entryDate: '2026-10-04T18:00',
  })
  await call(mend, 'journal.createEntry', { title: 'Work notes', body: 'Nothing personal.', tags: ['work'] })

  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Journal' }).click()
  await page.getByTestId('journal-pdf-open').click()
  const dialog = page.getByRole('dialog', { name: 'Export journal entries to PDF' })
  await dialog.getByLabel('Tag').selectOption('walks')
  await dialog.getByLabel('I understand: this PDF will be readable by anyone who has the file.').check()
  const target = join(mend.workDir, 'walks.pdf')
  mend.dialogs.pdfTarget = target
  await dialog.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(dialog).toBeHidden()
  const text = pdfText(target)
  expect(text).toContain('Walk by the river')
  expect(text).toContain('October 2026')
  expect(text).not.toContain('Work notes')
})

test('the journal’s PDF dialog is laid out even when no plan was opened before it', async ({ mend }) => {
  // Its styles once came only with a plan's page: opened first, the dialog spread across the window.
  const { page } = mend
  await createVaultAndStoreKey(page)
  await call(mend, 'journal.createEntry', { title: 'Walk by the river', body: 'We talked about everything.' })

  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Journal' }).click()
  await page.getByTestId('journal-pdf-open').click()
  const dialog = page.getByRole('dialog', { name: 'Export journal entries to PDF' })
  await expect(dialog).toBeVisible()
  const choices = await dialog.getByRole('group', { name: 'Which entries' }).boundingBox()
  const sketch = await dialog.getByTestId('pdf-preview').boundingBox()
  // The sketch of the title page stands beside the choices, not under them.
  expect(sketch!.x).toBeGreaterThan(choices!.x + choices!.width)
  expect(sketch!.y).toBeLessThan(choices!.y + choices!.height)
  await mend.screenshot('52-journal-pdf-dialog-first')
})
