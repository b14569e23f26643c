export type { Content, Post, PostEvent, PostVersion, TagLabels, UpdateNote } from './model.ts';
export { ContentValidationError, formatProblem, type ContentProblem } from './problems.ts';
export { loadContent, loadTags, readContent, type ContentReport, type ReadContentOptions } from './read-content.ts';
export { convertFields, versionOrigin, withDerivedTagLabels, type ConverterOf, type VersionOrigin } from './derived.ts';
