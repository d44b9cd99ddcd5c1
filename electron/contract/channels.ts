/** Names of the single invoke channel and the single event channel, and the preload global. */
export const INVOKE_CHANNEL = 'mend:invoke'
export const EVENT_CHANNEL = 'mend:event'
export const BRIDGE_GLOBAL = 'mend'
