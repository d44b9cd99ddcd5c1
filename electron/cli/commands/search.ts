import { LIMITS, type SearchFilters, type SearchHit } from '../../contract'
import { flag } from '../args'
import { PASSPHRASE_STDIN, type Command } from '../command'
import { UsageError } from '../exit-codes'
import { TAG_OPTION, countOption, personOption, tagOptions } from '../journal/entry-options'
import { headline, markedSnippet, plural, shownDate, shownTags } from '../journal/format'
import { personNamed, withJournal } from '../journal/open-journal'

const DEFAULT_LIMIT = 20
/** The most one search request returns (SearchRequest.limit). */
const MAX_LIMIT = 200

function printHit(print: (line?: string) => void, hit: SearchHit): void {
  const tags = shownTags(hit.entry.tags)
  print([shownDate(hit.entry.entryDate), headline(hit.entry), ...(tags ? [tags] : [])].join('  '))
  const snippet = markedSnippet(hit.snippet)
  if (snippet) print(`  ${snippet}`)
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'Find entries by words, optionally only those with given tags or a person.',
  usage: 'mend search QUERY [--tag TAG]... [--person NAME] [--json] [--limit N] [--passphrase-stdin]',
  options: [
    { ...TAG_OPTION, description: 'Only entries with this tag; give it again to require several.' },
    { name: 'person', value: 'NAME', description: 'Only entries linked to this person (any case).' },
    { name: 'json', description: 'Print one JSON object: {"hits": [...], "total": N}.' },
    { name: 'limit', value: 'N', description: `At most N results (default ${DEFAULT_LIMIT}, up to ${MAX_LIMIT}).` },
    PASSPHRASE_STDIN,
  ],
  operands: [{ name: 'QUERY', rest: true }],
  notes: [
    'All words must appear; "a phrase" in quotes and prefix* work too. Anything else is taken literally,',
    'so no query is an error.',
    'Best matches first; with an empty QUERY ("") the filtered entries, newest first.',
    'Text output marks the words found like **this**. Put -- before a QUERY that starts with -.',
  ],
  async run(context) {
    if (context.operands.length === 0) throw new UsageError('mend search needs a QUERY (see mend search --help).')
    const query = context.operands.join(' ')
    if (query.length > LIMITS.queryChars) throw new UsageError(`QUERY is at most ${LIMITS.queryChars} characters.`)
    const tags = tagOptions(context.options)
    const personName = personOption(context.options)
    const limit = countOption(context.options, 'limit', DEFAULT_LIMIT, MAX_LIMIT)
    const json = flag(context.options, 'json')

    await withJournal(context, (journal) => {
      const filters: SearchFilters = {}
      if (tags.length) filters.tags = tags
      if (personName !== undefined) filters.personIds = [personNamed(journal, personName).id]
      const result = journal.search({ query, asYouType: false, filters, limit })
      if (json) {
        context.print(JSON.stringify(result, null, 2))
        return
      }
      for (const hit of result.hits) printHit(context.print, hit)
      if (result.total === 0) context.print('No entries match.')
      else if (result.total > result.hits.length) {
        context.print(
          `${result.hits.length} of ${plural(result.total, 'matching entry', 'matching entries')} shown; use --limit N for more.`,
        )
      } else context.print(`${plural(result.total, 'entry matches', 'entries match')}.`)
    })
  },
}
