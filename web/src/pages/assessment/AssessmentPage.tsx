// The self-assessment form of one unit in one period (#/periods/:periodId/units/:unitId/assessment):
// header with status and workflow, progress, filters, the criteria grouped by field, and the
// evidence library, item history and attach dialogs around it.
import { Alert, Button, Drawer, Flex, Input, Segmented, Tag, Typography } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useUser } from '../../app/session';
import { AttachModal } from '../../components/assessment/AttachModal';
import { DownloadMenu } from '../../components/assessment/DownloadMenu';
import { EvidenceAdd } from '../../components/assessment/EvidenceAdd';
import { EvidenceLibrary } from '../../components/assessment/EvidenceLibrary';
import { HistoryDrawer } from '../../components/assessment/HistoryDrawer';
import { ProgressPanel } from '../../components/assessment/ProgressPanel';
import { WorkflowBar } from '../../components/assessment/WorkflowBar';
import { formatDate, formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { fold } from '../../components/fold';
import { useLocale } from '../../i18n';
import { useAssessmentView, useEvidence } from './api';
import type { FieldSummary, FormNode, ItemPatch } from './contract';
import { FieldSections } from './FieldSections';
import type { ItemFilter } from './filters';
import { matchesFilter } from './filters';
import { indexNodes, nodeName, rootsOf } from './format';
import { useAT } from './messages';
import { StatusTag } from './StatusTag';
import { useAutosave } from './useAutosave';

/** Why the assessment came back to the unit (returned or reopened), the comment as it was typed. */
function CommentBanner({ type, testId, title, text }: { type: 'warning' | 'info'; testId: string; title: string; text: string }) {
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid={testId}
      message={title}
      description={<span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>}
    />
  );
}

