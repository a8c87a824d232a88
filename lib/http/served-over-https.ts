/**
 * Whether the client reached us over https: directly, or through a TLS-terminating proxy that says
 * so in X-Forwarded-Proto (its first entry, the proxy nearest the client). Used for what only
 * matters on https (Secure cookies, HSTS); a client faking the header gains nothing from either.
 */
export function servedOverHttps(request: Request): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  return request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}
