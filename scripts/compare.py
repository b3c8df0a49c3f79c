#!/usr/bin/env python3
"""Times minilang against Lua 5.4 and Python 3 on the same benchmark programs.

For each program it runs every available runtime several times, takes the
median wall time and the peak memory (maximum resident set size, from
/usr/bin/time -v), and prints a Markdown table with the ratios minilang/Lua
and minilang/Python. It installs nothing: a runtime that is not on PATH is
skipped and reported (`apt-get install lua5.4` brings Lua).

    python3 scripts/compare.py                      # ports in benches/ports
    python3 scripts/compare.py --bench DIR --runs 5

The minilang programs are examples/bench/NAME.ml; the ports are
DIR/lua/NAME.lua and DIR/python/NAME.py. minilang is built in release mode
first (cargo build --release).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys

PROGRAMS = ["binary_trees", "fib", "trees", "method_call", "properties"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(command):
    """Runs `command` under /usr/bin/time -v; returns (seconds, peak KiB)."""
    result = subprocess.run(
        ["/usr/bin/time", "-v"] + command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    seconds = peak = None
    for line in result.stderr.splitlines():
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            clock = line.rsplit(" ", 1)[1]
            parts = [float(p) for p in clock.split(":")]
            seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
        elif line.startswith("Maximum resident set size"):
            peak = int(line.rsplit(" ", 1)[1])
    return seconds, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", default=os.path.join(ROOT, "benches", "ports"),
                        help="folder with lua/ and python/ ports (default benches/ports)")
    parser.add_argument("--runs", type=int, default=5, help="runs per program (default 5)")
    args = parser.parse_args()

    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs /usr/bin/time (Debian package `time`)")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    minilang = os.path.join(ROOT, "target", "release", "minilang")

    runtimes = {"minilang": [minilang]}
    for name, exe in [("lua", "lua5.4"), ("python", "python3")]:
        if shutil.which(exe):
            runtimes[name] = [exe]
        else:
            print(f"note: {exe} not found, skipping it", file=sys.stderr)

    def command(runtime, program):
        if runtime == "minilang":
            return runtimes[runtime] + [os.path.join(ROOT, "examples", "bench", program + ".ml")]
        ext = {"lua": ".lua", "python": ".py"}[runtime]
        path = os.path.join(args.bench, runtime, program + ext)
        if not os.path.exists(path):
            print(f"note: no {runtime} port at {path}, skipping it", file=sys.stderr)
            return None
        return runtimes[runtime] + [path]

    rows = []
    for program in PROGRAMS:
        results = {}
        for runtime in runtimes:
            cmd = command(runtime, program)
            if cmd is None:
                continue
            times, peaks = [], []
            for _ in range(args.runs):
                seconds, peak = measure(cmd)
                times.append(seconds)
                peaks.append(peak)
            results[runtime] = (statistics.median(times), max(peaks))
            print(f"{program:14} {runtime:9} {results[runtime][0]:.2f} s  "
                  f"{results[runtime][1] / 1024:.1f} MiB", file=sys.stderr)
        rows.append((program, results))

    names = list(runtimes)
    header = ["program"] + [f"{n} time" for n in names] + [f"{n} peak" for n in names]
    header += [f"minilang/{n}" for n in names if n != "minilang"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for program, results in rows:
        cells = [program]
        cells += [f"{results[n][0]:.2f} s" if n in results else "-" for n in names]
        cells += [f"{results[n][1] / 1024:.1f} MiB" if n in results else "-" for n in names]
        for n in names:
            if n == "minilang":
                continue
            if n in results and "minilang" in results:
                time_ratio = results["minilang"][0] / results[n][0]
                mem_ratio = results["minilang"][1] / results[n][1]
                cells.append(f"{time_ratio:.2f} (mem {mem_ratio:.2f})")
            else:
                cells.append("-")
        print("| " + " | ".join(cells) + " |")
    print(f"\nmedian of {args.runs} runs; peak = maximum resident set size", end="")
    print(f"; {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
