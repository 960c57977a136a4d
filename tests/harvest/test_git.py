"""Harvesting git: real repositories built with git, the candidates checked exactly."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from careerjournal.domain.enums import EntryKind, HarvestSource
from careerjournal.harvest import Found, HarvestReport, Link, Skipped, clip, git_log
from careerjournal.harvest import git as git_harvest
from careerjournal.harvest.git import find_repositories, harvest, impact, pull_request, telling
from careerjournal.harvest.git_log import Commit

from .gitrepo import AUTHORS, BOB, ME_HOME, ME_LAPTOP, ME_WORK, GitRepo, identity, run, when

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

HUGE = "Huge " + "x" * 10_000_000  # a 10 MB single-line message
TODAY = dt.date(2024, 6, 1)


@dataclass
class Scene:
    root: Path
    ledger: Path
    lib: Path
    hashes: dict[str, str]


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Scene:
    """root/ledger (with a submodule root/ledger/vendor/lib), root/linked (a .git file naming a
    repository outside), root/escape (a link to a folder outside), root/broken (objects gone),
    root/node_modules/dep (never walked)."""
    base = tmp_path_factory.mktemp("git")
    root = base / "root"
    source = GitRepo(base / "sources" / "lib")
    h: dict[str, str] = {}
    h["l1"] = source.commit("Start the lib", ME_WORK, when("2024-03-05"))
    source.commit("Bob lib", BOB, when("2024-03-06"))
    ledger = _ledger(GitRepo(root / "ledger"), source.path, h)
    elsewhere = GitRepo(base / "elsewhere")
    elsewhere.commit("Far away", ME_WORK, when("2024-03-05"))
    (root / "linked").mkdir()
    (root / "linked" / ".git").write_text(f"gitdir: {elsewhere.path / '.git'}\n")
    hidden = GitRepo(base / "outside" / "hidden")
    hidden.commit("Behind a link", ME_WORK, when("2024-03-05"))
    (root / "escape").symlink_to(base / "outside", target_is_directory=True)
    broken = GitRepo(root / "broken")
    broken.commit("Soon lost", ME_WORK, when("2024-03-05"))
    for item in (broken.path / ".git" / "objects").iterdir():
        shutil.rmtree(item)
    GitRepo(root / "node_modules" / "dep").commit("A dependency", ME_WORK, when("2024-03-05"))
    return Scene(root, ledger.path, ledger.path / "vendor" / "lib", h)


def _ledger(repo: GitRepo, lib_source: Path, h: dict[str, str]) -> GitRepo:
    """The main repository's history (2024, ISO weeks 10 to 13); `h` gets the hashes."""
    h["c1"] = repo.commit(
        "Initial import", ME_WORK, when("2024-03-04"), files={"README": "x\n", "config.py": "a\n"}
    )
    repo.commit("Set up CI", BOB, when("2024-03-05"), files={"ci.yml": "on: push\n"})
    repo.commit("wip", ME_HOME, when("2024-03-06"))
    repo.git("mv", "config.py", "loader.py")  # a rename
    repo.commit("Rename config loader", ME_WORK, when("2024-03-07"))
    repo.git(
        "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(lib_source), "vendor/lib"
    )
    repo.commit("Add lib submodule", ME_LAPTOP, when("2024-03-08"))
    # week 11: conventional commits, and messages that are not UTF-8
    repo.commit("feat(ledger): add CSV export", ME_WORK, when("2024-03-11"))
    repo.commit("feat(Ledger): add CSV export of the monthly totals", ME_HOME, when("2024-03-12"))
    repo.commit("fix: typo in README", ME_WORK, when("2024-03-12", 11))
    repo.commit("fix(api)!: reject negative amounts", ME_WORK, when("2024-03-13"))
    latin = "Café für alle\n".encode("latin-1")
    repo.commit(latin, ME_WORK, when("2024-03-14"), encoding="ISO-8859-1")
    repo.commit_raw(b"Na\xefve bytes\n", ME_WORK, when("2024-03-15"))  # Latin-1 said to be UTF-8
    # week 12: a pull request merged by someone else, a GitLab merge request, another's one
    repo.switch("ledger", new=True)
    repo.commit("Move ledger to Postgres", ME_WORK, when("2024-03-18"))
    repo.commit("Review fixes", BOB, when("2024-03-19", 9))
    repo.commit("feat(ledger): migrate balances", ME_WORK, when("2024-03-19", 11))
    repo.switch("main")
    repo.commit("Bump version", BOB, when("2024-03-19", 12))
    message = "Merge pull request #12 from me/ledger\n\nMigrate the ledger"
    h["pr12"] = repo.merge("ledger", message, BOB, when("2024-03-20"))
    repo.switch("search", new=True)
    repo.commit("Add search index", ME_HOME, when("2024-03-21"))
    repo.switch("main")
    message = (
        "Merge branch 'search' into 'main'\n\nFull-text search\n\nSee merge request team/ledger!7"
    )
    h["mr7"] = repo.merge("search", message, ME_WORK, when("2024-03-22", 9))
    repo.switch("docs", new=True)
    repo.commit("Write docs", BOB, when("2024-03-21", 11))
    repo.switch("main")
    repo.merge("docs", "Merge pull request #13 from bob/docs\n\nDocs", BOB, when("2024-03-22", 10))
    repo.commit("Prepare release", ME_WORK, when("2024-03-22", 11))
    repo.tag("v1.0.0", ME_WORK, when("2024-03-22", 12), message="Release 1.0.0")
    repo.tag("v1.0.1-rc", BOB, when("2024-03-23"), message="Bob's release")
    repo.tag("mine-light", ME_WORK, when("2024-03-23"))  # lightweight, on my commit
    repo.git("tag", "bob-light", "main~1")  # lightweight, on Bob's merge
    # week 13: a 10 MB single-line message
    repo.commit(HUGE, ME_WORK, when("2024-03-25"))
    return repo


