import { EditorSelection, EditorState, type SelectionRange } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { afterEach, describe, expect, it } from 'vitest'
import { insertLink, toggleLinePrefix, toggleWrap } from '../../../../src/components/journal/markdown-commands'

let view: EditorView | null = null
afterEach(() => {
  view?.destroy()
  view = null
})

/**
 * An editor holding `doc` with the given selection ranges ([from, to] each). Kept out of the
 * document: happy-dom fires 'selectionchange' synchronously when the commands focus the editor,
 * re-entering CodeMirror's update (browsers fire it later), so the commands are tested on the
 * editor state alone.
 */
function editor(doc: string, ...ranges: Array<[number, number]>): EditorView {
  view = new EditorView({
    state: EditorState.create({
      doc,
      selection: EditorSelection.create(ranges.map(([from, to]) => EditorSelection.range(from, to))),
      extensions: [EditorState.allowMultipleSelections.of(true)],
    }),
  })
  return view
}
const text = (v: EditorView) => v.state.doc.toString()
const selected = (v: EditorView) =>
  v.state.selection.ranges.map((range: SelectionRange) => v.state.sliceDoc(range.from, range.to))

describe('bold and italic', () => {
  it('wraps the selection and keeps it selected, then unwraps it again', () => {
    const v = editor('I was angry today', [6, 11])
    expect(toggleWrap(v, '**')).toBe(true)
    expect(text(v)).toBe('I was **angry** today')
    expect(selected(v)).toEqual(['angry'])

    toggleWrap(v, '**')
    expect(text(v)).toBe('I was angry today')
    expect(selected(v)).toEqual(['angry'])
  })

  it('with nothing selected, leaves the cursor between the marks to type into', () => {
    const v = editor('Start ', [6, 6])
    toggleWrap(v, '*')
    expect(text(v)).toBe('Start **')
    expect(v.state.selection.main.head).toBe(7)
  })

  it('wraps every selection at once', () => {
    const v = editor('one two three', [0, 3], [8, 13])
    toggleWrap(v, '_')
    expect(text(v)).toBe('_one_ two _three_')
    expect(selected(v)).toEqual(['one', 'three'])
  })
})

describe('line prefixes', () => {
  it('turns the current line into a heading and back', () => {
    const v = editor('first\nsecond\nthird', [8, 8])
    toggleLinePrefix(v, '## ')
    expect(text(v)).toBe('first\n## second\nthird')
    toggleLinePrefix(v, '## ')
    expect(text(v)).toBe('first\nsecond\nthird')
  })

  it('replaces another prefix instead of stacking them', () => {
    const v = editor('# Title\n- item', [2, 2])
    toggleLinePrefix(v, '## ')
    expect(text(v)).toBe('## Title\n- item')
    toggleLinePrefix(v, '> ')
    expect(text(v)).toBe('> Title\n- item')
  })

  it('prefixes every line the selection touches, each once', () => {
    const v = editor('a\nb\nc\nd', [0, 5], [4, 5])
    toggleLinePrefix(v, '- ')
    expect(text(v)).toBe('- a\n- b\n- c\nd')
  })
})

describe('links', () => {
  it('makes the selection the link text and selects the address to type over', () => {
    const v = editor('read the book tonight', [5, 13])
    expect(insertLink(v)).toBe(true)
    expect(text(v)).toBe('read [the book](https://) tonight')
    expect(selected(v)).toEqual(['https://'])
  })

  it('without a selection, inserts placeholder text', () => {
    const v = editor('See ', [4, 4])
    insertLink(v)
    expect(text(v)).toBe('See [link text](https://)')
    expect(selected(v)).toEqual(['https://'])
  })
})
