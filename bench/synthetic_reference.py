"""Write a reproducible synthetic reference dataset in the documented format.

    python bench/synthetic_reference.py OUT_DIR [--entities 1000000] [--facts 200000] [--seed 7]

People get realistic multi-word names (given names, optional middle initial
or second given name, one or two surnames), aliases and dated roles;
organizations and places get multi-word names. Entities are written as
YAML in files of 50,000 records, facts as CSV. The same arguments always
write the same bytes.
"""
from __future__ import annotations

import argparse
import os
import random

GIVEN = """Aaliyah Aaron Abdul Ada Adele Adrian Ahmed Aiko Alan Alejandro Alexei Ali Alice Amara Amir Ana Anders
Andrea Andrei Angela Anil Anna Antoine Anya Arjun Astrid Ayesha Bao Beatriz Ben Bianca Boris Bruno Carla Carlos
Carmen Chen Chidi Chloe Claire Dalia Daniel Daria David Deepak Diego Dmitri Elena Elif Emeka Emil Emma Erik Esther
Fatima Felipe Fiona Francesca Gabriel Giulia Grace Hamid Hana Hannah Hassan Helena Hiro Ibrahim Ines Ingrid Irina
Isaac Ivan Jamal James Jana Javier Jean Jin Joao Jonas Jorge Jose Julia Kamala Karim Katarzyna Kenji Kofi Lara
Laura Leila Lena Leon Li Lina Lucas Luis Maria Marek Marta Mateo Mei Mia Miguel Mohammed Nadia Naveen Nia Nikolai
Nora Olga Omar Oscar Pablo Paolo Pedro Priya Rafael Rahul Rania Ravi Rosa Ruth Sami Sara Sergei Shira Sofia Sven
Tariq Teresa Thomas Tomas Valentina Victor Wei Yara Yusuf Zainab Zoltan""".split()
SURNAMES = """Abara Acheampong Adeyemi Aguilar Ahmadi Alvarez Andersen Antonov Arslan Bakker Banerjee Barros Becker
Bianchi Bondarenko Brennan Campos Castillo Chandra Chowdhury Costa Dahl Da Silva Delgado Demir Dietrich Dubois
Eriksson Esposito Farouk Ferreira Fischer Fontaine Gallagher Garcia Ghosh Gomez Greco Gruber Haddad Hansen
Hashemi Herrera Hoffmann Horvath Huang Ibrahimovic Iyer Jankowski Jensen Kaplan Kaur Kowalski Kuznetsov Larsen
Laurent Lindqvist Lombardi Lopez Mahmoud Marino Martinez Mendes Moreau Morozov Murphy Nakamura Nascimento Nguyen
Novak Nowak Okafor Okonkwo Oliveira Olsen Ortiz Osei Pappas Park Petrov Popescu Quispe Rahman Ramos Reyes Ricci
Rodrigues Romano Rossi Sahin Santos Sato Schmidt Schneider Sharma Silva Sokolov Suzuki Takahashi Tanaka Torres
Ueda Vargas Vasquez Veselov Volkov Wagner Walsh Weber Yamamoto Yilmaz Zhang Zielinski""".split()
ORG_WORDS = """Agency Alliance Authority Bank Board Bureau Center Coalition College Commission Committee Company
Corporation Council Federation Foundation Fund Group Institute League Ministry Network Office Party Society
Trust Union University""".split()
ORG_TOPICS = """Agriculture Aviation Climate Commerce Culture Defense Development Education Energy Environment Finance
Fisheries Health Housing Industry Infrastructure Justice Labor Maritime Media Mining Ports Railways Research Science
Shipping Space Sport Technology Tourism Trade Transport Water Welfare""".split()
PLACE_PARTS = """North South East West New Upper Lower Port Saint Lake Mount Fort""".split()
PLACE_ROOTS = """Alder Amber Ash Bay Beech Bright Brook Cedar Clear Cliff Crest Crown Dale Deer Eagle Elm Fair Fern
Glen Gold Green Hazel Heath High Holly Iron Ivy King Lark Lime Maple Marsh Meadow Mill Moss Oak Pine Red River Rock
Rose Sand Silver Spring Stone Summer Thorn Timber Vale Willow Wind Wolf""".split()
PLACE_ENDS = "ton ville field ford bury wood haven mouth port dale stead wick".split()
TITLES = """Minister of Finance|Minister of Health|Foreign Minister|Prime Minister|President|Governor|Mayor|
Chief Executive|Chairman|Ambassador|Senator|Secretary-General|Chief Justice|Defense Minister|Spokesperson|
Director|Commissioner|Speaker|Attorney General|Central Bank Governor""".replace("\n", "").split("|")
UNITS = ["people", "troops", "km", "USD", "percent", "members", "tonnes", "kg", "EUR", "votes"]
STATEMENTS = ["population of {}", "budget of {}", "members of {}", "area of {}", "staff of {}",
              "votes cast in {}", "exports of {}", "debt of {}", "troops deployed by {}", "length of {} railway"]
