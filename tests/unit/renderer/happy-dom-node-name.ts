/**
 * happy-dom's `Node.prototype.nodeName` getter returns '' for every node (its subclasses override
 * it instead; https://github.com/capricorn86/happy-dom/issues/2182). DOMPurify >= 3.4.8 reads tag
 * names through that exact getter, so under happy-dom it unwraps allowed tags and keeps forbidden
 * ones, which is not what the app's Chromium does. Import this module before anything that imports
 * 'dompurify' to give the getter its browser behaviour; it does nothing once happy-dom is fixed.
 */
const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')
const broken = descriptor?.get?.call(document.createElement('p')) === ''

if (broken) {
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    enumerable: descriptor?.enumerable ?? true,
    get(this: Node): string {
      switch (this.nodeType) {
        case Node.ELEMENT_NODE:
          return (this as Element).tagName
        case Node.ATTRIBUTE_NODE:
          return (this as Attr).name
        case Node.TEXT_NODE:
          return '#text'
        case Node.CDATA_SECTION_NODE:
          return '#cdata-section'
        case Node.PROCESSING_INSTRUCTION_NODE:
          return (this as ProcessingInstruction).target
        case Node.COMMENT_NODE:
          return '#comment'
        case Node.DOCUMENT_NODE:
          return '#document'
        case Node.DOCUMENT_TYPE_NODE:
          return (this as DocumentType).name
        case Node.DOCUMENT_FRAGMENT_NODE:
          return '#document-fragment'
        default:
          return ''
      }
    },
  })
}

export {}
