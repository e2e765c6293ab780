"""Posts tab (岗位): posts with their head-count quota against who fills them (定岗定编),
short and over flagged, and the responsibilities of the selected post."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import PostDTO
from app.ui.context import UiContext
from app.ui.form_dialog import ask
from app.ui.pages.org_common import (
    AMBER_BG,
    AMBER_TEXT,
    CENTER,
    RED_TEXT,
    RIGHT,
    NoticeBanner,
    OrgTab,
    bold_font,
    make_table,
)
from app.ui.post_dialog import PostDialog
from app.ui.table_model import Column


class PostsTab(OrgTab):
    def __init__(self, ctx: UiContext, banner: NoticeBanner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, banner, parent)
        self._departments: list = []
        self._ranks: list = []
        self._selected_id: int | None = None
        self.new_button = self.edit_button(self.tr("New post…"), self.new_post)
        self.edit_post_button = self.edit_button(self.tr("Edit…"), self.edit_post)
        self.delete_button = self.edit_button(self.tr("Delete"), self.delete_post)

        short, over, ok = self.tr("Short by {n}"), self.tr("Over by {n}"), self.tr("Full")

        def status(p: PostDTO) -> str:
            gap = abs(p.quota - p.filled)
            return {"under": short, "over": over}.get(p.flag, ok).format(n=gap)

        def colour(p: PostDTO):
            return {"under": RED_TEXT, "over": AMBER_TEXT}.get(p.flag)

        def fill(p: PostDTO):
            return AMBER_BG if p.flag == "over" else None

        def weight(p: PostDTO):
            return bold_font() if p.flag != "ok" else None

        self.table, self.model = make_table([
            Column(self.tr("Department"), lambda p: p.department),
            Column(self.tr("Post"), lambda p: p.name),
            Column(self.tr("Rank"), lambda p: p.rank),
            Column(self.tr("Quota"), lambda p: p.quota, alignment=RIGHT),
            Column(self.tr("Filled"), lambda p: p.filled, alignment=RIGHT, foreground=colour,
                   background=fill),
            Column(self.tr("Status"), status, alignment=CENTER, foreground=colour,
                   background=fill, font=weight),
        ], widths=(110, 150, 80, 60, 60))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(mid);")
        self.duties = QListWidget()
        self.duties.setWordWrap(True)
        self.duties_box = QGroupBox(self.tr("Responsibilities"))
        QVBoxLayout(self.duties_box).addWidget(self.duties)

        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_post_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.summary)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.duties_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 460])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.can_edit and self.edit_post())
        self._selection_changed()

    def load(self) -> None:
        org = self.ctx.services.org
        self.read("posts", lambda: (org.departments(), org.ranks(), org.posts()), self._show)

    def _show(self, result) -> None:
        self._departments, self._ranks, posts = result
        self.model.set_rows(posts)
        short = sum(1 for p in posts if p.flag == "under")
        over = sum(1 for p in posts if p.flag == "over")
        self.summary.setText(self.tr("{posts} posts · {short} short-staffed · {over} over quota")
                             .format(posts=len(posts), short=short, over=over))
        row = self.model.find(lambda p: p.id == self._selected_id)
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> PostDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection_changed(self) -> None:
        post = self.selected()
        self.enable(self.edit_post_button, post is not None)
        self.enable(self.delete_button, post is not None)
        self.duties.clear()
        if post is None:
            self.duties_box.setTitle(self.tr("Responsibilities"))
            return
        self._selected_id = post.id
        self.duties_box.setTitle(self.tr("Responsibilities of {post}").format(post=post.name))
        for number, duty in enumerate(post.duties, start=1):
            self.duties.addItem(f"{number}. {duty}")
        if not post.duties:
            self.duties.addItem(self.tr("No responsibilities written yet."))

    def new_post(self) -> PostDialog:
        dialog = PostDialog(self._departments, self._ranks, None, self)
        return self.present(dialog, lambda: self._save(dialog))

    def edit_post(self) -> PostDialog | None:
        post = self.selected()
        if post is None:
            return None
        dialog = PostDialog(self._departments, self._ranks, post, self)
        return self.present(dialog, lambda: self._save(dialog))

    def _save(self, dialog: PostDialog) -> None:
        v, org = dialog.value(), self.ctx.services.org
        post_id = dialog.post.id if dialog.post else None

        def saved(post: PostDTO) -> None:
            self._selected_id = post.id

        self.write(lambda: org.save_post(v.name, v.department_id, v.rank_id, v.quota,
                                         list(v.duties), post_id), saved, dialog)

    def delete_post(self):
        post = self.selected()
        if post is None:
            return None
        org = self.ctx.services.org
        return ask(self, self.tr("Delete post"),
                   self.tr("Delete the post {name}? Qualifications for it are removed too.")
                   .format(name=post.name),
                   lambda: self.write(lambda: org.delete_post(post.id)),
                   self.tr("Delete"), self.tr("Cancel"))
