"""Human corrections survive every rebuild: edit, re-extract (--force, newer extractor, changed seed), build pages.

One archive, built once per module from the real seed plus two small inline
seeds, then edited the way an editor would: article-level fixes in the fact
sheet itself, archive-wide entity fixes in archive/corrections.yaml.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from dataclasses import replace

import pytest
import yaml

from factarchive.cli import main
from factarchive.site import urls
from factarchive.site.machine import read_lookup

from .conftest import SEED

IDLIB = "30-turkish-military-vehicles-enter-syrias-idlib"
BRIDGE = "tayyip-erdogan-opens-new-bridge-in-istanbul"
STORM = "storm-hits-atlanta"
# Figure ids are made from the figure's sentence with its number marked (factarchive/extract/figures.py figure_ids).
GEARS = "f-75c0e2ee"  # "2,980 Turkish military gears" (was f2 when ids were positions)
PEOPLE = "f-ae226eb0"  # "nearly a million people" (was f4)

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
    fig = next(f for f in data["figures"] if f["id"] == GEARS)
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


def _timeless(out: str) -> str:
    """The extract report with its run time as "(T s)"."""
    return re.sub(r"\(\d+\.\d s\)", "(T s)", out)


def _site(capsys, tmp_path) -> tuple[int, str]:
    status, _, err = _run(capsys, "site", "--archive", str(tmp_path / "archive"), "--docs-dir", str(tmp_path / "docs"), "--no-build")
    return status, err


def _lookup(docs, name: str) -> list[dict]:
    """The entities the lookup (entities.json, format 3, and its shards) gives for one name, each as
    {id, name, kind, page, json}."""
    lookup = read_lookup(docs)
    found = []
    for entity_id in lookup["names"][name]:
        entity_name, kind, page = lookup["entities"][entity_id]
        json_file = page.split("#")[0].removesuffix("/").removesuffix(".html") + ".json"
        found.append({"id": entity_id, "name": entity_name, "kind": kind, "page": page, "json": json_file})
    return found


def _article_fact(twin: dict, entity_id: str) -> dict:
    """An actor or place of an article's JSON twin, by id."""
    return next(f for f in (*twin["actors"], *twin["locations"]) if f["id"] == entity_id)


