export interface VersionedSource<T> {
  fetch(): Promise<T>;
  versionOf(data: T): number;
  /** `news`: a newer version than shown, fetched because of a live notice, and not this tab's own change. */
  onData(data: T, news: boolean): void;
  onError(error: unknown): void;
}

const DEBOUNCE_MS = 100;

/**
 * Fetches whole snapshots of a versioned stream and shows only ones at least as new as the one on
 * screen, so late or repeated answers never move the page backwards. One fetch runs at a time; asks
 * during it are folded into one more fetch after it.
 */
export class VersionedLoader<T> {
  private shownVersion = -1;
  // Highest version produced by this tab's own mutations; those are not announced as live news.
  private ownVersion = 0;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private announce = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private active = false;

  constructor(private readonly source: VersionedSource<T>) {}

  /** The version on screen; -1 before the first snapshot. */
  get shown(): number {
    return this.shownVersion;
  }

  start(): Promise<void> {
    this.active = true;
    return this.load();
  }

  stop(): void {
    this.active = false;
    clearTimeout(this.timer);
  }

  /** A live notice or reconnect: fetch soon, folding a burst of notices into one fetch. */
  schedule(): void {
    this.announce = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), DEBOUNCE_MS);
  }

  /** After this tab's own mutation: resolves once the snapshot with it has been fetched (or failed). */
  afterOwnChange(version: number): Promise<void> {
    this.ownVersion = Math.max(this.ownVersion, version);
    return this.load();
  }

  load(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const run = this.run().finally(() => {
      this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      const announce = this.announce;
      this.announce = false;
      try {
        const data = await this.source.fetch();
        if (!this.active) return;
        const version = this.source.versionOf(data);
        if (version < this.shownVersion) continue;
        const news = announce && this.shownVersion >= 0 && version > this.shownVersion && version > this.ownVersion;
        this.shownVersion = version;
        this.source.onData(data, news);
      } catch (error) {
        if (!this.active) return;
        this.source.onError(error);
      }
    } while (this.again && this.active);
  }
}
