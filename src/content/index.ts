export type { Content, Page, Post, PostAlias, PostEvent, PostVersion, TagLabels, UpdateNote } from './model.ts';
export { ContentValidationError, problem, sortProblems, type ContentProblem } from './problems.ts';
export { loadContent, loadPages, loadTags, readContent, readOnePost, type ContentReport, type ReadContentOptions } from './read-content.ts';
export { parseVersion } from './read-version.ts';
export { convertFields, versionOrigin, withDerivedTagLabels, type ConverterOf, type VersionOrigin } from './derived.ts';
export { linkedPageProblems, pageLinks } from './linked-pages.ts';
export { checkBodies, renderForCheck, type BodyReport, type RenderedBody } from './check-bodies.ts';
export { bilingualPartnerOf, knownPages, pageSources, shownVersion, type KnownPage, type PageContext, type PageSource } from './site-pages.ts';
export { MEDIA, mediaFiles, type MediaFile } from './media-files.ts';
