// "Việc cần làm": one line per task, coloured by urgency, with its count and a link.
import { Badge, Empty, List, Tag } from 'antd';
import type { HomeTask } from '../../api/types';
import { href } from '../../app/router';
import { useBi, useT } from '../../i18n';

const colours: Record<HomeTask['severity'], string> = { info: 'blue', warning: 'orange', danger: 'red' };

/** Server links are app paths ("/units"); anything else is shown as plain text. */
function appLink(link: string | undefined): string | null {
  if (!link) return null;
  if (link.startsWith('#/')) return link;
  return link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/api') ? href(link) : null;
}

export function TaskList({ tasks }: { tasks: HomeTask[] }) {
  const t = useT();
  const bi = useBi();
  if (tasks.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.home.noTasks} />;
  return (
    <List
      dataSource={tasks}
      renderItem={(task) => {
        const link = appLink(task.link);
        return (
          <List.Item
            data-testid="home-task"
            actions={link ? [<a key="go" href={link}>{t.home.goTo}</a>] : []}
          >
            <List.Item.Meta
              avatar={
                typeof task.count === 'number' ? (
                  <Badge count={task.count} showZero overflowCount={9999} color={colours[task.severity]} />
                ) : (
                  <Tag color={colours[task.severity]} style={{ marginInlineEnd: 0 }}>
                    •
                  </Tag>
                )
              }
              title={link ? <a href={link}>{bi(task.message)}</a> : bi(task.message)}
            />
          </List.Item>
        );
      }}
    />
  );
}
