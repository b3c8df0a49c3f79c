-- Port of examples/bench/method_call.ml: method calls through a subclass that
-- calls its superclass's methods.
local Toggle = {}
Toggle.__index = Toggle

function Toggle.new(start_state)
  return setmetatable({ state = start_state }, Toggle)
end

function Toggle:value() return self.state end

function Toggle:activate()
  self.state = not self.state
  return self
end

local NthToggle = setmetatable({}, { __index = Toggle })
NthToggle.__index = NthToggle

function NthToggle.new(start_state, max_counter)
  local t = Toggle.new(start_state)
  t.count_max = max_counter
  t.count = 0
  return setmetatable(t, NthToggle)
end

function NthToggle:activate()
  self.count = self.count + 1
  if self.count >= self.count_max then
    Toggle.activate(self)
    self.count = 0
  end
  return self
end

local function run(toggle, n)
  local val = true
  for _ = 1, n do
    val = toggle:activate():value()
    val = toggle:activate():value()
    val = toggle:activate():value()
    val = toggle:activate():value()
    val = toggle:activate():value()
    val = toggle:activate():value()
    val = toggle:activate():value()
    val = toggle:activate():value()
    val = toggle:activate():value()
    val = toggle:activate():value()
  end
  return val
end

local began = os.clock()
local n = 100000
local toggle = Toggle.new(true)
run(toggle, n)
print(toggle:value())
local ntoggle = NthToggle.new(true, 3)
run(ntoggle, n)
print(ntoggle:value())
print(os.clock() - began)
