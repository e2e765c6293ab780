"""FloorQC (楼面质检): layered quality control for hotel and restaurant floors."""

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    # The installed package's metadata; the PyInstaller bundle carries it too (copy_metadata in
    # packaging/floorqc.spec), so --version and the About panel agree with pyproject.toml.
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


__version__ = _version()
