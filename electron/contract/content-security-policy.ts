/**
 * The Content-Security-Policy the renderer lives under, shared by the Electron shell (response
 * headers) and the browser test bridge, so that tests exercise the exact policy users get.
 * Only the app's own origin; no inline script, no eval, no remote anything. Photos are shown
 * from `blob:` URLs the renderer makes from bytes it asked for (a blob: URL only ever names
 * memory of this page's own origin), so no image is fetched from anywhere or cached on disk.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')
