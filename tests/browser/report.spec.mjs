// The HTML report (`hague report`) in each language, as a reader opens the file: no console error,
// exception or failed load; nothing loaded from elsewhere (no script, link, img or iframe); every
// chart kind drawn with a size. Leaves a full-page screenshot and the printed PDF per language in
// $HAGUE_ARTIFACTS (report.L.png, report.L.pdf). tests/browser/run.sh writes the reports.
import { test, expect } from '@playwright/test';
import path from 'node:path';

const LANGS = ['en', 'nl', 'de', 'fr', 'es', 'pt'];
const CHARTS = ['shares', 'map', 'gap', 'trend', 'burden', 'fan'];
const artifacts = process.env.HAGUE_ARTIFACTS || '/tmp/hague-artifacts';

for (const lang of LANGS) {
  test(`the report in ${lang} opens and draws every chart`, async ({ page }) => {
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.goto(`file://${path.join(process.env.HAGUE_REPORTS, `report.${lang}.html`)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('script, link, img, iframe')).toHaveCount(0);
    const charts = await page.locator('svg.hague-chart').evaluateAll((svgs) => svgs.map((s) => {
      const r = s.getBoundingClientRect();
      return { kind: s.dataset.chart, width: r.width, height: r.height,
               marks: s.querySelectorAll('rect, path, circle').length };
    }));
    const drawn = charts.filter((c) => c.width > 300 && c.height > 200 && c.marks > 10).map((c) => c.kind);
    for (const kind of CHARTS) expect(drawn, `chart ${kind}`).toContain(kind);
    await page.screenshot({ path: path.join(artifacts, `report.${lang}.png`), fullPage: true });
    await page.pdf({ path: path.join(artifacts, `report.${lang}.pdf`), preferCSSPageSize: true });
    expect(problems).toEqual([]);
  });
}
