/** The theme setting (Settings › Appearance). */
export const appearance = {
  title: 'Appearance',
  lede: 'Light or dark. The unlock screen uses your choice too.',
  legend: 'Theme',
  system: 'Same as this computer',
  light: 'Light',
  dark: 'Dark',
} as const
