import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { TandemError } from '../lib/errors.ts';
import type { EmbedLink } from './embed-services.ts';
import { markdownParser } from './parser.ts';
import { processorKey } from './processor-key.ts';
import { rehypeEmbeds } from './rehype-embeds.ts';
import { rehypeExternalRel } from './rehype-external-rel.ts';
import { rehypeConvertText } from './rehype-convert-text.ts';
import { rehypeExcerpt } from './rehype-excerpt.ts';
import { rehypeFragmentLinks, type AuthoredLink, type DuplicateId } from './rehype-fragment-links.ts';
import type { LostText, RefusedAddress, UndefinedLabel } from './dropped-markup.ts';
import { rehypeLostText, remarkSourcePieces } from './lost-text.ts';
import { rehypeRemovedMedia } from './rehype-removed-media.ts';
import { type Heading, rehypeHeadingIds, tocHeadings } from './rehype-heading-ids.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { findDeepNesting, MAX_NESTING } from './nesting.ts';
import { rehypePlainText } from './rehype-plain-text.ts';
import { rehypePruneDeadLinks } from './rehype-prune-dead-links.ts';
import { rehypeNamedAnchors } from './rehype-named-anchors.ts';
import { rehypeRawHtml, type Options as RawHtmlOptions } from './rehype-raw-html.ts';
import { rehypeTextUnits } from './rehype-text-units.ts';
import { remarkExcerptMarker } from './remark-excerpt-marker.ts';
import { remarkAlerts, type AlertKind } from './remark-alerts.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** How to render one Markdown document. */
export interface RenderOptions {
  /** BCP 47 tag of the text, such as en-GB or zh-Hans (for Intl.Segmenter). */
  lang: string;
  /** Max length of an automatic excerpt in "units" (see countUnits). Default 60. */
  excerptUnits?: number;
  /** Prefix for generated heading ids so they never clobber page ids. Default 'h-'. */
  idPrefix?: string;
  /** Text of the (screen-reader-only) heading over footnotes, in the document's language. */
  footnoteLabel?: string;
  /** Accessible name of footnote back-links; a function gets the 0-based reference index and 1-based repeat. */
  footnoteBackLabel?: string | ((referenceIndex: number, rereferenceIndex: number) => string);
  /** The link an embed (a YouTube iframe, a bare X URL on its line…) becomes, in the document's language: "Video on YouTube: https://…". Default `YouTube: https://…`. */
  embedLabel?: (embed: EmbedLink) => string;
  /** The heading of a GitHub alert (`> [!NOTE]`), in the document's language. Default: the kind's English name. */
  alertLabel?: (kind: AlertKind) => string;
  /**
   * Called when the Markdown pipeline failed on the document and it was shown as plain paragraphs
   * instead (in practice: nesting thousands of levels deep), so the author can be told.
   */
  onFallback?: (reason: string) => void;
  /** Converts the document's text (not code, URLs or ids) before headings get their ids, e.g. Simplified to Traditional Chinese. */
  convertText?: ((text: string) => string) | undefined;
  /** With `convertText`: site-relative links starting `from` start `to` instead (`/zh/` → `/zh-hant/`). */
  relocateLinks?: { from: string; to: string } | undefined;
  /** New targets for links to other pages, by href as written (see rehypeFragmentLinks). */
  rewrites?: Readonly<Record<string, string>>;
  /** The document's page (`/en/posts/x/`): the excerpt, shown on listings, has its relative links resolved against it. */
  pagePath?: string | undefined;
  /**
   * Called with the Markdown tree before any transform runs, for a caller that needs it too
   * (translation fingerprints), so the document is parsed once. The tree must not be changed.
   */
  onParsed?: (tree: Root) => void;
  /**
   * The document's Markdown tree, parsed by this pipeline's parser (what `onParsed` gave for the
   * same text, copied before the transforms changed it), so a document rendered in several ways
   * (a Chinese version and its Traditional conversion) is parsed once. The transforms change it.
   */
  parsed?: Root;
}

