/**
 * Percent-decodes, giving back the input when it is not valid percent-encoding: a URL,
 * fragment or slug written by hand is data, never a crash.
 * @example safeDecode('%E8%83%8C') // '背'
 * @example safeDecode('100%') // '100%'
 */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
