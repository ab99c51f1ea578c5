import { execFile } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { isInside } from '../core/files.js'
import type { AuditConfig, Perturbation } from '../config/types.js'
import type { SnapshotContext } from '../snapshot/describe.js'
import { prepareDataView, type DataView } from '../snapshot/view.js'
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
  ctx: SnapshotContext & { config: AuditConfig },
  settings: Record<string, string>,
  requested: readonly Perturbation[],
  dataDir: string
): Promise<PerturbationPlan> {
  const { config } = ctx
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-perturbed-'))
  const views: DataView[] = []
  const cleanup = async (): Promise<void> => {
    for (const v of views) await v.cleanup()
    await fs.rm(scratch, { recursive: true, force: true })
  }
  try {
    return await plan()
  } catch (error) {
    await cleanup()
    throw error
  }

  async function plan(): Promise<PerturbationPlan> {
    const runs: PlannedRun[] = []
    const notTried: string[] = []
    const base = { dataDir, env: settings }
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
          const view = await prepareDataView(ctx, { shuffleSeed: ROW_ORDER_SEED })
          views.push(view)
          runs.push({
            ...base,
            id,
            perturbation: name,
            varied: `snapshot rows shuffled (seed "${ROW_ORDER_SEED}")${view.unshuffled ? '; Parquet entries keep their order' : ''}`,
            dataDir: view.dir
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
          runs.push({
            ...base,
            id,
            perturbation: name,
            varied: `${THREAD_VARIABLES.join(', ')}=${count}`,
            env
          })
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
            // A data view (url or time-cut entries) already sits at a path of its own.
            dataDir: dataDir === config.dir ? copy : dataDir,
            workDir: copy
          })
          break
        }
      }
    }
    return { runs, notTried, cleanup }
  }
}

/** The config's folder without the report and baseline folders (and without .git). */
async function copyWorkFolder(config: AuditConfig, target: string): Promise<void> {
  const skip = [config.reportDir, config.baselineDir, path.join(config.dir, '.git')]
  await fs.cp(config.dir, target, {
    recursive: true,
    filter: source => !skip.some(s => isInside(s, source))
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
