// VI | EN in the header and on the login page. Each option names its language in itself.
import { Segmented } from 'antd';
import type { Locale } from '../api/types';
import { useLocale, useT } from '../i18n';

export function LanguageSwitch({ onChange }: { onChange: (l: Locale) => void }) {
  const { locale } = useLocale();
  const t = useT();
  return (
    <Segmented<Locale>
      aria-label={t.header.language}
      data-testid="language-switch"
      size="small"
      value={locale}
      onChange={onChange}
      options={[
        { label: <span lang="vi" title="Tiếng Việt">VI</span>, value: 'vi' },
        { label: <span lang="en" title="English">EN</span>, value: 'en' },
      ]}
    />
  );
}
