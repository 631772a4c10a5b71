import { commitLog } from './reactCommits.ts';

/** Resolves after the next frame has been rendered, in a task of its own: where each input starts. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** What the app did in answer to one input. */
export interface Work {
  /** When the last of it ended (performance.now()); 0 if there was none. */
  end: number;
  /** React commits. */
  commits: number;
  /** Times the pages' box changed size, each followed by a re-layout in the engine's ResizeObserver. */
  resizes: number;
}

/** Frames without any new work after which the app counts as done with an input. */
const quietFrames = 2;
/** More than this many frames of work for one input means something keeps the app busy: no clean figure. */
const maxFrames = 300;

/**
 * When the app is done with an input: the last moment its main thread worked on it. Two kinds of work are
 * stamped. React's commits, and after each the run of its effects: stamped in the commit hook and again in a
 * microtask queued from there, so after the microtasks React and the app had queued by then. Not in a task
 * posted from there: when the input's work has run past the frame's deadline, Chromium renders the next frame
 * before such a task, and that frame's style, layout and paint would count as the input's (seen: a 50x turn
 * that React had committed after 20 ms stamped at 80 ms). And a change of the pages' size (resize, a toolbar
 * that grew with the text): a ResizeObserver on the engine's viewport, created after the engine's own, so its
 * callback runs after the engine's re-layout and after the microtask checkpoint that follows that callback.
 */
export class WorkWatch {
  readonly #resizeObserver: ResizeObserver;
  #work: Work = { end: 0, commits: 0, resizes: 0 };
  #commitsBefore = 0;
  /** Every stamp counts as an event, to tell when the app has gone quiet. */
  #events = 0;

  constructor(pager: HTMLElement) {
    commitLog.onWork = () => {
      this.#stamp();
      queueMicrotask(() => this.#stamp());
    };
    this.#resizeObserver = new ResizeObserver(() => {
      this.#work.resizes += 1;
      this.#stamp();
    });
    this.#resizeObserver.observe(pager);
  }

  #stamp(): void {
    this.#work.end = performance.now();
    this.#events += 1;
  }

  /** Forgets earlier work: call right before the input. */
  start(): void {
    this.#work = { end: 0, commits: 0, resizes: 0 };
    this.#commitsBefore = commitLog.count;
  }

  /** Waits until no work has been seen for a few frames, and tells what there was since `start()`. */
  async settle(): Promise<Work> {
    let seen = -1;
    let still = 0;
    for (let frame = 0; frame < maxFrames; frame += 1) {
      await afterNextFrame();
      still = this.#events === seen ? still + 1 : 0;
      seen = this.#events;
      if (still >= quietFrames) return { ...this.#work, commits: commitLog.count - this.#commitsBefore };
    }
    throw new Error(`could not measure: the app was still busy ${maxFrames} frames after an input`);
  }

  disconnect(): void {
    this.#resizeObserver.disconnect();
    commitLog.onWork = null;
  }
}
