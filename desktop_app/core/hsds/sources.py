"""Reading an HSDS file, whatever its shape, into HSDS objects that know their place.

JSON comes as one object (organization, service, service_at_location), a list of them,
a page of a list (``contents``), or the tabular form written as JSON (``"organizations.csv":
[rows]``). Tables come as a data package: a ``datapackage.json``, a folder or a ZIP
file of CSV files. Tables are joined into the same nested objects JSON has, so that one
mapping reads both. Problems are collected, not raised, so a report can list them all.
"""

import csv
import io
import json
import posixpath
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from desktop_app.core.hsds import problems as msg
from desktop_app.core.hsds.problems import Problem, problem
from desktop_app.core.hsds.tables import (
    CHILD_LISTS,
    NESTED_OBJECT,
    REQUIRED_COLUMNS,
    TABLES,
    TABLES_BY_NAME,
)

# The HSDS tables Tresen has no use for; a package holding them gets a note, not a problem.
_UNREAD_TABLES = (
    "programs.csv", "funding.csv", "service_areas.csv", "required_documents.csv",
    "cost_options.csv", "metadata.csv", "meta_table_descriptions.csv",
)  # fmt: skip
_DESCRIPTOR = "datapackage.json"
_ORGANIZATION = frozenset(
    {"name", "description", "email", "website", "locations", "services", "phones", "contacts",
     "alternate_name", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo",
     "parent_organization_id", "funding", "programs", "organization_identifiers"}
)  # fmt: skip
# Fields of other HSDS objects that have an id and a name too (taxonomy, term, program, …).
_NOT_ORGANIZATION = frozenset(
    {"version", "code", "taxonomy", "taxonomy_detail", "term_uri", "parent_id", "number",
     "address_1", "identifier", "document", "source", "extent", "extent_type"}
)  # fmt: skip
# A link stored as text is one short line; anything longer is a broken descriptor.
_POINTER_MAX = 400


class Place:
    """Where an object stands: a JSON path (``services[2]``) or a table row.

    A file of thousands of services has hundreds of thousands of places, and almost none
    is ever shown: a child place keeps its parent and becomes text only when asked.
    """

    __slots__ = ("_index", "_key", "_parent", "_path", "table_row")

    def __init__(self, path: str = "", *, table_row: bool = False) -> None:
        self._path: str | None = path
        self._parent: Place | None = None
        self._key = ""
        self._index: int | None = None
        self.table_row = table_row

    @property
    def path(self) -> str:
        if self._path is None:
            assert self._parent is not None
            path = self._parent.at(self._key)
            self._path = path if self._index is None else f"{path}[{self._index}]"
        return self._path

    def at(self, name: str) -> str:
        if not name:
            return self.path
        if self.table_row:
            return f"{self.path}, {name}"
        return f"{self.path}.{name}" if self.path else name

    def child(self, key: str, index: int | None = None) -> "Place":
        child = Place()
        child._path, child._parent, child._key, child._index = None, self, key, index
        return child

    def __str__(self) -> str:
        return self.path


# Where a value came from: the object's place and the field's name, made text on demand.
Spot = tuple[Place, str]


