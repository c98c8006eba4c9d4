#!/usr/bin/env node
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  console.error('clausewright: the CLI is not built yet. Run "npm run build" first.')
  process.exit(1)
}
await import(cli)
