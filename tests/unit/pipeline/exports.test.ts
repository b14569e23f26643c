import { expectTypeOf, it, expect } from 'vitest';
import * as pipeline from '../../../src/pipeline/index.ts';
import type { AuthoredLink, DuplicateId, LostText, RefusedAddress, UndefinedLabel, RenderedMarkdown, RenderFallback, RenderOptions, TocHeading } from '../../../src/pipeline/index.ts';

// The pipeline's public surface: the Astro site and the CLI depend on exactly
// this, so a change here is a change of contract and should be deliberate.
it('exports exactly the public API', () => {
  expect(Object.keys(pipeline).sort()).toEqual(['ALERT_KINDS', 'MAX_NESTING', 'convertedIds', 'countUnits', 'createProcessor', 'findDeepNesting',
    'parseMarkdown', 'pipelineVersionKey', 'rebaseLinks', 'relocateHref', 'renderMarkdown', 'resolveFragment', 'resolveHref']);
});

it('keeps the public types', () => {
  expectTypeOf(pipeline.renderMarkdown).parameters.toEqualTypeOf<[string, RenderOptions]>();
  expectTypeOf(pipeline.renderMarkdown).returns.toEqualTypeOf<RenderedMarkdown>();
  expectTypeOf(pipeline.countUnits).toEqualTypeOf<(text: string, lang?: string) => number>();
  expectTypeOf<RenderOptions['lang']>().toEqualTypeOf<string>();
  expectTypeOf<RenderedMarkdown>().toEqualTypeOf<{
    html: string;
    excerptHtml: string;
    excerptTruncated: boolean;
    headings: TocHeading[];
    units: number;
    anchors: string[];
    duplicateIds: DuplicateId[];
    links: AuthoredLink[];
    images: AuthoredLink[];
    refused: RefusedAddress[];
    undefinedLabels: UndefinedLabel[];
    lostText: LostText[];
    fallback?: RenderFallback;
  }>();
  expectTypeOf<TocHeading>().toEqualTypeOf<{ depth: number; id: string; text: string }>();
});
