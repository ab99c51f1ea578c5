// The dependency-file formats. Adding one is a new module beside this file and one line here; the
// audit, `deps --json`, `init` and the "which format is this" message all read this list.
import path from 'node:path'
import { InputError } from '../../core/errors.js'
import { condaEnvironment } from './conda-environment.js'
import { condaLock } from './conda-lock.js'
import { constraints } from './constraints.js'
import { dockerfile } from './dockerfile.js'
import type { DependencyFormat } from './format.js'
import { packageJson } from './package-json.js'
import { packageLock } from './package-lock.js'
import { pipfile } from './pipfile.js'
import { pipfileLock } from './pipfile-lock.js'
import { poetryLock } from './poetry-lock.js'
import { pyproject } from './pyproject.js'
import { requirements } from './requirements.js'
import { uvLock } from './uv-lock.js'

/** In matching order: the first whose `matches` accepts a file name is its format. */
export const FORMATS = [
  packageLock,
  packageJson,
  pyproject,
  poetryLock,
  uvLock,
  pipfileLock,
  pipfile,
  condaLock,
  condaEnvironment,
  dockerfile,
  constraints,
  requirements
] as const

export type FormatName = (typeof FORMATS)[number]['name']
export type { DependencyFormat } from './format.js'

const BY_NAME = new Map<string, DependencyFormat>(FORMATS.map(f => [f.name, f]))

export function formatNamed(name: FormatName): DependencyFormat<FormatName> {
  return BY_NAME.get(name) as DependencyFormat<FormatName>
}

/** The format of a dependency file, from its name (`x.poetry.lock` counts as a poetry.lock). */
export function formatOfFile(file: string): DependencyFormat<FormatName> {
  const base = path.basename(file).toLowerCase()
  const found = FORMATS.find(f => f.matches(base))
  if (found) return found
  const structured = FORMATS.map(f => f.example).filter(e => /\.(json|toml|lock)$/.test(e))
  throw new InputError(
    `cannot tell which dependency format this is; name it ${structured.slice(0, -1).join(', ')} or ${structured.at(-1)}`,
    { file }
  )
}

/** Whether `repro-audit init` should propose this file (by base name) as a dependency file. */
export function isDiscoverable(base: string): boolean {
  return FORMATS.some(f => f.discover?.test(base.toLowerCase()))
}
