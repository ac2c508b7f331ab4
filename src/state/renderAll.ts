/**
 * Panels out of view skip style, layout and paint (`content-visibility: auto`, see Panel).
 * A full-page capture (Chromium's captureBeyondViewport: DevTools' "full size screenshot",
 * Playwright's `fullPage`) enlarges the page for the frame it captures and would show those
 * panels as blank boxes; it fires `resize` first, in time for that frame. So a resize or a
 * print renders every panel (`html.render-all`, see app.css) until the page has been still
 * for `settleMs`. Returns the cleanup (an `$effect`'s).
 */
export function renderAllOnCapture(root: HTMLElement = document.documentElement, settleMs = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const renderAll = () => {
    root.classList.add('render-all');
    clearTimeout(timer);
    timer = setTimeout(() => root.classList.remove('render-all'), settleMs);
  };
  const printing = () => {
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
