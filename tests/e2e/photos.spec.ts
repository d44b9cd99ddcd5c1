import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PASSPHRASE, countMarker, createVaultAndStoreKey, filesUnder, unlock } from './helpers'

/**
 * Photos, as a person meets them: pasted into an entry while writing, shown beside the text and
 * in the Read view, opened large, still there after locking and unlocking, printed in a PDF.
 */

const GARDEN = resolve('tests/fixtures/photos/garden.png')
const HARBOUR = resolve('tests/fixtures/photos/harbour.jpg')

/** Puts a PNG on the system clipboard (Chromium's async clipboard), for a real Ctrl+V. */
async function copyImage(page: Page, path: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin })
  const base64 = readFileSync(path).toString('base64')
  await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0))
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })])
  }, base64)
}

/** No serious or critical axe finding on the page as it is (the same rules as a11y.spec.ts). */
async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const bad = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  )
  expect(bad.map((violation) => `${what}: ${violation.id}`)).toEqual([])
}

/** Waits until the image has really been decoded and shown, not just put in the page. */
async function expectShown(page: Page, scope: string, width: number): Promise<void> {
  const image = page.getByTestId(scope).getByTestId('photo-image').first()
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(width)
}

test.describe.configure({ timeout: 120_000 })

test('paste a photo into an entry, see it in both views, lock, unlock, see it again; print it', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByRole('link', { name: 'New entry' }).click()
  await page.getByLabel('Title').pressSequentially('The garden after the rain')
  const body = page.getByRole('textbox', { name: 'Entry text' })
  await body.click()
  await page.keyboard.type('We planted the beans together and did not talk about it. It was enough.')
  await page.keyboard.press('Enter')

  await copyImage(page, GARDEN)
  await page.keyboard.press('Control+V')
  await expect(page.getByText('Photo added.')).toBeVisible()
  await expectShown(page, 'photo-strip', 200)
  // The link stands in the text as one "Photo" chip, not as a key nobody wrote.
  await expect(page.getByTestId('photo-chip')).toHaveText(['Photo'])
  await expect(page.locator('.cm-content')).not.toContainText('photo:')
  // Every letter typed is there: "enough" once lost its h to the g-then-h shortcut (the editor is in a shadow root).
  await expect(page.locator('.cm-content')).toContainText('It was enough.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 10_000 })

  // Picked with the button as well: a JPEG, which lands where the cursor is.
  await page.keyboard.type('And the harbour, the day before.')
  await page.keyboard.press('Enter')
  await page.getByTestId('photo-picker').setInputFiles(HARBOUR)
  await expect(page.getByTestId('photo-strip').getByTestId('photo-image')).toHaveCount(2)
  await expect(page.getByTestId('photo-chip')).toHaveCount(2)
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 10_000 })
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 })
    await mend.screenshot(`60-photos-editor-${width}`)
  }
  await page.setViewportSize({ width: 1280, height: 900 })
  await expectAccessible(page, 'editor with photos')

  await page.getByRole('tab', { name: 'Read' }).click()
  await expectShown(page, 'entry-rendered', 200)
  await expect(page.getByTestId('entry-rendered').getByTestId('photo-image')).toHaveCount(2)
  await mend.screenshot('61-photos-read')
  await page
    .getByRole('button', { name: /Open the photo/ })
    .first()
    .click()
  await expectShown(page, 'photo-lightbox', 200)
  await mend.screenshot('62-photos-large')
  await expectAccessible(page, 'photo opened large')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('photo-lightbox')).toBeHidden()

  // No photo bytes in any file of the journal: it is all inside the encrypted database.
  const photoBytes = readFileSync(GARDEN).subarray(2000, 2048).toString('latin1')
  expect(countMarker(filesUnder(mend.vaultDir), photoBytes)).toBe(0)

  const entryUrl = page.url()
  await page.getByRole('button', { name: /^Lock/ }).click()
  await unlock(page, PASSPHRASE)
  await page.getByTestId('home-today').waitFor()
  await page.goto(entryUrl)
  await page.getByRole('tab', { name: 'Read' }).click()
  await expectShown(page, 'entry-rendered', 200)
  await page.getByRole('tab', { name: 'Write' }).click()
  await expectShown(page, 'photo-strip', 200)

  // Printed: the PDF shows both photos on the entry's page.
  const pdf = join(mend.workDir, 'garden.pdf')
  mend.dialogs.pdfTarget = pdf
  await page.getByRole('link', { name: '← Journal' }).click()
  await page.getByTestId('journal-pdf-open').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('I understand: this PDF will be readable by anyone who has the file.').check()
  await dialog.getByRole('button', { name: 'Save PDF…' }).click()
  await expect(page.getByText(/Saved the PDF \(\d+ pages?\)/)).toBeVisible()
  const images = spawnSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).stdout
  expect(images).toMatch(/\s200\s+150\s/)
  expect(images).toMatch(/\s320\s+240\s/)
  const rendered = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '3',
    '-l',
    '3',
    pdf,
    resolve('test-results/screens/63-photos-pdf'),
  ])
  expect(rendered.status).toBe(0)
})