@pytest.fixture(scope="module")
def first(scene: Scene) -> HarvestReport:
    return harvest([scene.root], AUTHORS, today=TODAY)


def by_key(found: list[Found]) -> dict[str, Found]:
    return {f.key: f for f in found}


def test_finds_the_repositories_inside_the_folder_only(scene: Scene) -> None:
    repos, skipped = find_repositories(scene.root)
    assert repos == [scene.root / "broken", scene.ledger, scene.lib]
    assert skipped == [Skipped(str(scene.root / "linked"), "outside")]


def test_stops_after_max_dirs(scene: Scene) -> None:
    repos, skipped = find_repositories(scene.root, max_dirs=2)
    assert skipped[-1] == Skipped(str(scene.root), "too_many_dirs", "2")
    assert len(repos) <= 2


def test_odd_dot_git_entries(tmp_path: Path) -> None:
    """A `.git` that names nothing is unreadable; a `.git` link out of the folder is outside."""
    elsewhere = GitRepo(tmp_path / "elsewhere")
    root = tmp_path / "root"
    (root / "odd").mkdir(parents=True)
    (root / "odd" / ".git").write_text("not a gitdir line\n")
    (root / "linked").mkdir()
    (root / "linked" / ".git").symlink_to(elsewhere.path / ".git", target_is_directory=True)
    (root / "inner").mkdir()
    (root / "inner" / ".git").symlink_to(root / "odd", target_is_directory=True)
    repos, skipped = find_repositories(root)
    assert repos == [root / "inner"]  # a link that stays inside is followed
    assert sorted((s.where, s.reason) for s in skipped) == [
        (str(root / "linked"), "outside"),
        (str(root / "odd"), "unreadable"),
    ]


def test_a_missing_root_is_skipped(tmp_path: Path) -> None:
    repos, skipped = find_repositories(tmp_path / "nowhere")
    assert repos == []
    assert [(s.where, s.reason) for s in skipped] == [(str(tmp_path / "nowhere"), "unreadable")]


