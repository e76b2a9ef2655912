// Language state: Vietnamese by default, English on request. The choice lives in localStorage
// (so the login page remembers it) and, once logged in, in the user's profile on the server.
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Bilingual } from '../../../src/core/text';
import type { Locale } from '../api/types';
import { vi } from './vi';
import type { Messages } from './vi';
import { en } from './en';

export type { Widen } from './vi';

const STORAGE_KEY = 'chiso.locale';
const catalogs: Record<Locale, Messages> = { vi, en };

export function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function remember(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice still holds for this page's life.
  }
  document.documentElement.lang = locale;
}

interface LocaleState {
  locale: Locale;
  /** Changes the language on this device; callers that know a user also save it on the server. */
  setLocale: (l: Locale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(() => {
    const l = storedLocale();
    document.documentElement.lang = l;
    return l;
  });
  const setLocale = useCallback((l: Locale) => {
    remember(l);
    setState(l);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const ctx = useContext(LocaleContext);
  if (!ctx) throw new Error('useLocale outside LocaleProvider');
  return ctx;
}

/** The message catalogue of the current language: `const t = useT(); t.nav.home`. */
export function useT(): Messages {
  return usePageMessages(catalogs);
}

/** A page's own catalogue (its messages.ts) in the current language: `usePageMessages({ vi, en })`. */
export function usePageMessages<M>(byLocale: Record<Locale, M>): M {
  return byLocale[useLocale().locale];
}

/** Picks the current language out of a server message. */
export function useBi(): (text: Bilingual) => string {
  const { locale } = useLocale();
  return useCallback((text: Bilingual) => text[locale], [locale]);
}
