import { deleteCharBackward, cursorCharLeft } from '@codemirror/commands'
import { EditorSelection, EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { afterEach, describe, expect, it } from 'vitest'
import { photoChips } from '../../../../src/components/journal/photo-chips'

let view: EditorView | null = null
afterEach(() => {
  view?.destroy()
  view = null
})

const LINK = '![](photo:04d9c88332a2f3374f1de19039fa21ab)'

/** An editor over `doc` with the cursor at `at`, the chips on (kept out of the document, as in markdown-commands.test). */
function editor(doc: string, at: number): EditorView {
  view = new EditorView({
    state: EditorState.create({ doc, selection: EditorSelection.cursor(at), extensions: [photoChips] }),
  })
  return view
}
const chips = (v: EditorView) => Array.from(v.contentDOM.querySelectorAll('.cm-photo-chip')).map((c) => c.textContent)

describe('photo links in the editor', () => {
  it('read as one chip each, with the caption when there is one, and the key nowhere on screen', () => {
    const v = editor(`We planted the beans.\n\n${LINK}\n\n![the harbour](photo:9f00aa11bb22cc33dd44ee55ff667788)\n`, 0)
    expect(chips(v)).toEqual(['Photo', 'Photo: the harbour'])
    expect(v.contentDOM.textContent).not.toContain('photo:')
    expect(v.contentDOM.textContent).toContain('We planted the beans.')
  })

  it('leave other links and images as the text has them', () => {
    const v = editor('See [the photo](photo-album) and ![a drawing](img/a.png).', 0)
    expect(chips(v)).toEqual([])
  })

  it('go whole with one Backspace: never half a link left in the saved text', () => {
    const doc = `Before.\n${LINK}`
    const v = editor(doc, doc.length)
    deleteCharBackward(v)
    expect(v.state.doc.toString()).toBe('Before.\n')
  })

  it('are stepped over as one piece by the cursor', () => {
    const doc = `Before.\n${LINK}`
    const v = editor(doc, doc.length)
    cursorCharLeft(v)
    expect(v.state.selection.main.head).toBe('Before.\n'.length)
  })
})
