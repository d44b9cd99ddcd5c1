/** The product's core: plain Node, never Electron. Hosts pass in clock, paths and logger. */
export { Vault, type VaultOptions } from './vault/vault'
export { MendError } from './errors'
export { type Clock, type Logger, systemClock, silentLogger, consoleLogger } from './ports'
export { LATEST_SCHEMA_VERSION } from './vault/migrations'
