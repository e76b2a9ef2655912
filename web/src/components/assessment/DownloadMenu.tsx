// The documents of an assessment: the official report (.docx, .pdf) first asks for its ND30
// frame (ReportDialog); the summary table (.xlsx, .pdf) is a plain link.
import { Button, Dropdown } from 'antd';
import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { documentUrl } from '../../pages/assessment/api';
import type { AssessmentMessages } from '../../pages/assessment/messages';
import { ReportDialog } from './ReportDialog';

export function DownloadMenu({ assessmentId, unitId, a }: { assessmentId: string; unitId: string; a: AssessmentMessages }) {
  const [report, setReport] = useState<'report.docx' | 'report.pdf' | null>(null);
  return (
    <>
      <Button icon={<FileWordOutlined />} onClick={() => setReport('report.docx')} data-testid="download-docx">
        {a.reportDocx}
      </Button>
      <Dropdown
        menu={{
          items: [
            { key: 'xlsx', icon: <FileExcelOutlined />, label: <a href={documentUrl(assessmentId, 'table.xlsx')} download data-testid="download-xlsx">{a.tableXlsx}</a> },
            { key: 'pdf', icon: <FilePdfOutlined />, label: <span data-testid="download-report-pdf">{a.reportPdf}</span>, onClick: () => setReport('report.pdf') },
            { key: 'tpdf', icon: <FilePdfOutlined />, label: <a href={documentUrl(assessmentId, 'table.pdf')} download>{a.tablePdf}</a> },
          ],
        }}
      >
        <Button icon={<DownloadOutlined />} data-testid="download-more">
          {a.downloads}
        </Button>
      </Dropdown>
      {report ? (
        <ReportDialog assessmentId={assessmentId} unitId={unitId} name={report} title={report === 'report.docx' ? a.reportDocx : a.reportPdf} a={a} onClose={() => setReport(null)} />
      ) : null}
    </>
  );
}
