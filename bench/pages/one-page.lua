-- One page again and again (PAGE=/path), to measure the CPU it costs. With BUST=1 each request carries a new
-- query parameter, so that no kept page serves it: the cost of rendering it.
local page = os.getenv("PAGE") or "/"
local bust = os.getenv("BUST") == "1"
local n = 0
request = function()
  n = n + 1
  local path = page
  if bust then
    path = page .. (string.find(page, "?", 1, true) and "&" or "?") .. "n=" .. n
  end
  return wrk.format("GET", path, { ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip" })
end
