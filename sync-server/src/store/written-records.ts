/**
 * The stored JSON (records.data) of the records this process committed last, each with the
 * server_seq it was written at, so the next push that edits one of them does not read its ~2 KB
 * again: turning a seeker's Japanese UTF-8 into a JavaScript string cost several times more than
 * parsing the string (~15 µs against ~1 µs on a loaded machine; the profile of a 500-seeker push put
 * the record reads at ~20% of it). field_versions is ASCII, quick to read, and is not kept. SQLite only.
 *
 * Safe for the same reason as services/conforming-records.ts: every write of a record, by any writer
 * (a push, the seed, a migration, another process), takes a new server_seq under the counter's lock,
 * so the JSON remembered at the seq the database still holds is the JSON the database holds. Filled
 * only after the transaction commits; a read hands out the string, and every reader parses its own
 * objects. Bounded by characters kept (MAX_CHARS: ~32 MB at worst, ~14,000 seekers); past it the
 * oldest written go first.
 */
export type WrittenText = { serverSeq: number; data: string };

const MAX_CHARS = 16_000_000;

export class WrittenRecords {
  private readonly texts = new Map<string, WrittenText>();
  private chars = 0;

  constructor(private readonly maxChars = MAX_CHARS) {}

  /** The remembered text of `key`, or undefined (a read of the row's text is then needed). */
  get(key: string): WrittenText | undefined {
    return this.texts.get(key);
  }

  /** Call after commit, with what the transaction wrote (later rows of a key replace earlier ones). */
  remember(written: ReadonlyMap<string, WrittenText>): void {
    for (const [key, text] of written) {
      this.forget(key);
      // Re-inserted at the end: the most recently written go last.
      this.texts.set(key, text);
      this.chars += text.data.length;
    }
    for (const key of this.texts.keys()) {
      if (this.chars <= this.maxChars) break;
      this.forget(key);
    }
  }

  private forget(key: string): void {
    const old = this.texts.get(key);
    if (!old) return;
    this.texts.delete(key);
    this.chars -= old.data.length;
  }
}
