// The search page's only script: runs the query in ?q= against this language's Pagefind
// index, served from the site itself. Every string comes from the page (locales/*.json).
// A module, so its names stay out of the global scope.
import { PAGEFIND_LOADER } from './pagefind-loader.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] }>;
  mergeIndex(url: string): Promise<void>;
}
type Search = (pagefind: Pagefind, query: string) => ReturnType<Pagefind['search']>;

const MAX_RESULTS = 30;
const root = document.querySelector<HTMLElement>('[data-search]');
const input = document.querySelector<HTMLInputElement>('#search-q');
// The page always has these (src/pages/[locale]/search/index.astro).
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const fallback = document.querySelector<HTMLElement>('#search-topics')!;

/** A new element with the given properties and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/** Pagefind's excerpt marks hits with <mark>; keep only text and those marks, never other markup. */
function highlighted(excerpt: string): (Node | string)[] {
  const template = el('template', { innerHTML: excerpt });
  return Array.from(template.content.childNodes, (node) => (node.nodeName === 'MARK' ? el('mark', { textContent: node.textContent ?? '' }) : (node.textContent ?? '')));
}

function resultItem(data: ResultData): HTMLLIElement {
  return el(
    'li',
    {},
    el('h2', {}, el('a', { href: data.url, textContent: data.meta.title ?? data.url })),
    el('p', { className: 'meta', textContent: [data.meta.date, data.meta.type].filter(Boolean).join(' · ') }),
    el('p', {}, ...highlighted(data.excerpt)),
  );
}

/**
 * This language's index: Pagefind's runtime from the first shard of the bundle the page
 * names (`data-bundle`), every other shard its `data-shards` list names merged in.
 */
async function load({ bundle, shards = '' }: DOMStringMap): Promise<Pagefind> {
  const [pagefind, list] = await Promise.all([(window as unknown as Record<string, (url: string) => Promise<Pagefind>>)[PAGEFIND_LOADER]!(`${bundle}0/pagefind.js`), (await fetch(shards)).json() as Promise<string[]>]);
  await Promise.all(list.slice(1).map((shard) => pagefind.mergeIndex(bundle + shard)));
  return pagefind;
}

async function run(query: string, strings: Record<string, string>, data: DOMStringMap): Promise<void> {
  const fill = (text = '', count = 0) => text.replace('{{query}}', query).replace('{{count}}', String(count));
  status.textContent = fill(strings.searching);
  try {
    // Where readers may type the other Chinese script (维吾尔 on the Traditional pages), the page's own
    // module (other-script.js.ts) searches for the query as typed and as this page writes it.
    const search: Search = data.otherScript ? ((await import(/* @vite-ignore */ data.otherScript)) as { search: Search }).search : (pagefind, q) => pagefind.search(q);
    const { results } = await search(await load(data), query);
    const found = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    const category = new Intl.PluralRules(document.documentElement.lang).select(results.length);
    status.textContent = results.length === 0 ? fill(strings.none) : fill(strings[category] ?? strings.other, results.length);
    list.replaceChildren(...found.map(resultItem));
    fallback.hidden = results.length > 0;
  } catch (error) {
    console.error(error);
    status.textContent = fill(strings.failed);
    fallback.hidden = false;
  }
}

if (root && input) {
  root.hidden = false;
  document.querySelector('#search-no-script')?.remove();
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  // The header's search box too (components/SearchForm.astro): it shows what is being searched for.
  for (const field of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) field.value = query;
  if (query) void run(query, JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>, root.dataset);
  else input.focus();
}
