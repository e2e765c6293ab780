"""Patrol rounds (巡检): start a round on a checklist version, answer item by item (each
answer its own short write, so a crash loses nothing), submit to score it, raise one finding
per failed item and note where a higher layer failed what a lower layer passed.

Findings and history live in patrol_findings / patrol_history; PatrolService is all three."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Area, ShiftType
from app.db.models_patrol import (
    ChecklistItem,
    Disagreement,
    Inspection,
    InspectionResult,
    Photo,
    TemplateVersion,
)
from app.domain.checklists import LEVELS, Answer, allowed_levels, failed, score
from app.domain.errors import QT_TRANSLATE_NOOP, FloorQCError, NotFound, Term, ValidationError
from app.domain.permissions import ROLE_LABELS, Permission
from app.domain.shifts import shift_window
from app.services.checklist_dto import AnswerDTO, InspectionDTO, PhotoDTO, RoundSummary
from app.services.checklist_load import item_rule, version_dto
from app.services.on_duty import OnDutyService
from app.services.patrol_findings import PatrolFindings, finding_dtos, new_finding
from app.services.patrol_history import PatrolHistory, disagreement_dtos, record_disagreements
from app.services.photos import photo_dto, prepare_photo, save_prepared

OUTCOMES = ("pass", "fail", "na")

class PatrolIncomplete(FloorQCError):
    """Submit refused; ``problems`` lists every reason as (template, params)."""

    def __init__(self, problems: list[tuple[str, dict]]) -> None:
        self.problems = list(problems)
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The round cannot be submitted yet ({count} problem(s)):"),
            count=len(self.problems))

    def render(self, translate=None) -> str:
        lines = [super().render(translate)]
        for template, params in self.problems:
            text = translate("errors", template) if translate else template
            lines.append("• " + text.format(**params))
        return "\n".join(lines)


_UNANSWERED = QT_TRANSLATE_NOOP("errors", "Not answered: {item}")
_NO_PHOTO = QT_TRANSLATE_NOOP("errors", "Failed without the required photo: {item}")
_NO_NOTE = QT_TRANSLATE_NOOP("errors", "Failed without a note describing the problem: {item}")


def shift_at(shifts: list[ShiftType], at: dt.datetime) -> tuple[dt.date, ShiftType | None]:
    """The working day and shift a moment belongs to: of the shifts running then, the one that
    began last (午市 rather than 早班 at 11:00); a shift crossing midnight keeps its start day."""
    running = []
    for sh in shifts:
        for day in (at.date() - dt.timedelta(days=1), at.date()):
            begin, end = shift_window(day, sh.start, sh.end)
            if begin <= at < end:
                running.append((begin, -(end - begin).total_seconds(), day, sh))
    if not running:
        return at.date(), None
    _, _, day, sh = max(running, key=lambda r: (r[0], r[1]))
    return day, sh


def _answered(r: InspectionResult | None) -> bool:
    return r is not None and r.outcome is not None


class PatrolService(PatrolFindings, PatrolHistory):
    # ---- rounds -------------------------------------------------------------------------
    def start(self, area_id: int, version_id: int, level: str,
              at: dt.datetime | None = None) -> InspectionDTO:
        self._require(Permission.RUN_PATROLS)
        if level not in LEVELS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown inspection level {level}."),
                                  level=level)
        if level not in allowed_levels(self.actor.role):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Your role ({role}) may not run a {level}."),
                role=Term("roles", ROLE_LABELS[self.actor.role]),
                level=Term("levels", LEVELS[level]))
        at = at or self.clock()
        with self.db.write() as s:
            if s.get(Area, area_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such area."))
            version = s.get(TemplateVersion, version_id)
            if version is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such checklist version."))
            if version.status != "published":
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "Only a published checklist can be used for a round."))
            shifts = list(s.scalars(select(ShiftType).where(ShiftType.active.is_(True))))
            day, shift = shift_at(shifts, at)
            row = Inspection(version_id=version_id, level=level, inspector=self.actor.username,
                             inspector_employee_id=self.actor.employee_id, area_id=area_id,
                             day=day, shift_type_id=shift.id if shift else None, started_at=at,
                             status="draft")
            s.add(row)
            s.flush()
            return self._dto(s, row)

    def drafts(self) -> list[InspectionDTO]:
        """The signed-in user's unsubmitted rounds, newest first (to resume after a crash)."""
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            rows = s.scalars(select(Inspection).where(
                Inspection.inspector == self.actor.username, Inspection.status == "draft")
                .order_by(Inspection.started_at.desc(), Inspection.id.desc()))
            return [self._dto(s, r) for r in rows]

    def inspection(self, inspection_id: int) -> InspectionDTO:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return self._dto(s, self._get(s, inspection_id))

    # ---- answers: each one short write --------------------------------------------------
    def answer(self, inspection_id: int, item_id: int, outcome: str | None,
               value: float | None = None, text: str = "") -> AnswerDTO:
        self._require(Permission.RUN_PATROLS)
        if outcome is not None and outcome not in OUTCOMES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown answer {outcome}."),
                                  outcome=outcome)
        with self.db.write() as s:
            item = self._own_item(s, inspection_id, item_id)
            outcome, value = _normalise(item, outcome, value, text)
            row = self._result(s, inspection_id, item_id, create=True)
            row.outcome, row.value, row.text = outcome, value, text or ""
            row.answered_at = self.clock()
            s.flush()
            return _answer_dto(s, row)

    def set_note(self, inspection_id: int, item_id: int, note: str) -> AnswerDTO:
        self._require(Permission.RUN_PATROLS)
        with self.db.write() as s:
            self._own_item(s, inspection_id, item_id)
            row = self._result(s, inspection_id, item_id, create=True)
            row.note = (note or "").strip()
            s.flush()
            return _answer_dto(s, row)

    def add_photo(self, inspection_id: int, item_id: int, data: bytes) -> int:
        """The photo's attachment id; the photo is checked and re-encoded before the write."""
        self._require(Permission.RUN_PATROLS)
        with self.db.read() as s:
            self._own_item(s, inspection_id, item_id)
        prepared = prepare_photo(data)
        with self.db.write() as s:
            self._own_item(s, inspection_id, item_id)
            row = self._result(s, inspection_id, item_id, create=True)
            attachment = save_prepared(s, prepared, self.clock())
            linked = s.scalar(select(Photo.id).where(Photo.result_id == row.id,
                                                     Photo.attachment_id == attachment.id))
            if linked is None:
                s.add(Photo(attachment_id=attachment.id, result_id=row.id))
                s.flush()
            return attachment.id

    def remove_photo(self, inspection_id: int, item_id: int, attachment_id: int) -> None:
        self._require(Permission.RUN_PATROLS)
        with self.db.write() as s:
            self._own_item(s, inspection_id, item_id)
            row = self._result(s, inspection_id, item_id, create=False)
            if row is not None:
                for link in s.scalars(select(Photo).where(Photo.result_id == row.id,
                                                          Photo.attachment_id == attachment_id)):
                    s.delete(link)

    def photo(self, attachment_id: int) -> PhotoDTO:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            return photo_dto(s, attachment_id)

    # ---- submit -------------------------------------------------------------------------
    def submit(self, inspection_id: int) -> RoundSummary:
        self._require(Permission.RUN_PATROLS)
        with self.db.read() as s:
            head = self._own_draft(s, inspection_id)
            area_id, started_at = head.area_id, head.started_at
        duty = OnDutyService(self.db, self.actor).lookup(area_id, started_at)
        with self.db.write() as s:
            insp = self._own_draft(s, inspection_id)
            items = list(s.scalars(select(ChecklistItem)
                                   .where(ChecklistItem.version_id == insp.version_id)
                                   .order_by(ChecklistItem.position, ChecklistItem.id)))
            results = {r.item_id: r for r in s.scalars(select(InspectionResult).where(
                InspectionResult.inspection_id == insp.id))}
            photos = _photo_map(s, [r.id for r in results.values()])
            problems, failures = [], []
            for item in items:
                r = results.get(item.id)
                if not _answered(r):
                    problems.append((_UNANSWERED, {"item": item.text}))
                    continue
                if not failed(item_rule(item), Answer(r.outcome, r.value)):
                    continue
                failures.append((item, r))
                if item.photo_on_fail and not photos.get(r.id):
                    problems.append((_NO_PHOTO, {"item": item.text}))
                if not r.note.strip():
                    problems.append((_NO_NOTE, {"item": item.text}))
            if problems:
                raise PatrolIncomplete(problems)
            result = score((item_rule(i), Answer(results[i.id].outcome, results[i.id].value))
                           for i in items)
            now = self.clock()
            insp.status, insp.finished_at = "submitted", now
            insp.score, insp.flagged = result.percent, result.flagged
            findings = []
            for item, r in failures:
                f = new_finding(s, duty, area_id=insp.area_id,
                                description=f"{item.text} — {r.note.strip()}",
                                category=item.category, severity=item.default_severity,
                                found_at=now, found_by=self.actor.username,
                                inspection_id=insp.id, result_id=r.id)
                s.add_all(Photo(attachment_id=a, finding_id=f.id) for a in photos.get(r.id, ()))
                findings.append(f)
                self._audit(s, "create", "finding", f.id, inspection=insp.id, item=item.text,
                            severity=f.severity, responsible=f.responsible_id,
                            unrostered=f.unrostered)
            s.flush()
            disagreements = record_disagreements(s, insp, [i for i, _ in failures])
            na = sum(1 for r in results.values() if r.outcome == "na")
            self._audit(s, "submit", "inspection", insp.id, level=insp.level,
                        area=duty.area, score=insp.score, flagged=insp.flagged,
                        findings=len(findings), disagreements=len(disagreements))
            return RoundSummary(self._dto(s, insp), insp.score, insp.flagged,
                                len(items) - len(failures) - na, len(failures), na,
                                tuple(finding_dtos(s, findings)),
                                tuple(disagreement_dtos(
                                    s, [Disagreement.higher_inspection_id == insp.id])))

    # ---- helpers ------------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, inspection_id: int) -> Inspection:
        row = s.get(Inspection, inspection_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such inspection."))
        return row

    def _own_draft(self, s: Session, inspection_id: int) -> Inspection:
        row = self._get(s, inspection_id)
        if row.inspector != self.actor.username:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Only {inspector}, who started this round, may change it."),
                inspector=row.inspector)
        if row.status != "draft":
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "This round was submitted; its answers can no longer change."))
        return row

    def _own_item(self, s: Session, inspection_id: int, item_id: int) -> ChecklistItem:
        insp = self._own_draft(s, inspection_id)
        item = s.get(ChecklistItem, item_id)
        if item is None or item.version_id != insp.version_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This item is not on the round's checklist."))
        return item

    def _result(self, s: Session, inspection_id: int, item_id: int,
                create: bool) -> InspectionResult | None:
        row = s.scalar(select(InspectionResult).where(
            InspectionResult.inspection_id == inspection_id, InspectionResult.item_id == item_id))
        if row is None and create:
            row = InspectionResult(inspection_id=inspection_id, item_id=item_id, outcome=None,
                                   text="", note="", answered_at=self.clock())
            s.add(row)
        return row

    def _dto(self, s: Session, row: Inspection) -> InspectionDTO:
        results = list(s.scalars(select(InspectionResult).where(
            InspectionResult.inspection_id == row.id)))
        photos = _photo_map(s, [r.id for r in results])
        shift = s.get(ShiftType, row.shift_type_id) if row.shift_type_id else None
        return InspectionDTO(
            row.id, version_dto(s, row.version_id), row.level, row.inspector, row.area_id,
            s.get(Area, row.area_id).name, row.day, row.shift_type_id,
            shift.name if shift else "", row.started_at, row.finished_at, row.status,
            row.score, row.flagged,
            {r.item_id: AnswerDTO(r.item_id, r.outcome, r.value, r.text, r.note,
                                  tuple(photos.get(r.id, ()))) for r in results})


