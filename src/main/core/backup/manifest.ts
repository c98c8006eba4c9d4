import { join } from 'node:path'
import { z } from 'zod'
import { backupIdSchema, backupTriggers, type BackupInfo } from '../../../shared/backups'
import type { FsOps } from '../fs-ops'
import { parseWorkspaceFile, stableJson } from '../json-file'

/** Written last into a backup's folder, before it is renamed into place: a folder without one is no backup. */
export const MANIFEST_FILE = 'backup.json'

const MANIFEST_VERSION = 1

const manifestSchema = z.object({
  format: z.literal('clausewright-backup'),
  formatVersion: z.number().int().positive(),
  id: backupIdSchema,
  createdAt: z.iso.datetime(),
  trigger: z.enum(backupTriggers),
  counts: z.object({
    sources: z.number().int().nonnegative(),
    clippings: z.number().int().nonnegative(),
    drafts: z.number().int().nonnegative(),
  }),
  bytes: z.number().int().nonnegative(),
})

/** A backup as its manifest describes it; the keep reason depends on the others and is worked out when listing. */
export type Manifest = Omit<BackupInfo, 'keepReason'>

/** The manifest's bytes: stable JSON, like every other workspace file. */
export function manifestJson(manifest: Manifest): string {
  return stableJson(manifestSchema, { format: 'clausewright-backup', formatVersion: MANIFEST_VERSION, ...manifest })
}

/** Reads a backup folder's manifest; null when it is missing or damaged, or names another folder. */
export async function readManifest(fs: FsOps, folder: string, id: string): Promise<Manifest | null> {
  try {
    const path = join(folder, MANIFEST_FILE)
    const { format: _format, formatVersion: _version, ...manifest } = parseWorkspaceFile(path, await fs.readFile(path), manifestSchema, MANIFEST_VERSION)
    return manifest.id === id ? manifest : null
  } catch {
    return null
  }
}
