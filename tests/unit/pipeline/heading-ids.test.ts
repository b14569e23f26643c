import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { headingId } from '../../../src/pipeline/remark-heading-ids.ts';

const en = { lang: 'en-GB' };

describe('headingId', () => {
  it.each([
    ['Methods {#methods}', { text: 'Methods', id: 'methods' }],
    ['Methods{#methods}', undefined],
    ['{#methods}', { text: '', id: 'methods' }],
    ['Methods   {#methods}  ', { text: 'Methods', id: 'methods' }],
    ['Methods {: #methods}', { text: 'Methods', id: 'methods' }],
    ['Methods {:#methods}', { text: 'Methods', id: 'methods' }],
    ['Methods { #methods }', { text: 'Methods', id: 'methods' }],
    ['Methods {#methods .lead .wide}', { text: 'Methods', id: 'methods' }],
    ['Methods {.lead #methods data-x="a #b}"}', { text: 'Methods', id: 'methods' }],
    ['Methods {.lead data-x="a #b"}', undefined],
    ["Methods {#m key='v w'}", { text: 'Methods', id: 'm' }],
    ['背景 {#背景-2020}', { text: '背景', id: '背景-2020' }],
    ['Section 1.2 {#sec:1.2}', { text: 'Section 1.2', id: 'sec:1.2' }],
    ['C# {#csharp}', { text: 'C#', id: 'csharp' }],
    ['Two ids {#a #b}', undefined],
    ['Lists {.unnumbered}', undefined],
    ['Pandoc {-}', undefined],
    ['The {#} operator', undefined],
    ['The {#id} operator', undefined],
    ['Ends in {#}', undefined],
    ['Jinja comments {# note #}', undefined],
    ['Jinja comments {#note#}', undefined],
    ['Handlebars {{#each}}', undefined],
    ['Svelte {#if cond}', undefined],
    ['A set {a, b}', undefined],
    ['Spaces {# id}', undefined],
    ['Unclosed {#id', undefined],
  ])('%j', (text, expected) => {
    expect(headingId(text)).toEqual(expected);
  });
});

describe('renderMarkdown: a trailing {#id} on a heading', () => {
  it.each([
    ['## Methods {#methods-2020}', '<h2 id="user-content-methods-2020">Methods</h2>'],
    ['Methods {#methods-2020}\n-------', '<h2 id="user-content-methods-2020">Methods</h2>'],
    ['# Title {#top}', '<h1 id="user-content-top">Title</h1>'],
    ['## Methods {#m} ##', '<h2 id="user-content-m">Methods</h2>'],
    ['## *Methods* {#m}', '<h2 id="user-content-m"><em>Methods</em></h2>'],
    ['## **Bold**{#m}', '<h2 id="user-content-m"><strong>Bold</strong></h2>'],
    ['## Methods {#m .lead lang=fr}', '<h2 id="user-content-m">Methods</h2>'],
    ['> ## Quoted {#q}', '<blockquote>\n<h2 id="user-content-q">Quoted</h2>\n</blockquote>'],
    // A document the reference parser reads (see parser.ts) gives its positions too.
    ['<PRE>\nx\n</PRE>\n\n## Methods {#m}', '<pre>x\n</pre>\n<h2 id="user-content-m">Methods</h2>'],
    // Code, escapes and character references are text, as written.
    ['## The `{#}` operator', '<h2 id="h-the--operator">The <code>{#}</code> operator</h2>'],
    ['## Use `{#id}`', '<h2 id="h-use-id">Use <code>{#id}</code></h2>'],
    ['## Svelte `{#if}` blocks', '<h2 id="h-svelte-if-blocks">Svelte <code>{#if}</code> blocks</h2>'],
    ['## Literal \\{#x}', '<h2 id="h-literal-x">Literal {#x}</h2>'],
    ['## Literal &#123;#x}', '<h2 id="h-literal-x">Literal {#x}</h2>'],
    ['## Literal {#x&#125;', '<h2 id="h-literal-x">Literal {#x}</h2>'],
    ['## {#only}', '<h2 id="h-only">{#only}</h2>'],
    ['## The {#} operator', '<h2 id="h-the--operator">The {#} operator</h2>'],
    ['Paragraph {#p}', '<p>Paragraph {#p}</p>'],
  ])('%j', (markdown, html) => {
    expect(renderMarkdown(markdown, en).html).toBe(html);
  });

  it('leaves the block out of the contents and the slug, and lets links reach the id without clobbering the page', () => {
    const out = renderMarkdown('## Intro\n\n## Methods {#intro}\n\n### Data {#data .x}\n\nSee [methods](#intro), [data](#data), [intro](#h-intro).', en);
    expect(out.headings).toEqual([
      { depth: 2, id: 'h-intro', text: 'Intro' },
      { depth: 2, id: 'user-content-intro', text: 'Methods' },
      { depth: 3, id: 'user-content-data', text: 'Data' },
    ]);
    expect(out.html).toContain('<a href="#user-content-intro">methods</a>, <a href="#user-content-data">data</a>, <a href="#h-intro">intro</a>');
  });

  it('reports no text as lost when the post has raw HTML too', () => {
    expect(renderMarkdown('## Methods {#m}\n\n<p>Raw.</p>', en).lostText).toEqual([]);
  });
});
