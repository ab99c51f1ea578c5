import { createHash } from 'node:crypto'
import { promises as fs, readFileSync } from 'node:fs'
import path from 'node:path'

/** Edit the lines of a CSV file in place: `edit` gets the data rows (header excluded). */
export async function editCsv(file: string, edit: (rows: string[][]) => string[][]): Promise<void> {
  const [header, ...lines] = (await fs.readFile(file, 'utf8')).trimEnd().split('\n')
  const rows = edit(lines.map(l => l.split(',')))
  await fs.writeFile(file, [header, ...rows.map(r => r.join(','))].join('\n') + '\n')
}

// The baseline files are edited freely in tests, whatever their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>

/**
 * Change a copied baseline the way a drifted run would look against it, then fix the manifest's
 * hashes so the baseline is still a valid one (only its content differs from the retrain).
 */
export async function alterBaseline(
  dir: string,
  change: {
    manifest?: (m: Doc) => void
    fitted?: (f: Doc) => void
    predictions?: (rows: string[][]) => string[][]
  }
): Promise<void> {
  const manifestFile = path.join(dir, 'baseline', 'baseline.json')
  const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'))
  const base = path.join(dir, 'baseline', manifest.files ?? '')
  if (change.predictions) await editCsv(path.join(base, 'predictions.csv'), change.predictions)
  if (change.fitted) {
    const file = path.join(base, 'fitted-pipeline.json')
    const fitted = JSON.parse(await fs.readFile(file, 'utf8'))
    change.fitted(fitted)
    await fs.writeFile(file, JSON.stringify(fitted, null, 2) + '\n')
  }
  change.manifest?.(manifest)
  const hash = async (name: string): Promise<string> =>
    createHash('sha256')
      .update(await fs.readFile(path.join(base, name)))
      .digest('hex')
  manifest.predictions.sha256 = await hash(manifest.predictions.file)
  for (const a of manifest.artifacts) a.sha256 = await hash(a.path)
  await fs.writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n')
}

/** A file of the baseline in `baselineDir`, in the sealed folder its manifest names. */
export function baselineFile(baselineDir: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(baselineDir, 'baseline.json'), 'utf8')) as {
    files?: string
  }
  return path.join(baselineDir, manifest.files ?? '', name)
}

/** The (id, row hash) sidecar that the lock in `dir` names for data file `key`. */
export function sidecarFile(dir: string, key: string, lock = 'repro.lock'): string {
  const text = readFileSync(path.join(dir, lock), 'utf8')
  const at = text.indexOf(`path: ${key}\n`)
  const m = /row_hashes: (\S+)/.exec(text.slice(at))
  if (at < 0 || !m) throw new Error(`the lock in ${dir} names no sidecar for ${key}`)
  return path.join(dir, m[1])
}
