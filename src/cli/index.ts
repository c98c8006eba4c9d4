import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createSourceInput } from '../shared/api'
import { AppError } from '../shared/errors'
import { workspaceInfo } from '../main/core/api-handlers'
import { checkWorkspace } from '../main/core/check-workspace'
import { listDrafts } from '../main/core/drafts'
import { writeFileDurable } from '../main/core/durable-write'
import { exportDraft } from '../main/core/export/export-draft'
import { nodeFs } from '../main/core/fs-ops'
import { initWorkspace } from '../main/core/init-workspace'
import { findResourcesDir } from '../main/core/resources'
import { createSourceFromText, listSources } from '../main/core/sources'
import { chooseWorkspace } from '../main/core/workspace-location'
import { WorkspaceStore } from '../main/core/workspace-store'
import { becomeWriter } from '../main/core/writer'
import { backupCommand } from './backup-command'
import { importCommand } from './import-command'
import { formatDraftTable, formatSourceTable, printJson } from './output'
import { searchCommand } from './search-command'
import { UsageError } from './usage-error'

const USAGE = `Usage: clausewright <command> [options]

Commands:
  init [--sample] [--name NAME]      create a workspace (with --sample: the sample content)
  list sources|drafts [--json]       list the sources or the drafts of the workspace
  add-text --title T --file F        add a source from a UTF-8 text file ("-" reads stdin)
           [--kind K] [--author A]... [--date YYYY[-MM[-DD]]] [--publisher P] [--url U]
  import <paths...> [--json]         import files and folders (recursively); exit 1 if any failed
  search <query> [--limit N] [--json] full-text search over sources and clippings
  export <draft-id> [--format md|json|csv] [--out FILE] [--date YYYY-MM-DD]
                                     export a clause pack (Markdown with footnotes and annex, JSON, or the evidence table as CSV)
  check [--json]                     validate every file of the workspace; exit 1 on problems
  backup list [--json]               list the workspace's backups, newest first, with why each is kept
  backup create [--json]             take a backup now (verified, then older ones rotated out)
  backup restore <id> [--json]       back up the current state, then restore backup <id>

Commands that write (add-text, import, backup create, backup restore) are refused while the app has the workspace open.

Every command takes --workspace DIR (else CLAUSEWRIGHT_WORKSPACE, else the default workspace).`

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      json: { type: 'boolean', default: false },
      sample: { type: 'boolean', default: false },
      name: { type: 'string' },
      title: { type: 'string' },
      file: { type: 'string' },
      kind: { type: 'string' },
      author: { type: 'string', multiple: true },
      date: { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      limit: { type: 'string', default: '20' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, ...rest] = positionals
  if (values.help || !command) {
    console.log(USAGE)
    return command || values.help ? 0 : 2
  }
  const { dir } = chooseWorkspace(values.workspace ? ['--workspace', values.workspace] : [])

  switch (command) {
    case 'init': {
      const store = await initWorkspace(dir, {
        resourcesDir: findResourcesDir(import.meta.dirname),
        sample: values.sample,
        ...(values.name ? { name: values.name } : {}),
      })
      if (values.json) printJson(workspaceInfo(store))
      else console.log(`Created workspace "${store.meta.name}" at ${dir}${values.sample ? ' with the sample content' : ''}.`)
      return 0
    }
    case 'list': {
      if (rest[0] !== 'sources' && rest[0] !== 'drafts') throw new UsageError(`Unknown list "${rest[0] ?? ''}": try "list sources" or "list drafts".`)
      const store = await WorkspaceStore.open(dir, { readOnly: true })
      if (rest[0] === 'drafts') {
        const drafts = listDrafts(store)
        if (values.json) printJson(drafts)
        else console.log(formatDraftTable(drafts))
      } else {
        const rows = listSources(store)
        if (values.json) printJson(rows)
        else console.log(formatSourceTable(rows))
      }
      for (const p of store.problems) console.error(`warning: ${p.file}: ${p.reason}`)
      return 0
    }
    case 'add-text': {
      if (!values.title || !values.file) throw new UsageError('add-text needs --title and --file.')
      const text = readFileSync(values.file === '-' ? 0 : values.file, 'utf8')
      const input = createSourceInput.safeParse({
        title: values.title,
        text,
        ...(values.kind ? { kind: values.kind } : {}),
        authors: values.author ?? [],
        ...(values.date ? { date: values.date } : {}),
        ...(values.publisher ? { publisher: values.publisher } : {}),
        ...(values.url ? { url: values.url } : {}),
      })
      if (!input.success) {
        const issue = input.error.issues[0]
        throw new UsageError(`--${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`)
      }
      const { store, lock } = await becomeWriter(await WorkspaceStore.open(dir))
      const source = await createSourceFromText(store, input.data).finally(() => lock.release())
      if (values.json) printJson(source)
      else console.log(`Added "${source.title}" (${source.id}).`)
      return 0
    }
    case 'import': {
      if (rest.length === 0) throw new UsageError('import needs at least one file or folder.')
      const { store, lock } = await becomeWriter(await WorkspaceStore.open(dir))
      return importCommand(store, rest, values.json).finally(() => lock.release())
    }
    case 'search': {
      const query = rest.join(' ').trim()
      const limit = Number(values.limit)
      if (!query) throw new UsageError('search needs a query.')
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit must be a whole number from 1 to 200.')
      return searchCommand(await WorkspaceStore.open(dir, { readOnly: true }), query, limit, values.json)
    }
    case 'export': {
      const [draftId] = rest
      if (!draftId) throw new UsageError('export needs a draft id (see "list drafts").')
      const format = ({ md: 'markdown', json: 'json', csv: 'csv' } as const)[values.format as 'md' | 'json' | 'csv']
      if (!format) throw new UsageError('--format must be md, json or csv.')
      if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError('--date must be YYYY-MM-DD.')
      const store = await WorkspaceStore.open(dir, { readOnly: true })
      const { content: body } = await exportDraft(store, draftId, format, values.date ? { date: values.date } : {})
      if (values.out) {
        await writeFileDurable(nodeFs, resolve(values.out), body)
        console.error(`Wrote ${values.out}.`)
      } else process.stdout.write(body)
      return 0
    }
    case 'check': {
      const report = await checkWorkspace(dir)
      if (values.json) printJson(report)
      else if (report.findings.length === 0) console.log(`${dir}: ${report.filesChecked} files checked, no problems.`)
      else {
        console.log(`${dir}: ${report.filesChecked} files checked, ${report.findings.length} problem(s):`)
        for (const f of report.findings) console.log(`  ${f.file}: ${f.problem}`)
      }
      return report.findings.length === 0 ? 0 : 1
    }
    case 'backup':
      return backupCommand(dir, rest, values.json)
    default:
      throw new UsageError(`Unknown command "${command}".`)
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    if (err instanceof UsageError || (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`clausewright: ${err.message}\n\n${USAGE}`)
      process.exitCode = 2
    } else if (err instanceof AppError) {
      console.error(`clausewright: ${err.message}${err.hint ? `\n${err.hint}` : ''}`)
      process.exitCode = 1
    } else {
      console.error('clausewright: unexpected failure:', err)
      process.exitCode = 1
    }
  },
)
