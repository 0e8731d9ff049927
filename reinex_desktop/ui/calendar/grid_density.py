"""The day screen's density controls: zoom out / in, "fit all instructors" and the side panel toggle.

The choices are this workstation's, kept in the user's settings and restored when the screen opens.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSignalBlocker
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from reinex_desktop.domain.calendar.zoom import MAX_STEP, MIN_STEP, Zoom
from reinex_desktop.ui.calendar.day_grid import DayGridView

ZOOM_KEY = "calendar/zoom"
FIT_KEY = "calendar/fitAll"
PANEL_KEY = "calendar/sidePanel"


def _flag(value: object, default: bool) -> bool:
    if value is None:
        return default
    return str(value).lower() in ("true", "1")


class DensityControls(QWidget):
    """Buttons for the grid's zoom and the side panel, in the day screen's top row."""

    def __init__(self, grid: DayGridView, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("densityControls")
        self._grid = grid
        self._panel = panel
        self.zoom_out = self._button("zoomOutButton", "−", self.tr("Zoom out: narrower columns, shorter rows (Ctrl+−)"))
        self.zoom_in = self._button("zoomInButton", "+", self.tr("Zoom in: wider columns, taller rows (Ctrl++)"))
        self.fit_all = self._button(
            "fitAllButton", self.tr("Fit all"), self.tr("Fit all instructors in the width (Ctrl+0: default size)")
        )
        self.fit_all.setCheckable(True)
        self.panel_toggle = self._button(
            "sidePanelButton", self.tr("Side panel"), self.tr("Show or hide the lesson details and the pinboard")
        )
        self.panel_toggle.setCheckable(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for button in (self.zoom_out, self.zoom_in, self.fit_all, self.panel_toggle):
            layout.addWidget(button)
        self.zoom_out.clicked.connect(grid.zoom_out)
        self.zoom_in.clicked.connect(grid.zoom_in)
        self.fit_all.toggled.connect(lambda on: grid.set_zoom(grid.zoom().fitted(on)))
        self.panel_toggle.toggled.connect(self.set_panel_visible)
        grid.zoom_changed.connect(self._on_zoom_changed)
        self._restore()

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def _restore(self) -> None:
        settings = QSettings()
        zoom = Zoom.of(settings.value(ZOOM_KEY, Zoom().step), settings.value(FIT_KEY, False))
        self._grid.set_zoom(zoom)
        self._on_zoom_changed(zoom)
        shown = _flag(settings.value(PANEL_KEY), True)
        with QSignalBlocker(self.panel_toggle):
            self.panel_toggle.setChecked(shown)
        self._panel.setVisible(shown)

    def set_panel_visible(self, shown: bool) -> None:
        """Show or hide the details and pinboard panel (remembered)."""
        with QSignalBlocker(self.panel_toggle):
            self.panel_toggle.setChecked(shown)
        self._panel.setVisible(shown)
        QSettings().setValue(PANEL_KEY, shown)

    def _on_zoom_changed(self, zoom: Zoom) -> None:
        with QSignalBlocker(self.fit_all):
            self.fit_all.setChecked(zoom.fit)
        self.zoom_out.setEnabled(zoom.fit or zoom.step > MIN_STEP)
        self.zoom_in.setEnabled(zoom.fit or zoom.step < MAX_STEP)
        settings = QSettings()
        settings.setValue(ZOOM_KEY, zoom.step)
        settings.setValue(FIT_KEY, zoom.fit)
