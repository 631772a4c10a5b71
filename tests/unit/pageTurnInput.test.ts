import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachPageTurnInput, type PageTurner } from '../../src/reader/pageTurnInput.ts';

/**
 * The reading view as the engine sees it: a page box (viewport) 400 px wide and 600 px tall at (100, 50),
 * inside a wider view whose margins also take taps and swipes. jsdom lays nothing out, so the box reports
 * the rectangle a browser would.
 */
const page = { left: 100, top: 50, width: 400, height: 600 };

let view: HTMLElement;
let viewport: HTMLElement;
let text: HTMLElement;
let turner: PageTurner;
/** The turns asked for, in order. */
let turned: Array<keyof PageTurner>;
let detach: () => void;

function turns(): Array<keyof PageTurner> {
  return turned;
}

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function pointer(type: string, x: number, y: number, init: PointerEventInit = {}, target: EventTarget = text): void {
  target.dispatchEvent(
    new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, pointerType: 'touch', bubbles: true, cancelable: true, ...init }),
  );
}

function click(x: number, y: number, target: EventTarget = text): void {
  target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, cancelable: true }));
}

/** A finger drawn from one point to another; a browser then may or may not fire a click where it lifted. */
function swipe(from: [number, number], to: [number, number], init: PointerEventInit = {}): void {
  pointer('pointerdown', ...from, init);
  pointer('pointerup', ...to, init);
}

beforeEach(() => {
  view = document.createElement('div');
  viewport = document.createElement('div');
  text = document.createElement('p');
  text.textContent = 'Some article text to read and select.';
  viewport.append(text);
  view.append(viewport);
  document.body.append(view);
  vi.spyOn(viewport, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: page.left, y: page.top, width: page.width, height: page.height }),
  );
  turned = [];
  turner = {
    next: () => turned.push('next'),
    prev: () => turned.push('prev'),
    first: () => turned.push('first'),
    last: () => turned.push('last'),
  };
  detach = attachPageTurnInput(viewport, turner);
});

afterEach(() => {
  detach();
  view.remove();
  window.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

describe('keys', () => {
  it.each([
    ['ArrowRight', {}, 'next'],
    ['PageDown', {}, 'next'],
    [' ', {}, 'next'],
    ['ArrowLeft', {}, 'prev'],
    ['PageUp', {}, 'prev'],
    [' ', { shiftKey: true }, 'prev'],
    ['Home', {}, 'first'],
    ['End', {}, 'last'],
  ] as const)('"%s" %o turns to the %s page, instead of scrolling', (key, init, expected) => {
    const event = press(key, init);
    expect(turns()).toEqual([expected]);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves every other key alone', () => {
    for (const key of ['a', 'Enter', 'Tab', 'ArrowUp', 'ArrowDown', 'Escape']) {
      expect(press(key).defaultPrevented).toBe(false);
    }
    expect(turns()).toEqual([]);
  });

  it.each([['altKey'], ['ctrlKey'], ['metaKey']] as const)(
    'leaves "ArrowRight" with %s to the browser (its own shortcuts)',
    (modifier) => {
      const event = press('ArrowRight', { [modifier]: true });
      expect(turns()).toEqual([]);
      expect(event.defaultPrevented).toBe(false);
    },
  );

  it('ignores a key another handler has already dealt with', () => {
    const handled = (event: KeyboardEvent): void => event.preventDefault();
    document.body.addEventListener('keydown', handled);
    press('ArrowRight');
    document.body.removeEventListener('keydown', handled);
    expect(turns()).toEqual([]);
  });

  it.each([
    ['a text field', () => document.createElement('input')],
    ['a text area', () => document.createElement('textarea')],
    ['a drop-down list', () => document.createElement('select')],
    ['an editable element', () => {
      const editable = document.createElement('div');
      // jsdom does not compute isContentEditable from the attribute; a browser does.
      Object.defineProperty(editable, 'isContentEditable', { value: true });
      return editable;
    }],
  ])('leaves the arrow keys, Space, Home and End to %s', (_case, create) => {
    const field = create();
    document.body.append(field);
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End']) {
      expect(press(key, {}, field).defaultPrevented).toBe(false);
    }
    field.remove();
    expect(turns()).toEqual([]);
  });

  it.each([
    ['a button', '<button type="button">Share</button>'],
    ['a link', '<a href="#p2">¶</a>'],
    ['an element acting as a button', '<span role="button" tabindex="0">Menu</span>'],
    ['a disclosure summary', '<details><summary>Text size</summary></details>'],
  ])('lets Space press %s rather than turn the page', (_case, html) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    document.body.append(holder);
    const control = holder.querySelector('button, a, [role="button"], summary');
    if (!control) throw new Error('no control');
    expect(press(' ', {}, control).defaultPrevented).toBe(false);
    holder.remove();
    expect(turns()).toEqual([]);
  });

  it('still turns the page with the arrow keys while a button has focus', () => {
    const button = document.createElement('button');
    document.body.append(button);
    press('ArrowRight', {}, button);
    button.remove();
    expect(turns()).toEqual(['next']);
  });
});

