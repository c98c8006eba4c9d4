import type { ReactNode } from 'react'

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round">
        {children}
      </g>
    </svg>
  )
}

export function SourcesIcon() {
  return (
    <Icon>
      <path d="M4 1.75h5.5L12.5 4.75v9.5H4z" />
      <path d="M9.5 1.75v3h3M6 8h4.5M6 10.5h4.5" />
    </Icon>
  )
}

export function ClippingsIcon() {
  return (
    <Icon>
      <path d="M3 3.5h10M3 6.5h10" />
      <path d="M3 9.5h6M3 12.5h4" />
      <path d="M11.5 9v5M9.5 11.5h4" />
    </Icon>
  )
}

export function DraftsIcon() {
  return (
    <Icon>
      <path d="M10.75 2.25l3 3-7.5 7.5H3.25v-3z" />
      <path d="M9 4l3 3" />
    </Icon>
  )
}

export function CodebookIcon() {
  return (
    <Icon>
      <path d="M2.25 2.25h5.5l6 6-5.5 5.5-6-6z" />
      <circle cx="5.25" cy="5.25" r="1" />
    </Icon>
  )
}

export function SearchIcon() {
  return (
    <Icon>
      <circle cx="7" cy="7" r="4.25" />
      <path d="M10.25 10.25l3.5 3.5" />
    </Icon>
  )
}

export function ImportedIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M5.25 8.25l1.9 1.9 3.6-3.9" />
    </Icon>
  )
}

export function DuplicateIcon() {
  return (
    <Icon>
      <rect x="2.25" y="2.25" width="8" height="8" rx="1.5" />
      <path d="M5.75 13.75h6.5a1.5 1.5 0 0 0 1.5-1.5v-6.5" />
    </Icon>
  )
}

export function FailedIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 4.75v4M8 11.25v.01" />
    </Icon>
  )
}

export function WarningIcon() {
  return (
    <Icon>
      <path d="M8 2.25l6 11H2z" />
      <path d="M8 6.5v3.25M8 11.5v.01" />
    </Icon>
  )
}
