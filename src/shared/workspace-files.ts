import { z } from 'zod'
import { clippingSchema, draftSchema, sourceSchema, tagSchema } from './model'
import { savedViewSchema } from './views'

/**
 * The on-disk format version. Every JSON file of a workspace carries it;
 * a file with a higher number was written by a newer Clausewright.
 */
export const FORMAT_VERSION = 1

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

/** One source's metadata and all its clippings: the unit an edit rewrites. */
export const sourceFileSchema = z.object({
  formatVersion: formatVersionSchema,
  source: sourceSchema,
  clippings: z.array(clippingSchema),
})
export type SourceFile = z.infer<typeof sourceFileSchema>

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
