import { existsSync } from 'node:fs'
import { definePerturbation } from './perturbation.js'

/**
 * A zone whose calendar date differs from UTC's at the hour the audit runs, so code that takes
 * "today" or a date in local time changes: UTC−12 is a day behind from 00:00 to 12:00 UTC, UTC+14
 * a day ahead from 10:00 to 24:00. Switching at 11:00 leaves an hour of margin either way for the
 * run to start late or last long.
 */
export function zoneFor(now: Date): { tz: string; offset: string; dateIs: string } {
  const behind = now.getUTCHours() < 11
  const name = behind ? 'Etc/GMT+12' : 'Etc/GMT-14' // POSIX signs: GMT+12 is UTC−12
  const posix = behind ? '<-12>12' : '<+14>-14'
  const tz = existsSync(`/usr/share/zoneinfo/${name}`) ? name : posix
  return { tz, offset: behind ? 'UTC−12' : 'UTC+14', dateIs: behind ? 'a day behind' : 'a day ahead' }
}

export const timezone = definePerturbation({
  name: 'timezone',
  what: 'time zone',
  cause: 'changes with the time zone (TZ): the code reads local time or converts dates in it',
  reachesBuiltin: false,
  plan: async ({ now }) => {
    const zone = zoneFor(now)
    const hour = `${String(now.getUTCHours()).padStart(2, '0')}:00`
    return {
      change: {
        varied: `TZ=${zone.tz} (${zone.offset}: at ${hour} UTC its calendar date is ${zone.dateIs})`,
        env: { TZ: zone.tz }
      }
    }
  }
})
