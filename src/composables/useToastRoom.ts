import { nextTick, watch, type Ref } from 'vue'

/**
 * Toasts sit over the bottom of the window; they must never hide what they talk about. While any
 * shows, the page gets room below its content the height of the toasts (so anything can scroll
 * clear of them), and if the control the person just used is under a toast, the page scrolls it
 * into the clear.
 */
export function useToastRoom(region: Ref<HTMLElement | null>, count: () => number): void {
  watch(count, async (shown) => {
    await nextTick()
    const root = document.documentElement
    const box = shown > 0 ? region.value?.getBoundingClientRect() : undefined
    root.style.setProperty('--toast-room', box ? `${Math.ceil(box.height) + 32}px` : '0px')
    const used = document.activeElement
    if (!box || !(used instanceof HTMLElement) || used === document.body || region.value?.contains(used)) return
    const rect = used.getBoundingClientRect()
    const covered = rect.bottom > box.top && rect.top < box.bottom && rect.right > box.left && rect.left < box.right
    if (covered) window.scrollBy({ top: rect.bottom - box.top + 16 })
  })
}
