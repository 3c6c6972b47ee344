"""DuckDB extensions from their PyPI wheels: DuckDB cannot download them here, so they load by
path from the installed `duckdb-extension-*` packages, which match the pinned duckdb."""

import importlib.util
from pathlib import Path

import duckdb


def extension_path(name: str) -> Path:
    """The .duckdb_extension file shipped in the duckdb-extension-<name> wheel."""
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    if spec is None or spec.origin is None:
        raise RuntimeError(f"duckdb-extension-{name} is not installed: run make install")
    version_dir = Path(spec.origin).parent / "extensions" / f"v{duckdb.__version__}"
    path = version_dir / f"{name}.duckdb_extension"
    if not path.is_file():
        raise RuntimeError(f"no {name} extension for duckdb {duckdb.__version__} at {path}")
    return path


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute(f"load '{extension_path(name)}'")


def init_script(names: tuple[str, ...] = ("fts", "spatial")) -> str:
    """SQL an analyst runs first (`.read` in the duckdb shell) to get search and geography."""
    lines = ["-- Loads the full-text search and spatial extensions shipped with the pipeline."]
    lines += [f"load '{extension_path(name)}';" for name in names]
    return "\n".join(lines) + "\n"