def _assert_edits_on_site(docs, f2_sentence: str) -> None:
    """Every correction, on the generated article page, its JSON twin and the entity pages.

    Only Erdogan is named in two articles (the Idlib seed and the bridge): he alone has an entity page and
    twin. Every other entity lives on its one article's page (urls.entity_home) and in that article's twin.
    """
    article = urls.article(IDLIB)
    page = (docs / article).read_text("utf-8")
    twin = json.loads((docs / urls.article_json(IDLIB)).read_text("utf-8"))
    # Figure fixed in the sheet.
    # Rows of the article page's tables, up to the columns that show the correction (their layout is render's).
    assert f'\n| <a id="{GEARS}"></a>**2,890** | Turkish military gears | 2,890, since March 5 | The UK-based watchdog group |' in page
    assert next(f for f in twin["figures"] if f["id"] == GEARS) == {
        "id": GEARS, "value": 2890, "text": "2,890", "counts": "Turkish military gears",
        "period": "since March 5", "reported_by": "The UK-based watchdog group", "evidence": [f2_sentence]}
    # Renamed in this article only; deleted from this article only; reviewed. NATO is named here only: its row is its home.
    assert '\n| <a id="actor-nato"></a>**North Atlantic Treaty Organization** | organisation |  | 1 |\n' in page
    assert next(a["name"] for a in twin["actors"] if a["id"] == "nato") == "North Atlantic Treaty Organization"
    assert "syrians" not in [a["id"] for a in twin["actors"]]
    assert urls.ACTOR_ANCHOR.format(id="syrians") not in page and urls.entity("syrians") not in page
    assert twin["reviewed"] is True
    # corrections.yaml: rename (id follows the name), merge, reject, split.
    erdogan_page = urls.relative(article, urls.entity("recep-tayyip-erdogan"))
    assert erdogan_page == "../../entities/ea/recep-tayyip-erdogan.md"
    assert (f'\n| <a id="actor-recep-tayyip-erdogan"></a>[Recep Tayyip Erdoğan]({erdogan_page}) '
            '(also Erdogan, Recep Tayyip Erdogan) | person | President of Turkey |') in page
    assert '\n| <a id="place-m4-motorway"></a>**M4 motorway** | facility |  | 1 |\n' in page
    assert next(a for a in twin["actors"] if a["id"] == "recep-tayyip-erdogan")["name"] == "Recep Tayyip Erdoğan"
    erdogan = json.loads((docs / urls.entity_json("recep-tayyip-erdogan")).read_text("utf-8"))
    assert (erdogan["name"], sorted(a["id"] for a in erdogan["articles"])) == ("Recep Tayyip Erdoğan", sorted([IDLIB, BRIDGE]))
    assert "Tayyip Erdogan" in erdogan["aliases"]
    # The split: each Georgia lives on its one article (no page or twin of its own), under its own name.
    for entity_id, name, home in (("georgia", "Georgia", BRIDGE), ("georgia-us-state", "Georgia (U.S. state)", STORM)):
        assert not (docs / urls.entity(entity_id)).exists() and not (docs / urls.entity_json(entity_id)).exists()
        home_twin = json.loads((docs / urls.article_json(home)).read_text("utf-8"))
        assert _article_fact(home_twin, entity_id)["name"] == name
        assert [e for e in _lookup(docs, name) if e["id"] == entity_id] == [{
            "id": entity_id, "json": urls.article_json(home), "kind": "country", "name": name,
            "page": urls.page_url(urls.article(home), anchor=urls.ACTOR_ANCHOR.format(id=entity_id))}]
        assert f'\n| <a id="actor-{entity_id}"></a>**{name.replace("(", "&#40;").replace(")", "&#41;")}** ' in (
            docs / urls.article(home)).read_text("utf-8")
    assert [e["id"] for e in _lookup(docs, "Georgia")] == ["georgia", "georgia-us-state"]  # the name, shared
    entity_pages = sorted(p.stem for p in (docs / "entities").glob("*/*.md"))
    assert entity_pages == ["m4-highway", "recep-tayyip-erdogan", "tayyip-erdogan"]  # one entity page, two redirects
    lookup = read_lookup(docs)
    known = set(lookup["entities"]) | set(lookup["redirects"])
    for gone in ("bosphorus", "syrians"):  # rejected: no page, no row, no lookup entry
        assert gone not in known and not (docs / urls.entity(gone)).exists()
    assert lookup["redirects"] == {"m4-highway": "m4-motorway", "tayyip-erdogan": "recep-tayyip-erdogan"}
    # Moved: a redirect to the new id's home, its own page or (M4, named in one article) its row on that article.
    for old, home, anchor, link in (
            ("tayyip-erdogan", urls.entity("recep-tayyip-erdogan"), "", "[Recep Tayyip Erdoğan]"),
            ("m4-highway", article, "#place-m4-motorway", "[M4 motorway]")):
        moved = (docs / urls.entity(old)).read_text("utf-8")
        assert moved.startswith(f"---\nredirect: {home}{anchor}\n"), moved
        # Links go up to the docs root and down (render's link tables per depth).
        assert f"The entity <code>{old}</code> is now {link}(../../{home}{anchor}).\n" in moved


F2_SENTENCE = ("The UK-based watchdog group said 2,980 Turkish military gears entered Idlib since March 5, when Russia and "
               "Turkey established a cease-fire deal in Idlib between the rebels and the Syrian army.")


