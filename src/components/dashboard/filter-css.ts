/**
 * The dashboard's filtering and sorting, as CSS alone (radio buttons and :has()), so
 * it works without JavaScript; without :has() support every row simply stays visible.
 * Generated because the rules follow the configured locales and the status states.
 * @example filterCss(['draft'], ['zh']) // '.dashboard:has(#state-draft:checked) tbody tr:not([data-state="draft"]){display:none}…'
 */
export function filterCss(states: readonly string[], locales: readonly string[]): string {
  const hide = (selector: string, rows: string) => `.dashboard:has(${selector}:checked) ${rows}{display:none}`;
  return [
    ...states.map((state) => hide(`#state-${state}`, `tbody tr:not([data-state="${state}"])`)),
    ...locales.map((code) => hide(`#locale-${code}`, `tbody tr:not([data-locale="${code}"])`)),
    hide('#sort-work', 'tbody[data-order="date"]'),
    '.dashboard:not(:has(#sort-work:checked)) tbody[data-order="work"]{display:none}',
  ].join('\n');
}
