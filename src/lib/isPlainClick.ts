/** The subset of a mouse event that says which button and which modifier keys were used. */
interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * A plain primary click, which an in-app link may handle itself. Any other click (middle button, Ctrl/Cmd
 * for a new tab, Shift for a new window, Alt to download) is left to the browser, as on any link.
 */
export function isPlainClick(event: ClickLike): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
