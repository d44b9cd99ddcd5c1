import { computed, nextTick, onMounted, reactive, ref } from 'vue'
import { useRoute } from 'vue-router'
import type { Breach, MendErrorPayload } from '../../../electron/contract'
import { usePeopleStore } from '../../stores/people'
import type { BreachField, BreachFields } from './BreachForm.vue'
import type { PersonFields } from './PersonChoice.vue'
import { todayLocal } from './plan-format'
import { messages } from '../../messages'

/**
 * What starting a plan and starting an assessment share: a person (chosen, or added inline),
 * a title, the breach, errors beside their fields with focus on the first, and refusals from main
 * placed beside the field they name. `F` is every field the form can put an error beside.
 */
export function useBreachStart<F extends string>(options: {
  /** Where each field's error sends the focus, in the order the form reads. */
  focusTargets: ReadonlyArray<[F | BreachField | 'person' | 'title', string]>
  personMissing: string
  severityMissing: string
}) {
  type Field = F | BreachField | 'person' | 'title'
  const people = usePeopleStore()
  const route = useRoute()
  const person = ref<PersonFields>({ choice: null, newName: '', newRelationship: '' })
  const title = ref('')
  const breach = ref<BreachFields>({
    whatHappened: '',
    occurredOn: todayLocal(),
    severity: null,
    kinds: [],
    involvedDeception: null,
  })
  // Cast: Vue's Reactive<> cannot be indexed by a generic key type; the object itself is plain.
  const errors = reactive({}) as Partial<Record<Field, string>>
  const generalError = ref('')
  const busy = ref(false)
  const formRef = ref<HTMLFormElement | null>(null)

  onMounted(async () => {
    await people.load()
    // Started from someone's page, the person arrives already chosen.
    const wanted = Number(route.query['person'])
    if (people.byId.has(wanted)) person.value.choice = wanted
    else if (!people.people.length) person.value.choice = 'new'
  })

  const personName = computed(() =>
    person.value.choice === 'new' || person.value.choice === null
      ? person.value.newName.trim()
      : (people.byId.get(person.value.choice)?.name ?? ''),
  )

  function clearErrors(): void {
    for (const key of Object.keys(errors) as Field[]) delete errors[key]
    generalError.value = ''
  }

  /** Checks the person and the breach; other fields are the caller's. */
  function validateBreach(): void {
    const fields = breach.value
    const choice = person.value.choice
    const set = (field: Field, message: string) => (errors[field] = message)
    if (choice === null) set('person', options.personMissing)
    else if (choice === 'new' && !person.value.newName.trim()) set('person', messages.plans.breachStart.enterTheirName)
    if (!fields.whatHappened.trim()) set('whatHappened', messages.plans.breachStart.writeWhatHappened)
    if (!fields.occurredOn) set('occurredOn', messages.plans.breachStart.chooseTheDay)
    else if (fields.occurredOn > todayLocal()) set('occurredOn', messages.plans.breachStart.dayNotYet)
    if (fields.severity === null) set('severity', options.severityMissing)
    if (fields.kinds.length === 0) set('kinds', messages.plans.breachStart.chooseKind)
    if (fields.involvedDeception === null) set('involvedDeception', messages.plans.breachStart.chooseYesOrNo)
  }

  async function focusFirstError(): Promise<void> {
    await nextTick()
    const first = options.focusTargets.find(([field]) => errors[field])
    if (first) formRef.value?.querySelector<HTMLElement>(first[1])?.focus()
  }

  /** A refusal from main names its field ("breach.severity"); the message goes beside that field. */
  function showRefusal(error: MendErrorPayload | null, fallbackField?: Field): void {
    if (!error) return
    const message = error.message.replace(/^The field "[^"]+" is not valid: /, '')
    const field = error.field?.replace(/^breach\./, '').replace(/^kinds?(\.\d+)?$/, 'kinds')
    const known = options.focusTargets.find(([name]) => name === field || (field === 'personId' && name === 'person'))
    if (known) errors[known[0]] = message
    else if (fallbackField) errors[fallbackField] = message
    else generalError.value = message
  }

  /** The chosen person's id, adding a new person first; null (with the error shown) when refused. */
  async function personId(): Promise<number | null> {
    const choice = person.value.choice
    if (typeof choice === 'number') return choice
    const added = await people.create({
      name: person.value.newName.trim(),
      relationship: person.value.newRelationship.trim(),
    })
    if (!added) {
      showRefusal(people.error, 'person')
      return null
    }
    // Chosen from now on, so trying again after another error does not add them twice.
    person.value.choice = added.id
    return added.id
  }

  /** The breach as the contract takes it; only called after validation filled every choice. */
  function breachToSend(): Breach {
    const fields = breach.value
    return {
      whatHappened: fields.whatHappened,
      occurredOn: fields.occurredOn,
      severity: fields.severity ?? 1,
      kind: fields.kinds[0] ?? 'care',
      kinds: [...fields.kinds],
      involvedDeception: fields.involvedDeception ?? false,
    }
  }

  return {
    person,
    title,
    breach,
    errors,
    generalError,
    busy,
    formRef,
    personName,
    clearErrors,
    validateBreach,
    focusFirstError,
    showRefusal,
    personId,
    breachToSend,
  }
}
