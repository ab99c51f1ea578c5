import { a as runCommand } from './cli-command.js';

/** Run the configured pipeline once on the data in `dataDir`, writing into `outDir`. */
async function runPipeline(config, dataDir, outDir, options = {}) {
    switch (config.pipeline.engine) {
        case 'builtin': {
            // Loaded only by audits that use it: a command pipeline's audit does not compile the engine.
            const { runBuiltin } = await import('./cli-engine.js');
            return runBuiltin(config, dataDir, outDir);
        }
        case 'command':
            return runCommand(config, dataDir, outDir, options);
    }
}

export { runPipeline as r };
