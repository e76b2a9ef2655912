// Who is logged in. The session query is the single source; login and logout update it and
// carry the CSRF token to the API client. The user's saved language is applied on arrival.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, setCsrfToken } from '../api/client';
import type { Locale, LoginResult, SessionInfo, User } from '../api/types';
import { useLocale } from '../i18n';

export const SESSION_KEY = ['session'] as const;

/** Exported for main.tsx, which asks for the session before the app's code has loaded. */
export async function fetchSession(): Promise<SessionInfo> {
  const s = await api.get<SessionInfo>('/session');
  setCsrfToken(s.csrfToken);
  return s;
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: 1 });
}

/** The logged-in user; only call below the login gate. */
export function useUser(): User {
  const { data } = useSession();
  if (!data?.user) throw new Error('useUser without a session');
  return data.user;
}

/** Applies the account's language once per login, so it follows the user between devices. */
export function useAccountLocale(user: User | null | undefined): void {
  const { setLocale } = useLocale();
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!user || applied.current === user.id) return;
    applied.current = user.id;
    setLocale(user.locale);
  }, [user, setLocale]);
}

/**
 * Drops every cached answer of the previous person, but keeps the session query object itself:
 * the App observes it, and a cleared-and-recreated query would not reach that observer.
 */
function forgetOthers(qc: QueryClient): void {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    // `locale` is set when the person chose a language on the login page itself: that explicit
    // choice then becomes their saved preference instead of being overridden by it.
    mutationFn: async (input: { username: string; password: string; locale?: Locale }): Promise<LoginResult> => {
      const res = await api.post<LoginResult>('/session/login', { username: input.username, password: input.password });
      setCsrfToken(res.csrfToken);
      if (!input.locale || input.locale === res.user.locale) return res;
      try {
        return { ...res, user: await api.patch<User>('/me', { locale: input.locale }) };
      } catch {
        return res;
      }
    },
    onSuccess: (res) => {
      setCsrfToken(res.csrfToken);
      forgetOthers(qc);
      qc.setQueryData<SessionInfo>(SESSION_KEY, { user: res.user, csrfToken: res.csrfToken });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/session/logout'),
    onSettled: () => {
      setCsrfToken(null);
      forgetOthers(qc);
      qc.setQueryData<SessionInfo>(SESSION_KEY, { user: null, csrfToken: null });
    },
  });
}

/** Switches the language here and, when someone is logged in, in their profile. */
export function useSwitchLocale() {
  const qc = useQueryClient();
  const { setLocale } = useLocale();
  return async (locale: Locale, loggedIn: boolean) => {
    setLocale(locale);
    if (!loggedIn) return;
    const user = await api.patch<User>('/me', { locale });
    qc.setQueryData<SessionInfo>(SESSION_KEY, (old) => (old ? { ...old, user } : old));
  };
}
