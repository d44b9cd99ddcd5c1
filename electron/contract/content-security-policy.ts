/**
 * The Content-Security-Policy the renderer lives under, shared by the Electron shell (response
 * headers) and the browser test bridge, so that tests exercise the exact policy users get.
 * Only the app's own origin; no inline script, no eval, no remote anything.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')
