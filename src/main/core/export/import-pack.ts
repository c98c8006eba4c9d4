import { makeAnchor } from '../../../shared/anchors'
import type { ImportPackSummary } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import type { Clipping, Draft, Paragraph, Source } from '../../../shared/model'
import { saveDraft } from '../drafts'
import { newId } from '../../../shared/ids'
import { addNewSource, findByTextHash, type NewSourceMetadata } from '../sources'
import { normaliseText, textHash } from '../text'
import type { WorkspaceStore } from '../workspace-store'
import { mapClippingTags, planTags } from './import-tags'
import { packError, parseClausePack, type JsonClausePack } from './pack-schema'

/** One source of this workspace that the import reuses or creates, and the clippings it gains. */
interface SourcePlan {
  existing: Source | null
  /** The pack's metadata (the first pack source with this text). */
  meta: Source
  text: string
  /** How many pack sources resolve to this one. */
  packSources: number
  add: Clipping[]
}

const IMPORTED = ' (imported)'

/**
 * Imports a JSON clause pack (as exportJsonPack writes it): sources are
 * matched by text hash or created, clippings matched by id when identical or
 * added with their anchors verified against the source text, tags mapped onto
 * the codebook or created, and the draft added as a new draft. Everything is
 * validated before the first write, so an invalid pack changes nothing; the
 * caller runs it inside history.run to make it one undo step.
 */
export async function importJsonPack(store: WorkspaceStore, json: string): Promise<ImportPackSummary> {
  if (store.readOnly) throw new AppError({ code: 'forbidden', message: 'This workspace is open for reading only.' })
  const pack = parseClausePack(json)
  const plan = await planImport(store, pack)

  if (plan.tags.created.length > 0) {
    await store.saveCodebook({ ...store.codebook.data, tags: [...store.codebook.data.tags, ...plan.tags.created] })
  }
  let sourcesCreated = 0
  let sourcesReused = 0
  for (const s of plan.sources) {
    let target = s.existing
    let created = false
    if (!target) {
      // The one place sources are created; it gives the new source its id and import time.
      const { kind, title, authors, publisher, date, url, language } = s.meta
      const metadata: NewSourceMetadata = { kind, title, authors, publisher, date, url, language }
      const made = await addNewSource(store, { text: s.text, format: s.meta.format, metadata, ...(s.meta.pages ? { pages: s.meta.pages } : {}) })
      target = made.source
      created = !made.duplicate
    }
    if (created) sourcesCreated++
    sourcesReused += s.packSources - (created ? 1 : 0)
    const note = created ? s.meta.note : ''
    if (s.add.length === 0 && note === '') continue
    const db = store.sources.get(target.id)
    if (!db) throw new AppError({ code: 'internal', message: `Source ${target.id} vanished during the import.` })
    const targetId = target.id
    await store.saveSource({
      ...db.data,
      source: note === '' ? db.data.source : { ...db.data.source, note },
      clippings: [...db.data.clippings, ...s.add.map((c) => ({ ...c, sourceId: targetId }))],
    })
  }
  await saveDraft(store, plan.draft)
  return {
    draftId: plan.draft.id,
    sourcesCreated,
    sourcesReused,
    clippingsCreated: plan.clippingsCreated,
    clippingsReused: plan.clippingsReused,
    tagsCreated: plan.tags.created.length,
  }
}

/** Validates the whole pack against this workspace and decides every step; writes nothing. */
async function planImport(store: WorkspaceStore, pack: JsonClausePack) {
  const sources = await planSources(store, pack)
  const tags = planTags(store.codebook.data.tags, pack.tags, pack.clippings)

  const idMap = new Map<string, string>()
  const assigned = new Set<string>()
  const seen = new Set<string>()
  let clippingsCreated = 0
  let clippingsReused = 0
  for (const [i, packed] of pack.clippings.entries()) {
    if (seen.has(packed.id)) throw packError(`clippings[${i}].id`, `the clipping id ${packed.id} occurs twice`)
    seen.add(packed.id)
    const plan = sources.byPackId.get(packed.sourceId)
    if (!plan) throw packError(`clippings[${i}].sourceId`, `clipping ${packed.id} belongs to source ${packed.sourceId}, which is not in the pack's sources`)
    verifyAnchor(packed, i, plan)
    const clipping = mapClippingTags(packed, tags.resolve)
    if (plan.existing && store.sourceOfClipping(packed.id) === plan.existing.id) {
      const mine = store.sources.get(plan.existing.id)?.data.clippings.find((c) => c.id === packed.id)
      if (mine && sameContent(mine, clipping)) {
        idMap.set(packed.id, packed.id)
        assigned.add(packed.id)
        clippingsReused++
        continue
      }
    }
    const taken = store.sourceOfClipping(packed.id) !== undefined || assigned.has(packed.id)
    const id = taken ? newId('clp') : packed.id
    idMap.set(packed.id, id)
    assigned.add(id)
    plan.add.push({ ...clipping, id })
    clippingsCreated++
  }
  return { sources: sources.plans, tags, draft: importedDraft(store, pack.draft, idMap), clippingsCreated, clippingsReused }
}

