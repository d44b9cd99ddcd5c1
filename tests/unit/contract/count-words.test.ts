import { describe, expect, it } from 'vitest'
import { countWords, photoLink } from '../../../electron/contract'

describe('the word count a person sees', () => {
  it('counts words as written, apostrophes and hyphens inside a word', () => {
    expect(countWords("I didn't listen to my mother-in-law, and I'm sorry.")).toBe(9)
  })

  it("counts a photo's caption but never its key", () => {
    const key = '04d9c88332a2f3374f1de19039fa21ab'
    expect(countWords(`It was enough.\n\n${photoLink(key)}\n`)).toBe(3)
    expect(countWords(`It was enough.\n\n${photoLink(key, 'the garden')}\n`)).toBe(5)
  })
})
