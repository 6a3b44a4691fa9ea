/**
 * `schema.ts` and `client.ts` texts still being made, in spec order, and the errors among them reported as a run on
 * one thread would report them: the first spec's first.
 */
type Settled = { text: string } | { error: unknown };

export class PendingTexts {
  readonly #pending: Array<{ result: Promise<Settled>; apply: (text: string) => void }> = [];
  /** The schema error `settle` threw, if any (it is the earliest one: every spec before it succeeded). */
  thrown: unknown;

  add(text: Promise<string>, apply: (text: string) => void): void {
    this.#pending.push({
      result: text.then(
        (t) => ({ text: t }),
        (error: unknown) => ({ error }),
      ),
      apply,
    });
  }

  /** Waits, in order, until at most `ahead` texts are pending; throws the first schema error met. */
  async settle(ahead: number): Promise<void> {
    while (this.#pending.length > ahead) {
      const next = this.#pending.shift()!;
      const r = await next.result;
      if ("error" in r) throw (this.thrown = r.error);
      next.apply(r.text);
    }
  }

  /** After an error elsewhere in the loop: the first schema error of the specs before it, if any. */
  async earlierError(failure: unknown): Promise<unknown> {
    if (failure === this.thrown) return undefined;
    for (const next of this.#pending.splice(0)) {
      const r = await next.result;
      if ("error" in r) return r.error;
    }
    return undefined;
  }
}
