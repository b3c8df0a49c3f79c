# Port of examples/bench/fib.ml: naive recursive Fibonacci.
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 2) + fib(n - 1)


began = time.perf_counter()
print("true" if fib(35) == 9227465 else "false")
print(time.perf_counter() - began)
