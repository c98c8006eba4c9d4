import { existsSync } from 'node:fs'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/**
 * Starts a worker thread from one of core's worker entries; inputs go by
 * postMessage. Built, the entry is a file of out/main/ (this module may sit
 * in out/main/chunks/); run from source (unit and e2e tests), a small
 * bootstrap registers the TypeScript loader first, then loads `sourceEntry`.
 */
export function spawnWorker(name: string, sourceEntry: URL, resourceLimits?: ResourceLimits): Worker {
  const options = resourceLimits ? { resourceLimits } : {}
  if (!import.meta.url.endsWith('.ts')) {
    for (const candidate of [`./${name}.js`, `../${name}.js`]) {
      const url = new URL(candidate, import.meta.url)
      if (existsSync(url)) return new Worker(url, options)
    }
  }
  return new Worker(new URL('./dev-boot.mjs', import.meta.url), { ...options, workerData: { entry: sourceEntry.href } })
}