/** Why a document was shown as plain text instead of rendered Markdown. */
export type RenderFallback = { kind: 'nesting'; line: number; depth: number; limit: number } | { kind: 'failed'; detail: string };

/** A heading for a table of contents. */
export type TocHeading = Heading;

/** A rendered document. All HTML is sanitized. */
export interface RenderedMarkdown {
  /** The full body. */
  html: string;
  /** The excerpt: blocks before a `<!-- more -->` marker, or the first paragraph shortened. */
  excerptHtml: string;
  /** True when the excerpt is shorter than the body (marker or truncation or more blocks follow). */
  excerptTruncated: boolean;
  /** The headings, in order, for a table of contents: h2–h4, or h1–h3 when the body has several h1s (see tocHeadings). */
  headings: TocHeading[];
  /** countUnits() of the body's text. */
  units: number;
  /** Every id in the body, for links from elsewhere to check against; an author's given twice, for the checks. */
  anchors: string[];
  duplicateIds: DuplicateId[];
  /** Every link to a page of the site, and every image's source (the web's too), as written, with its line. */
  links: AuthoredLink[];
  images: AuthoredLink[];
  /** What the page would drop or show as written: links and images by their scheme (`ftp:`, `data:`), `[text][label]` with no such label. */
  refused: RefusedAddress[];
  undefinedLabels: UndefinedLabel[];
  /** Raw HTML that hid text the author wrote (an unclosed `<style>`, comment…): see sanitize-schema.ts. */
  lostText: LostText[];
  /** Set when the document could not be rendered as Markdown and is shown as plain text. */
  fallback?: RenderFallback;
}

/**
 * The configured unified processor behind {@link renderMarkdown}, for callers that want the vfile:
 * it leaves `headings` (h1–h6), `units` and `excerpt` (a hast tree) in `file.data`. The order
 * matters: raw HTML is parsed into elements (rehype-raw) so the sanitizer judges real elements
 * rather than dropping every tag, and old `<a name>` anchors become ids before it removes `name`;
 * embeds become links before the sanitizer would drop them (and it then checks those links too);
 * heading ids and fragment links come after the sanitizer so they are not prefixed again; and the
 * excerpt comes last so it is made of finished body markup. `rawHtml: 'always'` sends every
 * document through the HTML parser, not only those with raw HTML (the same bytes, slower: tests).
 * @example String(createProcessor({ lang }).processSync('# Hi')) // '<h1 id="h-hi">Hi</h1>'
 */
export function createProcessor(options: RenderOptions, rawHtml: RawHtmlOptions['parse'] = 'when-present') {
  const { lang, excerptUnits = 60, idPrefix = 'h-' } = checkOptions(options);
  return markdownParser()
    .use(remarkHeadingIds)
    .use(remarkExcerptMarker)
    .use(remarkAlerts, { label: options.alertLabel })
    .use(remarkSourcePieces)
    .use(remarkRehype, {
      // Raw HTML goes on to the sanitizer, which decides what of it survives.
      allowDangerousHtml: true,
      // The sanitizer prefixes footnote ids itself; a second prefix here would
      // make `user-content-user-content-fn-1`.
      clobberPrefix: '',
      footnoteLabel: options.footnoteLabel,
      footnoteBackLabel: options.footnoteBackLabel,
    })
    .use(rehypeRawHtml, { parse: rawHtml })
    .use(rehypeNamedAnchors)
    .use(rehypeEmbeds, { label: options.embedLabel })
    .use(rehypeRemovedMedia)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypePruneDeadLinks)
    .use(rehypeConvertText, { convert: options.convertText, relocate: options.relocateLinks })
    .use(rehypeHeadingIds, { prefix: idPrefix })
    .use(rehypeFragmentLinks, { clobberPrefix: sanitizeSchema.clobberPrefix ?? undefined, headingPrefix: idPrefix, rewrites: options.rewrites })
    .use(rehypeLostText)
    .use(rehypeExternalRel)
    .use(rehypeTextUnits, { lang })
    .use(rehypeExcerpt, { lang, units: excerptUnits })
    .use(rehypeStringify);
}

