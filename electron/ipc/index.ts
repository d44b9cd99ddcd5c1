export { createAppApi, type AppApi } from './app-api'
export { createRouter, describeInvalidInput, type Router, type Handlers } from './router'
export { EventHub } from './event-hub'
export { resolveStaticPath, readStaticFile } from './transports/static-files'
