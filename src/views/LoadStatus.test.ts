// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadStage } from '../db';
import LoadStatus from './LoadStatus.svelte';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

function render(props: { stage: LoadStage; busy: boolean; percent?: number }) {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(LoadStatus, { target, props });
  flushSync();
  return target;
}

describe('LoadStatus', () => {
  it('marks the steps done and current, in the order a first load goes through them', () => {
    const el = render({ stage: 'texts', busy: true });
    const steps = [...el.querySelectorAll('li')].map((li) => [li.textContent, li.className.match(/done|now/)?.[0] ?? '']);
    expect(steps).toEqual([
      ['Load', 'done'],
      ['Parse', 'done'],
      ['Validate', 'done'],
      ['Texts', 'now'],
      ['Store', ''],
    ]);
  });

  it('shows how much of corpus.json has arrived while it streams, to screen readers through the progress bar only', () => {
    const el = render({ stage: 'texts', busy: true, percent: 42 });
    const bar = el.querySelector('progress')!;
    expect([bar.getAttribute('max'), bar.getAttribute('value'), bar.getAttribute('aria-label')]).toEqual(['100', '42', 'corpus.json received']);
    const text = el.querySelector('[data-testid="load-percent"]')!;
    expect(text.textContent).toBe('42%');
    expect(text.getAttribute('aria-hidden')).toBe('true');
  });

  it('goes back to the steps once the download is complete, and away when nothing loads', () => {
    expect(render({ stage: 'store', busy: true, percent: 100 }).querySelector('[data-testid="load-percent"]')).toBeNull();
    unmount(app!);
    app = undefined;
    expect(render({ stage: 'done', busy: false }).querySelector('[data-testid="load-status"]')).toBeNull();
  });
});
