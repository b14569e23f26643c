import type { RenderOptions } from './render.ts';

// Functions in options are told apart by identity: callers that pass fresh closures for
// every document get fresh processors, never a stale label.
const functionIds = new WeakMap<object, number>();
let lastFunctionId = 0;

function identity(value: unknown): unknown {
  if (typeof value !== 'function') return value ?? null;
  let id = functionIds.get(value);
  if (id === undefined) functionIds.set(value, (id = ++lastFunctionId));
  return `fn#${id}`;
}

/**
 * What makes two option sets render alike, as a key for the processors renderMarkdown keeps:
 * every option a processor is built from (not `onFallback`, `pagePath`, `onParsed` or `parsed`,
 * which are per document), functions by identity.
 * @example processorKey({ lang }) === processorKey({ lang, pagePath: '/posts/a/' }) // true
 * @example processorKey({ lang, convertText: (t) => t }) === processorKey({ lang, convertText: (t) => t }) // false: two closures
 */
export function processorKey(options: RenderOptions): string {
  const { lang, excerptUnits, idPrefix, footnoteLabel, footnoteBackLabel, embedLabel, alertLabel, rewrites, convertText, relocateLinks } = options;
  return JSON.stringify([lang, excerptUnits, idPrefix, footnoteLabel, identity(footnoteBackLabel), identity(embedLabel), identity(alertLabel), rewrites ?? null, identity(convertText), relocateLinks ?? null]);
}
