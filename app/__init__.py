"""FloorQC (楼面质检): layered quality control for hotel and restaurant floors."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("floorqc")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
