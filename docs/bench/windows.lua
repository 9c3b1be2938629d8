-- wrk script for the read API's window queries (docs/performance.md, "End to end"):
-- GET /api/events?from=…&to=…&size=100 for windows of one week, one month or one year (drawn in turn at random),
-- placed at a random day between two dates (2020-01-01 and 2023-12-31 unless given after "--").
--   wrk -t2 -c16 -d30s --latency -s docs/bench/windows.lua http://localhost:8080 -- 2020-01-01 2023-12-31
-- Each wrk thread draws its own seeded sequence, so two runs ask for the same windows.
local DAY = 86400
local widths = { 7, 30, 365 }
local first, days
local threads = 0

local function noon(date)
  local y, m, d = date:match("(%d+)-(%d+)-(%d+)")
  return os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
end

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  first = noon(args[1] or "2020-01-01")
  days = math.floor((noon(args[2] or "2023-12-31") - first) / DAY)
  math.randomseed(1000 + (number or 0))
end

function request()
  local width = widths[math.random(#widths)]
  local from = first + math.random(0, math.max(0, days - width + 1)) * DAY
  local to = from + (width - 1) * DAY
  return wrk.format("GET", "/api/events?from=" .. os.date("!%Y-%m-%d", from) .. "&to=" .. os.date("!%Y-%m-%d", to) .. "&size=100")
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("| %.0f req/s | p50 %.1f ms | p99 %.1f ms | max %.1f ms | %d requests, %d errors (status %d, timeout %d) |\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, errors.connect + errors.read + errors.write + errors.status + errors.timeout,
    errors.status, errors.timeout))
end
