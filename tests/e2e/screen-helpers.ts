import type { Page } from '@playwright/test'
import { expect } from './fixtures'

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

/** Waits until the router says the screen at `path` is drawn (src/router/index.ts). */
export async function settled(page: Page, path: string): Promise<void> {
  await page.locator(`html[data-route="${path}"]`).waitFor({ state: 'attached' })
}

/** What sticks out sideways: the page's overflow, and the elements past its right edge. */
export async function sidewaysOverflow(page: Page): Promise<{ page: number; offenders: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement
    const width = root.clientWidth
    const offenders: string[] = []
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.right <= width + 0.5) continue
      // Only the outermost: a child of an element that sticks out says nothing new.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > width + 0.5) continue
      const name = element.getAttribute('data-testid') ?? element.className.toString().split(' ')[0] ?? ''
      offenders.push(`${element.tagName.toLowerCase()}${name ? `.${name}` : ''} (right ${Math.round(box.right)})`)
    }
    return { page: root.scrollWidth - root.clientWidth, offenders }
  })
}

/** The screen fits its window: nothing scrolls sideways, and nothing sticks out past the right edge. */
export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const overflow = await sidewaysOverflow(page)
  expect(overflow.offenders, `${screen}: elements past the right edge`).toEqual([])
  expect(overflow.page, `${screen}: sideways scroll (px)`).toBeLessThanOrEqual(0)
}

/**
 * Clears the toasts, so a screenshot shows the screen itself. A toast may leave by itself
 * between counting and clicking (they last six seconds): then there is nothing to click.
 */
export async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss' })
  while ((await dismiss.count()) > 0)
    await dismiss
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined)
}
