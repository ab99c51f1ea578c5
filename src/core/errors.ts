import path from 'node:path'
import { oneLine } from './text.js'

/**
 * Input the audit cannot work with (bad usage, config or data). The edges turn it into exit
 * status 2 and a one-line reason that names the file and, where known, the line and column.
 */
export class InputError extends Error {
  readonly file?: string
  readonly line?: number
  readonly column?: number
  /** Every mistake found, when there are several (a config with two typos); this one is the first. */
  readonly all?: InputError[]

  constructor(
    message: string,
    where: { file?: string; line?: number; column?: number } = {},
    all?: InputError[]
  ) {
    // Messages quote data (ids, column names, parser errors about file content): one line, always.
    super(oneLine(message))
    this.name = 'InputError'
    this.file = where.file
    this.line = where.line
    this.column = where.column
    if (all && all.length > 1) this.all = all
  }

  /** One error standing for several: its message is the first one's, `all` holds each. */
  static several(errors: InputError[]): InputError {
    const [first] = errors
    return new InputError(first.message, { file: first.file, line: first.line, column: first.column }, errors)
  }

  /** `file:line:column: message`, with the file shown relative to the working folder. */
  format(): string {
    if (!this.file) return this.message
    let where = oneLine(displayPath(this.file))
    if (this.line !== undefined) where += `:${this.line}`
    if (this.line !== undefined && this.column !== undefined) where += `:${this.column}`
    return `${where}: ${this.message}`
  }
}

export function displayPath(file: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file
  const rel = path.relative(process.cwd(), file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file
}

/** The one-line message of anything thrown, control characters escaped (see core/text.ts). */
export function errorMessage(error: unknown): string {
  if (error instanceof InputError) return error.format()
  if (error instanceof Error) return oneLine(error.message)
  return oneLine(String(error))
}
