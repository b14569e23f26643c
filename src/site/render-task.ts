/**
 * One version's rendering as plain data in and out, so it can run in a worker
 * thread, be stored in the render cache, and give the same bytes wherever it
 * runs. Imports nothing that needs Vite: worker threads load it with Node.
 * @module
 */
import type { Root } from 'mdast';
import type { LocaleConfig } from '../config/schema.ts';
import { scriptConverter, type PhraseList } from '../i18n/convert-script.ts';
import { renderMarkdown, type AlertKind, type EmbedKind, type Relocation, type RenderedMarkdown } from '../pipeline/index.ts';
// Not the translation layer's index: a render worker loads this module, and the index would
// bring all of translation status, content reading and their packages into every worker.
import { fingerprintBlocks, type FingerprintedText } from '../translation/fingerprint.ts';
import { namedBody } from './version-bodies.ts';

/** Every kind of embed the pipeline may label. */
export const EMBED_KINDS: readonly EmbedKind[] = ['video', 'audio', 'post', 'image', 'map', 'document', 'page'];

// Placeholders a label's translation is resolved with once per locale, then
// filled per document: functions cannot cross to a worker, strings can.
export const LABEL_SLOTS = { number: '\u0000number\u0000', service: '\u0000service\u0000', url: '\u0000url\u0000' } as const;

/** The words the pipeline writes into a document, in its language, with {@link LABEL_SLOTS} to fill. */
export interface RenderLabels {
  footnotes: string;
  footnoteBack: string;
  embed: Record<EmbedKind, string>;
  alert: Record<AlertKind, string>;
}

/** What to render: everything the output depends on, as data. */
export interface RenderTask {
  markdown: string;
  lang: string;
  excerptUnits: number;
  labels: RenderLabels;
  /** Also fingerprint the body's blocks, from the same parse (translation status, the side-by-side review). */
  fingerprint: boolean;
  /** New targets for links to other pages, by href as written (see RenderOptions.rewrites). */
  rewrites?: Record<string, string>;
  /** For a derived locale's version: how its text is converted from the parent's. */
  conversion?: Conversion;
  /** The address of the version's page (see RenderOptions.pagePath). */
  pagePath?: string;
}

/**
 * A derived locale's text conversion as data (see RenderOptions.convertText): the
 * converter is a function, which cannot cross to a worker or into a cache key, so
 * whoever renders builds it from the locale's `convert` settings and phrase list.
 */
export interface Conversion {
  convert: NonNullable<LocaleConfig['convert']>;
  phrases: PhraseList;
  /** Links into the parent locale's pages move to the derived locale's (`/zh/` → `/zh-hant/`). */
  relocateLinks: Relocation;
}

/** A rendered version, with its block fingerprints (if asked) and the name of its body (version-bodies.ts). */
export interface RenderResult extends RenderedMarkdown {
  blocks?: FingerprintedText[];
  bodyId: string;
}

const labelFunctions = new Map<string, Pick<Required<Parameters<typeof renderMarkdown>[1]>, 'footnoteBackLabel' | 'embedLabel' | 'alertLabel'>>();

// The same labels give the same functions, so the pipeline reuses one processor per locale.
function labelFunctionsFor(labels: RenderLabels) {
  const key = JSON.stringify(labels);
  let functions = labelFunctions.get(key);
  if (!functions) {
    functions = {
      footnoteBackLabel: (index: number) => labels.footnoteBack.replaceAll(LABEL_SLOTS.number, String(index + 1)),
      embedLabel: ({ kind, service, url }) => labels.embed[kind].replaceAll(LABEL_SLOTS.service, service).replaceAll(LABEL_SLOTS.url, url),
      alertLabel: (kind) => labels.alert[kind],
    };
    labelFunctions.set(key, functions);
  }
  return functions;
}

/**
 * Renders one version through the pipeline, parsing it once for both the HTML
 * and (when asked) the translation fingerprints. `parsed` is its tree, when a
 * rendering of the same text has it already (see {@link renderGroup}).
 * @example renderTask({ markdown: 'Hi', lang: 'en-GB', excerptUnits: 60, labels, fingerprint: false }).html // '<p>Hi</p>'
 */
export function renderTask(task: RenderTask, parsed?: Root, keep?: (tree: Root) => void): RenderResult {
  const { conversion } = task;
  let blocks: FingerprintedText[] | undefined;
  const rendered = renderMarkdown(task.markdown, {
    lang: task.lang,
    excerptUnits: task.excerptUnits,
    footnoteLabel: task.labels.footnotes,
    ...labelFunctionsFor(task.labels),
    ...(task.rewrites && { rewrites: task.rewrites }),
    ...(task.pagePath !== undefined && { pagePath: task.pagePath }),
    ...(conversion && { convertText: scriptConverter(conversion.convert, conversion.phrases), relocateLinks: conversion.relocateLinks }),
    ...(parsed && { parsed }),
    // Before the transforms run, so the tree is exactly what the parser gave.
    onParsed: (tree: Root) => {
      if (task.fingerprint) blocks = fingerprintBlocks(task.markdown, tree);
      keep?.(tree);
    },
  });
  // A document shown as plain text was not parsed (it would take minutes, or fail):
  // its fingerprints are left to translation status, which needs them only if it changed.
  const result = { ...rendered, ...(blocks && { blocks }) };
  return { ...result, bodyId: namedBody(result).id };
}

/**
 * A deep copy of a parsed tree, which holds only plain objects, arrays and primitives
 * (the parser's JSON-like output). Six times faster than structuredClone, which
 * serialises and deserialises: at 2,000 posts it cost each worker more than parsing did.
 * @example cloneTree({ type: 'root', children: [{ type: 'text', value: 'Hi' }] }) // an equal tree sharing no object
 */
export function cloneTree<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => cloneTree(item)) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = cloneTree((value as Record<string, unknown>)[key]);
  return copy as T;
}

/**
 * Renders tasks that share one Markdown text (a version and the versions a derived
 * locale converts from it), parsing the text once: parsing is most of a rendering.
 * Each gives the same bytes as {@link renderTask} alone.
 * @example renderGroup([zhTask, zhHantTask]).map((result) => result.html)
 */
export function renderGroup(tasks: readonly RenderTask[]): RenderResult[] {
  let pristine: Root | undefined;
  return tasks.map((task, index) => {
    const more = index < tasks.length - 1;
    const parsed = pristine && more ? cloneTree(pristine) : pristine;
    return renderTask(task, parsed, more && !pristine ? (tree) => void (pristine = cloneTree(tree)) : undefined);
  });
}
