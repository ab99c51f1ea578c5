// The action's entry point: everything happens in run(). Pending HTTP retries or rate-limit timers
// could keep Node alive after the result is written, so the process ends here explicitly.
import { run } from './main.js'

await run()
process.exit()
