import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it.each([
    ['https', 'https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http, trimmed', '  http://example.org ', 'http://example.org/'],
    ['javascript: is never a link', 'javascript:alert(1)', undefined],
    ['JavaScript in another case', ' JavaScript:alert(1)', undefined],
    ['data:', 'data:text/html,<script>alert(1)</script>', undefined],
    ['relative path', '/local/file', undefined],
    ['not a URL', 'example.org', undefined],
    ['absent', undefined, undefined],
  ] as const)('%s', (_n, url, expected) => expect(safeHref(url)).toBe(expected));
});
