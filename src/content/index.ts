export type { Content, Post, PostAlias, PostEvent, PostVersion, TagLabels, UpdateNote } from './model.ts';
export { ContentValidationError, formatProblem, type ContentProblem } from './problems.ts';
export { loadContent, loadTags, readContent, type ContentReport, type ReadContentOptions } from './read-content.ts';
