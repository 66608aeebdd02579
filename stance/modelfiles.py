"""Model files: skops only, written byte-for-byte reproducibly, read against a trusted list."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class ModelFileError(ValueError):
    """A model file that is missing, unreadable or holds types we do not trust."""


def _renumber(node, ids: dict, files: dict, members: set) -> None:
    """Replace object ids and member file names in a skops schema by first-seen counters.

    Also drops TfidfVectorizer's `_stop_words_id`, a cached id() that sklearn re-derives.
    """
    if isinstance(node, dict):
        node.pop("_stop_words_id", None)
        for key, value in node.items():
            if key == "__id__":
                node[key] = ids.setdefault(value, len(ids) + 1)  # skops ignores an id of 0
            elif key == "file" and isinstance(value, str) and value in members:
                node[key] = files.setdefault(value, f"{len(files)}{Path(value).suffix}")
            else:
                _renumber(value, ids, files, members)
    elif isinstance(node, list):
        for value in node:
            _renumber(value, ids, files, members)


def canonical_skops(data: bytes) -> bytes:
    """Rewrite a skops archive so that the same model always gives the same bytes.

    skops names array files and tags objects by memory address (and sklearn caches one
    id()), and stamps the zip entries with the current time; all are renumbered or fixed
    here, and the archive is deflated.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        schema = json.loads(src.read("schema.json"))
        members = {n: src.read(n) for n in src.namelist() if n != "schema.json"}
    files: dict[str, str] = {}
    _renumber(schema, {}, files, set(members))
    if set(files) != set(members):
        raise ValueError("skops archive holds files its schema does not reference")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        entries = [("schema.json", json.dumps(schema, separators=(",", ":")).encode("utf-8"))]
        entries += sorted((new, members[old]) for old, new in files.items())
        for name, payload in entries:
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, payload, compresslevel=9)
    return out.getvalue()


def save_skops(obj, path: str | Path) -> Path:
    """Write `obj` as a skops file, atomically; the same object always gives the same bytes."""
    import skops.io as sio

    from stance.atomic import atomic_write

    path = Path(path)
    with atomic_write(path, "wb") as fh:
        fh.write(canonical_skops(sio.dumps(obj)))
    return path


def load_skops(path: str | Path, trusted: frozenset[str]):
    """Load a skops file, refusing it when it holds a type outside `trusted`.

    skops audits the whole file against the list before it builds any object; the untrusted
    types are listed (skops.io.get_untrusted_types) only to name them in the error.
    """
    import skops.io as sio
    from skops.io.exceptions import UntrustedTypesFoundException

    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelFileError(f"{path}: no such model file") from None
    try:
        return sio.loads(data, trusted=sorted(trusted))
    except UntrustedTypesFoundException:
        unknown = sorted(set(sio.get_untrusted_types(data=data)) - trusted)
        raise ModelFileError(f"{path}: refusing to load untrusted type(s): "
                             f"{', '.join(unknown)}") from None
    except Exception as exc:  # noqa: BLE001 - any parse failure means an unusable file
        raise ModelFileError(f"{path}: not a readable skops model ({exc})") from None