def test_the_ledger_candidates_exactly(scene: Scene, first: HarvestReport) -> None:
    rid, h = scene.hashes["c1"], scene.hashes
    found = [f for f in first.found if f.origin == str(scene.ledger)]
    got = {
        f.key: (f.occurred_on.isoformat(), f.kind, f.impact, f.title, f.facts, f.evidence)
        for f in found
    }
    P, OTHER = EntryKind.PROJECT, EntryKind.OTHER
    subjects = ["Rename config loader", "Add lib submodule", "Initial import"]
    huge = clip(HUGE[:301])
    assert got == {
        f"{rid}:week:2024-W10": (
            "2024-03-08", OTHER, 2, "Rename config loader",
            {"repository": "ledger", "commits": 4, "subjects": subjects},
            ("Add lib submodule", "Rename config loader", "wip", "Initial import"),
        ),
        f"{rid}:feat:ledger:2024-W11": (
            "2024-03-12", P, 1, "add CSV export of the monthly totals",
            {
                "repository": "ledger", "commits": 2, "type": "feat", "scope": "ledger",
                "subjects": ["add CSV export of the monthly totals", "add CSV export"],
            },
            ("feat(Ledger): add CSV export of the monthly totals", "feat(ledger): add CSV export"),
        ),
        f"{rid}:fix::2024-W11": (
            "2024-03-12", OTHER, 1, "typo in README",
            {"repository": "ledger", "commits": 1, "type": "fix", "scope": "",
             "subjects": ["typo in README"]},
            ("fix: typo in README",),
        ),
        f"{rid}:fix:api:2024-W11": (
            "2024-03-13", OTHER, 1, "reject negative amounts",
            {"repository": "ledger", "commits": 1, "type": "fix", "scope": "api",
             "subjects": ["reject negative amounts"]},
            ("fix(api)!: reject negative amounts",),
        ),
        f"{rid}:week:2024-W11": (
            "2024-03-15", OTHER, 1, "Café für alle",
            {"repository": "ledger", "commits": 2,
             "subjects": ["Café für alle", "Na\ufffdve bytes"]},
            ("Na\ufffdve bytes", "Café für alle"),
        ),
        f"{rid}:pr:{h['pr12']}": (
            "2024-03-20", P, 3, "Migrate the ledger",
            {"repository": "ledger", "commits": 3, "pull_request": 12},
            ("feat(ledger): migrate balances", "Review fixes", "Move ledger to Postgres"),
        ),
        f"{rid}:pr:{h['mr7']}": (
            "2024-03-22", P, 3, "Full-text search",
            {"repository": "ledger", "commits": 1, "pull_request": 7},
            ("Add search index",),
        ),
        f"{rid}:week:2024-W12": (
            "2024-03-22", OTHER, 1, "Prepare release",
            {"repository": "ledger", "commits": 1, "subjects": ["Prepare release"]},
            ("Prepare release",),
        ),
        f"{rid}:tag:v1.0.0": (
            "2024-03-22", P, 3, "v1.0.0", {"repository": "ledger", "tag": "v1.0.0"}, (),
        ),
        f"{rid}:tag:mine-light": (
            "2024-03-22", P, 3, "mine-light", {"repository": "ledger", "tag": "mine-light"}, (),
        ),
        f"{rid}:week:2024-W13": (
            "2024-03-25", OTHER, 1, huge,
            {"repository": "ledger", "commits": 1, "subjects": [huge]},
            (huge,),
        ),
    }  # fmt: skip
    assert len(huge) == 300
    assert huge.endswith("…")
    assert [f.occurred_on for f in found] == sorted(f.occurred_on for f in found)
    pr = by_key(found)[f"{rid}:pr:{h['pr12']}"]
    assert pr.links == (Link(f"git:ledger@{h['pr12'][:12]}", "merge"),)
    assert pr.fingerprint == "pr|12|migrate-the-ledger"
    assert by_key(found)[f"{rid}:tag:v1.0.0"].tags == ("release",)
    assert all(f.source is HarvestSource.GIT for f in found)


