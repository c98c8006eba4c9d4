import { useEffect, useMemo, useRef, useState } from 'react'
import type { Clipping } from '../../../../shared/model'
import { findCandidates, type Candidate } from '../../../../shared/obligations/find-candidates'
import { overlapChecker } from './highlights'

// Dismissed candidates stay dismissed for the rest of the session, per source.
const dismissedBySource = new Map<string, ReadonlySet<number>>()

/**
 * "Find candidates": the sentences with a deontic cue, less those already
 * clipped (any overlap) and those the user dismissed. The search runs once
 * the panel opens, after it has painted, since a long treaty takes a moment.
 * `shown` is the candidate marked in the text: the one under the pointer,
 * else the active one.
 */
export function useCandidates(sourceId: string, text: string, clippings: readonly Clipping[], open: boolean) {
  const [found, setFound] = useState<Candidate[] | null>(null)
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(() => dismissedBySource.get(sourceId) ?? new Set())
  const [activeIndex, setActiveIndex] = useState(0)
  const [hovered, setHovered] = useState<Candidate | null>(null)
  // Accepted candidates leave the list at once, without waiting for the clipping to be saved and
  // the source reloaded: 'pending' while saving, then the clippings they were accepted against.
  const [held, setHeld] = useState<ReadonlyMap<number, 'pending' | readonly Clipping[]>>(new Map())
  const latestClippings = useRef(clippings)
  useEffect(() => {
    latestClippings.current = clippings
  })

  useEffect(() => {
    if (!open || found) return
    const timer = setTimeout(() => setFound(findCandidates(text)), 0)
    return () => clearTimeout(timer)
  }, [open, found, text])

  const candidates = useMemo(() => {
    if (!found) return null
    const clipped = overlapChecker(clippings)
    const isHeld = (c: Candidate) => {
      const h = held.get(c.start)
      return h === 'pending' || h === clippings
    }
    return found.filter((c) => !clipped(c.start, c.end) && !dismissed.has(c.start) && !isHeld(c))
  }, [found, clippings, dismissed, held])

  // When the active candidate is accepted or dismissed, the next one takes its place.
  const active = candidates && candidates.length > 0 ? Math.min(activeIndex, candidates.length - 1) : -1
  const shown = open ? (hovered ?? candidates?.[active] ?? null) : null

  function dismiss(candidate: Candidate) {
    const next = new Set(dismissed).add(candidate.start)
    dismissedBySource.set(sourceId, next)
    setDismissed(next)
    setHovered(null)
  }

  /** Runs `create` for the candidate, hidden meanwhile; on failure it comes back and the error is thrown on. */
  async function accept(candidate: Candidate, create: () => Promise<void>) {
    const hold = (value: 'pending' | readonly Clipping[] | null) =>
      setHeld((m) => {
        const next = new Map(m)
        if (value === null) next.delete(candidate.start)
        else next.set(candidate.start, value)
        return next
      })
    hold('pending')
    setHovered(null)
    try {
      await create()
      hold(latestClippings.current)
    } catch (err) {
      hold(null)
      throw err
    }
  }

  return { candidates, active, setActive: setActiveIndex, shown, setHovered, dismiss, accept }
}

export type CandidatesState = ReturnType<typeof useCandidates>
