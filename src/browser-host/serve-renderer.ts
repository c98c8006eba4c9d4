import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { APP_ORIGIN } from './chromium'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * Serves the built renderer on the made-up app origin and refuses every
 * other request, as the Electron app does: the workbench never goes online.
 */
export async function serveRenderer(context: BrowserContext, rendererDir: string): Promise<void> {
  const root = normalize(rendererDir)
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient')
    const file = normalize(join(root, decodeURIComponent(url.pathname)))
    if (!file.startsWith(root + sep)) return route.fulfill({ status: 403 })
    try {
      const body = await readFile(file)
      return route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
    } catch {
      return route.fulfill({ status: 404, body: 'not found' })
    }
  })
}
