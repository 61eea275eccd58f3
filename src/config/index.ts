export { loadConfig, ConfigSchema, type Config } from './config.ts';
export { readSourcesFile, SourceSchema, type SourceEntry } from './sources-file.ts';
