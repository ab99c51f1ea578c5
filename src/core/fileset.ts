// Side files that become current together with their manifest. They are written into a private
// staging folder, which is renamed to a name made from its content; then the manifest that names
// that folder replaces the old one in one rename. Before the switch the old manifest still names
// the old folder; after it the new manifest names a complete new one. What an interrupted run
// leaves (staging folders, temporary files, folders no manifest names) is recognisable by name
// and removed by the next writer.
//
// Two writers at once (two terminals, an editor's hook beside a `lock`): between sealing its set
// and renaming its manifest, a writer's set is named by no manifest, and the other writer's
// cleanup would remove it, leaving a manifest that names a missing folder. So a writer keeps a
// marker `.writer.tmp-<pid>-<time>` in the folder from before it stages until its manifest is
// current, and a cleanup that finds another live writer's marker removes no set. The cleanup lists
// the folder, then looks for markers, then reads the manifest: a set it listed was sealed after its
// writer's marker was made, so either that marker is still there, or that writer's manifest is
// already current and the fresh read names the set. (Not covered: a third writer sealing the very
// same content while a cleanup removes that set; the manifest then names a folder the next `lock`
// or `baseline` writes again.)
import { createHash } from 'node:crypto'
import { promises as fs, readFileSync } from 'node:fs'
import path from 'node:path'
import { hashFile } from './files.js'

/** Our temporary names: `.tmp-<pid>-<time>` (staging folders) and `<file>.tmp-<pid>-<time>`. */
const TEMP = /\.tmp-(\d+)-(\d+)$/
/** A sealed set: 16 hex digits of the sha256 of its listing. */
export const SET_NAME = /^[0-9a-f]{16}$/
/** The marker of a writer at work (a temporary name too: a killed writer's marker is stale). */
const WRITER = '.writer'

/** A staging folder, and the marker that keeps other writers' cleanup off the sets until `endWrite`. */
export interface Staging {
  dir: string
  marker: string
}

/** A fresh, empty staging folder inside `parent`, and this writer's marker beside it. */
export async function stageFolder(parent: string): Promise<Staging> {
  await fs.mkdir(parent, { recursive: true })
  const tag = `.tmp-${process.pid}-${Date.now()}`
  const marker = path.join(parent, `${WRITER}${tag}`)
  await fs.writeFile(marker, '')
  const dir = path.join(parent, tag)
  await fs.mkdir(dir)
  return { dir, marker }
}

/** The write is over (its manifest is current, or it failed): drop the marker. */
export async function endWrite(staging: Staging | undefined): Promise<void> {
  if (staging) await fs.rm(staging.marker, { force: true })
}

/** Every regular file under `dir`, as sorted forward-slash paths relative to it. */
async function filesUnder(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = []
  for (const d of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${d.name}` : d.name
    if (d.isDirectory()) out.push(...(await filesUnder(dir, name)))
    else if (d.isFile()) out.push(name)
  }
  return out.sort()
}

/**
 * Name the staging folder by its content and move it into place: identical content gets the
 * same name, so an unchanged set is left as it is. Returns the set's name.
 */
export async function sealFolder(staging: string): Promise<string> {
  let listing = ''
  for (const name of await filesUnder(staging))
    listing += `${name} ${(await hashFile(path.join(staging, name))).sha256}\n`
  const id = createHash('sha256').update(listing).digest('hex').slice(0, 16)
  const target = path.join(path.dirname(staging), id)
  const existing = await fs.lstat(target).catch(() => undefined)
  // Something that is not a folder under our name (a link, perhaps leading out) is replaced.
  if (existing && !existing.isDirectory()) await fs.rm(target)
  try {
    await fs.rename(staging, target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
    await fs.rm(staging, { recursive: true, force: true })
  }
  return id
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** No lock or baseline write takes this long: an older temporary name is stale whatever its pid. */
export const MAX_WRITE_MS = 24 * 60 * 60 * 1000
// /proc gives a process's start in whole seconds of boot time plus clock ticks: a writer's own
// names are never judged younger than itself within this margin.
const START_SLACK_MS = 2000

/** When process `pid` started (ms since the epoch), where /proc tells (Linux); else undefined. */
function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may hold spaces): state is field 3, starttime field 22.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19])
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1])
    // USER_HZ, the unit of starttime, is 100 on every Linux architecture.
    return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1000 + ticks * 10 : undefined
  } catch {
    return undefined
  }
}

/**
 * A temporary file or folder of ours whose writer is gone: its process has exited; or its pid now
 * belongs to a process started after the name was made (the pid was reused, which would otherwise
 * keep the name for as long as that process lives); or the name is older than MAX_WRITE_MS.
 */
export function staleTemp(name: string, now = Date.now()): boolean {
  const m = TEMP.exec(name)
  if (m === null) return false
  const pid = Number(m[1])
  const made = Number(m[2])
  if (!alive(pid) || now - made > MAX_WRITE_MS) return true
  const started = processStart(pid)
  return started !== undefined && started > made + START_SLACK_MS
}

/** What the current manifest keeps: its sets (or all, when it cannot be read), and stray files of older layouts. */
export interface Current {
  keep: ReadonlySet<string> | 'all'
  stray?: (rel: string) => boolean
}

/** Whether another live writer's marker is in `parent`. */
async function otherWriterAtWork(parent: string): Promise<boolean> {
  const names = await fs.readdir(parent).catch(() => [] as string[])
  return names.some(n => n.startsWith(`${WRITER}.tmp-`) && !staleTemp(n))
}

/**
 * Remove what is ours and no longer current under `parent`: stale temporary files, staging folders
 * and markers; and, unless another writer is at work, sealed sets other than those `current()`
 * keeps and files its `stray` recognises; then empty folders. `current` reads the manifest, and is
 * called after the listing and the look for markers (see the top of this file). Links are never
 * followed.
 */
export async function removeStale(parent: string, current: () => Promise<Current>): Promise<void> {
  let top
  try {
    top = await fs.readdir(parent, { withFileTypes: true })
  } catch {
    return
  }
  const { keep, stray = () => false }: Current = (await otherWriterAtWork(parent))
    ? { keep: 'all' }
    : await current()
  const walk = async (rel: string): Promise<boolean> => {
    let entries
    try {
      entries = rel ? await fs.readdir(path.join(parent, rel), { withFileTypes: true }) : top
    } catch {
      return false
    }
    let left = entries.length
    for (const d of entries) {
      const name = rel ? `${rel}/${d.name}` : d.name
      const abs = path.join(parent, name)
      const sealed = !rel && d.isDirectory() && SET_NAME.test(d.name)
      if (
        (sealed && keep !== 'all' && !keep.has(d.name)) ||
        staleTemp(d.name) ||
        (d.isFile() && keep !== 'all' && stray(name))
      ) {
        await fs.rm(abs, { recursive: true, force: true })
        left--
      } else if (keep !== 'all' && d.isDirectory() && !sealed && !TEMP.test(d.name) && (await walk(name))) {
        await fs.rmdir(abs).catch(() => {})
        left--
      }
    }
    return rel !== '' && left === 0
  }
  await walk('')
}

/** Remove stale `<name>.tmp-<pid>-<time>` files beside `file` (left by an interrupted atomic write). */
export async function removeStaleBeside(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.tmp-`
  let names: string[]
  try {
    names = await fs.readdir(path.dirname(file))
  } catch {
    return
  }
  for (const name of names)
    if (name.startsWith(prefix) && staleTemp(name))
      await fs.rm(path.join(path.dirname(file), name), { force: true })
}
