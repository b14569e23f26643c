import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';

describe('old named anchors', () => {
  it.each([
    ['an empty anchor becomes an id links reach', '<a name="part-2"></a>\n\n[go](#part-2)', ['user-content-part-2'], '<a href="#user-content-part-2">go</a>'],
    ['an anchor around text keeps its text', '<a name="s2">Section two</a>', ['user-content-s2'], '<a id="user-content-s2">Section two</a>'],
    ['an id of its own wins over the name', '<a name="a" id="b"></a>', ['user-content-b'], '<a id="user-content-b"></a>'],
    ['a name on anything but a link stays dropped, as the sanitizer wants', '<img name="__xss" src="x.png" alt="n">', [], '<img src="x.png" alt="n">'],
    ['a blank name is no anchor', '<a name=" ">x</a>', [], '<p>x</p>'],
  ])('%s', (_, markdown, anchors, html) => {
    const rendered = renderMarkdown(markdown, { lang: 'en-GB' });
    expect(rendered.anchors).toEqual(anchors);
    expect(rendered.html).toContain(html);
  });
});
