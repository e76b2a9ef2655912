// Publication for the organiser: Publish (confirmed; a refusal lists every unit not finalised,
// by name) and, once published, the public link to copy.
import { Alert, App, Button, Flex, Input, Typography } from 'antd';
import { CopyOutlined, GlobalOutlined, LinkOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/errors';
import { ErrorAlert } from '../../components/serverErrors';
import { useBi } from '../../i18n';
import { usePublicLink } from './api';
import type { usePublish } from './api';
import type { ResultsMessages } from './messages';

export function PublishButton({ publish, r }: { publish: ReturnType<typeof usePublish>; r: ResultsMessages }) {
  const { modal } = App.useApp();
  return (
    <Button
      type="primary"
      icon={<GlobalOutlined />}
      loading={publish.isPending}
      data-testid="publish"
      onClick={() => {
        modal.confirm({
          title: r.publish,
          content: r.publishConfirm,
          okText: r.publish,
          onOk: () => publish.mutateAsync().catch(() => undefined),
        });
      }}
    >
      {r.publish}
    </Button>
  );
}

export function PublishRefusal({ error, r }: { error: unknown; r: ResultsMessages }) {
  const bi = useBi();
  if (!error) return null;
  if (isApiError(error) && error.code === 'conflict' && error.details.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="publish-refused"
        style={{ marginBottom: 16 }}
        message={r.publishRefused}
        description={
          <ul style={{ margin: 0, columns: error.details.length > 8 ? 2 : 1 }}>
            {error.details.map((d) => (
              <li key={d.field} data-testid="not-finalised-unit">
                {bi(d.message)}
              </li>
            ))}
          </ul>
        }
      />
    );
  }
  return <ErrorAlert error={error} />;
}

export function PublicLinkBox({ periodId, r }: { periodId: string; r: ResultsMessages }) {
  const { message } = App.useApp();
  const link = usePublicLink(periodId);
  const url = link.data ? new URL(link.data.url, window.location.origin).toString() : null;
  return (
    <Flex vertical gap={8} data-testid="public-link-box">
      <ErrorAlert error={link.error} />
      {url ? (
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{r.publicLink}:</Typography.Text>
          <Input readOnly value={url} style={{ maxWidth: 520 }} data-testid="public-link" />
          <Button
            icon={<CopyOutlined />}
            onClick={() => void navigator.clipboard?.writeText(url).then(() => void message.success(r.copied))}
          >
            {r.copy}
          </Button>
          <Button icon={<LinkOutlined />} href={url} target="_blank" rel="noreferrer">
            {r.open}
          </Button>
        </Flex>
      ) : (
        <Button icon={<LinkOutlined />} loading={link.isPending} onClick={() => link.mutate()} data-testid="make-public-link" style={{ alignSelf: 'flex-start' }}>
          {r.makeLink}
        </Button>
      )}
    </Flex>
  );
}
