import { describe, expect, it } from 'vitest';
import { decideNavigation, decideRequest, decideWindowOpen } from '../../../main/electron/policy/navigation';
import { appUrl, isAppUrl, parseOwnUrl } from '../../../main/electron/policy/origins';
import { isTrustedSender } from '../../../main/electron/policy/sender';

const HOSTILE_TARGETS: unknown[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'file://server/share/x.html',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'http://127.0.0.1:5170/',
  'https://kiosk/',
  'app://evil/',
  'app://kiosk.evil/',
  'app://kiosk.evil.com/',
  'app://kiosk@evil/',
  'app://evil@kiosk/',
  'app://user:pass@kiosk/',
  'app://kiosk:80/',
  'app://kiosk./',
  'app://KIOSK/',
  'app://kiosk\\@evil/',
  'app://kio%73k/',
  'app://xn--kisk-xxa/',
  'app://kіosk/', // Cyrillic і
  'app:kiosk/index.html',
  'app:/kiosk/',
  'app:///kiosk/',
  'app://kiosk\t/',
  'app://kiosk/\u0000',
  'app://kiosk/\n',
  'media://m/abc',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'blob:https://evil/123',
  `app://kiosk/${'a'.repeat(5000)}`,
  '',
  null,
  undefined,
  42,
  {},
  ['app://kiosk/'],
  { toString: () => 'app://kiosk/' },
];

describe('our own URLs', () => {
  it('accepts the kiosk UI and its routes', () => {
    for (const url of ['app://kiosk/', 'app://kiosk/index.html', 'app://kiosk/curator', 'app://kiosk/gallery/heroes?x=1#top', 'app://kiosk']) {
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('refuses other schemes, look-alike hosts, credentials, ports and non-strings', () => {
    for (const url of HOSTILE_TARGETS) expect(isAppUrl(url), String(url)).toBe(false);
  });

  it('parses media URLs only on media://m', () => {
    expect(parseOwnUrl('media://m/x/thumb', 'media', 'm')?.pathname).toBe('/x/thumb');
    for (const url of ['media://mm/x', 'media://m.evil/x', 'media://evil@m/x', 'media://m:1/x', 'app://m/x']) expect(parseOwnUrl(url, 'media', 'm'), url).toBeNull();
  });

  it('builds in-app URLs and refuses anything else', () => {
    expect(appUrl('/curator')).toBe('app://kiosk/curator');
    for (const bad of ['curator', '//evil/', '/../x', '/a b', 'https://evil/', '/\\evil']) expect(() => appUrl(bad), bad).toThrow();
  });
});

describe('navigation, redirects and new windows', () => {
  it('lets the main frame move within app://kiosk', () => {
    expect(decideNavigation('app://kiosk/curator', { isMainFrame: true })).toBe('allow');
    expect(decideNavigation('app://kiosk/__shell/recovery', { isMainFrame: true })).toBe('allow');
  });

  it('denies every hostile target, in the main frame and in subframes', () => {
    for (const url of HOSTILE_TARGETS) {
      expect(decideNavigation(url, { isMainFrame: true }), String(url)).toBe('deny');
      expect(decideNavigation(url, { isMainFrame: false }), String(url)).toBe('deny');
    }
  });

  it('denies subframe navigation even to our own origin: the kiosk has no frames', () => {
    expect(decideNavigation('app://kiosk/', { isMainFrame: false })).toBe('deny');
  });

  it('treats a redirect like any navigation: a redirect off app://kiosk is refused', () => {
    expect(decideNavigation('https://example.com/', { isMainFrame: true })).toBe('deny');
    expect(decideNavigation('app://kiosk.example.com/', { isMainFrame: true })).toBe('deny');
  });

  it('never opens a window, even for our own URL', () => {
    for (const url of ['app://kiosk/', ...HOSTILE_TARGETS]) expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
  });
});

describe('outgoing requests', () => {
  it('allows our schemes, inline data and our own blobs', () => {
    for (const url of ['app://kiosk/assets/a.js', `media://m/${'a'.repeat(64)}/thumb`, 'data:image/png;base64,AAAA', 'blob:app://kiosk/4f1c-9a']) {
      expect(decideRequest(url), url).toBe('allow');
    }
  });

  it('lets DevTools load its own pages only in a development build', () => {
    expect(decideRequest('devtools://devtools/bundled/inspector.html')).toBe('deny');
    expect(decideRequest('devtools://devtools/bundled/inspector.html', { devtools: true })).toBe('allow');
    expect(decideRequest('https://evil/', { devtools: true })).toBe('deny');
  });

  it('refuses the network and other origins', () => {
    for (const url of ['http://127.0.0.1/', 'https://cdn.example/x.js', 'ws://127.0.0.1:9222/', 'file:///etc/passwd', 'blob:https://evil/1', 'ftp://x/', 'media://evil/x', 'app://evil/', 42, null]) {
      expect(decideRequest(url), String(url)).toBe('deny');
    }
  });
});

describe('IPC sender frames', () => {
  it('trusts only our UI in a main frame', () => {
    expect(isTrustedSender({ url: 'app://kiosk/', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://kiosk/curator/exhibits/3', parent: null })).toBe(true);
  });

  it('refuses subframes, other origins, destroyed frames and junk', () => {
    const parent = { url: 'app://kiosk/', parent: null };
    const cases: unknown[] = [
      { url: 'app://kiosk/', parent },
      { url: 'app://kiosk/', parent: undefined },
      { url: 'https://evil.example/', parent: null },
      { url: 'app://kiosk.evil/', parent: null },
      { url: 'app://evil@kiosk/', parent: null },
      { url: 'file:///home/kiosk/index.html', parent: null },
      { url: 'data:text/html,hi', parent: null },
      { url: 'about:blank', parent: null },
      { url: '', parent: null },
      { parent: null },
      null,
      undefined,
      'app://kiosk/',
    ];
    for (const frame of cases) expect(isTrustedSender(frame as never), JSON.stringify(frame)).toBe(false);
  });
});
