// Renders BPMN files to PNG with bpmn-js (the renderer of Camunda Modeler and Cockpit) in headless Chromium,
// so a layout problem or a missing DI element shows before a modeler opens the file.
//
// Usage (from process-models/, after `npm ci`):
//   node tools/render-bpmn.mjs [out-dir] [file.bpmn ...]
// Defaults: out-dir target/bpmn-png, files src/main/resources/bpmn/*.bpmn. VIEWBOX="x,y,width,height" renders only
// that region of each diagram (to look closely at part of a large one). Needs `chromium` on the PATH
// (Debian: apt-get install chromium) or CHROMIUM=/path/to/chrome. Exits non-zero if bpmn-js reports an import
// error or warning (for example an element without DI or an unknown reference).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const MARGIN = 40;
const viewbox = process.env.VIEWBOX?.split(',').map(Number);
const root = resolve(import.meta.dirname, '..');
const [outDir = join(root, 'target/bpmn-png'), ...files] = process.argv.slice(2);
const models = files.length > 0 ? files.map((f) => resolve(f)) : listModels(join(root, 'src/main/resources/bpmn'));
const chromium = process.env.CHROMIUM ?? 'chromium';
const viewer = join(root, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');
const css = ['bpmn-js.css', 'diagram-js.css'].map((f) => join(root, 'node_modules/bpmn-js/dist/assets', f));

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'render-bpmn-'));
let failed = false;
try {
  for (const model of models) {
    failed = render(model) || failed;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

function listModels(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(dir, f));
}

/** Returns true if the model failed to import cleanly. */
function render(model) {
  const xml = readFileSync(model, 'utf8');
  const { width, height } = viewbox ? { width: viewbox[2], height: viewbox[3] } : diagramSize(xml);
  const page = join(work, basename(model) + '.html');
  writeFileSync(page, html(xml));
  const common = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-extensions', '--no-first-run', '--hide-scrollbars', '--allow-file-access-from-files',
    `--user-data-dir=${join(work, 'profile')}`, '--virtual-time-budget=10000', `--window-size=${width},${height}`];
  const dom = execFileSync(chromium, [...common, '--dump-dom', `file://${page}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const status = /<pre id="status"[^>]*>([\s\S]*?)<\/pre>/.exec(dom)?.[1] ?? 'NOT RENDERED';
  const png = join(resolve(outDir), basename(model, '.bpmn') + '.png');
  execFileSync(chromium, [...common, `--screenshot=${png}`, `file://${page}`], { stdio: 'ignore' });
  const ok = status.trim() === 'OK';
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${basename(model)} -> ${png}${ok ? '' : '\n' + status}`);
  return !ok;
}

/** The extent of the diagram interchange coordinates, so the screenshot shows the whole diagram at 100 %. */
function diagramSize(xml) {
  let maxX = 0;
  let maxY = 0;
  for (const [, x, y, w, h] of xml.matchAll(/<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
    maxX = Math.max(maxX, Number(x) + Number(w));
    maxY = Math.max(maxY, Number(y) + Number(h));
  }
  for (const [, x, y] of xml.matchAll(/<di:waypoint x="([-\d.]+)" y="([-\d.]+)"/g)) {
    maxX = Math.max(maxX, Number(x));
    maxY = Math.max(maxY, Number(y));
  }
  return { width: Math.ceil(maxX + MARGIN), height: Math.ceil(maxY + MARGIN) };
}

function html(xml) {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
${css.map((f) => `<link rel="stylesheet" href="file://${f}">`).join('\n')}
<style>html, body, #canvas { margin: 0; width: 100%; height: 100%; background: white; }
#status { position: absolute; bottom: 0; left: 0; margin: 0; color: #c00; font: 12px monospace; }</style>
<script src="file://${viewer}"></script>
</head><body><div id="canvas"></div><pre id="status">PENDING</pre>
<script>
const xml = ${JSON.stringify(xml)};
const status = document.getElementById('status');
const viewer = new BpmnJS({ container: '#canvas' });
viewer.importXML(xml)
  .then(({ warnings }) => {
    const canvas = viewer.get('canvas');
    const box = ${JSON.stringify(viewbox ?? null)};
    if (box) canvas.viewbox({ x: box[0], y: box[1], width: box[2], height: box[3] });
    else canvas.zoom(1, { x: 0, y: 0 });
    status.textContent = warnings.length ? warnings.map((w) => w.message).join('\\n') : 'OK';
    if (!warnings.length) status.style.display = 'none';
  })
  .catch((e) => { status.textContent = 'IMPORT ERROR: ' + e.message; });
</script></body></html>`;
}
