-- Port of examples/bench/trees.ml: one 5-ary tree of depth 8, walked 100 times.
local Tree = {}
Tree.__index = Tree

local function new_tree(depth)
  local t = setmetatable({ depth = depth }, Tree)
  if depth > 0 then
    t.a = new_tree(depth - 1)
    t.b = new_tree(depth - 1)
    t.c = new_tree(depth - 1)
    t.d = new_tree(depth - 1)
    t.e = new_tree(depth - 1)
  end
  return t
end

function Tree:walk()
  if self.depth == 0 then return 0 end
  return self.depth + self.a:walk() + self.b:walk() + self.c:walk()
    + self.d:walk() + self.e:walk()
end

local tree = new_tree(8)
local began = os.clock()
for _ = 1, 100 do
  if tree:walk() ~= 122068 then print("Error") end
end
print(os.clock() - began)
