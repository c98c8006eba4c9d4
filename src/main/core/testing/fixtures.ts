import { join } from 'node:path'
import { createAppCore } from '../app-core'
import type { Clock } from '../backup/clock'
import { initWorkspace } from '../init-workspace'
import { findResourcesDir } from '../resources'
import type { StoreOptions } from '../workspace-store'
import { tempDir } from './recording-fs'

export const resourcesDir = findResourcesDir(import.meta.dirname)

/** A new workspace in a temp folder: empty with the starter codebook, or the sample. */
export async function newWorkspace(options: StoreOptions & { sample?: boolean } = {}) {
  const dir = join(await tempDir(), 'workspace')
  const store = await initWorkspace(dir, { resourcesDir, ...options })
  return { dir, store }
}

/** A new workspace with its import and search workers; close it after the test. */
export async function newAppCore(options: { sample?: boolean; clock?: Clock } = {}) {
  const dir = join(await tempDir(), 'workspace')
  return createAppCore(dir, { resourcesDir, ...options })
}
