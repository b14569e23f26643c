import { describe, expect, it } from 'vitest';
import { aliasProblems } from '../../../src/content/aliases.ts';
import { siteConfig } from '../../../src/config/site.ts';
import { localizedPath } from '../../../src/i18n/urls.ts';
import { netlifyRedirects, nginxMap, queryKeys, redirectPage, redirectsOf, withQueryAliases } from '../../../src/site/redirects.ts';

const [first, second] = siteConfig.locales as [(typeof siteConfig.locales)[number], (typeof siteConfig.locales)[number]];
const items = [
  { kind: 'post' as const, slug: 'soas-vote', sourceLocale: first.code, titles: { [first.code]: 'SOAS vote', [second.code]: '投票' }, aliases: [{ path: '/2021/02/16/soas-vote/' }, { path: '/?p=12' }, { path: '/zh/%e6%8a%95/', locale: second.code }, { path: '/archive/?cat=4' }] },
];
const redirects = redirectsOf(items, siteConfig);
const to = (locale: typeof first) => localizedPath(locale, { kind: 'post', slug: 'soas-vote' });

describe('redirects from aliases', () => {
  it.each([
    ['/2021/02/old/', '/2021/02/old/'],
    ['/about', '/about/'],
    ['/?p=123', '/-/p/123/'],
    ['/?page_id=7', '/-/page_id/7/'],
    ['/zh/%e4%b8%ad/', '/zh/中/'],
    ['/archive/?cat=4', undefined],
  ])('redirectPage(%j)', (from, page) => expect(redirectPage(from)).toBe(page));

  it('leads each alias to its language version, titled in it', () => {
    expect(redirects.map((r) => [r.from, r.to, r.title])).toEqual([
      ['/2021/02/16/soas-vote/', to(first), 'SOAS vote'],
      ['/?p=12', to(first), 'SOAS vote'],
      ['/zh/%e6%8a%95/', to(second), '投票'],
      ['/archive/?cat=4', to(first), 'SOAS vote'],
    ]);
  });

  it('writes _redirects with feeds and Netlify query matching', () => {
    expect(netlifyRedirects(redirects).split('\n').slice(1, 7)).toEqual([`/2021/02/16/soas-vote/ ${to(first)} 301`, `/2021/02/16/soas-vote/feed/ ${to(first)} 301`, `/ p=12 ${to(first)} 301`, `/zh/%e6%8a%95/ ${to(second)} 301`, `/zh/%e6%8a%95/feed/ ${to(second)} 301`, `/archive/ cat=4 ${to(first)} 301`]);
  });

  it('writes an nginx map with both slash forms, upper-case escapes and queries', () => {
    const map = nginxMap(redirects);
    expect(map).toContain('map $request_uri $tandem_redirect {');
    for (const from of ['/2021/02/16/soas-vote/', '/2021/02/16/soas-vote', '/?p=12', '/zh/%E6%8A%95/', '/archive/?cat=4']) expect(map).toContain(`"${from}" "`);
    expect(map.trimEnd().endsWith('}')).toBe(true);
  });

  it('sends /?p= readers on before the language chooser runs, and leaves other queries to it', () => {
    expect(queryKeys(redirects)).toEqual(['p']);
    const script = withQueryAliases('chooser()', ['p']);
    const run = (search: string) => {
      const calls: string[] = [];
      new Function('location', 'chooser', script)({ search, replace: (url: string) => calls.push(url) }, () => calls.push('chooser'));
      return calls;
    };
    expect(run('?p=12')).toEqual(['/-/p/12/']);
    expect(run('?utm_source=x')).toEqual(['chooser']);
    expect(run('')).toEqual(['chooser']);
    expect(withQueryAliases('chooser()', [])).toBe('chooser()');
  });
});

describe('aliasProblems', () => {
  const owner = (file: string, ...paths: (string | { path: string; locale: string })[]) => ({ file, aliases: paths.map((p) => (typeof p === 'string' ? { path: p } : p)) });
  it('reports an alias two items claim, an unknown locale and an address of the site itself', () => {
    const problems = aliasProblems([owner('a/post.yaml', '/old/', `/${first.path}/posts/x/`), owner('b/post.yaml', '/old', { path: '/x/', locale: 'tlh' }), owner('c/post.yaml', `/${second.path}/`, `/${second.path}/2021/old/`, '/robots.txt')], siteConfig);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['a/post.yaml aliases[1]', 'b/post.yaml aliases[0]', 'b/post.yaml aliases[1]', 'c/post.yaml aliases[0]', 'c/post.yaml aliases[2]']);
  });
});
