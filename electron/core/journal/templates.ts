import type { EntryTemplate, TemplateDraft } from '../../contract/templates.contract'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow } from './journal-text'
import { SHIPPED_TEMPLATES } from './shipped-templates'

interface TemplateRow {
  id: number
  name: string
  description: string
  kind: EntryTemplate['kind']
  title: string
  body: string
}

function toTemplate(row: TemplateRow): EntryTemplate {
  return { ...row, id: `user:${row.id}`, builtIn: false }
}

/** The shipped templates first, then the user's own in the order they were made. */
export function createTemplates(db: Db, clock: Clock) {
  const all = db.prepare<[], TemplateRow>('SELECT id, name, description, kind, title, body FROM templates ORDER BY id')
  const one = db.prepare<[number], TemplateRow>(
    'SELECT id, name, description, kind, title, body FROM templates WHERE id = ?',
  )
  const insert = db.prepare<[string, string, string, string, string, string]>(
    'INSERT INTO templates (name, description, kind, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const update = db.prepare<[string, string, string, string, string, number]>(
    'UPDATE templates SET name = ?, description = ?, kind = ?, title = ?, body = ? WHERE id = ?',
  )
  const remove = db.prepare<[number]>('DELETE FROM templates WHERE id = ?')

  function get(id: number): EntryTemplate {
    const row = one.get(id)
    if (!row) throw new MendError('NOT_FOUND', 'That template no longer exists.')
    return toTemplate(row)
  }

  function guarded<T>(work: () => T): T {
    try {
      return work()
    } catch (error) {
      throw fileSystemError(error, 'save the template', db.name)
    }
  }

  function create(draft: TemplateDraft): EntryTemplate {
    return guarded(() => {
      const { lastInsertRowid } = insert.run(
        cleanText(draft.name).trim(),
        cleanText(draft.description ?? '').trim(),
        draft.kind ?? 'journal',
        cleanText(draft.title ?? ''),
        cleanText(draft.body),
        isoNow(clock.now()),
      )
      return get(Number(lastInsertRowid))
    })
  }

  function change(patch: Partial<TemplateDraft> & { id: number }): EntryTemplate {
    return guarded(() => {
      const current = get(patch.id)
      update.run(
        patch.name === undefined ? current.name : cleanText(patch.name).trim(),
        patch.description === undefined ? current.description : cleanText(patch.description).trim(),
        patch.kind ?? current.kind,
        patch.title === undefined ? current.title : cleanText(patch.title),
        patch.body === undefined ? current.body : cleanText(patch.body),
        patch.id,
      )
      return get(patch.id)
    })
  }

  function deleteTemplate(id: number): void {
    guarded(() => {
      get(id)
      remove.run(id)
    })
  }

  return {
    list: (): EntryTemplate[] => [...SHIPPED_TEMPLATES, ...all.all().map(toTemplate)],
    create,
    update: change,
    delete: deleteTemplate,
  }
}
