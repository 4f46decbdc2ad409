/**
 * The records this server process wrote itself from a schema-validated merge, each at the server_seq
 * it wrote: such a stored record is the current schema's output, so the next edit of it validates
 * only what its patch changes (src/sync/core/validate-record.ts). A record not listed, or listed at
 * another seq (written since by another instance, the seed, an erasure, a restore), is parsed whole,
 * as it always was: that full parse is what normalises data stored under an older schema, and a
 * schema only changes with a new server process, whose list starts empty.
 *
 * Filled only after the write transaction commits (`remember`), so a rolled-back batch never vouches
 * for a seq another writer may then take. Bounded: past MAX the oldest entries go (a full parse again).
 */
export class ConformingRecords {
  private readonly seqs = new Map<string, number>();

  constructor(private readonly max = 100_000) {}

  has(key: string, serverSeq: number): boolean {
    return this.seqs.get(key) === serverSeq;
  }

  remember(written: ReadonlyMap<string, number>): void {
    for (const [key, seq] of written) {
      // Re-inserted at the end: the most recently written go last.
      this.seqs.delete(key);
      this.seqs.set(key, seq);
    }
    for (const key of this.seqs.keys()) {
      if (this.seqs.size <= this.max) break;
      this.seqs.delete(key);
    }
  }
}
