/**
 * The little of the browser that page.evaluate callbacks here use. The test program has no DOM library (so DOM
 * types never leak into the engine's program); callbacks reach the page's globals through this shape.
 */
export interface PageNode {
  tagName: string;
  className: unknown;
  innerText: string;
  textContent: string | null;
  draggable?: boolean;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number; top: number; bottom: number; left: number; right: number };
  closest(selector: string): PageNode | null;
  querySelector(selector: string): PageNode | null;
  dispatchEvent(event: unknown): boolean;
}

export interface BrowserGlobals {
  innerWidth: number;
  innerHeight: number;
  document: {
    documentElement: PageNode;
    images: ArrayLike<PageNode & { complete: boolean }>;
    fonts: { ready: Promise<unknown>; check(font: string, text: string): boolean };
    querySelector(selector: string): PageNode | null;
    querySelectorAll(selector: string): ArrayLike<PageNode>;
    getElementById(id: string): PageNode | null;
  };
  getComputedStyle(el: PageNode): Record<string, string> & { visibility: string };
  Event: new (type: string, init?: object) => { defaultPrevented: boolean };
  MouseEvent: new (type: string, init?: object) => { defaultPrevented: boolean };
  DragEvent: new (type: string, init?: object) => { defaultPrevented: boolean };
  WheelEvent: new (type: string, init?: object) => { defaultPrevented: boolean };
}
