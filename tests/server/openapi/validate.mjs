#!/usr/bin/env node
// Validates a running `hague serve` against its OpenAPI document (server/openapi.json).
//
//   node tests/server/openapi/validate.mjs BASE_URL        e.g. http://127.0.0.1:8080
//
// 1. Fetches BASE_URL/api/v1/openapi.json (or reads OPENAPI_FILE from disk when that is set) and
//    validates the document against the OpenAPI 3.1 schema (@seriousme/openapi-schema-validator).
// 2. Sends about 1100 requests over every documented path (every edition and its years, currencies,
//    prices, targets, languages, every ally, CSV and metadata variants, charts as SVG, PNG and CSV,
//    plan checks with examples/*.toml, ETag revalidation, concurrent simulations, and error cases:
//    unknown parameters, bad years and values, unknown allies, editions and chart kinds, taken
//    group names, scale off .png, undocumented suffixes, wrong methods, bad %-escapes, oversized
//    bodies and headers) and checks each answer: its status is the one expected and is documented
//    for the operation (a method the path does not take must be 405 with an Allow naming the
//    documented ones), its Content-Type is one the status documents, its documented headers are
//    there and valid and no undocumented ETag, Cache-Control, Vary, Allow or Retry-After is sent,
//    the ETag is the body's FNV-1a, a JSON body validates against the documented schema (ajv, JSON
//    Schema 2020-12, strict), CSV and SVG bodies match their documented patterns, a PNG body is a
//    PNG; the query parameters of a 2xx are documented and valid there; an error's `code` and
//    `field` are the ones expected where a request names them; what a schema cannot say is checked
//    by hand (a projection's groups hold only projected allies, none is empty or zero; a
//    simulation has the projection's groups).
// 3. Checks every documented operation got a 2xx, and that the index's endpoints and version are
//    the document's.
// Prints one line per failure (method, target, status, what is wrong and the schema path), a KNOWN
// line per known deviation (not counted), SKIP lines for routes that answer 404 because they are
// not there yet (/api/v1/openapi.json, /chart/*.png, /chart/*.csv), and `openapi: N requests, M
// failures`; exits 1 on any failure.
//
// Environment: OPENAPI_FILE=server/openapi.json reads the document from disk (the served one is
// then only compared with it); EXPECT_BUSY=1 requires a 429 from concurrent simulations (run.sh
// starts the server with --max-simulations 1).
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const base = (process.argv[2] ?? "").replace(/\/+$/, "");
if (!/^http:\/\/[^/]+$/.test(base)) {
  console.error("usage: node tests/server/openapi/validate.mjs http://HOST:PORT");
  process.exit(2);
}
const baseUrl = new URL(base);

// --- HTTP -----------------------------------------------------------------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/// One request with the target exactly as given (no normalisation of %-escapes).
function send(method, target, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: baseUrl.hostname, port: baseUrl.port, method, path: target, headers, agent },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error("timed out after 60 s")));
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

// --- the document ---------------------------------------------------------------------------------

const failures = [];
const notes = [];
let requests = 0;
function fail(method, target, status, what) {
  failures.push(`FAIL ${method} ${target} -> ${status}: ${what}`);
}

let doc;
const served = await send("GET", "/api/v1/openapi.json").catch((e) => {
  console.error(`cannot reach ${base}: ${e.message}`);
  process.exit(2);
});
requests++;
if (process.env.OPENAPI_FILE) {
  const file = path.resolve(process.env.OPENAPI_FILE);
  doc = JSON.parse(readFileSync(file, "utf8"));
  if (served.status === 404)
    notes.push(`SKIP GET /api/v1/openapi.json -> 404 (route not there yet); the document was read from ${process.env.OPENAPI_FILE}`);
  else if (served.status === 200 && !isDeepStrictEqual(JSON.parse(served.body.toString("utf8")), doc))
    notes.push(`NOTE GET /api/v1/openapi.json differs from ${process.env.OPENAPI_FILE} (a binary built before the last edit?); validating against the file`);
} else {
  if (served.status !== 200) {
    console.error(`GET ${base}/api/v1/openapi.json answered ${served.status}; set OPENAPI_FILE=server/openapi.json to read the document from disk`);
    process.exit(1);
  }
  doc = JSON.parse(served.body.toString("utf8"));
}

const oasValidator = new Validator();
const docCheck = await oasValidator.validate(structuredClone(doc));
if (!docCheck.valid) {
  for (const e of [].concat(docCheck.errors ?? []))
    failures.push(`FAIL the OpenAPI document: ${e.instancePath ?? ""} ${e.message ?? JSON.stringify(e)}`);
}
if (!String(doc.openapi).startsWith("3.1"))
  failures.push(`FAIL the OpenAPI document: openapi is ${doc.openapi}, not 3.1.x`);

if (!doc.paths?.["/api/v1/status"]) {
  console.log(`FAIL the OpenAPI document documents no /api/v1/status (${Object.keys(doc.paths ?? {}).length} paths): a placeholder? (OPENAPI_FILE=server/openapi.json reads the repository's)`);
  console.log(`openapi: ${requests} requests, ${failures.length + 1} failures`);
  process.exit(1);
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
addFormats(ajv);
for (const keyword of ["example", "discriminator", "xml", "externalDocs"]) ajv.addKeyword({ keyword }); // OpenAPI's own
const DOC_ID = "urn:hague:openapi";
/// Component references, rewritten to the document ajv holds ($defs instead of components/schemas).
const toAjv = (schema) =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${DOC_ID}#/$defs/`));
ajv.addSchema({ $id: DOC_ID, $defs: toAjv(doc.components?.schemas ?? {}) });
const compiled = new Map();
function validator(schema) {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) {
    try {
      compiled.set(key, ajv.compile(toAjv(schema)));
    } catch (e) {
      // A schema ajv's strict mode refuses (an unknown keyword, a required property with no
      // definition, ...) is a fault of the document.
      compiled.set(key, { error: `the document's schema ${schema.$ref ?? key.slice(0, 80)} does not compile: ${e.message}` });
    }
  }
  return compiled.get(key);
}
function schemaErrors(schema, value) {
  const v = validator(schema);
  if (v.error) return [v.error];
  if (v(value)) return [];
  // Schema paths relative to a component read as the component's ("#/components/schemas/Status/...").
  const root = typeof schema.$ref === "string" && schema.$ref.startsWith("#/components/") ? schema.$ref : "#";
  return v.errors.slice(0, 5).map((e) => {
    const where = e.schemaPath.startsWith(`${DOC_ID}#/$defs/`)
      ? e.schemaPath.replace(`${DOC_ID}#/$defs/`, "#/components/schemas/")
      : e.schemaPath.replace(/^#/, root);
    const params = e.params && Object.keys(e.params).length ? " " + JSON.stringify(e.params) : "";
    return `${e.instancePath || "/"} ${e.message}${params} (${where})`;
  });
}
function deref(x) {
  let seen = 0;
  while (x && x.$ref && seen++ < 10) {
    if (!x.$ref.startsWith("#/")) throw new Error(`external $ref ${x.$ref}`);
    x = x.$ref.slice(2).split("/").reduce((o, k) => o?.[k.replaceAll("~1", "/").replaceAll("~0", "~")], doc);
  }
  return x;
}

/// Document paths as regular expressions, exact ones first.
const templates = Object.keys(doc.paths ?? {})
  .map((p) => {
    const names = [];
    const source = p.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_, n) => {
      names.push(n);
      return "([^/]+)";
    });
    return { path: p, names, re: new RegExp(`^${source}$`) };
  })
  .sort((a, b) => a.names.length - b.names.length);
