"""Small invented fact sheets for the tests of the catalog (sheetstore) and the published database."""

from __future__ import annotations

from factarchive.archive import write_sheet
from factarchive.model import Actor, Caption, Coordinates, Extractor, FactSheet, Figure, Location, PictureSubject

EXTRACTOR = Extractor(version="0.1.0", model="test", stages=(("read", "1"), ("entities", "2"), ("figures", "3")))
SAID = "Ann Lee said 30 vehicles crossed into Idlib."


def article(sheet_id: str, title: str, *, published: str | None = "2020-03-02", vehicles: int = 30) -> FactSheet:
    """A small invented article: a person, a country, a city, a figure and a captioned photo."""
    said = SAID.replace("30", str(vehicles))
    return FactSheet(
        id=sheet_id, title=title, seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
        published=published, outlet="Test Wire",
        actors=(Actor(id="ann-lee", name="Ann Lee", kind="person", role="spokeswoman", mentions=2,
                      evidence=(said, "Ann Lee left.")),
                Actor(id="syria", name="Syria", kind="country", country_code="SY",
                      coordinates=Coordinates(lat=35.0, lon=38.0), mentions=1, evidence=("Syria said nothing.",))),
        locations=(Location(id="idlib", name="Idlib", kind="city", country="SY",
                            coordinates=Coordinates(lat=35.93, lon=36.63), mentions=1, evidence=(said,)),),
        figures=(Figure(id="f-0000abcd", value=vehicles, text=str(vehicles), counts="vehicles", reported_by="Ann Lee",
                        evidence=(said,)),),
        images=(Caption(id="c-0000abcd", caption="Ann Lee (L) in Idlib.", credit="AFP", place="idlib",
                        people=(PictureSubject(name="Ann Lee", actor="ann-lee", position="L"),)),),
    )


def write_archive(folder, *sheets):
    manifest: dict[str, str] = {}
    for sheet in sheets:
        write_sheet(folder, sheet, manifest)
    return folder
