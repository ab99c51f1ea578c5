import { promises as fs } from 'node:fs'
import path from 'node:path'
import { displayPath, InputError } from '../core/errors.js'
import { worst } from '../core/status.js'
import type { DependenciesSection, DependencyFile, Finding } from '../report/model.js'
import { parseRequirements } from './requirements.js'

/** Parse each dependency file and flag every declaration that is not one exact version. */
export async function auditDependencies(files: string[]): Promise<DependenciesSection> {
  const parsed: DependencyFile[] = []
  const findings: Finding[] = []
  for (const file of files) {
    let text: string
    try {
      text = await fs.readFile(file, 'utf8')
    } catch {
      throw new InputError('dependency file not found', { file })
    }
    const format = formatOf(file)
    const packages = format === 'package.json' ? parsePackageJson(text, file) : parseRequirements(text)
    parsed.push({ path: displayPath(file), format, packages })
    for (const p of packages) {
      if (!p.pinned) {
        findings.push({
          status: 'warn',
          code: 'deps.unpinned',
          message: `${p.name} is declared as "${p.specifier || '(any version)'}", not one exact version.`,
          file: displayPath(file),
          line: p.line
        })
      }
    }
  }
  const status = files.length === 0 ? 'skipped' : worst(...findings.map(f => f.status))
  return { status, findings, files: parsed }
}

function formatOf(file: string): string {
  const base = path.basename(file)
  if (base === 'package.json') return 'package.json'
  return 'requirements'
}

function parsePackageJson(text: string, file: string) {
  let json: Record<string, Record<string, string> | undefined>
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`, { file })
  }
  const lines = text.split('\n')
  const out = []
  for (const group of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    for (const [name, specifier] of Object.entries(json[group] ?? {})) {
      const exact = /^=?v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/.exec(specifier)
      const line = lines.findIndex(l => l.includes(JSON.stringify(name) + ':')) + 1
      out.push({ name, specifier, version: exact?.[1], pinned: Boolean(exact), line: line || undefined })
    }
  }
  return out
}
