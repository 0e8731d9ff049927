"""Render the application icon from its SVG sources into every size Windows and Linux ask for.

`python packaging/icons.py` (also run by `packaging/build.py`) writes, next to the SVG sources in
`reinex_desktop/resources/icons/`:

- `reinex-<N>.png` for each size in `PNG_SIZES` (the window icon, the Linux hicolor theme);
- `reinex.ico`, a multi-size Windows icon (`ICO_SIZES`; 32-bit BMP entries, PNG for 256).

Sizes up to `SMALL_MAX` come from `reinex-small.svg` (bolder, no fine detail); larger ones from
`reinex.svg`. Files are only rewritten when their content changes, so a rebuild leaves git clean.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "reinex_desktop" / "resources" / "icons"
NAME = "reinex"
PNG_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 96, 128, 256, 512)
SMALL_MAX = 24


def svg_for(size: int, icon_dir: Path = ICON_DIR) -> Path:
    """The SVG source drawn at `size` pixels."""
    return icon_dir / (f"{NAME}-small.svg" if size <= SMALL_MAX else f"{NAME}.svg")


def png_path(size: int, icon_dir: Path = ICON_DIR) -> Path:
    return icon_dir / f"{NAME}-{size}.png"


def ico_path(icon_dir: Path = ICON_DIR) -> Path:
    return icon_dir / f"{NAME}.ico"


#: The application Qt needs to draw; kept here so it lives as long as the module.
_GUI: list[object] = []


def _ensure_gui() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _GUI.append(QGuiApplication([]))


def render(size: int, icon_dir: Path = ICON_DIR):  # -> QImage
    """The icon drawn at `size`×`size` pixels, straight (non-premultiplied) ARGB."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ensure_gui()
    renderer = QSvgRenderer(str(svg_for(size, icon_dir)))
    if not renderer.isValid():
        raise ValueError(f"cannot read {svg_for(size, icon_dir)}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # image: QImage
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def _bmp_entry(image) -> bytes:  # image: QImage in Format_ARGB32
    """A 32-bit BGRA DIB as an ICO entry: header (height doubled), bottom-up pixels, AND mask."""
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    raw = bytes(image.constBits())
    # Format_ARGB32 is 0xAARRGGBB per pixel: on little-endian machines the bytes are B, G, R, A.
    if sys.byteorder != "little":  # pragma: no cover - no big-endian build machine
        raise OSError("ICO writing needs a little-endian machine")
    rows = [raw[y * stride : y * stride + width * 4] for y in range(height)]
    pixels = b"".join(reversed(rows))
    mask_stride = ((width + 31) // 32) * 4
    mask = bytes(mask_stride * height)  # transparency comes from the alpha channel
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: dict[int, object]) -> bytes:
    """A Windows `.ico` holding every image (size → QImage); 256 px is stored as PNG."""
    entries = []
    for size in sorted(images):
        image = images[size]
        data = png_bytes(image) if size >= 256 else _bmp_entry(image)
        entries.append((size, data))
    offset = 6 + 16 * len(entries)
    directory = b""
    payload = b""
    for size, data in entries:
        dimension = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + payload


def read_ico_sizes(data: bytes) -> list[int]:
    """The pixel sizes listed in an `.ico` file's directory."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an icon file")
    sizes = []
    for index in range(count):
        width = data[6 + 16 * index]
        sizes.append(width or 256)
    return sizes


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def generate(icon_dir: Path = ICON_DIR) -> list[Path]:
    """Write every PNG size and the `.ico`; returns the files whose content changed."""
    images = {size: render(size, icon_dir) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    changed = [
        png_path(size, icon_dir)
        for size in PNG_SIZES
        if _write_if_changed(png_path(size, icon_dir), png_bytes(images[size]))
    ]
    if _write_if_changed(ico_path(icon_dir), ico_bytes({size: images[size] for size in ICO_SIZES})):
        changed.append(ico_path(icon_dir))
    return changed


if __name__ == "__main__":
    for changed_path in generate():
        print(changed_path.relative_to(ICON_DIR.parent.parent.parent))
