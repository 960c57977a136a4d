"""Rendering an entry's Markdown safely: nothing is loaded, links open only when confirmed.

Journal text may come from imports of files somebody else wrote. Qt's text engine would happily
load `file:`, `http:` and `data:` images, and resolve relative paths against the working folder,
so the document refuses every resource (a small "blocked" tile stands in for an image), raw HTML
is switched off, and a clicked link only asks the user before handing it to the desktop.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def _blocked_tile() -> QImage:
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor(128, 128, 128, 60))
    painter = QPainter(image)
    painter.setPen(QColor(128, 128, 128, 200))
    painter.drawRect(0, 0, 23, 23)
    painter.drawLine(4, 4, 19, 19)
    painter.drawLine(19, 4, 4, 19)
    painter.end()
    return image


class SafeDocument(QTextDocument):
    """A QTextDocument that never loads a resource. `blocked` lists what was asked for."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.blocked: list[QUrl] = []
        self._tile = _blocked_tile()

    def loadResource(self, type: int, name: QUrl) -> object:
        url = QUrl(name)
        if url not in self.blocked:
            self.blocked.append(url)
        self.addResource(type, url, self._tile)  # cached: Qt asks once per address
        return self._tile

    def set_markdown(self, text: str) -> None:
        self.blocked.clear()
        self.setMarkdown(text, _FEATURES)


class SafeMarkdownView(QTextBrowser):
    """Read-only Markdown view for entry bodies; emits `link_opened` after the user agrees."""

    link_opened = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._confirm_and_open)
        #: Replaced in tests; returns True when the user agrees to open the address.
        self.confirm = self._ask

    @property
    def safe_document(self) -> SafeDocument:
        doc = self.document()
        assert isinstance(doc, SafeDocument)
        return doc

    def set_markdown(self, text: str) -> None:
        self.safe_document.set_markdown(text)

    def loadResource(self, type: int, name: QUrl) -> object:
        return self.safe_document.loadResource(type, name)

    def _ask(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open link?"),
            self.tr("Open this address outside Career Journal?\n\n%s") % url.toDisplayString(),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def _confirm_and_open(self, url: QUrl) -> None:
        if url.scheme().lower() not in SAFE_LINK_SCHEMES:
            QMessageBox.information(
                self,
                self.tr("Link not opened"),
                self.tr("Only web and e-mail links are opened from entries; this one is:\n\n%s")
                % url.toDisplayString(),
            )
            return
        if self.confirm(url):
            QDesktopServices.openUrl(url)
            self.link_opened.emit(url)
