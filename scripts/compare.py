#!/usr/bin/env python3
"""Times minilang against the peer Lox VMs (clox, loxcraft) and against Lua 5.4
and Python 3, side by side, on the ten book programs.

For each program the runtimes take turns — one run of each, then the next
round, each round starting one runtime further on — so a slow moment of the
machine falls on all of them alike. A program gets at least --runs rounds,
and more (up to four times as many) until its rounds have taken --min-time
seconds, so that short programs are not judged on a handful of 0.2 s runs.
It prints the median wall time and the peak memory (maximum resident set
size, from /usr/bin/time -v) of each, and a Markdown table with the ratio of minilang to
the faster of clox and loxcraft, the geometric mean of those ratios, and the
ratio to Lua where a port exists; then the same ratios in CPU time (user +
system), which the host's taking the processor away does not inflate. It
installs nothing; a runtime that is not
found is skipped with a note.

    python3 scripts/compare.py                          # every program, 5+ rounds
    python3 scripts/compare.py --runs 7 fib trees       # some programs
    python3 scripts/compare.py --clox PATH --loxcraft PATH

The peers run the same files as minilang (examples/bench/NAME.ml are plain
Lox). They are looked up as --clox / --loxcraft, then on PATH, then in
target/peers/bin (where `../shared/peers/build.sh target/peers` puts them).
Lua and Python run the ports in benches/ports/{lua,python} (this repository's
own; five of the ten programs have one). minilang is built in release mode
first.
"""

import argparse
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