def test_the_submodule_is_a_repository_of_its_own(scene: Scene, first: HarvestReport) -> None:
    found = [f for f in first.found if f.origin == str(scene.lib)]
    assert [(f.key, f.title, f.facts) for f in found] == [
        (
            f"{scene.hashes['l1']}:week:2024-W10",
            "Start the lib",
            {"repository": "lib", "commits": 1, "subjects": ["Start the lib"]},
        )
    ]


def test_others_work_and_places_outside_do_not_appear(scene: Scene, first: HarvestReport) -> None:
    text = " ".join(f"{f.title} {' '.join(f.evidence)} {f.facts}" for f in first.found)
    for other in ("Set up CI", "Bump version", "Write docs", "Bob lib", "Docs", "v1.0.1-rc"):
        assert other not in text
    for outside in ("Far away", "Behind a link", "A dependency", "Soon lost"):
        assert outside not in text
    assert {f.origin for f in first.found} == {str(scene.ledger), str(scene.lib)}


def test_what_could_not_be_read_is_skipped_with_a_reason(
    scene: Scene, first: HarvestReport
) -> None:
    reasons = {(s.where, s.reason) for s in first.skipped}
    assert reasons == {
        (str(scene.root / "linked"), "outside"),
        (str(scene.root / "broken"), "unreadable"),
    }
    broken = next(s for s in first.skipped if s.reason == "unreadable")
    assert broken.detail.startswith("fatal:")
    assert sorted(first.states) == [str(scene.ledger), str(scene.lib)]
    assert first.read == 22 + 2  # every commit of both repositories, others' too


def test_since_filters_by_the_author_date(scene: Scene) -> None:
    report = harvest([scene.ledger], AUTHORS, since=dt.date(2024, 3, 20), today=TODAY)
    rid = scene.hashes["c1"]
    assert sorted(f.key for f in report.found if f.origin == str(scene.ledger)) == sorted(
        [
            f"{rid}:pr:{scene.hashes['pr12']}",
            f"{rid}:pr:{scene.hashes['mr7']}",
            f"{rid}:week:2024-W12",
            f"{rid}:week:2024-W13",
            f"{rid}:tag:v1.0.0",
            f"{rid}:tag:mine-light",
        ]
    )


def test_a_date_after_today_is_shown_as_today(small: GitRepo) -> None:
    report = harvest([small.path], AUTHORS, today=dt.date(2024, 3, 1))
    assert [(f.key.rsplit(":", 1)[1], f.occurred_on) for f in report.found] == [
        ("2024-W10", dt.date(2024, 3, 1))  # the week stays the commits' own
    ]


def test_a_submodule_scanned_alone_is_outside(scene: Scene) -> None:
    """Its git directory is in the superproject's .git, outside the folder scanned."""
    report = harvest([scene.lib], AUTHORS, today=TODAY)
    assert (report.found, report.skipped) == ([], [Skipped(str(scene.lib), "outside")])


# -- rescans -------------------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path: Path) -> GitRepo:
    repo = GitRepo(tmp_path / "root" / "app")
    repo.commit("Start the app", ME_WORK, when("2024-03-04"))
    repo.commit("Add the login page", ME_WORK, when("2024-03-05"))
    return repo


