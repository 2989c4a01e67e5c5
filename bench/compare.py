"""The body of bench/compare (run it through that script, which finds python3.13)."""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYVET = os.path.join(ROOT, "pyvet")
RUFF_DRIVER = os.path.join(ROOT, "bench", "ruff-wasm-check.js")
RUFF_DIR = os.path.join(ROOT, "bench", ".ruff-wasm")
RUFF_PACKAGE = "@astral-sh/ruff-wasm-nodejs"
EXCLUDED = {".git", ".hg", ".svn", ".venv", "venv", "__pycache__", ".tox", ".nox", ".eggs",
            "build", "dist", "node_modules"}
ALL_TOOLS = ["pyvet", "pyvet-cached", "pycodestyle", "pyflakes", "flake8", "ruff-wasm"]
DEBIAN = {"pycodestyle": ("pycodestyle", "pycodestyle"), "pyflakes": ("pyflakes3", "pyflakes3"),
          "flake8": ("flake8", "flake8")}


def say(*args):
    print(*args, flush=True)


def corpus_files(corpus):
    """The files pyvet's discovery takes, in its order: sorted walk, .py and .pyi."""
    files, seen = [], set()

    def walk(d):
        real = os.path.realpath(d)
        if real in seen:
            return
        seen.add(real)
        for name in sorted(os.listdir(d)):
            p = os.path.join(d, name)
            if os.path.isdir(p):
                if name not in EXCLUDED:
                    walk(p)
            elif name.endswith((".py", ".pyi")) and os.path.isfile(p):
                files.append(p)

    walk(corpus)
    return files


