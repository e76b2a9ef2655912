// The documents of an assessment: the official report (.docx), the summary table (.xlsx), PDFs.
import { Button, Dropdown } from 'antd';
import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { documentUrl } from '../../pages/assessment/api';
import type { AssessmentMessages } from '../../pages/assessment/messages';

export function DownloadMenu({ assessmentId, a }: { assessmentId: string; a: AssessmentMessages }) {
  return (
    <>
      <Button icon={<FileWordOutlined />} href={documentUrl(assessmentId, 'report.docx')} download data-testid="download-docx">
        {a.reportDocx}
      </Button>
      <Dropdown
        menu={{
          items: [
            { key: 'xlsx', icon: <FileExcelOutlined />, label: <a href={documentUrl(assessmentId, 'table.xlsx')} data-testid="download-xlsx">{a.tableXlsx}</a> },
            { key: 'pdf', icon: <FilePdfOutlined />, label: <a href={documentUrl(assessmentId, 'report.pdf')}>{a.reportPdf}</a> },
            { key: 'tpdf', icon: <FilePdfOutlined />, label: <a href={documentUrl(assessmentId, 'table.pdf')}>{a.tablePdf}</a> },
          ],
        }}
      >
        <Button icon={<DownloadOutlined />} data-testid="download-more">
          {a.downloads}
        </Button>
      </Dropdown>
    </>
  );
}
