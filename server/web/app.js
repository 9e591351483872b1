// hague's dashboard script: the pages work without it; it adds tabs, controls that apply as
// they move (the page is fetched and its <main> swapped, no full reload), and copy buttons.
// Everything it shows comes from the server's own pages; it requests nothing from elsewhere.

const root = document.documentElement;
root.classList.add('js');

function toast(text) {
  const t = document.querySelector('.toast');
  if (!t) return;
  t.textContent = text;
  t.classList.add('on');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => t.classList.remove('on'), 1800);
}

async function copy(text, done) {
  try {
    await navigator.clipboard.writeText(text);
    toast(done);
  } catch {
    window.prompt('', text);
  }
}

// --- tabs ---------------------------------------------------------------------------------------

function selectTab(section, view, focus) {
  const tabs = section.querySelectorAll('[role=tab]');
  tabs.forEach((tab) => {
    const on = tab.dataset.view === view;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.tabIndex = on ? 0 : -1;
    if (on && focus) tab.focus();
  });
  section.querySelectorAll('[role=tabpanel]').forEach((panel) => {
    panel.toggleAttribute('data-active', panel.dataset.view === view);
  });
  const url = new URL(location.href);
  url.searchParams.set(section.dataset.param, view);
  url.hash = section.id;
  history.replaceState(history.state, '', url);
}

function wireTabs(scope) {
  scope.querySelectorAll('section.grapher').forEach((section) => {
    const tabs = [...section.querySelectorAll('[role=tab]')];
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => selectTab(section, tab.dataset.view, false));
      tab.addEventListener('keydown', (ev) => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[ev.key];
        let next = null;
        if (step) next = tabs[(i + step + tabs.length) % tabs.length];
        else if (ev.key === 'Home') next = tabs[0];
        else if (ev.key === 'End') next = tabs[tabs.length - 1];
        if (!next) return;
        ev.preventDefault();
        selectTab(section, next.dataset.view, true);
      });
    });
  });
}

// --- share and embed ----------------------------------------------------------------------------

function wireCopies(scope) {
  const copied = document.querySelector('.toast')?.dataset.copied;
  scope.querySelectorAll('a[data-copy-url]').forEach((a) => {
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      copy(new URL(a.getAttribute('href'), location.href).href, copied || '✓');
    });
  });
  // The embed snippet names this server: the page knows its own origin, the server may not.
  scope.querySelectorAll('textarea[data-embed]').forEach((area) => {
    const src = new URL(area.dataset.embed, location.href).href;
    area.value = area.value.replace(/src="[^"]*"/, `src="${src}"`);
    area.addEventListener('focus', () => area.select());
  });
}

// --- live controls ------------------------------------------------------------------------------

let pending = null;

async function load(url, push) {
  if (pending) pending.abort();
  pending = new AbortController();
  const main = document.querySelector('main');
  main.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(url, { signal: pending.signal, headers: { Accept: 'text/html' } });
    const html = await response.text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const next = page.querySelector('main');
    if (!next) {
      location.href = url;
      return;
    }
    main.replaceChildren(...next.childNodes);
    document.title = page.title;
    // Language links and alternates follow the view.
    const langs = page.querySelector('nav.langs');
    const here = document.querySelector('nav.langs');
    if (langs && here) here.replaceWith(langs);
    if (push) history.pushState({ hague: true }, '', url);
    wire(main);
  } catch (err) {
    if (err.name !== 'AbortError') location.href = url;
  } finally {
    main.removeAttribute('aria-busy');
  }
}

function formUrl(form, changed) {
  const data = new FormData(form);
  // A new edition has its own years: let the server pick its latest.
  if (changed && changed.name === 'edition') data.delete('year');
  const params = new URLSearchParams();
  for (const [k, v] of data) params.append(k, v);
  const url = new URL(form.getAttribute('action'), location.href);
  url.search = params.toString();
  return url.href;
}

function wireControls(scope) {
  scope.querySelectorAll('form.controls').forEach((form) => {
    let timer = null;
    form.addEventListener('input', (ev) => {
      const out = ev.target.parentElement && ev.target.parentElement.querySelector('output');
      if (ev.target.type === 'range' && out) out.textContent = ev.target.value;
      clearTimeout(timer);
      timer = setTimeout(() => load(formUrl(form, ev.target), true), 250);
    });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      load(formUrl(form, null), true);
    });
  });
}

// A form that sends something (the plan page) is answered in place.
function wirePosts(scope) {
  scope.querySelectorAll('form[method=post]').forEach((form) => {
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const main = document.querySelector('main');
      main.setAttribute('aria-busy', 'true');
      try {
        const response = await fetch(form.action, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(new FormData(form)),
        });
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const next = page.querySelector('main');
        if (!next) return form.submit();
        main.replaceChildren(...next.childNodes);
        wire(main);
        const verdict = main.querySelector('#verdict');
        if (verdict) verdict.scrollIntoView();
      } finally {
        main.removeAttribute('aria-busy');
      }
    });
  });
  // A plan file fills the text box: it is read here, not uploaded.
  scope.querySelectorAll('input[type=file][data-fills]').forEach((input) => {
    input.addEventListener('change', async () => {
      const file = input.files && input.files[0];
      if (file) document.getElementById(input.dataset.fills).value = await file.text();
    });
  });
}

function wire(scope) {
  wireTabs(scope);
  wireCopies(scope);
  wireControls(scope);
  wirePosts(scope);
}

if (document.body.classList.contains('embed')) {
  // In a frame on another site: tell the page how tall the chart is, now and when it changes.
  const tell = () => parent.postMessage({ 'hague-height': document.documentElement.scrollHeight }, '*');
  new ResizeObserver(tell).observe(document.body);
  tell();
} else {
  window.addEventListener('popstate', () => load(location.href, false));
  wire(document);
}
