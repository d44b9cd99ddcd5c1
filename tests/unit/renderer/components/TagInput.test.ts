import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TagInput from '../../../../src/components/journal/TagInput.vue'

/** TagInput with v-model wired up, as EntryView uses it. */
function tagInput(tags: string[], suggestions: string[] = []) {
  const wrapper = mount(TagInput, {
    props: {
      modelValue: tags,
      suggestions,
      inputId: 'entry-tags',
      'onUpdate:modelValue': (next: string[]) => wrapper.setProps({ modelValue: next }),
    },
  })
  const input = wrapper.find('input')
  const chips = () => wrapper.findAll('.chip').map((chip) => chip.text().replace('×', '').trim())
  const updates = () => wrapper.emitted('update:modelValue') ?? []
  async function type(text: string, key: string) {
    await input.setValue(text)
    await input.trigger('keydown', { key })
  }
  return { wrapper, input, chips, updates, type }
}

describe('tag input', () => {
  it('Enter adds the typed tag, trimmed, and empties the box', async () => {
    const { input, chips, type } = tagInput(['family'])
    await type('  work  ', 'Enter')
    expect(chips()).toEqual(['family', 'work'])
    expect((input.element as HTMLInputElement).value).toBe('')
  })

  it('a comma adds the tag too, without the comma', async () => {
    const { wrapper, input, chips, type } = tagInput([])
    await input.setValue('repair')
    const comma = new KeyboardEvent('keydown', { key: ',', cancelable: true })
    input.element.dispatchEvent(comma)
    await wrapper.vm.$nextTick()
    // The comma itself is not typed into the (now empty) box.
    expect(comma.defaultPrevented).toBe(true)
    expect(chips()).toEqual(['repair'])
    // Pasted text with commas is several tags; no comma ever reaches main, which refuses them.
    await type('first,  small steps ,', 'Enter')
    expect(chips()).toEqual(['repair', 'first', 'small steps'])
  })

  it('ignores a tag already there in any letter case, and blank input', async () => {
    const { chips, updates, type } = tagInput(['Work'])
    await type('work', 'Enter')
    await type(' WORK ', ',')
    await type('   ', 'Enter')
    expect(updates()).toEqual([])
    expect(chips()).toEqual(['Work'])
  })

  it('Backspace in an empty box removes the last tag; with text it just edits', async () => {
    const { input, chips, type } = tagInput(['a', 'b', 'c'])
    await type('x', 'Backspace')
    expect(chips()).toEqual(['a', 'b', 'c'])
    await input.setValue('')
    await input.trigger('keydown', { key: 'Backspace' })
    expect(chips()).toEqual(['a', 'b'])
    await input.trigger('keydown', { key: 'Backspace' })
    await input.trigger('keydown', { key: 'Backspace' })
    await input.trigger('keydown', { key: 'Backspace' })
    expect(chips()).toEqual([])
  })

  it('each chip has a labelled remove button', async () => {
    const { wrapper, chips } = tagInput(['a', 'b'])
    await wrapper.find('button[aria-label="Remove tag a"]').trigger('click')
    expect(chips()).toEqual(['b'])
  })

  it('offers the known tags as suggestions for its input', () => {
    const { wrapper, input } = tagInput([], ['family', 'work'])
    const list = wrapper.find(`datalist#${input.attributes('list')}`)
    expect(list.findAll('option').map((option) => option.attributes('value'))).toEqual(['family', 'work'])
  })

  it('keeps a piece too long for a tag in the field, saying why, instead of failing the entry', async () => {
    const { wrapper, input, chips } = tagInput(['a'])
    const sentence = 'Tonight I thought about the things I said and her feelings, right or wrong'
    await input.setValue(sentence.replace(',', ''))
    await input.trigger('blur')
    expect(chips()).toEqual(['a'])
    expect((input.element as HTMLInputElement).value).toBe(sentence.replace(',', ''))
    expect(wrapper.find('[role="alert"]').text()).toBe('A tag can be at most 60 characters: shorten it to add it.')
    expect(input.attributes('aria-invalid')).toBe('true')
    await input.setValue('evening')
    await input.trigger('blur')
    expect(chips()).toEqual(['a', 'evening'])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
