/** How shortcuts are written on this platform: ⌘ on Apple systems, Ctrl elsewhere. */
export function shortcutModifier(): '⌘' | 'Ctrl' {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl'
}

/** Opens the system print dialog, where "Save as PDF" is one of the printers. */
export function printPage(): void {
  window.print()
}
