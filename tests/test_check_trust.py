"""Issue 14: a draft is never its own source, every verdict shows its source, misattribution needs evidence."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.check import SourceFilter, build_corpus, check_draft, load_draft, load_sources
from quotecheck.cli import cli

DATA = Path(__file__).resolve().parent / "data" / "check14"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    return CliRunner()


def verdicts(runner: CliRunner, *args: str) -> tuple[list[tuple[str, str]], str, int]:
    result = runner.invoke(cli, ["check", *args, "--format", "json"])
    payload = json.loads(result.stdout.splitlines()[0])
    return [(q["text"], q["status"]) for q in payload["quotes"]], result.stderr, result.exit_code


@pytest.mark.parametrize("draft", ["draft-errors.md", "draft-clean.md"])
def test_a_folder_holding_the_draft_gives_the_verdicts_of_the_sources_alone(runner: CliRunner, draft: str) -> None:
    alone, _, code_alone = verdicts(runner, str(DATA / draft), "--sources", str(DATA / "wire.txt"))
    whole, err, code_whole = verdicts(runner, str(DATA / draft), "--sources", str(DATA))
    assert whole == alone
    assert code_whole == code_alone
    assert f"not read as sources (drafts being checked or --exclude): {DATA / draft}" in err


def test_every_planted_error_is_found_and_the_clean_draft_passes(runner: CliRunner) -> None:
    errors, _, code = verdicts(runner, str(DATA / "draft-errors.md"), "--sources", str(DATA))
    assert [s for _, s in errors] == ["misquote", "verified", "misattributed"]
    assert code == 1
    clean, _, code = verdicts(runner, str(DATA / "draft-clean.md"), "--sources", str(DATA))
    assert [s for _, s in clean] == ["verified", "verified"]
    assert code == 0


def test_another_draft_with_the_same_misquote_does_not_verify_it(runner: CliRunner) -> None:
    # other-draft.md repeats the "autumn" misquote word for word; the wire has "summer"
    found, _, _ = verdicts(runner, str(DATA / "draft-errors.md"), "--sources",
                           str(DATA / "other-draft.md"), str(DATA / "wire.txt"))  # fmt: skip
    assert found[0][1] == "misquote"


def test_exclude_glob_leaves_another_draft_out(runner: CliRunner) -> None:
    found, err, _ = verdicts(runner, str(DATA / "draft-errors.md"), "--sources", str(DATA),
                             "--exclude", "other-*.md")  # fmt: skip
    assert "other-draft.md" in err
    assert found[0][1] == "misquote"


def test_exclude_from_config(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "src")
    (tmp_path / "quotecheck.toml").write_text('sources = ["src/*"]\nexclude = ["src/other-*.md"]\n')
    result = runner.invoke(cli, ["check", "src/draft-errors.md"])
    assert "not read as sources (drafts being checked or --exclude): src/draft-errors.md, src/other-draft.md" in (
        result.stderr
    )


def test_only_drafts_as_sources_is_one_line_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(DATA / "draft-clean.md"), "--sources", str(DATA / "draft-clean.md")])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "quotecheck: error: no sources left once the drafts and excluded paths are left out; give --sources PATH..."
    )


def test_verified_shows_its_source_and_verbose_the_sentence(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(DATA / "draft-clean.md"), "--sources", str(DATA), "-v"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{DATA / 'draft-clean.md'}:3:35: verified: ")
    assert lines[1].startswith("    read as: credited to Dana Frost by rule ")
    assert lines[2] == f"    source: {DATA / 'wire.txt'}:7:46 (Dana Frost, Riverside Radio)"
    said = 'Councillor Dana Frost told Riverside Radio: "We will open every lock gate on the canal before the summer'
    assert lines[3] == f'    said:   {said} holidays begin."'


def _check(tmp_path: Path, source: str, draft: str) -> list[tuple[str, str]]:
    (tmp_path / "source.txt").write_text(source)
    (tmp_path / "draft.md").write_text(draft)
    corpus = build_corpus(load_sources([str(tmp_path / "source.txt")], lambda _: None))
    result, ignored = load_draft(str(tmp_path / "draft.md"), lambda _: None)
    return [(q.text, q.status.value) for q in check_draft(result, corpus, ignored).quotes]


def test_one_word_shared_with_another_speaker_is_unverified_not_misattributed(tmp_path: Path) -> None:
    source = 'Marek Olsen said: "Our plan is costed."\n'
    draft = 'Dana Frost said "[the council\'s] plan" would work.\n'
    assert _check(tmp_path, source, draft) == [("[the council's] plan", "unverified")]


def test_four_meaningful_words_of_another_speaker_are_misattributed(tmp_path: Path) -> None:
    source = 'Marek Olsen said: "The river deserves clean water and honest budgets, every single year."\n'
    draft = 'Dana Frost said the river "deserves clean water and honest budgets".\n'
    assert _check(tmp_path, source, draft) == [("deserves clean water and honest budgets", "misattributed")]


def test_function_words_shared_with_another_speaker_are_unverified(tmp_path: Path) -> None:
    source = 'Marek Olsen said: "It is what it is, and we will see."\n'
    draft = 'Dana Frost said "it is what it is".\n'
    assert _check(tmp_path, source, draft) == [("it is what it is", "unverified")]


def test_source_filter_skips_drafts_and_globs(tmp_path: Path) -> None:
    keep = SourceFilter([str(tmp_path / "a.md")], ["*.bak"])
    assert keep.skips(str(tmp_path / "a.md"))
    assert keep.skips(str(tmp_path / "x" / "old.bak"))
    assert not keep.skips(str(tmp_path / "b.md"))
    assert keep.left_out == [str(tmp_path / "a.md"), str(tmp_path / "x" / "old.bak")]


def test_a_role_that_names_someone_else_is_not_the_last_person_named(tmp_path: Path) -> None:
    source = (
        'Home secretary Dana Frost told Riverside Radio: "The canal will reopen in May."\n\n'
        'The shadow home secretary, Marek Olsen, said: "Nobody believes the canal will reopen in May."\n'
    )
    draft = ('Frost told Riverside Radio: "The canal will reopen in May."\n\n'
             'The shadow home secretary said: "Nobody believes the canal will reopen in May."\n')  # fmt: skip
    (tmp_path / "source.txt").write_text(source)
    (tmp_path / "draft.md").write_text(draft)
    corpus = build_corpus(load_sources([str(tmp_path / "source.txt")], lambda _: None))
    result, ignored = load_draft(str(tmp_path / "draft.md"), lambda _: None)
    statuses = [q.status.value for q in check_draft(result, corpus, ignored).quotes]
    assert statuses == ["verified", "verified"]  # the role is not Frost: not misattributed


def _seeds() -> Path:
    """QUOTECHECK_SEEDS, else the nearest ``shared/eval/seeds`` above the checkout (a worktree sits deeper)."""
    if "QUOTECHECK_SEEDS" in os.environ:
        return Path(os.environ["QUOTECHECK_SEEDS"])
    for parent in Path(__file__).resolve().parents[1:]:
        if (parent / "shared/eval/seeds/articles").is_dir():
            return parent / "shared/eval/seeds"
    return Path("/nonexistent")


SEEDS = _seeds()


@pytest.mark.skipif(not (SEEDS / "articles").is_dir(), reason="evaluation seeds not available")
@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("seed-clean.md", ["verified", "verified", "verified", "verified"]),
        ("seed-errors.md", ["misquote", "misattributed", "wrong_venue", "verified"]),
    ],
)
def test_drafts_against_the_seed_articles_and_their_own_folder(
    runner: CliRunner, draft: str, expected: list[str]
) -> None:
    folder = DATA / "seeds"
    found, _, code = verdicts(runner, str(folder / draft), "--sources", str(SEEDS / "articles"), str(folder))
    assert [s for _, s in found] == expected
    assert code == (1 if "misquote" in expected else 0)
    alone, _, _ = verdicts(runner, str(folder / draft), "--sources", str(SEEDS / "articles"))
    assert found == alone
