import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Entry, EntrySummary, Person } from '../../electron/contract'
import { expect, test, type MendHarness } from './fixtures'
import { PASSPHRASE, countMarker, createVaultAndStoreKey, filesUnder, unlock } from './helpers'
import { settled } from './screen-helpers'

/** What a call to the core answered; the test fails on an error. */
async function value<T>(mend: MendHarness, procedure: string, input: unknown = {}): Promise<T> {
  const result = await mend.core!.call(procedure, input)
  if (!result.ok) throw new Error(`${procedure}: ${result.error.code}`)
  return result.value as T
}

/** The entries the core holds, asked of it directly, to check what was really saved. */
async function savedEntries(mend: MendHarness): Promise<Entry[]> {
  const list = await value<EntrySummary[]>(mend, 'journal.listEntries', { offset: 0, limit: 50 })
  return Promise.all(list.map((summary) => value<Entry>(mend, 'journal.getEntry', { id: summary.id })))
}

async function typeInBody(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Entry text' }).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

/** Starts an entry from the journal, once the journal has loaded (its head's buttons stop moving). */
async function startEntry(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await settled(page, '/journal')
  await page.getByRole('link', { name: 'New entry' }).click()
  await settled(page, '/journal/new')
}

async function newEntry(page: Page, title: string, body: string): Promise<void> {
  await startEntry(page)
  await page.getByLabel('Title').fill(title)
  await typeInBody(page, body)
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
}

test('write an entry: it saves itself, shows in the timeline and is found by search', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'People' }).click()
  await page.getByLabel('Name').fill('Sam Okafor')
  await page.getByLabel('Relationship').fill('partner')
  await page.getByRole('button', { name: 'Add' }).click()
  await expect(page.getByText('Sam Okafor was added.')).toBeVisible()

  await startEntry(page)
  await page.getByLabel('Title').fill('The talk on the bridge')
  await typeInBody(page, '## What I said\n\nI told Sam the truth about the **letter** I hid. ')
  await page.getByLabel('Tags').fill('honesty')
  await page.getByLabel('Tags').press('Enter')
  await page.getByRole('button', { name: 'Sam Okafor' }).click()
  await page.getByRole('radio', { name: 'Mixed' }).check({ force: true })
  await page.getByRole('button', { name: 'Starred' }).click()
  await expect(page.getByTestId('word-count')).toHaveText('13 words')
  // Quiet "Saved" within about a second of the last change, with nothing else pressed.
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 10_000 })
  await expect(page).toHaveURL(/#\/journal\/\d+$/)
  await mend.screenshot('20-journal-editor')
  await page.emulateMedia({ colorScheme: 'dark' })
  await mend.screenshot('20-journal-editor-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  const [saved] = await savedEntries(mend)
  // The editor's own styles apply under the app's Content-Security-Policy (no inline <style>).
  await expect(page.locator('.cm-content')).toHaveCSS('white-space', 'break-spaces')
  expect(saved).toMatchObject({ title: 'The talk on the bridge', tags: ['honesty'], mood: 3, starred: true })
  expect(saved!.body).toContain('I told Sam the truth about the **letter** I hid.')
  expect(saved!.personIds).toHaveLength(1)

  // Encrypted at rest: neither the title, the text, the tag nor the person's name is in any file.
  const files = filesUnder(mend.vaultDir)
  expect(files.length).toBeGreaterThan(0)
  for (const marker of ['The talk on the bridge', 'truth about the', 'honesty', 'Sam Okafor']) {
    expect(countMarker(files, marker), marker).toBe(0)
  }

  await page.getByRole('tab', { name: 'Read' }).click()
  await expect(page.getByTestId('entry-rendered').getByRole('heading', { name: 'What I said' })).toBeVisible()
  await expect(page.getByTestId('entry-rendered').locator('strong')).toHaveText('letter')

  await newEntry(page, 'A quieter day', 'Walked by the river. Nothing to report about trust today.')
  await page.getByRole('link', { name: '← Journal' }).click()
  await expect(page.getByTestId('entry-total')).toHaveText('2 entries')
  await expect(page.getByTestId('timeline').getByText('The talk on the bridge')).toBeVisible()

  await page.getByRole('link', { name: 'Search', exact: true }).first().click()
  await page.getByLabel('Search the journal').fill('lett')
  await expect(page.getByTestId('search-summary')).toHaveText('1 entry')
  await expect(page.getByRole('list', { name: 'Results' }).locator('mark')).toHaveText('letter')
  await page.getByLabel('Search the journal').fill('"NEAR( -*')
  await expect(page.getByTestId('search-summary')).toHaveText('No entries match.')
  await page.getByLabel('Search the journal').fill('')
  await page.getByLabel('Tag').selectOption('honesty')
  await expect(page.getByTestId('search-summary')).toHaveText('1 entry')
  await page.getByLabel('Tag').selectOption('')
  await page.getByLabel('Search the journal').fill('trust')
  await expect(page.getByRole('list', { name: 'Results' }).locator('mark')).toHaveText('trust')
  await expect(page.getByTestId('search-summary')).toHaveText('1 entry')
  await mend.screenshot('22-journal-search')
})

