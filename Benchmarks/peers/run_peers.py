#!/usr/bin/env python3
"""Cordon's labelled evaluation set, run through peer tools on the same lists.

Reads a FollowTheMoney export of the bundled lists (made by
`cordon lists export --output FILE`) and Tests/Fixtures/matching/evaluation_set.jsonl,
and reports, for each tool, time per query, recall@1, recall@10 and the
false-positive rate at the tool's usual threshold, the way
Sources/CordonMatch/Evaluation/ScreeningEvaluation.swift counts them:

- every positive's held-out name is removed from its entity's names before
  anything is indexed (all held-out names at once, exact text, as
  `Screener(snapshots:excluding:)` does);
- a query is a bare name (no schema, date or country);
- recall@k: the expected entity is among the first k matches at or above the
  threshold; a match on another list (OFAC SDN vs consolidated, OFAC vs UN)
  whose names fold to one of the expected entity's names is the same party and
  is skipped when ranking (`ScreeningEvaluation.isSameParty`);
- false positive: a negative query with any match at or above the threshold.

Tools:
- nomenklatura `logic-v2` (LogicV2; threshold 0.7, yente's default) and
  `ofac` (OFACMatcher, the emulation of OFAC Sanctions List Search;
  threshold 0.85, OFAC's customary minimum score, also Cordon's for its own
  OFAC mode), in process on FollowTheMoney entity proxies. Scoring every
  listed entity for every query is far too slow (about 20k entities x 1,400
  queries), so candidates are blocked first, as yente does with its search
  index: a token index over every name (ASCII-transliterated tokens, plus an
  English-style romanization of Cyrillic, and their metaphone codes), candidates ranked by the summed IDF of shared keys, the
  best --candidates (default 100, yente's 10 x limit) are scored.
  Since the query has no schema, it is given each candidate's schema (a name
  with unknown type), so schema never rules a candidate out.
- RapidFuzz `process.extract` with `fuzz.WRatio` and with
  `fuzz.token_sort_ratio` (threshold 85) over every listed name with
  `utils.default_process`; the best score per entity ranks it.
  No transliteration: that is how RapidFuzz is used as a fuzzy-name baseline.

Time per query covers blocking and scoring (nomenklatura) or the extract over
every name (RapidFuzz), on one thread, after a warm-up query (nomenklatura
loads its name reference data on first use, ~40 s, not counted).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PARTY_SCHEMAS = {"Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane", "CryptoWallet"}
NAME_PROPS = ("name", "alias", "weakAlias", "previousName")


@dataclass
class Party:
    id: str
    schema: str
    properties: dict[str, list[str]]
    all_names: list[str] = field(default_factory=list)  # before held-out removal, for isSameParty

    @property
    def names(self) -> list[str]:
        return [n for p in NAME_PROPS for n in self.properties.get(p, [])]


def load_export(path: Path) -> dict[str, Party]:
    """Parties as Cordon indexes them: wallets held by a party are that party's
    identifiers in Cordon, not separate entities, so they are skipped."""
    parties: dict[str, Party] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            data = json.loads(line)
            schema = data["schema"]
            props = data.get("properties", {})
            if schema not in PARTY_SCHEMAS or (schema == "CryptoWallet" and props.get("holder")):
                continue
            if schema == "CryptoWallet" and not any(props.get(p) for p in NAME_PROPS):
                props = dict(props, name=list(props.get("publicKey", [])))
            party = Party(data["id"], schema, {k: list(v) for k, v in props.items()})
            party.all_names = party.names
            parties[party.id] = party
    return parties


def load_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def hold_out(parties: dict[str, Party], cases: list[dict]) -> int:
    removed = 0
    held = defaultdict(set)
    for case in cases:
        if case["kind"] == "positive" and case.get("heldOut") and case.get("expected"):
            held[case["expected"]].add(case["heldOut"])
    for entity_id, names in held.items():
        party = parties.get(entity_id)
        if party is None:
            sys.exit(f"evaluation set names {entity_id}, which is not in the export: export the bundled lists")
        for prop in NAME_PROPS:
            values = party.properties.get(prop)
            if values:
                kept = [v for v in values if v not in names]
                removed += len(values) - len(kept)
                party.properties[prop] = kept
    return removed


def fold(text: str) -> str:
    """EvaluationSetBuilder.fold: lower-cased letter/digit words, sorted, joined."""
    words, word = [], []
    for ch in text.lower():
        if ch.isalnum():
            word.append(ch)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return "".join(sorted(words))


def source(entity_id: str) -> str:
    return entity_id.split(":", 1)[0]


def same_party(other: str, expected: str, parties: dict[str, Party], folded: dict[str, set[str]]) -> bool:
    if source(other) == source(expected) or other not in parties or expected not in parties:
        return False
    return not folded[expected].isdisjoint(folded[other])


# ---------------------------------------------------------------- blocking

class TokenBlocker:
    """A cheap stand-in for yente's search index: candidates share at least one
    ASCII-transliterated token or one token metaphone with the query, ranked by
    the summed inverse document frequency of the keys they share."""

    def __init__(self, parties: dict[str, Party]):
        from normality import ascii_text
        from rigour.text.phonetics import metaphone

        self._ascii = ascii_text
        self._metaphone = metaphone
        postings: dict[str, set[int]] = defaultdict(set)
        self.ids = list(parties)
        for position, entity_id in enumerate(self.ids):
            for name in parties[entity_id].names:
                for key in self.keys(name):
                    postings[key].add(position)
        total = len(self.ids)
        self.postings = {k: v for k, v in postings.items()}
        self.idf = {k: math.log(total / len(v)) for k, v in postings.items()}

    # ICU's Cyrillic transliteration (behind ascii_text) is ISO 9-like (Тимченко → Timcenko);
    # sanctions lists romanize Russian names in the English style (Timchenko), so Cyrillic
    # names also get a BGN/PCGN-style form, as a search index with several name forms would.
    CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
                        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                         "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "u"]))

    def keys(self, name: str) -> set[str]:
        text = (self._ascii(name) or name).lower()
        if any(ch in self.CYRILLIC for ch in name.lower()):
            text += " " + "".join(self.CYRILLIC.get(ch, ch) for ch in name.lower())
        tokens = ["".join(ch for ch in t if ch.isalnum()) for t in text.replace("-", " ").split()]
        keys: set[str] = set()
        for token in tokens:
            if len(token) < 2:
                continue
            keys.add("t:" + token)
            if token.isalpha() and len(token) >= 3:
                code = self._metaphone(token)
                if code:
                    keys.add("m:" + code)
        return keys

    def candidates(self, query: str, limit: int) -> list[str]:
        scores: dict[int, float] = defaultdict(float)
        for key in sorted(self.keys(query)):  # a fixed order keeps float sums, and so ties, reproducible
            idf = self.idf.get(key)
            if idf is None:
                continue
            for position in self.postings[key]:
                scores[position] += idf
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [self.ids[position] for position, _ in best]


# ---------------------------------------------------------------- tools

class Nomenklatura:
    def __init__(self, algorithm_name: str, threshold: float, parties: dict[str, Party], blocker: TokenBlocker, candidates: int):
        from followthemoney import EntityProxy
        from nomenklatura.matching import ScoringConfig, get_algorithm

        algorithm = get_algorithm(algorithm_name)
        if algorithm is None:
            sys.exit(f"nomenklatura has no algorithm named {algorithm_name}")
        self.name = f"nomenklatura {algorithm_name}"
        self.algorithm = algorithm
        self.config = ScoringConfig.defaults()
        self.threshold = threshold
        self.blocker = blocker
        self.limit = candidates
        self.proxy = EntityProxy
        self.serial = 0
        self.entities = {}
        for entity_id, party in parties.items():
            properties = {k: v for k, v in party.properties.items() if v}
            self.entities[entity_id] = EntityProxy.from_dict({"id": entity_id, "schema": party.schema, "properties": properties})

    def screen(self, query: str) -> list[tuple[str, float]]:
        # nomenklatura caches analysed names by entity id: every query needs its own id.
        self.serial += 1
        queries = {}
        results = []
        for entity_id in self.blocker.candidates(query, self.limit):
            candidate = self.entities[entity_id]
            schema = candidate.schema.name
            proxy = queries.get(schema)
            if proxy is None:
                proxy = queries[schema] = self.proxy.from_dict({"id": f"query-{self.serial}-{schema}", "schema": schema, "properties": {"name": [query]}})
            score = self.algorithm.compare(proxy, candidate, self.config).score
            if score >= self.threshold:
                results.append((entity_id, score))
        results.sort(key=lambda item: -item[1])
        return results


class RapidFuzz:
    def __init__(self, scorer_name: str, threshold: float, parties: dict[str, Party]):
        from rapidfuzz import fuzz, process, utils

        self.name = f"RapidFuzz {scorer_name}"
        self.threshold = threshold
        self.process, self.scorer, self.processor = process, getattr(fuzz, scorer_name), utils.default_process
        self.names, self.owners = [], []
        for entity_id, party in parties.items():
            for name in party.names:
                self.names.append(self.processor(name))
                self.owners.append(entity_id)

    def screen(self, query: str) -> list[tuple[str, float]]:
        best: dict[str, float] = {}
        hits = self.process.extract(self.processor(query), self.names, scorer=self.scorer, processor=None,
                                    score_cutoff=self.threshold, limit=200)
        for _, score, position in hits:
            owner = self.owners[position]
            if score > best.get(owner, -1):
                best[owner] = score
        return sorted(best.items(), key=lambda item: -item[1])


# ---------------------------------------------------------------- evaluation

@dataclass
class Report:
    tool: str
    threshold: float
    queries: int
    p50_ms: float
    mean_ms: float
    recall_at_1: float
    recall_at_10: float
    false_positive_rate: float
    blocking_recall: float | None = None


def evaluate(tool, cases, parties, folded, blocker: TokenBlocker | None, candidates: int) -> Report:
    times, positives, negatives, at1, at10, fps, blocked = [], 0, 0, 0, 0, 0, 0
    for case in cases:
        start = time.perf_counter()
        matches = tool.screen(case["query"])[:10]
        times.append((time.perf_counter() - start) * 1000)
        if case["kind"] == "positive":
            positives += 1
            expected = case["expected"]
            if blocker is not None and expected in blocker.candidates(case["query"], candidates):
                blocked += 1
            ranked = [m for m, _ in matches if m == expected or not same_party(m, expected, parties, folded)]
            if expected in ranked:
                at10 += 1
                if ranked.index(expected) == 0:
                    at1 += 1
        else:
            negatives += 1
            if matches:
                fps += 1
    return Report(tool.name, tool.threshold, len(cases), statistics.median(times), statistics.fmean(times),
                  at1 / max(positives, 1), at10 / max(positives, 1), fps / max(negatives, 1),
                  blocked / max(positives, 1) if blocker is not None else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--export", type=Path, required=True, help="FollowTheMoney export of the bundled lists (cordon lists export --output FILE)")
    parser.add_argument("--cases", type=Path, default=REPO / "Tests/Fixtures/matching/evaluation_set.jsonl")
    parser.add_argument("--sample", type=int, default=0, help="score a deterministic random sample of this many queries (seed 2025); 0 = all")
    parser.add_argument("--candidates", type=int, default=100, help="candidates per query scored by nomenklatura after blocking")
    parser.add_argument("--tools", default="logic-v2,ofac,rapidfuzz:WRatio,rapidfuzz:token_sort_ratio",
                        help="comma-separated: logic-v2, ofac (nomenklatura algorithms), rapidfuzz:SCORER (a rapidfuzz.fuzz scorer)")
    parser.add_argument("--json", type=Path, help="also write the reports here as JSON")
    args = parser.parse_args()

    parties = load_export(args.export)
    cases = load_cases(args.cases)
    folded = {entity_id: {fold(n) for n in party.all_names} for entity_id, party in parties.items()}
    removed = hold_out(parties, cases)
    if args.sample and args.sample < len(cases):
        cases = sorted(random.Random(2025).sample(cases, args.sample), key=lambda c: (c["kind"], c["query"]))
    positives = sum(1 for c in cases if c["kind"] == "positive")
    print(f"{len(parties)} parties, {sum(len(p.names) for p in parties.values())} names ({removed} held out); "
          f"{len(cases)} queries ({positives} positive, {len(cases) - positives} negative)", file=sys.stderr)

    reports = []
    tools = args.tools.split(",")
    blocker = None
    if any(t in ("logic-v2", "ofac") for t in tools):
        started = time.perf_counter()
        blocker = TokenBlocker(parties)
        print(f"token index built in {time.perf_counter() - started:.1f} s ({len(blocker.postings)} keys)", file=sys.stderr)
    for name in tools:
        started = time.perf_counter()
        if name.startswith("rapidfuzz"):
            tool = RapidFuzz(name.partition(":")[2] or "WRatio", 85, parties)
        else:
            tool = Nomenklatura(name, 0.7 if name == "logic-v2" else 0.85, parties, blocker, args.candidates)
        tool.screen("Kim Sang Man")  # warm-up: loads reference data
        print(f"{tool.name}: ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        started = time.perf_counter()
        report = evaluate(tool, cases, parties, folded, None if name.startswith("rapidfuzz") else blocker, args.candidates)
        print(f"{tool.name}: {len(cases)} queries in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        reports.append(report)

    print()
    print("| tool | threshold | queries | p50 ms/query | mean ms/query | recall@1 | recall@10 | false positives | blocking recall |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in reports:
        blocking = "—" if r.blocking_recall is None else f"{r.blocking_recall:.3f}"
        print(f"| {r.tool} | {r.threshold:g} | {r.queries} | {r.p50_ms:.2f} | {r.mean_ms:.2f} | {r.recall_at_1:.3f} | "
              f"{r.recall_at_10:.3f} | {r.false_positive_rate * 100:.2f}% | {blocking} |")
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in reports], indent=2) + "\n")


if __name__ == "__main__":
    main()
