/// <reference lib="dom" />
import type { Page } from '@playwright/test'
import { APP_ORIGIN } from '../src/browser-host/chromium'
import { PWNED_GLOBAL } from '../src/main/core/import/fixtures/hostile-payload'

/** Everything a hostile document would set off if it ever ran, navigated, fetched or framed something. */
export interface Tripped {
  /** Requests to anywhere but the app itself (the made-up origin, or file: in Electron). */
  foreignRequests: string[]
  dialogs: string[]
  popups: string[]
  /** Frames beyond the app's own main frame. */
  frames: string[]
  /** Content-Security-Policy violations seen in the page: something tried to load or run. */
  cspViolations: string[]
  pageErrors: string[]
  /** The value of window.__pwned, which every payload sets first. */
  pwned: unknown
}

function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('file:')
}

/**
 * Arms the tripwires on the app's page before hostile files come near it.
 * Dialogs are recorded and dismissed so that a payload cannot block the page.
 */
export async function armTripwires(page: Page): Promise<() => Promise<Tripped>> {
  const tripped: Omit<Tripped, 'pwned' | 'cspViolations'> = { foreignRequests: [], dialogs: [], popups: [], frames: [], pageErrors: [] }
  page.context().on('request', (request) => {
    if (!isAppUrl(request.url())) tripped.foreignRequests.push(request.url().slice(0, 200))
  })
  page.on('dialog', (dialog) => {
    tripped.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('popup', (popup) => tripped.popups.push(popup.url()))
  page.on('frameattached', (frame) => tripped.frames.push(frame.url() || '(blank)'))
  page.on('pageerror', (error) => tripped.pageErrors.push(error.message))
  await page.evaluate(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  return async () => {
    const inPage = await page.evaluate(
      (name) => ({
        pwned: (window as unknown as Record<string, unknown>)[name],
        cspViolations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
      }),
      PWNED_GLOBAL,
    )
    return { ...tripped, ...inPage }
  }
}
