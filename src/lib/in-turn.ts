/**
 * Runs `work` on every item, at most `limit` at a time, in order of starting; the first
 * failure is thrown once the items already started have ended. For work that holds
 * memory or file handles while it runs (file writes, Pagefind indexes).
 * @example await inTurn(files, 32, (file) => writeFileAtomic(file.path, file.text, { overwrite: true }))
 */
export async function inTurn<T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(Math.floor(limit), items.length)) }, lane));
}
