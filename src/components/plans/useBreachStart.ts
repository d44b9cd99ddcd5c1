import { computed, nextTick, onMounted, reactive, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Breach, MendErrorPayload } from '../../../electron/contract'
import { useNoticesStore } from '../../stores/notices'
import { usePeopleStore } from '../../stores/people'
import { defaultAssessmentTitle } from '../assessment/assessment-format'
import type { BreachField, BreachFields } from './BreachForm.vue'
import type { PersonFields } from './PersonChoice.vue'
import { defaultPlanTitle, todayLocal } from './plan-format'
import { messages } from '../../messages'

/** What is started: a plan (a breach the writer caused) or an assessment (one they suffered). */
export type BreachStartKind = 'plan' | 'assessment'

/** The words of a start page; each kind keeps its own in its view's messages. */
export interface BreachStartWords {
  back: string
  heading: string
  lede: string
  whoAndWhat: string
  /** How the person field asks; PersonChoice's own question when absent. */
  question?: string
  titleLabel: string
  optional: string
  start: string
  starting: string
  cancel: string
  personMissing: string
  severityMissing: string
  /** Said once it is created, as it opens. */
  ready: string
}

/** The new record's common part; the caller adds its own fields and creates it. */
export interface BreachStartDraft {
  personId: number
  title: string
  breach: Breach
}

/** The default title a kind gives when the writer names none. */
const DEFAULT_TITLE: Readonly<Record<BreachStartKind, (personName: string) => string>> = {
  plan: defaultPlanTitle,
  assessment: defaultAssessmentTitle,
}

/**
 * What starting a plan and starting an assessment share: a person (chosen, or added inline),
 * a title, the breach, errors beside their fields with focus on the first, refusals from main
 * placed beside the field they name, and once created, a word and the new record's page.
 * `F` is each field of the caller's own, with `extraTargets` saying where its error sends the focus.
 */
export function useBreachStart<F extends string = never>(
  kind: BreachStartKind,
  words: BreachStartWords,
  extraTargets: ReadonlyArray<[F, string]> = [],
) {
  type Field = F | BreachField | 'person' | 'title'
  /** Where each field's error sends the focus, in the order the form reads. */
  const focusTargets: ReadonlyArray<[Field, string]> = [
    ['person', '#plan-person-name, #plan-person'],
    ['title', `#${kind}-title`],
    ['whatHappened', '#breach-what'],
    ['occurredOn', '#breach-when'],
    ['severity', 'input[name="breach-severity"]'],
    ['kinds', 'input[name="breach-kind"]'],
    ['involvedDeception', 'input[name="breach-lie"]'],
    ...extraTargets,
  ]
  const people = usePeopleStore()
  const notices = useNoticesStore()
  const route = useRoute()
  const router = useRouter()
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
  const titlePlaceholder = computed(() => DEFAULT_TITLE[kind](personName.value || messages.plans.breachStart.them))

  function clearErrors(): void {
    for (const key of Object.keys(errors) as Field[]) delete errors[key]
    generalError.value = ''
  }

  /** Checks the person and the breach; other fields are the caller's. */
  function validateBreach(): void {
    const fields = breach.value
    const choice = person.value.choice
    const set = (field: Field, message: string) => (errors[field] = message)
    if (choice === null) set('person', words.personMissing)
    else if (choice === 'new' && !person.value.newName.trim()) set('person', messages.plans.breachStart.enterTheirName)
    if (!fields.whatHappened.trim()) set('whatHappened', messages.plans.breachStart.writeWhatHappened)
    if (!fields.occurredOn) set('occurredOn', messages.plans.breachStart.chooseTheDay)
    else if (fields.occurredOn > todayLocal()) set('occurredOn', messages.plans.breachStart.dayNotYet)
    if (fields.severity === null) set('severity', words.severityMissing)
    if (fields.kinds.length === 0) set('kinds', messages.plans.breachStart.chooseKind)
    if (fields.involvedDeception === null) set('involvedDeception', messages.plans.breachStart.chooseYesOrNo)
  }

  async function focusFirstError(): Promise<void> {
    await nextTick()
    const first = focusTargets.find(([field]) => errors[field])
    if (first) formRef.value?.querySelector<HTMLElement>(first[1])?.focus()
  }

  /** A refusal from main names its field ("breach.severity"); the message goes beside that field. */
  function showRefusal(error: MendErrorPayload | null, fallbackField?: Field): void {
    if (!error) return
    const message = error.message.replace(/^The field "[^"]+" is not valid: /, '')
    const field = error.field?.replace(/^breach\./, '').replace(/^kinds?(\.\d+)?$/, 'kinds')
    const known = focusTargets.find(([name]) => name === field || (field === 'personId' && name === 'person'))
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

  /**
   * Checks every answer (`validate` checks the caller's own), adds a new person first, then
   * `create`s it and opens it. Whatever is wrong or refused is shown beside its field, with the focus on the first.
   */
  async function submit(steps: {
    validate?: () => void
    create: (draft: BreachStartDraft) => Promise<{ id: number } | null>
    /** Why `create` was refused (the store's error). */
    refusal: () => MendErrorPayload | null
  }): Promise<void> {
    clearErrors()
    validateBreach()
    steps.validate?.()
    if (Object.keys(errors).length > 0) return focusFirstError()
    busy.value = true
    // Named before the person is added: from then on the name comes from the people list instead.
    const chosenTitle = title.value.trim() || DEFAULT_TITLE[kind](personName.value)
    try {
      const id = await personId()
      if (id === null) return focusFirstError()
      const created = await steps.create({ personId: id, title: chosenTitle, breach: breachToSend() })
      if (!created) {
        showRefusal(steps.refusal())
        return focusFirstError()
      }
      notices.push(words.ready)
      await router.push({ name: kind, params: { id: String(created.id) } })
    } finally {
      busy.value = false
    }
  }

  return { kind, words, person, title, breach, errors, generalError, busy, formRef, titlePlaceholder, submit }
}

/** A start page's form, as BreachStartPage shows it. */
export type BreachStart = ReturnType<typeof useBreachStart<string>>
