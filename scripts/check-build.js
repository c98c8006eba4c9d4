// Static guards on the build output: the preload must be CommonJS that
// requires nothing but electron (a sandboxed preload can load nothing else),
// and every main-side entry must at least parse.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const failures = []
const preload = readFileSync('out/preload/index.cjs', 'utf8')
const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
const foreign = required.filter((name) => name !== 'electron')
if (foreign.length > 0) failures.push(`preload requires ${foreign.join(', ')}: only "electron" can load in a sandbox`)
if (/^\s*(import|export)\s/m.test(preload)) failures.push('preload contains ESM import/export: it must be CommonJS')

const mainFiles = ['out/main', 'out/main/chunks'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f)),
)
for (const file of mainFiles) {
  try {
    execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' })
  } catch (err) {
    failures.push(`${file} does not parse: ${String(err.stderr).trim()}`)
  }
  if (/\b__dirname\b/.test(readFileSync(file, 'utf8'))) failures.push(`${file} uses __dirname, which ESM lacks`)
}

for (const worker of ['import-worker', 'search-worker']) {
  if (!existsSync(`out/main/${worker}.js`)) failures.push(`out/main/${worker}.js is missing: core starts it as a worker thread`)
}

const html = readFileSync('out/renderer/index.html', 'utf8')
const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1] ?? ''
if (!csp) failures.push('the renderer has no Content-Security-Policy')
if (/unsafe-eval|unsafe-inline/.test(csp)) failures.push(`the CSP allows unsafe code: ${csp}`)
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) failures.push('the renderer has an inline script')

if (failures.length > 0) {
  for (const f of failures) console.error(`build check failed: ${f}`)
  process.exit(1)
}
console.log(`build checks passed: preload CommonJS (requires: ${[...new Set(required)].join(', ')}), ${mainFiles.length} main files parse, CSP strict`)