describe('swipes', () => {
  const y = page.top + 300;

  it('turns to the next page on a swipe to the left, and back on a swipe to the right', () => {
    swipe([400, y], [300, y]);
    swipe([300, y], [400, y]);
    expect(turns()).toEqual(['next', 'prev']);
  });

  it('needs a swipe of at least 40 px', () => {
    swipe([400, y], [361, y]);
    swipe([300, y], [339, y]);
    expect(turns()).toEqual([]);
    swipe([400, y], [360, y]);
    swipe([300, y], [340, y]);
    expect(turns()).toEqual(['next', 'prev']);
  });

  it('does not turn on a mostly vertical swipe (the reader scrolling or reaching for the toolbar)', () => {
    swipe([400, y], [300, y + 100]);
    swipe([300, y], [400, y - 100]);
    // Just steeper than 1.5 across for 1 down.
    swipe([400, y], [341, y + 40]);
    expect(turns()).toEqual([]);
    // Just flat enough.
    swipe([400, y], [340, y + 40]);
    swipe([300, y], [360, y - 40]);
    expect(turns()).toEqual(['next', 'prev']);
  });

  it('turns on a swipe that starts in the margins beside the page box', () => {
    swipe([page.left + page.width + 50, y], [page.left + page.width - 50, y]);
    expect(turns()).toEqual(['next']);
  });

  it('does not turn on a swipe that starts above or below the page (the toolbar, the page buttons)', () => {
    swipe([400, page.top - 1], [300, page.top - 1]);
    swipe([400, page.top + page.height + 1], [300, page.top + page.height + 1]);
    expect(turns()).toEqual([]);
    swipe([400, page.top], [300, page.top]);
    swipe([400, page.top + page.height], [300, page.top + page.height]);
    expect(turns()).toEqual(['next', 'next']);
  });

  it('does not turn on a mouse drag, which selects text', () => {
    swipe([400, y], [200, y], { pointerType: 'mouse' });
    expect(turns()).toEqual([]);
  });

  it('turns on a pen swipe as on a finger swipe', () => {
    swipe([400, y], [300, y], { pointerType: 'pen' });
    expect(turns()).toEqual(['next']);
  });

  it('ignores a second finger lifting, and a gesture the browser took over (pointercancel)', () => {
    pointer('pointerdown', 400, y, { pointerId: 1 });
    pointer('pointerup', 300, y, { pointerId: 2 });
    expect(turns()).toEqual([]);
    pointer('pointerdown', 400, y);
    pointer('pointercancel', 400, y);
    pointer('pointerup', 300, y);
    expect(turns()).toEqual([]);
  });

  it('turns once per swipe: the click a browser fires after it is not also a tap on the page edge', () => {
    swipe([page.left + page.width - 10, y], [page.left + page.width - 60, y]);
    click(page.left + page.width - 60, y);
    expect(turns()).toEqual(['next']);
    // The next tap is a tap again.
    click(page.left + page.width - 10, y);
    expect(turns()).toEqual(['next', 'next']);
  });

  it('still turns on a tap after a swipe that the browser did not follow with a click', () => {
    swipe([400, y], [300, y]);
    pointer('pointerdown', page.left + page.width - 10, y);
    pointer('pointerup', page.left + page.width - 10, y);
    click(page.left + page.width - 10, y);
    expect(turns()).toEqual(['next', 'next']);
  });
});

describe('taps and clicks', () => {
  const y = page.top + 300;

  it('turns back on the left fifth of the page and forward on the right fifth', () => {
    click(page.left + 79, y);
    click(page.left + page.width - 79, y);
    expect(turns()).toEqual(['prev', 'next']);
  });

  it('leaves the middle three fifths for reading and selecting', () => {
    for (const x of [page.left + 80, page.left + page.width / 2, page.left + page.width - 80]) click(x, y);
    expect(turns()).toEqual([]);
  });

  it('counts the margins beside the page as its edges', () => {
    click(page.left - 30, y, view);
    click(page.left + page.width + 30, y, view);
    expect(turns()).toEqual(['prev', 'next']);
  });

  it('does not turn on a click above or below the page', () => {
    click(page.left + 10, page.top - 1, view);
    click(page.left + 10, page.top + page.height + 1, view);
    expect(turns()).toEqual([]);
  });

  it('lets a link or button on the page edge do its own job', () => {
    const link = document.createElement('a');
    link.href = '#p2';
    link.innerHTML = '<span>¶</span>';
    viewport.append(link);
    click(page.left + page.width - 5, y, link.firstChild ?? link);
    expect(turns()).toEqual([]);
  });

  it('does not turn while the reader has text selected (the click ended a selection)', () => {
    window.getSelection()?.selectAllChildren(text);
    click(page.left + page.width - 5, y);
    expect(turns()).toEqual([]);
  });
});

describe('detaching', () => {
  it('stops every way of turning the page', () => {
    detach();
    press('ArrowRight');
    press('End');
    swipe([400, 350], [300, 350]);
    click(page.left + 5, 350);
    click(page.left + page.width - 5, 350);
    expect(turns()).toEqual([]);
  });

  it('removes every listener it added, from the document and from the view', () => {
    detach();
    const added: Array<[EventTarget, string, unknown]> = [];
    const removed: Array<[EventTarget, string, unknown]> = [];
    for (const target of [document, view, viewport]) {
      vi.spyOn(target, 'addEventListener').mockImplementation(function (this: EventTarget, type, listener) {
        added.push([target, type, listener]);
      });
      vi.spyOn(target, 'removeEventListener').mockImplementation(function (this: EventTarget, type, listener) {
        removed.push([target, type, listener]);
      });
    }
    const detachAgain = attachPageTurnInput(viewport, turner);
    expect(added.map(([, type]) => type).sort()).toEqual(['click', 'keydown', 'pointercancel', 'pointerdown', 'pointerup']);
    detachAgain();
    expect(removed).toHaveLength(added.length);
    expect(removed).toEqual(expect.arrayContaining(added));
  });

  it('works on a page box that has no surrounding view', () => {
    const lone = document.createElement('div');
    vi.spyOn(lone, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: 400, height: 600 }));
    const own = attachPageTurnInput(lone, turner);
    click(395, 300, lone);
    own();
    click(395, 300, lone);
    expect(turns()).toEqual(['next']);
  });
});
