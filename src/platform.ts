/** How shortcuts are written on this platform: ⌘ on Apple systems, Ctrl elsewhere. */
export function shortcutModifier(): '⌘' | 'Ctrl' {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl'
}
