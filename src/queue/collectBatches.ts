interface Waiting<I, O> {
  item: I;
  resolve(result: O): void;
  reject(error: unknown): void;
}

/**
 * Gathers the items submitted in one turn of the event loop, at most `size` at a time, and hands
 * them to `work` together: each submitter gets its own item's result (`work` gives them in
 * order), or the error that failed the whole batch.
 */
export function collectBatches<I, O>(
  size: number,
  work: (items: I[]) => Promise<O[]>,
): (item: I) => Promise<O> {
  let waiting: Waiting<I, O>[] = [];
  const flush = () => {
    if (waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    work(batch.map((w) => w.item)).then(
      (results) => {
        for (const [i, w] of batch.entries()) w.resolve(results[i] as O);
      },
      (error) => {
        for (const w of batch) w.reject(error);
      },
    );
  };
  return (item) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (waiting.length >= size) flush();
      else if (waiting.length === 1) setImmediate(flush);
    });
}
