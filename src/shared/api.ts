import { z } from 'zod'
import type { Result } from './errors'
import { idSchema, partialDateSchema, sourceKindSchema } from './model'
import type { Clipping, Draft, Source, Tag } from './model'

/** A file of the workspace that failed to load and was moved aside. */
export interface WorkspaceProblem {
  /** Path relative to the workspace folder, as it was. */
  file: string
  reason: string
  /** Where the file now is, relative to the workspace folder. */
  movedTo: string
}

export interface WorkspaceInfo {
  path: string
  name: string
  formatVersion: number
  counts: { sources: number; clippings: number; tags: number; drafts: number }
  problems: WorkspaceProblem[]
}

export type SourceRow = Source & { clippingCount: number }

export interface SourceDetail {
  source: Source
  text: string
  clippings: Clipping[]
}

export type ClippingRow = Clipping & { sourceTitle: string; sourceDate: string }

export interface DraftSummary {
  id: string
  title: string
  articleCount: number
  paragraphCount: number
  updatedAt: string
}

const noInput = z.object({}).strict()
const byId = z.object({ id: idSchema }).strict()

export const createSourceInput = z
  .object({
    title: z.string().trim().min(1, 'give the source a title').max(500),
    text: z.string().refine((t) => t.trim().length > 0, 'paste some text'),
    kind: sourceKindSchema.default('note'),
    authors: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    publisher: z.string().trim().max(300).default(''),
    date: partialDateSchema.or(z.literal('')).default(''),
    url: z.string().trim().max(2000).default(''),
  })
  .strict()
export type CreateSourceInput = z.input<typeof createSourceInput>

/** Declares one operation: its input schema and (as a type only) its output. */
function op<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O })
}

/**
 * Every operation between the UI and the core, once. The preload, the IPC
 * handlers and the browser test host are all derived from this object.
 */
export const apiContract = {
  'workspace.info': op<WorkspaceInfo>()(noInput),
  'sources.list': op<SourceRow[]>()(noInput),
  'sources.get': op<SourceDetail>()(byId),
  'sources.createFromText': op<Source>()(createSourceInput),
  'clippings.list': op<ClippingRow[]>()(noInput),
  'codebook.list': op<Tag[]>()(noInput),
  'drafts.list': op<DraftSummary[]>()(noInput),
  'drafts.get': op<Draft>()(byId),
}

export type ApiContract = typeof apiContract
export type ApiMethod = keyof ApiContract
export const apiMethods = Object.keys(apiContract) as ApiMethod[]

export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>
export type ApiOutput<M extends ApiMethod> = ApiContract[M]['output']

/** What `window.api` holds: one function per operation, errors as data. */
export type WindowApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>> }
