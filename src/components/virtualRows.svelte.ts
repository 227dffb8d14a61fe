// Which rows of a long table are in the DOM: @tanstack/svelte-virtual's Virtualizer (its
// framework-free core, re-exported by the package), driven by runes. The package's Svelte
// adapter hands out a svelte/store; here the Virtualizer's onChange sets $state instead, as
// the adapter sets its store, so the table re-renders only the rows in view.
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect, type VirtualItem } from '@tanstack/svelte-virtual';

export class VirtualRows {
  /** The rows to render (index into the sorted rows, start and end in px). */
  items = $state.raw<readonly VirtualItem[]>([]);
  /** Height of every row, rendered or not, in px. */
  totalSize = $state(0);
  private readonly virtualizer: Virtualizer<HTMLElement, HTMLTableRowElement>;
  private scrollMargin = 0;
  /**
   * Every row has the same height (cells keep to one line), so one measured row sizes them all:
   * measuring rows one by one would leave the unseen ones at the estimate, and a jump to the end
   * (End key, scroll bar) would land short of the last row.
   */
  private rowPx: number;

  constructor(getScrollElement: () => HTMLElement | null, estimatedRowPx: number) {
    this.rowPx = estimatedRowPx;
    this.virtualizer = new Virtualizer<HTMLElement, HTMLTableRowElement>({
      count: 0,
      getScrollElement,
      estimateSize: () => this.rowPx,
      overscan: 12,
      observeElementRect,
      observeElementOffset,
      scrollToFn: elementScroll,
      onChange: () => this.publish(),
    });
  }

  /** Space above the first rendered row and below the last one, so the scroll bar spans every row. */
  get padding(): { top: number; bottom: number } {
    const first = this.items[0];
    const last = this.items.at(-1);
    if (!first || !last) return { top: 0, bottom: 0 };
    return { top: first.start - this.scrollMargin, bottom: Math.max(0, this.totalSize - (last.end - this.scrollMargin)) };
  }

  /** Takes the row count and where the rows start inside the scroll element (below caption and header). */
  update(count: number, scrollMargin: number): void {
    this.scrollMargin = scrollMargin;
    this.virtualizer.setOptions({ ...this.virtualizer.options, count, scrollMargin });
    this.virtualizer._willUpdate();
    this.publish();
  }

  /** Starts listening to the scroll element; returns the clean-up. */
  mount(): () => void {
    return this.virtualizer._didMount();
  }

  /** An attachment for each rendered row: a row pitch other than assumed resizes every row. */
  measure = (row: HTMLTableRowElement): void => {
    // The distance from the row before, not the row's own box: collapsed borders are shared.
    const previous = row.previousElementSibling;
    if (!previous?.hasAttribute('data-index')) return;
    const height = row.getBoundingClientRect().top - previous.getBoundingClientRect().top;
    if (height <= 0 || Math.abs(height - this.rowPx) < 0.5) return;
    this.rowPx = height;
    this.virtualizer.measure();
    this.publish();
  };

  scrollToIndex(index: number): void {
    this.virtualizer.scrollToIndex(index, { align: 'auto' });
  }

  private publish(): void {
    this.items = this.virtualizer.getVirtualItems();
    this.totalSize = this.virtualizer.getTotalSize();
  }
}
