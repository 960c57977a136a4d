"""The Summary area's page preview: page navigation and zoom over its `QPrintPreviewWidget`.

A mixin of `SummaryView` (which owns `preview`, `_pages_view` and the actions made here); its
words are in the view's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QGraphicsView, QLabel, QToolBar, QWidget

from ..view_parts import view_action


def _tr(text: str) -> str:
    return QCoreApplication.translate("SummaryView", text)


class PreviewPages:
    """Page navigation and zoom for the preview: actions with the usual keys."""

    preview: QPrintPreviewWidget
    _pages_view: QGraphicsView | None
    page_label: QLabel
    action_previous_page: QAction
    action_next_page: QAction
    action_fit_width: QAction
    action_fit_page: QAction
    action_zoom_in: QAction
    action_zoom_out: QAction

    def _preview_bar(self) -> QToolBar:
        """Page navigation and zoom for the preview: actions with the usual keys."""
        assert isinstance(self, QWidget)
        tr = _tr
        self.action_previous_page = view_action(
            self,
            "action_previous_page",
            tr("Previous Page"),
            lambda: self.go_to_page(self.current_page() - 1),
            "Ctrl+PgUp",
            "up",
        )
        self.action_next_page = view_action(
            self,
            "action_next_page",
            tr("Next Page"),
            lambda: self.go_to_page(self.current_page() + 1),
            "Ctrl+PgDown",
            "down",
        )
        self.action_fit_width = view_action(
            self, "action_fit_width", tr("Fit &Width"), lambda: self._fit_width(), "Ctrl+0"
        )
        self.action_fit_page = view_action(
            self, "action_fit_page", tr("Fit &Page"), lambda: self._fit_page()
        )
        self.action_zoom_in = view_action(
            self,
            "action_zoom_in",
            tr("Zoom &In"),
            lambda: self._zoom(True),
            QKeySequence.StandardKey.ZoomIn,
        )
        self.action_zoom_out = view_action(
            self,
            "action_zoom_out",
            tr("Zoom &Out"),
            lambda: self._zoom(False),
            QKeySequence.StandardKey.ZoomOut,
        )
        # Short words on the bar (it must fit beside the choices in a 1024-pixel window); the
        # tooltips and menus keep the full names and keys.
        for action, short in (
            (self.action_fit_width, tr("Fit width")),
            (self.action_fit_page, tr("Fit page")),
            (self.action_zoom_out, "−"),
            (self.action_zoom_in, "+"),
        ):
            action.setIconText(short)
        for action in (self.action_fit_width, self.action_fit_page):
            action.setCheckable(True)
        self.action_fit_width.setChecked(True)
        self.page_label = QLabel()
        self.page_label.setObjectName("summary_page")
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance("0") * 14)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QToolBar()
        bar.setObjectName("summary_preview_bar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addAction(self.action_previous_page)
        bar.addWidget(self.page_label)
        bar.addAction(self.action_next_page)
        bar.addSeparator()
        for action in (
            self.action_fit_width,
            self.action_fit_page,
            self.action_zoom_out,
            self.action_zoom_in,
        ):
            bar.addAction(action)
        return bar

    # -- preview: pages and zoom --------------------------------------------------------------

    def current_page(self) -> int:
        return self.preview.currentPage()

    def go_to_page(self, page: int) -> None:
        """Show `page` (1-based, clamped) from its top."""
        count = self.preview.pageCount()
        if count < 1:
            return
        page = min(max(page, 1), count)
        self.preview.setCurrentPage(page)
        self._scroll_to_page_top(page)
        self._show_page_number()

    def _scroll_to_page_top(self, page: int) -> None:
        # setCurrentPage centres the page: at a fit-to-width zoom that is its blank middle.
        view = self._pages_view
        if view is None:
            return
        pages = sorted(
            (item for item in view.scene().items() if item.parentItem() is None),
            key=lambda item: item.sceneBoundingRect().top(),
        )
        pages = [p for p in pages if p.sceneBoundingRect().height() > 50]
        if not 1 <= page <= len(pages):
            return
        top = view.mapFromScene(pages[page - 1].sceneBoundingRect().topLeft()).y()
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + top - 8)

    def _to_top(self) -> None:
        bar = self._pages_view.verticalScrollBar() if self._pages_view else None
        if bar is not None:
            bar.setValue(bar.minimum())
            self._show_page_number()

    def _zoom(self, inward: bool) -> None:
        if inward:
            self.preview.zoomIn()
        else:
            self.preview.zoomOut()
        self._zoom_changed()

    def _fit_width(self) -> None:
        self.preview.fitToWidth()
        self._zoom_changed()

    def _fit_page(self) -> None:
        self.preview.fitInView()
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        mode = self.preview.zoomMode()
        self.action_fit_width.setChecked(mode == QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.action_fit_page.setChecked(mode == QPrintPreviewWidget.ZoomMode.FitInView)
        self._show_page_number()

    def _show_page_number(self) -> None:
        count = self.preview.pageCount()
        page = min(max(self.preview.currentPage(), 1), max(count, 1))
        self.page_label.setText(
            _tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))
        )
        self.action_previous_page.setEnabled(page > 1)
        self.action_next_page.setEnabled(page < count)
