import { z } from 'zod'
import { RowId } from './journal-values'
import { PhotoBytes, PhotoInfo, PhotoKey, PhotoMediaType } from './photo-values'
import { defineProcedure } from './procedure'

export * from './photo-values'

/** A photo's bytes to show: the original, or for a HEIC the JPEG copy Mend made of it. */
export const PhotoImage = z.strictObject({
  key: PhotoKey,
  mediaType: PhotoMediaType,
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
})
export type PhotoImage = z.infer<typeof PhotoImage>

const ByKey = z.strictObject({ key: PhotoKey })

export const photoProcedures = {
  /** An entry's photos, oldest first, without their bytes. */
  'photos.list': defineProcedure({
    input: z.strictObject({ entryId: RowId }),
    output: z.array(PhotoInfo),
    whileLocked: false,
  }),
  /**
   * The bytes of one photo, for the renderer to show through a blob: URL it revokes when done:
   * no image is ever written to disk in clear, not even to a browser cache.
   */
  'photos.getImage': defineProcedure({ input: ByKey, output: PhotoImage, whileLocked: false }),
  /** Pasted, dropped or picked. Checked by content; a photo Mend cannot keep is refused in words. */
  'photos.add': defineProcedure({
    input: z.strictObject({
      entryId: RowId,
      name: z.string().max(1000),
      bytes: PhotoBytes,
    }),
    output: PhotoInfo,
    whileLocked: false,
  }),
  /** Gone for good (secure delete); the entry's text keeps no link to it. */
  'photos.remove': defineProcedure({ input: ByKey, output: z.strictObject({}), whileLocked: false }),
}
