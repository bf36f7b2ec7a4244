// The Content-Security-Policy of every page (index.html, facilitator.html, check.html). The build writes
// it into each page as a <meta> tag (vite.config.ts); a server should also send it as a header, which
// can add what a <meta> cannot (frame-ancestors). Strict: scripts and styles only from the site itself,
// no inline script or style, no eval (zod runs jitless, src/sim/zod.ts). Images also from data: and
// blob:, because Phaser builds its default textures from data: URIs and QR codes are drawn as data: URLs.
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self' blob:",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as one header value (or <meta> content). */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
