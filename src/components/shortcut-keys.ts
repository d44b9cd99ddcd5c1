/** Names for keys as people see them on the keyboard. */
const KEY_NAMES: Record<string, string> = { Escape: 'Esc' }

/**
 * How one alternative of a shortcut reads: its presses, each a list of keys to hold together.
 * 'Mod+N' gives [['Ctrl', 'N']] (⌘ on a Mac); 'g j' gives [['g'], ['j']].
 */
export function keyPresses(keys: string, modifier: string): string[][] {
  return keys.split(' ').map((press) => {
    if (!press.startsWith('Mod+')) return [KEY_NAMES[press] ?? press]
    const key = press.slice(4)
    return [modifier, KEY_NAMES[key] ?? key.toUpperCase()]
  })
}
