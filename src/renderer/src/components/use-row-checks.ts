import { useMemo, useRef, useState } from 'react'

/**
 * The rows ticked for a bulk action, apart from the one row shown in the
 * detail pane. Only ticked rows that the filters still show count: a bulk
 * delete must never reach rows the user can no longer see.
 */
export function useRowChecks(rowIds: readonly string[]) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set())
  const anchor = useRef<string | null>(null)

  const shownChecked = useMemo(
    () => (checked.size === 0 ? [] : rowIds.filter((id) => checked.has(id))),
    [rowIds, checked],
  )

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
    const from = anchor.current === null ? -1 : rowIds.indexOf(anchor.current)
    const to = rowIds.indexOf(id)
    if (from === -1 || to === -1) return toggle(id)
    const [lo, hi] = from < to ? [from, to] : [to, from]
    setChecked((prev) => new Set([...prev, ...rowIds.slice(lo, hi + 1)]))
  }

  function setAll(on: boolean) {
    anchor.current = null
    setChecked(on ? new Set(rowIds) : new Set())
  }

  return {
    checked,
    /** The ticked rows the table shows, in its order. */
    shownChecked,
    allChecked: rowIds.length > 0 && shownChecked.length === rowIds.length,
    toggle,
    extendTo,
    setAll,
  }
}
