import { useSyncExternalStore } from 'react'

const KEY = 'clausewright.recentTags'
export const RECENT_LIMIT = 9
const listeners = new Set<() => void>()
let cached: { raw: string | null; ids: readonly string[] } = { raw: null, ids: [] }

function read(): readonly string[] {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(KEY)
  } catch {
    // Storage can be disabled; recent tags are a convenience, never a reason to fail.
  }
  if (raw !== cached.raw) {
    let ids: unknown = []
    try {
      ids = raw ? JSON.parse(raw) : []
    } catch {
      ids = []
    }
    cached = { raw, ids: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string').slice(0, RECENT_LIMIT) : [] }
  }
  return cached.ids
}

/**
 * Adds a tag the user just assigned to the recent tags. A tag already there
 * keeps its place, so its number key stays the same while the user tags a
 * run of clippings.
 */
export function rememberTag(id: string): void {
  const current = read()
  if (current.includes(id)) return
  const ids = [id, ...current].slice(0, RECENT_LIMIT)
  try {
    localStorage.setItem(KEY, JSON.stringify(ids))
  } catch {
    return
  }
  for (const listener of listeners) listener()
}

/** The last tags assigned, most recent first, shared by every open editor. */
export function useRecentTags(): readonly string[] {
  return useSyncExternalStore((listener) => {
    listeners.add(listener)
    // Another window of the app may assign tags too.
    window.addEventListener('storage', listener)
    return () => {
      listeners.delete(listener)
      window.removeEventListener('storage', listener)
    }
  }, read)
}
