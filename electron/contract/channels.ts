/** Names of the single invoke channel and the single event channel, and the preload global. */
export const INVOKE_CHANNEL = 'mend:invoke'
export const EVENT_CHANNEL = 'mend:event'
export const BRIDGE_GLOBAL = 'mend'

/**
 * The loopback bridge (browser tests and the development preview only): the page receives the
 * per-run token in the URL's fragment under this key and sends it back in this header.
 */
export const BRIDGE_TOKEN_FRAGMENT = 'mend-bridge'
export const BRIDGE_TOKEN_HEADER = 'X-Mend-Bridge'
