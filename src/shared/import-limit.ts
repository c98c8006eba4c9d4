/**
 * Why a file over the workspace's import limit is refused. The window says
 * it before reading such a file, the core after receiving one: both in the
 * same words.
 */
export function overImportLimitReason(bytes: number, limitMb: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1)
  return `the file is ${mb} MB, over this workspace's import limit of ${limitMb} MB; raise the limit in the workspace settings to import it`
}

/**
 * Files the window hands to the core at once: while one file is saved, the
 * next two are read there and extracted, side by side, in the core's two
 * extraction workers, so that neither waits for the disk. The core adds
 * sources one at a time, as their extraction ends.
 */
export const IMPORTS_IN_FLIGHT = 3
