import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { playerAddress } from '../../../src/pipeline/rehype-embeds.ts';

const removed = (markdown: string) => renderMarkdown(markdown, { lang: 'en-GB' }).lostText.filter((lost) => lost.removed).map(({ line, element }) => [line, element]);

describe('raw HTML the page loses with all it shows', () => {
  it.each([
    ['an inline drawing in a paragraph', 'Intro.\n\nThe vote: <svg viewBox="0 0 10 10" role="img" aria-label="86% yes"><rect width="8" height="10"/></svg> in full.', [[3, 'svg']]],
    ['a formula, its text with it', 'Turnout was <math><mi>n</mi><mo>=</mo><mn>412</mn></math> students.', [[1, 'math']]],
    ['a recording kept in the post folder', '<audio src="./speech.mp3" controls>Listen to the speech</audio>', [[1, 'audio']]],
    ['a video by its <source>', '<video controls>\n  <source src="./march.mp4" type="video/mp4">\n</video>', [[1, 'video']]],
    ['a document shown in the page', 'Before.\n\n<object data="./report.pdf" type="application/pdf">The report</object>\n\n<embed src="./leaflet.pdf">', [[3, 'object'], [5, 'embed']]],
    ['one drawing inside another, once', '<svg><svg><circle r="1"/></svg></svg>', [[1, 'svg']]],
  ])('%s', (_, markdown, expected) => {
    expect(removed(markdown)).toEqual(expected);
  });

  it.each([
    ['a player of a web address, which becomes a link', '<video src="https://example.org/march.mp4"></video>'],
    ['a player with nothing to play', '<video controls>No video.</video>'],
    ['an SVG image file', '![Chart](./chart.svg) and <img src="./chart.svg" alt="Chart">'],
    ['markup written as code', 'Write `<svg>` or:\n\n```html\n<math><mi>x</mi></math>\n```'],
  ])('%s is not reported', (_, markdown) => {
    expect(removed(markdown)).toEqual([]);
  });
});

describe('a drawing or formula never closed', () => {
  it.each([
    ['Intro <svg width="1"> never closed\n\nText after it.', 1, 'svg'],
    ['Intro <math> never closed\n\nText after it.', 1, 'math'],
  ])('%j reports the text it hides, not only the element', (markdown, line, element) => {
    expect(renderMarkdown(markdown, { lang: 'en-GB' }).lostText).toEqual([{ line, element }]);
  });
});

describe('playerAddress', () => {
  const element = (tagName: string, properties: Element['properties'], children: Element[] = []): Element => ({ type: 'element', tagName, properties, children });
  it.each([
    ['a video src', element('video', { src: './a.mp4' }), './a.mp4'],
    ['a video <source>', element('video', {}, [element('track', {}), element('source', { src: './b.webm' })]), './b.webm'],
    ['an object data', element('object', { data: './r.pdf' }), './r.pdf'],
    ['an iframe src', element('iframe', { src: 'https://example.org/' }), 'https://example.org/'],
    ['a player without one', element('audio', { controls: true }), undefined],
    ['an image', element('img', { src: './a.png' }), undefined],
  ])('%s', (_, node, expected) => {
    expect(playerAddress(node)).toBe(expected);
  });
});
