"""Invariants of the demo venue that the demo command and the app rely on."""

from collections import Counter
from datetime import date

from app.services.demo_data import (
    AREA_KINDS,
    AREAS,
    DEPARTMENTS,
    EMPLOYEES,
    POSTS,
    RANKS,
    TEAMS,
    USERS,
    VENUE_NAME,
)

RANK_KEYS = [key for key, _zh, _en, _span in RANKS]
RANK_LEVEL = {key: level for level, key in enumerate(RANK_KEYS)}
POSTS_BY_NAME = {post["name"]: post for post in POSTS}
EMPLOYEES_BY_CODE = {emp["code"]: emp for emp in EMPLOYEES}
DEPARTMENT_NAMES = {dept["name"] for dept in DEPARTMENTS}
TEAM_NAMES = {team["name"] for team in TEAMS}
LEVELS = {"training", "qualified", "trainer"}


def rank_of(code: str) -> int:
    return RANK_LEVEL[POSTS_BY_NAME[EMPLOYEES_BY_CODE[code]["post"]]["rank"]]


def test_venue_and_ranks() -> None:
    assert VENUE_NAME.strip()
    assert RANK_KEYS == [
        "staff",
        "team_leader",
        "section_head",
        "supervisor",
        "manager",
        "director",
    ]
    assert all(span == 3 for *_labels, span in RANKS)


def test_departments_unique_with_valid_kind() -> None:
    names = [dept["name"] for dept in DEPARTMENTS]
    assert len(names) == len(set(names))
    assert {dept["kind"] for dept in DEPARTMENTS} <= {"floor", "support"}
    assert "工程部" in names and "人事部" in names


def test_posts_refer_to_departments_and_ranks() -> None:
    names = [post["name"] for post in POSTS]
    assert len(names) == len(set(names))
    for post in POSTS:
        assert post["department"] in DEPARTMENT_NAMES, post["name"]
        assert post["rank"] in RANK_LEVEL, post["name"]
        assert isinstance(post["quota"], int) and post["quota"] >= 1, post["name"]
        assert 3 <= len(post["responsibilities"]) <= 6, post["name"]


def test_employee_codes_and_names_unique() -> None:
    codes = [emp["code"] for emp in EMPLOYEES]
    names = [emp["name"] for emp in EMPLOYEES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))
    assert len(EMPLOYEES) >= 55


def test_employee_fields_are_plausible() -> None:
    for emp in EMPLOYEES:
        assert emp["post"] in POSTS_BY_NAME, emp["code"]
        phone = emp["phone"]
        assert len(phone) == 11 and phone.isdigit() and phone[:2] in {"13", "15", "18"}, emp["code"]
        hired = date.fromisoformat(emp["hire_date"])
        assert date(2015, 1, 1) <= hired <= date(2026, 6, 30), emp["code"]
        assert 2 <= len(emp["name"]) <= 3, emp["code"]
    phones = [emp["phone"] for emp in EMPLOYEES]
    assert len(phones) == len(set(phones))


def test_leaders_exist_are_active_and_rank_higher() -> None:
    for emp in EMPLOYEES:
        leader = emp["leader"]
        if leader is None:
            continue
        assert leader in EMPLOYEES_BY_CODE, emp["code"]
        assert EMPLOYEES_BY_CODE[leader]["active"], emp["code"]
        assert rank_of(leader) > rank_of(emp["code"]), emp["code"]


def test_exactly_one_top_and_no_cycles() -> None:
    tops = [emp for emp in EMPLOYEES if emp["leader"] is None]
    assert len(tops) == 1
    assert POSTS_BY_NAME[tops[0]["post"]]["rank"] == "director"
    for emp in EMPLOYEES:
        seen = {emp["code"]}
        code = emp["leader"]
        while code is not None:
            assert code not in seen, f"cycle through {emp['code']}"
            seen.add(code)
            code = EMPLOYEES_BY_CODE[code]["leader"]


