// First paint of a page in headless Chromium, through the DevTools protocol (Node 20: run with
// --experimental-websocket). Loads URL RUNS times in a fresh page with the cache off, signed in with the session
// cookie given, and prints one line per load: first-contentful-paint (ms, from the Paint Timing API), the moment the
// map's chart first rendered with its territories (ms; ECharts' "rendered" event once the series has data), the
// load event, all from the start of navigation, and the bytes the page and everything it loaded took on the wire.
// Usage: node --experimental-websocket paint.js DEVTOOLS_PORT URL 'NAME=VALUE; NAME=VALUE' RUNS
const [port, url, cookieText, runsText] = process.argv.slice(2);
const cookies = cookieText.split(';').map((c) => c.trim()).filter((c) => c.includes('='))
  .map((c) => ({ name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1) }));
const runs = Number(runsText || 5);

const watcher = `(() => {
  const start = () => {
    const holder = document.getElementById('risk-map');
    if (!holder) { window.__mapDrawn = -1; return; }
    const look = () => {
      const chart = window.echarts && echarts.getInstanceByDom(holder);
      if (chart && !chart.__benchWatched) {
        chart.__benchWatched = true;
        chart.on('rendered', () => {
          const o = chart.getOption();
          if (window.__mapDrawn == null && o && o.series && o.series[0] && o.series[0].data.length) {
            window.__mapDrawn = performance.now();
          }
        });
      }
      if (window.__mapDrawn == null) { requestAnimationFrame(look); }
    };
    look();
  };
  document.addEventListener('DOMContentLoaded', start);
})();`;

async function main() {
  const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const ws = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((ok, fail) => { ws.onopen = ok; ws.onerror = fail; });
  let next = 0;
  const waiting = new Map();
  const events = [];
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && waiting.has(msg.id)) {
      const { ok, fail } = waiting.get(msg.id);
      waiting.delete(msg.id);
      msg.error ? fail(new Error(JSON.stringify(msg.error))) : ok(msg.result);
    } else if (msg.method) {
      events.push(msg);
    }
  };
  const send = (method, params = {}, sessionId) => new Promise((ok, fail) => {
    const id = ++next;
    waiting.set(id, { ok, fail });
    ws.send(JSON.stringify({ id, method, params, sessionId }));
  });
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const origin = new URL(url);
  for (let run = 1; run <= runs; run++) {
    const { browserContextId } = await send('Target.createBrowserContext');
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Network.enable', {}, sessionId);
    await send('Network.setCacheDisabled', { cacheDisabled: true }, sessionId);
    for (const c of cookies) {
      await send('Network.setCookie', { name: c.name, value: c.value, domain: origin.hostname, path: '/' }, sessionId);
    }
    events.length = 0;
    await send('Page.enable', {}, sessionId);
    await send('Emulation.setDeviceMetricsOverride', { width: 1366, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
    await send('Page.addScriptToEvaluateOnNewDocument', { source: watcher }, sessionId);
    await send('Page.navigate', { url }, sessionId);
    let result = null;
    for (let waited = 0; waited < 60000; waited += 50) {
      await sleep(50);
      const r = await send('Runtime.evaluate', { returnByValue: true, expression: `(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        if (!nav || nav.loadEventEnd === 0 || !fcp || window.__mapDrawn == null) return null;
        return { fcp: fcp.startTime, map: window.__mapDrawn, load: nav.loadEventEnd, status: nav.responseStatus,
                 title: document.title };
      })()` }, sessionId);
      if (r.result && r.result.value) { result = r.result.value; break; }
    }
    await send('Target.closeTarget', { targetId });
    await send('Target.disposeBrowserContext', { browserContextId });
    const bytes = events.filter((e) => e.sessionId === sessionId && e.method === 'Network.loadingFinished')
      .reduce((sum, e) => sum + e.params.encodedDataLength, 0);
    if (!result) { console.log(`run ${run}: no paint within 60 s`); process.exitCode = 1; continue; }
    console.log(`paint run=${run} fcp=${result.fcp.toFixed(0)} map=${result.map.toFixed(0)} load=${result.load.toFixed(0)} bytes=${bytes} status=${result.status} title=${JSON.stringify(result.title)}`);
  }
  ws.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
