import { watch, type Ref } from 'vue'
import { useEntryEditorStore } from '../../stores/entry-editor'
import { useNoticesStore } from '../../stores/notices'
import { usePhotosStore } from '../../stores/photos'
import { messages } from '../../messages'

interface CursorInsert {
  insertAtCursor(text: string): void
}

/**
 * The photo side of the entry screen: photos follow the open entry; pasted, dropped or picked
 * files are added (a new entry is saved first, so the photos have an entry to belong to) and
 * linked where the cursor is; removing one takes its link out of the text first.
 */
export function useEntryPhotos(editorRef: Ref<CursorInsert | null>, link: (key: string) => string) {
  const editor = useEntryEditorStore()
  const photos = usePhotosStore()
  const notices = useNoticesStore()

  watch(
    () => editor.id,
    (id) => void photos.load(id),
    { immediate: true },
  )

  async function add(files: File[]): Promise<void> {
    if (editor.id === null) {
      editor.change({ body: editor.draft.body })
      await editor.flush()
    }
    const id = editor.id
    if (id === null) return
    const { added, refused } = await photos.add(id, files)
    if (added.length > 0) {
      editorRef.value?.insertAtCursor(added.map((photo) => link(photo.key)).join('\n\n'))
      notices.push(messages.photos.store.addedPhotos(added.length))
    }
    for (const reason of refused) notices.push(reason, 'error', 10_000)
  }

  async function remove(key: string): Promise<void> {
    const pattern = new RegExp(`!\\[[^\\]\\n]*\\]\\(photo:${key}\\)\\n?`, 'g')
    if (pattern.test(editor.draft.body)) {
      editor.change({ body: editor.draft.body.replace(pattern, '') })
      await editor.flush()
    }
    await photos.remove(key)
  }

  return { photos, add, remove }
}
