import type { Obligation, Tag } from './model'

/*
 * The coverage picture: how many clippings speak of each obligation type in
 * each instrument (or source). Gaps matter as much as counts, so every type
 * of the codebook gets a row even when no clipping has it yet; columns only
 * appear when used, or a codebook of thirty instruments would drown the few
 * that matter.
 */

export type CoverageAxis = 'instrument' | 'source'

/** What the picture needs of a clipping (a ClippingRow fits). */
export interface CoverageClipping {
  sourceId: string
  sourceTitle: string
  sourceDate: string
  obligation?: Pick<Obligation, 'type' | 'instrument'>
}

/** The key of the row or column for clippings without a type, instrument or source. */
export const NONE = ''

export interface CoverageLine {
  /** A tag or source id, or NONE. */
  key: string
  label: string
  /** For a tag below a group of the codebook, the group's name (grouped column headers). */
  group: string | null
  total: number
}

export interface Coverage {
  rows: CoverageLine[]
  columns: CoverageLine[]
  /** counts[row][column] */
  counts: number[][]
  total: number
  /** The largest cell, for shading. */
  max: number
}

/** The tags under the root that declares `facet`, depth first in codebook order (the root itself excluded). */
export function facetTags(tags: readonly Tag[], facet: 'type' | 'instrument'): Tag[] {
  const children = new Map<string | null, Tag[]>()
  for (const tag of tags) children.set(tag.parentId, [...(children.get(tag.parentId) ?? []), tag])
  const out: Tag[] = []
  const seen = new Set<string>()
  const walk = (id: string) => {
    for (const child of children.get(id) ?? []) {
      // A cycle in a hand-edited codebook must not hang the picture.
      if (seen.has(child.id)) continue
      seen.add(child.id)
      out.push(child)
      walk(child.id)
    }
  }
  for (const root of children.get(null) ?? []) if (root.facet === facet) walk(root.id)
  return out
}

interface Axis {
  lines: CoverageLine[]
  index: Map<string, number>
}

function tagAxis(tags: readonly Tag[], facet: 'type' | 'instrument', none: string): Axis {
  const byId = new Map(tags.map((t) => [t.id, t]))
  const ordered = facetTags(tags, facet)
  const inFacet = new Set(ordered.map((t) => t.id))
  // Tags used as a type elsewhere in the codebook still count; they come after the facet's own.
  const rest = tags.filter((t) => !inFacet.has(t.id))
  const lines = [...ordered, ...rest].map((t) => {
    const parent = t.parentId === null ? undefined : byId.get(t.parentId)
    const group = parent && parent.parentId !== null && inFacet.has(parent.id) ? parent.name : null
    return { key: t.id, label: t.name, group, total: 0 }
  })
  lines.push({ key: NONE, label: none, group: null, total: 0 })
  return { lines, index: new Map(lines.map((l, i) => [l.key, i])) }
}

function sourceAxis(clippings: readonly CoverageClipping[]): Axis {
  const sources = new Map<string, CoverageClipping>()
  for (const c of clippings) if (!sources.has(c.sourceId)) sources.set(c.sourceId, c)
  // Chronological, as an analyst reads a debate; undated sources last.
  const ordered = [...sources.values()].sort(
    (a, b) =>
      Number(a.sourceDate === '') - Number(b.sourceDate === '') ||
      a.sourceDate.localeCompare(b.sourceDate) ||
      a.sourceTitle.localeCompare(b.sourceTitle),
  )
  const lines = ordered.map((c) => ({ key: c.sourceId, label: c.sourceTitle, group: null, total: 0 }))
  return { lines, index: new Map(lines.map((l, i) => [l.key, i])) }
}

/** Counts every clipping once, in the cell of its type and its instrument (or source). */
export function computeCoverage(clippings: readonly CoverageClipping[], tags: readonly Tag[], axis: CoverageAxis): Coverage {
  const rowAxis = tagAxis(tags, 'type', '(no type)')
  const colAxis = axis === 'instrument' ? tagAxis(tags, 'instrument', '(no instrument)') : sourceAxis(clippings)
  const counts = rowAxis.lines.map(() => colAxis.lines.map(() => 0))
  const noneRow = rowAxis.index.get(NONE) ?? 0
  const noneCol = colAxis.index.get(NONE) ?? 0
  for (const c of clippings) {
    // An id the codebook no longer knows reads as "not set", as it does in the table.
    const r = rowAxis.index.get(c.obligation?.type ?? NONE) ?? noneRow
    const key = axis === 'instrument' ? (c.obligation?.instrument ?? NONE) : c.sourceId
    const col = colAxis.index.get(key) ?? noneCol
    const row = counts[r]
    if (row) row[col] = (row[col] ?? 0) + 1
  }
  rowAxis.lines.forEach((line, r) => (line.total = sum(counts[r] ?? [])))
  colAxis.lines.forEach((line, col) => (line.total = sum(counts.map((row) => row[col] ?? 0))))

  const facetTypes = new Set(facetTags(tags, 'type').map((t) => t.id))
  const keepRow = rowAxis.lines.map((l) => l.total > 0 || facetTypes.has(l.key))
  const keepCol = colAxis.lines.map((l) => l.total > 0)
  const kept = counts.filter((_, r) => keepRow[r]).map((row) => row.filter((_, col) => keepCol[col]))
  return {
    rows: rowAxis.lines.filter((_, r) => keepRow[r]),
    columns: colAxis.lines.filter((_, col) => keepCol[col]),
    counts: kept,
    total: clippings.length,
    max: Math.max(0, ...kept.flat()),
  }
}

export const SHADE_LEVELS = 5

/**
 * A shade from 0 (empty) to SHADE_LEVELS (the largest cell). The scale is
 * logarithmic: one clipping against none is the difference an analyst looks
 * for, and a single crowded cell must not wash every other one out.
 */
export function shadeLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0
  return Math.max(1, Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * SHADE_LEVELS))
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
