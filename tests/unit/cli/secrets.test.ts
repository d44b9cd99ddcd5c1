import { PassThrough } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { MendError } from '../../../electron/core'
import { CancelledError, UsageError } from '../../../electron/cli/exit-codes'
import type { PromptInput, TextOutput } from '../../../electron/cli/hidden-prompt'
import {
  Secrets,
  backupPassphrase,
  currentPassphrase,
  newPassphrase,
  stdinLinePlan,
} from '../../../electron/cli/secrets'

const GOOD = 'orchard lantern quietly 47 river'
const OTHER = 'another strong passphrase 93 owl'

/** A pipe on stdin: never a terminal. */
function pipe(text?: string, end = true): PassThrough {
  const stream = new PassThrough()
  if (text !== undefined) stream.write(text)
  if (end) stream.end()
  return stream
}

/** A fake terminal: raw mode is recorded, keys are pushed by the test, and what is shown is kept. */
function terminal() {
  const input = new PassThrough() as PassThrough & PromptInput
  input.isTTY = true
  input.isRaw = false
  input.setRawMode = vi.fn((mode: boolean) => {
    input.isRaw = mode
    return input
  })
  let shown = ''
  const stderr = { write: (text: string) => (shown += text) }
  return { input, stderr, shown: () => shown }
}

function secrets(stdin: PromptInput, env: Record<string, string> = {}, stderr: TextOutput = { write: () => true }) {
  return new Secrets({ env, stdin, stderr })
}

/** Types `keys` once the prompt has switched the terminal to raw mode. */
async function typeWhenAsked(input: PassThrough & PromptInput, ...keys: string[]): Promise<void> {
  for (const chunk of keys) {
    await vi.waitFor(() => expect(input.isRaw).toBe(true))
    input.write(chunk)
    await new Promise((resolve) => setImmediate(resolve))
  }
}

describe('cli secrets: where passphrases come from', () => {
  it('assigns stdin lines in a fixed order: current, new, backup', () => {
    expect(stdinLinePlan({ current: true, new: true, backup: false })).toEqual({ current: 0, new: 1 })
    expect(stdinLinePlan({ current: false, new: true, backup: true })).toEqual({ new: 0, backup: 1 })
    expect(stdinLinePlan({ current: true, new: false, backup: true })).toEqual({ current: 0, backup: 1 })
  })

  it('reads stdin lines without their line endings (LF or CRLF), keeping inner and outer spaces', async () => {
    const reader = secrets(pipe(` ${GOOD}\r\n${OTHER}\n`))
    expect(await reader.read(currentPassphrase(0))).toBe(` ${GOOD}`)
    expect(await reader.read(newPassphrase(1))).toBe(OTHER)
  })

  it('takes a last line without a newline, and does not wait for a pipe that stays open', async () => {
    expect(await secrets(pipe(GOOD)).read(currentPassphrase(0))).toBe(GOOD)
    const open = pipe(`${GOOD}\n`, false)
    expect(await secrets(open).read(currentPassphrase(0))).toBe(GOOD)
    open.destroy()
  })

  it('prefers stdin over the environment when told to read stdin, else uses the environment', async () => {
    const env = { MEND_PASSPHRASE: OTHER, MEND_NEW_PASSPHRASE: GOOD, MEND_BACKUP_PASSPHRASE: 'backup one' }
    expect(await secrets(pipe(`${GOOD}\n`), env).read(currentPassphrase(0))).toBe(GOOD)
    expect(await secrets(pipe(), env).read(currentPassphrase(undefined))).toBe(OTHER)
    expect(await secrets(pipe(), env).read(newPassphrase(undefined))).toBe(GOOD)
    expect(await secrets(pipe(), env).read(backupPassphrase(undefined))).toBe('backup one')
    expect(await secrets(pipe(), { MEND_PASSPHRASE: GOOD }).read(newPassphrase(undefined, ['MEND_PASSPHRASE']))).toBe(
      GOOD,
    )
  })

  it('gives a usage error when stdin ends early or a line is empty', async () => {
    await expect(secrets(pipe(`${GOOD}\n`)).read(newPassphrase(1))).rejects.toThrow(
      new UsageError('Standard input ended before line 2, the new passphrase.'),
    )
    await expect(secrets(pipe('\n')).read(currentPassphrase(0))).rejects.toThrow(
      new UsageError('Line 1 of standard input, the passphrase, is empty.'),
    )
  })

  it('gives a usage error naming the ways to pass it when there is no stdin line, variable or terminal', async () => {
    const error = await secrets(pipe(), { MEND_PASSPHRASE: '' })
      .read(currentPassphrase(undefined))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toContain('--passphrase-stdin or MEND_PASSPHRASE')
  })

  it('refuses a weak new passphrase from stdin or the environment with the policy sentence', async () => {
    const error = await secrets(pipe(), { MEND_NEW_PASSPHRASE: 'short' })
      .read(newPassphrase(undefined))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MendError)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
  })
})

