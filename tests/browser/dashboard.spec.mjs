// The dashboard (issue 14) as a reader meets it, in each language: every page loads without a
// console error or a failed request, passes axe with no serious or critical violation, fits a
// 375 px screen without sideways scrolling or text under 11 px, and its figures are the API's.
// Screenshots at 1280 and 375 px per page and language go to $HAGUE_ARTIFACTS/dashboard/.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';

const LANGS = ['en', 'nl', 'de', 'fr', 'es', 'pt'];
const PAGES = ['', 'ally/', 'ally/DEU', 'ally/ISL', 'gap', 'burden', 'revisions', 'outlook', 'plan'];
const shots = path.join(process.env.HAGUE_ARTIFACTS || '/tmp/hague-artifacts', 'dashboard');
fs.mkdirSync(shots, { recursive: true });

/** Collects what must not happen on a page: console errors, uncaught exceptions, failed or
 * refused requests. */
function watch(page) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** The smallest font size a reader sees, in CSS pixels, over every element that holds text:
 * HTML text at its computed size, SVG text at its size times the drawing's scale on screen. */
async function smallestText(page) {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg') || !visible(el)) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest.size) smallest = { size, text: el.textContent.trim().slice(0, 60) };
    }
    for (const svg of document.querySelectorAll('svg')) {
      if (!visible(svg) || !svg.viewBox.baseVal || !svg.viewBox.baseVal.width) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent.trim() || !visible(t)) continue;
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < smallest.size) smallest = { size, text: `svg: ${t.textContent.trim().slice(0, 60)}` };
      }
    }
    return smallest;
  });
}

for (const lang of LANGS) {
  test.describe(`dashboard in ${lang}`, () => {
    for (const route of PAGES) {
      test(`/${lang}/${route} loads, is accessible and fits 375 px`, async ({ page }) => {
        const problems = watch(page);
        const name = route.replace(/\//g, '_') || 'home';
        for (const width of [1280, 375]) {
          await page.setViewportSize({ width, height: 900 });
          const response = await page.goto(`/${lang}/${route}`);
          expect(response.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await expect(page.locator('html')).toHaveClass(/js/);
          await page.screenshot({ path: path.join(shots, `${lang}-${name}-${width}.png`), fullPage: true });
          if (width === 375) {
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, 'no sideways scrolling at 375 px').toBeLessThanOrEqual(0);
            const small = await smallestText(page);
            expect(small.size, `smallest text: "${small.text}"`).toBeGreaterThanOrEqual(11);
          }
        }
        // Every id once: the two drawings of a chart name their titles apart.
        const duplicates = await page.evaluate(() => {
          const seen = new Map();
          for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
          return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
        });
        expect(duplicates).toEqual([]);
        const axe = await new AxeBuilder({ page }).analyze();
        const serious = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }

    test(`the headline figures are the API's (${lang})`, async ({ page, request }) => {
      const problems = watch(page);
      await page.goto(`/${lang}/`);
      const facts = await (await request.get('/api/v1/facts')).json();
      const rows = page.locator('#facts tbody tr');
      await expect(rows).toHaveCount(facts.facts.length);
      for (const [i, fact] of facts.facts.entries()) {
        const value = (await rows.nth(i).locator('td').nth(1).innerText()).trim();
        if (Array.isArray(fact.value) && fact.value.every((v) => /^[A-Z]{3}$/.test(v))) {
          expect(value.split(/\s+/), fact.id).toEqual(fact.value);
        } else if (typeof fact.value === 'number' && /%/.test(fact.text)) {
          // The same number, as the language writes it, with the decimals the API's text shows.
          const decimals = (fact.text.match(/\.(\d+)/) || ['', ''])[1].length;
          const expected = new Intl.NumberFormat(lang, {
            minimumFractionDigits: decimals, maximumFractionDigits: decimals,
          }).format(fact.value);
          expect(value, fact.id).toContain(expected);
        }
      }
      // Germany's share of GDP in the status table is the API's.
      const status = await (await request.get('/api/v1/status')).json();
      const deu = status.allies.find((a) => a.ally === 'DEU');
      const germany = page.locator('#allies-table tbody tr', { hasText: 'DEU' });
      const expected = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        .format(deu.share_gdp_pct);
      await expect(germany).toContainText(expected);
      expect(problems).toEqual([]);
    });
  });
}

test('the first load of /en/ is under 150 KB on the wire', async ({ page }) => {
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  const bytes = await page.evaluate(() => performance.getEntries()
    .filter((e) => e.entryType === 'navigation' || e.entryType === 'resource')
    .reduce((sum, e) => sum + e.transferSize, 0));
  const origins = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).origin));
  console.log(`first load of /en/: ${bytes} bytes transferred`);
  expect(bytes).toBeGreaterThan(10_000); // compressed, but not nothing
  expect(bytes).toBeLessThan(150_000);
  expect(new Set(origins).size <= 1 && origins.every((o) => o === new URL(page.url()).origin)).toBe(true);
});

