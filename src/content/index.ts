export type { Content, Page, Post, PostEvent, PostVersion, TagLabels, UpdateNote } from './model.ts';
export { ContentValidationError, formatProblem, type ContentProblem } from './problems.ts';
export { loadContent, loadPages, loadTags, readContent, type ContentReport, type ReadContentOptions } from './read-content.ts';
