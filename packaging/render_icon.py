"""Render packaging/floorqc.svg to floorqc.png (256 px, Qt's SVG renderer) and floorqc.ico
(16-256 px, Pillow) for the Windows launchers and installer.

Run: QT_QPA_PLATFORM=offscreen python packaging/render_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZE = 256


def render(svg: Path, png: Path, size: int = SIZE) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png)):
        raise SystemExit(f"could not write {png}")


def write_ico(png: Path, ico: Path) -> None:
    from PIL import Image

    with Image.open(png) as image:
        image.save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    render(HERE / "floorqc.svg", HERE / "floorqc.png")
    write_ico(HERE / "floorqc.png", HERE / "floorqc.ico")