@pytest.fixture
def git_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The git subcommands harvest runs, in order."""
    calls: list[str] = []
    real_run, real_log = git_log.run_git, git_log.read_log

    def spy_run(command: list[str], **kw: Any) -> bytes:
        at = next(i for i, a in enumerate(command) if a.startswith("--git-dir="))
        calls.append(command[at + 1])
        return real_run(command, **kw)

    def spy_log(*args: Any, **kw: Any) -> git_log.Log:
        calls.append("log")
        return real_log(*args, **kw)

    monkeypatch.setattr(git_log, "run_git", spy_run)
    monkeypatch.setattr(git_harvest, "read_log", spy_log)
    return calls


def test_a_rescan_reads_only_what_is_new(small: GitRepo, git_calls: list[str]) -> None:
    root = small.path.parent
    one = harvest([root], AUTHORS, today=TODAY)
    rid = one.states[str(small.path)]["repo_id"]
    assert [f.key for f in one.found] == [f"{rid}:week:2024-W10"]
    assert one.read == 2
    small.commit("Add the logout button", ME_WORK, when("2024-04-08"))
    small.commit("Remember the session", ME_HOME, when("2024-04-09"))
    git_calls.clear()
    two = harvest([root], AUTHORS, states=one.states, today=TODAY)
    assert two.read == 2
    assert [(f.key, f.facts["commits"], f.title) for f in two.found] == [
        (f"{rid}:week:2024-W15", 2, "Add the logout button")
    ]
    assert git_calls == ["for-each-ref", "cat-file", "log"]  # cat-file: is the old tip still there
    git_calls.clear()
    three = harvest([root], AUTHORS, states=two.states, today=TODAY)
    assert (three.found, three.read, three.skipped) == ([], 0, [])
    assert git_calls == ["for-each-ref"]  # no git log at all
    assert three.states == two.states


def test_a_new_tag_alone_is_found_on_a_rescan(small: GitRepo) -> None:
    one = harvest([small.path], AUTHORS, today=TODAY)
    small.tag("v0.1", ME_WORK, when("2024-03-06"), message="First")
    two = harvest([small.path], AUTHORS, states=one.states, today=TODAY)
    rid = one.states[str(small.path)]["repo_id"]
    assert (two.read, [f.key for f in two.found]) == (0, [f"{rid}:tag:v0.1"])


def test_a_rewritten_branch_whose_old_tip_is_gone(small: GitRepo) -> None:
    one = harvest([small.path], AUTHORS, today=TODAY)
    small.git(
        "commit",
        "-q",
        "--amend",
        "--allow-empty",
        "-m",
        "Add the sign-in page",
        env=_me("2024-03-05"),
    )
    small.git("reflog", "expire", "--expire=now", "--all")
    small.git("gc", "-q", "--prune=now")
    two = harvest([small.path], AUTHORS, states=one.states, today=TODAY)
    assert two.skipped == []
    assert [f.title for f in two.found] == ["Add the sign-in page"]


def _me(day: str) -> dict[str, str]:
    return identity(ME_WORK, when(day))


@pytest.mark.parametrize(
    "state",
    [
        {"repo_id": 3, "tips": []},
        {"repo_id": "x", "tips": "abc"},
        {"repo_id": "x", "tips": [1]},
        "garbage",
        {"repo_id": "x", "tips": [], "authors": ["someone@else"]},  # read for other authors
        {"repo_id": "x", "tips": [], "authors": sorted({a.strip().casefold() for a in AUTHORS}),
         "since": "2024-03-05"},  # this run wants older history
    ],
)  # fmt: skip
def test_a_state_that_cannot_be_trusted_means_a_full_read(small: GitRepo, state: Any) -> None:
    report = harvest([small.path], AUTHORS, states={str(small.path): state}, today=TODAY)
    assert report.read == 2
    assert report.found[0].key.split(":")[1:] == ["week", "2024-W10"]


def test_progress_and_cancel(scene: Scene) -> None:
    calls: list[tuple[int, int]] = []
    report = harvest([scene.root], AUTHORS, progress=lambda d, n: calls.append((d, n)), today=TODAY)
    assert calls == [(1, 3), (2, 3), (3, 3)]
    asked: list[bool] = []

    def cancel_after_one() -> bool:
        asked.append(True)
        return len(asked) > 1

    partial = harvest([scene.root], AUTHORS, cancelled=cancel_after_one, today=TODAY)
    assert list(partial.states) == []  # the first repository is the broken one
    assert [s.reason for s in partial.skipped] == ["outside", "unreadable"]
    assert len(report.states) == 2


# -- safety --------------------------------------------------------------------------------------


def test_the_repository_config_cannot_make_us_run_a_program(tmp_path: Path) -> None:
    """log.showSignature with a gpg.program (and an fsmonitor) in the repository's own config:
    plain `git log` runs the program; harvesting does not."""
    marker = tmp_path / "ran"
    script = tmp_path / "program.sh"
    script.write_text(f"#!/bin/sh\ntouch '{marker}'\nexit 1\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    repo = GitRepo(tmp_path / "root" / "signed")
    tree = repo.git("mktree", data=b"")
    signed = (
        f"tree {tree}\nauthor Ann Example <me@work.example> 1709546400 +0000\n"
        "committer Ann Example <me@work.example> 1709546400 +0000\n"
        "gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n"
        "\nSigned work\n"
    )
    sha = repo.git("hash-object", "-t", "commit", "-w", "--stdin", data=signed.encode())
    repo.git("update-ref", "refs/heads/main", sha)
    repo.git("tag", "-a", "v1", "-m", "signed tag", env=_me("2024-03-05"))
    for setting, value in (
        ("log.showSignature", "true"),
        ("gpg.program", str(script)),
        ("core.fsmonitor", str(script)),
    ):
        repo.git("config", setting, value)
    run(repo.path, "log")  # the control: git itself would run it
    assert marker.exists()
    marker.unlink()
    report = harvest([repo.path.parent], AUTHORS, today=TODAY)
    assert not marker.exists()
    assert [f.title for f in report.found] == ["Signed work", "v1"]


def test_no_git_installed_is_said_once(scene: Scene, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", os.devnull)
    report = harvest([scene.root], AUTHORS, today=TODAY)
    assert report.found == []
    assert [s.reason for s in report.skipped] == ["outside", "no_git"]


def test_a_hook_environment_does_not_leak_into_git(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from inside a git hook, GIT_DIR and GIT_OBJECT_DIRECTORY name another repository:
    it must not be read."""
    other = scene.ledger / ".git" / "modules" / "vendor" / "lib"
    monkeypatch.setenv("GIT_DIR", str(other))
    monkeypatch.setenv("GIT_OBJECT_DIRECTORY", str(other / "objects"))
    report = harvest([scene.ledger], AUTHORS, today=TODAY)
    assert {f.origin for f in report.found} == {str(scene.ledger), str(scene.lib)}
    assert any(f.title == "Migrate the ledger" for f in report.found)


