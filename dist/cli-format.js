// Number formatting shared by the renderers: stable across machines and locales.
function formatNumber(value, digits = 6) {
    if (value === null || value === undefined)
        return '—';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '-∞';
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    if (abs >= 1e-4 && abs < 1e15)
        return trimZeros(value.toPrecision(digits));
    return value.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
}
function formatInt(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${bytes} B` : `${trimZeros(v.toFixed(1))} ${units[i]}`;
}
function formatSigned(value) {
    const s = formatNumber(value);
    return value > 0 ? `+${s}` : s;
}
function trimZeros(s) {
    return s.includes('.') && !s.includes('e') ? s.replace(/\.?0+$/, '') : s;
}
/** "1 row", "2 rows": the count, formatted, with the noun in the right number. */
function plural(count, one, many = `${one}s`) {
    return `${formatInt(count)} ${count === 1 ? one : many}`;
}

export { formatBytes, formatInt, formatNumber, formatSigned, plural };