CHUNK = 50_000


def date(rng: random.Random, start: int = 1950, end: int = 2024) -> str:
    return f"{rng.randint(start, end)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def person(rng: random.Random) -> tuple[str, list[str]]:
    given = rng.choice(GIVEN)
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.3:
        surname = f"{surname}-{rng.choice(SURNAMES)}"
    middle = rng.choice([None, None, f"{rng.choice('ABCDEFGHJKLMNPRST')}.", rng.choice(GIVEN)])
    name = " ".join(part for part in (given, middle, surname) if part)
    aliases = []
    if middle:
        aliases.append(f"{given} {surname}")
    if rng.random() < 0.2:
        aliases.append(f"{given[0]}. {surname}")
    return name, aliases


def organization(rng: random.Random) -> tuple[str, list[str]]:
    name = f"{rng.choice(PLACE_ROOTS)}{rng.choice(PLACE_ENDS)} {rng.choice(ORG_TOPICS)} {rng.choice(ORG_WORDS)}"
    acronym = "".join(word[0] for word in name.split()).upper()
    return name, [acronym] if rng.random() < 0.5 else []


def place(rng: random.Random) -> tuple[str, list[str]]:
    root = f"{rng.choice(PLACE_ROOTS)}{rng.choice(PLACE_ENDS)}"
    name = f"{rng.choice(PLACE_PARTS)} {root}" if rng.random() < 0.4 else root
    return name, []


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_entities(out: str, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Write entity YAML files; returns (id, name) of every entity."""
    made: list[tuple[str, str]] = []
    for chunk_start in range(0, count, CHUNK):
        lines = ["entities:"]
        for number in range(chunk_start, min(count, chunk_start + CHUNK)):
            kind = rng.choices(["person", "organization", "place"], weights=[6, 2, 2])[0]
            name, aliases = {"person": person, "organization": organization, "place": place}[kind](rng)
            record_id = f"e{number:07d}"
            made.append((record_id, name))
            lines.append(f"  - id: {record_id}")
            lines.append(f"    name: {quote(name)}")
            lines.append(f"    type: {kind}")
            if aliases:
                lines.append(f"    aliases: [{', '.join(quote(alias) for alias in aliases)}]")
            if kind == "person" and rng.random() < 0.5:
                lines.append("    roles:")
                for _ in range(rng.randint(1, 2)):
                    start = date(rng, 1980, 2020)
                    end = f", to: {date(rng, int(start[:4]) + 1, 2024)}" if rng.random() < 0.6 else ""
                    of = rng.choice(made)[0] if rng.random() < 0.3 else rng.choice(PLACE_ROOTS) + "land"
                    lines.append(f"      - {{title: {quote(rng.choice(TITLES))}, of: {quote(of)}, from: {start}{end}}}")
            lines.append(f"    source: https://example.org/synthetic/{record_id}")
        with open(os.path.join(out, f"entities-{chunk_start // CHUNK:03d}.yaml"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    return made


def write_facts(out: str, count: int, entities: list[tuple[str, str]], rng: random.Random) -> None:
    with open(os.path.join(out, "facts.csv"), "w", encoding="utf-8") as handle:
        handle.write("id,statement,value,unit,tolerance,as_of,entities,keywords,source\n")
        for number in range(count):
            entity_id, entity_name = rng.choice(entities)
            statement = rng.choice(STATEMENTS).format(entity_name)
            value = round(rng.lognormvariate(8, 3), rng.choice([0, 0, 1, 2]))
            tolerance = rng.choice(["", "", "5%", "1%"])
            keywords = ";".join(word for word in statement.split()[:2] if len(word) > 3)
            handle.write(
                f'f{number:07d},"{statement}",{value},{rng.choice(UNITS)},{tolerance},{date(rng, 2000, 2024)},'
                f"{entity_id},{keywords},https://example.org/synthetic/f{number:07d}\n"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--entities", type=int, default=1_000_000)
    parser.add_argument("--facts", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    entities = write_entities(args.out, args.entities, rng)
    write_facts(args.out, args.facts, entities, rng)
    print(f"wrote {args.entities} entities and {args.facts} facts to {args.out}")


if __name__ == "__main__":
    main()
