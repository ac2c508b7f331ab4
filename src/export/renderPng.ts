/** Chromium's and Firefox's canvas limits: 16,384 px a side (Safari: 16,777,216 px² in all). */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_777_216;

/** The requested ratio, lowered only as far as a very large chart needs to fit a canvas. */
export function fitPixelRatio(width: number, height: number, pixelRatio: number): number {
  return Math.min(pixelRatio, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

/**
 * Rasterises a serialized SVG (see serializeSvg) to PNG at `pixelRatio` × its size, on
 * white. Browser-only: needs Image, canvas and object URLs.
 */
export async function renderPng(svgText: string, width: number, height: number, pixelRatio = 2): Promise<Blob> {
  if (!(width > 0 && height > 0)) throw new Error('The chart has no size to draw');
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the browser could not read the chart as an image'));
      image.src = url;
    });
    const ratio = fitPixelRatio(width, height, pixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // Drawing at the target size lets the browser rasterise the vectors sharply at 2×.
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser produced no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
