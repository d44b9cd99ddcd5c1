import { CancelledError } from './exit-codes'

/** stdin as far as a prompt needs it (process.stdin on a terminal is a tty.ReadStream). */
export interface PromptInput extends NodeJS.ReadableStream {
  isTTY?: boolean
  isRaw?: boolean
  setRawMode?(mode: boolean): unknown
  destroy?(): unknown
}

export interface TextOutput {
  write(text: string): unknown
  /** True for a terminal (process.stderr on one): only then is a progress line worth drawing. */
  isTTY?: boolean
}

/** A prompt needs a real terminal: something to switch out of echo, and a person to type. */
export function canPrompt(input: PromptInput): boolean {
  return input.isTTY === true && typeof input.setRawMode === 'function'
}

const ENTER = new Set(['\r', '\n'])
const CTRL_C = '\u0003'
const CTRL_D = '\u0004'
const CTRL_U = '\u0015'
const BACKSPACE = new Set(['\u007f', '\b'])
const ESCAPE = '\u001b'

/**
 * Asks for a secret on a terminal without echoing it: raw mode, so every key arrives here and
 * nothing is printed; Enter finishes, Backspace and Ctrl-U edit, Ctrl-C or Ctrl-D cancel.
 */
export function promptHidden(input: PromptInput, output: TextOutput, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const typed: string[] = []
    const wasRaw = input.isRaw === true
    const finish = (error: Error | null) => {
      input.removeListener('data', onData)
      input.setRawMode?.(wasRaw)
      input.pause()
      output.write('\n')
      if (error) reject(error)
      else resolve(typed.join(''))
    }
    const onData = (chunk: string | Buffer) => {
      // for...of walks code points, so a pasted emoji or accented letter stays whole.
      for (const key of chunk.toString()) {
        if (ENTER.has(key)) return finish(null)
        if (key === CTRL_C || (key === CTRL_D && typed.length === 0)) return finish(new CancelledError())
        if (BACKSPACE.has(key)) typed.pop()
        else if (key === CTRL_U) typed.length = 0
        // Arrow and function keys arrive as one escape sequence per chunk: ignore the rest of it.
        else if (key === ESCAPE) break
        else if (key >= ' ') typed.push(key)
      }
    }
    output.write(question)
    input.setRawMode?.(true)
    input.setEncoding('utf8')
    input.on('data', onData)
    input.resume()
  })
}
