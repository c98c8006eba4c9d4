import { createSourceInput } from '../../../shared/api'
import { updateParagraph } from '../../../shared/drafting/draft-edits'
import { addClipping, deleteClippings, updateClipping } from '../clippings'
import { createTag, updateTag } from '../codebook'
import { createDraft, deleteDraft, getDraft, updateDraft } from '../drafts'
import { createSourceFromText, updateSource } from '../sources'
import type { WorkspaceStore } from '../workspace-store'

/*
 * Saves of the sample workspace that an I/O fault test breaks step by step.
 * Each edit is labelled by `mark`, so that a retry can be told apart from
 * the state before it, and each knows how to see itself in a store.
 */

const CLIPPING = 'clp_gge13gprotect'
const DRAFT = 'drf_ciiclausepack'
const PARAGRAPH = 'par_protreporting'

export interface SaveScenario {
  name: string
  /** Makes what the edit needs (a draft to delete, a clipping to delete), before the fault is armed. */
  prepare?(store: WorkspaceStore, mark: string): Promise<unknown>
  /** The file the error must name (its base name). */
  file: RegExp
  edit(store: WorkspaceStore, mark: string): Promise<unknown>
  /** Whether the store holds the edit marked `mark`. */
  holds(store: WorkspaceStore, mark: string): boolean
}

export const saveScenarios: SaveScenario[] = [
  {
    name: 'clipping update',
    file: /clippings\/\d{4}\.json/,
    edit: (store, mark) => updateClipping(store, CLIPPING, { note: `note ${mark}`, obligation: null }),
    holds: (store, mark) =>
      store.sources.get(store.sourceOfClipping(CLIPPING) ?? '')?.data.clippings.some((c) => c.id === CLIPPING && c.note === `note ${mark}`) ?? false,
  },
  {
    name: 'draft update',
    file: new RegExp(`${DRAFT}\\.json`),
    edit: (store, mark) => updateDraft(store, DRAFT, updateParagraph(getDraft(store, DRAFT), PARAGRAPH, { text: `Each State Party shall ${mark}.` })),
    holds: (store, mark) => JSON.stringify(store.drafts.get(DRAFT)?.data.draft).includes(`Each State Party shall ${mark}.`),
  },
  {
    name: 'codebook save (tag update)',
    file: /codebook\.json/,
    edit: (store, mark) => updateTag(store, firstTag(store), { description: `described ${mark}` }),
    holds: (store, mark) => store.codebook.data.tags.some((t) => t.description === `described ${mark}`),
  },
  {
    name: 'codebook save (new tag)',
    file: /codebook\.json/,
    edit: (store, mark) => createTag(store, { name: `Tag ${mark}`, parentId: null, description: '' }),
    holds: (store, mark) => store.codebook.data.tags.some((t) => t.name === `Tag ${mark}`),
  },
  {
    name: 'source details',
    file: /source\.json/,
    edit: (store, mark) => updateSource(store, firstSource(store), { note: `noted ${mark}` }),
    holds: (store, mark) => store.sources.get(firstSource(store))?.data.source.note === `noted ${mark}`,
  },
  {
    name: 'new source from text',
    file: /text\.txt|source\.json|sources/,
    edit: (store, mark) => createSourceFromText(store, createSourceInput.parse({ title: `Pasted ${mark}`, text: `Text of ${mark}.` })),
    holds: (store, mark) => [...store.sources.values()].some((db) => db.data.source.title === `Pasted ${mark}`),
  },
  {
    name: 'draft deletion',
    prepare: (store, mark) => createDraft(store, `Doomed ${mark}`),
    file: /drf_[0-9a-z]+\.json/,
    edit: (store, mark) => deleteDraft(store, draftTitled(store, `Doomed ${mark}`)),
    holds: (store, mark) => ![...store.drafts.values()].some((db) => db.data.draft.title === `Doomed ${mark}`),
  },
  {
    name: 'clipping deletion',
    prepare: (store, mark) => addClipping(store, { sourceId: firstSource(store), start: 0, end: 12, note: `doomed ${mark}` }),
    file: /clippings\/\d{4}\.json|trash|\.json/,
    edit: (store, mark) => deleteClippings(store, clippingsNoted(store, `doomed ${mark}`)),
    holds: (store, mark) => clippingsNoted(store, `doomed ${mark}`).length === 0,
  },
]

function draftTitled(store: WorkspaceStore, title: string): string {
  return [...store.drafts.values()].find((db) => db.data.draft.title === title)?.data.draft.id ?? 'drf_missing'
}

function clippingsNoted(store: WorkspaceStore, note: string): string[] {
  return [...store.sources.values()].flatMap((db) => db.data.clippings.filter((c) => c.note === note).map((c) => c.id))
}

function firstTag(store: WorkspaceStore): string {
  return (store.codebook.data.tags[0] as { id: string }).id
}

function firstSource(store: WorkspaceStore): string {
  return [...store.sources.keys()].sort()[0] as string
}