test('an earlier version can be restored, and the restore itself undone', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await newEntry(page, 'Draft of an apology', 'First draft: I am sorry you felt hurt.')
  // Later editing, past the history's interval, keeps the first draft as a version.
  await mend.advanceClock(6 * 60_000)
  await page.getByRole('textbox', { name: 'Entry text' }).click()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('Second draft: I lied to you, and it was wrong.')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')

  await page.getByRole('button', { name: 'Earlier versions' }).click()
  await page.getByRole('button', { name: /Draft of an apology · 8 words/ }).click()
  await expect(page.getByTestId('version-preview')).toContainText('First draft: I am sorry you felt hurt.')
  await mend.screenshot('23-journal-history')
  await page.getByRole('button', { name: 'Restore this version' }).click()
  await expect(page.getByRole('textbox', { name: 'Entry text' })).toHaveText('First draft: I am sorry you felt hurt.')
  expect((await savedEntries(mend))[0]!.body).toBe('First draft: I am sorry you felt hurt.')
  // The replaced text is now a version too.
  await expect(page.getByRole('button', { name: /Draft of an apology · 10 words/ })).toBeVisible()
})

test('trash: an entry moves to the trash, can be undone, restored, or deleted for good', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  await newEntry(page, 'Entry to keep', 'Something worth keeping.')
  await page.getByRole('button', { name: 'Move to trash' }).click()
  await expect(page.getByRole('heading', { name: 'Nothing written yet' })).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByLabel('Title')).toHaveValue('Entry to keep')

  await page.getByRole('button', { name: 'Move to trash' }).click()
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Trash' }).click()
  await expect(page.getByText('Entry to keep')).toBeVisible()
  await mend.screenshot('24-journal-trash')
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByText('The trash is empty.')).toBeVisible()
  expect((await savedEntries(mend)).map((entry) => entry.title)).toEqual(['Entry to keep'])

  await page.getByRole('link', { name: '← Journal' }).click()
  await page.getByTestId('timeline').getByText('Entry to keep').click()
  await page.getByRole('button', { name: 'Move to trash' }).click()
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Trash' }).click()
  await page.getByRole('button', { name: 'Delete for good' }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByText('The trash is empty.')).toBeVisible()
  expect(await savedEntries(mend)).toHaveLength(0)
})

test('locking right after typing saves the words first', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  // Ctrl+N starts a new entry from anywhere.
  await page.keyboard.press('Control+n')
  await expect(page.getByRole('heading', { name: 'New entry' })).toBeAttached()
  await typeInBody(page, 'Typed just before locking')
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible()
  await unlock(page, PASSPHRASE)
  await page.getByRole('link', { name: 'Open the journal' }).click()
  await expect(page.getByTestId('timeline').getByText('Typed just before locking')).toBeVisible()
})

