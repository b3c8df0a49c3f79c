-- Port of examples/bench/binary_trees.ml: many short-lived binary trees beside
-- one long-lived tree, depths 4 to 14; nodes are tables with a metatable for
-- their method, as a Lox class would be.
local Tree = {}
Tree.__index = Tree

local function new_tree(item, depth)
  local t = setmetatable({ item = item, depth = depth }, Tree)
  if depth > 0 then
    local doubled = item + item
    depth = depth - 1
    t.left = new_tree(doubled - 1, depth)
    t.right = new_tree(doubled, depth)
  end
  return t
end

function Tree:check()
  if self.left == nil then return self.item end
  return self.item + self.left:check() - self.right:check()
end

local min_depth, max_depth = 4, 14
local stretch = max_depth + 1
local began = os.clock()
print("stretch tree of depth:")
print(stretch)
print("check:")
print(new_tree(0, stretch):check())
local long_lived = new_tree(0, max_depth)
local iterations = 1 << max_depth
local depth = min_depth
while depth < stretch do
  local check = 0
  for i = 1, iterations do
    check = check + new_tree(i, depth):check() + new_tree(-i, depth):check()
  end
  print("num trees:")
  print(iterations * 2)
  print("depth:")
  print(depth)
  print("check:")
  print(check)
  iterations = iterations // 4
  depth = depth + 2
end
print("long lived tree of depth:")
print(max_depth)
print("check:")
print(long_lived:check())
print("elapsed:")
print(os.clock() - began)
