-- One page again and again (PAGE=/path), to measure the CPU it costs.
local page = os.getenv("PAGE") or "/"
request = function()
  return wrk.format("GET", page, { ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip" })
end
