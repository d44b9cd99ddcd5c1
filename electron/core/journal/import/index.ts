/** Reading other journals into entries Mend can store. Pure reading: nothing here writes. */
export {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportedEntry,
  type ParsedImport,
  type SkippedItem,
} from './imported-entry'
export { readImportSource } from './read-import-source'
export { parseJrnlText } from './jrnl-text'
export { parseJrnlJson } from './jrnl-json'
export { parseDayOneJson } from './dayone-json'
export { parseMarkdownFile, readMarkdownFolder } from './markdown-folder'