export function AssessmentPage({ periodId, unitId }: { periodId: string; unitId: string }) {
  const a = useAT();
  const { locale } = useLocale();
  const user = useUser();
  const view = useAssessmentView(periodId, unitId);
  const header = view.data?.assessment;
  const evidence = useEvidence(header?.id);
  const { store, states } = useAutosave(header?.id, view.data?.items, periodId, unitId);
  const [filter, setFilter] = useState<ItemFilter>('all');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string[] | null>(null);
  const [attachFor, setAttachFor] = useState<string | null>(null);
  const [historyFor, setHistoryFor] = useState<string | null>(null);
  const [library, setLibrary] = useState(false);

  const nodes = view.data?.framework.nodes;
  const byId = useMemo(() => indexNodes(nodes ?? []), [nodes]);
  const byField = useMemo(() => new Map<string, FieldSummary>((view.data?.summary.byField ?? []).map((f) => [f.nodeId, f])), [view.data]);
  const fields = useMemo(() => {
    const listed = (view.data?.summary.byField ?? []).map((f) => byId.get(f.nodeId)).filter((n): n is FormNode => Boolean(n));
    return listed.length > 0 ? listed : rootsOf(nodes ?? []);
  }, [view.data, byId, nodes]);
  const evidenceById = useMemo(() => new Map((evidence.data ?? []).map((e) => [e.id, e])), [evidence.data]);
  const codeOf = useCallback((id: string) => byId.get(id)?.code ?? id, [byId]);

  // Items shown since the filter last changed stay on screen, so answering an item under
  // "chưa chấm" does not make it vanish while the person is still on it.
  // Reset during render (not in an effect): the first render of a new filter must not see the
  // items the previous filter showed.
  const sticky = useRef({ key: '', ids: new Set<string>() });
  const filterKey = `${filter}\u0000${search}`;
  if (sticky.current.key !== filterKey) sticky.current = { key: filterKey, ids: new Set() };
  const folded = fold(search.trim());
  const visible = (nodeId: string): boolean => {
    if (sticky.current.ids.has(nodeId)) return true;
    const s = states.get(nodeId);
    const node = byId.get(nodeId);
    if (!s || !node) return false;
    const text = folded === '' || fold(`${node.code ?? ''} ${nodeName(node, locale)}`).includes(folded);
    const ok = text && matchesFilter(s, filter, node.leaf?.scoredBy ?? null);
    if (ok) sticky.current.ids.add(nodeId);
    return ok;
  };

  const editable = Boolean(header?.canEdit);
  const onEdit = useCallback((nodeId: string, patch: ItemPatch, immediate: boolean) => store.edit(nodeId, patch, immediate), [store]);
  const onRetry = useCallback((nodeId: string) => store.retry(nodeId), [store]);
  const onResolve = useCallback((nodeId: string, c: 'mine' | 'theirs' | 'merge') => store.resolve(nodeId, c), [store]);
  const onNext = useCallback((nodeId: string) => {
    const all = [...document.querySelectorAll<HTMLElement>('[data-testid="assessment-item"]')];
    const i = all.findIndex((el) => el.dataset.nodeId === nodeId);
    const next = all[i + 1];
    if (!next) return;
    next.scrollIntoView({ block: 'center', behavior: 'smooth' });
    next.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), [tabindex="0"]')?.focus();
  }, []);
  const handlers = useMemo(
    () => ({ onEdit, onRetry, onResolve, onNext, onAttach: setAttachFor, onHistory: setHistoryFor }),
    [onEdit, onRetry, onResolve, onNext],
  );

  const win = header ? { start: header.dataStart, end: header.dataEnd } : null;
  const attachState = attachFor ? states.get(attachFor) : undefined;
  const returned = header?.status === 'returned' ? [...header.comments].reverse().find((c) => c.kind === 'return') : undefined;
  // Reopened by the organiser (after the deadline): the unit sees why, not only a notification.
  const lastComment = header?.comments.at(-1);
  const reopened = header?.status === 'in-progress' && lastComment?.kind === 'reopen' ? lastComment : undefined;

  return (
    <div data-testid="assessment-page" data-status={header?.status ?? ''}>
      <PageTitle
        title={header ? `${a.title} — ${header.unitName}` : a.title}
        extra={
          header ? (
            <>
              <Button icon={<FolderOpenOutlined />} onClick={() => setLibrary(true)} data-testid="open-library">
                {a.openLibrary}
              </Button>
              <DownloadMenu assessmentId={header.id} unitId={header.unitId} a={a} />
              <WorkflowBar header={header} role={user.role} locale={locale} a={a} flush={() => store.flushAll()} codeOf={codeOf} />
            </>
          ) : null
        }
      />
      <QueryState loading={view.isPending} error={view.error} retry={() => void view.refetch()}>
        {view.data && header ? (
          <>
            <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
              <StatusTag status={header.status} overdue={header.overdue} a={a} />
              <Typography.Text>{header.periodName}</Typography.Text>
              <Typography.Text type="secondary">
                {a.deadline}: {formatDate(header.deadline, locale)}
              </Typography.Text>
            </Flex>
            {header.status === 'submitted' ? (
              <Alert
                type="success"
                showIcon
                data-testid="locked-banner"
                style={{ marginBottom: 12 }}
                message={a.lockedBanner(header.submittedAt ? formatDateTime(header.submittedAt, locale) : '')}
              />
            ) : null}
            {header.status === 'in-review' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={a.reviewBanner} data-testid="review-banner" /> : null}
            {returned ? <CommentBanner type="warning" testId="returned-banner" title={a.returnedBanner} text={returned.text} /> : null}
            {reopened ? (
              <CommentBanner type="info" testId="reopened-banner" title={a.reopenedBanner(formatDateTime(reopened.at, locale))} text={reopened.text} />
            ) : null}
            {!editable && header.status !== 'submitted' && header.status !== 'in-review' ? (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} message={a.readOnly} />
            ) : null}
            <ProgressPanel summary={view.data.summary} locale={locale} a={a} />
            <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
              <Segmented<ItemFilter>
                data-testid="item-filter"
                value={filter}
                onChange={setFilter}
                options={[
                  { value: 'all', label: a.filterAll },
                  { value: 'unanswered', label: a.filterUnanswered },
                  { value: 'no-evidence', label: a.filterNoEvidence },
                  { value: 'flagged', label: a.filterFlagged },
                ]}
              />
              <Input.Search allowClear placeholder={a.search} style={{ maxWidth: 320 }} value={search} onChange={(e) => setSearch(e.target.value)} />
              <Typography.Text type="secondary">{a.keyboardHint}</Typography.Text>
            </Flex>
            <FieldSections
              fields={fields}
              byId={byId}
              byField={byField}
              states={states}
              visible={visible}
              evidence={evidenceById}
              editable={editable}
              locale={locale}
              a={a}
              open={open ?? fields.map((f) => f.id)}
              onOpen={setOpen}
              handlers={handlers}
            />
            <AttachModal
              open={Boolean(attachFor)}
              title={attachFor ? `${a.attachTitle} ${codeOf(attachFor)}` : ''}
              assessmentId={header.id}
              selected={attachState?.local.evidenceIds ?? []}
              locale={locale}
              a={a}
              window={win}
              codeOf={codeOf}
              onChange={(ids) => attachFor && store.edit(attachFor, { evidenceIds: ids }, true)}
              onAdded={(id) => {
                if (!attachFor) return;
                // The store's list as of now: an edit updates it at once, before any re-render.
                const now = store.getSnapshot().get(attachFor)?.local.evidenceIds ?? [];
                if (!now.includes(id)) store.edit(attachFor, { evidenceIds: [...now, id] }, true);
              }}
              onClose={() => setAttachFor(null)}
            />
            <HistoryDrawer
              assessmentId={header.id}
              nodeId={historyFor}
              code={historyFor ? codeOf(historyFor) : ''}
              leaf={historyFor ? (byId.get(historyFor)?.leaf ?? null) : null}
              locale={locale}
              a={a}
              onClose={() => setHistoryFor(null)}
            />
            <Drawer open={library} onClose={() => setLibrary(false)} width={1000} title={a.library} data-testid="library-drawer">
              {editable ? <EvidenceAdd assessmentId={header.id} locale={locale} a={a} /> : null}
              <EvidenceLibrary assessmentId={header.id} locale={locale} a={a} editable={editable} window={win} codeOf={codeOf} />
            </Drawer>
            {header.comments.length > 0 ? (
              <div style={{ marginTop: 16 }}>
                <Typography.Title level={5}>{a.comments}</Typography.Title>
                {header.comments.map((c, i) => (
                  <div key={i} data-testid="assessment-comment">
                    <Tag>{formatDateTime(c.at, locale)}</Tag> <strong>{c.username ?? ''}</strong>{' '}
                    <span style={{ whiteSpace: 'pre-wrap' }}>{c.text}</span>
                  </div>
                ))}
              </div>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </div>
  );
}
