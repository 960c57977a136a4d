"""Evidence links: rows of address + optional label, added and removed by keyboard or mouse.

Only web and e-mail addresses are accepted (http, https, mailto): a journal may be printed or
shared, and `file:`, `javascript:` or `data:` links would point at the writer's own disk or run
something when clicked. A bare host such as `example.com/report` is taken as https.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QSize, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services import LinkRecord, ValidationError, validate
from ..icons import icon

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_URL, MAX_LABEL = 2000, 200
_BARE_HOST = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s/:]+@[^@\s/:]+\.[^@\s/:]+$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinksField", text)


def normalise_link(text: str) -> str:
    """The address to store for `text`, or ValueError with a message fit for the user."""
    raw = text.strip()
    if not raw:
        raise ValueError(_tr("The address is empty."))
    if _EMAIL.match(raw):
        raw = "mailto:" + raw
    elif _BARE_HOST.match(raw) and "://" not in raw:
        raw = "https://" + raw
    url = QUrl(raw, QUrl.ParsingMode.StrictMode)
    scheme = url.scheme().lower()
    if not url.isValid() or not scheme:
        raise ValueError(_tr("“%s” is not a web or e-mail address.") % raw)
    if scheme not in ALLOWED_SCHEMES:
        raise ValueError(
            _tr("“%s:” links are not allowed; use an http://, https:// or mailto: address.")
            % scheme
        )
    if scheme in ("http", "https") and not url.host():
        raise ValueError(_tr("“%s” has no host name.") % raw)
    if scheme == "mailto" and "@" not in url.path():
        raise ValueError(_tr("“%s” is not an e-mail address.") % raw)
    return raw


class LinkRow(QWidget):
    remove_requested = Signal(object)  # LinkRow

    def __init__(self, url: str = "", label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.url_edit = QLineEdit(url, self)
        self.url_edit.setObjectName("link_url")
        self.url_edit.setPlaceholderText(self.tr("https://… or name@example.com"))
        self.url_edit.setAccessibleName(self.tr("Link address"))
        self.url_edit.setMaxLength(MAX_URL)
        self.label_edit = QLineEdit(label, self)
        self.label_edit.setObjectName("link_label")
        self.label_edit.setPlaceholderText(self.tr("Label (optional)"))
        self.label_edit.setAccessibleName(self.tr("Link label"))
        self.label_edit.setMaxLength(MAX_LABEL)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("link_remove")
        self.remove_button.setIcon(icon("close"))
        self.remove_button.setIconSize(QSize(14, 14))
        self.remove_button.setToolTip(self.tr("Remove this link"))
        self.remove_button.setAccessibleName(self.tr("Remove link"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.url_edit, 3)
        layout.addWidget(self.label_edit, 2)
        layout.addWidget(self.remove_button)

    def is_blank(self) -> bool:
        return not self.url_edit.text().strip() and not self.label_edit.text().strip()


class LinksField(QWidget):
    """The list of evidence links; `links()` returns them checked, `changed` fires on any edit."""

    changed = Signal()  # any edit
    row_added = Signal(object)  # LinkRow
    rows_changed = Signal()  # a row was added or removed: the Tab order needs updating

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("links")
        self.rows: list[LinkRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self.add_button = QPushButton(icon("link"), self.tr("Add &link"), self)
        self.add_button.setObjectName("link_add")
        self.add_button.setToolTip(self.tr("Add a link to evidence: a document, a ticket, a talk"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_and_focus)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._rows_layout)
        layout.addLayout(buttons)

    def add_row(self, url: str = "", label: str = "") -> LinkRow:
        row = LinkRow(url, label, self)
        row.url_edit.textChanged.connect(self.changed)
        row.label_edit.textChanged.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # now, not when the layout gets round to it: focus and Tab need it visible
        self.row_added.emit(row)
        self.rows_changed.emit()
        self.changed.emit()
        return row

    def remove_row(self, row: LinkRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        had_focus = row.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        if had_focus:
            target = self.rows[min(index, len(self.rows) - 1)].url_edit if self.rows else None
            (target or self.add_button).setFocus()
        self.rows_changed.emit()
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        """The field's widgets in visual (Tab) order: each row, then the Add button."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.url_edit, row.label_edit, row.remove_button]
        return [*chain, self.add_button]

    def _add_and_focus(self) -> None:
        self.add_row().url_edit.setFocus()

    def set_links(self, links: Iterable[LinkRecord]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for link in links:
            self.add_row(link.url, link.label)

    def raw_links(self) -> tuple[LinkRecord, ...]:
        """The rows as typed (blank rows skipped), without checking them."""
        return tuple(
            LinkRecord(row.url_edit.text().strip(), row.label_edit.text().strip())
            for row in self.rows
            if not row.is_blank()
        )

    def links(self) -> tuple[LinkRecord, ...]:
        """The links, addresses normalised; ValidationError("links", …) names the first bad one."""
        result = []
        for number, row in enumerate(self.rows, start=1):
            if row.is_blank():
                continue
            try:
                url = normalise_link(row.url_edit.text())
                label = validate.text(row.label_edit.text(), "links", MAX_LABEL)
            except (ValueError, ValidationError) as exc:
                raise ValidationError("links", self.tr("Link %d: %s") % (number, exc)) from None
            result.append(LinkRecord(url, label))
        return tuple(result)

    def first_bad_row(self) -> LinkRow | None:
        for row in self.rows:
            if row.is_blank():
                continue
            try:
                normalise_link(row.url_edit.text())
            except ValueError:
                return row
        return None