class Node:
    """One HSDS object: its fields, its place, and (for tables) its joined child objects.

    ``linked`` holds the children a table row gets from other tables; a key is there only
    if that table is in the package. ``missing_is_empty`` says what an absent field means:
    in JSON an empty value is usually left out, in a table an absent column says nothing.
    """

    __slots__ = ("data", "linked", "missing_is_empty", "place", "reference_only", "sink")

    def __init__(
        self,
        data: Mapping[str, Any],
        place: Place,
        sink: list[Problem],
        *,
        linked: Mapping[str, Sequence["Node"]] | None = None,
        missing_is_empty: bool = True,
        reference_only: bool = False,
    ) -> None:
        self.data = data
        self.place = place
        self.sink = sink
        self.linked = linked
        self.missing_is_empty = missing_is_empty
        self.reference_only = reference_only

    def text(self, key: str) -> str | None:
        """The field as text; None if the object says nothing about it."""
        if key not in self.data:
            return "" if self.missing_is_empty else None
        value = self.data[key]
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else str(value)
        message = msg.NOT_TEXT_BUT_LIST if isinstance(value, list) else msg.NOT_TEXT_BUT_OBJECT
        self.sink.append(problem(self.place.at(key), message))
        return ""

    def nodes(self, key: str) -> list["Node"] | None:
        """The child objects under ``key``; None if the object says nothing about them."""
        if self.linked is not None and key in self.linked:
            return list(self.linked[key])
        if key not in self.data:
            return None
        value = self.data[key]
        if value is None:
            return []
        if not isinstance(value, list):
            self.sink.append(problem(self.place.at(key), msg.NOT_LIST))
            return []
        children = []
        for index, item in enumerate(value):
            place = self.place.child(key, index)
            if isinstance(item, dict):
                children.append(Node(item, place, self.sink))
            else:
                self.sink.append(problem(str(place), msg.NOT_OBJECT))
        return children

    def node(self, key: str) -> "Node | None":
        """The one child object under ``key`` (``organization``, ``location``, …), if any."""
        if self.linked is not None and key in self.linked:
            found = self.linked[key]
            return found[0] if found else None
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.sink.append(problem(self.place.at(key), msg.NOT_OBJECT))
            return None
        return Node(value, self.place.child(key), self.sink)

    def fields(self) -> Iterator[str]:
        """The names of the fields and child lists the object has."""
        yield from self.data
        if self.linked is not None:
            yield from (key for key, nodes in self.linked.items() if nodes)


