// Functions the benchmarks run inside the page (passed to page.evaluate, so each is
// self-contained: no closures over this module).

/**
 * Changes a <select> the way a user does (value, then a "change" event) `count` times, and
 * times each edit in the page:
 *   work     main-thread time to apply it: the event and the microtasks it queues (state,
 *            derived values, Svelte effects, map restyle), plus the redraw in the next frame
 *            (Leaflet's canvas repaint runs in requestAnimationFrame)
 *   toPaint  from the event to just after the next frame was rendered (includes the wait for vsync)
 *   toSaved      from the event to the app's "scenario-saved" message (BroadcastChannel), which
 *                the page sends once it hears the change is committed to IndexedDB
 *   toCommitted  from the event to the commit itself (the message says when it was, `committedAt`)
 */
export async function timeSelectEdits({ selector, values, count, settleMs }) {
  const select = document.querySelector(selector);
  if (!select) throw new Error(`no ${selector} in the page`);
  const channel = new BroadcastChannel('field-network-planner');
  const nextTask = () => new Promise((resolve) => {
    const port = new MessageChannel();
    port.port1.onmessage = () => resolve(performance.now());
    port.port2.postMessage(0);
  });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame((frameStart) => resolve({ now: performance.now(), frameStart })));
  const samples = [];
  for (let i = 0; i < count; i++) {
    const saved = new Promise((resolve) => channel.addEventListener('message', (event) => resolve({ at: performance.now(), committedAt: event.data?.committedAt }), { once: true }));
    select.value = values[i % values.length];
    const start = performance.now();
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const afterTask = await nextTask();
    const frame = await nextFrame();
    const painted = await nextTask();
    const save = await Promise.race([saved, new Promise((resolve) => setTimeout(() => resolve({ at: Number.NaN }), 5000))]);
    const committed = typeof save.committedAt === 'number' ? save.committedAt - performance.timeOrigin : save.at;
    samples.push({ work: afterTask - start + Math.max(0, frame.now - Math.max(frame.frameStart, afterTask)), toPaint: painted - start, toSaved: save.at - start, toCommitted: committed - start });
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  }
  channel.close();
  return samples;
}

/**
 * A scripted pan and zoom of the Leaflet map: two wheel zooms in, drags (mouse events, one step
 * per frame) in four directions, two wheel zooms out and two diagonal drags. Returns every frame's duration
 * (requestAnimationFrame to requestAnimationFrame) and the window it ran in.
 */
export async function panAndZoom({ selector, stepsPerDrag, stepPx, quick = false }) {
  const map = document.querySelector(selector);
  if (!map) throw new Error(`no ${selector} in the page`);
  const box = map.getBoundingClientRect();
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const frames = [];
  let last = null;
  let running = true;
  const tick = (time) => {
    if (last !== null) frames.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // Mouse events, as Leaflet's Draggable listens to them (mousedown on the map, the rest on the document).
  const mouse = (type, x, y) => {
    const init = { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 };
    (type === 'mousedown' ? document.elementFromPoint(x, y) : document).dispatchEvent(new MouseEvent(type, init));
  };
  async function drag(dx, dy) {
    let { x, y } = centre;
    mouse('mousedown', x, y);
    for (let i = 0; i < stepsPerDrag; i++) {
      await frame();
      x += dx * stepPx;
      y += dy * stepPx;
      mouse('mousemove', x, y);
    }
    await frame();
    mouse('mouseup', x, y);
    await wait(300); // moveend: Leaflet redraws its canvases and places markers
  }
  async function wheel(deltaY) {
    map.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: centre.x, clientY: centre.y, deltaY, deltaMode: 0 }));
    await wait(600); // the zoom animation (250 ms) and the redraw after it
  }
  requestAnimationFrame(tick);
  const start = performance.now();
  // `quick` (smoke runs): one zoom in, one drag, one zoom out.
  for (const delta of quick ? [-120] : [-120, -120]) await wheel(delta);
  for (const [dx, dy] of quick ? [[1, 0]] : [[1, 0], [0, 1], [-1, 0], [0, -1]]) await drag(dx, dy);
  for (const delta of quick ? [120] : [120, 120]) await wheel(delta);
  for (const [dx, dy] of quick ? [] : [[1, 1], [-1, -1]]) await drag(dx, dy);
  running = false;
  return { frames, start, end: performance.now() };
}
