export interface Point {
  x: number;
  y: number;
}

/**
 * Hides the mouse pointer after a pause without movement; any movement shows it again. Fed by polling the
 * OS pointer position (the main process sees no mouse events) with the time passed in. `hideAfterMs` 0 hides
 * it for good: a touch-only kiosk, where touches also move the OS pointer.
 */
export class CursorIdle {
  private last: Point | null = null;
  private movedAt: number;
  private hidden = false;

  constructor(
    private readonly hideAfterMs: number,
    now: number,
  ) {
    this.movedAt = now;
  }

  /** Returns 'hide' or 'show' when the cursor must change, else null. */
  sample(point: Point, now: number): 'hide' | 'show' | null {
    const moved = this.last !== null && (this.last.x !== point.x || this.last.y !== point.y);
    this.last = { x: point.x, y: point.y };
    if (this.hideAfterMs <= 0) {
      if (this.hidden) return null;
      this.hidden = true;
      return 'hide';
    }
    if (moved) {
      this.movedAt = now;
      if (this.hidden) {
        this.hidden = false;
        return 'show';
      }
      return null;
    }
    if (!this.hidden && now - this.movedAt >= this.hideAfterMs) {
      this.hidden = true;
      return 'hide';
    }
    return null;
  }

  /** After a reload the page's cursor state is lost: the next sample decides again. */
  forget(): void {
    this.hidden = false;
  }
}

/** Inserted into the page while the cursor is hidden; removed to show it. */
export const HIDE_CURSOR_CSS = '*, *::before, *::after { cursor: none !important; }';
