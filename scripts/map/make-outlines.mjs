// Builds data/geo/outlines.csv and data/geo/panels.csv: the country outlines of hague's map chart.
//
// Source: Natural Earth 1:50m admin-0 countries (public domain), as TopoJSON in the npm package
// world-atlas 2.0.2 (ISC). Run once, commit the output; the build reads only the committed files:
//
//   cd scripts/map && npm install && node make-outlines.mjs ../../data/geo
//
// Each panel is a Lambert azimuthal equal-area projection (spherical), clipped to the panel's
// rectangle, scaled to pixels, simplified by Douglas-Peucker at TOLERANCE pixels, and rounded to
// a tenth of a pixel. Rings smaller than MIN_AREA square pixels are dropped.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const outDir = process.argv[2] ?? ".";

const TOLERANCE = 0.35;
const MIN_AREA = 1.5;

// ISO 3166-1 numeric -> alpha-3 for the 32 allies. Greenland (304) is drawn with Denmark: the
// Kingdom of Denmark is the ally; so are the Faroe Islands (234). Åland (248) is Finland.
const ALLIES = {
  "008": "ALB", "056": "BEL", "100": "BGR", "124": "CAN", "191": "HRV", "203": "CZE",
  "208": "DNK", "304": "DNK", "234": "DNK", "248": "FIN", "233": "EST", "246": "FIN", "250": "FRA", "276": "DEU",
  "300": "GRC", "348": "HUN", "352": "ISL", "380": "ITA", "428": "LVA", "440": "LTU",
  "442": "LUX", "499": "MNE", "528": "NLD", "807": "MKD", "578": "NOR", "616": "POL",
  "620": "PRT", "642": "ROU", "703": "SVK", "705": "SVN", "724": "ESP", "752": "SWE",
  "792": "TUR", "826": "GBR", "840": "USA",
};

// Panels: centre of the projection (degrees), pixels per unit of the unit sphere, the visible
// window in projected units (x0, y0, x1, y1; y up), and the panel's place in the chart.
const PANELS = [
// `skip` leaves out allies drawn whole in another panel (Iceland would be a clipped sliver at
// North America's edge); Europe's window reaches down to Crete (Greece is clipped by nothing).
  { id: "north_america", lon0: -100, lat0: 52, window: [-0.62, -0.42, 0.45, 0.62], width: 250,
    skip: ["ISL"], whole: false },
  { id: "europe", lon0: 14, lat0: 53, window: [-0.50, -0.345, 0.50, 0.38], width: 460, skip: [],
    whole: true },
];

const rad = Math.PI / 180;
function laea(lon0, lat0) {
  const l0 = lon0 * rad, p0 = lat0 * rad;
  return ([lon, lat]) => {
    const l = lon * rad, p = lat * rad;
    const cosc = Math.sin(p0) * Math.sin(p) + Math.cos(p0) * Math.cos(p) * Math.cos(l - l0);
    if (cosc < -0.2) return null; // the far side of the globe
    const k = Math.sqrt(2 / (1 + cosc));
    return [k * Math.cos(p) * Math.sin(l - l0),
            k * (Math.cos(p0) * Math.sin(p) - Math.sin(p0) * Math.cos(p) * Math.cos(l - l0))];
  };
}

// Sutherland-Hodgman against one edge of the window.
function clipEdge(ring, inside, cross) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    const ia = inside(a), ib = inside(b);
    if (ia) out.push(a);
    if (ia !== ib) out.push(cross(a, b));
  }
  return out;
}
function clip(ring, [x0, y0, x1, y1]) {
  const at = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  let r = ring;
  r = clipEdge(r, p => p[0] >= x0, (a, b) => at(a, b, (x0 - a[0]) / (b[0] - a[0])));
  if (r.length) r = clipEdge(r, p => p[0] <= x1, (a, b) => at(a, b, (x1 - a[0]) / (b[0] - a[0])));
  if (r.length) r = clipEdge(r, p => p[1] >= y0, (a, b) => at(a, b, (y0 - a[1]) / (b[1] - a[1])));
  if (r.length) r = clipEdge(r, p => p[1] <= y1, (a, b) => at(a, b, (y1 - a[1]) / (b[1] - a[1])));
  return r;
}

function simplify(points, tol) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    const [ax, ay] = points[i], [bx, by] = points[j];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let worst = -1, at = -1;
    for (let k = i + 1; k < j; k++) {
      const [px, py] = points[k];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > worst) { worst = d; at = k; }
    }
    if (worst > tol) { keep[at] = 1; stack.push([i, at], [at, j]); }
  }
  return points.filter((_, k) => keep[k]);
}

const area = r => r.reduce((s, p, i) => { const q = r[(i + 1) % r.length]; return s + p[0] * q[1] - q[0] * p[1]; }, 0) / 2;
const num = v => (Math.round(v * 10) / 10).toString();

const dropped = new Set();
const countries = feature(topology, topology.objects.countries).features;
const outlines = [["panel", "ally", "name", "d"]];
const panels = [["panel", "width", "height"]];
for (const panel of PANELS) {
  const project = laea(panel.lon0, panel.lat0);
  const [x0, y0, x1, y1] = panel.window;
  const scale = panel.width / (x1 - x0);
  const height = Math.round((y1 - y0) * scale);
  panels.push([panel.id, panel.width, height]);
  const toPixels = ([x, y]) => [(x - x0) * scale, (y1 - y) * scale];
  for (const c of countries) {
    const polygons = c.geometry?.type === "Polygon" ? [c.geometry.coordinates]
                   : c.geometry?.type === "MultiPolygon" ? c.geometry.coordinates : [];
    let d = "";
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const projected = ring.map(project);
        if (projected.some(p => p === null)) continue;
        // An ally's ring that the window would cut (the Canaries, Greenland in the Europe
        // panel) is left out whole where the panel says so: a cut coast reads as a border.
        if (panel.whole && ALLIES[c.id] && projected.some(([x, y]) => x < x0 || x > x1 || y < y0 || y > y1)) {
          dropped.add(`${panel.id}:${c.properties.name}`);
          continue;
        }
        let r = clip(projected, panel.window).map(toPixels);
        if (r.length < 3 || Math.abs(area(r)) < MIN_AREA) continue;
        r = simplify([...r, r[0]], TOLERANCE).slice(0, -1);
        if (r.length < 3) continue;
        d += "M" + r.map(p => num(p[0]) + " " + num(p[1])).join("L") + "Z";
      }
    }
    if (d && panel.skip.includes(ALLIES[c.id])) continue;
    if (d) outlines.push([panel.id, ALLIES[c.id] ?? "", c.properties.name, d]);
  }
}
const csv = rows => rows.map(r => r.map(v => /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : v).join(",")).join("\n") + "\n";
writeFileSync(`${outDir}/outlines.csv`, csv(outlines));
writeFileSync(`${outDir}/panels.csv`, csv(panels));
console.error(`left out, cut by a window: ${[...dropped].join(", ")}`);
console.error(`${outlines.length - 1} outlines, ${csv(outlines).length} bytes`);
