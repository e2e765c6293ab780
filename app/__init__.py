"""FloorQC (楼面质检): layered quality control for hotel and restaurant floors."""

import functools


@functools.cache
def _version() -> str:
    # The installed package's metadata; the PyInstaller bundle carries it too (copy_metadata in
    # packaging/floorqc.spec), so --version and the About panel agree with pyproject.toml.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("floorqc")
    except PackageNotFoundError:
        pass
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:  # a source tree that was never installed: the version pyproject.toml declares
        import tomllib

        with pyproject.open("rb") as f:
            return f"{tomllib.load(f)['project']['version']}+source"
    except (OSError, KeyError, ValueError):  # a bundle built without its metadata
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    # ``app.__version__`` on first use: reading package metadata scans every installed
    # distribution, 20 ms that every start-up would pay for the About panel's sake.
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
