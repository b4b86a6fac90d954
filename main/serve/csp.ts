/**
 * The kiosk loads nothing from outside its own origin: no CDNs, no fonts, no analytics. `blob:` is for
 * images decoded by the photo viewer; inline styles are allowed because React and PhotoSwipe set them.
 */
export function contentSecurityPolicy(mediaOrigin = "'self'"): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' ${mediaOrigin} blob: data:`,
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' " + mediaOrigin,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}
