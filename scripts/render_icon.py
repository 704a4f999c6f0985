"""Renders an SVG icon into the PNG sizes of the hicolor icon theme, with Qt's
QSvgRenderer (the virtual environment's PySide6; scripts/install-desktop.sh runs it).

    render_icon.py SVG FOLDER NAME SIZE [SIZE ...]

writes FOLDER/SIZExSIZE/apps/NAME.png for each SIZE, square, with a transparent
background, and prints each path written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) < 4 or not all(size.isdigit() for size in argv[3:]):
        print("usage: render_icon.py SVG FOLDER NAME SIZE [SIZE ...]", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: no display needed
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg, folder, name = Path(argv[0]), Path(argv[1]), argv[2]
    _app = QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"render_icon.py: {svg} is not an SVG picture Qt can read", file=sys.stderr)
        return 1
    for size in (int(text) for text in argv[3:]):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = folder / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"render_icon.py: could not write {target}", file=sys.stderr)
            return 1
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
