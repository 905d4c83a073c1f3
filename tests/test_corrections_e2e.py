"""Human corrections survive every rebuild: edit, re-extract (--force, newer extractor, changed seed), build pages.

One archive, built once per module from the real seed plus two small inline
seeds, then edited the way an editor would: article-level fixes in the fact
sheet itself, archive-wide entity fixes in archive/corrections.yaml.
"""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from factarchive.cli import main

from .conftest import SEED

IDLIB = "30-turkish-military-vehicles-enter-syrias-idlib"
BRIDGE = "tayyip-erdogan-opens-new-bridge-in-istanbul"
STORM = "storm-hits-atlanta"

BRIDGE_SEED = """Tayyip Erdogan opens new bridge in Istanbul
Daily Wire

Turkish President Tayyip Erdogan opened a new bridge over the Bosphorus in Istanbul on Monday, officials said.

Tayyip Erdogan said 4,000 workers built the bridge in two years.

Georgia sent a delegation to the opening, the ministry said.
"""

STORM_SEED = """Storm hits Atlanta
Daily Wire

A storm hit Atlanta in Georgia on Tuesday, the governor said.
"""

CORRECTIONS = """\
# Editor's corrections, applied to every fact sheet when the site is built.
reject:
  - bosphorus                       # a strait, not a person
split:
  georgia:
    - id: georgia-us-state
      name: Georgia (U.S. state)
      articles: [storm-hits-atlanta]
    - id: georgia                   # every other article: the country
merge:
  tayyip-erdogan: recep-tayyip-erdogan
rename:
  recep-tayyip-erdogan: Recep Tayyip Erdoğan
  m4-highway: M4 motorway
"""


def _run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def _edit_idlib_sheet(text: str) -> str:
    """An editor's article-level edits: fix a figure, rename an actor here, delete a wrong fact, mark reviewed."""
    data = yaml.safe_load(text)
    fig = next(f for f in data["figures"] if f["id"] == "f2")
    fig["value"], fig["text"] = 2890, "2,890"
    nato = next(a for a in data["actors"] if a["id"] == "nato")
    nato["name"] = "North Atlantic Treaty Organization"
    data["actors"] = [a for a in data["actors"] if a["id"] != "syrians"]
    data["reviewed"] = True
    return "# Checked against the CGTN page on 2026-11-25.\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10_000)


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """Seeds extracted, then edited by hand: (folder, edited Idlib sheet text)."""
    out = tmp_path_factory.mktemp("corrections")
    seeds = out / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "bridge.txt").write_text(BRIDGE_SEED, "utf-8")
    (seeds / "storm.txt").write_text(STORM_SEED, "utf-8")
    archive = out / "archive"
    assert main(["extract", "--seeds", str(seeds), "--archive", str(archive)]) == 0
    sheet = archive / f"{IDLIB}.yaml"
    text = _edit_idlib_sheet(sheet.read_text("utf-8"))
    sheet.write_text(text, "utf-8")
    (archive / "corrections.yaml").write_text(CORRECTIONS, "utf-8")
    return out, text


def _copy(edited, tmp_path):
    out, text = edited
    shutil.copytree(out, tmp_path, dirs_exist_ok=True)
    return tmp_path / "seeds", tmp_path / "archive", text


def _site(capsys, tmp_path) -> tuple[int, str]:
    status, _, err = _run(capsys, "site", "--archive", str(tmp_path / "archive"), "--docs-dir", str(tmp_path / "docs"), "--no-build")
    return status, err


