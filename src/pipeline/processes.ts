// What a command leaves running after it exits or times out. A command runs in a process group of
// its own, but a child can leave it (`setsid`, a daemon's double fork) and be reparented away from
// the command's tree. Every process the command starts inherits its environment, so on Linux the
// leftovers are found through /proc: members of the command's process group, processes whose
// environment carries the run's marker variable, and the descendants of both. Elsewhere only the
// process group is reachable.
import { promises as fs } from 'node:fs'

interface ProcessInfo {
  pid: number
  ppid: number
  pgid: number
  state: string
}

/** pid, parent, group and state from /proc/PID/stat (the command name may hold spaces and parentheses). */
async function readStat(pid: number): Promise<ProcessInfo | undefined> {
  const text = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)
  if (!text) return undefined
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return { pid, state: fields[0], ppid: Number(fields[1]), pgid: Number(fields[2]) }
}

async function allProcesses(): Promise<ProcessInfo[]> {
  const names = await fs.readdir('/proc').catch(() => [] as string[])
  const stats = await Promise.all(names.filter(n => /^\d+$/.test(n)).map(n => readStat(Number(n))))
  return stats.filter((s): s is ProcessInfo => s !== undefined && s.state !== 'Z')
}

async function hasMarker(pid: number, marker: Buffer): Promise<boolean> {
  const environ = await fs.readFile(`/proc/${pid}/environ`).catch(() => undefined)
  if (!environ) return false
  for (let at = environ.indexOf(marker); at >= 0; at = environ.indexOf(marker, at + 1))
    if (at === 0 || environ[at - 1] === 0) return true
  return false
}

/**
 * Processes still alive from the command whose group is `pgid` and whose environment holds the
 * `marker` entry (`NAME=value`), this process excluded.
 */
export async function findLeftovers(pgid: number, marker: string): Promise<number[]> {
  const all = (await allProcesses()).filter(p => p.pid !== process.pid)
  const markerBytes = Buffer.from(`${marker}\0`)
  const found = new Set<number>()
  for (const p of all) if (p.pgid === pgid || (await hasMarker(p.pid, markerBytes))) found.add(p.pid)
  // Descendants of what was found, however they cleared their environment.
  let grew = true
  while (grew) {
    grew = false
    for (const p of all)
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.add(p.pid)
        grew = true
      }
  }
  return [...found].sort((a, b) => a - b)
}

export async function isAlive(pid: number): Promise<boolean> {
  const stat = await readStat(pid)
  if (stat) return stat.state !== 'Z'
  if (process.platform === 'linux') return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig)
  } catch {
    // Already gone.
  }
}

export function signalGroup(pgid: number | undefined, sig: NodeJS.Signals): void {
  if (pgid !== undefined) signal(-pgid, sig)
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Stop the command's process group and every leftover found: SIGTERM, then SIGKILL to whatever is
 * still alive `graceMs` later. Returns the pids of the leftovers that had to be stopped.
 */
export async function stopAll(pgid: number, marker: string, graceMs: number): Promise<number[]> {
  const leftovers = await findLeftovers(pgid, marker)
  signalGroup(pgid, 'SIGTERM')
  for (const pid of leftovers) signal(pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  if (process.platform !== 'linux') await sleep(graceMs) // the group's members cannot be listed
  let alive = leftovers
  while (alive.length && Date.now() < deadline) {
    await sleep(50)
    alive = await filterAlive(alive)
  }
  signalGroup(pgid, 'SIGKILL')
  for (const pid of alive) signal(pid, 'SIGKILL')
  // Processes started between the search and the signals (a fork loop's children).
  for (const pid of await findLeftovers(pgid, marker)) signal(pid, 'SIGKILL')
  return leftovers
}

async function filterAlive(pids: number[]): Promise<number[]> {
  const alive = await Promise.all(pids.map(isAlive))
  return pids.filter((_, i) => alive[i])
}
