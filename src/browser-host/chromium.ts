/** Debian's Chromium, used where the Electron binary is not installed. */
export const CHROMIUM_PATH = process.env.CLAUSEWRIGHT_CHROMIUM ?? '/usr/bin/chromium'

const isRoot = process.getuid?.() === 0

/**
 * Flags that keep Chromium from reaching for a network this machine does
 * not have. Chromium's sandbox cannot run as root, so there (CI, containers)
 * it is turned off, with --test-type to drop the warning bar it would show.
 */
export const CHROMIUM_ARGS = [
  ...(isRoot ? ['--no-sandbox', '--test-type'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** A made-up origin: the renderer is served to the page by a route, with no server or port. */
export const APP_ORIGIN = 'https://clausewright.invalid'
export const APP_URL = `${APP_ORIGIN}/index.html`
