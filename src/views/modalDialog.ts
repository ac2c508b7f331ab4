import type { ActionReturn } from 'svelte/action';
import { computeTrappedIndex } from '../lib/rovingFocus';

export interface ModalDialogOptions {
  /** Esc was pressed: the owner closes the dialog by no longer rendering it. */
  onclose: () => void;
}

/** Elements Tab can reach: what the browser would focus, minus the disabled and hidden. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function focusables(node: Element): HTMLElement[] {
  return Array.from(node.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[inert], [hidden]') && el.getClientRects().length > 0);
}

/**
 * A `<dialog>` shown modally for as long as it is mounted (WAI-ARIA APG dialog pattern):
 * the page behind is inert, Tab and Shift+Tab cycle inside it, Esc asks the owner to
 * close it (so does a click on the backdrop), and on close focus goes back to the element that had it when the dialog
 * opened (the button that opened it), if that is still on the page.
 */
export function modalDialog(node: HTMLDialogElement, options: ModalDialogOptions): ActionReturn<ModalDialogOptions> {
  let opts = options;
  const doc = node.ownerDocument;
  const opener = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
  if (typeof node.showModal === 'function' && !node.open) node.showModal();
  else node.setAttribute('open', '');
  (node.querySelector<HTMLElement>('[autofocus]') ?? focusables(node)[0] ?? node).focus();

  function onkeydown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      opts.onclose();
      return;
    }
    if (e.key !== 'Tab') return;
    const all = focusables(node);
    const next = computeTrappedIndex(all.indexOf(doc.activeElement as HTMLElement), all.length, e.shiftKey);
    e.preventDefault();
    (next === undefined ? node : all[next]!).focus();
  }
  // Esc on a modal <dialog> fires "cancel" and closes it natively: the owner decides instead.
  function oncancel(e: Event) {
    e.preventDefault();
    opts.onclose();
  }
  // A click on the backdrop lands on the <dialog> itself, outside its box.
  function onclick(e: MouseEvent) {
    if (e.target !== node) return;
    const r = node.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) opts.onclose();
  }
  node.addEventListener('keydown', onkeydown);
  node.addEventListener('cancel', oncancel);
  node.addEventListener('click', onclick);
  return {
    update(next) {
      opts = next;
    },
    destroy() {
      node.removeEventListener('keydown', onkeydown);
      node.removeEventListener('cancel', oncancel);
      node.removeEventListener('click', onclick);
      if (node.open && typeof node.close === 'function') node.close();
      if (opener?.isConnected) opener.focus();
    },
  };
}