test('a photo that is not one is refused in plain words, and nothing else changes', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByRole('link', { name: 'New entry' }).click()
  await page.getByLabel('Title').pressSequentially('Not a picture')
  await page.getByRole('textbox', { name: 'Entry text' }).click()
  await page.keyboard.type('The words stay.')
  await page.getByTestId('photo-picker').setInputFiles(resolve('tests/fixtures/photos/hostile-zip-bomb.jpg'))
  await expect(page.getByText(/hostile-zip-bomb\.jpg: This file is not a photo Mend can keep/)).toBeVisible()
  await page.getByTestId('photo-picker').setInputFiles(resolve('tests/fixtures/photos/hostile-huge.png'))
  await expect(page.getByText(/50000 × 50000 pixels/)).toBeVisible()
  await expect(page.getByTestId('photo-strip').getByTestId('photo-image')).toHaveCount(0)
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 10_000 })
  await expect(page.locator('.cm-content')).toHaveText('The words stay.')
})

test('import screen: a jrnl journal in another date format, then a Day One zip with its photos', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByRole('link', { name: 'Import', exact: true }).click()
  await page.getByRole('radio', { name: /jrnl journal file/ }).check()
  const field = page.getByLabel('Date format (jrnl’s timeformat)')
  await field.click()
  await page.keyboard.type('%d.%m.%Y %H:%M')
  await mend.screenshot('64-import-date-format')
  mend.dialogs.importSource = resolve('tests/fixtures/import/jrnl-formats/dotted.txt')
  await page.getByRole('button', { name: 'Choose a file…' }).click()
  const preview = page.getByTestId('import-preview')
  await expect(preview.getByTestId('import-date-format-used')).toHaveText('%d.%m.%Y %H:%M (as you gave it)')
  await expect(preview.getByTestId('import-notes')).toContainText('line 22: the date in brackets does not exist')
  await mend.screenshot('65-import-preview-jrnl')
  await preview.getByRole('button', { name: 'Import 7 entries' }).click()
  await expect(page.getByTestId('import-result')).toContainText('Added 7 entries')

  await page.getByRole('link', { name: 'See them in the journal' }).click()
  await page.getByRole('link', { name: 'Import', exact: true }).click()
  await page.getByRole('radio', { name: /Day One/ }).check()
  mend.dialogs.importSource = resolve('tests/fixtures/import/dayone-photos/export.zip')
  await page.getByRole('button', { name: 'Choose a file…' }).click()
  await expect(page.getByTestId('import-photos')).toHaveText('4')
  await expect(page.getByTestId('import-notes')).toContainText('ffffffffffffffffffffffffffffffff.jpeg was not found')
  await mend.screenshot('66-import-preview-dayone')
  await page.getByTestId('import-preview').getByRole('button', { name: 'Import 4 entries' }).click()
  await expect(page.getByTestId('import-result')).toContainText('Added 4 entries and 4 photos')
})

test('drop photos on the text: a WebP and an iPhone HEIC (shown through the copy Mend makes)', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByRole('link', { name: 'New entry' }).click()
  await page.getByLabel('Title').pressSequentially('Lanterns')
  await page.getByRole('textbox', { name: 'Entry text' }).click()
  await page.keyboard.type('The lantern walk, and the picture Sam took on the phone.')
  const files = [
    {
      name: 'lantern.webp',
      type: 'image/webp',
      data: readFileSync(resolve('tests/fixtures/photos/lantern.webp')).toString('base64'),
    },
    {
      name: 'IMG_2041.HEIC',
      type: 'image/heic',
      data: readFileSync(resolve('tests/fixtures/photos/iphone.heic')).toString('base64'),
    },
  ]
  // What the system hands a window when files are dropped on it: a DataTransfer holding them.
  const dropped = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer()
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.data), (char) => char.charCodeAt(0))
      transfer.items.add(new File([bytes], file.name, { type: file.type }))
    }
    return transfer
  }, files)
  await page.locator('.cm-content').dispatchEvent('drop', { dataTransfer: dropped })
  await expect(page.getByText('2 photos added.')).toBeVisible()
  const images = page.getByTestId('photo-strip').getByTestId('photo-image')
  await expect(images).toHaveCount(2)
  await expect
    .poll(() => images.evaluateAll((all) => all.map((image) => (image as HTMLImageElement).naturalWidth)))
    .toEqual([240, 256])
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 10_000 })
  await expect(page.locator('.cm-content')).toContainText('The lantern walk, and the picture Sam took on the phone.')
})
