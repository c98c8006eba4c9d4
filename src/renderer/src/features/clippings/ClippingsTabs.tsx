import type { KeyboardEvent } from 'react'

export type ClippingsTab = 'table' | 'coverage'

const tabs: { id: ClippingsTab; label: string }[] = [
  { id: 'table', label: 'Table' },
  { id: 'coverage', label: 'Coverage' },
]

/** "Table" and "Coverage": two ways to look at the same clippings (ARIA tabs, arrow keys between them). */
export function ClippingsTabs({ current, onChange }: { current: ClippingsTab; onChange: (tab: ClippingsTab) => void }) {
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((t) => t.id === current)
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }
    const to = moves[e.key]
    if (to === undefined) return
    e.preventDefault()
    const next = tabs[(to + tabs.length) % tabs.length]
    if (!next) return
    onChange(next.id)
    document.getElementById(`clippings-tab-${next.id}`)?.focus()
  }

  return (
    <div className="view-tabs" role="tablist" aria-label="Show clippings as" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`clippings-tab-${tab.id}`}
          aria-selected={tab.id === current}
          aria-controls={tab.id === current ? `clippings-panel-${tab.id}` : undefined}
          tabIndex={tab.id === current ? 0 : -1}
          className="view-tab"
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
