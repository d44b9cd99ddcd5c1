import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { METHOD_ORIGIN, METHOD_REFERENCE_LIST } from '../../../electron/contract'
import { createAppRouter } from '../../../src/router'
import AboutMethodView from '../../../src/views/AboutMethodView.vue'
import {
  METHOD_SOURCE_ANCHORS,
  OWN_GUIDANCE_ANCHOR,
  RESEARCH,
  methodSourceAnchor,
} from '../../../src/views/method-sources'
import { STATUS, installFakeBridge } from './fake-bridge'

/** Every surname in the reference list. */
const SURNAMES = [...new Set(METHOD_REFERENCE_LIST.flatMap((item) => item.citation.match(/\p{Lu}\p{Ll}+/gu) ?? []))]

async function mountAbout() {
  installFakeBridge({ 'vault.getStatus': STATUS('unlocked') })
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push('/about-method')
  const wrapper = mount(AboutMethodView, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('the About the method page', () => {
  it('lists every work of the reference list once, with its reference, what it found and how Mend uses it', async () => {
    const wrapper = await mountAbout()
    const studies = wrapper.findAll('.study')
    expect(studies.map((study) => study.attributes('id'))).toEqual(METHOD_REFERENCE_LIST.map((item) => item.id))
    for (const [i, study] of studies.entries()) {
      const item = METHOD_REFERENCE_LIST[i]!
      expect(study.find('h3').text()).toBe(item.heading)
      expect(study.find('.reference').text()).toBe(item.reference)
      expect(study.find('.finding span').text()).toBe(item.finding)
      expect(study.find('.uses span').text()).toBe(RESEARCH[i]!.uses)
    }
  })

  it('makes no research claim outside the reference list: the rest of the page names no author', async () => {
    const wrapper = await mountAbout()
    const outside = wrapper
      .findAll('p, li')
      .filter((node) => !node.element.closest('.study'))
      .map((node) => node.text())
    expect(outside.length).toBeGreaterThan(5)
    for (const text of outside) {
      for (const surname of SURNAMES) expect(text, surname).not.toMatch(new RegExp(`\\b${surname}\\b`))
      expect(text).not.toMatch(/\b(research|studies|a study) (shows?|found|finds)\b/i)
    }
  })

  it('credits the article the four steps are adapted from by name, with its reference', async () => {
    const wrapper = await mountAbout()
    expect(wrapper.find('.lede').text()).toContain(
      'adapted from “How to Rebuild Trust”, an article (Quickbase blog, 4 December 2012)',
    )
    expect(wrapper.find(`#${METHOD_ORIGIN.id}`).text()).toBe('“How to Rebuild Trust”. Quickbase blog, 4 December 2012.')
  })

  it('says, where a plan links for it, which guidance is Mend’s own rather than a finding', async () => {
    const wrapper = await mountAbout()
    const heading = wrapper.find(`#${OWN_GUIDANCE_ANCHOR}`)
    expect(heading.text()).toBe('Mend’s own guidance')
    const note = heading.element.nextElementSibling?.textContent ?? ''
    expect(note).toMatch(/how long repair may take/)
    expect(note).toMatch(/open/)
  })

  it('says where Mend goes beyond a finding, in the entries the fact-check named', () => {
    const uses = (id: string) => RESEARCH.find((item) => item.id === id)!.uses
    expect(uses('dirks-2011')).toMatch(/Mend’s own suggestion/)
    expect(uses('dirks-2011')).toMatch(/did not test openness/)
    expect(uses('schweitzer-2006')).toMatch(/Mend’s own design choice, not the study’s result/)
    expect(uses('rempel-1985')).toMatch(/Mend’s own guidance, not this paper’s/)
    expect(uses('lewicki-2016')).toMatch(/the order of the three in between is ours/)
  })
})

describe('links from a plan to the page', () => {
  it('finds the entry of every citation, and knows nothing of unknown or inherited keys', () => {
    for (const item of METHOD_REFERENCE_LIST) expect(methodSourceAnchor(item.citation)).toBe(item.id)
    expect(Object.keys(METHOD_SOURCE_ANCHORS)).toHaveLength(METHOD_REFERENCE_LIST.length)
    expect(methodSourceAnchor('Someone, 1999')).toBeUndefined()
    expect(methodSourceAnchor('toString')).toBeUndefined()
  })
})