function matchPath(pathname) {
  for (const t of templates) {
    const m = t.re.exec(pathname);
    if (m) return { path: t.path, params: Object.fromEntries(t.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The query as the server reads it: '&'-separated, '+' is a space, %-escapes decoded.
function parseQuery(q) {
  const out = [];
  for (const pair of q.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const dec = (s) => decodeURIComponent(s.replaceAll("+", " "));
    out.push(eq < 0 ? [dec(pair), ""] : [dec(pair.slice(0, eq)), dec(pair.slice(eq + 1))]);
  }
  return out;
}
function coerce(schema, raw) {
  const s = deref(schema) ?? {};
  const types = [].concat(s.type ?? []);
  if ((types.includes("integer") || types.includes("number")) && /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(raw)) return Number(raw);
  return raw;
}

// --- checking one answer --------------------------------------------------------------------------

const covered = new Set(); // "get /api/v1/status" with a 2xx
const skippedOps = new Set(); // operations whose route answered 404 (not there yet)
let skipped = 0;
const etags = new Map();   // target -> ETag, for the 304 checks
const NEW_ROUTES = [/^\/api\/v1\/openapi\.json(\?|$)/, /^\/chart\/[^/?]+\.png(\?|$)/, /^\/chart\/[^/?]+\.csv(\?|$)/];

function fnv1a(bytes) {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `"${h.toString(16).padStart(16, "0")}"`;
}

/// Checks one answer; returns the list of problems (empty when it conforms).
function check(r, res) {
  const problems = [];
  const [pathname, query = ""] = r.target.split(/\?(.*)/s);
  const method = r.method.toLowerCase();
  const opMethod = method === "head" ? "get" : method;
  // A path whose parameters the document refuses (/chart/pie.svg: kind is an enum) is no documented path.
  let match = matchPath(pathname);
  if (match) {
    const item = doc.paths[match.path];
    const pathParams = [...(item.parameters ?? []), ...METHODS.flatMap((m) => item[m]?.parameters ?? [])].map(deref).filter((p) => p.in === "path");
    if (pathParams.some((p) => schemaErrors(p.schema ?? {}, coerce(p.schema ?? {}, match.params[p.name])).length)) match = null;
  }
  const ctype = (res.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  const bodyText = res.body.toString("utf8");

  let responses;
  let operation = null;
  if (!match) {
    // Not a documented path: the server must say 404 (or 400 for a query it cannot read).
    if (res.status !== 404 && res.status !== 400) return [`undocumented path answered ${res.status} (expected 404)`];
    const documented = doc.components?.responses?.[res.status === 404 ? "NotFound" : "BadRequest"];
    if (!documented) return [`undocumented path answered ${res.status}`];
    responses = { [res.status]: documented };
  } else {
    const item = doc.paths[match.path];
    operation = item[opMethod];
    if (!operation) {
      // A method the path does not take: 405, and Allow names the documented methods.
      if (res.status !== 405) return [`${r.method} is not documented for ${match.path}; expected 405, got ${res.status}`];
      const documented = METHODS.filter((m) => item[m]).map((m) => m.toUpperCase());
      if (documented.includes("GET")) documented.push("HEAD");
      const allow = (res.headers.allow ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      if (allow.sort().join(",") !== documented.sort().join(","))
        problems.push(`Allow is '${res.headers.allow ?? ""}', documented methods are ${documented.join(", ")}`);
      const documented405 = doc.components?.responses?.MethodNotAllowed;
      if (!documented405) return [...problems, "405 is not documented (components/responses/MethodNotAllowed)"];
      responses = { 405: documented405 };
    } else {
      responses = operation.responses;
    }
  }
  // A request without an `expect` is one the server must answer (200).
  const expected = [].concat(r.expect ?? 200);
  if (!expected.includes(res.status))
    problems.push(`expected status ${expected.join(" or ")}${res.status >= 400 ? ` (${bodyText.trim().slice(0, 200)})` : ""}`);
  const documented = deref(responses[String(res.status)] ?? responses[`${String(res.status)[0]}XX`] ?? responses.default);
  if (!documented) return [...problems, `status ${res.status} is not documented for ${r.method} ${match?.path ?? pathname} (${Object.keys(responses).join(", ")})`];

  // Headers.
  for (const [name, h0] of Object.entries(documented.headers ?? {})) {
    const h = deref(h0);
    const value = res.headers[name.toLowerCase()];
    if (value === undefined) {
      if (h.required) problems.push(`header ${name} is missing`);
      continue;
    }
    const errs = schemaErrors(h.schema ?? {}, coerce(h.schema ?? {}, value));
    if (errs.length) problems.push(`header ${name} '${value}': ${errs.join("; ")}`);
  }

  // Caching and method headers are sent only where documented (POST plan/check: no ETag, no-store).
  const documentedHeaders = new Set(Object.keys(documented.headers ?? {}).map((k) => k.toLowerCase()));
  for (const name of ["ETag", "Cache-Control", "Vary", "Allow", "Retry-After"])
    if (res.headers[name.toLowerCase()] !== undefined && !documentedHeaders.has(name.toLowerCase()))
      problems.push(`header ${name} '${res.headers[name.toLowerCase()]}' is sent, but status ${res.status} does not document it`);

  // The ETag is the 64-bit FNV-1a of the body (docs/api.md#caching).
  if (res.status === 200 && method !== "head" && res.headers.etag && res.headers.etag !== fnv1a(res.body))
    problems.push(`ETag ${res.headers.etag} is not the body's FNV-1a ${fnv1a(res.body)}`);

  // Body.
  const content = documented.content;
  if (!content) {
    if (res.body.length) problems.push(`status ${res.status} documents no body, got ${res.body.length} bytes`);
  } else if (method !== "head") {
    const media = content[ctype];
    if (!media) {
      problems.push(`Content-Type '${res.headers["content-type"]}' is not documented (${Object.keys(content).join(", ")})`);
    } else if (ctype === "image/png") {
      if (!res.body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) problems.push("the body is not a PNG");
    } else if (media.schema) {
      let value = bodyText;
      if (ctype === "application/json") {
        try {
          value = JSON.parse(bodyText);
        } catch (e) {
          problems.push(`the body is not JSON: ${e.message}`);
          value = undefined;
        }
      }
      if (value !== undefined) problems.push(...schemaErrors(media.schema, value));
      if (value !== undefined && res.status === 200) problems.push(...semantics(r, pathname, query, ctype, value));
    }
  } else if (res.body.length) {
    problems.push("HEAD answered with a body");
  }

  // The error a request expects: its code and the field it names (null for none).
  if (res.status >= 400 && (r.code !== undefined || r.field !== undefined) && method !== "head") {
    let error;
    try {
      error = JSON.parse(bodyText).error;
    } catch {
      error = undefined;
    }
    if (!error) problems.push("the body is no {\"error\": ...}");
    else {
      if (r.code !== undefined && error.code !== r.code) problems.push(`error code is '${error.code}', expected '${r.code}'`);
      if (r.field !== undefined && error.field !== r.field)
        problems.push(`error field is ${JSON.stringify(error.field)}, expected ${JSON.stringify(r.field)}`);
    }
  }

  // A 2xx: the parameters sent are the operation's, and valid there.
  if (operation && res.status >= 200 && res.status < 300) {
    covered.add(`${opMethod} ${match.path}`);
    const params = (operation.parameters ?? []).map(deref);
    const queryParams = params.filter((p) => p.in === "query");
    const sent = parseQuery(query);
    for (const [name, value] of sent) {
      const p = queryParams.find((x) => x.name === name);
      if (!p) {
        problems.push(`query parameter '${name}' is accepted but not documented`);
        continue;
      }
      if (r.lenient) continue;
      const errs = schemaErrors(p.schema ?? {}, coerce(p.schema ?? {}, value));
      if (errs.length) problems.push(`query parameter ${name}=${value} is accepted but the document says: ${errs.join("; ")}`);
    }
    for (const p of queryParams)
      if (p.required && !sent.some(([n]) => n === p.name)) problems.push(`required parameter '${p.name}' was not sent, yet the answer is ${res.status}`);
    for (const p of params.filter((x) => x.in === "path")) {
      const errs = schemaErrors(p.schema ?? {}, coerce(p.schema ?? {}, match.params[p.name]));
      if (errs.length) problems.push(`path parameter ${p.name}=${match.params[p.name]}: ${errs.join("; ")}`);
    }
  }
  return problems;
}

/// What the schemas cannot say, for a 200's body (JSON parsed, CSV as text).
const projectGroups = new Map();  // project's query (sorted, without lang) -> its group ids
const simulateGroups = new Map(); // simulate's query, less paths/seed/rule/rho -> [target, group ids]
const queryKey = (query, drop = []) =>
  parseQuery(query).filter(([n]) => n !== "lang" && !drop.includes(n)).map(([n, v]) => `${n}=${v}`).sort().join("&");
function semantics(r, pathname, query, ctype, value) {
  const problems = [];
  if (pathname === "/api/v1/project" && ctype === "application/json") {
    // A group sums its projected allies: it lists only them, and one with none is left out.
    const projected = new Set(value.allies.map((a) => a.ally));
    const skipped = new Set(value.skipped.map((x) => x.ally));
    const members = new Map(value.groups.map((g) => [g.group, g.members]));
    for (const g of value.groups) {
      const strays = g.members.filter((m) => !projected.has(m) || skipped.has(m));
      if (strays.length) problems.push(`group ${g.group} lists ${strays.join(", ")}, which are not projected`);
      if (!g.members.length) problems.push(`group ${g.group} has no projected member, yet it is there`);
      const zero = g.years.filter((y) => !(y.gdp_usd_m > 0) || !(y.spending_usd_m > 0)).map((y) => y.year);
      if (zero.length) problems.push(`group ${g.group} has rows of zero GDP or spending (${zero.join(", ")})`);
    }
    if (projected.size && !isDeepStrictEqual([...(members.get("nato") ?? [])].sort(), [...projected].sort()))
      problems.push(`group nato's members are not the projected allies (${projected.size} projected)`);
    if (!projected.size && value.groups.length) problems.push(`no ally is projected, yet there are ${value.groups.length} groups`);
    // eu and non_eu, and usa and europe_canada, split nato's members (a group with none is not there).
    for (const pair of [["eu", "non_eu"], ["usa", "europe_canada"]]) {
      const parts = pair.flatMap((id) => members.get(id) ?? []);
      if (projected.size && (new Set(parts).size !== parts.length || !isDeepStrictEqual([...parts].sort(), [...projected].sort())))
        problems.push(`groups ${pair.join(" and ")} do not split the projected allies`);
    }
    if (r.noGroups && value.groups.length) problems.push(`expected no group (no ally projected), got ${value.groups.map((g) => g.group).join(", ")}`);
    projectGroups.set(queryKey(query), value.groups.map((g) => g.group));
  }
  if (pathname === "/api/v1/project.csv" || (pathname === "/api/v1/project" && ctype === "text/csv")) {
    const [head, ...rows] = value.trim().split(/\r?\n/).map((l) => l.split(","));
    const at = (name) => head.indexOf(name);
    const zero = rows.filter((c) => c[at("kind")] === "group" && !(Number(c[at("gdp_usd_m")]) > 0 && Number(c[at("spending_usd_m")]) > 0));
    if (zero.length) problems.push(`${zero.length} group rows of zero GDP or spending (${zero[0].slice(0, 5).join(",")}...)`);
    const groupRows = rows.filter((c) => c[at("kind")] === "group");
    if (r.noGroups && groupRows.length) problems.push(`expected no group rows (no ally projected), got ${groupRows.length}`);
  }
  if (pathname === "/api/v1/simulate" && ctype === "application/json") {
    const groups = value.results.filter((x) => "group" in x);
    for (const g of groups)
      if (!(g.share_pct.mean > 0)) problems.push(`group ${g.group}'s simulated share is ${g.share_pct.mean}: a group of no projected ally`);
    simulateGroups.set(queryKey(query, ["paths", "seed", "rule", "rho"]), [r.target, groups.map((g) => g.group)]);
  }
  return problems;
}

/// Requests that run a simulation go one at a time (the server may run only one at once; the
/// 429s are provoked on purpose further down).
let simulating = Promise.resolve();
const simulates = (target) => /^\/api\/v1\/simulate|^\/chart\/fan/.test(target);
function sendInTurn(r) {
  const go = () => send(r.method, r.target, { headers: r.headers, body: r.body });
  if (!simulates(r.target) || r.concurrent) return go();
  const answer = simulating.then(go);
  simulating = answer.catch(() => {});
  return answer;
}

/// Sends one request and records what is wrong with its answer.
async function run(r) {
  let res;
  requests++;
  try {
    res = await sendInTurn(r);
  } catch (e) {
    fail(r.method, r.target, "-", `no answer: ${e.message}`);
    return null;
  }
  if (res.status === 404 && NEW_ROUTES.some((re) => re.test(r.target)) && ![].concat(r.expect ?? []).includes(404)) {
    notes.push(`SKIP ${r.method} ${r.target} -> 404 (route not there yet)`);
    skipped++;
    const m = matchPath(r.target.split("?")[0]);
    if (m) skippedOps.add(`${r.method.toLowerCase()} ${m.path}`);
    return res;
  }
  const problems = check(r, res);
  if (res.status >= 500) problems.unshift(`server error ${res.status}: ${res.body.toString("utf8").trim()}`);
  if (r.known) {
    if (problems.length) notes.push(`KNOWN ${r.method} ${r.target} -> ${res.status}: ${r.known}`);
    else notes.push(`FIXED? ${r.method} ${r.target} -> ${res.status} now conforms (was: ${r.known}); drop it from the known list`);
    return res;
  }
  for (const p of problems) fail(r.method, r.target, res.status, p);
  if (res.headers.etag && r.method === "GET") etags.set(r.target, res.headers.etag);
  return res;
}

// --- what to ask ----------------------------------------------------------------------------------

const list = [];
const get = (target, opts = {}) => list.push({ method: "GET", target, ...opts });
const qs = (params) => {
  const s = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v)).replaceAll("%7E", "~")}`)
    .join("&");
  return s ? `?${s}` : "";
};

const editionsRes = await send("GET", "/api/v1/editions");
requests++;
const editions = JSON.parse(editionsRes.body.toString("utf8")).editions;
const newest = editions[editions.length - 1];
const alliesRes = await send("GET", `/api/v1/allies`);
requests++;
const allyCodes = JSON.parse(alliesRes.body.toString("utf8")).allies.map((a) => a.ally);
// What each edition can give, from its own figures: burden sharing, the gap in money, simulations
// and plan checks need GDP (Table 5) or a share of GDP; an edition without them answers 400.
const gdpYears = new Map();   // edition -> years with the United States' GDP in dollars
const sharesLast = new Map(); // edition -> allies with a share of GDP in the edition's last year
for (const e of editions) {
  const show = JSON.parse((await send("GET", `/api/v1/show?edition=${e.edition}&ally=USA&indicator=gdp_usd_current_bn`)).body.toString("utf8"));
  gdpYears.set(e.edition, new Set((show.series ?? []).flatMap((x) => x.values.map((v) => v.year))));
  const status = JSON.parse((await send("GET", `/api/v1/status?edition=${e.edition}`)).body.toString("utf8"));
  sharesLast.set(e.edition, new Set(status.allies.filter((a) => a.share_gdp_pct !== null).map((a) => a.ally)));
  requests += 2;
}
const money = (edition, year) => (gdpYears.get(edition).has(year) ? 200 : 400);
const LANGS = ["en", "de", "nl", "fr", "es", "pt"];
const ENDPOINTS = ["editions", "allies", "show", "status", "gap", "path", "path-check", "share", "diff", "facts", "compare", "project", "simulate"];
// The endpoints that compare two editions: their metadata takes old and new, and cites both.
const PAIRS = ["diff", "path-check"];
const SIM = { paths: 2000 };

// The index, the document, versions.
get("/api/v1/");
for (const lang of LANGS) get(`/api/v1/${qs({ lang })}`);
get("/api/v1/openapi.json");
get("/api/v1/openapi.json?lang=fr");

// Every edition.
for (const e of editions) {
  const id = e.edition;
  const years = [];
  for (let y = e.first_year; y <= e.last_year; y++) years.push(y);
  const someYears = [e.first_year, Math.round((e.first_year + e.last_year) / 2), e.last_year - 1, e.last_year];
  get(`/api/v1/editions${qs({ lang: "de" })}`);
  get(`/api/v1/allies${qs({ edition: id })}`);
  for (const year of [e.first_year, e.last_year, 1999, 2030]) get(`/api/v1/allies${qs({ edition: id, year })}`);
  for (const year of years) get(`/api/v1/status${qs({ edition: id, year })}`);
  for (const rounding of ["raw", "2dp", "1dp"]) get(`/api/v1/status${qs({ edition: id, rounding, year: e.last_year - 1 })}`);
  for (const ally of [...allyCodes, "NATO", "NATO_EUROPE_CAN"]) get(`/api/v1/show${qs({ edition: id, ally })}`);
  get(`/api/v1/show${qs({ edition: id, ally: "DEU", indicator: "share_gdp_pct~equipment_share_pct" })}`);
  get(`/api/v1/show${qs({ edition: id, ally: "USA", indicator: "gdp_usd_current_bn" })}`);
  for (const currency of ["USD", "EUR", "NC"])
    for (const prices of ["current", "constant"])
      for (const target of [2, 3.5, 5]) get(`/api/v1/gap${qs({ edition: id, currency, prices, target })}`);
  for (const year of someYears) get(`/api/v1/gap${qs({ edition: id, year, currency: "EUR" })}`);
  for (const target of ["core", "total"]) {
    get(`/api/v1/path${qs({ edition: id, target })}`);
    for (const ally of ["DEU", "POL", "ESP", "USA", "ISL"]) get(`/api/v1/path${qs({ edition: id, ally, target })}`);
  }
  for (const from of [e.first_year, e.last_year - 2]) get(`/api/v1/path${qs({ edition: id, from })}`);
  const last = money(id, e.last_year);
  get(`/api/v1/share${qs({ edition: id })}`, { expect: last });
  for (const year of someYears)
    for (const prices of ["current", "constant"]) get(`/api/v1/share${qs({ edition: id, year, prices })}`, { expect: money(id, year) });
  get(`/api/v1/share${qs({ edition: id, group: "Nordics=DNK,FIN,ISL,NOR,SWE~Baltics=EST,LVA,LTU" })}`, { expect: last });
  // Names near a standard group's are not taken.
  get(`/api/v1/share${qs({ edition: id, group: "NATO2=DEU,POL~EU27=FRA,ITA~USA_CAN=USA,CAN" })}`, { expect: last });
  for (const year of someYears) {
    get(`/api/v1/facts${qs({ edition: id, year })}`);
    get(`/api/v1/compare${qs({ edition: id, year })}`);
  }
  get(`/api/v1/facts${qs({ edition: id })}`);
  get(`/api/v1/compare${qs({ edition: id })}`);
  for (const scenario of ["status-quo", "linear", "commitments"]) {
    get(`/api/v1/project${qs({ edition: id, scenario })}`);
    get(`/api/v1/simulate${qs({ edition: id, scenario, ...SIM })}`, { expect: last });
  }
  get(`/api/v1/project${qs({ edition: id, target: "total", from: e.last_year - 1, inflation: 3.5 })}`);
  // Groups as the allies projected in each baseline year (accessions, Brexit): none empty or zero.
  for (let from = e.first_year; from <= e.last_year; from += 3) {
    get(`/api/v1/project${qs({ edition: id, from })}`);
    get(`/api/v1/project.csv${qs({ edition: id, from })}`);
  }
  get(`/api/v1/simulate${qs({ edition: id, rule: "budget", seed: 7, rho: 0.5, target: "total", inflation: 1, ...SIM })}`, { expect: last });
  get(`/api/v1/simulate${qs({ edition: id, from: e.last_year - 1, ...SIM })}`, { expect: money(id, e.last_year - 1) });
  // CSV and metadata of every endpoint.
  const csvParams = {
    editions: {}, allies: { edition: id }, show: { edition: id, ally: "POL" }, status: { edition: id },
    gap: { edition: id, currency: "NC" }, path: { edition: id }, share: { edition: id }, facts: { edition: id },
    compare: { edition: id }, project: { edition: id }, simulate: { edition: id, ...SIM },
  };
  for (const [endpoint, params] of Object.entries(csvParams))
    get(`/api/v1/${endpoint}.csv${qs(params)}`, { expect: ["share", "simulate"].includes(endpoint) ? last : 200 });
  for (const endpoint of ENDPOINTS.filter((e) => !PAIRS.includes(e)))
    get(`/api/v1/${endpoint}.metadata.json${qs({ edition: id })}`);
  // Charts.
  for (const suffix of ["svg", "png", "csv"]) {
    const chart = (kind, params = {}, opts = {}) => get(`/chart/${kind}.${suffix}${qs({ edition: id, ...params })}`, opts);
    chart("shares");
    chart("shares", { year: e.first_year });
    chart("map");
    chart("trend", { ally: "DEU~POL~ESP" });
    chart("gap");
    chart("burden", {}, { expect: last });
    chart("fan", { paths: 2000 }, { expect: last });
  }
}
for (const [i, a] of editions.entries())
  for (const b of editions.slice(i + 1)) {
    get(`/api/v1/diff${qs({ old: a.edition, new: b.edition })}`);
    get(`/api/v1/diff${qs({ old: a.edition, new: b.edition, indicator: "share_gdp_pct", min_change: 0.1, rounding: "raw" })}`);
    get(`/api/v1/diff${qs({ old: a.edition, new: b.edition, min_change: 1, rounding: "1dp" })}`);
    get(`/api/v1/diff${qs({ old: a.edition, new: b.edition, "min-change": 1 })}`, { expect: 400 }); // the API spells fields with '_' only
    get(`/api/v1/diff.csv${qs({ old: a.edition, new: b.edition })}`);
    get(`/api/v1/diff${qs({ old: b.edition, new: a.edition })}`, { expect: 400 }); // newer first: refused
    get(`/api/v1/path-check${qs({ old: a.edition, new: b.edition })}`);
    get(`/api/v1/path-check${qs({ old: a.edition, new: b.edition, ally: "DEU", target: "total" })}`);
    get(`/api/v1/path-check.csv${qs({ old: a.edition, new: b.edition })}`);
  }

// Languages: charts and error messages in each; figures the same.
for (const lang of LANGS) {
  get(`/api/v1/status${qs({ lang })}`);
  get(`/api/v1/status${qs({ year: 1990, lang })}`, { expect: 400 });
  get(`/chart/shares.svg${qs({ lang })}`);
  get(`/chart/trend.svg${qs({ ally: "DEU~POL", lang })}`);
  get(`/chart/map.png${qs({ lang })}`);
  get("/api/v1/gap?currency=XYZ", { headers: { "Accept-Language": `${lang};q=0.9, en;q=0.5` }, expect: 400 });
}
get("/api/v1/status?lang=de_DE", { lenient: true });
get("/api/v1/status?year=02024", { lenient: true });
get("/api/v1/gap?target=100");
get("/api/v1/gap?target=0.5&year=2015");
get(`/api/v1/project?from=${newest.first_year}`);
get("/api/v1/simulate?paths=1&rho=0&seed=0");
get("/api/v1/simulate?paths=1&rho=1&seed=4294967295");
get("/api/v1/show?ally=NATO&indicator=share_gdp_pct");
get("/api/v1/path?ally=all&target=total");
get("/chart/shares.png?scale=2");
get("/chart/shares.png?scale=4");
get("/chart/fan.svg?paths=2000&seed=11&scenario=linear");
// An edition without GDP projects no ally: no group (none of zeros), and nothing to simulate.
for (const e of editions.filter((x) => !gdpYears.get(x.edition).has(x.last_year))) {
  get(`/api/v1/project${qs({ edition: e.edition })}`, { noGroups: true });
  get(`/api/v1/project.csv${qs({ edition: e.edition })}`, { noGroups: true });
  get(`/api/v1/project${qs({ edition: e.edition, scenario: "commitments", target: "total" })}`, { noGroups: true });
  get(`/api/v1/simulate${qs({ edition: e.edition, ...SIM })}`, { expect: 400, code: "invalid_input" });
}

// Content negotiation, case-insensitive values, HEAD.
get("/api/v1/status", { headers: { Accept: "text/csv" } });
get("/api/v1/gap?currency=EUR", { headers: { Accept: "text/csv" } });
get("/api/v1/status", { headers: { Accept: "application/json" } });
get("/api/v1/gap?currency=eur", { lenient: true });
get("/api/v1/show?ally=deu", { lenient: true });
list.push({ method: "HEAD", target: "/api/v1/status" });
list.push({ method: "HEAD", target: "/chart/shares.svg" });

// Plans.
const plans = ["examples/germany.toml", "examples/spain.toml", "examples/poland.toml",
  "tests/data/plans/back_loaded.toml", "tests/data/plans/declining.toml", "tests/data/plans/money.toml"];
const post = (target, body, { headers = {}, ...opts } = {}) =>
  list.push({ method: "POST", target, body, headers: { "Content-Type": "application/toml", ...headers }, ...opts });
for (const file of plans) {
  const body = readFileSync(path.join(repo, file));
  const ally = /^ally\s*=\s*"([A-Z]{3})"/m.exec(body.toString("utf8"))?.[1];
  post("/api/v1/plan/check", body);
  post("/api/v1/plan/check.csv", body);
  // Judged against an older edition: needs the ally's share of GDP in its last year.
  for (const e of editions.slice(0, -1))
    post(`/api/v1/plan/check${qs({ edition: e.edition })}`, body, { expect: sharesLast.get(e.edition).has(ally) ? 200 : 400 });
}
const spain = readFileSync(path.join(repo, "examples/spain.toml"));
post("/api/v1/plan/check", spain, { headers: { "Content-Type": "text/plain" } });
post("/api/v1/plan/check", spain, { headers: { Accept: "text/csv" } });
post("/api/v1/plan/check?lang=pt", spain);
post("/api/v1/plan/check", `ally = "POL"\nedition = "${editions[0].edition}"\n[[core]]\nyear = 2030\nshare_gdp_pct = 4.5\nsource = "test"\n`);
post("/api/v1/plan/check", readFileSync(path.join(repo, "tests/data/plans/bad_field.toml")), { expect: 400 });
post("/api/v1/plan/check?lang=de", readFileSync(path.join(repo, "tests/data/plans/bad_field.toml")), { expect: 400 });
post("/api/v1/plan/check", "", { expect: 400 });
post("/api/v1/plan/check", "ally = \"XXX\"\n[[core]]\nyear = 2030\nshare_gdp_pct = 3.5\nsource = \"x\"\n", { expect: [400, 404] });
post("/api/v1/plan/check", "this is not toml = = =", { expect: 400 });
post("/api/v1/plan/check?edition=1999-01", spain, { expect: 404 });
post("/api/v1/plan/check?foo=1", spain, { expect: 400, field: "foo" });
post("/api/v1/plan/check", "# " + "x".repeat(70 * 1024) + "\n", { expect: 413 });
// No ETag to revalidate: If-None-Match is ignored (RFC 9110: a POST is processed), never 304.
post("/api/v1/plan/check", spain, { headers: { "If-None-Match": '"0000000000000000"' } });
post("/api/v1/plan/check.csv", spain, { headers: { "If-None-Match": '"0000000000000000"' } });
list.push({ method: "HEAD", target: "/api/v1/plan/check", expect: 405 });

// Errors.
for (const endpoint of ENDPOINTS) {
  get(`/api/v1/${endpoint}?nonsense=1`, { expect: 400, code: "invalid_input", field: "nonsense" });
  get(`/api/v1/${endpoint}.csv?nonsense=1`, { expect: 400, code: "invalid_input", field: "nonsense" });
  get(`/api/v1/${endpoint}.metadata.json?nonsense=1`, { expect: 400, code: "invalid_input", field: "nonsense" });
  const pair = PAIRS.includes(endpoint);
  const metaQuery = pair ? `?old=${editions[0].edition}&new=${newest.edition}` : "";
  if (pair) {
    get(`/api/v1/${endpoint}.metadata.json${metaQuery}`);
    get(`/api/v1/${endpoint}.metadata.json?old=1999-01&new=${newest.edition}`, { expect: 404, code: "not_found" });
    get(`/api/v1/${endpoint}.metadata.json?edition=${newest.edition}`, { expect: 400, code: "invalid_input", field: "edition" });
    get(`/api/v1/${endpoint}.metadata.json`, { expect: 400, code: "invalid_input" });
  } else {
    get(`/api/v1/${endpoint}.metadata.json?edition=1999-01`, { expect: 404, code: "not_found" });
  }
  for (const method of ["POST", "PUT", "DELETE"]) {
    list.push({ method, target: `/api/v1/${endpoint}`, expect: 405 });
    list.push({ method, target: `/api/v1/${endpoint}.metadata.json`, expect: 405 });
  }
  list.push({ method: "POST", target: `/api/v1/${endpoint}.csv`, expect: 405 });
  list.push({ method: "HEAD", target: `/api/v1/${endpoint}.metadata.json${metaQuery}` });
  // A .json suffix only on X.metadata.json: no other suffix is an alias.
  for (const suffix of [".json", ".metadata", ".metadata.csv", ".csv.json", ".metadata.json.json"])
    get(`/api/v1/${endpoint}${suffix}`, { expect: 404, code: "not_found" });
  list.push({ method: "POST", target: `/api/v1/${endpoint}.json`, expect: 404, code: "not_found" });
}
get("/api/v1/?nonsense=1", { expect: 400, code: "invalid_input", field: "nonsense" });
get("/api/v1/openapi.json?nonsense=1", { expect: 400, code: "invalid_input", field: "nonsense" });
get("/api/v1/?lang=de&Lang=fr", { expect: 400, field: "Lang" });
get(`/api/v1/status?edition=${newest.edition}&EDITION=${newest.edition}`, { expect: 400, field: "EDITION" });
get("/chart/shares.svg?nonsense=1", { expect: 400, code: "invalid_input", field: "nonsense" });
get("/chart/shares.png?nonsense=1", { expect: 400, code: "invalid_input", field: "nonsense" });
get("/chart/shares.csv?nonsense=1", { expect: 400, code: "invalid_input", field: "nonsense" });
post("/api/v1/plan/check?nonsense=1", spain, { expect: 400, code: "invalid_input", field: "nonsense" });
for (const target of ["/api/v1/.json", "/api/v1/index.json", "/api/v1/.csv", "/api/v1/openapi", "/api/v1/openapi.csv",
  "/api/v1/openapi.metadata.json", "/api/v1/plan/check.json", "/api/v1/plan/check.metadata.json", "/chart/shares.json", "/chart/shares.svg.json"])
  get(target, { expect: 404, code: "not_found" });
for (const method of ["POST", "PUT", "DELETE"]) list.push({ method, target: "/api/v1/", expect: 405 });
list.push({ method: "HEAD", target: "/api/v1/" });
list.push({ method: "HEAD", target: "/api/v1/openapi.json" });
for (const year of [1990, 2101, 1948, "abc", "2024.5", ""]) {
  get(`/api/v1/status?year=${year}`, { expect: 400 });
  get(`/api/v1/gap?year=${year}`, { expect: 400 });
  get(`/chart/shares.svg?year=${year}`, { expect: 400 });
}
get("/api/v1/allies?year=1800", { expect: 400 });
get("/api/v1/status?year=2024&year=2023", { expect: 400 });
get("/api/v1/status?rounding=3dp", { expect: 400 });
get("/api/v1/status?edition=1999-01", { expect: 404 });
get("/api/v1/status?year=%zz", { expect: 400 });
get("/api/v1/status?%zz=1", { expect: 400 });
get("/api/v1/status?year=20%2", { expect: 400 });
get("/api/v1/show", { expect: 400 });
get("/api/v1/show?ally=XXX", { expect: 404 });
// A name in any of the six languages names the ally (case and accents ignored); a name that is
// no ally's is 404.
get("/api/v1/show?ally=DEUTSCHLAND", { expect: 200 });
get("/api/v1/show?ally=Pologne", { expect: 200 });
get("/api/v1/show?ally=Narnia", { expect: 404 });
get("/api/v1/show?ally=DEU&indicator=nope", { expect: 404 });
get("/api/v1/gap?currency=GBP", { expect: 400 });
get("/api/v1/gap?prices=real", { expect: 400 });
get("/api/v1/gap?target=0", { expect: 400 });
get("/api/v1/gap?target=101", { expect: 400 });
get("/api/v1/gap?target=three", { expect: 400 });
get("/api/v1/path?ally=XXX", { expect: 404 });
get("/api/v1/path?target=5", { expect: 400 });
get("/api/v1/path?from=2035", { expect: 400 });
get("/api/v1/path?from=2040", { expect: 400 });
get("/api/v1/path-check", { expect: 400 });
get(`/api/v1/path-check?old=${newest.edition}&new=${newest.edition}`, { expect: 400 });
get(`/api/v1/path-check?old=1999-01&new=${newest.edition}`, { expect: 404 });
get("/api/v1/share?group=Nordics", { expect: 400, field: "group" });
get("/api/v1/share?group=Nordics=XXX", { expect: 400, field: "group" });
// A custom group's name is not a standard group's id (case-insensitively) nor an earlier group's;
// no group names a member twice.
for (const group of ["nato=DEU", "NATO=DEU,POL", "Usa=CAN", "north_america=CAN,USA", "Europe_Canada=DEU", "eu=DEU", "EU=DEU",
  "non_eu=NOR", "Nordics=DNK,FIN~Nordics=NOR", "Nordics=DNK,FIN~nordics=NOR", "Nordics=DNK,FIN~Baltics=EST~NORDICS=SWE",
  "Nordics=DNK,FIN,DNK", "Nordics=DNK,dnk", "Baltics=EST,LVA,LTU~Nordics=NOR,SWE,NOR"])
  get(`/api/v1/share${qs({ group })}`, { expect: 400, code: "invalid_input", field: "group" });
get(`/api/v1/share.csv${qs({ group: "eu=DEU" })}`, { expect: 400, field: "group" });
get("/api/v1/diff", { expect: 400 });
get(`/api/v1/diff?old=${editions[0].edition}&new=${newest.edition}&min_change=-1`, { expect: 400 });
get("/api/v1/status", { headers: { "X-Padding": "x".repeat(9000) }, expect: 431 });
get(`/api/v1/diff?old=${editions[0].edition}&new=${newest.edition}&indicator=nope`, { expect: 404 });
get(`/api/v1/diff?old=${editions[0].edition}&new=${newest.edition}&min_change=x`, { expect: 400 });
get(`/api/v1/diff?old=${editions[0].edition}&new=${newest.edition}&min_change=1&min-change=2`, { expect: 400 });
get("/api/v1/project?scenario=nope", { expect: 400 });
get("/api/v1/project?scenario=/etc/passwd.toml", { expect: 400 });
get("/api/v1/project?inflation=100.5", { expect: 400 });
get("/api/v1/simulate?rule=share&calibration=changes-2014&paths=100", { expect: 400 }); // not ignored
get("/api/v1/project?inflation=100", { expect: 200 }); // the bounds are inclusive, as the message says
get("/api/v1/project?inflation=nan", { expect: 400 });
get("/api/v1/project?from=2035", { expect: 400 });
get("/api/v1/simulate?paths=0", { expect: 400 });
get("/api/v1/simulate?paths=1000001", { expect: 400 });
get("/api/v1/simulate?paths=-5", { expect: 400 });
get("/api/v1/simulate?paths=2000&seed=-1", { expect: 400 });
get("/api/v1/simulate?paths=2000&seed=4294967296", { expect: 400 });
get("/api/v1/simulate?paths=2000&rho=2", { expect: 400 });
get("/api/v1/simulate?paths=2000&rule=spend", { expect: 400 });
get("/api/v1/simulate?paths=2000&threads=4", { expect: 400 });
get("/api/v1/status?lang=xx", { expect: 400 });
get("/api/v1/nope", { expect: 404 });
get("/api/v1/nope.metadata.json", { expect: 404 });
get("/api/v2/status", { expect: 404 });
get("/nope", { expect: 404 });
for (const suffix of ["svg", "png", "csv"]) {
  get(`/chart/pie.${suffix}`, { expect: 404, code: "not_found" });
  get(`/chart/pie.${suffix}?edition=${newest.edition}`, { expect: 404, code: "not_found" });
  get(`/chart/Shares.${suffix}`, { expect: 404, code: "not_found" });
  list.push({ method: "POST", target: `/chart/pie.${suffix}`, expect: 404, code: "not_found" });
}
get("/chart/shares", { expect: 404 });
get("/chart/shares.txt", { expect: 404 });
get("/chart/trend.svg", { expect: 400 });
get("/chart/trend.svg?ally=DEU~POL~ESP~FRA~ITA~GBR~USA~CAN", { expect: 400 });
get("/chart/trend.svg?ally=XXX", { expect: [400, 404] });
get("/chart/shares.svg?ally=DEU", { expect: 400 });
get("/chart/shares.svg?nonsense=1", { expect: 400 });
get("/chart/shares.png?scale=5", { expect: 400, field: "scale" });
get("/chart/shares.png?scale=0", { expect: 400, field: "scale" });
get("/chart/shares.png?scale=", { expect: 400, field: "scale" });
// scale is for .png only: even a valid one is refused by .svg and .csv.
for (const suffix of ["svg", "csv"]) {
  get(`/chart/gap.${suffix}?scale=2`, { expect: 400, code: "invalid_input", field: "scale" });
  get(`/chart/shares.${suffix}?scale=1`, { expect: 400, code: "invalid_input", field: "scale" });
  get(`/chart/map.${suffix}?edition=${newest.edition}&scale=4`, { expect: 400, code: "invalid_input", field: "scale" });
  get(`/chart/trend.${suffix}?ally=DEU&scale=2`, { expect: 400, code: "invalid_input", field: "scale" });
}
get("/chart/gap.png?scale=2");
get("/chart/trend.png?ally=DEU&scale=3");
get("/chart/fan.svg?paths=0", { expect: 400 });
get("/chart/fan.svg?paths=1000001", { expect: 400 });
get("/chart/shares.svg?edition=1999-01", { expect: 404 });
get("/chart/shares.svg?lang=xx", { expect: 400 });
for (const method of ["POST", "DELETE"]) {
  list.push({ method, target: "/chart/shares.svg", expect: 405 });
  list.push({ method, target: "/chart/shares.png", expect: 405 });
  list.push({ method, target: "/chart/shares.csv", expect: 405 });
}
list.push({ method: "GET", target: "/api/v1/plan/check", expect: 405 });
list.push({ method: "PUT", target: "/api/v1/plan/check", body: spain, expect: 405 });
list.push({ method: "GET", target: "/api/v1/plan/check.csv", expect: 405 });
list.push({ method: "POST", target: "/api/v1/openapi.json", expect: 405 });
// Known deviations (a request with `known: "what is wrong"`) are reported as KNOWN, not counted,
// until they are fixed; there are none now.

// --- run ------------------------------------------------------------------------------------------

// In order, 4 at a time: the same answers whatever the order (the cache is keyed on the request).
let next = 0;
await Promise.all(Array.from({ length: 4 }, async () => {
  while (next < list.length) await run(list[next++]);
}));

// 304: an ETag from above, sent back.
const revalidate = [...etags.entries()].filter(([t]) => !t.startsWith("/chart/fan")).slice(0, 40);
for (const [target, etag] of revalidate) {
  await run({ method: "GET", target, headers: { "If-None-Match": etag }, expect: 304 });
  await run({ method: "GET", target, headers: { "If-None-Match": '"0000000000000000"' }, expect: 200 });
}
// A POST has no ETag to revalidate: an ETag of a GET sent with it changes nothing (200, no-store).
const someEtag = [...etags.values()][0];
if (someEtag) await run({ method: "POST", target: "/api/v1/plan/check", body: spain, headers: { "If-None-Match": someEtag }, expect: 200 });

// 429: simulations beyond the server's limit at once (distinct seeds, so none is cached).
const busy = [];
const seed0 = 1000 + Math.floor(Math.random() * 1_000_000);
await Promise.all(Array.from({ length: 4 }, (_, i) =>
  run({ method: "GET", target: `/api/v1/simulate?paths=200000&seed=${seed0 + i}`, expect: [200, 429], concurrent: true }).then((res) => res && busy.push(res.status))));
notes.push(`NOTE 4 simulations at once: ${busy.filter((x) => x === 429).length} answered 429`);
if (process.env.EXPECT_BUSY === "1" && !busy.includes(429))
  fail("GET", "/api/v1/simulate?paths=200000 (4 at once)", busy.join(","), "no 429 although the server runs one simulation at a time");

// A simulation has its projection's groups (those with a projected ally), in the same order.
let paired = 0;
for (const [key, [target, groups]] of simulateGroups) {
  if (!projectGroups.has(key)) continue;
  paired++;
  if (!isDeepStrictEqual(groups, projectGroups.get(key)))
    fail("GET", target, 200, `groups ${groups.join(",")}, but its projection has ${projectGroups.get(key).join(",")}`);
}
if (!paired) failures.push("FAIL no simulation was paired with its projection (the groups' check did not run)");

// Coverage: every documented operation answered 2xx at least once.
for (const [p, item] of Object.entries(doc.paths))
  for (const m of METHODS.filter((x) => item[x]))
    if (!covered.has(`${m} ${p}`) && !skippedOps.has(`${m} ${p}`))
      failures.push(`FAIL ${m.toUpperCase()} ${p}: no request got a 2xx answer (not covered)`);

// The document's version is the server's.
const indexRes = await send("GET", "/api/v1/");
requests++;
const index = JSON.parse(indexRes.body.toString("utf8"));
const serverVersion = /^hague ([0-9][^ ]*)/.exec(index.version)?.[1];
for (const endpoint of [...(index.endpoints ?? []), index.openapi].filter(Boolean))
  if (!doc.paths[endpoint]) failures.push(`FAIL the index lists ${endpoint}, which the document does not`);
if (doc.info?.version !== serverVersion)
  failures.push(`FAIL info.version is '${doc.info?.version}', the server is hague ${serverVersion}`);

for (const n of notes) console.log(n);
for (const f of failures) console.log(f);
console.log(`openapi: ${requests} requests, ${failures.length} failures${skipped ? ` (${skipped} skipped: routes not there yet)` : ""}`);
agent.destroy();
// exitCode rather than exit(): stdout to a pipe is written asynchronously, exit() could cut it off.
process.exitCode = failures.length ? 1 : 0;
