import { Decoration, EditorView, MatchDecorator, ViewPlugin, WidgetType, type DecorationSet } from '@codemirror/view'
import { photoLinkPattern } from '../../../electron/contract'
import { messages } from '../../messages'

const txt = messages.journal.markdownEditor

/** What stands in the text for a photo's link: the photo itself shows beside the text. */
class PhotoChip extends WidgetType {
  constructor(readonly caption: string) {
    super()
  }

  override eq(other: PhotoChip): boolean {
    return other.caption === this.caption
  }

  override toDOM(): HTMLElement {
    const chip = document.createElement('span')
    chip.className = 'cm-photo-chip'
    chip.dataset['testid'] = 'photo-chip'
    chip.textContent = this.caption.trim() ? txt.photoNamed(this.caption.trim()) : txt.photo
    chip.title = txt.photoChipHint
    return chip
  }
}

const links = new MatchDecorator({
  regexp: photoLinkPattern(),
  decoration: (match) => Decoration.replace({ widget: new PhotoChip(match[1] ?? '') }),
})

/**
 * A photo's link reads as one small "Photo" chip instead of a long key nobody wrote, and the
 * cursor and Backspace treat it as one piece: deleting it takes the whole link, never half of
 * it (half a link would leave a broken reference in the saved text).
 */
export const photoChips = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet
    constructor(view: EditorView) {
      this.decorations = links.createDeco(view)
    }
    update(update: Parameters<MatchDecorator['updateDeco']>[0]): void {
      this.decorations = links.updateDeco(update, this.decorations)
    }
  },
  {
    decorations: (plugin) => plugin.decorations,
    provide: (plugin) => EditorView.atomicRanges.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none),
  },
)

/** The chip's look, beside the editor's own theme. */
export const photoChipTheme = EditorView.theme({
  '.cm-photo-chip': {
    display: 'inline-block',
    padding: '0 0.5rem',
    border: '1px solid var(--border)',
    borderRadius: '999px',
    background: 'var(--surface)',
    color: 'var(--muted)',
    fontSize: '0.85em',
    lineHeight: '1.6',
  },
})
