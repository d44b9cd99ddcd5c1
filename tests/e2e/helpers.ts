import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

export const PASSPHRASE = 'copper kettle 91 meadow whisper'

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** Every regular file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** How many times `marker` occurs in the files, as UTF-8 or as UTF-16LE. */
export function countMarker(files: string[], marker: string): number {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')]
  let count = 0
  for (const file of files) {
    const bytes = readFileSync(file)
    for (const needle of needles) {
      for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count++
    }
  }
  return count
}

export async function createVault(page: Page, passphrase = PASSPHRASE, name = ''): Promise<void> {
  if (name) await page.getByLabel('What should Mend call you?').fill(name)
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: 'Create my encrypted journal' }).click()
}

/** Creates a vault and passes the recovery-key screen; returns the recovery key shown. */
export async function createVaultAndStoreKey(page: Page, passphrase = PASSPHRASE, name = ''): Promise<string> {
  await createVault(page, passphrase, name)
  const key = (await page.getByTestId('recovery-key').innerText()).replace(/\s+/g, '-')
  await page.getByLabel('I have stored my recovery key somewhere safe.').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByTestId('vault-location').waitFor()
  return key
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
}

/** Every string in the page's JavaScript heap, after a garbage collection (Chromium DevTools protocol). */
export async function heapSnapshot(page: Page): Promise<string> {
  const client = await page.context().newCDPSession(page)
  await client.send('HeapProfiler.enable')
  await client.send('HeapProfiler.collectGarbage')
  let snapshot = ''
  client.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => (snapshot += chunk))
  await client.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await client.detach()
  return snapshot
}
