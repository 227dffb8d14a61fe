// Drawing a large view in parts: the first part with the component, each next one after the
// browser has drawn the one before (a frame, then a task). A report of thousands of problems then
// appears in several short tasks — summary first — instead of one long one that freezes the page.

/** After the next frame is drawn (or at once where there are no frames, as in tests). */
function afterNextFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * A count of the parts to show, from 1 up to `parts`, one more after each frame. Call it while a
 * component is set up; the component shows part n once `shown >= n`.
 * @example const parts = renderInParts(3); // {#if parts.shown >= 2}<ImportPreview … />{/if}
 */
export function renderInParts(parts: number): { readonly shown: number } {
  let shown = $state(1);
  $effect(() => {
    if (shown >= parts) return;
    return afterNextFrame(() => (shown += 1));
  });
  return {
    get shown() {
      return shown;
    },
  };
}