/** Resolves each pack source to one of this workspace (same text hash) or to one to create from the pack's text. */
async function planSources(store: WorkspaceStore, pack: JsonClausePack) {
  const byPackId = new Map<string, SourcePlan>()
  const byHash = new Map<string, SourcePlan>()
  for (const [i, meta] of pack.sources.entries()) {
    if (byPackId.has(meta.id)) throw packError(`sources[${i}].id`, `the source id ${meta.id} occurs twice`)
    const packText = pack.texts[meta.id]
    if (packText !== undefined) {
      const field = `texts.${meta.id}`
      if (textHash(packText) !== meta.textHash) throw packError(field, `the text of "${meta.title}" does not match its textHash (it was changed after export)`)
      if (packText.length !== meta.textLength) throw packError(`sources[${i}].textLength`, `"${meta.title}" says ${meta.textLength} characters, its text has ${packText.length}`)
      if (normaliseText(packText) !== packText) throw packError(field, `the text of "${meta.title}" is not normalised (BOM, CR line ends or non-NFC characters)`)
    }
    let plan = byHash.get(meta.textHash)
    if (!plan) {
      const existing = findByTextHash(store, meta.textHash) ?? null
      if (!existing && packText === undefined) {
        throw packError(`texts.${meta.id}`, `the pack carries no text for "${meta.title}", and this workspace has no source with the same text`)
      }
      const text = existing ? await store.readText(existing.id) : (packText as string)
      plan = { existing, meta, text, packSources: 0, add: [] }
      byHash.set(meta.textHash, plan)
    }
    plan.packSources++
    byPackId.set(meta.id, plan)
  }
  return { byPackId, plans: [...byHash.values()] }
}

/** The pack's anchor must be exactly what the source text holds at its offsets. */
function verifyAnchor(clipping: Clipping, i: number, plan: SourcePlan): void {
  const where = `characters ${clipping.start}–${clipping.end} of "${plan.meta.title}"`
  let anchor
  try {
    anchor = makeAnchor(plan.text, clipping.start, clipping.end)
  } catch {
    throw packError(`clippings[${i}].end`, `clipping ${clipping.id} points at ${where}, outside a text of ${plan.text.length} characters`)
  }
  for (const part of ['quote', 'prefix', 'suffix'] as const) {
    if (anchor[part] !== clipping[part]) {
      throw packError(`clippings[${i}].${part}`, `the ${part} of clipping ${clipping.id} ("${clipping[part].slice(0, 60)}…") does not match ${where}`)
    }
  }
}

/** Same excerpt, tags, obligation and note (timestamps aside): the workspace already holds this clipping. */
function sameContent(a: Clipping, b: Clipping): boolean {
  const content = (c: Clipping) => {
    const o = c.obligation
    return JSON.stringify([c.start, c.end, c.quote, c.prefix, c.suffix, c.page ?? null, [...c.tags].sort(), c.note,
      o ? [o.type, o.modality, o.bearer, o.scope, o.instrument, o.stance] : null])
  }
  return content(a) === content(b)
}

/** The pack's draft as a new draft here: a new id and an "(imported)" title when its id is taken; citations remapped. */
function importedDraft(store: WorkspaceStore, draft: Draft, idMap: ReadonlyMap<string, string>): Draft {
  const remap = (p: Paragraph, field: string): Paragraph => ({
    ...p,
    clippingIds: p.clippingIds.map((id, j) => {
      const mapped = idMap.get(id)
      if (!mapped) throw packError(`${field}.clippingIds[${j}]`, `the draft cites clipping ${id}, which is not in the pack's clippings`)
      return mapped
    }),
  })
  const taken = store.drafts.has(draft.id)
  return {
    ...draft,
    id: taken ? newId('drf') : draft.id,
    title: taken ? `${draft.title.slice(0, 300 - IMPORTED.length)}${IMPORTED}` : draft.title,
    preamble: draft.preamble.map((p, i) => remap(p, `draft.preamble[${i}]`)),
    articles: draft.articles.map((a, k) => ({ ...a, paragraphs: a.paragraphs.map((p, i) => remap(p, `draft.articles[${k}].paragraphs[${i}]`)) })),
  }
}
