import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium' });
const p = await b.newPage({ viewport: { width: 375, height: 900 } });
for (const u of process.argv.slice(2)) {
await p.goto('http://127.0.0.1:18080' + u);
console.log(u, await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > document.documentElement.clientWidth + 0.5 && !el.closest('.table-wrap')) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right) + ' ' + (el.textContent||'').slice(0,40));
  }
  return out.slice(0, 8);
}));
const small = await p.evaluate(() => { const r=[]; for (const svg of document.querySelectorAll('svg')) { const s = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width||1); r.push(svg.dataset.chart + ' scale ' + s.toFixed(2)); } return r; });
console.log(small);
}
await b.close();
