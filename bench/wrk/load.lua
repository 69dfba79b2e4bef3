-- One wrk script for every scenario: BENCH_SCENARIO picks the request mix, BENCH_TOKENS names a file
-- that returns one token per seeded user, so requests spread over 100 distinct users and tokens.
local tokens = dofile(os.getenv("BENCH_TOKENS"))
local scenario = os.getenv("BENCH_SCENARIO")
local counter = 0

local function task_id(u, k)
  return string.format("00000000-0000-4000-9000-%012d", u * 1000 + k)
end

local function auth(u)
  return { ["Authorization"] = "Bearer " .. tokens[u] }
end

local builders = {
  list = function(u)
    return wrk.format("GET", "/api/v1/tasks?limit=20", auth(u))
  end,
  get = function(u)
    return wrk.format("GET", "/api/v1/tasks/" .. task_id(u, math.random(0, 999)), auth(u))
  end,
  create = function(u)
    local headers = auth(u)
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/v1/tasks", headers, '{"title":"Benchmark task"}')
  end,
  update = function(u)
    local headers = auth(u)
    headers["Content-Type"] = "application/merge-patch+json"
    local body = math.random(0, 1) == 0 and '{"completed":true}' or '{"completed":false}'
    return wrk.format("PATCH", "/api/v1/tasks/" .. task_id(u, math.random(0, 999)), headers, body)
  end,
  me = function(u)
    return wrk.format("GET", "/api/v1/users/me", auth(u))
  end,
}

-- 80 % reads (list and get), 20 % writes (create and update).
builders.mixed = function(u)
  local roll = math.random(1, 10)
  if roll <= 4 then return builders.list(u) end
  if roll <= 8 then return builders.get(u) end
  if roll == 9 then return builders.create(u) end
  return builders.update(u)
end

local build = builders[scenario]

function setup(thread)
  thread:set("offset", math.random(0, 99))
end

function request()
  counter = counter + 1
  local u = ((counter + (offset or 0)) % #tokens) + 1
  return build(u)
end
