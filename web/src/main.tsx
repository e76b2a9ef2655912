// Entry point: providers (query cache, language, antd theme and locale) around the App.
import { StrictMode, Suspense } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { isApiError } from './api/errors';
import { lazyPage } from './app/lazyPage';
import { parseHash } from './app/router';
import { SESSION_KEY, fetchSession } from './app/session';
import { publicTokenOf } from './pages/appraisal/paths';
import { preloadPublic, preloadRoute } from './pages/results/preload';
import { LocaleProvider, useLocale, useT } from './i18n';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // Retrying a refusal or a validation error never helps; a dropped connection might.
      retry: (count, err) => count < 2 && (!isApiError(err) || err.status === 0 || err.status >= 500),
    },
  },
});

function Themed({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  dayjs.locale(locale === 'vi' ? 'vi' : 'en');
  return (
    <ConfigProvider locale={locale === 'vi' ? viVN : enUS} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

// The published results (/public/results/<token>) open without a session: no login screen,
// and none of the app's code. Either way the first requests start here, before rendering.
const publicToken = publicTokenOf(window.location.pathname);
const App = lazyPage(() => import('./app/App').then((m) => m.App));
const PublicResultsPage = lazyPage(() => import('./pages/public/PublicResultsPage').then((m) => m.PublicResultsPage));
if (publicToken) preloadPublic(queryClient, publicToken);
else {
  void import('./app/App');
  void queryClient.prefetchQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, retry: 1 });
  preloadRoute(queryClient, parseHash(window.location.hash).path);
}

/**
 * Until the first screen's code is there: the app's centred spinner, or for the public page
 * its dark header bar with the spinner below it, as the page itself shows while loading.
 */
function Starting() {
  const t = useT();
  if (publicToken) {
    return (
      <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
        <div style={{ height: 64, background: '#001529', display: 'flex', alignItems: 'center', paddingInline: 20 }}>
          <span className="chiso-header-title">Chỉ số CCHC</span>
        </div>
        <Spin size="large" style={{ display: 'block', margin: '88px auto' }} />
      </div>
    );
  }
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" tip={t.common.loading}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <Themed>
            <Suspense fallback={<Starting />}>{publicToken ? <PublicResultsPage token={publicToken} /> : <App />}</Suspense>
          </Themed>
        </LocaleProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
