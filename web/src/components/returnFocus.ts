// Dialogs here unmount on close, so the browser cannot hand the focus back by itself. A screen
// remembers what had the focus (a table row) when a dialog opens and restores it on close, so
// a keyboard user continues where they were.
import { useCallback, useRef } from 'react';

export function useReturnFocus() {
  const saved = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    saved.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const restore = useCallback(() => {
    const el = saved.current;
    saved.current = null;
    // After the dialog's own focus handling has run.
    if (el) window.setTimeout(() => el.isConnected && el.focus(), 0);
  }, []);
  return { remember, restore };
}
