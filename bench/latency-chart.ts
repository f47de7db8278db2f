import type { BenchResults } from './report.js';

interface Series {
  label: string;
  color: string;
  dash: string;
  points: [number, number][];
}

const W = 460;
const H = 420;
/** Margins around a panel's plot; the legend goes under the x-axis label. */
const M = { left: 64, right: 16, top: 36, bottom: 112 };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const r1 = (x: number) => x.toFixed(1);

/** Whole decades covering the values, at least one. */
function decades(values: number[]): [number, number] {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

function tickLabel(decade: number, unit: string): string {
  const v = 10 ** decade;
  const text = v >= 1e6 ? `${v / 1e6}M` : v >= 1e3 ? `${v / 1e3}k` : String(Number(v.toPrecision(1)));
  return `${text}${unit}`;
}

/** One log–log panel at (x0, 0): axes with a tick per decade, a polyline and dots per series. */
function panel(x0: number, title: string, yUnit: string, series: Series[]): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1])).filter((y) => y > 0);
  const [xlo, xhi] = decades(xs);
  const [ylo, yhi] = decades(ys);
  const px = (x: number) => r1(x0 + M.left + ((Math.log10(x) - xlo) / (xhi - xlo)) * (W - M.left - M.right));
  const py = (y: number) => r1(H - M.bottom - ((Math.log10(y) - ylo) / (yhi - ylo)) * (H - M.top - M.bottom));
  const out: string[] = [`<text x="${x0 + W / 2}" y="20" text-anchor="middle" font-weight="bold">${escape(title)}</text>`];
  for (let d = xlo; d <= xhi; d++) {
    const x = px(10 ** d);
    out.push(`<line x1="${x}" y1="${M.top}" x2="${x}" y2="${H - M.bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${H - M.bottom + 16}" text-anchor="middle">${tickLabel(d, '')}</text>`);
  }
  for (let d = ylo; d <= yhi; d++) {
    const y = py(10 ** d);
    out.push(`<line x1="${x0 + M.left}" y1="${y}" x2="${x0 + W - M.right}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${x0 + M.left - 6}" y="${r1(Number(y) + 4)}" text-anchor="end">${tickLabel(d, yUnit)}</text>`);
  }
  out.push(
    `<rect x="${x0 + M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}" fill="none" stroke="#444"/>`,
  );
  out.push(
    `<text x="${x0 + M.left + (W - M.left - M.right) / 2}" y="${H - M.bottom + 34}" text-anchor="middle">sentences in the corpus (log)</text>`,
  );
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p[1] > 0);
    out.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2" stroke-dasharray="${s.dash}" points="${pts.map(([x, y]) => `${px(x)},${py(y)}`).join(' ')}"/>`,
    );
    for (const [x, y] of pts) out.push(`<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="${s.color}"/>`);
    // Legend: two entries a row, under the axis label.
    const lx = x0 + M.left + (i % 2) * 190;
    const ly = H - M.bottom + 56 + Math.floor(i / 2) * 16;
    out.push(
      `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 22}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2" stroke-dasharray="${s.dash}"/>`,
    );
    out.push(`<text x="${lx + 28}" y="${ly}">${escape(s.label)}</text>`);
  });
  return out.join('\n');
}

const OURS = '#1f5fbf';
const THEIRS = '#d9730d';

/**
 * A plain SVG of the runs over SQuAD's scales: latency per question (median and p99, answer() and
 * retrieval alone vs MiniSearch) and index memory per sentence, against corpus size, both axes log.
 */
export function latencyChart(results: BenchResults): string {
  const runs = results.corpora.filter((c) => c.scale !== null && c.run);
  const at = (f: (c: (typeof runs)[number]) => number): [number, number][] => runs.map((c) => [c.build.sentences, f(c)]);
  const latency: Series[] = [
    { label: 'answer() median', color: OURS, dash: '', points: at((c) => c.run!.answer.median.median) },
    { label: 'answer() p99', color: OURS, dash: '6 4', points: at((c) => c.run!.answer.p99.median) },
    { label: 'retrieval only, median', color: '#2a9d8f', dash: '2 3', points: at((c) => c.run!.retrieval.median.median) },
    { label: 'MiniSearch median', color: THEIRS, dash: '', points: at((c) => c.run!.miniSearch.median.median) },
    { label: 'MiniSearch p99', color: THEIRS, dash: '6 4', points: at((c) => c.run!.miniSearch.p99.median) },
  ];
  const memory: Series[] = [
    { label: 'ours: index', color: OURS, dash: '', points: at((c) => c.build.indexBytes / c.build.sentences) },
    { label: 'MiniSearch', color: THEIRS, dash: '', points: at((c) => (c.miniSearch ? c.miniSearch.bytes / c.build.sentences : 0)) },
  ];
  const body =
    runs.length === 0
      ? '<text x="20" y="40">No SQuAD scale was run.</text>'
      : [
          panel(0, 'Latency per question (ms, log)', ' ms', latency),
          panel(W + 20, 'Index memory per sentence (bytes, log)', ' B', memory),
        ].join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W + 20}" height="${H + 20}" font-family="sans-serif" font-size="11">`,
    '<rect width="100%" height="100%" fill="white"/>',
    body,
    `<text x="10" y="${H + 12}" fill="#666">${escape(`${results.machine.date.slice(0, 10)}, ${results.machine.cores} cores, Node ${results.machine.node}: ${results.machine.command}`)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