def _assert_edits_on_site(docs, f2_sentence: str) -> None:
    """Every correction, on the generated article page, its JSON twin and the entity pages."""
    page = (docs / "articles" / f"{IDLIB}.md").read_text("utf-8")
    twin = json.loads((docs / "articles" / f"{IDLIB}.json").read_text("utf-8"))
    # Figure fixed in the sheet.
    assert '- <a id="f2"></a>**2,890** Turkish military gears ("2,890"), reported by The UK-based watchdog group\n' in page
    assert next(f for f in twin["figures"] if f["id"] == "f2") == {
        "id": "f2", "value": 2890, "text": "2,890", "counts": "Turkish military gears",
        "period": "since March 5", "reported_by": "The UK-based watchdog group", "evidence": [f2_sentence]}
    # Renamed in this article only; deleted from this article only; reviewed.
    assert "**[North Atlantic Treaty Organization](../entities/nato.md)**, organisation; 1 mention\n" in page
    assert next(a["name"] for a in twin["actors"] if a["id"] == "nato") == "North Atlantic Treaty Organization"
    assert "syrians" not in [a["id"] for a in twin["actors"]] and "entities/syrians.md" not in page
    assert twin["reviewed"] is True
    # corrections.yaml: rename (id follows the name), merge, reject, split.
    assert "**[Recep Tayyip Erdoğan](../entities/recep-tayyip-erdogan.md)**, person, President of Turkey" in page
    assert "**[M4 motorway](../entities/m4-motorway.md)**, facility; 1 mention" in page
    assert next(a for a in twin["actors"] if a["id"] == "recep-tayyip-erdogan")["name"] == "Recep Tayyip Erdoğan"
    erdogan = json.loads((docs / "entities" / "recep-tayyip-erdogan.json").read_text("utf-8"))
    assert (erdogan["name"], sorted(a["id"] for a in erdogan["articles"])) == ("Recep Tayyip Erdoğan", sorted([IDLIB, BRIDGE]))
    assert "Tayyip Erdogan" in erdogan["aliases"]
    georgia = json.loads((docs / "entities" / "georgia.json").read_text("utf-8"))
    state = json.loads((docs / "entities" / "georgia-us-state.json").read_text("utf-8"))
    assert (georgia["name"], [a["id"] for a in georgia["articles"]]) == ("Georgia", [BRIDGE])
    assert (state["name"], [a["id"] for a in state["articles"]]) == ("Georgia (U.S. state)", [STORM])
    entity_pages = sorted(p.stem for p in (docs / "entities").glob("*.md"))
    for gone in ("bosphorus", "syrians"):  # rejected: no page at all
        assert gone not in entity_pages
    for old, new in (("tayyip-erdogan", "recep-tayyip-erdogan"), ("m4-highway", "m4-motorway")):  # moved: a redirect
        moved = (docs / "entities" / f"{old}.md").read_text("utf-8")
        assert moved.startswith(f"---\nredirect: entities/{new}.md\n"), moved


F2_SENTENCE = ("The UK-based watchdog group said 2,980 Turkish military gears entered Idlib since March 5, when Russia and "
               "Turkey established a cease-fire deal in Idlib between the rebels and the Syrian army.")


def test_force_reextraction_keeps_the_edited_sheet_byte_for_byte(edited, tmp_path, capsys):
    seeds, archive, text = _copy(edited, tmp_path)
    status, out, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive), "--force")
    assert (status, err) == (0, "")
    assert out.startswith("extract: 0 written, 3 unchanged, 0 up to date, 1 hand-edited kept, 0 failed")
    assert (archive / f"{IDLIB}.yaml").read_text("utf-8") == text  # comment and layout included
    assert (archive / "corrections.yaml").read_text("utf-8") == CORRECTIONS
    assert _site(capsys, tmp_path) == (0, "")
    _assert_edits_on_site(tmp_path / "docs", F2_SENTENCE)


def test_newer_extractor_version_keeps_edits_and_records_the_version(edited, tmp_path, capsys, monkeypatch):
    from factarchive.extract import versions

    seeds, archive, text = _copy(edited, tmp_path)
    bumped = "0123abcd"  # as if figures.py had changed
    newer = tuple((name, bumped if name == "figures" else version) for name, version in versions.stages())
    monkeypatch.setattr(versions, "stages", lambda: newer)
    status, out, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive))
    assert (status, err) == (0, "")
    assert out.startswith("extract: 3 written, 0 unchanged, 0 up to date, 1 hand-edited kept, 0 failed")
    after = yaml.safe_load((archive / f"{IDLIB}.yaml").read_text("utf-8"))
    before = yaml.safe_load(text)
    assert after["extractor"]["stages"]["figures"] == bumped
    before["extractor"]["stages"]["figures"] = bumped
    assert after == before  # every edit kept, nothing else changed
    assert _site(capsys, tmp_path) == (0, "")
    _assert_edits_on_site(tmp_path / "docs", F2_SENTENCE)


