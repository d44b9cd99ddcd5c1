import { photoKeysIn, photoLinkPattern } from '../../contract'
import { MendError, journalOf, type Vault } from '../../core'
import type { Handlers } from '../router'

type PhotoProcedure = Extract<keyof Handlers, `photos.${string}`>

/** Photos of entries on the open vault. */
export function photosHandlers(vault: Vault): Pick<Handlers, PhotoProcedure> {
  const journal = () => journalOf(vault.database(), vault.clock)
  return {
    'photos.list': ({ entryId }) => {
      journal().entries.get(entryId)
      return journal().photos.list(entryId)
    },
    'photos.getImage': ({ key }) => {
      const photo = journal().photos.read(key)
      if (!photo) throw new MendError('NOT_FOUND', 'That photo is no longer in the journal.')
      if (photo.display) return { key, mediaType: 'image/jpeg' as const, bytes: photo.display }
      if (!photo.info.viewable) throw new MendError('UNREADABLE_FILE', 'Mend keeps this photo but cannot show it.')
      return { key, mediaType: photo.info.mediaType, bytes: photo.original }
    },
    'photos.add': ({ entryId, name, bytes }) => vault.exclusive(() => journal().photos.add({ entryId, name, bytes })),
    'photos.remove': ({ key }) => {
      const info = journal().photos.info(key)
      if (!info) return {}
      const entry = journal().entries.get(info.entryId)
      // The links go with the photo, so the text never points at something that is gone.
      if (photoKeysIn(entry.body).includes(key)) {
        // The link and the line break after it: the editor put it on a line of its own.
        const body = entry.body.replace(
          new RegExp(`${photoLinkPattern().source}\\n?`, 'g'),
          (link, _caption, linked: string) => (linked === key ? '' : link),
        )
        journal().entries.update({ id: entry.id, body })
      }
      journal().photos.remove(key)
      return {}
    },
  }
}
