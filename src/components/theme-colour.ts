/**
 * A theme colour as a canvas needs it. The palette's variables hold light-dark() pairs that only
 * CSS can resolve, so a hidden probe takes the colour and the browser answers with the one shown
 * (as rgb()). Where nothing resolves (no CSS engine), the fallback keeps the chart readable.
 */
export function themeColour(host: Element, variable: string, fallback = '#888'): string {
  const probe = document.createElement('span')
  probe.hidden = true
  // A CSSOM property, not a style attribute: allowed under the app's CSP.
  probe.style.color = `var(${variable})`
  host.appendChild(probe)
  const colour = getComputedStyle(probe).color.trim()
  probe.remove()
  return colour && !colour.startsWith('var(') ? colour : fallback
}
