// One dependency-file format: how its files are recognised by name, how they are parsed, and what
// kind of file it is. The list of formats is ./index.ts; the audit never names a format itself.
import type { Ecosystem } from '../../core/result.js'
import type { Parsed } from '../text.js'

export interface DependencyFormat<Name extends string = string> {
  /** The name shown in reports and `deps --json` (`poetry.lock`, `requirements`, …). */
  name: Name
  /** The ecosystem of the packages it declares (a conda environment may also list pip packages). */
  ecosystem: Ecosystem
  /** A lockfile pins by construction: no "unpinned" findings, one name may appear several times. */
  isLock: boolean
  /** For a lockfile: the manifest formats whose open ranges it pins (in the same folder). */
  locks?: readonly string[]
  /** Whether a file is of this format, from its base name in lower case. */
  matches: (lowerBase: string) => boolean
  /** Files `repro-audit init` proposes when it finds them (base names); none for include-only formats. */
  discover?: RegExp
  /** The usual file name, for messages that list the formats. */
  example: string
  parse: (text: string, file: string) => Parsed
  /** Constraints files only narrow versions: a package they name need not be installed. */
  constrainsOnly?: boolean
  /** How to write "pin it to this version" in this format, when it differs from `name==version`. */
  pinText?: (pkg: { name: string; installed?: string; group?: string }) => string | undefined
}

/** `poetry.lock`, `x.poetry.lock` and `x-poetry.lock` all name a poetry.lock. */
export function endsWithName(lowerBase: string, name: string): boolean {
  const n = name.toLowerCase()
  return lowerBase === n || lowerBase.endsWith(`.${n}`) || lowerBase.endsWith(`-${n}`)
}
