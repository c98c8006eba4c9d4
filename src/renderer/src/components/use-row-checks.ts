import { useMemo, useRef, useState } from 'react'

/** The row's place in `order`, or -1: a scan for the id, then a typed search for its index. */
export function positionOf<T extends { id: string }>(data: readonly T[], order: Uint32Array, id: string): number {
  const i = data.findIndex((row) => row.id === id)
  return i === -1 ? -1 : order.indexOf(i)
}

/**
 * The rows ticked for a bulk action, apart from the one row shown in the
 * detail pane. Only ticked rows that the filters still show count: a bulk
 * delete must never reach rows the user can no longer see. `order` holds
 * indexes into `data`, so a new filter costs one pass over typed indexes,
 * not a list of 100,000 ids.
 */
export function useRowChecks<T extends { id: string }>(data: readonly T[], order: Uint32Array) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set())
  const anchor = useRef<string | null>(null)

  // Which data rows are ticked, found once per tick rather than once per filter.
  const ticked = useMemo(() => {
    if (checked.size === 0) return null
    const mask = new Uint8Array(data.length)
    data.forEach((row, i) => {
      if (checked.has(row.id)) mask[i] = 1
    })
    return mask
  }, [data, checked])

  const shownChecked = useMemo(() => {
    if (!ticked) return []
    const ids: string[] = []
    for (const i of order) if (ticked[i]) ids.push((data[i] as T).id)
    return ids
  }, [data, order, ticked])

  // One object per change of ticks or rows, so the memoised body does not render for a keystroke's pending state.
  return useMemo(() => {
    function toggle(id: string) {
      anchor.current = id
      setChecked((prev) => {
        const next = new Set(prev)
        if (!next.delete(id)) next.add(id)
        return next
      })
    }

    /** Shift+click: ticks every row from the last one toggled to this one, as file managers do. */
    function extendTo(id: string) {
      const from = anchor.current === null ? -1 : positionOf(data, order, anchor.current)
      const to = positionOf(data, order, id)
      if (from === -1 || to === -1) return toggle(id)
      const [lo, hi] = from < to ? [from, to] : [to, from]
      const range = Array.from(order.subarray(lo, hi + 1), (i) => (data[i] as T).id)
      setChecked((prev) => new Set([...prev, ...range]))
    }

    function setAll(on: boolean) {
      anchor.current = null
      setChecked(on ? new Set(Array.from(order, (i) => (data[i] as T).id)) : new Set())
    }

    return {
      checked,
      /** The ticked rows the table shows, in its order. */
      shownChecked,
      allChecked: order.length > 0 && shownChecked.length === order.length,
      toggle,
      extendTo,
      setAll,
    }
  }, [data, order, checked, shownChecked])
}
