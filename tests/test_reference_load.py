"""Loading and validating reference datasets (docs: the reference data format, version 1)."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from factcheck.errors import ReferenceDataError
from factcheck.reference.load import describe, load_reference
from factcheck.reference.model import PartialDate, Tolerance

DATASETS = Path(__file__).resolve().parent / "data" / "reference"


def write_dataset(tmp_path: Path, files: dict[str, str]) -> Path:
    """A dataset directory named `ref`, so messages read `ref/<file>:<line>: ...`."""
    root = tmp_path / "ref"
    for name, text in files.items():
        file = root / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    root.mkdir(exist_ok=True)
    return root


def load_errors(path: Path) -> list[str]:
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(path)
    return caught.value.errors


# --- valid datasets -------------------------------------------------------


def test_spec_example_loads():
    reference = load_reference(DATASETS / "spec_example")
    person = reference.get("shah-mehmood-qureshi")
    assert person.name == "Shah Mehmood Qureshi"
    assert person.type == "person"
    assert person.aliases == ("Shah Mahmood Qureshi",)
    (role,) = person.roles
    assert (role.title, role.of) == ("Foreign Minister", "Pakistan")
    assert (role.start, role.end) == (PartialDate(2018, 8, 20), PartialDate(2022, 4, 10))
    fact = reference.get("us-troops-afghanistan-2019")
    assert fact.statement == "U.S. troops in Afghanistan"
    assert fact.value == 14000
    assert fact.unit == "troops"
    assert fact.as_of == PartialDate(2019, 9, 1)
    assert fact.keywords == ("troops", "Afghanistan", "U.S.")
    assert fact.source == "https://example.org/pentagon-briefing"
    assert (fact.file, fact.line) == ("spec_example/example.yaml", 9)


def test_yaml_yml_and_csv_files_below_the_directory_are_merged_in_path_order():
    reference = load_reference(DATASETS / "merged")
    # facts.csv < people.yaml < places/places.yml
    assert [fact.id for fact in reference.facts] == [
        "harbour-length", "harbour-ships", "harbour-budget", "society-members-1850",
    ]
    assert [entity.id for entity in reference.entities] == [
        "ada-lovelace", "analytical-society", "north-harbour", "norway",
    ]
    norway = reference.get("norway")
    assert (norway.file, norway.line) == ("merged/places/places.yml", 5)
    assert norway.aliases == ("NO", "Norge")  # not YAML 1.1's boolean False


def test_csv_rows_become_facts():
    reference = load_reference(DATASETS / "merged")
    ships = reference.get("harbour-ships")
    assert ships.value == 1250  # written "1,250"
    assert ships.tolerance == Tolerance(50, relative=False)
    assert ships.as_of == PartialDate(2019, 9)
    assert ships.entities == ("north-harbour", "norway")
    assert ships.keywords == ("ships", "harbour")
    assert ships.notes == "counted by the port"
    assert ships.source is None  # empty cell: absent
    assert (ships.file, ships.line) == ("merged/facts.csv", 3)
    budget = reference.get("harbour-budget")
    assert budget.value == (2_500_000, 3_000_000)
    assert budget.as_of == PartialDate(2019)
    assert reference.get("harbour-length").value == 2.4


def test_roles_keep_of_as_written_and_dates_open_ended_when_absent():
    ada = load_reference(DATASETS / "merged").get("ada-lovelace")
    chair, member = ada.roles
    assert chair.of == "analytical-society"
    assert (chair.start, chair.end) == (PartialDate(1840, 3), PartialDate(1852))
    assert member.of == "Royal Statistical Society"
    assert (member.start, member.end) == (None, None)


def test_describe_summarises_a_valid_dataset():
    reference = load_reference(DATASETS / "merged")
    assert describe(reference) == (
        "merged: 4 entities (1 person, 1 organization, 2 places), 4 facts, 2 roles — valid"
    )
    assert describe(load_reference(DATASETS / "spec_example")) == (
        "spec_example: 1 entity (1 person), 1 fact, 1 role — valid"
    )


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2019-09-01", PartialDate(2019, 9, 1)),
        ("'2019-09-01'", PartialDate(2019, 9, 1)),
        ("2019-09", PartialDate(2019, 9)),
        ("2019", PartialDate(2019)),
        ("'2019'", PartialDate(2019)),
    ],
)
def test_dates_at_day_month_and_year_precision(tmp_path, written, expected):
    root = write_dataset(tmp_path, {"facts.yaml": f"""
        facts:
          - id: f
            statement: s
            value: 1
            as_of: {written}
        """})
    assert load_reference(root).get("f").as_of == expected


@pytest.mark.parametrize(
    "written, expected",
    [
        ("14000", 14000),
        ("2.5e6", 2_500_000),
        ("'14,000'", 14000),
        ("-3.5", -3.5),
        ("[13000, 14000]", (13000, 14000)),
        ("[5, 5]", (5, 5)),
        ("13000..14000", (13000, 14000)),
    ],
)
def test_values_and_ranges(tmp_path, written, expected):
    root = write_dataset(tmp_path, {"facts.yaml": f"""
        facts:
          - id: f
            statement: s
            value: {written}
        """})
    assert load_reference(root).get("f").value == expected


@pytest.mark.parametrize(
    "written, expected",
    [
        ('"5%"', Tolerance(0.05, relative=True)),
        ("0.5%", Tolerance(0.005, relative=True)),
        ("500", Tolerance(500, relative=False)),
        ("0", Tolerance(0, relative=False)),
    ],
)
def test_tolerances(tmp_path, written, expected):
    root = write_dataset(tmp_path, {"facts.yaml": f"""
        facts:
          - id: f
            statement: s
            value: 1000
            tolerance: {written}
        """})
    tolerance = load_reference(root).get("f").tolerance
    assert tolerance.relative == expected.relative
    assert tolerance.amount == pytest.approx(expected.amount)


def test_empty_files_and_empty_sections_are_allowed(tmp_path):
    root = write_dataset(tmp_path, {"empty.yaml": "", "sections.yaml": "entities:\nfacts: []\n", "a.csv": "id,statement,value\n"})
    reference = load_reference(root)
    assert (reference.entities, reference.facts) == ((), ())


def test_a_single_data_file_can_be_loaded(tmp_path):
    root = write_dataset(tmp_path, {"facts.csv": "id,statement,value\nf,s,3\n"})
    assert load_reference(root / "facts.csv").get("f").value == 3


# --- errors ---------------------------------------------------------------

ENTITY = """
entities:
  - id: imran-khan
    name: Imran Khan
    type: person
