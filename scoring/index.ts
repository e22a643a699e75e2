/** The engine's public face: extract (needs a DOM), analyze (needs none), and the schemas of both. */
export { extract, extractDetailed, readBlock, readerableOf, ExtractError, type ExtractOptions, type DetailedExtraction } from './extract';
export { analyze, createAnalyzer, AnalyzeError, type Analyzer, type AnalyzeOptions } from './analyze';
export { Snapshot, SNAPSHOT_VERSION } from './snapshot';
export { Report, REPORT_VERSION } from './report';