def ensure_debian_tools(wanted):
    """The command of each Debian tool wanted, installing missing ones when we may."""
    missing = [t for t in wanted if t in DEBIAN and shutil.which(DEBIAN[t][0]) is None]
    if missing and os.geteuid() == 0 and shutil.which("apt-get"):
        packages = [DEBIAN[t][1] for t in missing]
        say(f"compare: installing Debian's {', '.join(packages)}")
        subprocess.run(["apt-get", "update", "-qq"], stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", *packages], stdout=subprocess.DEVNULL)
    found = {}
    for t in wanted:
        if t in DEBIAN:
            cmd = shutil.which(DEBIAN[t][0])
            if cmd:
                found[t] = cmd
            else:
                say(f"compare: skipping {t}: `{DEBIAN[t][0]}` is not installed "
                    f"(apt-get install {DEBIAN[t][1]}, as root)")
    return found


def ensure_ruff_wasm():
    """Installs the npm package into bench/.ruff-wasm; None (with a message) when impossible."""
    version = os.environ.get("RUFF_WASM_VERSION", "0.17.3")
    if not shutil.which("node") or not shutil.which("npm"):
        say("compare: skipping ruff-wasm: node and npm are needed (apt-get install nodejs npm)")
        return None
    manifest = os.path.join(RUFF_DIR, "node_modules", *RUFF_PACKAGE.split("/"), "package.json")
    installed = None
    if os.path.exists(manifest):
        import json
        with open(manifest) as f:
            installed = json.load(f).get("version")
    if installed != version and not (version == "latest" and installed):
        say(f"compare: installing {RUFF_PACKAGE}@{version} into bench/.ruff-wasm")
        os.makedirs(RUFF_DIR, exist_ok=True)
        p = subprocess.run(["npm", "install", "--prefix", RUFF_DIR, "--no-audit", "--no-fund",
                            "--no-save", "--silent", f"{RUFF_PACKAGE}@{version}"],
                           capture_output=True, text=True)
        if p.returncode != 0 or not os.path.exists(manifest):
            say(f"compare: skipping ruff-wasm: npm install failed:\n{p.stderr[-1500:]}")
            return None
    return RUFF_DIR


class Measured:
    def __init__(self):
        self.walls, self.cpus, self.rss, self.findings = [], [], [], None


def run_once(cmd, cwd, env, count):
    """Wall, CPU (user+system of the whole process tree), peak RSS (KiB) and findings."""
    time_v = "/usr/bin/time"
    use_time = os.access(time_v, os.X_OK)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = [time_v, "-v", "-o", tf.name, *cmd] if use_time else cmd
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.Popen(full, cwd=cwd, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
        out, err = p.communicate()
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        rss = None
        if use_time:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tf.read())
            rss = int(m.group(1)) if m else None
        if rss is None:
            rss = after.ru_maxrss  # the largest child so far: an upper bound
    if p.returncode not in (0, 1):
        sys.exit(f"compare: {' '.join(cmd[:3])} ... failed (exit {p.returncode}):\n{err[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, rss, count(out), ruff_inside(out) if count is ruff_count else None


def lines(out):
    return sum(1 for _ in out.splitlines())


def ruff_count(out):
    m = re.search(r"(\d+) files, (\d+) findings", out)
    return int(m.group(2)) if m else None


def ruff_inside(out):
    """The driver's own account: seconds loading the module and checking, inside node."""
    m = re.search(r"([\d.]+) s loading the module, ([\d.]+) s checking", out)
    return (float(m.group(1)), float(m.group(2))) if m else None


def commands(tools, files, select, line_length, debian, ruff_dir, pyvet_cwd):
    codes = select.split(",")
    style = ",".join(c for c in codes if c[:1] in ("E", "W"))
    flakes = any(c[:1] == "F" for c in codes)
    env = dict(os.environ)
    out = {}
    for tool in tools:
        if tool == "pyvet":
            out[tool] = ([PYVET, "check", "--isolated", "--no-cache", "--select", select,
                          "--max-line-length", str(line_length), *files], pyvet_cwd, env, lines)
        elif tool == "pyvet-cached":
            out[tool] = ([PYVET, "check", "--isolated", "--select", select,
                          "--max-line-length", str(line_length), *files], pyvet_cwd, env, lines)
        elif tool == "pycodestyle" and tool in debian and style:
            out[tool] = ([debian[tool], f"--select={style}", f"--max-line-length={line_length}",
                          *files], pyvet_cwd, env, lines)
        elif tool == "pyflakes" and tool in debian and flakes:
            out[tool] = ([debian[tool], *files], pyvet_cwd, env, lines)
        elif tool == "flake8" and tool in debian:
            out[tool] = ([debian[tool], "--isolated", f"--select={select}",
                          f"--max-line-length={line_length}", *files], pyvet_cwd, env, lines)
        elif tool == "ruff-wasm" and ruff_dir:
            e = dict(env, RUFF_WASM_DIR=ruff_dir)
            out[tool] = (["node", RUFF_DRIVER, "--select", select, "--line-length",
                          str(line_length), *files], pyvet_cwd, e, ruff_count)
    return out


def measure(cmds, runs):
    results = {}
    for tool, (cmd, cwd, env, count) in cmds.items():
        m = Measured()
        run_once(cmd, cwd, env, count)  # warm-up: file cache, ./pyvet's build, pyvet-cached's cache
        inside = []
        for _ in range(runs):
            wall, cpu, rss, found, split = run_once(cmd, cwd, env, count)
            m.walls.append(wall)
            m.cpus.append(cpu)
            m.rss.append(rss)
            m.findings = found
            if split:
                inside.append(split)
        results[tool] = m
        say(f"  {tool:13} median {statistics.median(m.walls):7.2f} s wall "
            f"(min {min(m.walls):.2f}, max {max(m.walls):.2f}), "
            f"{statistics.median(m.cpus):6.2f} s CPU, peak RSS {max(m.rss) / 1024:6.0f} MiB, "
            f"{m.findings if m.findings is not None else '?':>7} findings")
        if inside:
            say(f"  {'':13} inside node: median {statistics.median(x[0] for x in inside):.2f} s "
                f"loading the module, {statistics.median(x[1] for x in inside):.2f} s checking; "
                "the rest is node's start and exit")
    if "pyvet" in results:
        base = statistics.median(results["pyvet"].walls)
        parts = []
        for tool, m in results.items():
            if tool != "pyvet":
                parts.append(f"{tool} {statistics.median(m.walls) / base:.1f}x")
        if parts:
            say("  median wall time as a multiple of pyvet's (cold, no cache): " + ", ".join(parts))
    return results


def main():
    ap = argparse.ArgumentParser(prog="bench/compare")
    ap.add_argument("--python313", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--select", default=None)
    ap.add_argument("--max-line-length", type=int, default=79)
    ap.add_argument("--scaling", action="store_true")
    ap.add_argument("--tools", default=",".join(ALL_TOOLS))
    ap.add_argument("corpus", nargs="?")
    a = ap.parse_args()
    tools = [t for t in a.tools.split(",") if t]
    for t in tools:
        if t not in ALL_TOOLS:
            sys.exit(f"compare: unknown tool {t!r} (expected some of {','.join(ALL_TOOLS)})")
    corpus = a.corpus or subprocess.run(
        [a.python313, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
        capture_output=True, text=True, check=True).stdout.strip()
    corpus = os.path.realpath(corpus)
    if not os.path.isdir(corpus):
        sys.exit(f"compare: no such folder: {corpus}")

    subprocess.run([PYVET, "--version"], capture_output=True)  # builds the jar if needed
    select = a.select if a.select is not None else "E,W,F"
    debian = ensure_debian_tools(tools)
    ruff_dir = ensure_ruff_wasm() if "ruff-wasm" in tools else None

    files = corpus_files(corpus)
    versions = {}
    for t, cmd in debian.items():
        versions[t] = subprocess.run([cmd, "--version"], capture_output=True,
                                     text=True).stdout.split("\n")[0].strip()
    say(f"corpus: {corpus}: {len(files):,} files, "
        f"{sum(os.path.getsize(f) for f in files) / 1e6:.1f} MB")
    say(f"select: {select}, max line length {a.max_line_length}; "
        f"{a.runs} timed runs of each after one untimed run, each a fresh process")
    say("versions: " + subprocess.run([PYVET, "--version"], capture_output=True, text=True)
        .stdout.strip() + "".join(f"; {t} {v}" for t, v in versions.items())
        + (f"; ruff-wasm via node {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}" if ruff_dir else ""))
    say(f"machine: {os.cpu_count()} CPUs, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} (1, 5, 15 min)")

    fractions = [(4, "a quarter"), (2, "a half"), (1, "the whole")] if a.scaling else [(1, "the whole")]
    with tempfile.TemporaryDirectory(prefix="pyvet-compare-") as cwd:
        summary = []
        for step, name in fractions:
            part = files[::step]
            size = sum(os.path.getsize(f) for f in part) / 1e6
            say(f"\n{name} corpus: {len(part):,} files, {size:.1f} MB")
            shutil.rmtree(os.path.join(cwd, ".pyvet_cache"), ignore_errors=True)
            results = measure(commands(tools, part, select, a.max_line_length, debian, ruff_dir, cwd),
                              a.runs)
            summary.append((name, size, results))
        say(f"\nload average after the runs: {os.getloadavg()[0]:.2f}")
        if a.scaling:
            say("\nmedian wall and CPU time per MB, quarter / half / whole corpus (linear growth "
                "keeps these flat; a fixed start-up cost makes them fall as it is spread over more "
                "files; CPU time is the steadier on a busy machine):")
            for tool in summary[0][2]:
                walls = " / ".join(f"{statistics.median(r[tool].walls) / size * 1000:.0f}"
                                   for _, size, r in summary)
                cpus = " / ".join(f"{statistics.median(r[tool].cpus) / size * 1000:.0f}"
                                  for _, size, r in summary)
                say(f"  {tool:13} wall {walls} ms/MB;  CPU {cpus} ms/MB")


if __name__ == "__main__":
    main()
