/**
 * Security headers via helmet, with a Content-Security-Policy the built PWA works under: every script,
 * worker (the service worker), stylesheet and fetch is same-origin, and the bundle has no <style>
 * (React sets styles through the CSSOM, which CSP does not restrict) and one inline script, allowed by
 * its hash: index.html's, which paints the passcode or sign-in screen before the app's script has loaded. Images may be data:
 * URIs (icons). HSTS and upgrade-insecure-requests only when cookies are Secure, i.e. behind HTTPS;
 * on the plain-http local demo they would only get in the way. /api answers are never cached: they
 * carry personal data and must not linger in a shared PC's HTTP cache.
 * No CORS headers are ever sent: the app and its API share one origin.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** SHA-256 of index.html's one inline script (its text between the tags); security-headers.test.ts checks it. */
export const FIRST_SCREEN_SCRIPT_HASH = "'sha256-o72r8bUGXaXOm8c/AEELlnE8olbsOVF7u9gz9HYYzGw='";

export function securityHeaders(secure: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", FIRST_SCREEN_SCRIPT_HASH],
        workerSrc: ["'self'"],
        connectSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: secure ? { maxAge: 180 * 24 * 60 * 60, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
