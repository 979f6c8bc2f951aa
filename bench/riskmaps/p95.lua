-- wrk: prints "bench p50 p95 p99 requests errors" (milliseconds) at the end, for run.sh
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("bench %.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.connect + e.read + e.write + e.status + e.timeout))
end