def test_force_reextraction_keeps_the_edited_sheet_byte_for_byte(edited, tmp_path, capsys):
    seeds, archive, text = _copy(edited, tmp_path)
    status, out, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive), "--force")
    assert (status, err) == (0, "")
    assert _timeless(out) == f"extract: 3 re-extracted with no change; nothing to check (T s) -> {archive}/\n"
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
    assert _timeless(out) == (
        f"merged: {archive / IDLIB}.yaml (from {SEED.name}): edited by hand; the edit is kept and the new extraction merged into it\n"
        f"updated: {archive / BRIDGE}.yaml (from bridge.txt)\n"
        f"updated: {archive / STORM}.yaml (from storm.txt)\n"
        f"extract: 2 sheets written, 1 hand-edited sheet updated (edit kept); nothing to check (T s) -> {archive}/\n")
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
    assert _timeless(out) == (
        f"conflict: {sheet} (from {SEED.name}): edited by hand; 2 fields where the new extraction disagrees with the edit "
        "kept the edit (listed in the warnings)\n"
        "extract: 1 hand-edited sheet updated (edit kept), 2 already up to date; to check, listed above: 1 sheet with "
        f"conflicts, 3 warnings (T s) -> {archive}/\n")
    assert err.splitlines() == [
        f"warning: {sheet}: field 'figures[{GEARS}].value': kept the edited value 2890; the new extraction has 3100",
        f"warning: {sheet}: field 'figures[{GEARS}].text': kept the edited value '2,890'; the new extraction has '3,100'",
        f"warning: {sheet}: marked reviewed, and the new extraction changed actors[turkey].evidence, actors[russia].evidence, "
        f"actors[united-kingdom].evidence, locations[idlib].evidence, locations[ankara], figures[{GEARS}].evidence; "
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
    assert err == f"warning: {corrections}: line 1: field 'reject.1': no fact sheet has an entity 'ghost'; the correction does nothing\n"


def test_site_is_not_generated_over_broken_corrections(edited, tmp_path, capsys):
    _, archive, _ = _copy(edited, tmp_path)
    assert _site(capsys, tmp_path) == (0, "")
    before = {p: p.read_bytes() for p in sorted((tmp_path / "docs").rglob("*")) if p.is_file()}
    (archive / "corrections.yaml").write_text("reject: [bosphorus]\nmerge: {bosphorus: nato}\n", "utf-8")
    status, err = _site(capsys, tmp_path)
    assert status == 1
    assert err == (f"error: {archive / 'corrections.yaml'}: line 2: field 'merge.bosphorus' expected entities that are not "
                   "rejected, got 'bosphorus' in reject (site not generated)\n")
    assert {p: p.read_bytes() for p in sorted((tmp_path / "docs").rglob("*")) if p.is_file()} == before




def test_editorial_fields_reach_the_entity_pages_and_a_self_merge_is_only_a_warning(edited, tmp_path, capsys):
    """Issue 12 item 2: type, country, coordinates, role and name set once in corrections.yaml, on every page."""
    _, archive, _ = _copy(edited, tmp_path)
    corrections = archive / "corrections.yaml"
    corrections.write_text(CORRECTIONS.replace("merge:\n", "merge:\n  nato: nato\n") + (
        "set:\n"
        "  nato: {kind: group}\n"
        "  idlib: {kind: region, country: SY, coordinates: {lat: 35.93, lon: 36.63}}\n"
        "  russia: {role: Party to the cease-fire}\n"), "utf-8")
    status, err = _site(capsys, tmp_path)
    assert (status, err) == (0, f"warning: {corrections}: line 11: field 'merge.nato': merges 'nato' into itself; "
                                "the correction does nothing (remove it)\n")
    docs = tmp_path / "docs"
    # All three are named in the Idlib article only: they live on its page and in its twin (urls.entity_home).
    twin = json.loads((docs / urls.article_json(IDLIB)).read_text("utf-8"))
    page = (docs / urls.article(IDLIB)).read_text("utf-8")
    nato, idlib, russia = (_article_fact(twin, e) for e in ("nato", "idlib", "russia"))
    assert (nato["kind"], nato["name"]) == ("group", "North Atlantic Treaty Organization")
    assert (idlib["kind"], idlib["country"], idlib["coordinates"]) == ("region", "SY", {"lat": 35.93, "lon": 36.63})
    assert russia["role"] == "Party to the cease-fire"
    assert '\n| <a id="actor-nato"></a>**North Atlantic Treaty Organization** | group |  | 1 |\n' in page
    assert '\n| <a id="actor-russia"></a>**Russia** | country (RU) | Party to the cease-fire | 6 |\n' in page
    assert '\n| <a id="place-idlib"></a>**Idlib** | region | SY | 10 |\n' in page
    assert [(e["id"], e["kind"]) for e in _lookup(docs, "North Atlantic Treaty Organization")] == [("nato", "group")]
    assert not (docs / urls.entity("nato")).exists()  # the self-merge made no redirect page


SOLDIERS = "The convoy also carried 400 soldiers, the monitor said."  # a figure before the corrected one


def _positional_ids(monkeypatch) -> None:
    """Extract as factarchive did before content ids: figures and captions numbered by place (f1, f2, ..., c1, ...)."""
    from factarchive.extract import captions, figures

    monkeypatch.setattr(figures, "figure_ids", lambda pairs: [f"f{n}" for n, _ in enumerate(pairs, start=1)])
    build = captions.build_caption
    monkeypatch.setattr(captions, "build_caption", lambda index, *args, **kw: replace(build(index, *args, **kw), id=f"c{index}"))


def _dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10_000)


