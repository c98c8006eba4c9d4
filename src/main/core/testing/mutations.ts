import fc from 'fast-check'

/*
 * Fast-check arbitraries that damage a valid file the ways files get
 * damaged: cut short by a crash or a full disk, bits flipped on the way,
 * ranges zeroed by a file system that lost blocks, junk spliced in, and
 * (for JSON) a field holding the wrong kind of value.
 */

/** A description of one mutation, printable in a counterexample, applied by `mutate`. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; flips: Array<{ at: number; xor: number }> }
  | { kind: 'nul-fill'; from: number; length: number }
  | { kind: 'splice'; at: number; insert: Uint8Array; remove: number }
  | { kind: 'repeat'; from: number; length: number; times: number }

export const byteMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    flips: fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('nul-fill' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), insert: fc.uint8Array({ maxLength: 64 }), remove: fc.nat({ max: 64 }) }),
  fc.record({ kind: fc.constant('repeat' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 256 }), times: fc.integer({ min: 2, max: 50 }) }),
)

/** Applies a mutation; positions wrap around the input's length so that every generated mutation means something. */
export function mutate(input: Uint8Array, mutation: Mutation): Uint8Array {
  const bytes = Buffer.from(input)
  const n = Math.max(1, bytes.length)
  switch (mutation.kind) {
    case 'truncate':
      return bytes.subarray(0, mutation.at % n)
    case 'flip':
      for (const { at, xor } of mutation.flips) if (bytes.length > 0) bytes[at % n] = (bytes[at % n] ?? 0) ^ xor
      return bytes
    case 'nul-fill': {
      const from = Math.min(mutation.from % n, bytes.length)
      bytes.fill(0, from, Math.min(bytes.length, from + mutation.length))
      return bytes
    }
    case 'splice': {
      const at = mutation.at % (bytes.length + 1)
      return Buffer.concat([bytes.subarray(0, at), mutation.insert, bytes.subarray(at + mutation.remove)])
    }
    case 'repeat': {
      const from = mutation.from % n
      const piece = bytes.subarray(from, from + mutation.length)
      return Buffer.concat([bytes.subarray(0, from), ...Array.from({ length: mutation.times }, () => piece), bytes.subarray(from)])
    }
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every place in a JSON value, as a path of keys and indexes (the root is []). */
function jsonPaths(value: Json, path: Array<string | number> = [], into: Array<Array<string | number>> = []) {
  into.push(path)
  if (Array.isArray(value)) value.forEach((item, i) => jsonPaths(item, [...path, i], into))
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) jsonPaths(item, [...path, key], into)
  return into
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
)

/** Replaces one value of a JSON document (picked by `pick`, wrapping) with a value of another type. */
export const wrongType = fc.record({ pick: fc.nat(), value: anyJson })
export type WrongType = { pick: number; value: Json }

export function withWrongType(input: Uint8Array, { pick, value }: WrongType): Uint8Array {
  const doc = JSON.parse(Buffer.from(input).toString('utf8')) as Json
  const paths = jsonPaths(doc)
  const path = paths[pick % paths.length] as Array<string | number>
  if (path.length === 0) return Buffer.from(JSON.stringify(value, null, 2))
  let parent = doc as Record<string | number, Json>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>
  const last = path[path.length - 1] as string | number
  // A value of the same type may well be valid: swap to a different one so the mutation is a type error.
  parent[last] = typeOf(parent[last]) === typeOf(value) ? (typeOf(value) === 'string' ? 0 : 'wrong') : value
  return Buffer.from(JSON.stringify(doc, null, 2))
}