"""

ERROR_CASES = {
    "unknown key": (
        ENTITY + "    alias: [IK]\n",
        "ref/e.yaml:2: entity 'imran-khan': alias: unknown key (did you mean 'aliases'?)",
    ),
    "missing required key": (
        "entities:\n  - id: imran-khan\n    type: person\n",
        "ref/e.yaml:2: entity 'imran-khan': name: required key is missing",
    ),
    "aliases not a list": (
        ENTITY + "    aliases: IK\n",
        "ref/e.yaml:2: entity 'imran-khan': aliases: expected a list, got text 'IK'",
    ),
    "name not text": (
        "entities:\n  - id: imran-khan\n    name: [Imran, Khan]\n    type: person\n",
        "ref/e.yaml:2: entity 'imran-khan': name: expected text, got a list",
    ),
    "bad id": (
        "entities:\n  - id: Imran Khan\n    name: Imran Khan\n    type: person\n",
        "ref/e.yaml:2: entity 'Imran Khan': id: 'Imran Khan' is not a valid id (use lower-case letters, digits and '-')",
    ),
    "bad entity type": (
        "entities:\n  - id: imran-khan\n    name: Imran Khan\n    type: human\n",
        "ref/e.yaml:2: entity 'imran-khan': type: 'human' is not an entity type"
        " (expected one of: person, organization, place, group, other)",
    ),
    "bad role date (the format's own example)": (
        ENTITY + "    roles:\n      - {title: Prime Minister, from: 2018-13-01}\n",
        "ref/e.yaml:2: entity 'imran-khan': roles[0].from: '2018-13-01' is not a date (YYYY-MM-DD)",
    ),
    "role missing title": (
        ENTITY + "    roles:\n      - {of: Pakistan}\n",
        "ref/e.yaml:2: entity 'imran-khan': roles[0].title: required key is missing",
    ),
    "role ends before it starts": (
        ENTITY + "    roles:\n      - {title: Prime Minister, from: 2022, to: 2018-08}\n",
        "ref/e.yaml:2: entity 'imran-khan': roles[0].from: 2022 is after 'to' 2018-08",
    ),
    "record given a key twice": (
        ENTITY + "    name: Imran Ahmed Khan\n",
        "ref/e.yaml:2: entity 'imran-khan': name: given twice (again on line 5)",
    ),
    "bad fact date": (
        "facts:\n  - id: f\n    statement: s\n    value: 1\n    as_of: 2019-9-31\n",
        "ref/e.yaml:2: fact 'f': as_of: '2019-9-31' is not a date (YYYY-MM-DD)",
    ),
    "bad month": (
        "facts:\n  - id: f\n    statement: s\n    value: 1\n    valid_from: 2019-13\n",
        "ref/e.yaml:2: fact 'f': valid_from: '2019-13' is not a date (YYYY-MM)",
    ),
    "bad number": (
        "facts:\n  - id: f\n    statement: s\n    value: fourteen thousand\n",
        "ref/e.yaml:2: fact 'f': value: 'fourteen thousand' is not a number",
    ),
    "range low above high": (
        "facts:\n  - id: f\n    statement: s\n    value: [14000, 13000]\n",
        "ref/e.yaml:2: fact 'f': value: [14000, 13000] is not a range (low is above high)",
    ),
    "range of three": (
        "facts:\n  - id: f\n    statement: s\n    value: [1, 2, 3]\n",
        "ref/e.yaml:2: fact 'f': value: a range is [low, high], got 3 items",
    ),
    "bad tolerance": (
        "facts:\n  - id: f\n    statement: s\n    value: 1\n    tolerance: five percent\n",
        "ref/e.yaml:2: fact 'f': tolerance: 'five percent' is not a tolerance"
        " (a percentage like '5%' or an absolute amount like 500)",
    ),
    "negative tolerance": (
        "facts:\n  - id: f\n    statement: s\n    value: 1\n    tolerance: -5%\n",
        "ref/e.yaml:2: fact 'f': tolerance: '-5%' is not a tolerance (it must not be negative)",
    ),
    "fact names an unknown entity": (
        ENTITY + "facts:\n  - id: f\n    statement: s\n    value: 1\n    entities: [imran-khan, imran-kahn]\n",
        "ref/e.yaml:6: fact 'f': entities[1]: 'imran-kahn' is not the id of any entity",
    ),
    "fact names a fact as its entity": (
        "facts:\n  - id: f\n    statement: s\n    value: 1\n    entities: [f]\n",
        "ref/e.yaml:2: fact 'f': entities[0]: 'f' is the id of a fact, not an entity",
    ),
    "record without an id": (
        "facts:\n  - statement: s\n    value: 1\n",
        "ref/e.yaml:2: fact (no id): id: required key is missing",
    ),
    "record that is not a mapping": (
        "facts:\n  - id: f\n    statement: s\n    value: 1\n  - just a sentence\n",
        "ref/e.yaml:5: facts[1]: expected a fact record (a mapping of keys to values), got text 'just a sentence'",
    ),
    "file not a mapping": (
        "- id: f\n  statement: s\n",
        "ref/e.yaml:1: expected a mapping with 'entities:' and/or 'facts:' lists, got a list",
    ),
    "unknown top-level key": (
        "entity:\n  - id: f\n",
        "ref/e.yaml:1: entity: unknown top-level key (did you mean 'entities'?)",
    ),
    "section not a list": (
        "facts:\n  id: f\n",
        "ref/e.yaml:1: facts: expected a list of records, got a mapping",
    ),
}


@pytest.mark.parametrize("text, expected", ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_each_problem_is_reported_with_file_line_record_and_field(tmp_path, text, expected):
    root = write_dataset(tmp_path, {"e.yaml": text})
    assert load_errors(root) == [expected]


def test_a_yaml_syntax_error_names_its_line(tmp_path):
    root = write_dataset(tmp_path, {"e.yaml": "entities:\n  - id: a\n    name: Imran: Khan\n"})
    (error,) = load_errors(root)
    # the wording after the prefix is the YAML parser's own
    assert error.startswith("ref/e.yaml:3: YAML syntax error: mapping values are not allowed")


def test_an_unclosed_quote_names_where_it_began(tmp_path):
    root = write_dataset(tmp_path, {"e.yaml": 'entities:\n  - id: a\n    name: "Imran\n    type: person\n'})
    (error,) = load_errors(root)
    assert error.startswith("ref/e.yaml:")
    assert "YAML syntax error" in error and "line 3" in error


CSV_CASES = {
    "bad number in a row": (
        "id,statement,value\nf1,s,14000\nf2,s,abc\n",
        ["ref/t.csv:3: fact 'f2': value: 'abc' is not a number"],
    ),
    "bad range in a row": (
        "id,statement,value\nf1,s,14000..13000\n",
        ["ref/t.csv:2: fact 'f1': value: 14000..13000 is not a range (low is above high)"],
    ),
    "row line counts quoted line breaks": (
        'id,statement,value,notes\nf1,s,1,"two\nlines"\nf2,s,x,\n',
        ["ref/t.csv:4: fact 'f2': value: 'x' is not a number"],
    ),
    "unknown column": (
        "id,statement,value,colour\nf1,s,1,red\n",
        ["ref/t.csv:1: column 'colour': unknown column (expected one of: id, statement, value, unit,"
         " tolerance, as_of, valid_from, valid_to, entities, keywords, source, notes)"],
    ),
    "missing required column": (
        "id,value\nf1,1\n",
        ["ref/t.csv:1: column 'statement': required column is missing"],
    ),
    "empty required cell": (
        "id,statement,value\nf1,,1\n",
        ["ref/t.csv:2: fact 'f1': statement: is empty (required)"],
    ),
    "cell beyond the header": (
        "id,statement,value\nf1,s,1,extra\n",
        ["ref/t.csv:2: fact 'f1': cell 4: 'extra' is in a column the header does not name"],
    ),
}


@pytest.mark.parametrize("text, expected", CSV_CASES.values(), ids=CSV_CASES.keys())
def test_csv_problems_name_the_file_and_row(tmp_path, text, expected):
    root = write_dataset(tmp_path, {"t.csv": text})
    assert load_errors(root) == expected


def test_duplicate_ids_across_files_name_the_first_definition(tmp_path):
    root = write_dataset(tmp_path, {
        "a.yaml": "entities:\n  - id: imran-khan\n    name: Imran Khan\n    type: person\n",
        "b/facts.csv": "id,statement,value\nother,s,1\nimran-khan,s,2\n",
    })
    assert load_errors(root) == [
        "ref/b/facts.csv:3: fact 'imran-khan': id: duplicate id: 'imran-khan' is already the id"
        " of the entity at ref/a.yaml:2",
    ]


def test_five_planted_errors_are_all_reported_in_file_and_line_order():
    errors = load_errors(DATASETS / "five_errors")
    assert errors == [
        "five_errors/counts.csv:2: fact 'compilers-1960': value: 'about 200' is not a number",
        "five_errors/facts.yaml:2: fact 'navy-ships-1985': entities[1]: 'us-navy' is not the id of any entity",
        "five_errors/people.yaml:2: entity 'grace-hopper': id: duplicate id: 'grace-hopper'"
        " is already the id of the fact at five_errors/facts.yaml:9",
        "five_errors/people.yaml:2: entity 'grace-hopper': roles[0].from: '1983-13-01' is not a date (YYYY-MM-DD)",
        "five_errors/people.yaml:10: entity 'navy': type: 'organisation' is not an entity type"
        " (did you mean 'organization'?)",
    ]


def test_every_problem_of_one_record_is_reported(tmp_path):
    root = write_dataset(tmp_path, {"e.yaml": """
        facts:
          - id: f
            value: abc
            as_of: someday
            tolerance: lots
        """})
    assert load_errors(root) == [
        "ref/e.yaml:2: fact 'f': statement: required key is missing",
        "ref/e.yaml:2: fact 'f': value: 'abc' is not a number",
        "ref/e.yaml:2: fact 'f': tolerance: 'lots' is not a tolerance"
        " (a percentage like '5%' or an absolute amount like 500)",
        "ref/e.yaml:2: fact 'f': as_of: 'someday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
    ]


def test_the_error_names_the_dataset_and_how_to_list_the_problems(tmp_path):
    root = write_dataset(tmp_path, {"e.yaml": "facts:\n  - id: f\n"})
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(root)
    assert str(caught.value) == (
        f"reference data in {root} has 2 errors (run 'factcheck reference validate {root}' to list them)"
    )


def test_a_missing_path_is_an_error(tmp_path):
    missing = tmp_path / "nowhere"
    assert load_errors(missing) == [f"{missing}: no such file or directory"]


def test_a_directory_without_data_files_is_an_error(tmp_path):
    root = write_dataset(tmp_path, {"README.md": "notes", ".hidden/x.yaml": "facts: []\n"})
    assert load_errors(root) == [f"{root}: no reference data files (*.yaml, *.yml, *.csv) found"]


def test_a_file_that_is_not_utf8_is_an_error(tmp_path):
    root = write_dataset(tmp_path, {})
    (root / "latin1.csv").write_bytes("id,statement,value\nf,caf\xe9,1\n".encode("latin-1"))
    assert load_errors(root) == ["ref/latin1.csv:2: not UTF-8 text (save the file as UTF-8)"]


def test_relative_paths_are_shown_as_given(tmp_path, monkeypatch):
    write_dataset(tmp_path, {"e.yaml": "facts:\n  - id: f\n    statement: s\n    value: x\n"})
    monkeypatch.chdir(tmp_path)
    assert load_errors(Path("./ref")) == ["ref/e.yaml:2: fact 'f': value: 'x' is not a number"]
