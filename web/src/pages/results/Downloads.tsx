// The results page's downloads: plain same-origin links with `download`, so the browser saves
// them as files (and a test sees a download event) instead of navigating to them.
import { Button } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { downloadUrl } from './api';
import type { ResultsMessages } from './messages';

export function RankingDownloads({ periodId, r }: { periodId: string; r: ResultsMessages }) {
  return (
    <>
      <Button icon={<FileExcelOutlined />} href={downloadUrl(periodId, 'ranking.xlsx')} download data-testid="download-ranking-xlsx">
        {r.rankingXlsx}
      </Button>
      <Button icon={<FileWordOutlined />} href={downloadUrl(periodId, 'ranking.docx')} download data-testid="download-ranking-docx">
        {r.annexDocx}
      </Button>
    </>
  );
}
