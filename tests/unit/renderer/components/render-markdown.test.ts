// First: DOMPurify must see browser-like nodes (see the helper) before it is loaded.
import '../happy-dom-node-name'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../../../src/components/journal/render-markdown'

/** The rendered HTML as the page would hold it. */
function rendered(text: string): HTMLElement {
  const holder = document.createElement('div')
  holder.innerHTML = renderMarkdown(text)
  return holder
}

/** Anything in the output that could run code or reach the network. */
function dangers(holder: HTMLElement): string[] {
  const found: string[] = []
  for (const element of holder.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (['script', 'iframe', 'img', 'object', 'embed', 'svg', 'style', 'form', 'input', 'link', 'meta'].includes(tag))
      found.push(`<${tag}>`)
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on') || name === 'src' || name === 'style' || name === 'srcset')
        found.push(`${tag}[${name}]`)
      if (/^\s*(javascript|data|vbscript):/i.test(attribute.value)) found.push(`${tag}[${name}=${attribute.value}]`)
    }
  }
  return found
}

describe('rendering an entry', () => {
  it('renders headings, emphasis, lists, quotes and links', () => {
    const holder = rendered(
      [
        '# What happened',
        '',
        '## Later',
        '',
        'I was **angry**, then *quiet*, then ~~sorry~~.',
        '',
        '- listen',
        '- wait',
        '',
        '1. apologise',
        '2. repair',
        '',
        '> You said you needed time.',
        '',
        'See [the book](https://example.org/book "A title") or [mail](mailto:me@example.org).',
      ].join('\n'),
    )
    expect(holder.querySelector('h1')?.textContent).toBe('What happened')
    expect(holder.querySelector('h2')?.textContent).toBe('Later')
    expect(holder.querySelector('strong')?.textContent).toBe('angry')
    expect(holder.querySelector('em')?.textContent).toBe('quiet')
    expect(holder.querySelector('s')?.textContent).toBe('sorry')
    expect([...holder.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['listen', 'wait'])
    expect([...holder.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['apologise', 'repair'])
    expect(holder.querySelector('blockquote')?.textContent?.trim()).toBe('You said you needed time.')
    const links = [...holder.querySelectorAll('a')]
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['the book', 'https://example.org/book'],
      ['mail', 'mailto:me@example.org'],
    ])
    expect(links[0]?.getAttribute('title')).toBe('A title')
  })

  it('keeps single line breaks as written', () => {
    expect(rendered('one\ntwo').querySelectorAll('br')).toHaveLength(1)
  })

  it('shows raw HTML as text and never as elements', () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<iframe src="https://evil.example"></iframe>',
      '<a href="javascript:alert(1)">click</a>',
      '<svg onload=alert(1)></svg>',
      '<div style="background:url(javascript:alert(1))">x</div>',
    ]
    for (const attack of attacks) {
      const holder = rendered(attack)
      expect(dangers(holder), attack).toEqual([])
      expect(holder.querySelector('a'), attack).toBeNull()
      // The person's text is still there, readable.
      expect(holder.textContent, attack).toContain(attack.slice(0, 8))
    }
    expect(renderMarkdown('<script>alert(1)</script>')).not.toContain('<script')
  })

  it('inline HTML inside markdown is escaped too', () => {
    const holder = rendered('**bold <img src=x onerror=alert(1)>** and `<b>code</b>`')
    expect(dangers(holder)).toEqual([])
    expect(holder.querySelector('strong')?.textContent).toBe('bold <img src=x onerror=alert(1)>')
    expect(holder.querySelector('code')?.textContent).toBe('<b>code</b>')
    expect(holder.querySelector('b')).toBeNull()
  })

  it('a javascript: link has no href', () => {
    for (const text of [
      '[x](javascript:alert(1))',
      '[x](JavaScript:alert(1))',
      '[x](  javascript:alert(1))',
      '[x](java&#115;cript:alert(1))',
      '[x](vbscript:msgbox(1))',
      '[x]: javascript:alert(1)\n\n[x]',
      '<javascript:alert(1)>',
    ]) {
      const holder = rendered(text)
      expect(dangers(holder), text).toEqual([])
      for (const a of holder.querySelectorAll('a')) expect(a.hasAttribute('href'), text).toBe(false)
    }
  })

  it('data: addresses and images never load', () => {
    for (const text of [
      '![pixel](data:image/png;base64,iVBORw0KGgo=)',
      '[page](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[pic](data:image/png;base64,iVBORw0KGgo=)',
      '![remote](https://tracker.example/pixel.gif)',
    ]) {
      const holder = rendered(text)
      expect(dangers(holder), text).toEqual([])
      for (const a of holder.querySelectorAll('a')) expect(a.hasAttribute('href'), text).toBe(false)
    }
  })
})
