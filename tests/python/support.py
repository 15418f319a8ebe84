"""Shared by the Python test files: test data and the library under test."""

import json
import os
from pathlib import Path

import klantinteracties as ki

REPO = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("KI_TEST_DATA", REPO / "tests" / "data"))

PARTIJ_OK = {"soortPartij": "persoon", "indicatieActief": True}
PARTIJ_LEEG = [
    ki.InvalidParam("soortPartij", "required", "Dit veld is vereist."),
    ki.InvalidParam("indicatieActief", "required", "Dit veld is vereist."),
]
ERROR_KEYS = ["type", "code", "title", "status", "detail", "instance", "invalidParams"]


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def load(name: str):
    return json.loads(read(name))


def requests():
    """(type, name, payload) of every valid request body in tests/data/requests."""
    for path in sorted((DATA / "requests").glob("*.json")):
        yield path.name.split(".")[0], path.name, json.loads(path.read_text(encoding="utf-8"))
