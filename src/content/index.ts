export type { Content, Post, PostEvent, PostVersion, TagLabels, UpdateNote } from './model.ts';
export { ContentValidationError, formatProblem, type ContentProblem } from './problems.ts';
export { loadContent, loadTags, readContent, readOnePost, type ContentReport, type ReadContentOptions } from './read-content.ts';
export { YamlCache, yamlCacheFile } from './yaml-cache.ts';
