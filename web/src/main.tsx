// Entry point: providers (query cache, language, antd theme and locale) around the App.
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { isApiError } from './api/errors';
import { App } from './app/App';
import { publicTokenOf } from './pages/appraisal/paths';
import { PublicResultsPage } from './pages/public/PublicResultsPage';
import { LocaleProvider, useLocale } from './i18n';
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

// The published results (/public/results/<token>) open without a session: no login screen.
const publicToken = publicTokenOf(window.location.pathname);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <Themed>
            {publicToken ? <PublicResultsPage token={publicToken} /> : <App />}
          </Themed>
        </LocaleProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