test('a long journal scrolls as one timeline; import adds entries once', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  const lines: string[] = []
  for (let day = 0; day < 3000; day++) {
    const date = new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
    lines.push(
      `[${date} 21:${String(day % 60).padStart(2, '0')}] Evening note ${day + 1}. Kept my word about @walks today.`,
      '',
    )
  }
  const source = join(mend.workDir, 'journal.txt')
  writeFileSync(source, lines.join('\n'))

  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Import' }).click()

  // A file that is not what the person said it is: a plain reason, and nothing imported.
  const broken = join(mend.workDir, 'Journal.json')
  writeFileSync(broken, '{"metadata": {"version": "1.0"}, "entries": [{"uuid": "A1", "text": "cut sho')
  mend.dialogs.importSource = broken
  await page.getByRole('radio', { name: /Day One/ }).check()
  await page.getByRole('button', { name: 'Choose a file…' }).click()
  await expect(page.getByRole('alert')).toContainText('This file is not valid JSON (it may be cut short)')
  expect(await savedEntries(mend)).toHaveLength(0)

  mend.dialogs.importSource = source
  await page.getByRole('radio', { name: /jrnl journal file/ }).check()
  await page.getByRole('button', { name: 'Choose a file…' }).click()
  await expect(page.getByTestId('import-preview')).toContainText('3000')
  await mend.screenshot('25-journal-import-preview')
  await page.getByRole('button', { name: 'Import 3000 entries' }).click()
  await expect(page.getByTestId('import-result')).toContainText('Added 3000 entries')

  await page.getByRole('button', { name: 'Choose a file…' }).click()
  await expect(page.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled()
  await page.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await expect(page.getByTestId('entry-total')).toHaveText('3,000 entries')
  const timeline = page.getByTestId('timeline')
  await expect(timeline.getByText('Evening note 3000')).toBeVisible()
  // Only what is on screen is in the page, however long the journal.
  expect(await timeline.getByRole('listitem').count()).toBeLessThan(60)
  await timeline.evaluate((element) => element.scrollTo(0, element.scrollHeight / 2))
  await expect(timeline.getByText(/Evening note 1\d{3}\b/).first()).toBeVisible()
  await timeline.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await expect(timeline.getByText(/^Evening note 1\./)).toBeVisible()
  await timeline.evaluate((element) => element.scrollTo(0, 0))
  await mend.screenshot('21-journal-timeline')
})

test('home shows what was written on this day in earlier years; people can be added and edited', async ({ mend }) => {
  const { page } = mend
  await createVaultAndStoreKey(page)
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  const sameDay = (year: number) => `${year}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T08:30`
  await value(mend, 'journal.createEntry', {
    title: 'The first hard conversation',
    body: 'We sat in the car.',
    entryDate: sameDay(now.getFullYear() - 2),
  })
  await value(mend, 'journal.createEntry', {
    title: 'One year on',
    body: 'Things feel steadier.',
    entryDate: sameDay(now.getFullYear() - 1),
  })
  await value(mend, 'journal.createEntry', { title: 'Today, not a memory', entryDate: sameDay(now.getFullYear()) })

  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await page.getByRole('link', { name: 'Mend, home' }).click()
  const onThisDay = page.getByRole('region', { name: 'On this day' })
  await expect(onThisDay.getByText('One year on')).toBeVisible()
  await expect(onThisDay.getByText('The first hard conversation')).toBeVisible()
  await expect(onThisDay.getByText('Today, not a memory')).toHaveCount(0)
  await expect(page.getByTestId('home-entry-count')).toHaveText('3 entries')
  await mend.screenshot('26-home-on-this-day')

  await page.getByRole('link', { name: 'Open the journal' }).click()
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'People' }).click()
  await page.getByLabel('Name').fill('Élodie Marchand')
  await page.getByLabel('Relationship').fill('sister')
  await page.getByRole('button', { name: 'Add' }).click()
  // The form empties once the person is added: type the next name only after that.
  await expect(page.getByText('Élodie Marchand was added.')).toBeVisible()
  await page.getByLabel('Name').fill('élodie marchand')
  await page.getByRole('button', { name: 'Add' }).click()
  await expect(page.getByRole('alert')).toHaveText('élodie marchand is already in your journal.')
  await page.getByRole('button', { name: 'Edit' }).click()
  await expect(page.getByRole('heading', { name: 'Edit Élodie Marchand' })).toBeVisible()
  await page.getByLabel('Notes').fill('Older sister; we share the flat.')
  await page.getByRole('button', { name: 'Save' }).click()
  // The save acknowledged (the notice, and the form back to adding someone) before the journal is read.
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Add someone' })).toBeVisible()
  expect(await value<Person[]>(mend, 'people.list')).toMatchObject([
    { name: 'Élodie Marchand', notes: 'Older sister; we share the flat.' },
  ])
  await mend.screenshot('27-journal-people')
})
