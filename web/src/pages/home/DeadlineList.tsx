// Deadlines coming up, with the days left; red when overdue or within three days.
import { Empty, List, Tag, Typography } from 'antd';
import type { HomeDeadline } from '../../api/types';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../components/format';

function urgency(days: number): string {
  if (days < 0 || days <= 3) return 'red';
  return days <= 7 ? 'orange' : 'green';
}

export function DeadlineList({ deadlines }: { deadlines: HomeDeadline[] }) {
  const t = useT();
  const { locale } = useLocale();
  if (deadlines.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.home.noDeadlines} />;
  return (
    <List
      dataSource={deadlines}
      renderItem={(d) => (
        <List.Item data-testid="home-deadline" extra={<Tag color={urgency(d.daysLeft)}>{t.home.daysLeft(d.daysLeft)}</Tag>}>
          <List.Item.Meta
            title={t.home.deadlineKinds[d.kind]}
            description={
              <>
                <a href={`#/periods/${encodeURIComponent(d.periodId)}`}>{d.periodName}</a>
                <Typography.Text type="secondary"> · {formatDate(d.date, locale)}</Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