test('tabs switch by mouse and keyboard and the URL keeps the choice', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/en/');
  const map = page.locator('#allies-map');
  const table = page.locator('#allies-table');
  await expect(map).toBeVisible();
  await expect(table).toBeHidden();
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(table).toBeVisible();
  await expect(map).toBeHidden();
  expect(new URL(page.url()).searchParams.get('allies_view')).toBe('table');
  await page.getByRole('tab', { name: 'Table' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Chart' })).toBeFocused();
  await expect(page.locator('#allies-chart')).toBeVisible();
  await expect(page.locator('#allies-chart svg[data-chart=shares]:visible')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the year slider redraws the page without reloading it', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/en/');
  await page.evaluate(() => { window.stillHere = true; });
  await page.locator('input[name=year]').fill('2020');
  await expect(page.locator('h1')).toHaveText("NATO allies’ defence spending in 2020");
  expect(new URL(page.url()).searchParams.get('year')).toBe('2020');
  expect(await page.evaluate(() => window.stillHere)).toBe(true);
  await expect(page.locator('#allies-map .wide svg > title')).toContainText('2020');
  // Back returns to the newest year, still without a reload.
  await page.goBack();
  await expect(page.locator('h1')).toHaveText("NATO allies’ defence spending in 2026");
  expect(await page.evaluate(() => window.stillHere)).toBe(true);
  expect(problems).toEqual([]);
});

test('a permalink opens the view it names', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/de/?edition=2024-06&year=2019&allies_view=table#allies');
  await expect(page.locator('h1')).toHaveText('Verteidigungsausgaben der NATO-Verbündeten 2019');
  await expect(page.locator('#allies-table')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Tabelle' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('select[name=edition]')).toHaveValue('2024-06');
  expect(problems).toEqual([]);
});

test('an ally is found from the list, and by any spelling of its name', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/fr/ally/');
  await page.getByRole('link', { name: 'Allemagne' }).click();
  await expect(page).toHaveURL(/\/fr\/ally\/DEU$/);
  await expect(page.locator('h1')).toContainText('Allemagne');
  await expect(page.locator('#series-chart svg[data-chart=trend]:visible')).toBeVisible();
  await page.goto('/fr/ally/Duitsland');
  await expect(page).toHaveURL(/\/fr\/ally\/DEU$/);
  expect(problems).toEqual([]);
});

test('downloads: the SVG, the PNG and the CSV are what they say', async ({ page, request }) => {
  const problems = watch(page);
  await page.goto('/en/');
  const panel = page.locator('#allies-map');
  const get = async (label) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('link', { name: label, exact: true }).click(),
    ]);
    return fs.readFileSync(await download.path());
  };
  const svg = (await get('SVG')).toString();
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('data-chart="map"');
  const png = await get('PNG');
  const width = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return img.naturalWidth;
  }, png.toString('base64'));
  expect(width).toBeGreaterThan(100);
  const csv = (await get('CSV')).toString().trim().split('\n');
  const header = csv[0].split(',');
  // The map's CSV has a row per ally that the API's status lists.
  const status = await (await request.get('/api/v1/status')).json();
  expect(csv.length - 1).toBe(status.allies.length);
  const ally = header.indexOf('ally');
  const share = header.indexOf('share_gdp_pct');
  const deu = csv.find((line) => line.split(',')[ally] === 'DEU').split(',');
  expect(Number(deu[share])).toBe(status.allies.find((a) => a.ally === 'DEU').share_gdp_pct);

  await page.getByRole('tab', { name: 'Table' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#allies-table').getByRole('link', { name: 'CSV', exact: true }).click(),
  ]);
  const table = fs.readFileSync(await download.path()).toString();
  expect(table).toBe(await (await request.get('/api/v1/status.csv?lang=en')).text());
  expect(problems).toEqual([]);
});

test('an embed is the chart alone, and any site may frame it', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/en/');
  const snippet = await page.locator('#allies-map textarea[data-embed]').inputValue();
  const src = snippet.match(/src="([^"]+)"/)[1];
  expect(src.startsWith(new URL(page.url()).origin)).toBe(true);
  const response = await page.goto(src);
  expect(response.headers()['content-security-policy']).not.toContain('frame-ancestors');
  expect(response.headers()['x-frame-options']).toBeUndefined();
  await expect(page.locator('svg[data-chart=map]:visible')).toBeVisible();
  await expect(page.locator('header, nav, form')).toHaveCount(0);
  // Framed by another site's page (a blank page with no policy of its own), it fills the
  // frame's width.
  const host = await page.context().newPage();
  const hostProblems = watch(host);
  await host.setContent(`<body style="margin:0"><div style="width:480px">${snippet}</div></body>`);
  const frame = host.frameLocator('iframe');
  const drawn = frame.locator('svg[data-chart=map]:visible');
  await expect(drawn).toBeVisible();
  // The phone's drawing (the frame is under 760 px), as wide as the frame, and the frame as
  // tall as the chart: the snippet's script took the height the embed posted.
  await expect(drawn).toHaveAttribute('width', '340');
  const width = await drawn.evaluate((s) => s.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(470);
  await expect.poll(async () => {
    const inner = await drawn.evaluate(() => document.documentElement.scrollHeight);
    const outer = await host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    return Math.abs(inner - outer);
  }).toBeLessThanOrEqual(2);
  expect(hostProblems).toEqual([]);
  expect(problems).toEqual([]);
});

