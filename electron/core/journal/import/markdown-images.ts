import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { photoKeyFrom, photoLink } from '../../../contract/photo-values'
import { hashImportKey } from './import-helpers'
import type { ImportedPhoto } from './imported-entry'

/*
 * Images in a folder of Markdown notes: `![caption](img/a.jpg)` relative to the note, and
 * Obsidian's `![[a.png]]` (or `![[a.png|300]]`), which Obsidian finds by name anywhere in the
 * vault. Each becomes a Mend photo link in the same place; one that cannot be found keeps its
 * text as written and is named in the import's notes. Web images (`https:`) are left as text:
 * Mend never fetches anything.
 */

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|heic|heif)$/i
const MAX_IMAGES = 100_000

export interface ImageIndex {
  /** Every image file by its path from the folder's root. */
  paths: Set<string>
  /** By file name (lower case), the first path holding it: how Obsidian resolves `![[name]]`. */
  byName: Map<string, string>
}

export async function indexImages(root: string): Promise<ImageIndex> {
  const index: ImageIndex = { paths: new Set(), byName: new Map() }
  const walk = async (folder: string, prefix: string): Promise<void> => {
    let children: Dirent[]
    try {
      children = await readdir(folder, { withFileTypes: true })
    } catch {
      return
    }
    for (const child of children.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (child.name.startsWith('.') || index.paths.size >= MAX_IMAGES) continue
      const relativePath = prefix ? `${prefix}/${child.name}` : child.name
      if (child.isDirectory()) await walk(join(folder, child.name), relativePath)
      else if (child.isFile() && IMAGE_FILE.test(child.name)) {
        index.paths.add(relativePath)
        if (!index.byName.has(child.name.toLowerCase())) index.byName.set(child.name.toLowerCase(), relativePath)
      }
    }
  }
  await walk(root, '')
  return index
}

const MARKDOWN_IMAGE = /!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)/g
const WIKI_IMAGE = /!\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/g

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export interface PlacedImages {
  body: string
  photos: ImportedPhoto[]
  /** Names of images the text points to that are not in the folder. */
  missing: string[]
}

/** Replaces the note's image links with photo links; `notePath` is the note's path from the root. */
export function placeMarkdownImages(body: string, notePath: string, index: ImageIndex): PlacedImages {
  const photos: ImportedPhoto[] = []
  const missing: string[] = []
  const noteFolder = posix.dirname(notePath)
  const place = (found: string | undefined, written: string, caption: string, link: string): string => {
    if (!found) {
      missing.push(written)
      return link
    }
    const key = photoKeyFrom(hashImportKey('photo', ['markdown', notePath, found]).slice('photo:'.length))
    if (!photos.some((photo) => photo.key === key)) photos.push({ key, name: posix.basename(found), path: found })
    return photoLink(key, caption)
  }
  const withMarkdown = body.replace(MARKDOWN_IMAGE, (link, caption: string, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || !IMAGE_FILE.test(target)) return link
    const path = posix.normalize(posix.join(noteFolder, decodePath(target)))
    const found = index.paths.has(path) ? path : index.paths.has(decodePath(target)) ? decodePath(target) : undefined
    return place(found, posix.basename(decodePath(target)), caption, link)
  })
  const withWiki = withMarkdown.replace(WIKI_IMAGE, (link, target: string) => {
    const name = target.trim()
    if (!IMAGE_FILE.test(name)) return link // an embedded note, not an image
    const relative = posix.normalize(posix.join(noteFolder, name))
    const found = index.paths.has(name)
      ? name
      : index.paths.has(relative)
        ? relative
        : index.byName.get(posix.basename(name).toLowerCase())
    return place(found, posix.basename(name), '', link)
  })
  return { body: withWiki, photos, missing }
}
