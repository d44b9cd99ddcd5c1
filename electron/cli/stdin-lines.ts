import { UsageError } from './exit-codes'

/**
 * Reads stdin line by line, only as far as needed: a script may keep the pipe open after
 * writing the passphrase, so waiting for the end of input could hang.
 */
export class StdinLines {
  private buffer = ''
  private readonly lines: string[] = []
  private listening = false
  private ended = false
  private failed = false
  private wake: (() => void) | null = null
  private received = 0

  constructor(private readonly stream: NodeJS.ReadableStream) {}

  /** Line `index` (from 0) without its line ending. `what` names it in errors ("the passphrase"). */
  async line(index: number, what: string): Promise<string> {
    while (this.lines.length <= index && !this.ended) await this.nextChunk()
    if (this.failed) throw new UsageError('Standard input could not be read.')
    const line = this.lines[index]
    if (line === undefined) throw new UsageError(`Standard input ended before line ${index + 1}, ${what}.`)
    if (line === '') throw new UsageError(`Line ${index + 1} of standard input, ${what}, is empty.`)
    return line
  }

  /**
   * Everything from line `index` (from 0) to the end of input, lines joined with `\n` (CRLF read
   * as LF). Reads to the end, so only for input that is meant to end (the text of `mend add`).
   * Throws `tooLong()` as soon as more than `maxChars` characters have arrived.
   */
  async rest(index: number, maxChars: number, tooLong: () => Error): Promise<string> {
    while (!this.ended) {
      if (this.received > maxChars) throw tooLong()
      await this.nextChunk()
    }
    if (this.failed) throw new UsageError('Standard input could not be read.')
    return this.lines.slice(index).join('\n')
  }

  /** Lets one chunk (or the end) arrive, then pauses again so nothing more is read than needed. */
  private nextChunk(): Promise<void> {
    this.listen()
    return new Promise((resolve) => {
      this.wake = resolve
      this.stream.resume()
    })
  }

  // Listeners stay for the stream's life: an 'end' that comes right after a pause must not be missed.
  private listen(): void {
    if (this.listening) return
    this.listening = true
    this.stream.setEncoding('utf8')
    this.stream.on('data', (chunk: string | Buffer) => {
      this.stream.pause()
      const text = chunk.toString()
      this.received += text.length
      this.take(text)
      this.notify()
    })
    this.stream.on('end', () => {
      this.ended = true
      if (this.buffer !== '') this.lines.push(this.buffer)
      this.buffer = ''
      this.notify()
    })
    this.stream.on('error', () => {
      this.failed = true
      this.ended = true
      this.notify()
    })
  }

  private notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }

  private take(text: string): void {
    const parts = (this.buffer + text).split('\n')
    this.buffer = parts.pop() ?? ''
    for (const part of parts) this.lines.push(part.endsWith('\r') ? part.slice(0, -1) : part)
  }
}
