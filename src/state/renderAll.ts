/**
 * Panels out of view skip style, layout and paint (`content-visibility: auto`, see Panel).
 * A full-page capture (Chromium's captureBeyondViewport: DevTools' "full size screenshot",
 * Playwright's `fullPage`) enlarges the page for the frame it captures and would show those
 * panels as blank boxes; it fires `resize` first, in time for that frame. So a resize or a
 * print renders every panel (`html.render-all`, see app.css) until the page has been still
 * for `settleMs`, and calls `onRenderAll` first (panels left out of date while skipped catch up). Returns the cleanup (an `$effect`'s).
 */
export function renderAllOnCapture(root: HTMLElement = document.documentElement, settleMs = 1000, onRenderAll: () => void = () => {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const renderAll = () => {
    onRenderAll();
    root.classList.add('render-all');
    clearTimeout(timer);
    timer = setTimeout(() => root.classList.remove('render-all'), settleMs);
  };
  const printing = () => {
    onRenderAll();
    clearTimeout(timer);
    root.classList.add('render-all');
  };
  const printed = () => renderAll();
  window.addEventListener('resize', renderAll);
  window.addEventListener('beforeprint', printing);
  window.addEventListener('afterprint', printed);
  return () => {
    clearTimeout(timer);
    root.classList.remove('render-all');
    window.removeEventListener('resize', renderAll);
    window.removeEventListener('beforeprint', printing);
    window.removeEventListener('afterprint', printed);
  };
}

/** Whether the page now draws every panel (a resize, print or full-page capture is under way). */
export function isRenderingAll(root: Element | undefined = globalThis.document?.documentElement): boolean {
  return root?.classList.contains('render-all') ?? false;
}
