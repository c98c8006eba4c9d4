import { z } from 'zod'
import { clippingSchema, draftSchema, sourceSchema, tagSchema, type Clipping, type Source } from './model'
import { savedViewSchema } from './views'

/**
 * The on-disk format version. Every JSON file of a workspace carries it;
 * a file with a higher number was written by a newer Clausewright, one
 * with a lower number is migrated (after a backup) by the workspace's
 * writer. Version 1 kept each source's clippings inside its source.json;
 * version 2 keeps them in shards beside it, so an edit rewrites a few KB.
 */
export const FORMAT_VERSION = 2

const formatVersionSchema = z.number().int().positive()

export const workspaceSettingsSchema = z.object({
  /** Files larger than this are refused at import, with this figure in the message. */
  importSizeLimitMb: z.number().int().min(1).max(4096),
})
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>
export const DEFAULT_SETTINGS: WorkspaceSettings = { importSizeLimitMb: 200 }

export const workspaceFileSchema = z.object({
  format: z.literal('clausewright-workspace'),
  formatVersion: formatVersionSchema,
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  createdAt: z.iso.datetime(),
  settings: workspaceSettingsSchema.default(DEFAULT_SETTINGS),
})
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>

export const codebookFileSchema = z.object({
  formatVersion: formatVersionSchema,
  tags: z.array(tagSchema),
})
export type CodebookFile = z.infer<typeof codebookFileSchema>

/** One source's metadata: sources/<id>/source.json. */
export const sourceFileSchema = z.object({
  formatVersion: formatVersionSchema,
  source: sourceSchema,
})
export type SourceFile = z.infer<typeof sourceFileSchema>

/**
 * A few KB of one source's clippings: sources/<id>/clippings/<n>.json, the
 * unit a clipping edit rewrites. A clipping stays in its shard for life.
 */
export const clippingShardSchema = z.object({
  formatVersion: formatVersionSchema,
  clippings: z.array(clippingSchema),
})
export type ClippingShard = z.infer<typeof clippingShardSchema>

/** A source with all its clippings, as the store holds it in memory. */
export interface SourceData {
  source: Source
  clippings: Clipping[]
}

export const draftFileSchema = z.object({
  formatVersion: formatVersionSchema,
  draft: draftSchema,
})
export type DraftFile = z.infer<typeof draftFileSchema>

/** The saved table views of a workspace. */
export const viewsFileSchema = z.object({
  formatVersion: formatVersionSchema,
  views: z.array(savedViewSchema),
})
export type ViewsFile = z.infer<typeof viewsFileSchema>
