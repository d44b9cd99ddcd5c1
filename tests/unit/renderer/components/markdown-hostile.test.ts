// First: DOMPurify must see browser-like nodes (see the helper) before it is loaded.
import '../happy-dom-node-name'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../../../src/components/journal/render-markdown'

/**
 * Issue 9, "Hostile content", the cheap half: what the reading view is given for text that
 * tries to run code, load something or lead somewhere. The e2e spec (hostile-content.spec.ts)
 * shows the same in Chromium; these cases are the many variants that would be slow there.
 */

function rendered(text: string): HTMLElement {
  const holder = document.createElement('div')
  holder.innerHTML = renderMarkdown(text)
  return holder
}

/** Every element name and attribute in the output, as `tag` and `tag[attribute=value]`. */
function inventory(holder: HTMLElement): { tags: Set<string>; attributes: string[] } {
  const tags = new Set<string>()
  const attributes: string[] = []
  for (const element of holder.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    tags.add(tag)
    for (const attribute of element.attributes) attributes.push(`${tag}[${attribute.name}=${attribute.value}]`)
  }
  return { tags, attributes }
}

/** Only the reading tags, only href and title, and an href only to the web or mail. */
function expectInert(text: string): HTMLElement {
  const holder = rendered(text)
  const { tags, attributes } = inventory(holder)
  const reading = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 's', 'blockquote', 'ul', 'ol', 'li']
  const allowed = new Set([...reading, 'code', 'pre', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])
  expect(
    [...tags].filter((tag) => !allowed.has(tag)),
    text,
  ).toEqual([])
  for (const attribute of attributes) {
    expect(attribute, text).toMatch(/^a\[(title=.*|href=(https?:|mailto:).*)\]$/s)
  }
  return holder
}

describe('hostile Markdown in the reading view', () => {
  it('images never load, and read as their description', () => {
    for (const [text, words] of [
      ['![a remote image](http://example.invalid/x.png)', 'a remote image'],
      ['![pixel](https://tracker.example/p.gif "seen")', 'pixel'],
      // Not an image address Markdown accepts: it stays the text it was.
      ['![svg](data:image/svg+xml;base64,PHN2Zz4=)', '![svg](data:image/svg+xml;base64,PHN2Zz4=)'],
      ['![<img src=x onerror=alert(1)>](http://example.invalid/x.png)', '<img src=x onerror=alert(1)>'],
      ['![**bold** words](x.png)', 'bold words'],
    ] as const) {
      const holder = expectInert(text)
      expect(holder.textContent?.trim(), text).toBe(words)
    }
    // An image inside a link: the link stays (inert), its picture becomes words.
    const linked = expectInert('[![the cover](http://example.invalid/c.png)](https://example.org/book)')
    expect(linked.querySelector('a')?.textContent).toBe('the cover')
  })

  it('a link cannot smuggle an attribute, a script address or a relative address', () => {
    const cases = [
      '[t](https://example.org "x\\" onmouseover=\\"alert(1)")',
      '[t](https://example.org" onclick="alert(1))',
      '[t](&#106;avascript:alert(1))',
      '[t](javascript&colon;alert(1))',
      '[t](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1))',
      '[t](\u0000javascript:alert(1))',
      '[t](%6A%61%76%61%73%63%72%69%70%74:alert(1))',
      '[t](data:text/html,<script>alert(1)</script>)',
      '[t](file:///etc/passwd)',
      '[t](//evil.example/x)',
      '[t](app://mend/index.html)',
      '[t](blob:https://example.org/1)',
    ]
    for (const text of cases) {
      const holder = expectInert(text)
      for (const link of holder.querySelectorAll('a[href]')) {
        expect(link.getAttribute('href'), text).toMatch(/^https:\/\/example\.org/)
      }
    }
    // A title that looks like markup is kept as text, or dropped; never parsed.
    const titled = expectInert('[t](https://example.org "a <script>alert(1)</script> title")')
    expect(titled.querySelector('a')?.getAttribute('title') ?? 'a <script>alert(1)</script> title').toBe(
      'a <script>alert(1)</script> title',
    )
  })

  it('raw HTML, including mutation-XSS shapes, stays text', () => {
    const attacks = [
      '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<svg><style><img src=x onerror=alert(1)></style></svg>',
      '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
      '<a href="javascript:alert(1)">x</a><base href="http://evil.example/">',
      '<!-- <img src=x onerror=alert(1)> -->',
      '<details open ontoggle=alert(1)>',
      '<meta http-equiv="refresh" content="0;url=http://evil.example">',
    ]
    for (const attack of attacks) {
      const holder = expectInert(attack)
      // Still readable (the typographer curls the quotes, so only the start is compared).
      expect(holder.textContent, attack).toContain(attack.slice(0, 8))
    }
  })

  it('code blocks, tables and headings carry no class, style or id from the text', () => {
    const holder = expectInert(
      [
        '```js" onclick="alert(1)',
        'const x = 1',
        '```',
        '',
        '| left | right |',
        '| :--- | ----: |',
        '| a | b |',
        '',
        '# Heading {#id onclick=alert(1)}',
      ].join('\n'),
    )
    expect(holder.querySelector('pre code')?.textContent).toBe('const x = 1\n')
    expect(holder.querySelectorAll('td')).toHaveLength(2)
  })

  it('odd and pathological text renders without throwing, quickly', () => {
    const inputs = {
      'lone surrogates': 'a \uD800 b \uDFFF c \uDBFF\uDBFF',
      'NUL and controls': 'a\u0000b\u0007c\u001bd\u2028e',
      'deep quotes': `${'>'.repeat(5_000)} deep`,
      'deep lists': Array.from({ length: 500 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n'),
      'unclosed emphasis': '*_'.repeat(5_000),
      'unclosed links': '[('.repeat(10_000),
      backticks: '`'.repeat(30_000),
      'many entities': '&#x26;&amp;&lt;'.repeat(10_000),
    }
    for (const [name, text] of Object.entries(inputs)) {
      const started = performance.now()
      const holder = expectInert(text)
      const elapsed = performance.now() - started
      // Generous: this catches a runaway pattern, not speed (the benchmark owns that).
      expect(elapsed, name).toBeLessThan(5_000)
      expect(holder.textContent?.length ?? 0, name).toBeGreaterThan(0)
    }
  })
})
