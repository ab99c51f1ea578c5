// Small helpers shared by the parsers: structured-text parsing with line-numbered errors.
import { parse as parseToml, TomlError } from 'smol-toml'
import { InputError } from '../core/errors.js'
import type { DependencyPackage, Finding } from '../core/result.js'

/** What every parser returns; `problems` are findings without a file (the caller adds it). */
export interface Parsed {
  packages: DependencyPackage[]
  problems: Finding[]
  /** `-r` and `-c` lines (requirements files, and the pip list of a conda environment). */
  includes?: { kind: 'requirements' | 'constraints'; target: string; line: number }[]
}

export function readToml(text: string, file: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>
  } catch (error) {
    const e = error as TomlError
    const reason = (e.message ?? String(error)).split('\n')[0].replace(/^Invalid TOML document:\s*/, '')
    throw new InputError(`not valid TOML: ${reason}`, { file, line: e.line, column: e.column })
  }
}

export function readJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined
    throw new InputError(`not valid JSON: ${message}`, { file, line })
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

/**
 * Finds lines in a text in order: each search starts where the caller says, so a file's entries
 * are located in one pass instead of one scan per package.
 */
export class LineFinder {
  readonly lines: string[]

  constructor(text: string) {
    this.lines = text.split(/\r?\n/)
  }

  /** 1-based number of the first line at or after `from` (1-based) that contains `needle`. */
  find(needle: string, from = 1): number | undefined {
    for (let i = Math.max(0, from - 1); i < this.lines.length; i++)
      if (this.lines[i].includes(needle)) return i + 1
    return undefined
  }

  /** 1-based number of the first line at or after `from` that matches `pattern`. */
  match(pattern: RegExp, from = 1): number | undefined {
    for (let i = Math.max(0, from - 1); i < this.lines.length; i++)
      if (pattern.test(this.lines[i])) return i + 1
    return undefined
  }

  /** 1-based numbers of every line that matches `pattern`. */
  all(pattern: RegExp): number[] {
    const out: number[] = []
    for (let i = 0; i < this.lines.length; i++) if (pattern.test(this.lines[i])) out.push(i + 1)
    return out
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
