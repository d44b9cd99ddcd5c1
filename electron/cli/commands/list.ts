import { flag } from '../args'
import { PASSPHRASE_STDIN, type Command } from '../command'
import { countOption } from '../journal/entry-options'
import { listLine, plural } from '../journal/format'
import { withJournal } from '../journal/open-journal'

const DEFAULT_LIMIT = 50
/** As many as the app's timeline reads in one page. */
const MAX_LIMIT = 500

export const listCommand: Command = {
  name: 'list',
  summary: 'List entries, newest first: date, title, tags.',
  usage: 'mend list [--json] [--limit N] [--passphrase-stdin]',
  options: [
    {
      name: 'json',
      description: 'Print a JSON array of entry summaries (id, kind, title, excerpt, entryDate, tags, ...).',
    },
    { name: 'limit', value: 'N', description: `At most N entries (default ${DEFAULT_LIMIT}, up to ${MAX_LIMIT}).` },
    PASSPHRASE_STDIN,
  ],
  notes: ['Entries in the trash are left out. Without a title, a line shows the opening of the text.'],
  async run(context) {
    const limit = countOption(context.options, 'limit', DEFAULT_LIMIT, MAX_LIMIT)
    const json = flag(context.options, 'json')
    await withJournal(context, (journal) => {
      const entries = journal.timeline.list(0, limit)
      if (json) {
        context.print(JSON.stringify(entries, null, 2))
        return
      }
      if (entries.length === 0) context.print('No entries yet.')
      for (const entry of entries) context.print(listLine(entry))
      const total = journal.timeline.outline().total
      if (total > entries.length) {
        context.warn(
          `Showing the newest ${entries.length} of ${plural(total, 'entry', 'entries')}; use --limit N for more.`,
        )
      }
    })
  },
}
