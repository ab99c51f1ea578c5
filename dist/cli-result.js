const SCHEMA_VERSION = 1;
/** The sections in the order of the overview; the compiler checks that every section is listed once. */
const SECTION_KEYS = [
    'snapshot',
    'runs',
    'determinism',
    'comparison',
    'dependencies',
    'environment'
];
function skippedSection(extra) {
    return { status: 'skipped', findings: [], ...extra };
}
/** Every finding of a result, section by section in the overview's order. */
function allFindings(result) {
    return SECTION_KEYS.flatMap(key => result[key].findings);
}

export { SECTION_KEYS as S, allFindings as a, SCHEMA_VERSION as b, skippedSection as s };
