#!/usr/bin/env python3
"""Compares commands by running them in turn, in a new random order each round, so that a shared machine's drift
falls on all of them alike. Prints each command's median wall and CPU time (user + system, children included) and
the median of its per-round ratios to the first command.

    src/bench/compare.py ROUNDS NAME=COMMAND NAME=COMMAND ...

For example, two checkouts of the project side by side:

    src/bench/compare.py 10 "before=/tmp/old/bin/statusdocs build --root /tmp/old --out /tmp/old-site" \
                            "after=bin/statusdocs build --out /tmp/new-site"

A first round warms the file caches and is not counted. A command that fails stops the comparison.
"""
import random
import resource
import statistics
import subprocess
import sys
import time


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command):
    cpu_before, start = cpu_seconds(), time.perf_counter()
    done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall, cpu = time.perf_counter() - start, cpu_seconds() - cpu_before
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {command}\n{done.stderr.decode(errors='replace')[-2000:]}")
    return wall, cpu


def main():
    if len(sys.argv) < 3 or any("=" not in arg for arg in sys.argv[2:]):
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = [arg.split("=", 1) for arg in sys.argv[2:]]
    wall = {name: [] for name, _ in commands}
    cpu = {name: [] for name, _ in commands}
    for round_number in range(rounds + 1):
        for name, command in random.sample(commands, len(commands)):
            seconds, cpu_time = run(command)
            if round_number > 0:
                wall[name].append(seconds)
                cpu[name].append(cpu_time)
    first = commands[0][0]
    for name, _ in commands:
        wall_ratio = statistics.median(a / b for a, b in zip(wall[name], wall[first]))
        cpu_ratio = statistics.median(a / b for a, b in zip(cpu[name], cpu[first]))
        print(f"{name:12s} wall {statistics.median(wall[name]):.3f} s ({wall_ratio:.2f}x)   "
              f"cpu {statistics.median(cpu[name]):.3f} s ({cpu_ratio:.2f}x)   {rounds} rounds")


if __name__ == "__main__":
    main()
