export const photos = {
  /** src/components/photos/PhotoStrip.vue */
  photoStrip: {
    photos: 'Photos',
    addPhoto: 'Add photo…',
    hint: 'Paste, drop or pick a photo. It is kept inside your encrypted journal.',
    remove: 'Remove',
    removePhoto: (name: string) => `Remove the photo ${name}`,
    openPhoto: (name: string) => `Open the photo ${name} large`,
    adding: 'Adding the photo…',
    unnamed: 'pasted photo',
    limits: 'JPEG, PNG, WebP, GIF or HEIC, up to 40 MB and 60 megapixels each.',
  },
  /** src/components/photos/PhotoImage.vue */
  photoImage: {
    cannotShow: 'Mend keeps this photo but cannot show it on this computer.',
    missing: 'This photo is no longer in the journal.',
    loading: 'Loading the photo…',
  },
  /** src/components/photos/PhotoLightbox.vue */
  photoLightbox: {
    photo: 'Photo',
    close: 'Close',
    size: (width: number, height: number) => `${width} × ${height} pixels`,
  },
  /** src/stores/photos.ts */
  store: {
    addedPhotos: (count: number) => (count === 1 ? 'Photo added.' : `${count} photos added.`),
    notAPhoto: (name: string, reason: string) => (name ? `${name}: ${reason}` : reason),
    tooLarge: 'This photo is larger than 40 MB, the most Mend keeps for one photo.',
  },
} as const
