/**
 * Some browsers start reading the object URL only after click() returns, so it is
 * revoked a little later rather than immediately.
 */
const REVOKE_AFTER_MS = 10_000;

/** Characters no file system accepts in a name (and path separators). */
const UNSAFE_IN_FILENAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Saves a Blob as a file through a temporary `<a download>`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename.replace(UNSAFE_IN_FILENAME, '-');
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
