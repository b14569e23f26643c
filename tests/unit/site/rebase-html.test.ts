import { expect, it } from 'vitest';
import { rebaseHtml } from '../../../src/site/rebase-html.ts';

// A feed's readers show a post away from its page: every address in it must stand alone.
it.each([
  ['<p><img src="./photo.jpg" alt="A photo"></p>', '<p><img src="https://site.example/en/posts/a/photo.jpg" alt="A photo"></p>'],
  ['<p><a href="#h-more">below</a> <a href="../b/">b</a> <a href="/en/tags/">tags</a></p>', '<p><a href="https://site.example/en/posts/a/#h-more">below</a> <a href="https://site.example/en/posts/b/">b</a> <a href="https://site.example/en/tags/">tags</a></p>'],
  ['<p><a href="https://example.org/" rel="noopener noreferrer">web</a> <a href="mailto:a@example.org">mail</a> text with href="./x" in it</p>', '<p><a href="https://example.org/" rel="noopener noreferrer">web</a> <a href="mailto:a@example.org">mail</a> text with href="./x" in it</p>'],
])('%s', (html, expected) => {
  expect(rebaseHtml(html, 'https://site.example/en/posts/a/')).toBe(expected);
});
