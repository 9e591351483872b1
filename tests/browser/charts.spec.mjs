// Every chart kind in every language, drawn for an article (720 px) and for a phone (340 px), as
// the browser lays its text out: no two words overlap, and none leaves the drawing; and each looks
// as its reviewed golden screenshot (tests/browser/golden/KIND-LANG-WIDTH.png, 1% of pixels may
// differ). A screenshot of each is left in $HAGUE_ARTIFACTS/charts/ (issue 10).
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const LANGS = ['en', 'nl', 'de', 'fr', 'es', 'pt'];
const KINDS = { shares: '', map: '', gap: '', burden: '', trend: 'ally=DEU~POL~ESP&', fan: 'paths=2000&' };
const shots = path.join(process.env.HAGUE_ARTIFACTS || '/tmp/hague-artifacts', 'charts');
fs.mkdirSync(shots, { recursive: true });

for (const lang of LANGS) {
  for (const [kind, query] of Object.entries(KINDS)) {
    test(`${kind} in ${lang}: no text overlaps or leaves the drawing`, async ({ page }) => {
      for (const width of [720, 340]) {
        const url = `/chart/${kind}.svg?${query}width=${width}&lang=${lang}`;
        const response = await page.goto(url);
        expect(response.status(), url).toBe(200);
        const found = await page.evaluate(() => {
          const svg = document.querySelector('svg');
          const box = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')]
            .filter((t) => t.textContent.trim())
            .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }));
          const problems = [];
          for (const t of texts)
            if (t.r.left < box.left - 0.5 || t.r.right > box.right + 0.5 ||
                t.r.top < box.top - 0.5 || t.r.bottom > box.bottom + 0.5)
              problems.push(`outside: "${t.text}"`);
          // Two texts overlap when their boxes share more than a pixel each way (glyph boxes
          // include line spacing, so touching lines are not an overlap).
          for (let i = 0; i < texts.length; i++)
            for (let j = i + 1; j < texts.length; j++) {
              const a = texts[i].r, b = texts[j].r;
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > 1 && h > 3) problems.push(`overlap: "${texts[i].text}" / "${texts[j].text}"`);
            }
          return problems;
        });
        // The drawing at its own size (a full-page screenshot of an SVG document never ends).
        const size = await page.evaluate(() => {
          const svg = document.querySelector('svg');
          return { width: Math.ceil(svg.width.baseVal.value), height: Math.ceil(svg.height.baseVal.value) };
        });
        await page.setViewportSize(size);
        await page.screenshot({ path: path.join(shots, `${kind}-${lang}-${width}.png`) });
        expect(found, `${url}`).toEqual([]);
        // Against the reviewed golden screenshot (1% of pixels may differ: antialiasing).
        await expect(page).toHaveScreenshot(`${kind}-${lang}-${width}.png`);
      }
    });
  }
}
