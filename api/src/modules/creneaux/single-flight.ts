/**
 * Concurrent identical searches share one computation: when fifty people open the same motif at
 * once, the database and the engine work once and everyone gets the same fresh answer. Nothing
 * is kept after the computation ends, so no answer is ever older than the request that asked.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  run(key: string, compute: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const promise = compute().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }
}