describe('cli secrets: the prompt on a terminal', () => {
  it('reads a passphrase in raw mode without echoing it, with Backspace, and restores the mode', async () => {
    const tty = terminal()
    const reading = secrets(tty.input, {}, tty.stderr).read(currentPassphrase(undefined))
    await typeWhenAsked(tty.input, `${GOOD}x`, '\u007f', '\u001b[A', '\r')
    expect(await reading).toBe(GOOD)
    expect(tty.shown()).toBe('Passphrase: \n')
    expect(tty.input.setRawMode).toHaveBeenLastCalledWith(false)
  })

  it('keeps whole characters outside ASCII and clears the line with Ctrl-U', async () => {
    const tty = terminal()
    const reading = secrets(tty.input, {}, tty.stderr).read(currentPassphrase(undefined))
    await typeWhenAsked(tty.input, 'wrong start', '\u0015', 'grüße 🌿 und mehr\u007f\u007fhr\n')
    expect(await reading).toBe('grüße 🌿 und mehr')
  })

  it('cancels on Ctrl-C', async () => {
    const tty = terminal()
    const outcome = secrets(tty.input, {}, tty.stderr)
      .read(currentPassphrase(undefined))
      .catch((error: unknown) => error)
    await typeWhenAsked(tty.input, 'abc\u0003')
    expect(await outcome).toBeInstanceOf(CancelledError)
    expect(tty.input.isRaw).toBe(false)
  })

  it('asks for a new passphrase twice, explains a weak one and asks again', async () => {
    const tty = terminal()
    const reading = secrets(tty.input, {}, tty.stderr).read(newPassphrase(undefined))
    await typeWhenAsked(tty.input, 'qwerty1\r')
    await typeWhenAsked(tty.input, `${GOOD}\r`)
    await typeWhenAsked(tty.input, `${GOOD}\r`)
    expect(await reading).toBe(GOOD)
    expect(tty.shown()).toMatch(/^New passphrase: \n.+\nNew passphrase: \nType the new passphrase again: \n$/)
    expect(tty.shown()).toMatch(/shorter than 10 characters/)
    expect(tty.shown()).not.toContain('qwerty1')
  })

  it('refuses two different new passphrases', async () => {
    const tty = terminal()
    const outcome = secrets(tty.input, {}, tty.stderr)
      .read(newPassphrase(undefined))
      .catch((error: unknown) => error)
    await typeWhenAsked(tty.input, `${GOOD}\r`)
    await typeWhenAsked(tty.input, `${OTHER}\r`)
    expect(await outcome).toEqual(new UsageError('The two passphrases you typed differ; nothing was changed.'))
  })
})

describe('cli secrets: the rest of stdin (the text of mend add)', () => {
  const tooLong = () => new Error('too long')

  it('is everything after the passphrase line, to the end, with CRLF read as LF', async () => {
    const reader = secrets(pipe(`${GOOD}\r\nfirst line\r\n\r\nthird line\n`))
    expect(await reader.read(currentPassphrase(0))).toBe(GOOD)
    expect(await reader.restOfStdin(1, 1000, tooLong)).toBe('first line\n\nthird line')
  })

  it('is all of stdin when the passphrase comes from elsewhere, and empty for empty input', async () => {
    expect(await secrets(pipe('only text')).restOfStdin(0, 1000, tooLong)).toBe('only text')
    expect(await secrets(pipe()).restOfStdin(0, 1000, tooLong)).toBe('')
  })

  it('stops reading once more than the limit has arrived', async () => {
    const stream = pipe('x'.repeat(50), false)
    const reading = secrets(stream).restOfStdin(0, 10, tooLong)
    await expect(reading).rejects.toThrow('too long')
    stream.destroy()
  })
})