PROGRAMS = [
    "binary_trees", "equality", "fib", "instantiation", "invocation",
    "method_call", "properties", "string_equality", "trees", "zoo",
]
PEERS = ["clox", "loxcraft"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(command):
    """Runs `command` under /usr/bin/time -v; returns (seconds, peak KiB, CPU
    seconds), or (None, message, None) when it fails. The wall time is taken here, to the
    microsecond: /usr/bin/time's own has hundredths of a second, 7 % of a
    0.14 s program. (Its millisecond of starting the child is in every
    runtime's time alike.) The peak resident set is /usr/bin/time's: a child
    started straight from this Python process would count Python's own
    memory, held until the child's exec, as its peak."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-v"] + command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (now.ru_utime - used.ru_utime) + (now.ru_stime - used.ru_stime)
    peak = None
    status = result.returncode
    for line in result.stderr.splitlines():
        line = line.strip()
        if line.startswith("Maximum resident set size"):
            peak = int(line.rsplit(" ", 1)[1])
        elif line.startswith("Exit status"):
            status = int(line.rsplit(" ", 1)[1])
    if result.returncode != 0 or status != 0:
        # The program's own message, not /usr/bin/time's report (indented,
        # or "Command ...").
        own = [l for l in result.stderr.splitlines()
               if l.strip() and not l.startswith(("\t", "Command"))]
        return None, (own or ["exit status " + str(status)])[0][:60], None
    return seconds, peak, cpu


def find(name, given):
    """The peer's executable: the flag, then PATH, then target/peers/bin."""
    if given:
        return given if os.path.exists(given) else None
    on_path = shutil.which(name)
    if on_path:
        return on_path
    built = os.path.join(ROOT, "target", "peers", "bin", name)
    return built if os.path.exists(built) else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*", default=PROGRAMS, metavar="PROGRAM",
                        help="programs to run (default: all ten)")
    parser.add_argument("--runs", type=int, default=5,
                        help="rounds per program, at least (default 5)")
    parser.add_argument("--min-time", type=float, default=10.0, metavar="SECONDS",
                        help="more rounds (up to 4 x --runs) while a program's rounds "
                             "took less than this in all (default 10)")
    parser.add_argument("--clox", help="path of the clox executable")
    parser.add_argument("--loxcraft", help="path of the loxcraft executable")
    parser.add_argument("--ports", default=os.path.join(ROOT, "benches", "ports"),
                        help="folder with lua/ and python/ ports (default benches/ports)")
    args = parser.parse_args()
    unknown = [p for p in args.programs if p not in PROGRAMS]
    if unknown:
        sys.exit(f"unknown program(s): {', '.join(unknown)}; known: {', '.join(PROGRAMS)}")
    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs /usr/bin/time (Debian package `time`)")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)

    runtimes = {"minilang": [os.path.join(ROOT, "target", "release", "minilang")]}
    for peer in PEERS:
        path = find(peer, getattr(args, peer))
        if path is None:
            print(f"note: {peer} not found (--{peer}, PATH or target/peers/bin; "
                  "see ../shared/peers/build.sh), skipping it", file=sys.stderr)
        else:
            runtimes[peer] = [path, "run"] if peer == "loxcraft" else [path]
    for name, exe in [("lua", "lua5.4"), ("python", "python3")]:
        if shutil.which(exe):
            runtimes[name] = [exe]
        else:
            print(f"note: {exe} not found, skipping it", file=sys.stderr)

    def command(runtime, program):
        if runtime in ("lua", "python"):
            ext = {"lua": ".lua", "python": ".py"}[runtime]
            path = os.path.join(args.ports, runtime, program + ext)
            return runtimes[runtime] + [path] if os.path.exists(path) else None
        return runtimes[runtime] + [os.path.join(ROOT, "examples", "bench", program + ".ml")]

    rows = []
    for program in args.programs:
        commands = {r: command(r, program) for r in runtimes}
        commands = {r: c for r, c in commands.items() if c is not None}
        times = {r: [] for r in commands}
        cpus = {r: [] for r in commands}
        peaks = {r: [] for r in commands}
        failed = {}
        order = list(commands)
        rounds = spent = 0
        # Short programs get more rounds: a slow moment of the machine that
        # falls on three of five 0.2 s runs moves the median, not on three of
        # fifteen.
        while rounds < args.runs or (spent < args.min_time and rounds < 4 * args.runs):
            # Each round starts one runtime further on, so none always runs
            # first or right after the same other.
            for runtime in order[rounds % len(order):] + order[:rounds % len(order)]:
                if runtime in failed:
                    continue
                seconds, peak, cpu = measure(commands[runtime])
                if seconds is None:
                    failed[runtime] = peak
                    continue
                spent += seconds
                times[runtime].append(seconds)
                cpus[runtime].append(cpu)
                peaks[runtime].append(peak)
            rounds += 1
        results = {r: (statistics.median(times[r]), max(peaks[r]), statistics.median(cpus[r]))
                   for r in commands if r not in failed}
        for runtime, (seconds, peak, _) in results.items():
            print(f"{program:16} {runtime:9} {seconds:7.3f} s {peak / 1024:6.1f} MiB "
                  f"({len(times[runtime])} runs)",
                  file=sys.stderr)
        for runtime, why in failed.items():
            print(f"{program:16} {runtime:9} failed: {why}", file=sys.stderr)
        rows.append((program, results, failed))

    names = list(runtimes)
    header = ["program"] + names + ["÷ faster peer", "÷ Lua"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    ratios = []
    for program, results, failed in rows:
        cells = [program]
        for name in names:
            if name in results:
                seconds, peak, _ = results[name]
                shown = f"{seconds:.3f}" if seconds < 1 else f"{seconds:.2f}"
                cells.append(f"{shown} s / {peak / 1024:.0f} MiB")
            elif name in failed:
                cells.append(f"({failed[name]})")
            else:
                cells.append("")
        mine = results.get("minilang")
        peer_times = [results[p][0] for p in PEERS if p in results]
        if mine and peer_times:
            ratio = mine[0] / min(peer_times)
            ratios.append(ratio)
            cells.append(f"{ratio:.2f}")
        else:
            cells.append("")
        cells.append(f"{mine[0] / results['lua'][0]:.2f}" if mine and "lua" in results else "")
        print("| " + " | ".join(cells) + " |")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"| geometric mean | {' | '.join([''] * len(names))} | {geomean:.2f} | |")
    print(f"\nwall time, median of at least {args.runs} alternating rounds (more for "
          f"programs whose rounds took under {args.min_time:g} s) / peak resident set; "
          f"{os.cpu_count()} cores")

    # The same runs in CPU time: steadier where the machine is a VM whose host
    # takes its processor away for milliseconds at a time (wall time counts
    # those gaps, CPU time does not).
    print("\n| program (CPU time) | minilang | faster peer | ÷ faster peer | ÷ Lua |")
    print("|---|---|---|---|---|")
    cpu_ratios = []
    for program, results, _ in rows:
        mine = results.get("minilang")
        peers = [(results[p][2], p) for p in PEERS if p in results]
        if not mine or not peers:
            continue
        best, which = min(peers)
        cpu_ratios.append(mine[2] / best)
        lua = f"{mine[2] / results['lua'][2]:.2f}" if "lua" in results else ""
        print(f"| {program} | {mine[2]:.3f} s | {best:.3f} s ({which}) | "
              f"{mine[2] / best:.2f} | {lua} |")
    if cpu_ratios:
        geomean = math.exp(sum(math.log(r) for r in cpu_ratios) / len(cpu_ratios))
        print(f"| geometric mean | | | {geomean:.2f} | |")
    print("\nCPU time (user + system), median of the same runs")


if __name__ == "__main__":
    main()