def test_changed_seed_merges_into_the_edit_and_names_each_conflict(edited, tmp_path, capsys):
    seeds, archive, text = _copy(edited, tmp_path)
    seed = seeds / SEED.name
    seed.write_text(seed.read_text("utf-8").replace("2,980", "3,100").replace(
        "Several previous deals to end the fighting in Idlib have collapsed.",
        "Several previous deals to end the fighting in Idlib have collapsed.\n\nThe convoy later returned to Ankara."), "utf-8")
    status, out, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive))
    sheet = archive / f"{IDLIB}.yaml"
    assert status == 0
    assert out.startswith("extract: 1 written, 0 unchanged, 2 up to date, 1 hand-edited kept, 0 failed")
    assert err.splitlines() == [
        f"warning: {sheet}: field 'figures[f2].value': kept the edited value 2890; the new extraction has 3100",
        f"warning: {sheet}: field 'figures[f2].text': kept the edited value '2,890'; the new extraction has '3,100'",
        f"warning: {sheet}: marked reviewed, and the new extraction changed actors[turkey].evidence, actors[russia].evidence, "
        "actors[united-kingdom].evidence, locations[idlib].evidence, locations[ankara], figures[f2].evidence; "
        "check those and keep or remove 'reviewed: true'",
    ]
    data = yaml.safe_load(sheet.read_text("utf-8"))
    assert [loc["id"] for loc in data["locations"]] == ["idlib", "moscow", "ariha", "m4-highway", "saraqib", "ankara"]
    assert data["reviewed"] is True
    # Re-running changes nothing and says nothing: the merge is settled.
    again = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive))
    assert (again[0], again[2]) == (0, "")
    assert _site(capsys, tmp_path) == (0, "")
    _assert_edits_on_site(tmp_path / "docs", F2_SENTENCE.replace("2,980", "3,100"))


def test_merged_and_renamed_entities_redirect_from_their_old_ids(edited):
    from factarchive.archive import load_archive
    from factarchive.corrections import apply_corrections, load_corrections

    out, _ = edited
    sheets, problems = load_archive(out / "archive")
    assert problems == []
    _, redirects = apply_corrections(sheets, load_corrections(out / "archive"))
    assert redirects == {"m4-highway": "m4-motorway", "tayyip-erdogan": "recep-tayyip-erdogan"}


def test_check_validates_corrections_with_file_and_field(edited, tmp_path, capsys):
    _, archive, _ = _copy(edited, tmp_path)
    corrections = archive / "corrections.yaml"
    corrections.write_text("merge:\n  tayyip-erdogan: ../../etc\nrename:\n  nato: ''\nreject: [bosphorus, ghost]\n", "utf-8")
    status, out, err = _run(capsys, "check", "--archive", str(archive))
    assert status == 1
    assert err.splitlines() == [
        f"error: {corrections}: field 'merge.tayyip-erdogan' '../../etc' does not match '^[a-z0-9]+(-[a-z0-9]+)*$'",
        f"error: {corrections}: field 'rename.nato' '' should be non-empty",
    ]
    assert out == f"check: 3 fact sheets valid, 1 invalid in {archive}/\n"
    corrections.write_text("reject: [bosphorus, ghost]\n", "utf-8")
    status, out, err = _run(capsys, "check", "--archive", str(archive))
    assert status == 0
    assert err == f"warning: {corrections}: field 'reject': no fact sheet has an entity 'ghost'; the correction does nothing\n"


def test_site_is_not_generated_over_broken_corrections(edited, tmp_path, capsys):
    _, archive, _ = _copy(edited, tmp_path)
    assert _site(capsys, tmp_path) == (0, "")
    before = {p: p.read_bytes() for p in sorted((tmp_path / "docs").rglob("*")) if p.is_file()}
    (archive / "corrections.yaml").write_text("merge: {bosphorus: bosphorus}\n", "utf-8")
    status, err = _site(capsys, tmp_path)
    assert status == 1
    assert err == (f"error: {archive / 'corrections.yaml'}: field 'merge.bosphorus' expected another entity's id, "
                   "got the same id 'bosphorus' (site not generated)\n")
    assert {p: p.read_bytes() for p in sorted((tmp_path / "docs").rglob("*")) if p.is_file()} == before
