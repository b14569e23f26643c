import type { Candidate } from './inventory.ts';

/** The old site's addresses: where its pages and uploads were. */
export interface OldSite {
  /** Hosts the old site answered on, lower case, without `www.`. */
  hosts: Set<string>;
  base: URL;
}

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** The old site from the export's channel (`base_site_url`, `base_blog_url`, `link`). */
export function oldSite(urls: readonly string[]): OldSite {
  const parsed = urls.flatMap((u) => (URL.canParse(u) ? [new URL(u)] : []));
  return { hosts: new Set(parsed.map((u) => bareHost(u.hostname))), base: parsed[0] ?? new URL('http://localhost/') };
}

/**
 * The path and query an old address had on the old site, or undefined for a link
 * elsewhere. Relative links count as the old site's. The path is decoded, so
 * `%E4%B8%AD` and `中` compare equal; a trailing slash does not matter.
 * @example oldPath('https://example.org/2021/02/a/?p=1', site) // '/2021/02/a?p=1'
 */
export function oldPath(url: string, site: OldSite): string | undefined {
  if (!URL.canParse(url, site.base)) return undefined;
  const parsed = new URL(url, site.base);
  if (!/^https?:$/.test(parsed.protocol) || !site.hosts.has(bareHost(parsed.hostname))) return undefined;
  let path = parsed.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as written; it still matches itself.
  }
  path = path.replace(/\/+$/, '') || '/';
  const id = parsed.searchParams.get('p') ?? parsed.searchParams.get('page_id');
  return id ? `${path}?${parsed.searchParams.has('p') ? 'p' : 'page_id'}=${id}` : path;
}

/** `/?p=<id>` or `/?page_id=<id>`; none for an item imported under a stand-in id (below 1). */
const idAddress = (candidate: Candidate): string[] => (candidate.id > 0 ? [`/?${candidate.kind === 'page' ? 'page_id' : 'p'}=${candidate.id}`] : []);

/** Every address an item had: its permalink, `?p=` / `?page_id=` and its guid. */
export function addressesOf(candidate: Candidate, site: OldSite): string[] {
  return [candidate.link, candidate.guid, ...idAddress(candidate)].flatMap((url) => {
    const path = oldPath(url, site);
    return path === undefined ? [] : [path];
  });
}

/**
 * The aliases an imported item keeps: its permalink's path (as the old site wrote
 * it), `/?p=<id>` or `/?page_id=<id>`, and for posts the date-based path
 * `/YYYY/MM/DD/<slug>/` WordPress also answers on.
 * @example aliasesOf(candidate, site) // ['/2021/02/16/soas-vote/', '/?p=12']
 */
export function aliasesOf(candidate: Candidate, site: OldSite): string[] {
  const aliases: string[] = [];
  if (URL.canParse(candidate.link, site.base)) {
    const link = new URL(candidate.link, site.base);
    if (site.hosts.has(bareHost(link.hostname)) && link.pathname !== '/') aliases.push(link.pathname + link.search);
  }
  if (candidate.kind === 'post' && candidate.name) {
    const [year, month, day] = candidate.date.slice(0, 10).split('-');
    aliases.push(`/${year}/${month}/${day}/${candidate.name}/`);
  }
  aliases.push(...idAddress(candidate));
  return [...new Set(aliases)];
}

const SIZE_SUFFIX = /-(\d+x\d+|scaled|rotated|e\d{10,})(?=\.\w+$)/;
const CDN = /^i\d\.wp\.com$/;

/**
 * Where an upload is, relative to `wp-content/uploads`, for a URL of the old site,
 * its Jetpack CDN copy (`i0.wp.com/<host>/…`) or WordPress.com (`*.files.wordpress.com`);
 * undefined for anything else. Query strings (`?w=300`, `?resize=`) are dropped.
 * @example uploadPath('https://i0.wp.com/example.org/wp-content/uploads/2021/02/a-300x200.jpg?resize=300', site) // '2021/02/a-300x200.jpg'
 */
export function uploadPath(url: string, site: OldSite): string | undefined {
  if (!URL.canParse(url, site.base)) return undefined;
  const parsed = new URL(url, site.base);
  let host = bareHost(parsed.hostname);
  let path = parsed.pathname;
  if (CDN.test(host)) {
    const [, first = '', ...rest] = path.split('/');
    host = bareHost(first);
    path = `/${rest.join('/')}`;
  }
  try {
    path = decodeURI(path);
  } catch {
    return undefined;
  }
  if (host.endsWith('.files.wordpress.com')) return path.replace(/^\//, '') || undefined;
  if (!site.hosts.has(host)) return undefined;
  const at = path.indexOf('/wp-content/uploads/');
  return at === -1 ? undefined : path.slice(at + '/wp-content/uploads/'.length) || undefined;
}

/**
 * The files an upload path may stand for, best first: the original (without
 * WordPress's `-300x200`, `-scaled`, `-rotated` or edit suffixes), then the path as linked.
 * @example originalCandidates('2021/02/a-300x200.jpg') // ['2021/02/a.jpg', '2021/02/a-300x200.jpg']
 */
export function originalCandidates(path: string): string[] {
  const candidates: string[] = [];
  let current = path;
  while (SIZE_SUFFIX.test(current)) {
    current = current.replace(SIZE_SUFFIX, '');
    candidates.push(current);
  }
  return [...candidates.reverse(), path].filter((value, index, all) => all.indexOf(value) === index);
}
