/** What the user chose; 'system' follows the operating system's light or dark setting. */
export type ThemePreference = 'light' | 'dark' | 'system'

/** What the window is drawn in. */
export type Theme = 'light' | 'dark'

export const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system']

const STORAGE_KEY = 'clausewright.theme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

/** A stored value read back; anything unknown (an older or hand-edited value) means the default. */
export function parseThemePreference(stored: string | null | undefined): ThemePreference {
  return THEME_PREFERENCES.includes(stored as ThemePreference) ? (stored as ThemePreference) : 'system'
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light'
  return preference
}

// Storage can be unavailable (a locked-down profile, a sandboxed page): the
// theme must then still work for the session instead of breaking the start.
let sessionPreference: ThemePreference | null = null

export function getThemePreference(): ThemePreference {
  if (sessionPreference) return sessionPreference
  try {
    return parseThemePreference(localStorage.getItem(STORAGE_KEY))
  } catch {
    return 'system'
  }
}

export function setThemePreference(preference: ThemePreference): void {
  sessionPreference = preference
  try {
    localStorage.setItem(STORAGE_KEY, preference)
  } catch {
    // Kept for this session only; see sessionPreference.
  }
  applyTheme()
}

function systemQuery(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null
}

let following: MediaQueryList | null = null

function onSystemChange(): void {
  if (getThemePreference() === 'system') applyTheme()
}

/** Draws the window in the preferred theme, and keeps following the system while that is the preference. */
export function applyTheme(): void {
  const query = systemQuery()
  document.documentElement.dataset.theme = resolveTheme(getThemePreference(), query?.matches ?? false)
  // One listener for the life of the window; it checks the preference itself,
  // so switching between 'system' and a fixed theme needs no bookkeeping.
  if (query && !following) {
    following = query
    query.addEventListener('change', onSystemChange)
  }
}

/** Called before the first render, so the window never flashes the other theme. */
export function initTheme(): void {
  applyTheme()
}
