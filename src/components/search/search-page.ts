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

const MAX_RESULTS = 30;
const root = document.querySelector<HTMLElement>('[data-search]');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const fallback = document.querySelector<HTMLElement>('#search-topics');

/** Pagefind's excerpt marks hits with <mark>; keep only text and those marks, never other markup. */
function highlighted(excerpt: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(template.content.childNodes)) {
    const text = node.textContent ?? '';
    if (node.nodeName === 'MARK') fragment.append(Object.assign(document.createElement('mark'), { textContent: text }));
    else fragment.append(text);
  }
  return fragment;
}

function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title ?? data.url });
  heading.append(link);
  const meta = Object.assign(document.createElement('p'), { className: 'meta', textContent: [data.meta.date, data.meta.type].filter(Boolean).join(' · ') });
  const excerpt = document.createElement('p');
  excerpt.append(highlighted(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * This language's index: Pagefind's runtime from the first shard of the bundle the page
 * names (`data-bundle`), every other shard its `data-shards` list names merged in.
 */
async function load(): Promise<Pagefind> {
  const { bundle = '', shards = '' } = root?.dataset ?? {};
  const loader = (window as unknown as Record<string, (url: string) => Promise<Pagefind>>)[PAGEFIND_LOADER];
  const [pagefind, list] = await Promise.all([loader!(`${bundle}0/pagefind.js`), fetch(shards).then((response) => response.json() as Promise<string[]>)]);
  await Promise.all(list.slice(1).map((shard) => pagefind.mergeIndex(bundle + shard)));
  return pagefind;
}

async function run(query: string, strings: Record<string, string>): Promise<void> {
  if (!status || !list || !fallback) return;
  const fill = (text = '', count = 0) => text.replace('{{query}}', query).replace('{{count}}', String(count));
  status.textContent = fill(strings.searching);
  try {
    const pagefind = await load();
    const { results } = await pagefind.search(query);
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
  document.querySelector<HTMLElement>('#search-no-script')?.setAttribute('hidden', '');
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  // The header's search box too (components/SearchForm.astro): it shows what is being searched for.
  for (const field of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) field.value = query;
  if (query) void run(query, JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>);
  else input.focus();
}
