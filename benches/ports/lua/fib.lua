-- Port of examples/bench/fib.ml: naive recursive Fibonacci.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 2) + fib(n - 1)
end

local began = os.clock()
print(fib(35) == 9227465)
print(os.clock() - began)
