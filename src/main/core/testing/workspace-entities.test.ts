import { describe, expect, it } from 'vitest'
import { SeededRandom } from './seeded-random'
import { drawKillPlan } from './stress-round'
import { canonicalJson, compareEntities, entityChanges } from './workspace-entities'

const map = (entries: Record<string, unknown>) => new Map(Object.entries(entries).map(([k, v]) => [k, canonicalJson(v)]))

describe('the crash harness judges fairly', () => {
  it('canonical JSON ignores key order and dropped undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: undefined } })).toBe(canonicalJson({ a: { d: [2, { x: 0, y: 1 }] }, b: 1 }))
  })

  it('forgives the in-flight edit its own entities and one new one of its kind, nothing else', () => {
    const acked = map({ 'clipping:a': { note: 'x' }, 'clipping:b': { note: 'y' }, codebook: [] })
    const inFlight = { n: 3, label: 'e3', touches: ['clipping:a'], creates: 'clipping' as const }
    const landed = map({ 'clipping:a': { note: 'new' }, 'clipping:b': { note: 'y' }, 'clipping:c': {}, codebook: [] })
    expect(compareEntities(acked, landed, inFlight)).toEqual({ problems: [], landed: true })
    expect(compareEntities(acked, acked, inFlight)).toEqual({ problems: [], landed: false })

    const lost = map({ 'clipping:a': { note: 'x' }, codebook: [] })
    expect(compareEntities(acked, lost, inFlight).problems).toEqual(['clipping:b was acknowledged but is missing'])
    const invented = map({ 'clipping:a': { note: 'x' }, 'clipping:b': { note: 'y' }, 'clipping:c': {}, 'clipping:d': {}, codebook: [] })
    expect(compareEntities(acked, invented, inFlight).problems).toHaveLength(1)
    const stale = map({ 'clipping:a': { note: 'x' }, 'clipping:b': { note: 'old' }, codebook: [] })
    expect(compareEntities(acked, stale, null).problems[0]).toMatch(/^clipping:b differs/)
  })

  it('reports changes as set and removed entities', () => {
    const changes = entityChanges(map({ a: 1, b: 2 }), map({ b: 3, c: 4 }))
    expect(changes).toEqual({ set: { b: 3, c: 4 }, del: ['a'] })
  })

  it('plans the same kills for the same seed', () => {
    const plans = (seed: number) => {
      const rng = new SeededRandom(seed)
      return Array.from({ length: 50 }, () => drawKillPlan(rng))
    }
    expect(plans(7)).toEqual(plans(7))
    expect(plans(7)).not.toEqual(plans(8))
  })
})
