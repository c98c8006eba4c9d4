import { useEffect, useRef } from 'react'

/**
 * A command from the palette or a menu for a view to carry out with its own
 * state (open its dialog, click its file picker, apply a saved view). The
 * view that carries it out consumes it, so a view mounted later (the user
 * comes back) does not act on it again.
 */
export type ViewRequest =
  | { kind: 'import-files' | 'import-folder' | 'new-source' | 'new-draft' | 'import-pack' | 'find-in-source'; seq: number }
  | { kind: 'apply-view'; viewId: string; seq: number }

/** A request as a command makes it; the workbench numbers it. */
export type NewViewRequest = ViewRequest extends infer R ? (R extends ViewRequest ? Omit<R, 'seq'> : never) : never

export interface ViewRequests {
  request: ViewRequest | null
  consume: (seq: number) => void
}

/** Carries out each request of this kind once, then consumes it. */
export function useViewRequest<K extends ViewRequest['kind']>(
  requests: ViewRequests | undefined,
  kind: K,
  handle: (request: Extract<ViewRequest, { kind: K }>) => void,
): void {
  const latest = useRef(handle)
  useEffect(() => {
    latest.current = handle
  })
  const request = requests?.request ?? null
  const consume = requests?.consume
  useEffect(() => {
    if (!request || request.kind !== kind || !consume) return
    consume(request.seq)
    latest.current(request as Extract<ViewRequest, { kind: K }>)
  }, [request, kind, consume])
}
