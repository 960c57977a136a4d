"""An encrypted journal against the same journal in plain SQLite, measured in one run.

Run by hand: `python benchmarks/bench_encryption.py [--sizes 100000] [--runs 5]`.
The demo journal (benchmarks/.cache/, made once by bench_cli) is copied into an SQLCipher file
with SQLCipher's export; both are then measured the same way:

- open: `Journal.open` in this process (the encrypted one pays SQLCipher's key derivation once);
- search (warm): `journal.entries.search` for a word, a one-letter prefix, and a phrase,
  median of several runs each after one warm-up;
- `careerjournal search` and `list --from --to` as whole processes (the passphrase given in
  CAREERJOURNAL_PASSPHRASE);
- first paint: `careerjournal --quit-after-first-paint` (the passphrase in the environment, so
  the journal window paints, not the unlock page);
- keystroke to table in the journal view (median of 33 keystrokes).

Target (issue 19): search and first paint encrypted within 1.3x plain at 100,000 entries.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_cli import CACHE, journal
from bench_startup import LATENCY

PASSPHRASE = "benchmark passphrase"

# The keystroke probe of bench_startup, opening the journal with the passphrase in the env.
KEYED_LATENCY = LATENCY.replace(
    "j = Journal.open(sys.argv[1])",
    "import os\n"
    "j = Journal.open(sys.argv[1], passphrase=os.environ.get('CAREERJOURNAL_PASSPHRASE'))",
)


def encrypted_copy(plain: Path) -> Path:
    from careerjournal.store import cipher

    target = CACHE / (plain.stem + "-encrypted.sqlite3")
    if not target.exists():
        print(f"encrypting a copy of {plain.name} ...", file=sys.stderr)
        con = cipher.module().connect(str(plain))
        try:
            cipher.export(con, target, PASSPHRASE)
        finally:
            con.close()
    return target


def median_of(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def whole_process(cmd: list[str], env: dict[str, str], runs: int) -> float:
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def in_process(path: Path, passphrase: str | None, runs: int) -> dict[str, float]:
    from careerjournal.services import Journal

    t = time.perf_counter()
    j = Journal.open(str(path), passphrase=passphrase)
    opened = time.perf_counter() - t
    try:
        return {
            "open (in process)": opened,
            "search 'migration' (warm)": median_of(lambda: j.entries.search("migration"), runs),
            "search 'm' (warm)": median_of(lambda: j.entries.search("m"), runs),
            "search 'led the team' (warm)": median_of(
                lambda: j.entries.search("led the team"), runs
            ),
        }
    finally:
        j.close()


def processes(path: Path, env: dict[str, str], tmp: str, runs: int) -> dict[str, float]:
    cj = [sys.executable, "-m", "careerjournal", "--database", str(path)]
    figures = {
        "`careerjournal search migration`": whole_process([*cj, "search", "migration"], env, runs),
        "`careerjournal list` (one year)": whole_process(
            [*cj, "list", "--from", "2020-01-01", "--to", "2020-12-31"], env, runs
        ),
        "first paint (journal window)": whole_process([*cj, "--quit-after-first-paint"], env, runs),
    }
    out = subprocess.run(
        [sys.executable, "-c", KEYED_LATENCY, str(path), str(Path(tmp) / "l.ini")],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    figures["keystroke to table (median)"] = float(out[0])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": tmp,
            "CAREERJOURNAL_PASSPHRASE": PASSPHRASE,
        }
        rows: list[tuple[str, int, float, float]] = []
        for size in args.sizes:
            plain = journal(size)
            encrypted = encrypted_copy(plain)
            a = in_process(plain, None, args.runs) | processes(plain, env, tmp, args.runs)
            b = in_process(encrypted, PASSPHRASE, args.runs) | processes(
                encrypted, env, tmp, args.runs
            )
            rows += [(what, size, a[what], b[what]) for what in a]
    print(f"\n{'what':<36} {'entries':>9} {'plain ms':>10} {'encrypted ms':>13} {'ratio':>7}")
    print("-" * 80)
    for what, size, plain_s, enc_s in rows:
        print(
            f"{what:<36} {size:>9,} {plain_s * 1000:>10.1f} {enc_s * 1000:>13.1f} "
            f"{enc_s / plain_s:>6.2f}x"
        )


if __name__ == "__main__":
    main()
