-- The public mix of issue 11: what anonymous readers open most, in four languages, round robin. The plan's
-- address is given by run.sh (PLAN=/plans/N), read from the demo's plan list.
local plan = os.getenv("PLAN") or "/plans/1"
local paths = {
  "/?lang=es", "/countries?lang=en", "/countries/GT?lang=es", "/projects?lang=fr", "/projects?q=migracion&lang=es",
  "/plans?lang=pt", plan .. "?lang=en",
  "/?lang=fr", "/countries?lang=pt", "/countries/PE?lang=fr", "/projects?lang=en", "/projects?q=child%20labour&lang=en",
  "/plans?lang=es", plan .. "?lang=fr",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip" })
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("requests %d, errors connect %d read %d write %d status %d timeout %d\n", summary.requests,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
