import { execFile } from 'node:child_process'
import { createWriteStream, existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse'
import seedrandom from 'seedrandom'
import { InputError } from '../core/errors.js'
import { isInside } from '../core/files.js'
import type { AuditConfig, Perturbation } from '../config/types.js'
import { THREAD_VARIABLES } from './settings.js'

const execFileAsync = promisify(execFile)

/** Every perturbation, in the order they run and are reported. */
export const PERTURBATIONS: readonly Perturbation[] = [
  'row_order',
  'hash_seed',
  'timezone',
  'locale',
  'threads',
  'workdir'
]

/** Seed of the row shuffle: fixed, so a row-order failure reproduces on every machine. */
export const ROW_ORDER_SEED = 'repro-audit:row_order'

/** One run of the pipeline: where its data is, where it runs, and what it varies. */
export interface PlannedRun {
  id: string
  perturbation: Perturbation | 'none'
  /** What this run changes, in words, for example `PYTHONHASHSEED=1`. */
  varied: string
  dataDir: string
  workDir?: string
  env: Record<string, string>
}

export interface PerturbationPlan {
  runs: PlannedRun[]
  /** Perturbations left out, each with its reason. */
  notTried: string[]
  /** Remove the scratch copies. */
  cleanup(): Promise<void>
}

/**
 * Plan one run per requested perturbation, each varying exactly one thing against `settings`, and
 * prepare the copies they need. The built-in engine runs inside this process, so only the
 * perturbations that reach it (its data and its folder) apply to it.
 */
export async function planPerturbations(
  config: AuditConfig,
  settings: Record<string, string>,
  requested: readonly Perturbation[]
): Promise<PerturbationPlan> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-perturbed-'))
  const runs: PlannedRun[] = []
  const notTried: string[] = []
  const base = { dataDir: config.dir, env: settings }
  for (const name of PERTURBATIONS) {
    if (!requested.includes(name)) {
      notTried.push(`${name} (not in determinism.perturbations)`)
      continue
    }
    const id = `perturbed-${name.replace('_', '-')}`
    if (config.pipeline.engine === 'builtin' && name !== 'row_order' && name !== 'workdir') {
      notTried.push(`${name} (does not reach the built-in engine, which runs inside repro-audit)`)
      continue
    }
    switch (name) {
      case 'row_order': {
        const dataDir = path.join(scratch, 'row-order')
        await shuffledSnapshot(config, dataDir)
        runs.push({
          ...base,
          id,
          perturbation: name,
          varied: `snapshot rows shuffled (seed "${ROW_ORDER_SEED}")`,
          dataDir
        })
        break
      }
      case 'hash_seed':
        runs.push({
          ...base,
          id,
          perturbation: name,
          varied: 'PYTHONHASHSEED=1',
          env: { ...settings, PYTHONHASHSEED: '1' }
        })
        break
      case 'timezone': {
        // Kathmandu is UTC+5:45: a fractional offset shifts hours and days that whole-hour zones miss.
        const zone = existsSync('/usr/share/zoneinfo/Asia/Kathmandu') ? 'Asia/Kathmandu' : 'NPT-5:45'
        runs.push({ ...base, id, perturbation: name, varied: `TZ=${zone}`, env: { ...settings, TZ: zone } })
        break
      }
      case 'locale': {
        const locale = await otherLocale()
        if (!locale) {
          notTried.push('locale (no locale other than C or POSIX is installed on this machine)')
          break
        }
        runs.push({
          ...base,
          id,
          perturbation: name,
          varied: `LC_ALL=${locale}`,
          env: { ...settings, LC_ALL: locale, LANG: locale }
        })
        break
      }
      case 'threads': {
        const count = String(Math.max(2, os.availableParallelism()))
        const env = { ...settings }
        for (const v of THREAD_VARIABLES) env[v] = count
        runs.push({ ...base, id, perturbation: name, varied: `${THREAD_VARIABLES.join(', ')}=${count}`, env })
        break
      }
      case 'workdir': {
        // Another path, of another length, to the same files.
        const copy = path.join(scratch, 'elsewhere', 'work-folder', path.basename(config.dir))
        await copyWorkFolder(config, copy)
        runs.push({
          ...base,
          id,
          perturbation: name,
          varied: 'run from a copy of the folder at another path',
          dataDir: copy,
          workDir: copy
        })
        break
      }
    }
  }
  return { runs, notTried, cleanup: () => fs.rm(scratch, { recursive: true, force: true }) }
}

/** The config's folder without the report and baseline folders (and without .git). */
async function copyWorkFolder(config: AuditConfig, target: string): Promise<void> {
  const skip = [config.reportDir, config.baselineDir, path.join(config.dir, '.git')]
  await fs.cp(config.dir, target, {
    recursive: true,
    filter: source => !skip.some(s => isInside(s, source))
  })
}

/**
 * Write every snapshot entry into `dataDir` at its configured path, with its data rows in an order
 * drawn from a seeded generator. Rows are moved as raw text, so values stay byte for byte.
 */
export async function shuffledSnapshot(config: AuditConfig, dataDir: string): Promise<void> {
  for (const entry of config.snapshot.entries) {
    const target = path.join(dataDir, entry.path)
    await fs.mkdir(path.dirname(target), { recursive: true })
    if (!/\.csv$/i.test(entry.path)) {
      await fs.copyFile(entry.absPath, target)
      continue
    }
    const records = await rawRecords(entry.absPath)
    const [header, ...rows] = records
    const random = seedrandom(`${ROW_ORDER_SEED}:${entry.path}`)
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[rows[i], rows[j]] = [rows[j], rows[i]]
    }
    await writeLines(target, header === undefined ? [] : [header, ...rows])
  }
}

async function rawRecords(file: string): Promise<string[]> {
  const parser = (await fs.readFile(file)).toString('utf8')
  const out: string[] = []
  try {
    for await (const r of parse(parser, {
      bom: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true
    }) as AsyncIterable<{ raw: string }>) {
      out.push(r.raw.replace(/\r?\n$/, ''))
    }
  } catch (error) {
    throw new InputError(`malformed CSV: ${(error as Error).message}`, { file })
  }
  return out
}

function writeLines(file: string, lines: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(file)
    stream.on('error', reject)
    for (const line of lines) stream.write(line + '\n')
    stream.end(resolve)
  })
}

/** An installed locale other than C/POSIX, preferring ones that write decimals with a comma. */
async function otherLocale(): Promise<string | undefined> {
  let names: string[]
  try {
    names = (await execFileAsync('locale', ['-a'])).stdout
      .split('\n')
      .map(s => s.trim())
      .filter(Boolean)
  } catch {
    return undefined
  }
  const usable = names.filter(n => !/^(C|POSIX)(\.|$)/i.test(n))
  const comma = ['de_DE', 'fr_FR', 'nl_NL', 'es_ES', 'it_IT', 'pt_BR', 'ru_RU', 'tr_TR']
  for (const prefix of comma) {
    const hit = usable.find(n => n.startsWith(prefix) && /utf-?8/i.test(n))
    if (hit) return hit
  }
  return usable.find(n => /utf-?8/i.test(n)) ?? usable[0]
}
