import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { VersionedLoader } from "./versionedLoader";

/** A server whose answers the test releases one by one, in any order. */
function fakeServer() {
  const pending: { resolve(v: number): void; reject(e: unknown): void }[] = [];
  const shown: { version: number; news: boolean }[] = [];
  const errors: unknown[] = [];
  const loader = new VersionedLoader<number>({
    fetch: () => new Promise<number>((resolve, reject) => pending.push({ resolve, reject })),
    versionOf: (v) => v,
    onData: (version, news) => shown.push({ version, news }),
    onError: (e) => errors.push(e),
  });
  return { loader, pending, shown, errors };
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0));

describe("VersionedLoader", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it("shows the first snapshot without announcing it", async () => {
    const s = fakeServer();
    const started = s.loader.start();
    s.pending[0]!.resolve(3);
    await started;
    expect(s.shown).toEqual([{ version: 3, news: false }]);
    expect(s.loader.shown).toBe(3);
  });

  it("folds asks during a fetch into one more fetch, and never moves backwards", async () => {
    const s = fakeServer();
    const first = s.loader.start();
    void s.loader.load();
    void s.loader.load();
    s.pending[0]!.resolve(5);
    await flush();
    expect(s.pending).toHaveLength(2);
    s.pending[1]!.resolve(4);
    await first;
    expect(s.shown.map((x) => x.version)).toEqual([5]);
  });

  it("announces someone else's change after a live notice, but not this tab's own", async () => {
    const s = fakeServer();
    const started = s.loader.start();
    s.pending[0]!.resolve(1);
    await started;

    const own = s.loader.afterOwnChange(2);
    s.pending[1]!.resolve(2);
    await own;

    s.loader.schedule();
    vi.advanceTimersByTime(100);
    s.pending[2]!.resolve(3);
    await flush();
    expect(s.shown).toEqual([
      { version: 1, news: false },
      { version: 2, news: false },
      { version: 3, news: true },
    ]);
  });

  it("debounces a burst of notices into one fetch", async () => {
    const s = fakeServer();
    const started = s.loader.start();
    s.pending[0]!.resolve(1);
    await started;
    s.loader.schedule();
    s.loader.schedule();
    s.loader.schedule();
    vi.advanceTimersByTime(100);
    expect(s.pending).toHaveLength(2);
  });

  it("reports errors and drops answers that arrive after stop", async () => {
    const s = fakeServer();
    const started = s.loader.start();
    s.pending[0]!.reject(new Error("nede"));
    await started;
    expect(s.errors).toHaveLength(1);

    const again = s.loader.load();
    s.loader.stop();
    s.pending[1]!.resolve(9);
    await again;
    expect(s.shown).toEqual([]);
  });
});
