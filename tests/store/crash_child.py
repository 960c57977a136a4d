"""Child of test_crash_safety: adds entries until it is killed.

Usage: crash_child.py JOURNAL ROUND. Once imported, waits for a line on stdin (so the test can
start it while the previous writer still runs). Prints "opening" before it opens the journal and
"ready" once it is open, then "ID N" for each entry, only after the add has returned (committed).
"""

from __future__ import annotations

import sys

from careerjournal.services import EntryDraft, Journal


def main() -> None:
    path, round_no = sys.argv[1], int(sys.argv[2])
    sys.stdin.readline()
    print("opening", flush=True)
    journal = Journal.open(path)
    print("ready", flush=True)
    n = 0
    while True:
        draft = EntryDraft(
            title=f"Round {round_no} entry {n}",
            body="Kept going after the crash. " * (n % 7),
            tags=(f"round{round_no}", "crash") if n % 3 == 0 else (),
        )
        record = journal.entries.add(draft)
        sys.stdout.write(f"{record.id} {n}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()
