import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/afterFirstPaint.ts';

/**
 * When the app may load: after First Contentful Paint, or, where none will be reported (no Paint Timing, a
 * page hidden before its first paint), after the next frame the page shows.
 */
type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

let observers: Callback[] = [];
let frames: FrameRequestCallback[] = [];
let visibility: DocumentVisibilityState = 'visible';

function stubPaintTiming(supported: boolean): void {
  class FakeObserver {
    static supportedEntryTypes = supported ? ['paint', 'largest-contentful-paint'] : ['navigation'];
    readonly callback: Callback;
    constructor(callback: Callback) {
      this.callback = callback;
    }
    observe(): void {
      observers.push(this.callback);
    }
    disconnect(): void {
      observers = observers.filter((callback) => callback !== this.callback);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
}

const reportPaint = (name: string) => observers.forEach((callback) => callback({ getEntriesByName: (wanted) => (wanted === name ? [{}] : []) }));
const runFrame = () => frames.splice(0).forEach((callback) => callback(0));
const setVisibility = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.runAllTimersAsync();
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
  observers = [];
  frames = [];
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('afterFirstPaint', () => {
  it('waits for First Contentful Paint, not for a frame or a first paint without content', async () => {
    stubPaintTiming(true);
    const waiting = afterFirstPaint();
    runFrame();
    reportPaint('first-paint');
    expect(await settled(waiting)).toBe(false);
    reportPaint('first-contentful-paint');
    expect(await settled(waiting)).toBe(true);
  });

  it('when no First Contentful Paint is reported (Firefox at a passage link), goes a frame after the load event', async () => {
    stubPaintTiming(true);
    const waiting = afterFirstPaint();
    runFrame();
    expect(await settled(waiting)).toBe(false);
    window.dispatchEvent(new Event('load'));
    expect(await settled(waiting)).toBe(false);
    runFrame();
    expect(await settled(waiting)).toBe(true);
  });

  it('in a tab opened in the background, waits for the first frame once it is shown', async () => {
    stubPaintTiming(true);
    visibility = 'hidden';
    const waiting = afterFirstPaint();
    expect(await settled(waiting)).toBe(false);
    setVisibility('visible');
    runFrame();
    expect(await settled(waiting)).toBe(true);
  });

  it('does not wait forever when the page is hidden before its first paint', async () => {
    stubPaintTiming(true);
    const waiting = afterFirstPaint();
    setVisibility('hidden');
    expect(await settled(waiting)).toBe(false);
    setVisibility('visible');
    runFrame();
    expect(await settled(waiting)).toBe(true);
  });

  it('without Paint Timing, goes after the next frame', async () => {
    stubPaintTiming(false);
    const waiting = afterFirstPaint();
    expect(await settled(waiting)).toBe(false);
    runFrame();
    expect(await settled(waiting)).toBe(true);
  });
});