@pytest.mark.issue(12)
@pytest.mark.parametrize("made_with", ["content ids", "positional ids"])
def test_an_edit_stays_on_its_figure_when_one_more_is_found_before_it(made_with, tmp_path, capsys, monkeypatch):
    """Issue 12: an editor sets 'nearly a million people' to 2,890; re-extraction finds another figure earlier.

    The corrected figure keeps the edit and the new figure is the machine's, untouched. With "positional ids"
    the archive was made before content ids (the corrected figure is f4) and migrates on this merge.
    """
    seeds, archive = tmp_path / "seeds", tmp_path / "archive"
    seeds.mkdir()
    seed = seeds / SEED.name
    shutil.copy(SEED, seed)
    with monkeypatch.context() as before:
        if made_with == "positional ids":
            _positional_ids(before)
        status, _, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive))
    assert (status, err) == (0, "")
    sheet = archive / f"{IDLIB}.yaml"
    data = yaml.safe_load(sheet.read_text("utf-8"))
    if made_with == "positional ids":
        assert ([f["id"] for f in data["figures"]], [c["id"] for c in data["images"]]) == (
            ["f1", "f2", "f3", "f4", "f5", "f6", "f7"], ["c1", "c2", "c3"])
    corrected = next(f for f in data["figures"] if f["text"] == "nearly a million")
    assert corrected["id"] == {"content ids": PEOPLE, "positional ids": "f4"}[made_with]
    corrected["value"], corrected["text"] = 2890, "2,890"
    data["images"][0]["date"] = "2020-02-26"  # and a caption fixed by hand
    sheet.write_text(_dump(data), "utf-8")

    seed.write_text(seed.read_text("utf-8").replace(
        "said the Syrian Observatory for Human Rights.\n", f"said the Syrian Observatory for Human Rights.\n\n{SOLDIERS}\n"), "utf-8")
    status, out, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive))
    assert (status, err) == (0, "")
    assert _timeless(out) == (
        f"merged: {sheet} (from {SEED.name}): edited by hand; the edit is kept and the new extraction merged into it\n"
        f"extract: 1 hand-edited sheet updated (edit kept); nothing to check (T s) -> {archive}/\n")

    machine = yaml.safe_load((archive / ".machine" / f"{IDLIB}.yaml").read_text("utf-8"))
    soldiers = next(f for f in machine["figures"] if f["text"] == "400")
    assert soldiers == {"id": "f-c8f55416", "value": 400, "text": "400", "counts": "soldiers", "reported_by": "the monitor",
                        "evidence": [SOLDIERS]}
    assert [f["id"] for f in machine["figures"]] == [
        "f-5905e563", "f-c8f55416", GEARS, "f-af3bcb73", PEOPLE, "f-89e801da", "f-412face5", "f-f289f0fa"]
    # The machine's sheet, with the person's two fixes, and the new figure after the person's (a merge keeps their order).
    expected = copy.deepcopy(machine)
    expected["figures"] = [f for f in expected["figures"] if f["id"] != soldiers["id"]] + [soldiers]
    fixed = next(f for f in expected["figures"] if f["id"] == PEOPLE)
    fixed["value"], fixed["text"] = 2890, "2,890"
    expected["images"][0]["date"] = "2020-02-26"
    assert yaml.safe_load(sheet.read_text("utf-8")) == expected

    assert _site(capsys, tmp_path) == (0, "")
    page = (tmp_path / "docs" / urls.article(IDLIB)).read_text("utf-8")
    assert f'\n| <a id="{PEOPLE}"></a>**2,890** | people | 2,890 (nearly), in three months | their two leaders |' in page
    assert '\n| <a id="f-c8f55416"></a>**400** | soldiers | 400 | the monitor |' in page
