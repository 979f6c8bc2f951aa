-- repeated mix: ten word searches in four languages (one with a typo) and country filters, round robin
local paths = {
  "/api/projects?q=inspeccion", "/api/projects?q=child%20labour", "/api/projects?q=travail%20enfants",
  "/api/projects?q=migra%C3%A7%C3%A3o", "/api/projects?q=agricultura", "/api/projects?q=trabajo%20infantl",
  "/api/projects?q=seguridad%20salud", "/api/projects?q=employment%20services", "/api/projects?q=dialogue%20social",
  "/api/projects?q=proyecto%204242", "/api/projects?country=GT", "/api/projects?country=PE", "/api/projects?country=BR"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
-- wrk's --latency table stops at 75/90/99 %; the goal is on the 95th percentile
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2f ms\n", latency:percentile(95) / 1000))
end
