// The organiser imports real documents in the browser: the draft criteria set 001 (tree with
// rubric levels, findings where its sums disagree) is confirmed and appears in the list; the
// self-assessment table 000 previews with max 100 / self 93. A corrupt file gives a clear error
// and keeps the chosen file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FrameworksPage, ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';
import { screenshot } from './support/browser';
import { browserSession } from './support/session';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const F000 = readFileSync(join(FIXTURES, '000_3bb45e3d2fab2e34.txt'));
const F001 = readFileSync(join(FIXTURES, '001_1d2ed02fd101ed54.txt'));

/** The visible window around `target` (full-page shots of a 150-row tree are too tall to read). */
async function viewShot(page: Page, name: string, target?: Locator): Promise<void> {
  if (target) await target.scrollIntoViewIfNeeded();
  await screenshot(page, name, { fullPage: false });
}

const session = browserSession();

describe('import documents in the browser', () => {
  it('the organiser imports criteria set 001, sees rubric levels and sum findings, confirms it and finds it in the list', async () => {
    const page = await session.loginAs('noivu');
    const shell = new ShellPage(page);
    expect(await shell.navLabels()).toContain('Nhập tài liệu');
    const imp = new ImportPage(page);
    await imp.open();
    await imp.upload('du-thao-bo-tieu-chi-2023.txt', F001);
    await imp.preview.waitFor();
    expect(await imp.kind.innerText()).toBe('Bộ tiêu chí');
    // Rubric levels as readable rules, with Vietnamese decimal commas.
    expect(await imp.rubricLines.count()).toBeGreaterThan(10);
    const rubricText = (await imp.rubricLines.allInnerTexts()).join('\n');
    expect(rubricText).toContain('Cách tính điểm');
    expect(rubricText).toMatch(/\d,\d/);
    // Findings where the sums disagree, listed and marked on their rows.
    expect(await imp.findings.innerText()).toContain('sum-mismatch');
    expect((await imp.flaggedCodes()).length).toBeGreaterThan(0);
    expect(await imp.rowFindings.filter({ hasText: 'sum-mismatch' }).first().innerText()).toMatch(/Ghi trong tài liệu [\d,]+ · Tính lại [\d,]+/);
    await screenshot(page, 'import-001-preview');
    await viewShot(page, 'import-001-top');
    await viewShot(page, 'import-001-finding-row', imp.tree.locator('tr[data-finding="yes"]').first());
    await viewShot(page, 'import-001-confirm-panel', page.getByTestId('confirm-panel'));

    await imp.confirmAsFramework('Bộ tiêu chí phòng chuyên môn năm 2023 (nhập)', 'Phòng chuyên môn cấp huyện', '2023', '1');
    await imp.done.waitFor();
    expect(await imp.done.innerText()).toContain('Đã lưu bộ tiêu chí');
    await screenshot(page, 'import-001-confirmed');

    await page.getByTestId('open-framework').click();
    const fw = new FrameworksPage(page);
    await fw.detail.waitFor();
    expect(await fw.findings.innerText()).toContain('sum-mismatch');
    expect(await fw.tree.getByTestId('rubric-lines').count()).toBeGreaterThan(10);
    await viewShot(page, 'framework-imported-detail');
    await viewShot(page, 'framework-imported-tree', fw.tree.locator('tr.chiso-row-finding').first());

    await fw.open();
    const row = fw.row('Bộ tiêu chí phòng chuyên môn năm 2023 (nhập)');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/lỗi|cảnh báo/);
    await screenshot(page, 'framework-list');
  });

  it('previews the self-assessment table 000 with max 100 and self 93; a corrupt file keeps the chosen file and says why', async () => {
    const page = await session.loginAs('noivu');
    const imp = new ImportPage(page);
    await imp.open();
    await imp.drop.locator('input[type="file"]').setInputFiles({ name: 'bao-cao-hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 9)]) });
    await imp.uploadError.waitFor();
    const err = await imp.uploadError.innerText();
    expect(err).toContain('bao-cao-hong.docx');
    expect(err).toMatch(/hỏng|Tệp nén/);
    await screenshot(page, 'import-corrupt-error');

    await imp.upload('bao-cao-tu-danh-gia-2022.txt', F000);
    await imp.preview.waitFor();
    expect(await imp.kind.innerText()).toBe('Báo cáo tự đánh giá');
    expect(await imp.total('max').innerText()).toBe('100');
    expect(await imp.total('self').innerText()).toBe('93');
    // Citations as structured chips: kind and number · date · issuer.
    const chips = imp.tree.getByTestId('citation-chip');
    expect(await chips.count()).toBeGreaterThan(0);
    expect(await chips.first().innerText()).toMatch(/\/.+ · \d{2}\/\d{2}\/\d{4}/);
    // Scores print with a decimal comma (0,75 etc.), never a dot.
    const cells = (await imp.tree.locator('td[style*="right"]').allInnerTexts()).filter((t) => /^\d+[.,]\d+$/.test(t.trim()));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((t) => t.includes(','))).toBe(true);
    await screenshot(page, 'import-000-preview');
    await viewShot(page, 'import-000-top');
    await viewShot(page, 'import-000-citations', chips.first());
  });
});
