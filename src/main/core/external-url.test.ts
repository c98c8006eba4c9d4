import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from './external-url'

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.coe.int/en/web/cybercrime',
    'http://example.org/report.pdf',
    'mailto:desk@example.org',
  ])('allows %s', (url) => expect(isSafeExternalUrl(url)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://host/share',
    'ms-msdt:/id',
    'https://user:pass@example.org/',
    'https://',
    'not a url',
    '',
    'mailto:',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false))
})
