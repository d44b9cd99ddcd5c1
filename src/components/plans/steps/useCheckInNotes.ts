import { reactive, ref, type Ref } from 'vue'
import type { CheckIn } from '../../../../electron/contract'
import { AUTOSAVE_DELAY_MS } from '../../../stores/entry-editor'

export type NoteState = 'saving' | 'saved' | 'error'

/**
 * The notes of a commitment's check-ins as they are typed. On a day already marked, a note saves
 * with that day's answer when the field is left (Tab, a click elsewhere), on Enter, and a moment
 * after typing stops, so neither a key nor a reload can lose it. A day not marked yet has no
 * check-in to hold a note: its note waits in the field and goes with the answer.
 */
export function useCheckInNotes(options: {
  byDay: Ref<Map<string, CheckIn>>
  /** Records the day's answer again with this note; true once saved. */
  save: (day: string, note: string) => Promise<boolean>
}) {
  /** The note field of each day that has one open, with what it holds. */
  const drafts = reactive(new Map<string, string>())
  const states = reactive(new Map<string, NoteState>())
  const focusDay = ref<string | null>(null)
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const inFlight = new Map<string, Promise<void>>()

  function open(day: string): void {
    drafts.set(day, options.byDay.value.get(day)?.note ?? '')
    states.delete(day)
    focusDay.value = day
  }

  function close(day: string): void {
    cancelTimer(day)
    drafts.delete(day)
  }

  function cancelTimer(day: string): void {
    const timer = timers.get(day)
    if (timer) clearTimeout(timer)
    timers.delete(day)
  }

  /** Saves the day's note now if the day is marked and the note changed; waits for one under way. */
  async function flush(day: string): Promise<void> {
    cancelTimer(day)
    while (inFlight.has(day)) await inFlight.get(day)
    const note = drafts.get(day)?.trim()
    const current = options.byDay.value.get(day)
    if (note === undefined || !current || note === current.note) return
    const saving = (async () => {
      states.set(day, 'saving')
      states.set(day, (await options.save(day, note)) ? 'saved' : 'error')
    })()
    inFlight.set(day, saving)
    try {
      await saving
    } finally {
      inFlight.delete(day)
    }
  }

  function input(day: string, value: string): void {
    drafts.set(day, value)
    cancelTimer(day)
    if (!options.byDay.value.has(day)) return
    timers.set(
      day,
      setTimeout(() => void flush(day), AUTOSAVE_DELAY_MS),
    )
  }

  /** Enter or leaving the field: saved, the field closes on a marked day; it stays on another. */
  async function commit(day: string): Promise<void> {
    if (!drafts.has(day) || !options.byDay.value.has(day)) return
    await flush(day)
    if (states.get(day) !== 'error') close(day)
  }

  /** What the answer carries: the note being typed, else the note already kept. */
  function noteFor(day: string): string {
    return (drafts.get(day) ?? options.byDay.value.get(day)?.note ?? '').trim()
  }

  function stopAll(): void {
    for (const day of [...timers.keys()]) void flush(day)
  }

  return { drafts, states, focusDay, open, close, input, commit, flush, noteFor, stopAll }
}
