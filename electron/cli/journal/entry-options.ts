import { LIMITS, PersonDraft, TagName } from '../../contract'
import { listOption, stringOption, type OptionSpec, type ParsedOptions } from '../args'
import { UsageError } from '../exit-codes'

export const TAG_OPTION: OptionSpec = {
  name: 'tag',
  value: 'TAG',
  repeatable: true,
  description: 'A tag; give it again for more.',
}

/** The --tag values, checked as the app checks tags: no empty tag, no commas or line breaks. */
export function tagOptions(options: ParsedOptions): string[] {
  const tags = listOption(options, 'tag').map((raw) => {
    const tag = TagName.safeParse(raw)
    if (!tag.success) {
      throw new UsageError(`Each --tag must be 1 to ${LIMITS.tagChars} characters, without commas or line breaks.`)
    }
    return tag.data
  })
  if (tags.length > LIMITS.tagsPerEntry) throw new UsageError(`Give at most ${LIMITS.tagsPerEntry} tags.`)
  return tags
}

/** The --person name, trimmed, within the app's limits; undefined when not given. */
export function personOption(options: ParsedOptions): string | undefined {
  const raw = stringOption(options, 'person')
  if (raw === undefined) return undefined
  const name = PersonDraft.shape.name.safeParse(raw)
  if (!name.success) throw new UsageError(`--person must be a name of 1 to ${LIMITS.personNameChars} characters.`)
  return name.data
}

/** A whole number in [min, max] for an option such as --limit, or `fallback` when it is absent. */
export function countOption(options: ParsedOptions, name: string, fallback: number, max: number): number {
  const raw = stringOption(options, name)
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}.`)
  }
  return Number(raw)
}
