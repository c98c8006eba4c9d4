import { useState } from 'react'
import type { Reveal } from './ReaderText'

/**
 * Several things ask the reader to scroll: the find bar, a search hit, the
 * keyboard selection, the candidate in focus. Each passes its latest request
 * in its own slot; the one whose key changed most recently wins, so stepping
 * through sentences works while the find bar is open, and closing something
 * does not jump back to an older request.
 */
export function useLatestReveal(requests: ReadonlyArray<Reveal | null>): Reveal | null {
  const keys = requests.map((r) => r?.key ?? null)
  const [state, setState] = useState<{ keys: Array<string | null>; current: Reveal | null }>(() => ({
    keys,
    current: requests.find((r) => r !== null) ?? null,
  }))
  const changed = requests.find((r, i) => r !== null && r.key !== state.keys[i])
  if (keys.some((k, i) => k !== state.keys[i])) {
    // Adjusted while rendering, as React recommends for state derived from props.
    setState({ keys, current: changed ?? state.current })
  }
  return changed ?? state.current
}
