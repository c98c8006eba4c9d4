import type { WorkspaceStore } from '../workspace-store'

/*
 * A workspace seen as a flat map of entities (each source's metadata, each
 * clipping, each draft, the codebook, the views), every one as canonical
 * JSON. Crash tests compare these maps rather than files: a source file
 * holds many clippings, and what a user cares about is each clipping.
 */

/** The kinds of entity an edit can bring into existence. */
export type EntityKind = 'source' | 'clipping' | 'draft'

/** JSON with object keys sorted at every level, so equal data gives equal strings whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const sorted: Record<string, unknown> = {}
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k]
    return sorted
  })
}

/** Every entity the store holds in memory, keyed "kind:id" (or "codebook", "views"). */
export function workspaceEntities(store: WorkspaceStore): Map<string, string> {
  const entities = new Map<string, string>()
  for (const [id, db] of store.sources) {
    entities.set(`source:${id}`, canonicalJson(db.data.source))
    for (const c of db.data.clippings) entities.set(`clipping:${c.id}`, canonicalJson(c))
  }
  for (const [id, db] of store.drafts) entities.set(`draft:${id}`, canonicalJson(db.data.draft))
  entities.set('codebook', canonicalJson(store.codebook.data.tags))
  entities.set('views', canonicalJson(store.views.data.views))
  return entities
}

/** What changed between two entity maps: new or changed values, and removed keys. */
export function entityChanges(before: Map<string, string>, after: Map<string, string>): { set: Record<string, unknown>; del: string[] } {
  const set: Record<string, unknown> = {}
  for (const [key, json] of after) if (before.get(key) !== json) set[key] = JSON.parse(json)
  const del = [...before.keys()].filter((key) => !after.has(key))
  return { set, del }
}

/** The edit a child had started but not acknowledged when it was killed. */
export interface InFlightEdit {
  n: number
  label: string
  /** Entities it may change or remove; they may be found in either state. */
  touches: string[]
  /** The kind of entity it may add (at most one). */
  creates: EntityKind | null
}

/**
 * Compares what must be true (the acknowledged state) with what was found
 * on disk. Only the in-flight edit's entities may differ; anything else
 * that differs is lost or invented data. `landed` tells whether the
 * in-flight edit left a trace.
 */
export function compareEntities(
  expected: Map<string, string>,
  found: Map<string, string>,
  inFlight: InFlightEdit | null,
): { problems: string[]; landed: boolean } {
  const problems: string[] = []
  const touches = new Set(inFlight?.touches ?? [])
  let created = 0
  let landed = false
  for (const key of new Set([...expected.keys(), ...found.keys()])) {
    const want = expected.get(key)
    const got = found.get(key)
    if (want === got) continue
    if (touches.has(key)) {
      landed = true
      continue
    }
    if (want === undefined && inFlight?.creates && key.startsWith(`${inFlight.creates}:`) && created === 0) {
      created++
      landed = true
      continue
    }
    problems.push(describe(key, want, got))
  }
  return { problems, landed }
}

function describe(key: string, want: string | undefined, got: string | undefined): string {
  if (got === undefined) return `${key} was acknowledged but is missing`
  if (want === undefined) return `${key} appeared without being acknowledged: ${got.slice(0, 200)}`
  let at = 0
  while (at < want.length && want[at] === got[at]) at++
  const from = Math.max(0, at - 40)
  return `${key} differs from its acknowledged state at character ${at}: expected …${want.slice(from, at + 60)}… found …${got.slice(from, at + 60)}…`
}
