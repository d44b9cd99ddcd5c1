import DOMPurify from 'dompurify'
import MarkdownIt from 'markdown-it'

/**
 * Markdown to HTML for reading an entry. Raw HTML in the text is shown as text (html: false),
 * and the result is sanitized again as a second line of defence, because entries can come from
 * imported files. Links stay visible but lead nowhere: the app never opens the network.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true, breaks: true })

// Images never load (no network, and a remote image would tell its server the entry was read),
// but the words the writer gave the image stay readable: it reads as its alt text.
markdown.renderer.rules.image = (tokens, index, options, env, renderer) =>
  markdown.utils.escapeHtml(renderer.renderInlineAsText(tokens[index]?.children ?? [], options, env))

export function renderMarkdown(text: string): string {
  const html = markdown.render(text)
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [
      'p',
      'br',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'strong',
      'em',
      's',
      'blockquote',
      'ul',
      'ol',
      'li',
      'code',
      'pre',
      'hr',
      'a',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  })
}
