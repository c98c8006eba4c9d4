/** Debian's Chromium, used where the Electron binary is not installed. */
export const CHROMIUM_PATH = process.env.CLAUSEWRIGHT_CHROMIUM ?? '/usr/bin/chromium'

/** Flags that keep Chromium from reaching for a network this machine does not have. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
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
