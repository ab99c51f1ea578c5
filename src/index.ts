// The action's entry point: everything happens in run(). Pending HTTP retries or rate-limit timers
// could keep Node alive after the result is written, so the process ends here explicitly. No
// top-level await: the bundle inlines the engine's dynamic imports after this module's code, and
// they must have run before run() reaches them.
import { run } from './main.js'

void run().then(() => process.exit())