test('the outlook: weaker growth raises the probability, live', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/en/outlook?scenario=commitments');
  await page.evaluate(() => { window.stillHere = true; });
  await page.getByRole('tab', { name: 'Table' }).click();
  // Columns: entity, P in 2029, P in 2035, ... Spain holds its 2.1% under the commitments
  // scenario, so its chance of 3.5% in 2035 is small, and weaker growth raises it.
  const spain = page.locator('#outlook-table tbody tr', { hasText: 'ESP' }).locator('td').nth(2);
  const before = parseFloat(await spain.innerText());
  await page.locator('input[name=growth_shift]').fill('-2');
  await expect(page.locator('input[name=growth_shift] + output')).toHaveText('-2');
  await expect.poll(async () => new URL(page.url()).searchParams.get('growth_shift')).toBe('-2');
  await expect.poll(async () => parseFloat(await spain.innerText())).toBeGreaterThan(before);
  // The same figure as the API's, for the same settings.
  const api = await (await page.request.get(
    '/api/v1/simulate?scenario=commitments&paths=10000&growth_shift=-2')).json();
  const esp = api.results.find((r) => r.ally === 'ESP');
  expect(parseFloat(await spain.innerText())).toBeCloseTo(100 * esp.probability_at_or_above, 1);
  expect(await page.evaluate(() => window.stillHere)).toBe(true);
  expect(problems).toEqual([]);
});

test('the plan page gives a verdict with reasons for each example', async ({ page }) => {
  const problems = watch(page);
  for (const [example, verdict] of [['germany', 'credible'], ['poland', 'credible'], ['spain', null]]) {
    await page.goto(`/en/plan?example=${example}`);
    await page.getByRole('button', { name: 'Check the plan' }).click();
    const reasons = page.locator('#verdict .table-notes p');
    await expect(reasons.first()).toContainText('Verdict:');
    if (verdict) await expect(page.locator('#verdict caption')).toContainText(verdict);
    // The plan drawn against the ally's path.
    await expect(page.locator('#verdict svg[data-chart=trend]:visible .plan rect').first()).toBeVisible();
    expect(await reasons.count()).toBeGreaterThan(1);
  }
  // A plan that cannot be read says why, beside the text.
  await page.goto('/en/plan');
  await page.locator('#plan-text').fill('ally = 5');
  await page.getByRole('button', { name: 'Check the plan' }).click();
  await expect(page.locator('#verdict p.error')).toContainText("'ally' must be text in quotes");
  await expect(page.locator('#plan-text')).toHaveValue('ally = 5');
  // The 400 is the answer to the unreadable plan, logged by the browser as a failed load.
  expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every view reads in full and the controls still work', async ({ page }) => {
    await page.goto('/de/');
    // All three views of the allies, one after another, each under its heading; no tabs.
    for (const view of ['map', 'chart', 'table']) await expect(page.locator(`#allies-${view}`)).toBeVisible();
    await expect(page.locator('#allies [role=tablist]')).toBeHidden();
    await expect(page.locator('#allies-table h3')).toHaveText('Tabelle');
    // The controls are a form with a button: choosing a year and sending it is a new page.
    await page.locator('input[name=year]').fill('2021');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await expect(page.locator('h1')).toHaveText('Verteidigungsausgaben der NATO-Verbündeten 2021');
    // The plan form is answered by the server.
    await page.goto('/fr/plan?example=spain');
    await page.getByRole('button', { name: 'Vérifier le plan' }).click();
    await expect(page.locator('#verdict')).toBeVisible();
  });
});

test('every page prints: no controls, every view, A4', async ({ page }) => {
  await page.goto('/en/ally/DEU');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.controls')).toBeHidden();
  await expect(page.locator('#series-table')).toBeVisible();
  await expect(page.locator('#series-chart .wide svg')).toBeVisible();
  await page.pdf({ path: path.join(shots, 'en-ally_DEU.pdf'), format: 'A4' });
});

test('a bad parameter is a page that says what is wrong, in the page language', async ({ page }) => {
  const response = await page.goto('/es/?year=1990');
  expect(response.status()).toBe(400);
  await expect(page.locator('p.error')).toContainText('1990');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const missing = await page.goto('/de/ally/XYZ');
  expect(missing.status()).toBe(404);
  await expect(page.locator('p.error')).toContainText('XYZ');
});
