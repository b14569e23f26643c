/**
 * The dashboard's filtering and sorting, as CSS alone (radio buttons and :has()), so
 * it works without JavaScript; without :has() support every row simply stays visible.
 * Rows are rendered once: sorting changes their `order` (a rank each row carries in
 * `data-w` and `data-t`), and an empty result shows the `.empty` message.
 * Generated because the rules follow the configured locales.
 * @example filterCss(['zh']) // '.dashboard:has(#locale-zh:checked) .worklist>li:not([data-locale="zh"]){display:none}…'
 */
export function filterCss(locales: readonly string[]): string {
  const when = (radio: string) => `.dashboard:has(#${radio}:checked)`;
  return [
    ...locales.flatMap((code) => [
      `${when(`locale-${code}`)} .worklist>li:not([data-locale="${code}"]){display:none}`,
      `${when(`locale-${code}`)}:not(:has(.worklist>li[data-locale="${code}"])) .empty{display:block}`,
    ]),
    `${when('sort-work')} .worklist>li{order:attr(data-w type(<integer>),0)}`,
    `${when('sort-title')} .worklist>li{order:attr(data-t type(<integer>),0)}`,
  ].join('\n');
}

/**
 * Where typed attr() is missing (it is newer than :has()), the sort radios set each
 * row's order from its rank instead. Inline and tiny: the page needs no script file.
 */
export const sortScript = `(function(){if(CSS.supports('order','attr(data-w type(<integer>),0)'))return;var d=document.querySelector('.dashboard');if(!d)return;function sort(r){var k=r.id==='sort-work'?'w':r.id==='sort-title'?'t':'';d.querySelectorAll('.worklist>li').forEach(function(li){li.style.order=k?li.getAttribute('data-'+k):''})}d.addEventListener('change',function(e){if(e.target.name==='sort')sort(e.target)});var c=d.querySelector('input[name=sort]:checked');if(c)sort(c)})();`;
