import { MendError } from '../errors'

/*
 * HEIC is an ISO base media file: a list of boxes (size, type, content), some holding boxes of
 * their own. Mend reads just enough of it: the image size (`ispe` properties in meta/iprp/ipco)
 * and where the Exif item lives (meta/iinf names it, meta/iloc places it), to clear the location.
 */

interface Box {
  type: string
  /** Where the content starts (after the size, type and, for full boxes, version and flags). */
  start: number
  end: number
}

const FULL_BOXES = new Set(['meta', 'iinf', 'infe', 'iloc', 'ispe', 'pitm', 'ipma'])

const damaged = () =>
  new MendError('UNREADABLE_FILE', 'This HEIC photo is damaged or cut short, so Mend cannot keep it.')

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function boxesIn(bytes: Uint8Array, from: number, to: number): Box[] {
  const data = view(bytes)
  const boxes: Box[] = []
  let at = from
  while (at < to) {
    if (at + 8 > to) throw damaged()
    let size = data.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    let header = 8
    if (size === 1) {
      if (at + 16 > to) throw damaged()
      const large = data.getBigUint64(at + 8)
      if (large > BigInt(to - at)) throw damaged()
      size = Number(large)
      header = 16
    } else if (size === 0) {
      size = to - at
    }
    if (size < header || at + size > to) throw damaged()
    if (FULL_BOXES.has(type)) header += 4
    boxes.push({ type, start: at + header, end: at + size })
    at += size
  }
  return boxes
}

function child(bytes: Uint8Array, parent: Box | undefined, type: string): Box | undefined {
  if (!parent) return undefined
  return boxesIn(bytes, parent.start, parent.end).find((box) => box.type === type)
}

function metaBox(bytes: Uint8Array): Box {
  const meta = boxesIn(bytes, 0, bytes.length).find((box) => box.type === 'meta')
  if (!meta) throw damaged()
  return meta
}

/** The largest `ispe` (image spatial extent): the primary image, not a thumbnail or a grid tile. */
export function heicSize(bytes: Uint8Array): { width: number; height: number } {
  const ipco = child(bytes, child(bytes, metaBox(bytes), 'iprp'), 'ipco')
  if (!ipco) throw damaged()
  const data = view(bytes)
  let best = { width: 0, height: 0 }
  for (const box of boxesIn(bytes, ipco.start, ipco.end)) {
    if (box.type !== 'ispe' || box.start + 8 > box.end) continue
    const size = { width: data.getUint32(box.start), height: data.getUint32(box.start + 4) }
    if (size.width * size.height > best.width * best.height) best = size
  }
  if (best.width === 0) throw damaged()
  return best
}

/** Item ids whose type is `Exif`, from meta/iinf/infe (versions 2 and 3). */
function exifItemIds(bytes: Uint8Array, meta: Box): number[] {
  const iinf = child(bytes, meta, 'iinf')
  if (!iinf) return []
  const data = view(bytes)
  const version = bytes[iinf.start - 4] ?? 0
  const first = iinf.start + (version === 0 ? 2 : 4)
  const ids: number[] = []
  for (const infe of boxesIn(bytes, first, iinf.end)) {
    const infeVersion = bytes[infe.start - 4] ?? 0
    if (infe.type !== 'infe' || infeVersion < 2) continue
    const wide = infeVersion >= 3
    const id = wide ? data.getUint32(infe.start) : data.getUint16(infe.start)
    const typeAt = infe.start + (wide ? 4 : 2) + 2
    if (String.fromCharCode(...bytes.subarray(typeAt, typeAt + 4)) === 'Exif') ids.push(id)
  }
  return ids
}

function readSized(data: DataView, at: number, size: number): number {
  if (size === 0) return 0
  if (size === 4) return data.getUint32(at)
  if (size === 8) return Number(data.getBigUint64(at))
  throw damaged()
}

/** Where in the file each Exif item's bytes are (file offsets; items stored in the file itself). */
export function heicExifExtents(bytes: Uint8Array): Array<{ start: number; end: number }> {
  const meta = metaBox(bytes)
  const ids = new Set(exifItemIds(bytes, meta))
  const iloc = child(bytes, meta, 'iloc')
  if (ids.size === 0 || !iloc) return []
  const data = view(bytes)
  const version = bytes[iloc.start - 4] ?? 0
  const sizes = data.getUint16(iloc.start)
  const offsetSize = sizes >> 12
  const lengthSize = (sizes >> 8) & 0xf
  const baseSize = (sizes >> 4) & 0xf
  const indexSize = version === 1 || version === 2 ? sizes & 0xf : 0
  let at = iloc.start + 2
  const count = version < 2 ? data.getUint16(at) : data.getUint32(at)
  at += version < 2 ? 2 : 4
  const extents: Array<{ start: number; end: number }> = []
  for (let item = 0; item < count; item += 1) {
    const id = version < 2 ? data.getUint16(at) : data.getUint32(at)
    at += version < 2 ? 2 : 4
    const method = version === 1 || version === 2 ? data.getUint16(at) & 0xf : 0
    if (version === 1 || version === 2) at += 2
    at += 2 // data reference index
    const base = readSized(data, at, baseSize)
    at += baseSize
    const extentCount = data.getUint16(at)
    at += 2
    for (let extent = 0; extent < extentCount; extent += 1) {
      at += indexSize
      const offset = readSized(data, at, offsetSize)
      at += offsetSize
      const length = readSized(data, at, lengthSize)
      at += lengthSize
      const start = base + offset
      if (ids.has(id) && method === 0 && start + length <= bytes.length) extents.push({ start, end: start + length })
    }
  }
  return extents
}