/**
 * Renders Markdown (GFM, without front matter) to sanitized HTML, with its
 * excerpt, table of contents and length. Synchronous. Never throws for what a
 * document holds: one nesting lists or quotes beyond {@link MAX_NESTING}
 * levels (which would take minutes to parse), or one the pipeline fails on,
 * is shown as escaped plain text and reported through `onFallback`.
 * @example renderMarkdown('## 背景\n\n我们支持 UCU。', { lang }).headings // [{ depth: 2, id: 'h-背景', text: '背景' }]
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  const processor = processorFor(options);
  // Content must not break or stall the build without saying why, and must never reach the page
  // unsanitized: when it cannot be rendered as Markdown, it is shown as text and the caller is told.
  let trouble: RenderFallback | undefined;
  const fallback = (reason: string) => {
    options.onFallback?.(`${reason} It is shown as plain text.`);
    return createPlainProcessor(options).processSync(markdown);
  };
  const deep = findDeepNesting(markdown);
  let file: VFile;
  if (deep) {
    trouble = { kind: 'nesting', ...deep, limit: MAX_NESTING };
    file = fallback(`Line ${deep.line} nests lists or quotes ${deep.depth} levels deep; at most ${MAX_NESTING} are rendered.`);
  } else {
    try {
      file = new VFile(options.pagePath === undefined ? markdown : { value: markdown, data: { pagePath: options.pagePath } });
      const tree = options.parsed ?? processor.parse(file);
      options.onParsed?.(tree);
      file.value = processor.stringify(processor.runSync(tree, file), file);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      trouble = { kind: 'failed', detail };
      file = fallback(`It could not be rendered as Markdown (${detail}).`);
    }
  }
  const excerpt = file.data.excerpt;
  return {
    html: String(file.value),
    excerptHtml: excerpt ? processor.stringify(excerpt.tree) : '',
    excerptTruncated: excerpt?.truncated ?? false,
    headings: tocHeadings(file.data.headings ?? []),
    units: file.data.units ?? 0,
    anchors: file.data.anchors ?? [],
    duplicateIds: file.data.duplicateIds ?? [],
    links: file.data.links ?? [],
    images: file.data.images ?? [],
    lostText: file.data.lostText ?? [],
    refused: file.data.refused ?? [],
    undefinedLabels: file.data.undefinedLabels ?? [],
    ...(trouble && { fallback: trouble }),
  };
}

// Building a processor costs more than rendering a short post, so each option set keeps one (see processorKey).
const processors = new Map<string, ReturnType<typeof createProcessor>>();
const MAX_PROCESSORS = 64;

function processorFor(options: RenderOptions) {
  const key = processorKey(checkOptions(options));
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(options).freeze();
    if (processors.size >= MAX_PROCESSORS) processors.delete(processors.keys().next().value ?? '');
    processors.set(key, processor);
  }
  return processor;
}

/** The fallback of {@link renderMarkdown}: the text as paragraphs, with the same excerpt and length. */
function createPlainProcessor(options: RenderOptions) {
  const { lang, excerptUnits = 60 } = options;
  return unified().use(rehypePlainText).use(rehypeConvertText, { convert: options.convertText, relocate: options.relocateLinks }).use(rehypeTextUnits, { lang }).use(rehypeExcerpt, { lang, units: excerptUnits }).use(rehypeStringify);
}

// Languages already found valid: checking one asks ICU, which cost more than some documents' rendering.
const validLangs = new Set<string>();

function checkOptions(options: RenderOptions): RenderOptions {
  if (!validLangs.has(options.lang)) {
    try {
      Intl.getCanonicalLocales(options.lang);
    } catch {
      throw new TandemError('render-lang', { lang: options.lang });
    }
    validLangs.add(options.lang);
  }
  const units = options.excerptUnits;
  if (units !== undefined && !(Number.isInteger(units) && units > 0)) throw new TandemError('render-excerpt-units', { value: String(units) });
  return options;
}
