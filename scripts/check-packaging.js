// Validates electron-builder.yml without building (the build itself needs
// downloads): electron-builder's own loader and schema check, then the files
// the configuration names must exist.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import builderUtil from 'builder-util'
// Not part of electron-builder's public API: the loader and validator its CLI uses before every build.
import configModule from 'app-builder-lib/out/util/config/config.js'

const { getConfig, validateConfiguration } = configModule
const { DebugLogger } = builderUtil

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const config = await getConfig(root, join(root, 'electron-builder.yml'), null)
  await validateConfiguration(config, new DebugLogger(false))
  const problems = []
  if (!existsSync(join(root, config.icon))) problems.push(`icon ${config.icon} is missing`)
  for (const platform of ['linux', 'win', 'mac']) {
    if (!config[platform] || !config[platform].target) problems.push(`no ${platform} target`)
  }
  for (const set of config.extraResources ?? []) {
    if (!existsSync(join(root, set.from))) problems.push(`extraResources: ${set.from} is missing`)
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`packaging check failed: ${p}`)
    process.exit(1)
  }
  const targets = ['linux', 'win', 'mac'].map((p) => `${p}: ${[].concat(config[p].target).join(', ')}`).join('; ')
  console.log(`packaging config valid (electron-builder schema): ${targets}`)
}

await main().catch((err) => {
  console.error(`packaging check failed: ${err.message}`)
  process.exit(1)
})
