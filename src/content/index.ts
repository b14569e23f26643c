export type { Content, Post, PostEvent, PostVersion, TagLabels, UpdateNote } from './model.ts';
export { ContentValidationError, formatProblem, type ContentProblem } from './problems.ts';
export { loadContent, loadTags, parseVersion, readContent, type ContentReport, type ReadContentOptions } from './read-content.ts';
