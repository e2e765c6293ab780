"""The checklist JSON format (docs/checklist-json.md): reading, checking and writing it.

Pure functions over plain data; ChecklistService does the database side. Checking collects
every problem with its JSON path ("templates[2].items[5].category: unknown category 'foo'")
so an import is refused as a whole, with everything the author has to fix listed at once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.checklists import CATEGORIES, DIMENSIONS, LEVELS, RESPONSE_TYPES, SEVERITIES
from app.domain.errors import (
    QT_TRANSLATE_NOOP,
    FloorQCError,
    NotFound,
    ValidationError,
    fill_template,
)
from app.domain.org import AREA_KINDS
from app.services.checklist_dto import ItemDTO

FORMAT = "floorqc-checklists"
FORMAT_VERSION = 1
MAX_BYTES = 5 * 1024 * 1024
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,59}")

# The standard 22-item SERVQUAL instrument: which dimension each item number measures.
SERVQUAL_DIMENSION = {
    **dict.fromkeys(range(1, 5), "tangibles"),
    **dict.fromkeys(range(5, 10), "reliability"),
    **dict.fromkeys(range(10, 14), "responsiveness"),
    **dict.fromkeys(range(14, 18), "assurance"),
    **dict.fromkeys(range(18, 23), "empathy"),
}

# Item fields in file order, with the value a file may leave out.
ITEM_DEFAULTS: dict[str, object] = {
    "section": "", "section_en": "", "text": None, "text_en": "", "guidance": "",
    "category": None, "dimension": None, "servqual_item": None, "weight": 1.0,
    "critical": False, "response_type": "pass_fail", "max_score": None, "min_value": None,
    "max_value": None, "unit": "", "photo_on_fail": False, "default_severity": None,
}
TEMPLATE_FIELDS = ("key", "name", "name_en", "description", "levels", "area_kinds", "items")
_STRINGS = ("section", "section_en", "text", "text_en", "guidance", "unit")


@dataclass(frozen=True)
class Problem:
    """One thing wrong, at a JSON path, with a translatable reason (context "import")."""

    path: str
    message: str
    params: dict = field(default_factory=dict)

    def render(self, translate=None) -> str:
        template = translate("import", self.message) if translate else self.message
        reason = fill_template(template, self.params, translate)
        return f"{self.path}: {reason}" if self.path else reason


class ChecklistProblems(ValidationError):
    """Every problem found; nothing was saved. ``problems`` lists them all."""

    def __init__(self, problems: list[Problem], message: str | None = None) -> None:
        self.problems = list(problems)
        super().__init__(message or QT_TRANSLATE_NOOP(
            "errors", "{count} problem(s) in the checklist file; nothing was imported."),
            count=len(self.problems))

    def render(self, translate=None) -> str:
        return "\n".join([FloorQCError.render(self, translate),
                          *(p.render(translate) for p in self.problems)])


@dataclass(frozen=True)
class TemplateSpec:
    """One template as the file describes it (what a published version would hold)."""

    key: str
    name: str
    name_en: str
    description: str
    levels: tuple[str, ...]
    area_kinds: tuple[str, ...]
    items: tuple[ItemDTO, ...]


@dataclass(frozen=True)
class ChecklistImportReport:
    created: int
    updated: int
    unchanged: int = 0

    def render(self, translate=None) -> str:
        template = QT_TRANSLATE_NOOP(
            "import", "Checklists imported: {created} new, {updated} with a new version, "
                      "{unchanged} unchanged.")
        if translate:
            template = translate("import", template)
        return template.format(created=self.created, updated=self.updated,
                               unchanged=self.unchanged)


# -- checking --------------------------------------------------------------------------------

def item_problems(item: ItemDTO, path: str) -> list[Problem]:
    """What stops an item from being published (also checked on every draft save)."""
    out: list[Problem] = []

    def bad(name: str, message: str, **params: object) -> None:
        out.append(Problem(f"{path}.{name}" if path else name, message, params))

    if not item.text.strip():
        bad("text", QT_TRANSLATE_NOOP("import", "the item needs a text"))
    if item.category not in CATEGORIES:
        bad("category", QT_TRANSLATE_NOOP("import", "unknown category '{value}'"),
            value=item.category)
    if item.dimension not in DIMENSIONS:
        bad("dimension", QT_TRANSLATE_NOOP("import", "unknown dimension '{value}'"),
            value=item.dimension)
    if item.servqual_item is not None:
        expected = SERVQUAL_DIMENSION.get(item.servqual_item)
        if expected is None:
            bad("servqual_item", QT_TRANSLATE_NOOP(
                "import", "SERVQUAL items are numbered 1 to 22, not {value}"),
                value=item.servqual_item)
        elif item.dimension in DIMENSIONS and expected != item.dimension:
            bad("servqual_item", QT_TRANSLATE_NOOP(
                "import", "SERVQUAL item {value} measures {expected}, not {dimension}"),
                value=item.servqual_item, expected=expected, dimension=item.dimension)
    if not item.weight > 0:
        bad("weight", QT_TRANSLATE_NOOP("import", "the weight must be more than 0"))
    if item.response_type not in RESPONSE_TYPES:
        bad("response_type", QT_TRANSLATE_NOOP("import", "unknown response type '{value}'"),
            value=item.response_type)
    if item.response_type == "score" and not (item.max_score and item.max_score > 0):
        bad("max_score", QT_TRANSLATE_NOOP("import", "a score item needs a maximum score"))
    if item.response_type == "number":
        if item.min_value is None and item.max_value is None:
            bad("min_value", QT_TRANSLATE_NOOP(
                "import", "a number item needs a lower or an upper limit"))
        elif (item.min_value is not None and item.max_value is not None
              and item.min_value > item.max_value):
            bad("min_value", QT_TRANSLATE_NOOP(
                "import", "the lower limit is above the upper limit"))
    if item.default_severity not in SEVERITIES:
        bad("default_severity", QT_TRANSLATE_NOOP("import", "unknown severity '{value}'"),
            value=item.default_severity)
    return out


def scope_problems(levels, area_kinds, path: str = "") -> list[Problem]:
    out = []
    prefix = f"{path}." if path else ""
    for i, level in enumerate(levels):
        if level not in LEVELS:
            out.append(Problem(f"{prefix}levels[{i}]", QT_TRANSLATE_NOOP(
                "import", "unknown level '{value}'"), {"value": level}))
    for i, kind in enumerate(area_kinds):
        if kind not in AREA_KINDS:
            out.append(Problem(f"{prefix}area_kinds[{i}]", QT_TRANSLATE_NOOP(
                "import", "unknown area kind '{value}'"), {"value": kind}))
    return out


def valid_key(key: str) -> bool:
    return bool(KEY_PATTERN.fullmatch(key))


def _item_from_json(raw: object, path: str, problems: list[Problem]) -> ItemDTO | None:
    if not isinstance(raw, dict):
        problems.append(Problem(path, QT_TRANSLATE_NOOP("import", "an item must be an object")))
        return None
    count = len(problems)
    for name in raw:
        if name not in ITEM_DEFAULTS:
            problems.append(Problem(f"{path}.{name}", QT_TRANSLATE_NOOP(
                "import", "unknown field")))
    values = {}
    for name, default in ITEM_DEFAULTS.items():
        value = raw.get(name, default)
        where = f"{path}.{name}"
        if value is None and name in ("text", "category", "dimension"):
            problems.append(Problem(where, QT_TRANSLATE_NOOP("import", "missing")))
            value = ""
        elif name in _STRINGS or name in ("category", "dimension", "response_type"):
            if not isinstance(value, str):
                problems.append(Problem(where, QT_TRANSLATE_NOOP("import", "must be text")))
                value = ""
            value = value.strip()
        elif name in ("critical", "photo_on_fail"):
            if not isinstance(value, bool):
                problems.append(Problem(where, QT_TRANSLATE_NOOP(
                    "import", "must be true or false")))
                value = False
        elif name in ("servqual_item", "max_score"):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                problems.append(Problem(where, QT_TRANSLATE_NOOP(
                    "import", "must be a whole number or null")))
                value = None
        elif name in ("weight", "min_value", "max_value"):
            missing = value is None and name == "weight"
            if missing or (value is not None and (isinstance(value, bool)
                                                  or not isinstance(value, int | float))):
                problems.append(Problem(where, QT_TRANSLATE_NOOP("import", "must be a number")))
                value = 1.0 if name == "weight" else None
            elif value is not None:
                value = float(value)
        values[name] = value
    if values["default_severity"] is None:
        values["default_severity"] = "critical" if values["critical"] else "minor"
    elif not isinstance(values["default_severity"], str):
        problems.append(Problem(f"{path}.default_severity", QT_TRANSLATE_NOOP(
            "import", "must be text")))
        values["default_severity"] = "minor"
    item = ItemDTO(id=None, position=0, **values)
    if len(problems) == count:
        problems.extend(item_problems(item, path))
    return item if len(problems) == count else None


def _string_list(raw: object, path: str, problems: list[Problem]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        problems.append(Problem(path, QT_TRANSLATE_NOOP("import", "must be a list of keys")))
        return ()
    return tuple(dict.fromkeys(v.strip() for v in raw))


def _template_from_json(raw: object, path: str, problems: list[Problem]) -> TemplateSpec | None:
    if not isinstance(raw, dict):
        problems.append(Problem(path, QT_TRANSLATE_NOOP(
            "import", "a template must be an object")))
        return None
    count = len(problems)
    for name in raw:
        if name not in TEMPLATE_FIELDS:
            problems.append(Problem(f"{path}.{name}", QT_TRANSLATE_NOOP(
                "import", "unknown field")))
    text = {}
    for name in ("key", "name", "name_en", "description"):
        value = raw.get(name, "")
        if not isinstance(value, str):
            problems.append(Problem(f"{path}.{name}", QT_TRANSLATE_NOOP("import", "must be text")))
            value = ""
        text[name] = value.strip()
    if not valid_key(text["key"]):
        problems.append(Problem(f"{path}.key", QT_TRANSLATE_NOOP(
            "import", "the key '{value}' must be 1-60 lower-case letters, digits, - or _"),
            {"value": text["key"]}))
    if not text["name"]:
        problems.append(Problem(f"{path}.name", QT_TRANSLATE_NOOP("import", "missing")))
    levels = _string_list(raw.get("levels"), f"{path}.levels", problems)
    kinds = _string_list(raw.get("area_kinds"), f"{path}.area_kinds", problems)
    problems.extend(scope_problems(levels, kinds, path))
    raw_items = raw.get("items")
    items: list[ItemDTO] = []
    if not isinstance(raw_items, list) or not raw_items:
        problems.append(Problem(f"{path}.items", QT_TRANSLATE_NOOP(
            "import", "a template needs a list of at least one item")))
    else:
        for i, raw_item in enumerate(raw_items):
            item = _item_from_json(raw_item, f"{path}.items[{i}]", problems)
            if item is not None:
                items.append(ItemDTO(**{**item.__dict__, "position": i}))
    if len(problems) > count:
        return None
    return TemplateSpec(text["key"], text["name"], text["name_en"], text["description"],
                        levels, kinds, tuple(items))


def parse_document(doc: object) -> list[TemplateSpec]:
    """The templates of a decoded file, or ChecklistProblems listing every problem."""
    problems: list[Problem] = []
    if not isinstance(doc, dict):
        raise ChecklistProblems([Problem("", QT_TRANSLATE_NOOP(
            "import", "the file must hold a JSON object"))])
    if doc.get("format") != FORMAT:
        problems.append(Problem("format", QT_TRANSLATE_NOOP(
            "import", "must be \"{expected}\""), {"expected": FORMAT}))
    if doc.get("version") != FORMAT_VERSION:
        problems.append(Problem("version", QT_TRANSLATE_NOOP(
            "import", "this FloorQC reads version {expected} of the format"),
            {"expected": FORMAT_VERSION}))
    raw = doc.get("templates")
    specs: list[TemplateSpec] = []
    if not isinstance(raw, list) or not raw:
        problems.append(Problem("templates", QT_TRANSLATE_NOOP(
            "import", "must be a list of at least one template")))
    else:
        seen: dict[str, int] = {}
        for i, raw_template in enumerate(raw):
            spec = _template_from_json(raw_template, f"templates[{i}]", problems)
            if spec is None:
                continue
            if spec.key in seen:
                problems.append(Problem(f"templates[{i}].key", QT_TRANSLATE_NOOP(
                    "import", "the key '{value}' is already used by templates[{other}]"),
                    {"value": spec.key, "other": seen[spec.key]}))
            seen.setdefault(spec.key, i)
            specs.append(spec)
    if problems:
        raise ChecklistProblems(problems)
    return specs


def read_document(path: str | Path) -> object:
    """The decoded JSON of a file, refusing big files and anything that is not JSON."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such file: {file}"),
                       file=str(path)) from None
    if size > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{file} is larger than {limit} MB; a checklist file is much smaller."),
            file=path.name, limit=MAX_BYTES // (1024 * 1024))
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = (f"line {exc.lineno}, column {exc.colno}"
                 if isinstance(exc, json.JSONDecodeError) else "encoding")
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{file} is not a FloorQC checklist file (not valid UTF-8 JSON: {where})."),
            file=path.name, where=where) from None


# -- writing ---------------------------------------------------------------------------------

def item_to_json(item: ItemDTO) -> dict:
    return {name: getattr(item, name) for name in ITEM_DEFAULTS}


def spec_to_json(spec: TemplateSpec) -> dict:
    return {"key": spec.key, "name": spec.name, "name_en": spec.name_en,
            "description": spec.description, "levels": list(spec.levels),
            "area_kinds": list(spec.area_kinds),
            "items": [item_to_json(i) for i in spec.items]}


def document(specs: list[TemplateSpec]) -> dict:
    return {"format": FORMAT, "version": FORMAT_VERSION,
            "templates": [spec_to_json(s) for s in specs]}


def content_key(spec: TemplateSpec) -> tuple:
    """What makes two versions the same content (ids and positions aside)."""
    return (spec.description, tuple(sorted(spec.levels)), tuple(sorted(spec.area_kinds)),
            tuple(tuple(item_to_json(i).values()) for i in spec.items))
