// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from './download';

describe('download', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a temporary link to an object URL, removes it, and revokes the URL afterwards', () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    const blob = new Blob(['x'], { type: 'text/plain' });

    download(blob, 'speakers-by-country.png');

    expect(create).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'speakers-by-country.png', attached: true }]);
    expect(document.querySelector('a')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });

  it.each([
    ['a/b.csv', 'a-b.csv'],
    ['x:y?.svg', 'x-y-.svg'],
    ['plain.png', 'plain.png'],
  ])('saves %s as %s', (name, saved) => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/2');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    let seen = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      seen = this.download;
    });
    download(new Blob([]), name);
    expect(seen).toBe(saved);
  });
});
