import type { Entry, EntrySummary, Result } from '../../../electron/contract'

/** A whole entry as main would return it; `overrides` set what a test cares about. */
export function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 1,
    kind: 'journal',
    title: '',
    body: '',
    entryDate: '2026-11-24T09:30',
    mood: null,
    starred: false,
    tags: [],
    personIds: [],
    createdAt: '2026-11-24T09:30:00.000Z',
    updatedAt: '2026-11-24T09:30:00.000Z',
    trashedAt: null,
    ...overrides,
  }
}

/** A timeline row whose title tells where it sits (offset 0 = newest). */
export function summary(offset: number): EntrySummary {
  return {
    id: offset + 1,
    kind: 'journal',
    title: `Entry ${offset}`,
    excerpt: '',
    entryDate: '2026-11-24T09:30',
    mood: null,
    starred: false,
    tags: [],
    personIds: [],
    trashedAt: null,
  }
}

export interface HeldCall {
  input: unknown
  answer: (result: Result<unknown>) => void
}

/**
 * A reply for the fake bridge that does not answer until the test says so: each call waits in
 * `held`, so a test decides when (and in which order) main's answers arrive.
 */
export function heldReplies() {
  const held: HeldCall[] = []
  return {
    held,
    reply: (input: unknown) =>
      new Promise<Result<unknown>>((resolve) => {
        held.push({ input, answer: resolve })
      }),
  }
}

/** Lets every pending promise callback run (replies already answered, awaits after them). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}
