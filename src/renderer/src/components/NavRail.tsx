import type { ReactNode } from 'react'

export interface NavItem<V extends string> {
  view: V
  label: string
  /** How many items the view holds; views without items (Search) have none. */
  count?: number
  icon: ReactNode
  /** Keyboard shortcut in aria-keyshortcuts form, e.g. "Control+Shift+F". */
  shortcut?: string
}

interface Props<V extends string> {
  items: readonly NavItem<V>[]
  current: V
  onNavigate: (view: V) => void
}

export function NavRail<V extends string>({ items, current, onNavigate }: Props<V>) {
  return (
    <nav className="rail" aria-label="Views">
      <ul>
        {items.map((item) => (
          <li key={item.view}>
            <button
              type="button"
              className="rail-button"
              aria-current={item.view === current ? 'page' : undefined}
              aria-keyshortcuts={item.shortcut}
              onClick={() => onNavigate(item.view)}
            >
              {item.icon}
              <span className="rail-label">{item.label}</span>
              {item.count !== undefined && <span className="rail-count">{item.count}</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
