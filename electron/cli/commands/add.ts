import { LIMITS } from '../../contract'
import { MendError, fileSystemError, type Journal } from '../../core'
import type { Db } from '../../core/vault/encrypted-database'
import { stringOption } from '../args'
import { PASSPHRASE_STDIN, type Command, type CommandContext } from '../command'
import { UsageError } from '../exit-codes'
import { canPrompt } from '../hidden-prompt'
import { parseEntryDate } from '../journal/entry-date'
import { TAG_OPTION, personOption, tagOptions } from '../journal/entry-options'
import { passphraseLine, withJournal } from '../journal/open-journal'

const TOO_LONG = 'This entry is too long to save in one piece. Split it into two.'

/** The entry's text: the rest of stdin, with Windows line endings and the final line breaks dropped. */
async function readBody(context: CommandContext): Promise<string> {
  const fromLine = passphraseLine(context) === undefined ? 0 : 1
  if (canPrompt(context.io.stdin)) context.warn('Type the entry, then press Ctrl-D on a line of its own.')
  const text = await context.secrets.restOfStdin(
    fromLine,
    LIMITS.bodyChars,
    () => new MendError('INVALID_INPUT', TOO_LONG),
  )
  const body = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '')
  if (body.length > LIMITS.bodyChars) throw new MendError('INVALID_INPUT', TOO_LONG)
  return body
}

interface NewEntry {
  title: string | undefined
  body: string
  entryDate: string | undefined
  tags: string[]
  personName: string | undefined
}

/** The entry and, when --person names someone new, that person: one transaction, both or neither. */
function save(db: Db, journal: Journal, draft: NewEntry) {
  const { personName, ...fields } = draft
  const write = db.transaction(() => {
    const known = personName === undefined ? null : journal.people.findByName(personName)
    const person = known ?? (personName === undefined ? null : journal.people.create({ name: personName }))
    const entry = journal.entries.create({ ...fields, personIds: person ? [person.id] : [] })
    return { entry, newPerson: known ? null : person }
  })
  try {
    return write()
  } catch (error) {
    throw fileSystemError(error, 'save the entry', db.name)
  }
}

export const addCommand: Command = {
  name: 'add',
  summary: 'Write a new entry; its text comes from stdin.',
  usage: 'mend add [--title TITLE] [--tag TAG]... [--person NAME] [--date DATE] [--passphrase-stdin] < text',
  options: [
    { name: 'title', value: 'TITLE', description: 'The title (none by default).' },
    TAG_OPTION,
    {
      name: 'person',
      value: 'NAME',
      description: 'Link the entry to this person (any case); someone new is added to your people.',
    },
    {
      name: 'date',
      value: 'DATE',
      description: 'When it happened, local time: YYYY-MM-DD (09:00), YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM".',
    },
    PASSPHRASE_STDIN,
  ],
  notes: [
    'The text is everything on stdin up to its end. With --passphrase-stdin, line 1 is the passphrase',
    'and the text starts on line 2; otherwise the passphrase comes from MEND_PASSPHRASE or a prompt.',
    'On a terminal, type the text after the passphrase and end it with Ctrl-D. Prints the new entry id.',
  ],
  async run(context) {
    const dateOption = stringOption(context.options, 'date')
    const entryDate = dateOption === undefined ? undefined : parseEntryDate(dateOption)
    if (entryDate === null) {
      throw new UsageError('--date must be a real date written YYYY-MM-DD, YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM".')
    }
    const title = stringOption(context.options, 'title')?.trim()
    if (title !== undefined && title.length > LIMITS.titleChars) {
      throw new UsageError(`--title is at most ${LIMITS.titleChars} characters.`)
    }
    const tags = tagOptions(context.options)
    const personName = personOption(context.options)

    await withJournal(context, async (journal, vault) => {
      const body = await readBody(context)
      if (body === '' && !title) {
        throw new UsageError('Nothing to save: stdin held no text and there is no --title; nothing was changed.')
      }
      const draft = { title, body, entryDate, tags, personName }
      const { entry, newPerson } = await vault.exclusive(() => save(vault.database(), journal, draft))
      if (newPerson) context.warn(`Added ${newPerson.name} to your people.`)
      context.print(`Saved entry ${entry.id}.`)
    })
  },
}