def _normalise(item: ChecklistItem, outcome: str | None, value: float | None,
               text: str) -> tuple[str | None, float | None]:
    """The stored (outcome, value): a number's outcome follows its limits, a score's value is
    checked against its maximum, a text item with text counts as answered."""
    if outcome == "na":
        return "na", None
    kind = item.response_type
    if kind == "pass_fail":
        return outcome, None
    if kind == "text":
        return outcome or ("pass" if (text or "").strip() else None), None
    if value is None:
        if outcome is None:
            return None, None
        if kind == "number" or (kind == "score" and outcome == "pass"):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Enter a value for “{item}”."), item=item.text)
        return outcome, None
    if kind == "score":
        top = item.max_score or 0
        if not 0 <= value <= top:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The score for “{item}” must be between 0 and {maximum}."),
                item=item.text, maximum=top)
        return outcome or "pass", float(value)
    low, high = item.min_value, item.max_value
    inside = (low is None or value >= low) and (high is None or value <= high)
    return ("fail" if outcome == "fail" or not inside else "pass"), float(value)


def _photo_map(s: Session, result_ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    if result_ids:
        for rid, aid in s.execute(select(Photo.result_id, Photo.attachment_id)
                                  .where(Photo.result_id.in_(result_ids)).order_by(Photo.id)):
            out.setdefault(rid, []).append(aid)
    return out


def _answer_dto(s: Session, r: InspectionResult) -> AnswerDTO:
    photos = tuple(s.scalars(select(Photo.attachment_id).where(Photo.result_id == r.id)
                             .order_by(Photo.id))) if r.id else ()
    return AnswerDTO(r.item_id, r.outcome, r.value, r.text, r.note, photos)