@dataclass
class Source:
    """What a file holds: its top-level HSDS objects by kind, notes, and problems."""

    roots: list[tuple[str, Node]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_source(path: Path) -> Source:
    """Read ``path`` (JSON, datapackage.json, folder, ZIP or one of the CSV files)."""
    source = Source()
    try:
        if path.is_dir():
            _read_package(_FolderFiles(path), source)
        elif path.suffix.lower() == ".zip":
            _read_zip(path, source)
        elif path.suffix.lower() == ".csv":
            _read_package(_FolderFiles(path.parent), source)
        elif path.name.lower() == _DESCRIPTOR:
            _read_package(_FolderFiles(path.parent, path.name), source)
        else:
            _read_json_file(path, source)
    except OSError as error:
        source.problems.append(problem(path.name, msg.NOT_READABLE, reason=error.strerror or error))
    if not source.roots and not source.problems:
        source.problems.append(problem(path.name, msg.NO_DATA))
    return source


# JSON.


def _decode(data: bytes, name: str, source: Source) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheets on German Windows save CSV as Windows-1252 unless told otherwise.
        source.notes.append(f"{name} is not UTF-8; it was read as Windows-1252 (Western).")
        return data.decode("cp1252", errors="replace")


def _read_json_file(path: Path, source: Source) -> None:
    text = _decode(path.read_bytes(), path.name, source)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{path.name}, line {error.lineno}, column {error.colno}"
        source.problems.append(problem(where, msg.NOT_JSON, reason=error.msg))
        return
    if isinstance(document, dict) and any(key.endswith(".csv") for key in document):
        _read_tables(_json_tables(document, source), source)
        return
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        items, root = document["contents"], Place("contents")
    elif isinstance(document, list):
        items, root = document, Place("")
    else:
        items, root = [document], None
    unknown: list[Place] = []
    for index, item in enumerate(items):
        place = Place() if root is None else Place(f"{root.path}[{index}]")
        if not isinstance(item, dict):
            source.problems.append(problem(str(place), msg.NOT_OBJECT))
            continue
        node = Node(item, place, source.problems)
        kind = _kind_of(item)
        if kind == "location":
            _add_lone_location(node, source)
        elif kind:
            source.roots.append((kind, node))
        else:
            unknown.append(place)
    # Among organisations or services, anything else is a mistake worth naming; a file of
    # nothing but taxonomies gets the one message that says what Tresen can import.
    if source.roots:
        source.problems.extend(problem(str(place), msg.UNKNOWN_OBJECT) for place in unknown)


def _kind_of(item: Mapping[str, Any]) -> str:
    """Which HSDS object a JSON object is, by the fields only that object has."""
    if isinstance(item.get("service"), dict):
        return "service_at_location"
    if "location_type" in item:
        return "location"
    if any(key in item for key in ("status", "service_at_locations", "organization")):
        return "service"
    if "organization_id" in item and "name" in item:
        return "service"
    if "id" in item and item.keys() & _ORGANIZATION and not item.keys() & _NOT_ORGANIZATION:
        return "organization"
    return ""


def _add_lone_location(node: Node, source: Source) -> None:
    """A location alone is imported into its organisation, which must be in the directory."""
    owner = node.text("organization_id") or ""
    if not owner.strip():
        source.problems.append(
            problem(node.place.at("organization_id"), msg.LOCATION_WITHOUT_ORGANIZATION)
        )
        return
    reference = Node(
        {"id": owner},
        node.place,
        source.problems,
        linked={"locations": [node]},
        missing_is_empty=False,
        reference_only=True,
    )
    source.roots.append(("organization", reference))


# Tables.


@dataclass
class _Table:
    """The rows of one table as read; no columns for an empty file (an empty table)."""

    path: str
    columns: tuple[str, ...]
    rows: list[tuple[dict[str, str], Place]]


class _Files(Protocol):
    """Where the tables of a package are: a folder or a ZIP file."""

    descriptor: str

    def read(self, name: str) -> bytes | None: ...

    def exists(self, name: str) -> bool: ...


class _FolderFiles:
    def __init__(self, folder: Path, descriptor: str = _DESCRIPTOR) -> None:
        self.folder = folder
        self.descriptor = descriptor

    def exists(self, name: str) -> bool:
        return (self.folder / name).is_file()

    def read(self, name: str) -> bytes | None:
        path = self.folder / name
        return path.read_bytes() if path.is_file() else None


class _ZipFiles:
    def __init__(self, archive: zipfile.ZipFile, base: str) -> None:
        self.archive = archive
        self.base = base
        self.descriptor = _DESCRIPTOR
        self.members = set(archive.namelist())

    def exists(self, name: str) -> bool:
        return posixpath.normpath(posixpath.join(self.base, name)) in self.members

    def read(self, name: str) -> bytes | None:
        member = posixpath.normpath(posixpath.join(self.base, name))
        return self.archive.read(member) if member in self.members else None


def _read_zip(path: Path, source: Source) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        source.problems.append(problem(path.name, msg.NOT_ZIP))
        return
    with archive:
        # The package may sit in a folder inside the archive: take the shallowest one.
        markers = [
            name
            for name in archive.namelist()
            if posixpath.basename(name) in (_DESCRIPTOR, "organizations.csv", "services.csv")
        ]
        base = min((posixpath.dirname(name) for name in markers), key=len, default="")
        _read_package(_ZipFiles(archive, base), source)


def _read_package(files: _Files, source: Source) -> None:
    paths = {table.name: table.path for table in TABLES}
    delimiters: dict[str, str] = {}
    descriptor = files.read(files.descriptor)
    if descriptor is not None:
        resources = _resources(files, descriptor, source)
        for resource in resources:
            name, resource_path = resource.get("name"), resource.get("path")
            if name in TABLES_BY_NAME and isinstance(resource_path, str):
                paths[name] = resource_path
                dialect = resource.get("dialect")
                if isinstance(dialect, dict) and isinstance(dialect.get("delimiter"), str):
                    delimiters[name] = dialect["delimiter"]
    tables: dict[str, _Table] = {}
    for name, table_path in paths.items():
        data = files.read(table_path)
        if data is not None:
            text = _decode(data, table_path, source)
            table = _csv_table(table_path, text, delimiters.get(name), source)
            if table is not None:
                tables[name] = table
    unread = [name for name in _UNREAD_TABLES if files.exists(name)]
    if unread:
        source.notes.append(
            "Tables Tresen keeps nothing from were not read: " + ", ".join(unread) + "."
        )
    if tables:
        _read_tables(tables, source)


def _resources(files: _Files, data: bytes, source: Source) -> list[dict[str, Any]]:
    """The resources a ``datapackage.json`` lists; it may be a link stored as text."""
    text = _decode(data, files.descriptor, source)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        pointer = text.strip()
        if pointer and "\n" not in pointer and len(pointer) < _POINTER_MAX and "{" not in pointer:
            return _pointed_resources(files, pointer, source)
        where = f"{files.descriptor}, line {error.lineno}, column {error.colno}"
        source.problems.append(problem(where, msg.NOT_JSON, reason=error.msg))
        return []
    resources = document.get("resources") if isinstance(document, dict) else None
    return [r for r in resources if isinstance(r, dict)] if isinstance(resources, list) else []


def _pointed_resources(files: _Files, pointer: str, source: Source) -> list[dict[str, Any]]:
    """Follow a ``datapackage.json`` that holds only a relative path.

    Git stores a symbolic link as a file holding the target's path, and a checkout on
    Windows (or an unpacked archive) leaves exactly that. The resource paths still count
    from the folder of the link, as they would through a working link.
    """
    target: bytes | None = None
    if isinstance(files, _FolderFiles):
        candidate = (files.folder / pointer).resolve()
        target = candidate.read_bytes() if candidate.is_file() else None
    else:
        target = files.read(pointer)
    if target is not None:
        try:
            document = json.loads(target.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            document = None
        if isinstance(document, dict) and isinstance(document.get("resources"), list):
            source.notes.append(
                f"{files.descriptor} is a link stored as text ({pointer}); "
                "the descriptor it points to was used."
            )
            return [r for r in document["resources"] if isinstance(r, dict)]
    source.notes.append(
        f"{files.descriptor} only holds the path {pointer}, which cannot be read; "
        "the tables were looked for under their standard HSDS names."
    )
    return []


def _csv_table(path: str, text: str, delimiter: str | None, source: Source) -> _Table | None:
    if not text.strip():
        return _Table(path, (), [])
    first_line = text.split("\n", 1)[0]
    if delimiter is None:
        # German spreadsheets save "CSV" with semicolons.
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        header = [cell.strip() for cell in next(reader)]
        rows = []
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                source.problems.append(
                    problem(
                        f"{path}, row {number}",
                        msg.NOT_CSV,
                        reason=f"{len(cells)} cells, but {len(header)} columns",
                    )
                )
                continue
            data = {column: cell.strip() for column, cell in zip(header, cells, strict=False)}
            rows.append((data, Place(f"{path}, row {number}", table_row=True)))
    except csv.Error as error:
        source.problems.append(problem(path, msg.NOT_CSV, reason=str(error)))
        return None
    return _Table(path, tuple(header), rows)


def _json_tables(document: Mapping[str, Any], source: Source) -> dict[str, _Table]:
    """The tabular form written as JSON: ``{"organizations.csv": [{...}, ...], ...}``."""
    by_path = {table.path: table.name for table in TABLES}
    tables: dict[str, _Table] = {}
    for key, rows in document.items():
        name = by_path.get(key)
        if name is None:
            continue
        if not isinstance(rows, list):
            source.problems.append(problem(key, msg.NOT_LIST))
            continue
        read: list[tuple[dict[str, str], Place]] = []
        columns: dict[str, None] = {}
        for index, row in enumerate(rows):
            place = Place(f"{key}[{index}]")
            if not isinstance(row, dict):
                source.problems.append(problem(str(place), msg.NOT_OBJECT))
                continue
            node = Node(row, place, source.problems)
            read.append(({column: node.text(column) or "" for column in row}, place))
            columns.update(dict.fromkeys(row))
        tables[name] = _Table(key, tuple(columns), read)
    return tables


def _key(raw: str | None) -> str:
    """An id as compared between tables: UUIDs in any spelling alike."""
    if not raw:
        return ""
    try:
        return str(uuid.UUID(raw.strip()))
    except ValueError:
        return raw.strip()


class _Joiner:
    """Joins the rows of a package into nested objects, as HSDS JSON nests them."""

    def __init__(self, tables: Mapping[str, _Table], source: Source) -> None:
        self.tables = tables
        self.source = source
        self._indexes: dict[tuple[str, str], dict[str, list[tuple[dict[str, str], Place]]]] = {}

    def rows_by(self, table: str, column: str, key: str) -> list[tuple[dict[str, str], Place]]:
        index = self._indexes.get((table, column))
        if index is None:
            index = defaultdict(list)
            for row in self.tables[table].rows if table in self.tables else ():
                index[_key(row[0].get(column))].append(row)
            self._indexes[(table, column)] = index
        return index.get(key, []) if key else []

    def node(
        self,
        kind: str,
        row: tuple[dict[str, str], Place],
        given: Mapping[str, Sequence[Node]] | None = None,
    ) -> Node:
        """The row as an object with its children; ``given`` holds lists joined already."""
        data, place = row
        linked: dict[str, Sequence[Node]] = {}
        for key, (table, column) in CHILD_LISTS.get(kind, {}).items():
            if given is not None and key in given:
                linked[key] = given[key]
            elif table in self.tables:
                found = self.rows_by(table, column, _key(data.get("id")))
                linked[key] = [self.node(table, child) for child in found]
        if kind in NESTED_OBJECT:
            key, table, column = NESTED_OBJECT[kind]
            if table in self.tables:
                found = self.rows_by(table, "id", _key(data.get(column)))
                linked[key] = [self.node(table, child) for child in found]
        return Node(data, place, self.source.problems, linked=linked, missing_is_empty=False)


def _read_tables(tables: dict[str, _Table], source: Source) -> None:
    complete = True
    for name, table in tables.items():
        if not table.columns:
            continue
        for column in REQUIRED_COLUMNS.get(name, ()):
            if column not in table.columns:
                source.problems.append(problem(table.path, msg.MISSING_COLUMN, column=column))
                complete = False
    if not complete:
        return
    for name in ("organization", "location", "service", "service_at_location"):
        if name in tables:
            _check_unique_ids(tables[name], source)
    joiner = _Joiner(tables, source)
    organizations = tables.get("organization", _Table("", (), [])).rows
    in_file = {_key(data.get("id")): (data, place) for data, place in reversed(organizations)}
    locations: dict[str, list[Node]] = defaultdict(list)
    services: dict[str, list[Node]] = defaultdict(list)
    first_reference: dict[str, tuple[str, Place]] = {}

    for row in tables.get("service", _Table("", (), [])).rows:
        owner = _key(row[0].get("organization_id"))
        if not owner:
            source.problems.append(problem(row[1].at("organization_id"), msg.REQUIRED))
            continue
        services[owner].append(joiner.node("service", row))
        first_reference.setdefault(owner, (row[0].get("organization_id", ""), row[1]))
    for row in tables.get("location", _Table("", (), [])).rows:
        owner = _location_owner(row, in_file, joiner, source)
        if owner:
            locations[owner].append(joiner.node("location", row))
            first_reference.setdefault(owner, (row[0].get("organization_id", ""), row[1]))

    for key, row in in_file.items():
        # Its locations and services were gathered above: a location may belong here by way
        # of its services.
        given: dict[str, Sequence[Node]] = {}
        if "location" in tables:
            given["locations"] = locations.pop(key, [])
        if "service" in tables:
            given["services"] = services.pop(key, [])
        source.roots.append(("organization", joiner.node("organization", row, given)))
    # Entries of organisations the file does not hold: they must be in the directory.
    for key in dict.fromkeys([*locations, *services]):
        raw, place = first_reference[key]
        linked = {"locations": locations.get(key, []), "services": services.get(key, [])}
        reference = Node(
            {"id": raw},
            place,
            source.problems,
            linked=linked,
            missing_is_empty=False,
            reference_only=True,
        )
        source.roots.append(("organization", reference))


def _check_unique_ids(table: _Table, source: Source) -> None:
    seen: dict[str, Place] = {}
    for data, place in table.rows:
        key = _key(data.get("id"))
        if not key:
            continue
        if key in seen:
            first = str(seen[key])
            source.problems.append(problem(place.at("id"), msg.DUPLICATE_ROW, id=key, first=first))
        else:
            seen[key] = place


def _location_owner(
    row: tuple[dict[str, str], Place],
    in_file: Mapping[str, tuple[dict[str, str], Place]],
    joiner: _Joiner,
    source: Source,
) -> str:
    """The organisation a location row belongs to.

    Its ``organization_id`` if that organisation is in the file; otherwise the one whose
    services are offered there (the HSDS example package names an organisation it does not
    hold); otherwise the id as given, which must then be in the directory.
    """
    data, place = row
    owner = _key(data.get("organization_id"))
    if owner in in_file:
        return owner
    via_services: set[str] = set()
    for link, _ in joiner.rows_by("service_at_location", "location_id", _key(data.get("id"))):
        for service, _ in joiner.rows_by("service", "id", _key(link.get("service_id"))):
            via_services.add(_key(service.get("organization_id")))
    via_services.discard("")
    if len(via_services) == 1:
        found = via_services.pop()
        if owner:
            name = in_file[found][0].get("name", found) if found in in_file else found
            source.notes.append(
                f"{place}: organization_id {owner} is not in the file; the location was "
                f"taken as one of '{name}', whose service is offered there."
            )
        return found
    if not owner:
        source.notes.append(
            f"{place}: the location belongs to no organisation (no organization_id, and no "
            "service is offered there); it was left out."
        )
    return owner
