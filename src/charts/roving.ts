import type { ActionReturn } from 'svelte/action';
import { computeRovingIndex, isActivationKey } from '../lib/rovingFocus';

export interface RovingOptions {
  /** Selector of the group's items inside the node, in keyboard order (document order). */
  items: string;
  /**
   * Told which item has focus, and `null` when focus leaves the group. The component
   * renders tabindex 0 on the last one focused (computeTabStop) and -1 on the others:
   * Svelte keeps owning the attributes; this action only moves focus.
   */
  onfocus?: (item: Element | null) => void;
}

/** Whether the browser would draw a focus ring on `el` (keyboard focus, not a click). */
export function isFocusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // a DOM without the selector (tests): show the ring
  }
}

/**
 * Keyboard behaviour of a roving-tabindex group (see src/lib/rovingFocus.ts): arrow keys,
 * Home and End move focus between `items`; Enter and Space click the focused item, so a
 * key does exactly what a click does.
 *
 * Focus is followed on the document, not on the node: in Chromium an SVG element with a
 * focus or focusin listener becomes a Tab stop of its own.
 */
export function roving(node: Element, options: RovingOptions): ActionReturn<RovingOptions> {
  let opts = options;
  const itemOf = (target: EventTarget | null): Element | null => {
    const item = target instanceof Element ? target.closest(opts.items) : null;
    return item && node.contains(item) ? item : null;
  };

  function onkeydown(event: Event) {
    const e = event as KeyboardEvent;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const item = itemOf(e.target);
    if (!item) return;
    if (isActivationKey(e.key)) {
      e.preventDefault();
      item.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      return;
    }
    const all = Array.from(node.querySelectorAll(opts.items));
    const next = computeRovingIndex(e.key, all.indexOf(item), all.length);
    if (next === undefined) return;
    e.preventDefault();
    (all[next] as HTMLElement | SVGElement).focus();
  }

  const doc = node.ownerDocument;
  function onfocusin(event: FocusEvent) {
    const item = itemOf(event.target);
    if (item) opts.onfocus?.(item);
  }
  function onfocusout(event: FocusEvent) {
    if (itemOf(event.target) && !itemOf(event.relatedTarget)) opts.onfocus?.(null);
  }

  node.addEventListener('keydown', onkeydown);
  doc.addEventListener('focusin', onfocusin);
  doc.addEventListener('focusout', onfocusout);
  return {
    update(next) {
      opts = next;
    },
    destroy() {
      node.removeEventListener('keydown', onkeydown);
      doc.removeEventListener('focusin', onfocusin);
      doc.removeEventListener('focusout', onfocusout);
    },
  };
}
