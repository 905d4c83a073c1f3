"""benchmarks/evaluate.py end to end: invented gold -> seeds -> real readers and extraction -> fact sheets -> scores."""

from __future__ import annotations

import json
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import evaluate  # noqa: E402

CONLL = """-DOCSTART- -X- O O

Blair NNP I-NP I-PER
visits VBZ I-VP O
Paris NNP I-NP I-LOC
. . O O

Prime NNP I-NP O
Minister NNP I-NP O
Tony NNP I-NP I-PER
Blair NNP I-NP I-PER
arrived VBD I-VP O
in IN I-PP O
Paris NNP I-NP I-LOC
on IN I-PP O
Monday NNP I-NP O
. . O O

"""


def test_fact_sheets_of_an_invented_conll_document_are_scored(tmp_path, capsys):
    gold = tmp_path / "gold"
    (gold / "conll2003").mkdir(parents=True)
    (gold / "conll2003" / "dev.txt").write_text(CONLL, encoding="utf-8")
    out = tmp_path / "scores.json"
    keep = tmp_path / "kept"
    assert evaluate.main(["--set", "conll", "--gold", str(gold), "--json", str(out), "--errors", "PERSON", "--keep", str(keep)]) == 0
    assert (keep / "conll" / "index.tsv").read_text(encoding="utf-8") == "0001.txt\tdoc0001\n"
    assert (keep / "conll" / "seeds" / "0001.txt").read_text(encoding="utf-8") == (
        "Blair visits Paris.\n\nPrime Minister Tony Blair arrived in Paris on Monday.\n")
    assert [p.name for p in (keep / "conll" / "archive").glob("*.yaml")] == ["blair-visits-paris.yaml"]
    data = json.loads(out.read_text(encoding="utf-8"))
    conll = data["sets"]["conll"]
    assert (conll["documents"], conll["blocks"], conll["tokens"], conll["failed"]) == (1, 2, 14, [])
    ours = conll["scores"]["factarchive"]
    # Tony Blair (alias Blair) and Paris, in both sentences: every gold name and mention found.
    assert {cls: (v["tp"], v["fp"], v["fn"]) for cls, v in ours["article"].items()} == {
        "PERSON": (2, 0, 0), "ORG": (0, 0, 0), "LOC": (1, 0, 0), "ALL": (3, 0, 0)}
    assert {cls: (v["tp"], v["fp"], v["fn"]) for cls, v in ours["mention"].items()} == {
        "PERSON": (2, 0, 0), "ORG": (0, 0, 0), "LOC": (2, 0, 0), "ALL": (4, 0, 0)}
    assert ours["article"]["ALL"]["f1"] == 1.0
    assert set(conll["scores"]) == {"raw spaCy", "model only", "factarchive"}
    assert [(t["check"], t["pass"]) for t in data["targets"]] == [("CoNLL-2003 dev ALL F1", True), ("CoNLL-2003 dev ORG F1", False)]
    printed = capsys.readouterr().out
    assert "| article | PERSON | 2 |" in printed
    assert ("factarchive errors, PERSON, conll:\n"  # none
            "\nTargets (issue 11 item 3; article-level, fact sheets):\n"
            "PASS CoNLL-2003 dev ALL F1 1.000 (target >= 0.88)\n"
            "FAIL CoNLL-2003 dev ORG F1 0.000 (target >= 0.80)\n") in printed


def test_skips_cleanly_without_the_corpus(tmp_path, capsys):
    assert evaluate.main(["--gold", str(tmp_path / "absent")]) == 0
    absent = tmp_path / "absent"
    assert capsys.readouterr().out == (f"skipped ieer: no gold at {absent / 'ieer'}\n"
                                       f"skipped conll: no gold at {absent / 'conll2003' / 'dev.txt'}\n"
                                       f"skipped ontonotes: no gold at {absent / 'ontonotes_nw' / 'dev.txt'}\n")
