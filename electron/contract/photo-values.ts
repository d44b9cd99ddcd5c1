import { z } from 'zod'

/** The image formats Mend keeps, told apart by their bytes, never by a file's name. */
export const PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/heic'] as const
export const PhotoMediaType = z.enum(PHOTO_MEDIA_TYPES)
export type PhotoMediaType = z.infer<typeof PhotoMediaType>

/**
 * What one photo may be. 40 MB holds any phone photo (a 48-megapixel HEIC is 5-15 MB, a camera
 * JPEG 10-25 MB); 60 megapixels holds a 48-megapixel phone photo (8064 × 6048) and keeps a
 * decoded image (4 bytes a pixel) under a quarter of a gigabyte in the window that shows it.
 */
export const PHOTO_LIMITS = {
  maxBytes: 40 * 1024 * 1024,
  maxPixels: 60_000_000,
  maxSide: 20_000,
  perEntry: 100,
  nameChars: 200,
} as const

/**
 * A photo key as it sits in an entry's text: "0" and 31 hexadecimal digits, from random or hashed
 * hex. The search index reads it as a word; starting with a digit, it never answers a word being
 * typed ("face", "beef" and "cafe" are hexadecimal too).
 */
export function photoKeyFrom(hex: string): string {
  return `0${hex.slice(1, 32)}`
}

/** `photo:` and 32 hex digits: how an entry's Markdown points at one of its photos. */
export const PhotoKey = z.string().regex(/^[0-9a-f]{32}$/, 'A photo key is 32 hexadecimal digits.')

/** Bytes as they cross the bridge: a Uint8Array (structured clone keeps it binary), size-limited. */
export const PhotoBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected the bytes of a photo.')
  .refine(
    (bytes) => bytes.byteLength <= PHOTO_LIMITS.maxBytes,
    `A photo can be at most ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB.`,
  )
  .refine((bytes) => bytes.byteLength > 0, 'The photo is empty.')

/** One photo of an entry, without its bytes. */
export const PhotoInfo = z.strictObject({
  key: PhotoKey,
  entryId: z.number().int().positive(),
  mediaType: PhotoMediaType,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  byteSize: z.number().int().positive(),
  /** The file name it came with ("IMG_2041.HEIC"), or '' when pasted. */
  name: z.string(),
  /** False when Mend keeps the photo but cannot show it (a HEIC this computer cannot decode). */
  viewable: z.boolean(),
})
export type PhotoInfo = z.infer<typeof PhotoInfo>

/** `![caption](photo:<key>)`: a photo's place in an entry's Markdown. Group 1 the caption, 2 the key. */
export function photoLinkPattern(): RegExp {
  return /!\[([^\]\n]*)\]\(photo:([0-9a-f]{32})\)/g
}

/** The Markdown that places a photo. Brackets in the caption would end it early, so they go. */
export function photoLink(key: string, caption = ''): string {
  return `![${caption.replace(/[[\]\n]/g, ' ').trim()}](photo:${key})`
}

/** The keys of the photos an entry's text places, in order, once each. */
export function photoKeysIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(photoLinkPattern()), (match) => match[2] ?? ''))]
}
