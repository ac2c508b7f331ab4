/**
 * Export: SVG serialisation, PNG rendering, CSV and download. Takes elements and rows;
 * knows nothing of the app (see README.md for how the dashboard uses it).
 */
export { serializeSvg, measureSvg, measureSvgText, type SvgExportText } from './serializeSvg';
export { renderPng } from './renderPng';
export { toCsv, csvBlob, csvHeader, csvLines, type CsvColumn, type CsvRow } from './toCsv';
export { download } from './download';
export { wrapLines } from './wrapLines';
export { default as ExportMenu } from './ExportMenu.svelte';
export { default as CsvButton } from './CsvButton.svelte';
