import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { phraseLists } from '../../../src/i18n/site-i18n.ts';
import { ALERT_KINDS, MAX_NESTING } from '../../../src/pipeline/index.ts';
import { cloneTree, EMBED_KINDS, renderGroup, renderTask, type RenderLabels, type RenderTask } from '../../../src/site/render-task.ts';
import { parseMarkdown } from '../../../src/pipeline/index.ts';
import { adversarial, randomDocument } from '../pipeline/fuzz-documents.ts';
import { prng } from '../pipeline/random.ts';

// A version and its derived locales' conversions are rendered from one parse
// (renderGroup); each must be the same bytes as rendered on its own.
const labels: RenderLabels = { footnotes: '註', footnoteBack: '返回', embed: Object.fromEntries(EMBED_KINDS.map((kind) => [kind, kind])) as RenderLabels['embed'], alert: Object.fromEntries(ALERT_KINDS.map((kind) => [kind, kind])) as RenderLabels['alert'] };
const derived = siteConfig.locales.find((locale) => locale.convert);
const conversion = { convert: derived?.convert ?? { from: 'cn' as const, to: 'hk' as const, quotes: 'corner' as const }, phrases: phraseLists[derived?.code ?? ''] ?? {}, relocateLinks: { from: '/zh/', to: '/zh-hant/' } };

const documents = {
  prose: '## 背景\n\n我们支持“团结”运动[^1]。见[上文](#背景)与[那篇](/zh/posts/x/#团结)。\n\n<!-- more -->\n\n- 一\n- 二\n\n[^1]: 注释。',
  'raw HTML': '<p>我们<em>支持</em></p>\n\n<details><summary>更多</summary>团结</details>',
  'too deep to parse': `${'> '.repeat(MAX_NESTING + 5)}这个团结`,
  ...Object.fromEntries(Array.from({ length: 6 }, (_, seed) => [`random document ${seed}`, randomDocument(prng(seed))])),
  ...Object.fromEntries(adversarial(false).filter((shape) => !shape.fallback).map((shape) => [shape.name, shape.markdown(7)])),
};

describe.each(Object.entries(documents))('%s', (_name, markdown) => {
  const written: RenderTask = { markdown, lang: 'zh-Hans', excerptUnits: 20, labels, fingerprint: true };
  const converted: RenderTask = { ...written, lang: derived?.lang ?? 'zh-Hant', fingerprint: false, conversion };
  it('renders each task of a group as it renders alone', () => {
    const alone = [written, converted, { ...converted, rewrites: { '/zh-hant/posts/x/#團結': '/zh-hant/posts/x/#h-團結' } }].map((task) => renderTask(task));
    expect(renderGroup([written, converted, { ...converted, rewrites: { '/zh-hant/posts/x/#團結': '/zh-hant/posts/x/#h-團結' } }])).toEqual(alone);
    // Text that converts is converted (not the written version's tree rendered again).
    if (markdown.includes('团结')) expect(alone[1]?.html).not.toBe(alone[0]?.html);
  });
});

describe('cloneTree', () => {
  it.each(Object.entries(documents))('copies the tree of %s, sharing no object with it', (_name, markdown) => {
    const tree = parseMarkdown(markdown);
    const copy = cloneTree(tree);
    expect(copy).toStrictEqual(tree);
    const objects = (value: unknown, into: Set<object>): Set<object> => {
      if (typeof value === 'object' && value !== null) {
        into.add(value);
        for (const item of Object.values(value)) objects(item, into);
      }
      return into;
    };
    const original = objects(tree, new Set());
    expect([...objects(copy, new Set())].filter((object) => original.has(object))).toEqual([]);
  });
});
