import { describe, expect, it } from 'vitest';
import { describeEmbed, identifyService, webUrl } from '../../../src/pipeline/embed-services.ts';
import { renderMarkdown, type EmbedLink } from '../../../src/pipeline/index.ts';

const en = { lang: 'en-GB' };
// What the site passes: t('embed.<kind>', { service, url }) in the page's language.
const labels: Record<string, Record<EmbedLink['kind'], string>> = {
  en: { video: 'Video on {s}: {u}', audio: 'Audio on {s}: {u}', post: 'Post on {s}: {u}', image: 'Image on {s}: {u}', map: 'Map on {s}: {u}', document: 'Document on {s}: {u}', page: 'Page on {s}: {u}' },
  zh: { video: '{s} 视频（可能无法在中国大陆访问）：{u}', audio: '{s} 音频：{u}', post: '{s} 帖子：{u}', image: '{s} 图片：{u}', map: '{s} 地图：{u}', document: '{s} 文档：{u}', page: '{s} 网页：{u}' },
};
const embedLabel = (lang: string) => (embed: EmbedLink) => (labels[lang]?.[embed.kind] ?? '').replace('{s}', embed.service).replace('{u}', embed.url);

describe('identifyService', () => {
  it.each([
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?start=30', 'video', 'YouTube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/abc', 'video', 'YouTube', 'https://www.youtube.com/watch?v=abc'],
    ['https://youtu.be/abc', 'video', 'YouTube', 'https://youtu.be/abc'],
    ['https://m.youtube.com/shorts/xyz', 'video', 'YouTube', 'https://www.youtube.com/watch?v=xyz'],
    ['https://i.ytimg.com/vi/abc/hqdefault.jpg', 'image', 'YouTube', 'https://i.ytimg.com/vi/abc/hqdefault.jpg'],
    ['https://player.vimeo.com/video/76979871', 'video', 'Vimeo', 'https://vimeo.com/76979871'],
    ['https://platform.twitter.com/embed/Tweet.html?id=42', 'post', 'X (Twitter)', 'https://x.com/i/status/42'],
    ['https://x.com/user/status/42', 'post', 'X (Twitter)', 'https://x.com/user/status/42'],
    ['https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fp%2F1', 'post', 'Facebook', 'https://www.facebook.com/p/1'],
    ['https://www.facebook.com/plugins/video.php?href=javascript%3Aalert(1)', 'video', 'Facebook', 'https://www.facebook.com/plugins/video.php?href=javascript%3Aalert(1)'],
    ['https://www.instagram.com/reel/CODE/embed/', 'video', 'Instagram', 'https://www.instagram.com/reel/CODE/'],
    ['https://www.tiktok.com/embed/v2/123', 'video', 'TikTok', 'https://www.tiktok.com/embed/v2/123'],
    ['https://www.google.co.uk/maps/embed?pb=x', 'map', 'Google Maps', 'https://www.google.co.uk/maps/embed?pb=x'],
    ['https://maps.app.goo.gl/abc', 'map', 'Google Maps', 'https://maps.app.goo.gl/abc'],
    ['https://docs.google.com/spreadsheets/d/abc/pubhtml', 'document', 'Google Sheets', 'https://docs.google.com/spreadsheets/d/abc/pubhtml'],
    ['https://docs.google.com/forms/d/e/abc/viewform?embedded=true', 'document', 'Google Forms', 'https://docs.google.com/forms/d/e/abc/viewform?embedded=true'],
    ['//open.spotify.com/embed/episode/xyz', 'audio', 'Spotify', 'https://open.spotify.com/episode/xyz'],
    ['https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fa%2Fb', 'audio', 'SoundCloud', 'https://soundcloud.com/a/b'],
    ['https://player.bilibili.com/player.html?bvid=BV1', 'video', 'Bilibili', 'https://player.bilibili.com/player.html?bvid=BV1'],
  ])('%s', (url, kind, service, page) => {
    expect(identifyService(url)).toEqual({ kind, service, url: page });
  });

  it.each(['https://example.org/', 'https://notyoutube.com/embed/x', 'https://www.google.com/search?q=maps', 'javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', '/relative', ''])(
    'knows nothing of %j',
    (url) => {
      expect(identifyService(url)).toBeUndefined();
    },
  );

  it('describes other sites by host and refuses non-web URLs', () => {
    expect(describeEmbed('https://www.example.org/widget', 'page')).toEqual({ kind: 'page', service: 'example.org', url: 'https://www.example.org/widget' });
    expect(describeEmbed('javascript:alert(1)', 'page')).toBeUndefined();
    expect(webUrl(' HTTPS://Example.org/a ')?.href).toBe('https://example.org/a');
  });
});

