import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** A day on this machine's calendar (the core's zone here), `days` from today. */
export function localDay(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The next day after today that falls on `weekday` (0 = Sunday), as `YYYY-MM-DD`. */
export function nextWeekday(weekday: number): string {
  const date = new Date()
  do date.setDate(date.getDate() + 1)
  while (date.getDay() !== weekday)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Waits until the router says the screen at `path` is drawn (src/router/index.ts), and the screen
 * has loaded what it shows (see `quiet`).
 */
export async function settled(page: Page, path: string): Promise<void> {
  await page.locator(`html[data-route="${path}"]`).waitFor({ state: 'attached' })
  await quiet(page)
}

/**
 * Waits until the screen has nothing under way: no load, no save waiting or in flight, no reload
 * of what a save changed (the app's aria-busy on the page, src/components/AppLayout.vue). Wait on
 * this before reading the database behind the screen, or clicking what a reload may move.
 */
export async function quiet(page: Page): Promise<void> {
  await expect(page.locator('main[aria-busy="true"]')).toHaveCount(0)
}

/**
 * What sticks out sideways: the outermost elements past the window's right edge, and how far the
 * page scrolls sideways. The app's shell header (the same on every screen) is told apart, so a
 * screen's own layout is judged on its own.
 */
export async function sidewaysOverflow(page: Page): Promise<{ page: number; offenders: string[]; shell: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement
    const width = root.clientWidth
    const offenders: string[] = []
    const shell: string[] = []
    let furthest = 0
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0) continue
      const inShell = element.closest('.app-header') !== null
      if (!inShell) furthest = Math.max(furthest, box.right + window.scrollX)
      if (box.right <= width + 0.5) continue
      // Only the outermost: a child of an element that sticks out says nothing new.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > width + 0.5) continue
      const name = element.getAttribute('data-testid') ?? element.className.toString().split(' ')[0] ?? ''
      const line = `${element.tagName.toLowerCase()}${name ? `.${name}` : ''} (right ${Math.round(box.right)})`
      ;(inShell ? shell : offenders).push(line)
    }
    return { page: Math.ceil(furthest) - width, offenders, shell }
  })
}

/**
 * The screen fits its window: nothing of it scrolls sideways or sticks out past the right edge.
 * The shared header is checked where it is meant to fit already (1024 px and up); at narrower
 * widths its overflow is noted on the test, since the shell's header is being reworked apart
 * from these screens.
 */
export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const overflow = await sidewaysOverflow(page)
  expect(overflow.offenders, `${screen}: elements past the right edge`).toEqual([])
  expect(overflow.page, `${screen}: sideways scroll (px)`).toBeLessThanOrEqual(0)
  const width = page.viewportSize()?.width ?? 0
  if (width >= 1024) expect(overflow.shell, `${screen}: the header past the right edge`).toEqual([])
  else if (overflow.shell.length)
    test.info().annotations.push({ type: 'shell overflow', description: `${screen}: ${overflow.shell.join(', ')}` })
}

/**
 * Clears the toasts, so a screenshot shows the screen itself. A toast may leave by itself
 * between counting and clicking (they last six seconds): then there is nothing to click.
 */
export async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss', exact: true })
  while ((await dismiss.count()) > 0)
    await dismiss
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined)
}
