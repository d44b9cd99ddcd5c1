import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PassphraseField from '../../../../src/components/PassphraseField.vue'

describe('passphrase field', () => {
  it('is labelled, hidden by default, and can be shown', async () => {
    const wrapper = mount(PassphraseField, {
      props: { label: 'Passphrase', autocomplete: 'new-password', modelValue: 'secret words' },
    })
    const input = wrapper.find('input')
    expect(wrapper.find('label').attributes('for')).toBe(input.attributes('id'))
    expect(input.attributes('type')).toBe('password')
    const toggle = wrapper.find('button')
    await toggle.trigger('click')
    expect(input.attributes('type')).toBe('text')
    expect(toggle.attributes('aria-pressed')).toBe('true')
  })

  it('ties its error to the input for screen readers', () => {
    const wrapper = mount(PassphraseField, {
      props: { label: 'Passphrase', autocomplete: 'new-password', modelValue: '', error: 'Too short.' },
    })
    const input = wrapper.find('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    const described = input.attributes('aria-describedby')
    expect(wrapper.find(`[id="${described}"]`).text()).toBe('Too short.')
  })
})
