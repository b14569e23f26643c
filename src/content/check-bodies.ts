import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { getLocale, localizedPath } from '../i18n/urls.ts';
import { renderMarkdown, resolveFragment, type RenderedMarkdown } from '../pipeline/index.ts';
import type { ConverterOf } from './derived.ts';
import type { Content, PostVersion } from './model.ts';
import { problem, type ContentProblem } from './problems.ts';
import { knownPages, type KnownPage, type PageSource } from './site-pages.ts';
import { suggestName } from './suggest.ts';
import { safeDecode } from '../lib/safe-decode.ts';

/** What the body checks need of a rendering. */
export type RenderedBody = Pick<RenderedMarkdown, 'anchors' | 'duplicateIds' | 'links' | 'images' | 'refused' | 'undefinedLabels' | 'lostText' | 'fallback'>;

/** The problems of every body, and the links to rewrite so author-written fragments reach their headings. */
export interface BodyReport {
  problems: ContentProblem[];
  /** Per version file: href as written → href to render (see rehypeFragmentLinks' `rewrites`). */
  rewrites: Map<string, Record<string, string>>;
}

/**
 * Renders a version as `tandem check` needs it: the words the site adds (footnote
 * labels) do not matter to links or lost text.
 */
export function renderForCheck(version: PostVersion, config: SiteConfig): RenderedBody {
  return renderMarkdown(version.body, { lang: getLocale(config, version.locale).lang });
}

const ORIGIN = 'http://tandem.invalid';
const AUTHOR_FORMS = /^(?:h-|user-content-)/;

const fileLine = (version: PostVersion, line: number | undefined) => (line === undefined ? undefined : version.bodyStartLine + line - 1);

/**
 * Checks what only a rendering shows, in every version of every post and static
 * page: raw HTML that hides the text after it or takes it in, a document too deep to render, an
 * unreferenced footnote, an id the author gave twice, every internal link and `#fragment`, resolved
 * against the pages the build will make (`knownPages`), and every image, which
 * must be a file of the site (one from the web is a request to another site). Each problem names the
 * file and line, the link, and the nearest page or heading when one is close.
 * `converterOf` gives derived locales' conversions, whose pages' heading ids are converted.
 * @example checkBodies({ root, content, config, render: (v) => renderForCheck(v, config), converterOf: convertersOf(config, phraseLists) }).problems
 */
export function checkBodies({ root, content, config, render, converterOf, sources, rejected = [] }: { root: string; content: Content; config: SiteConfig; render: (version: PostVersion) => RenderedBody; converterOf: ConverterOf; sources?: readonly PageSource[]; rejected?: readonly PostVersion[] }): BodyReport {
  const rendered = new Map<PostVersion, RenderedBody>();
  const renderOnce = (version: PostVersion) => {
    let body = rendered.get(version);
    if (!body) rendered.set(version, (body = render(version)));
    return body;
  };
  const pages = knownPages({ root, content, config, anchorsOf: (version) => new Set(renderOnce(version).anchors), converterOf }, sources);
  const problems: ContentProblem[] = [];
  const rewrites = new Map<string, Record<string, string>>();
  const check = (version: PostVersion, kind: 'post' | 'page', slug: string) => {
    const body = renderOnce(version);
    const { file } = version;
    for (const lost of body.lostText) {
      const where = { file, line: fileLine(version, lost.line), field: 'body' };
      if (lost.control !== undefined) problems.push(problem('control-character', { character: lost.control }, where));
      else if (lost.footnote !== undefined) problems.push(problem('footnote-unused', { label: lost.footnote }, where));
      else if (lost.row) problems.push(problem('table-cells-dropped', lost.row, where));
      else if (lost.removed && lost.element) problems.push(problem('html-removed', { element: lost.element }, where));
      else if (lost.spills && lost.element) problems.push(problem('html-unclosed', { element: lost.element }, where));
      else if (lost.element === '!--') problems.push(problem('text-lost-comment', {}, where));
      else problems.push(lost.element ? problem('text-lost-element', { element: lost.element }, where) : problem('text-lost', {}, where));
    }
    for (const { id, line } of body.duplicateIds) problems.push(problem('id-duplicate', { id }, { file, line: fileLine(version, line), field: 'body' }));
    if (body.fallback?.kind === 'nesting') problems.push(problem('nesting-too-deep', { depth: body.fallback.depth, limit: body.fallback.limit }, { file, line: fileLine(version, body.fallback.line), field: 'body' }));
    if (body.fallback?.kind === 'failed') problems.push(problem('render-failed', { detail: body.fallback.detail }, { file, field: 'body' }));
    const page = localizedPath(getLocale(config, version.locale), { kind, slug });
    const own: Record<string, string> = {};
    for (const link of body.links) {
      const outcome = checkLink(link.href, page, pages, new Set(body.anchors));
      if ('rewrite' in outcome) own[link.href] = outcome.rewrite;
      if ('code' in outcome) problems.push({ file, line: fileLine(version, link.line), field: 'body', code: outcome.code, params: outcome.params });
    }
    for (const { href, scheme, line } of body.refused) problems.push(problem('address-scheme-refused', { link: href, scheme }, { file, line: fileLine(version, line), field: 'body' }));
    for (const { link, label, line } of body.undefinedLabels) problems.push(problem('link-label-undefined', { link, label }, { file, line: fileLine(version, line), field: 'body' }));
    for (const image of body.images) {
      const outcome = checkImage(image.href, page, pages);
      if (outcome) problems.push({ file, line: fileLine(version, image.line), field: 'body', ...outcome });
    }
    if (Object.keys(own).length > 0) rewrites.set(file, own);
  };
  for (const post of content.posts) for (const version of Object.values(post.versions)) if (version) check(version, 'post', post.slug);
  for (const page of content.pages) for (const version of Object.values(page.versions)) if (version) check(version, 'page', page.slug);
  // Posts left out for other problems: their bodies' problems belong in the same run's list.
  for (const version of rejected) check(version, 'post', path.posix.basename(path.posix.dirname(version.file)));
  return { problems, rewrites };
}

