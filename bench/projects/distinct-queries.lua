-- every query distinct: a word and a project number, or a country filter on a changing page
local countries = {"GT", "HN", "PE", "BR", "AR", "MX", "CO", "CL", "SV", "NI"}
local i = 0
request = function()
  i = i + 1
  local n = math.random(0, 99999)
  if i % 2 == 0 then
    return wrk.format("GET", "/api/projects?q=proyecto%20" .. n)
  end
  return wrk.format("GET", "/api/projects?country=" .. countries[(i % 10) + 1] .. "&page=" .. math.random(0, 400))
end
-- wrk's --latency table stops at 75/90/99 %; the goal is on the 95th percentile
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2f ms\n", latency:percentile(95) / 1000))
end
