import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseThemePreference, resolveTheme } from './theme'

describe('parseThemePreference', () => {
  it('reads back the three preferences', () => {
    expect(parseThemePreference('light')).toBe('light')
    expect(parseThemePreference('dark')).toBe('dark')
    expect(parseThemePreference('system')).toBe('system')
  })

  it('falls back to following the system for a missing or unknown value', () => {
    expect(parseThemePreference(null)).toBe('system')
    expect(parseThemePreference(undefined)).toBe('system')
    expect(parseThemePreference('')).toBe('system')
    expect(parseThemePreference('Dark')).toBe('system')
    expect(parseThemePreference('solarized')).toBe('system')
  })
})

describe('resolveTheme', () => {
  it('a fixed preference ignores the system', () => {
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })

  it('the system preference follows the system', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
  })
})

/*
 * The module keeps its listener and session state, so each test loads a
 * fresh copy against stand-ins for storage, the media query and the root element.
 */
describe('applying the preference', () => {
  let store: Map<string, string>
  let systemDark: boolean
  let listeners: Array<() => void>
  let root: { dataset: Record<string, string> }

  beforeEach(() => {
    vi.resetModules()
    store = new Map()
    systemDark = false
    listeners = []
    root = { dataset: {} }
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    })
    vi.stubGlobal('matchMedia', () => ({
      get matches() {
        return systemDark
      },
      addEventListener: (_: string, f: () => void) => listeners.push(f),
    }))
    vi.stubGlobal('document', { documentElement: root })
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const changeSystem = (dark: boolean) => {
    systemDark = dark
    for (const f of listeners) f()
  }

  it('starts by following the system, and keeps following it', async () => {
    const theme = await import('./theme')
    systemDark = true
    theme.initTheme()
    expect(theme.getThemePreference()).toBe('system')
    expect(root.dataset.theme).toBe('dark')
    changeSystem(false)
    expect(root.dataset.theme).toBe('light')
  })

  it('a chosen theme is stored, applied and no longer follows the system', async () => {
    const theme = await import('./theme')
    theme.initTheme()
    theme.setThemePreference('dark')
    expect(store.get('clausewright.theme')).toBe('dark')
    expect(root.dataset.theme).toBe('dark')
    changeSystem(false)
    expect(root.dataset.theme).toBe('dark')
    theme.setThemePreference('system')
    expect(root.dataset.theme).toBe('light')
    changeSystem(true)
    expect(root.dataset.theme).toBe('dark')
    expect(listeners).toHaveLength(1)
  })

  it('reads the stored preference at start', async () => {
    store.set('clausewright.theme', 'light')
    systemDark = true
    const theme = await import('./theme')
    theme.initTheme()
    expect(root.dataset.theme).toBe('light')
  })

  it('still switches when storage refuses to be used', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    })
    const theme = await import('./theme')
    theme.initTheme()
    expect(root.dataset.theme).toBe('light')
    theme.setThemePreference('dark')
    expect(theme.getThemePreference()).toBe('dark')
    expect(root.dataset.theme).toBe('dark')
  })
})