def test_inactive_staff_lead_nobody() -> None:
    inactive = {emp["code"] for emp in EMPLOYEES if not emp["active"]}
    assert inactive
    assert not any(emp["leader"] in inactive for emp in EMPLOYEES)


def test_fourteen_runners_under_one_team_leader() -> None:
    runners = [emp for emp in EMPLOYEES if emp["post"] == "传菜员" and emp["active"]]
    assert len(runners) == 14
    leaders = {emp["leader"] for emp in runners}
    assert len(leaders) == 1
    assert EMPLOYEES_BY_CODE[leaders.pop()]["post"] == "传菜组长"


def test_quotas_show_under_and_over_filled_posts() -> None:
    filled = Counter(emp["post"] for emp in EMPLOYEES if emp["active"])
    under = [post["name"] for post in POSTS if filled[post["name"]] < post["quota"]]
    over = [post["name"] for post in POSTS if filled[post["name"]] > post["quota"]]
    assert "迎宾员" in under
    assert "值台服务员" in over


def test_teams_members_unique_and_leaders_are_employees() -> None:
    names = [team["name"] for team in TEAMS]
    assert len(names) == len(set(names))
    members = [code for team in TEAMS for code in team["members"]]
    assert len(members) == len(set(members))
    for team in TEAMS:
        assert team["department"] in DEPARTMENT_NAMES, team["name"]
        assert team["leader"] in EMPLOYEES_BY_CODE, team["name"]
        assert EMPLOYEES_BY_CODE[team["leader"]]["active"], team["name"]
        assert team["leader"] not in team["members"], team["name"]
        for code in team["members"]:
            assert code in EMPLOYEES_BY_CODE, (team["name"], code)
            assert EMPLOYEES_BY_CODE[code]["active"], (team["name"], code)


def test_areas_have_valid_kind_team_and_department() -> None:
    assert AREA_KINDS == [
        "hall",
        "private_room",
        "reception",
        "passage",
        "pass",
        "restroom",
        "bar",
        "kitchen",
        "other",
    ]
    names = [area["name"] for area in AREAS]
    assert len(names) == len(set(names))
    for area in AREAS:
        assert area["kind"] in AREA_KINDS, area["name"]
        assert area["department"] in DEPARTMENT_NAMES, area["name"]
        assert area["floor"] in {"1F", "2F", "3F"}, area["name"]
        assert area["default_team"] is None or area["default_team"] in TEAM_NAMES, area["name"]
    kinds = Counter(area["kind"] for area in AREAS)
    assert kinds["private_room"] >= 6


def test_extra_posts_exist_and_levels_valid() -> None:
    for emp in EMPLOYEES:
        posts = [post for post, _level in emp["extra_posts"]]
        assert len(posts) == len(set(posts)), emp["code"]
        assert emp["post"] not in posts, emp["code"]
        for post, level in emp["extra_posts"]:
            assert post in POSTS_BY_NAME, (emp["code"], post)
            assert level in LEVELS, (emp["code"], level)
    assert sum(1 for emp in EMPLOYEES if emp["extra_posts"]) >= 4


def test_one_user_per_role() -> None:
    roles = [user["role"] for user in USERS]
    assert sorted(roles) == sorted(["admin", "hr", "manager", "supervisor", "leader", "staff"])
    usernames = [user["username"] for user in USERS]
    assert len(usernames) == len(set(usernames))
    for user in USERS:
        assert user["password"]
        if user["role"] == "admin":
            assert user["employee"] is None
        else:
            assert user["employee"] in EMPLOYEES_BY_CODE, user["username"]
            assert EMPLOYEES_BY_CODE[user["employee"]]["active"], user["username"]
    by_role = {user["role"]: user["employee"] for user in USERS}
    assert EMPLOYEES_BY_CODE[by_role["hr"]]["post"] == "人事专员"
    assert EMPLOYEES_BY_CODE[by_role["manager"]]["post"] == "餐饮部经理"
