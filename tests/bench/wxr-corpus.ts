/**
 * A synthetic bilingual WordPress export for the import benchmark: `posts` posts, each
 * in English and Chinese (two WXR items), paired the ways real sites pair them —
 * 70% by Polylang, 20% by a "中文版" link in the body, 10% left in one language —
 * with classic and block-editor markup, captions, embeds, update notes, excerpt
 * markers, tags, and drafts and attachments to skip. Written as a stream, so the
 * generator itself stays small in memory.
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { prng } from './corpus.ts';
import { listItems, sentences, titles, updateNotes, type Bi, type Lang, type Topic } from './prose.ts';

const SITE = 'https://campaign.example.org';
const TOPICS = Object.keys(sentences) as Topic[];
const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const fill = (text: string, n: number) =>
  text.replace(/\{(\w+)\}/g, (_, slot: string) => (slot === 'year' ? String(2015 + (n % 8)) : slot === 'pct' ? String(50 + (n % 49)) : slot === 'number' ? String(100 + n) : `${slot}-${n % 17}`));

/** What was written, for the report. */
export interface WxrSummary {
  posts: number;
  items: number;
  bytes: number;
}

function body(lang: Lang, n: number, random: () => number, blocks: boolean, pairLink: string | undefined): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const say = (bi: Bi) => fill(bi[lang], n);
  const paragraphs: string[] = [];
  if (n % 5 === 0) paragraphs.push(lang === 'en' ? `<strong>[Update ${String(1 + (n % 28)).padStart(2, '0')}/0${1 + (n % 9)}/2021]</strong> ${say(pick(updateNotes))}` : `[更新 ${String(1 + (n % 28)).padStart(2, '0')}/0${1 + (n % 9)}/2021] ${say(pick(updateNotes))}`);
  const topic = TOPICS[n % TOPICS.length] as Topic;
  for (let p = 0; p < 6; p++) {
    paragraphs.push(Array.from({ length: 2 + Math.floor(random() * 3) }, () => say(pick(sentences[topic]))).join(lang === 'en' ? ' ' : ''));
    if (p === 0) paragraphs.push('<!--more-->');
    if (p === 2) paragraphs.push(`<ul>\n${Array.from({ length: 3 }, () => `<li>${say(pick(listItems))}</li>`).join('\n')}\n</ul>`);
    if (p === 3 && n % 3 === 0) paragraphs.push(`[caption id="attachment_${n}" width="300"]<img src="${SITE}/wp-content/uploads/2021/02/photo-${n}-300x200.jpg" alt="Photo ${n}" width="300" height="200" /> Caption ${n}[/caption]`);
    if (p === 4 && n % 4 === 0) paragraphs.push('[embed]https://www.youtube.com/watch?v=abcdefghijk[/embed]');
  }
  if (pairLink) paragraphs.push(`<a href="${pairLink}">${lang === 'en' ? '中文版' : 'English version'}</a>`);
  if (!blocks) return paragraphs.join('\n\n');
  return paragraphs.map((p) => (p.startsWith('<ul>') ? `<!-- wp:list -->\n${p}\n<!-- /wp:list -->` : p === '<!--more-->' ? `<!-- wp:more -->\n${p}\n<!-- /wp:more -->` : `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`)).join('\n\n');
}

function item(fields: { id: number; title: string; name: string; link: string; date: string; modified: string; content: string; status?: string; type?: string; terms: string[] }): string {
  return `<item><title>${cdata(fields.title)}</title><link>${fields.link}</link><guid isPermaLink="false">${SITE}/?p=${fields.id}</guid>
<content:encoded>${cdata(fields.content)}</content:encoded><excerpt:encoded>${cdata('')}</excerpt:encoded>
<wp:post_id>${fields.id}</wp:post_id><wp:post_date>${cdata(fields.date)}</wp:post_date><wp:post_modified>${cdata(fields.modified)}</wp:post_modified>
<wp:post_name>${cdata(fields.name)}</wp:post_name><wp:status>${cdata(fields.status ?? 'publish')}</wp:status><wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order>
<wp:post_type>${cdata(fields.type ?? 'post')}</wp:post_type><wp:post_password>${cdata('')}</wp:post_password>
${fields.terms.join('\n')}
</item>
`;
}

/** Writes the export to `file`. */
export async function generateWxr(file: string, posts: number, seed: number): Promise<WxrSummary> {
  const random = prng(seed);
  const out = createWriteStream(file);
  let bytes = 0;
  let items = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Benchmark campaign</title><link>${SITE}</link><language>en-GB</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${SITE}</wp:base_site_url><wp:base_blog_url>${SITE}</wp:base_blog_url>
<wp:term><wp:term_id>1</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy><wp:term_slug>en</wp:term_slug><wp:term_name>English</wp:term_name><wp:term_description>${cdata('a:1:{s:6:"locale";s:5:"en_GB";}')}</wp:term_description></wp:term>
<wp:term><wp:term_id>2</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy><wp:term_slug>zh</wp:term_slug><wp:term_name>中文</wp:term_name><wp:term_description>${cdata('a:1:{s:6:"locale";s:5:"zh_CN";}')}</wp:term_description></wp:term>
${TOPICS.map((topic, i) => `<wp:tag><wp:term_id>${100 + i}</wp:term_id><wp:tag_slug>${topic}</wp:tag_slug><wp:tag_name>${topic}</wp:tag_name></wp:tag>`).join('\n')}
`);
  for (let n = 0; n < posts; n++) {
    const rule = n % 10 < 7 ? 'polylang' : n % 10 < 9 ? 'link' : 'single';
    const title = titles[n % titles.length] as Bi;
    const day = `20${String(15 + (n % 7))}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    const enId = 1000 + n * 2;
    const zhId = enId + 1;
    const enLink = `${SITE}/${day.replaceAll('-', '/')}/post-${n}/`;
    const zhLink = `${SITE}/zh/${day.replaceAll('-', '/')}/post-${n}-zh/`;
    const tag = `<category domain="post_tag" nicename="${TOPICS[n % TOPICS.length]}">${cdata(TOPICS[n % TOPICS.length] as string)}</category>`;
    const polylang = (lang: string) => (rule === 'polylang' ? [`<category domain="language" nicename="${lang}">${lang}</category>`, `<category domain="post_translations" nicename="pll_${n}">pll_${n}</category>`] : []);
    const blocks = n % 2 === 0;
    await write(item({ id: enId, title: fill(title.en, n), name: `post-${n}`, link: enLink, date: `${day} 10:00:00`, modified: `${day} 12:00:00`, content: body('en', n, random, blocks, rule === 'link' ? zhLink : undefined), terms: [tag, ...polylang('en')] }));
    items++;
    if (rule !== 'single') {
      await write(item({ id: zhId, title: fill(title.zh, n), name: `post-${n}-zh`, link: zhLink, date: `${day} 18:00:00`, modified: `${day} ${n % 3 === 0 ? '11' : '20'}:00:00`, content: body('zh', n, random, !blocks, rule === 'link' ? enLink : undefined), terms: [tag, ...polylang('zh')] }));
      items++;
    }
    if (n % 20 === 0) {
      await write(item({ id: 900_000 + n, title: `Draft ${n}`, name: '', link: `${SITE}/?p=${900_000 + n}`, date: '0000-00-00 00:00:00', modified: '0000-00-00 00:00:00', content: 'Not ready.', status: 'draft', terms: [] }));
      items++;
    }
  }
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
  return { posts, items, bytes };
}