type LinkOutcome = { ok: true } | { rewrite: string } | Pick<ContentProblem, 'code' | 'params'>;

function checkLink(href: string, page: string, pages: ReadonlyMap<string, KnownPage>, ownAnchors: ReadonlySet<string>): LinkOutcome {
  const url = new URL(href, `${ORIGIN}${page}`);
  if (url.origin !== ORIGIN) return { ok: true };
  const shown = safeDecode(href);
  // The page itself may not be built (a post left out for problems), but its own ids are known.
  const target = href.startsWith('#') ? { anchors: ownAnchors } : (pages.get(url.pathname) ?? pages.get(safeDecode(url.pathname)));
  if (!target) return { code: 'link-broken', params: { link: shown, suggestion: nearestPage(url.pathname, pages) } };
  const fragment = url.hash.slice(1);
  if (fragment === '' || !target.anchors) return { ok: true };
  const id = resolveFragment(fragment, target.anchors);
  if (id === undefined) {
    const forms = [...target.anchors].map((anchor) => anchor.replace(AUTHOR_FORMS, ''));
    // Compared as written, without a prefix (`#h-metods`, GitHub's `#user-content-metods`), as the ids are.
    const suggestion = suggestName(safeDecode(fragment).replace(AUTHOR_FORMS, ''), forms);
    return { code: 'fragment-broken', params: { link: shown, fragment: safeDecode(fragment), page: url.pathname === new URL(page, ORIGIN).pathname ? page : url.pathname, suggestion: suggestion && `#${suggestion}` } };
  }
  // In-page links are repaired by the pipeline itself; links to other pages need the other page's ids.
  return href.startsWith('#') || id === fragment || id === safeDecode(fragment) ? { ok: true } : { rewrite: `${href.slice(0, href.indexOf('#'))}#${id}` };
}

/**
 * Why an image would not show from the site itself: it is not one of the site's files, or
 * readers' browsers would fetch it from another site (which the site's security policy
 * blocks, and which readers behind the Great Firewall may not reach).
 */
function checkImage(src: string, page: string, pages: ReadonlyMap<string, KnownPage>): Pick<ContentProblem, 'code' | 'params'> | undefined {
  const url = new URL(src, `${ORIGIN}${page}`);
  if (url.origin !== ORIGIN) return { code: 'image-remote', params: { image: src } };
  if (pages.has(url.pathname) || pages.has(safeDecode(url.pathname))) return undefined;
  return { code: 'image-missing', params: { image: safeDecode(src), suggestion: nearestPage(url.pathname, pages, 'files') } };
}

/** The known path nearest a broken one: the same with a trailing slash, or one a typo or two away (only files' for an image). */
function nearestPage(pathname: string, pages: ReadonlyMap<string, KnownPage>, only?: 'files'): string | undefined {
  if (!only && pages.has(`${pathname}/`)) return `${pathname}/`;
  const near = [...pages.keys()].filter((known) => Math.abs(known.length - pathname.length) <= 2 && !(only && known.endsWith('/')));
  return suggestName(pathname, near);
}