describe('renderMarkdown: embeds become labelled links', () => {
  it('turns a YouTube iframe into a paragraph with a link, labelled by the caller, in each language', () => {
    const md = '<iframe src="https://www.youtube.com/embed/ID" allowfullscreen></iframe>';
    expect(renderMarkdown(md, { ...en, embedLabel: embedLabel('en') }).html).toBe(
      '<p><a href="https://www.youtube.com/watch?v=ID" rel="noopener noreferrer">Video on YouTube: https://www.youtube.com/watch?v=ID</a></p>',
    );
    expect(renderMarkdown(md, { lang: 'zh-Hans', embedLabel: embedLabel('zh') }).html).toContain('>YouTube 视频（可能无法在中国大陆访问）：https://www.youtube.com/watch?v=ID</a>');
  });

  it('labels a bare service URL on its own line, as written, and leaves links with their own words alone', () => {
    const { html } = renderMarkdown('https://twitter.com/a/status/1\n\n<https://youtu.be/x>\n\nSee [this talk](https://youtu.be/x) and https://youtu.be/y.', { ...en, embedLabel: embedLabel('en') });
    expect(html).toContain('<p><a href="https://twitter.com/a/status/1" rel="noopener noreferrer">Post on X (Twitter): https://twitter.com/a/status/1</a></p>');
    expect(html).toContain('<p><a href="https://youtu.be/x" rel="noopener noreferrer">Video on YouTube: https://youtu.be/x</a></p>');
    expect(html).toContain('See <a href="https://youtu.be/x" rel="noopener noreferrer">this talk</a> and <a href="https://youtu.be/y" rel="noopener noreferrer">https://youtu.be/y</a>.');
  });

  it('never leaves an iframe, script or anything that loads from a service', () => {
    const md = [
      '<iframe src="https://www.google.com/maps/embed?pb=1" width="600"></iframe>',
      'Text <iframe src="https://player.vimeo.com/video/1"></iframe> inline.',
      '<blockquote class="twitter-tweet"><p>Hi</p><a href="https://twitter.com/a/status/2">Jan 1</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>',
      '![thumb](https://i.ytimg.com/vi/x/0.jpg)',
      '<video src="https://video.twimg.com/v.mp4" controls></video>',
      '<a href="https://example.org/"><iframe src="https://www.youtube.com/embed/z"></iframe></a>',
    ].join('\n\n');
    const { html } = renderMarkdown(md, { ...en, embedLabel: embedLabel('en') });
    expect(html).not.toMatch(/<(iframe|script|video|embed|object)/);
    expect(html).not.toMatch(/src="https:\/\/[^"]*(ytimg|twimg|youtube|google|twitter)/);
    expect(html).toContain('<p><a href="https://www.google.com/maps/embed?pb=1" rel="noopener noreferrer">Map on Google Maps: https://www.google.com/maps/embed?pb=1</a></p>');
    expect(html).toContain('<p>Text <a href="https://vimeo.com/1" rel="noopener noreferrer">Video on Vimeo: https://vimeo.com/1</a> inline.</p>');
    expect(html).toContain('<p><a href="https://twitter.com/a/status/2" rel="noopener noreferrer">Post on X (Twitter): https://twitter.com/a/status/2</a></p></blockquote>');
    expect(html).toContain('>Image on YouTube: https://i.ytimg.com/vi/x/0.jpg</a>');
    expect(html).toContain('>Video on X (Twitter): https://video.twimg.com/v.mp4</a>');
    // No link inside a link: an embed within one becomes its label's text.
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">Video on YouTube: https://www.youtube.com/watch?v=z</a>');
  });

  it('labels a linked thumbnail as what the link leads to', () => {
    const { html } = renderMarkdown('[![Watch](https://i.ytimg.com/vi/x/0.jpg)](https://www.youtube.com/watch?v=x)', { ...en, embedLabel: embedLabel('en') });
    expect(html).toBe('<p><a href="https://www.youtube.com/watch?v=x" rel="noopener noreferrer">Video on YouTube: https://www.youtube.com/watch?v=x</a></p>');
  });

  it('uses the service name and URL when no label is given', () => {
    expect(renderMarkdown('<iframe src="https://www.tiktok.com/embed/v2/1"></iframe>', en).html).toContain('>TikTok: https://www.tiktok.com/embed/v2/1</a>');
  });

  it('keeps what follows an unclosed player', () => {
    const { html } = renderMarkdown('<object data="https://www.youtube.com/v/x">\n\nThe rest of the *post*.', en);
    expect(html).toContain('<p>The rest of the <em>post</em>.</p>');
  });
});
