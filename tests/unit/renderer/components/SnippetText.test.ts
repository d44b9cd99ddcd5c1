import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SnippetText from '../../../../src/components/journal/SnippetText.vue'

describe('search snippet', () => {
  it('marks the matching words and nothing else', () => {
    const wrapper = mount(SnippetText, {
      props: {
        parts: [
          { text: 'We talked about ', hit: false },
          { text: 'trust', hit: true },
          { text: ' and ', hit: false },
          { text: 'Trusting', hit: true },
          { text: ' again.', hit: false },
        ],
      },
    })
    expect(wrapper.text()).toBe('We talked about trust and Trusting again.')
    expect(wrapper.findAll('mark').map((mark) => mark.text())).toEqual(['trust', 'Trusting'])
  })

  it('shows HTML in journal text literally, never as markup', () => {
    const wrapper = mount(SnippetText, {
      props: {
        parts: [
          { text: 'she wrote <b>x</b> ', hit: false },
          { text: '<img src=x onerror=alert(1)>', hit: true },
          { text: ' <script>alert(2)</script>', hit: false },
        ],
      },
    })
    expect(wrapper.text()).toBe('she wrote <b>x</b> <img src=x onerror=alert(1)> <script>alert(2)</script>')
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('mark').text()).toBe('<img src=x onerror=alert(1)>')
    expect(wrapper.html()).toContain('&lt;b&gt;x&lt;/b&gt;')
  })

  it('renders nothing for no parts', () => {
    expect(mount(SnippetText, { props: { parts: [] } }).text()).toBe('')
  })
})
