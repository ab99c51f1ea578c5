const AGGREGATE_SCHEMA_VERSION = 1;
const CHECK_KEYS = [
    'snapshot',
    'runs',
    'determinism',
    'comparison',
    'dependencies',
    'environment'
];

export { AGGREGATE_SCHEMA_VERSION as A, CHECK_KEYS as C };
