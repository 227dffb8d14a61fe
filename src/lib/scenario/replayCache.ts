// The networks and change logs last derived from a scenario's changes. An edit appends one
// change and an undo goes back to the list before, so keeping the last two of each makes those
// cost one step instead of a replay of the whole list (which, at 100,000 changes, takes seconds).
import { indexNetwork } from '../model/indexNetwork';
import type { Network } from '../model/types';
import { applyChange, deriveNetwork } from './applyChange';
import { describeChanges, describeChangesInSteps, describeOneChange, type DescribedChange } from './describeChange';
import type { Change } from './types';

interface Derived<T> {
  readonly changes: readonly Change[];
  readonly value: T;
}

/** Same changes, by identity: the lists the app builds share their change objects. */
const sameList = (a: readonly Change[], b: readonly Change[]) => a.length === b.length && a.every((c, i) => c === b[i]);
const appendedByOne = (before: readonly Change[], after: readonly Change[]) => after.length === before.length + 1 && before.every((c, i) => c === after[i]);

/** The last two values made from a list of changes, the latest first. */
class LastTwo<T> {
  private kept: Derived<T>[] = [];

  get(changes: readonly Change[], make: (last: Derived<T> | undefined) => T): T {
    const [last, previous] = this.kept;
    if (last && sameList(last.changes, changes)) return last.value;
    if (previous && sameList(previous.changes, changes)) {
      this.kept = [previous, last!];
      return previous.value;
    }
    const value = make(last);
    this.kept = last ? [{ changes, value }, last] : [{ changes, value }];
    return value;
  }

  reset(changes: readonly Change[], value: T): void {
    this.kept = [{ changes, value }];
  }
}

export class ReplayCache {
  private readonly networks = new LastTwo<Network>();
  private readonly logs = new LastTwo<readonly DescribedChange[]>();

  constructor(private readonly baseline: Network) {}

  /** The network after `changes`: remembered, one change on from the last, or replayed. */
  network(changes: readonly Change[]): Network {
    return this.networks.get(changes, (last) => (last && appendedByOne(last.changes, changes) ? applyChange(last.value, changes[changes.length - 1]!) : deriveNetwork(this.baseline, changes)));
  }

  /** Each change in words: remembered, the last log plus one sentence, or described anew. */
  log(changes: readonly Change[]): readonly DescribedChange[] {
    return this.logs.get(changes, (last) =>
      last && appendedByOne(last.changes, changes) ? [...last.value, describeOneChange(indexNetwork(this.network(last.changes)), changes[changes.length - 1]!)] : describeChanges(this.baseline, changes),
    );
  }

  /** Derives both in steps (see describeChangesInSteps) so that the next reads find them ready. */
  async prepareInSteps(changes: readonly Change[], pause: () => Promise<void>): Promise<void> {
    const { entries, network } = await describeChangesInSteps(this.baseline, changes, pause);
    this.networks.reset(changes, network);
    this.logs.reset(changes, entries);
  }
}
