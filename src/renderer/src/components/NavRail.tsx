import type { ReactNode } from 'react'

export interface NavItem<V extends string> {
  view: V
  label: string
  count: number
  icon: ReactNode
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
              onClick={() => onNavigate(item.view)}
            >
              {item.icon}
              <span className="rail-label">{item.label}</span>
              <span className="rail-count">{item.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
