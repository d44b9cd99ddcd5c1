import { join } from 'node:path'
import {
  flipFuses,
  FuseState,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses'
import type { AfterPackContext } from 'electron-builder'

/**
 * Electron fuses: switches baked into the packaged binary, flipped before it is signed, so that
 * no environment variable or command-line flag can turn the app into a general Node runtime or a
 * debugger target, and only the integrity-checked app.asar is ever loaded.
 * `strictlyRequireAllFuses` makes packaging fail when an Electron upgrade brings a fuse nobody has
 * decided about yet (the type also demands a value for every fuse @electron/fuses knows).
 */
export const MEND_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would make the signed app run any script as plain Node.
  [FuseV1Options.RunAsNode]: false,
  // Mend keeps no cookies, but Chromium's cookie store is encrypted with the OS keychain anyway.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require a file) and NODE_EXTRA_CA_CERTS would be ways to inject code or trust.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and SIGUSR1 would open a debugger on the main process, which holds the key.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash recorded at packaging (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar: no loose app/ folder beside it can replace the code.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Electron's standard snapshot; a browser-specific one would need building separately.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, never file://: file pages get no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default: WebAssembly bounds checks through signal handlers, not a security switch.
  [FuseV1Options.WasmTrapHandlers]: true,
} satisfies FuseV1Config

type PackContext = Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName'> & {
  packager: { appInfo: { productFilename: string }; executableName?: string }
}

/** Where electron-builder put the Electron binary it renamed for the app (as its own fuse code does). */
export function electronBinaryPath(context: PackContext): string {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${name}.app`)
    case 'win32':
      return join(appOutDir, `${name}.exe`)
    default:
      // LinuxPackager names the binary after linux.executableName (or the lower-cased name).
      return join(appOutDir, packager.executableName ?? name)
  }
}

/** Fuse indexes and the state each must end up in. */
function expectedStates(): [number, FuseState][] {
  return Object.entries(MEND_FUSES)
    .filter(([key]) => /^\d+$/.test(key))
    .map(([key, on]) => [Number(key), on ? FuseState.ENABLE : FuseState.DISABLE])
}

/** electron-builder's afterPack hook: flips the fuses, then reads them back. */
export async function flipMendFuses(context: PackContext): Promise<void> {
  const binary = electronBinaryPath(context)
  await flipFuses(binary, MEND_FUSES)
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, FuseState | undefined>
  const wrong = expectedStates().filter(([index, state]) => wire[index] !== state)
  if (wrong.length > 0) {
    const names = wrong.map(([index]) => FuseV1Options[index]).join(', ')
    throw new Error(`Electron fuses not set after flipping: ${names} (${binary})`)
  }
}
