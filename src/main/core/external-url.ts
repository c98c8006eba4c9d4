const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * Whether a link may be handed to the operating system: only well-formed
 * http, https and mailto URLs, never file:, javascript:, custom schemes, or
 * URLs that smuggle credentials.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false
  if (url.protocol === 'mailto:') return url.pathname.length > 0
  return url.hostname.length > 0 && url.username === '' && url.password === ''
}
