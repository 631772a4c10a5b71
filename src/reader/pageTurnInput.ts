/**
 * Every way a reader turns a page besides the buttons: keys, swipes, and taps on the page's edges.
 * Plain DOM wiring, returned as one cleanup function.
 */
export interface PageTurner {
  next(): void;
  prev(): void;
  first(): void;
  last(): void;
}

const swipeMinDistance = 40;
/** Left and right fifths of the page turn it on a tap or click; the middle is left for reading and selecting. */
const edgeZone = 0.2;

export function attachPageTurnInput(viewport: HTMLElement, turner: PageTurner): () => void {
  // Touches and clicks are caught on the surrounding view: the page box is clipped to the text column on wide
  // screens (clip-path also clips hit testing), and its margins should turn pages too.
  const surface = viewport.parentElement ?? viewport;
  const onPage = (event: MouseEvent): boolean => {
    const rect = viewport.getBoundingClientRect();
    return event.clientY >= rect.top && event.clientY <= rect.bottom;
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTextEntry(event.target)) return;
    const action = keyAction(event);
    if (!action) return;
    // Space on a focused button presses the button, as it should; it only turns the page elsewhere.
    if (event.key === ' ' && isActivatable(event.target)) return;
    event.preventDefault();
    turner[action]();
  };

  let swipeStart: { x: number; y: number; id: number } | null = null;
  let suppressClick = false;
  const onPointerDown = (event: PointerEvent): void => {
    suppressClick = false;
    const isTouch = event.pointerType !== 'mouse' && onPage(event);
    swipeStart = isTouch ? { x: event.clientX, y: event.clientY, id: event.pointerId } : null;
  };
  const onPointerUp = (event: PointerEvent): void => {
    if (!swipeStart || swipeStart.id !== event.pointerId) return;
    const dx = event.clientX - swipeStart.x;
    const dy = event.clientY - swipeStart.y;
    swipeStart = null;
    if (Math.abs(dx) < swipeMinDistance || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    suppressClick = true;
    if (dx < 0) turner.next();
    else turner.prev();
  };
  const onPointerCancel = (): void => {
    swipeStart = null;
  };
  const onClick = (event: MouseEvent): void => {
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    if (!onPage(event) || isActivatable(event.target) || !window.getSelection()?.isCollapsed) return;
    const rect = viewport.getBoundingClientRect();
    const fraction = (event.clientX - rect.left) / rect.width;
    if (fraction < edgeZone) turner.prev();
    else if (fraction > 1 - edgeZone) turner.next();
  };

  document.addEventListener('keydown', onKeyDown);
  surface.addEventListener('pointerdown', onPointerDown);
  surface.addEventListener('pointerup', onPointerUp);
  surface.addEventListener('pointercancel', onPointerCancel);
  surface.addEventListener('click', onClick);
  return () => {
    document.removeEventListener('keydown', onKeyDown);
    surface.removeEventListener('pointerdown', onPointerDown);
    surface.removeEventListener('pointerup', onPointerUp);
    surface.removeEventListener('pointercancel', onPointerCancel);
    surface.removeEventListener('click', onClick);
  };
}

function keyAction(event: KeyboardEvent): keyof PageTurner | null {
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case ' ':
      return event.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, select, textarea'));
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a, button, input, select, textarea, summary, [role="button"]') !== null;
}
