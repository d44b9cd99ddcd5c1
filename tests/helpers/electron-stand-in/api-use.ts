/**
 * What the stand-in for the `electron` module records about its own use: every property the
 * main bundle reads from an Electron object, every event it listens to, every event the test
 * raises. Each is named by the Electron type that declares it (`App.whenReady`,
 * `BrowserWindow.loadURL`, `typeof Menu.buildFromTemplate`, `PowerMonitor.on('suspend')`), so that
 * tests/helpers/electron-api-surface.ts can look each one up in Electron's own type definitions.
 */
export interface ApiUse {
  /** An interface or class in `Electron` (`App`, `WebContents`), `typeof X` for a class's statics, or `electron` for the module. */
  type: string
  member: string
  /** For `on`/`once`/`addListener`: the event name, which must be one of the member's overloads. */
  event?: string
}

export const apiUseKey = (use: ApiUse): string =>
  use.event === undefined ? `${use.type}.${use.member}` : `${use.type}.${use.member}('${use.event}')`

const LISTENERS = new Set(['on', 'once', 'addListener', 'prependListener'])
/** Reads by the module loader and by promises, not by the app's code. */
const NOT_API = new Set(['__esModule', 'default', 'then', 'toJSON', 'constructor', 'inspect'])

/** Which Electron type a stand-in object plays; its property reads are recorded under that name. */
const types = new WeakMap<object, string>()

/**
 * Wraps `target` so that reads through the wrapper are recorded as uses of `type`. Methods run on
 * the unwrapped target (the stand-in's own bookkeeping is not the app's use), and objects that
 * play another Electron type (a window's webContents) come back wrapped as that type.
 */
export function recorded<T extends object>(target: T, type: string, uses: Map<string, ApiUse>): T {
  types.set(target, type)
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver)
      if (typeof property !== 'string' || NOT_API.has(property)) return value
      const note = (use: ApiUse) => uses.set(apiUseKey(use), use)
      note({ type, member: property })
      if (typeof value === 'function') {
        // Classes stay constructible and keep their statics: they are wrapped on their own.
        if (types.has(value)) return wrap(value, uses)
        return function (this: unknown, ...args: unknown[]) {
          if (LISTENERS.has(property) && typeof args[0] === 'string') note({ type, member: property, event: args[0] })
          const self = this === receiver ? object : this
          const result: unknown = Reflect.apply(value, self, args.map(unwrap))
          return wrap(result, uses)
        }
      }
      return wrap(value, uses)
    },
    // `new BrowserWindow()`: the window the app holds is recorded as a BrowserWindow.
    construct(constructor, args) {
      return wrap(Reflect.construct(constructor as new (...a: unknown[]) => object, args), uses) as object
    },
  })
}

const wrapped = new WeakMap<object, unknown>()
const targets = new WeakMap<object, unknown>()

/** A recorded object handed back to the stand-in (a menu to setApplicationMenu) is the object itself. */
const unwrap = (value: unknown): unknown =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && targets.has(value)
    ? targets.get(value)
    : value

/** `value` as the app sees it when the stand-in hands it over (an event's webContents): recorded. */
export function wrap(value: unknown, uses: Map<string, ApiUse>): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value
  const type = types.get(value)
  if (type === undefined) return value
  const known = wrapped.get(value)
  if (known) return known
  const proxy = recorded(value, type, uses)
  wrapped.set(value, proxy)
  targets.set(proxy, value)
  return proxy
}

/** The Electron type a stand-in object plays, if any. */
export const typeOf = (object: object): string | undefined => types.get(object)

/** Marks `target` as playing `type`, so that it is recorded wherever the app reaches it. */
export function playsType<T extends object>(target: T, type: string): T {
  types.set(target, type)
  return target
}
