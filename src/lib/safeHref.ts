/**
 * A document's URL as a link target, only when it is http(s): a corpus file is
 * untrusted input, and `javascript:` or `data:` URLs in an href would run or load
 * whatever the file says. Undefined for anything else (shown as text, not linked).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
