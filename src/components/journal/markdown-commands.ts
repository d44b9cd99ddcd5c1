import { EditorSelection, type ChangeSpec } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import { messages } from '../../messages'

/** Wraps each selection in `mark` (or unwraps it if already wrapped): bold, italic. */
export function toggleWrap(view: EditorView, mark: string): boolean {
  const { state } = view
  const changes = state.changeByRange((range) => {
    const before = state.sliceDoc(range.from - mark.length, range.from)
    const after = state.sliceDoc(range.to, range.to + mark.length)
    if (before === mark && after === mark) {
      return {
        changes: [
          { from: range.from - mark.length, to: range.from, insert: '' },
          { from: range.to, to: range.to + mark.length, insert: '' },
        ],
        range: EditorSelection.range(range.from - mark.length, range.to - mark.length),
      }
    }
    return {
      changes: [
        { from: range.from, insert: mark },
        { from: range.to, insert: mark },
      ],
      range: EditorSelection.range(range.from + mark.length, range.to + mark.length),
    }
  })
  view.dispatch(state.update(changes, { scrollIntoView: true, userEvent: 'input' }))
  view.focus()
  return true
}

/** Sets or clears a line prefix ("## ", "- ", "> ") on every selected line. */
export function toggleLinePrefix(view: EditorView, prefix: string): boolean {
  const { state } = view
  const changes: ChangeSpec[] = []
  const seen = new Set<number>()
  for (const range of state.selection.ranges) {
    for (let pos = range.from; pos <= range.to;) {
      const line = state.doc.lineAt(pos)
      if (!seen.has(line.number)) {
        seen.add(line.number)
        const existing = /^(#{1,6} |[-*+] |> |\d+\. )/.exec(line.text)?.[0] ?? ''
        const insert = existing === prefix ? '' : prefix
        changes.push({ from: line.from, to: line.from + existing.length, insert })
      }
      pos = line.to + 1
    }
  }
  view.dispatch({ changes, userEvent: 'input' })
  view.focus()
  return true
}

/** Turns the selection into a link text and selects the address placeholder to type over. */
export function insertLink(view: EditorView): boolean {
  const { state } = view
  const range = state.selection.main
  const text = state.sliceDoc(range.from, range.to) || messages.journal.markdownCommands.linkText
  const insert = `[${text}](https://)`
  const addressFrom = range.from + text.length + 3
  view.dispatch({
    changes: { from: range.from, to: range.to, insert },
    selection: EditorSelection.range(addressFrom, addressFrom + 'https://'.length),
    userEvent: 'input',
  })
  view.focus()
  return true
}
