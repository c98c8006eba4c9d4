import type { Page } from 'playwright-core'

/*
 * Instruments that run inside the renderer's page, for the renderer bench.
 * They are plain JavaScript in a string, evaluated over CDP (which a strict
 * CSP does not block), so that nothing the TypeScript loader adds to a
 * compiled function can break them once serialised into the page.
 */
const PROBES = String.raw`
window.__bench = (() => {
  const grid = () => document.querySelector('[role="grid"][aria-label="Clippings"]');
  // What the user sees of the table: how many rows it has and which ones are rendered.
  const signature = () => {
    const g = grid();
    if (!g) return '';
    const ids = [];
    for (const tr of g.querySelectorAll('tbody tr')) ids.push(tr.id || tr.textContent.slice(0, 60));
    return g.getAttribute('aria-rowcount') + '|' + ids.join(',');
  };
  const frames = (n) => new Promise((resolve) => {
    const step = () => (n-- > 0 ? requestAnimationFrame(step) : resolve(performance.now()));
    step();
  });
  let pending = Promise.resolve(null);
  return {
    frames,
    async settled(timeoutMs) {
      const until = performance.now() + timeoutMs;
      while (grid()?.getAttribute('aria-busy') === 'true') {
        if (performance.now() > until) throw new Error('the Clippings table stayed busy');
        await frames(1);
      }
      await frames(2);
    },
    // Starts a clock at the next event of this type, and stops it two animation frames after the
    // table's rows have changed (or its deferred render has caught up): the frame that shows them.
    arm(eventType, timeoutMs) {
      const before = signature();
      let start = null;
      let sawBusy = false;
      const onEvent = (e) => { if (start === null) start = e.timeStamp > 0 ? e.timeStamp : performance.now(); };
      document.addEventListener(eventType, onEvent, true);
      pending = new Promise((resolve) => {
        let done = false;
        const finish = (value) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          document.removeEventListener(eventType, onEvent, true);
          resolve(value);
        };
        const check = () => {
          if (start === null) return;
          if (grid()?.getAttribute('aria-busy') === 'true') { sawBusy = true; return; }
          if (!sawBusy && signature() === before) return;
          observer.disconnect();
          frames(2).then((end) => finish(end - start));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-rowcount', 'aria-busy'] });
        const timer = setTimeout(() => finish(null), timeoutMs);
      });
    },
    result: () => pending,
    async loadQuotes() {
      const res = await window.api['clippings.list']({});
      if (!res.ok) throw new Error(res.error.message);
      this.quotes = res.data.map((c) => c.quote);
      this.lower = this.quotes.map((q) => q.toLowerCase());
      return this.quotes.length;
    },
    dropQuotes() { this.quotes = null; this.lower = null; },
    filterFloor(needles) {
      const lower = this.lower;
      return needles.map((needle) => {
        const t0 = performance.now();
        const out = [];
        for (let i = 0; i < lower.length; i++) if (lower[i].includes(needle)) out.push(i);
        return performance.now() - t0;
      });
    },
    sortFloor(runs) {
      const collator = new Intl.Collator();
      const times = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        this.quotes.slice().sort(collator.compare);
        times.push(performance.now() - t0);
      }
      return times;
    },
    // Sets the table's scrollTop every frame for durationMs, wrapping at the end, and reports the
    // most row elements the grid held in any frame and the long tasks the page saw meanwhile.
    async scroll(durationMs, stepPx) {
      const g = grid();
      let box = g.parentElement;
      while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
      if (!box) throw new Error('the Clippings table does not scroll');
      const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
      const longTasks = [];
      const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
      if (supported) observer.observe({ type: 'longtask' });
      box.scrollTop = 0;
      await frames(2);
      // Read once: reading them each frame would force a layout the scrolling itself does not need.
      const end = box.scrollHeight - box.clientHeight;
      const viewportRows = Math.floor(box.clientHeight / 30);
      let top = 0;
      let maxRows = 0;
      let frameCount = 0;
      const start = performance.now();
      await new Promise((resolve) => {
        const frame = (now) => {
          maxRows = Math.max(maxRows, g.querySelectorAll('tr').length);
          if (now - start >= durationMs) return resolve();
          top = top + stepPx > end ? 0 : top + stepPx;
          box.scrollTop = top;
          frameCount++;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const e of observer.takeRecords()) longTasks.push(e.duration);
      observer.disconnect();
      const seconds = (performance.now() - start) / 1000;
      return { supported, maxRows, frames: frameCount, seconds, longTasks, viewportRows };
    },
  };
})();
true`

export interface ScrollReport {
  supported: boolean
  maxRows: number
  frames: number
  seconds: number
  longTasks: number[]
  viewportRows: number
}

export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(PROBES)
}

/** Times one user action from its DOM event (`keydown`, `click`) to the painted rows; null if nothing changed in time. */
export async function timeToPaint(page: Page, eventType: string, act: () => Promise<void>, timeoutMs = 10_000): Promise<number | null> {
  await page.evaluate(`window.__bench.arm(${JSON.stringify(eventType)}, ${timeoutMs})`)
  await act()
  const ms = (await page.evaluate('window.__bench.result()')) as number | null
  await page.evaluate('window.__bench.frames(1)')
  return ms
}

/** Waits until the table's deferred render has caught up and two frames have been painted. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate('window.__bench.settled(60000)')
}

export async function pageCall<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return (await page.evaluate(`window.__bench.${method}(...${JSON.stringify(args)})`)) as T
}

/** The page's JS heap after forced garbage collections, in MB (CDP: HeapProfiler, Runtime.getHeapUsage). */
export async function retainedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize / (1024 * 1024)
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}
