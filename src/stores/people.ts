import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { EntryTemplate, MendErrorPayload, Person, PersonDraft, TemplateDraft } from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerStoreReset } from './store-registry'

/** People and templates: the small lists the editor and filters choose from. */
export const usePeopleStore = defineStore('people', () => {
  const people = ref<Person[]>([])
  const templates = ref<EntryTemplate[]>([])
  const error = ref<MendErrorPayload | null>(null)
  const byId = computed(() => new Map(people.value.map((person) => [person.id, person])))

  async function load(): Promise<void> {
    const [list, shapes] = await Promise.all([
      apiClient().call('people.list', {}),
      apiClient().call('templates.list', {}),
    ])
    if (list.ok) people.value = list.value
    else error.value = list.error
    if (shapes.ok) templates.value = shapes.value
  }

  async function create(draft: PersonDraft): Promise<Person | null> {
    error.value = null
    const result = await apiClient().call('people.create', draft)
    if (!result.ok) {
      error.value = result.error
      return null
    }
    await load()
    return result.value
  }

  async function update(id: number, patch: Partial<PersonDraft>): Promise<boolean> {
    error.value = null
    const result = await apiClient().call('people.update', { id, ...patch })
    if (!result.ok) error.value = result.error
    await load()
    return result.ok
  }

  async function remove(id: number): Promise<boolean> {
    const result = await apiClient().call('people.delete', { id })
    if (!result.ok) error.value = result.error
    await load()
    return result.ok
  }

  async function saveTemplate(draft: TemplateDraft): Promise<EntryTemplate | null> {
    const result = await apiClient().call('templates.create', draft)
    if (!result.ok) {
      error.value = result.error
      return null
    }
    await load()
    return result.value
  }

  async function deleteTemplate(templateId: string): Promise<boolean> {
    const id = Number(templateId.replace(/^user:/, ''))
    const result = await apiClient().call('templates.delete', { id })
    if (!result.ok) error.value = result.error
    await load()
    return result.ok
  }

  function reset(): void {
    people.value = []
    templates.value = []
    error.value = null
  }
  registerStoreReset(reset)

  return { people, templates, error, byId, load, create, update, remove, saveTemplate, deleteTemplate, reset }
})