# -- the pieces ----------------------------------------------------------------------------------


def _merge(subject: str, body: str = "") -> Commit:
    return Commit("a" * 40, ("b" * 40, "c" * 40), False, dt.date(2024, 1, 1), subject, body)


def test_pull_request_recognition() -> None:
    assert pull_request(_merge("Merge pull request #5 from me/fast-path", "Faster\nmore")) == (
        5,
        "Faster",
    )
    assert pull_request(_merge("Merge pull request #5 from me/fast-path")) == (5, "fast-path")
    gitlab = "Merge branch 'topic' into 'main'"
    assert pull_request(_merge(gitlab, "See merge request g/p!9")) == (9, "topic")
    assert pull_request(_merge(gitlab, "Title\n\nSee merge request g/p!9")) == (9, "Title")
    assert pull_request(_merge(gitlab)) is None  # a plain merge
    assert pull_request(_merge("Merge branch 'main' into topic")) is None


def test_telling_subjects_and_impact() -> None:
    assert telling(["fixup! Add x", "WIP: try", "docs: explain the ledger", "Add y"], 9) == [
        "explain the ledger",
        "Add y",
        "fixup! Add x",
        "WIP: try",
    ]
    assert telling(["same", "same"]) == ["same"]
    assert telling(["a", "bb", "ccc", "dddd"]) == ["dddd", "ccc", "bb"]
    assert [impact(n) for n in (1, 2, 3, 9, 10)] == [1, 1, 2, 2, 3]
    assert [impact(n, request=True) for n in (0, 19, 20)] == [3, 3, 4]


def test_records_are_cut_and_split_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(git_log, "CHUNK", 7)
    monkeypatch.setattr(git_log, "RECORD_KEEP", 10)
    data = b"abc\0" + b"x" * 50 + b"\0de\0\0fgh"
    assert list(git_log._records(io.BytesIO(data))) == [b"abc", b"x" * 10, b"de", b"", b"fgh"]
