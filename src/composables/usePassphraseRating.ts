import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import type { PassphraseRating } from '../../electron/contract'
import { useVaultStore } from '../stores/vault'

/** A pause this long in typing asks main for a rating; each keystroke alone would be wasted work. */
export const RATING_PAUSE_MS = 180

/**
 * The rating of a passphrase being typed, from main (the same rule it enforces), asked for after a
 * pause in typing. `rating` belongs to `ratedText`; an answer to an older text is dropped.
 * `displayName` (the create screen's name field) is counted against the passphrase too.
 */
export function usePassphraseRating(passphrase: Ref<string>, displayName?: Ref<string | undefined>) {
  const vault = useVaultStore()
  const rating = ref<PassphraseRating | null>(null)
  const ratedText = ref<string | null>(null)
  let asked = 0
  let timer: ReturnType<typeof setTimeout> | null = null

  async function rate(): Promise<PassphraseRating | null> {
    const text = passphrase.value
    const ticket = ++asked
    if (text === '') {
      rating.value = null
      ratedText.value = text
      return null
    }
    const answer = await vault.ratePassphrase(text, displayName?.value)
    if (ticket === asked) {
      rating.value = answer
      ratedText.value = text
    }
    return answer
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void rate()
    }, RATING_PAUSE_MS)
  }

  watch([passphrase, () => displayName?.value], schedule)
  onBeforeUnmount(() => {
    if (timer !== null) clearTimeout(timer)
    asked += 1
  })

  /** The rating of exactly what is typed now (asked at once if the last one is older). */
  async function current(): Promise<PassphraseRating | null> {
    if (ratedText.value === passphrase.value && timer === null) return rating.value
    if (timer !== null) clearTimeout(timer)
    timer = null
    return rate()
  }

  const upToDate = computed(() => ratedText.value === passphrase.value)
  return { rating, upToDate, current }
}
