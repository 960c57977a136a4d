"""The sample career: a believable, deterministic twelve years of journal for an empty journal.

`generate` writes roles, a profile, reviews, skill bands with assessment histories, goals with
milestones and N entries in one write transaction with Core bulk inserts (ids are computed here, so
rows can point at each other before they exist). The schema's search triggers index the entries.
Everything random comes from one `random.Random(seed)`; the only date used is `today`, so the same
seed, size and day give the same journal.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from ..domain import (
    AssessmentSource,
    Base,
    CriterionKind,
    Entry,
    EntryKind,
    Goal,
    GoalKind,
    GoalStatus,
    MoveKind,
    Profile,
    Review,
    Role,
    SkillBand,
    SkillScale,
    Tag,
)
from ..domain.scales import map_level
from . import validate
from .errors import ServiceError, ValidationError
from .journal import Journal

DEFAULT_ENTRIES = 1500
DEFAULT_SEED = 7
MIN_ENTRIES = 50
MAX_ENTRIES = 1_000_000
CHUNK = 5000  # entries per bulk insert (and per progress report)
# The app stamps times to the whole second; the sample's entries are created at this microsecond,
# so a journal can tell the sample's entries from entries a person wrote (without a schema change).
SAMPLE_MICROSECOND = 1
CURRENCY = "EUR"

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    entries: int
    roles: int
    bands: int
    skills: int
    assessments: int
    goals: int
    milestones: int
    reviews: int


# -- the career's skeleton ------------------------------------------------------------------------


class _RolePlan(NamedTuple):
    title: str
    organisation: str
    function: str
    level: str
    rank: int
    move: MoveKind
    months: int  # typical time in the role; the last role runs until today
    pay: int
    notes: str


_ROLES: tuple[_RolePlan, ...] = (
    _RolePlan("Junior Software Engineer", "Northwind Logistics", "Backend engineering",
              "L1 Junior", 1, MoveKind.FIRST, 20, 42000,
              "Route-planning backend team. Python, PostgreSQL, a lot of pairing."),
    _RolePlan("Software Engineer", "Northwind Logistics", "Backend engineering",
              "L2", 2, MoveKind.PROMOTION, 22, 49000,
              "Owned the shipment-tracking API and its on-call rota."),
    _RolePlan("Software Engineer II", "Brightwave Health", "Backend engineering",
              "L2", 2, MoveKind.NEW_EMPLOYER, 15, 57000,
              "Appointments platform; Go services on Kubernetes."),
    _RolePlan("Senior Software Engineer", "Brightwave Health", "Backend engineering",
              "L3 Senior", 3, MoveKind.PROMOTION, 22, 67000,
              "Technical owner of scheduling; mentor for two juniors."),
    _RolePlan("Senior Site Reliability Engineer", "Brightwave Health", "Reliability",
              "L3 Senior", 3, MoveKind.LATERAL, 16, 70000,
              "Moved to SRE to learn operations: SLOs, incident response, capacity."),
    _RolePlan("Tech Lead, Developer Platform", "Brightwave Health", "Platform",
              "L4 Lead", 4, MoveKind.DIAGONAL, 18, 81000,
              "Leads six engineers building the internal developer platform."),
    _RolePlan("Staff Software Engineer", "Lumen Analytics", "Platform",
              "L4 Staff", 4, MoveKind.NEW_EMPLOYER, 0, 95000,
              "Staff engineer for the data platform; sets technical direction across teams."),
)  # fmt: skip

_REVIEW_OUTCOMES = (
    "Meets expectations",
    "Meets expectations, some areas exceed",
    "Exceeds expectations",
    "Solid year; on track for the next level",
)

_STRENGTHS = (
    "calm and clear during incidents",
    "writes design docs people actually read",
    "raises the quality bar in code review",
    "unblocks other teams without being asked",
    "delivers what was promised, on time",
    "mentors patiently and specifically",
    "good judgement on when to simplify",
    "keeps stakeholders informed before they ask",
)

_GROWTH_AREAS = (
    "delegate more instead of doing it all",
    "speak up earlier in planning",
    "connect technical work to business outcomes",
    "say no to low-value requests",
    "share work in progress sooner",
    "build relationships outside the team",
    "write shorter status updates",
)

_NEXT_STEPS = (
    "own a cross-team initiative next half",
    "present the platform roadmap at the all-hands",
    "mentor one more engineer",
    "lead the next incident review",
    "write the technical strategy for the team",
    "take on hiring for the team",
)


class _SkillSpec(NamedTuple):
    name: str
    tag: str
    metrics: str  # metric family of its measurable results ("": none)
    target: int  # on the Dreyfus scale (1-5)
    first_year: float  # years into the career when it is first assessed
    first: int  # level at the first assessment
    latest: int  # level at the latest one
    practices: tuple[str, ...]  # titles of skill entries about it


class _BandSpec(NamedTuple):
    name: str
    description: str
    skills: tuple[_SkillSpec, ...]


_BANDS: tuple[_BandSpec, ...] = (
    _BandSpec("Engineering craft", "Building software that works, lasts and can be operated.", (
        _SkillSpec("Python", "python", "perf", 5, 0.0, 2, 5, (
            "Profiled the {system} with py-spy and fixed the hot loop",
            "Added type hints to the {system} and turned on strict mypy",
            "Wrote an async client for the {system}",
            "Replaced hand-rolled retries with a small backoff helper",
        )),
        _SkillSpec("Distributed systems", "architecture", "ops", 5, 0.8, 1, 4, (
            "Made the {system} consumer idempotent",
            "Designed the retry and dead-letter flow for the {system}",
            "Worked out the ordering guarantees the {system} needs from Kafka",
            "Added a circuit breaker around the {system}",
        )),
        _SkillSpec("Testing and quality", "testing", "delivery", 4, 0.2, 1, 4, (
            "Added contract tests between the {system} and its clients",
            "Turned a flaky integration test into a fast unit test",
            "Introduced property-based tests for the pricing rules",
            "Set up mutation testing on the {system}",
        )),
        _SkillSpec("Observability", "observability", "ops", 4, 2.5, 1, 4, (
            "Added OpenTelemetry traces to the {system}",
            "Built a Grafana dashboard for the {system}",
            "Defined SLOs for the {system} with the {team} team",
            "Replaced noisy alerts with burn-rate alerts",
        )),
        _SkillSpec("Cloud infrastructure", "cloud", "cost", 4, 1.5, 1, 4, (
            "Moved the {system} to Terraform modules",
            "Right-sized the Kubernetes requests for the {system}",
            "Set up autoscaling for the {system}",
            "Wrote the runbook for rotating database credentials",
        )),
    )),
    _BandSpec("Delivery", "Getting the right things shipped, predictably and safely.", (
        _SkillSpec("Planning and estimation", "planning", "delivery", 4, 1.0, 1, 4, (
            "Broke the {system} epic into shippable slices",
            "Ran the planning session for the {team} team",
            "Estimated the migration with ranges instead of points",
            "Wrote a one-page plan with risks and milestones",
        )),
        _SkillSpec("Incident management", "incident", "ops", 4, 1.8, 1, 4, (
            "Was incident commander for an outage of the {system}",
            "Wrote the post-incident review for the {system}",
            "Ran a game day on {system} failover",
            "Tidied the on-call handbook for the {team} team",
        )),
        _SkillSpec("Release engineering", "ci-cd", "delivery", 4, 1.2, 1, 3, (
            "Automated the changelog for the {system} releases",
            "Moved the {system} to trunk-based development",
            "Put the new {feature} behind a feature flag",
            "Set up canary deploys for the {system}",
        )),
        _SkillSpec("Prioritisation", "product", "product", 4, 3.0, 1, 3, (
            "Said no to a low-value request, with reasons",
            "Re-ordered the {team} backlog by cost of delay",
            "Cut scope to hit the {system} launch date",
            "Agreed a now/next/later roadmap with product",
        )),
        _SkillSpec("Stakeholder management", "stakeholders", "product", 4, 3.5, 1, 3, (
            "Walked the {team} lead through the {system} trade-offs",
            "Wrote the fortnightly update for stakeholders",
            "Aligned security and product on the {system} rollout",
            "Handled an escalation from the {team} team calmly",
        )),
    )),
    _BandSpec("Leadership", "Making the people and systems around me better.", (
        _SkillSpec("Mentoring", "mentoring", "people", 4, 3.2, 1, 4, (
            "Paired with {person} on their first production change",
            "Started weekly mentoring sessions with {person}",
            "Helped {person} prepare their promotion case",
            "Reviewed {person}'s design doc line by line",
        )),
        _SkillSpec("Technical direction", "architecture", "delivery", 5, 4.5, 1, 4, (
            "Wrote an ADR for the {system} storage choice",
            "Proposed a paved road for new services",
            "Led the architecture review of the {system}",
            "Wrote the tech radar entry for {tech}",
        )),
        _SkillSpec("Hiring and interviewing", "hiring", "people", 4, 4.0, 1, 3, (
            "Ran my first system design interview",
            "Rewrote the take-home exercise for the {team} team",
            "Calibrated interview scores with the hiring panel",
            "Shadowed a bar-raiser interview",
        )),
        _SkillSpec("Influence without authority", "leadership", "delivery", 4, 5.5, 1, 3, (
            "Got three teams to adopt the shared {tech} library",
            "Got buy-in for the {system} rewrite without a mandate",
            "Persuaded the {team} team to try contract tests",
            "Turned a heated design debate into a decision",
        )),
    )),
    _BandSpec("Communication", "Writing, speaking and listening so that work lands.", (
        _SkillSpec("Technical writing", "writing", "people", 5, 0.5, 1, 4, (
            "Wrote the design doc for the {system}",
            "Rewrote the onboarding guide for the {team} team",
            "Published an internal blog post on {tech}",
            "Trimmed a nine-page proposal to two pages",
        )),
        _SkillSpec("Presenting", "speaking", "", 4, 1.5, 1, 4, (
            "Demoed the {system} at the all-hands",
            "Gave a lightning talk on {tech}",
            "Presented the quarterly review for the {team} team",
            "Ran a brown-bag session on {tech}",
        )),
        _SkillSpec("Facilitation", "facilitation", "", 4, 2.5, 1, 3, (
            "Facilitated the {team} retrospective",
            "Ran a blameless review of the {system} incident",
            "Moderated the architecture guild",
            "Ran a decision workshop with product and design",
        )),
        _SkillSpec("Giving feedback", "feedback", "", 4, 2.0, 1, 4, (
            "Gave {person} specific, kind feedback on their reviews",
            "Practised situation-behaviour-impact feedback with {person}",
            "Wrote peer reviews for four colleagues",
            "Gave my manager upward feedback on our 1:1s",
        )),
    )),
)  # fmt: skip

_SKILLS: tuple[_SkillSpec, ...] = tuple(s for band in _BANDS for s in band.skills)
_SKILL_INDEX = {s.name: i for i, s in enumerate(_SKILLS)}

# (certificate, skill it backs)
_CERTIFICATES: tuple[tuple[str, str], ...] = (
    ("PCAP Certified Associate in Python Programming", "Python"),
    ("AWS Certified Cloud Practitioner", "Cloud infrastructure"),
    ("AWS Certified Solutions Architect - Associate", "Cloud infrastructure"),
    ("Certified Kubernetes Application Developer (CKAD)", "Cloud infrastructure"),
    ("Certified Kubernetes Administrator (CKA)", "Cloud infrastructure"),
    ("HashiCorp Certified Terraform Associate", "Cloud infrastructure"),
    ("ISTQB Certified Tester, Foundation Level", "Testing and quality"),
    ("Professional Scrum Master I", "Planning and estimation"),
    ("Confluent Certified Developer for Apache Kafka", "Distributed systems"),
    ("ITIL 4 Foundation", "Incident management"),
    ("Google Cloud Professional Cloud Architect", "Cloud infrastructure"),
)

# -- entry vocabulary -----------------------------------------------------------------------------

_TAGS: tuple[str, ...] = (
    "python", "go", "typescript", "kubernetes", "terraform", "postgres", "kafka", "cloud", "data",
    "frontend", "observability", "performance", "reliability", "security", "testing", "ci-cd",
    "architecture", "api", "incident", "on-call", "planning", "product", "stakeholders",
    "mentoring", "hiring", "leadership", "writing", "speaking", "facilitation", "feedback",
    "open-source", "conference", "cost", "migration",
)  # fmt: skip

_TECH_TAGS = {
    "Python": "python", "Go": "go", "TypeScript": "typescript", "Kubernetes": "kubernetes",
    "Terraform": "terraform", "PostgreSQL": "postgres", "Kafka": "kafka", "Redis": "performance",
    "gRPC": "api", "React": "frontend", "OpenTelemetry": "observability",
    "Grafana": "observability", "Airflow": "data", "dbt": "data", "Rust": "performance",
    "GitHub Actions": "ci-cd", "Argo CD": "ci-cd", "Snowflake": "data", "AWS Lambda": "cloud",
    "OpenAPI": "api",
}  # fmt: skip

_MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("Jenkins to GitHub Actions", "ci-cd"),
    ("MySQL 5.6 to PostgreSQL", "postgres"),
    ("a cron job to Airflow", "data"),
    ("Python 2 to Python 3", "python"),
    ("AngularJS to React", "frontend"),
    ("Heroku to Kubernetes", "kubernetes"),
    ("RabbitMQ to Kafka", "kafka"),
    ("hand-run scripts to Terraform", "terraform"),
    ("REST polling to webhooks", "api"),
    ("a shared VM to AWS Lambda", "cloud"),
)

_POOLS: dict[str, tuple[str, ...]] = {
    "tech": tuple(_TECH_TAGS),
    "system": (
        "billing service", "ingest pipeline", "search API", "mobile backend", "order service",
        "notifications worker", "data warehouse", "auth gateway", "scheduling engine",
        "reporting dashboard", "shipment tracker", "feature-flag service", "payments ledger",
        "event bus", "customer portal", "pricing engine",
    ),
    "team": (
        "Payments", "Platform", "Checkout", "Data", "Growth", "Identity", "Logistics", "Search",
        "Mobile", "Reliability", "Scheduling", "Insights",
    ),
    "person": (
        "Priya", "Marco", "Aiko", "Tomás", "Fatima", "Jonas", "Chen", "Olu", "Sara", "Dmitri",
        "Leila", "Ben", "Ingrid", "Kwame", "Noor", "Mateo", "Hannah", "Ravi",
    ),
    "feature": (
        "bulk export", "single sign-on", "rate limiting", "audit log", "search filters",
        "invoice PDFs", "webhooks", "usage-based pricing", "offline sync", "CSV import",
        "multi-region failover", "role-based access", "retry queue", "schema registry",
        "appointment reminders", "dark mode",
    ),
    "ritual": (
        "architecture review", "incident review", "backlog refinement", "guild meeting",
        "release triage", "tech-debt review", "demo session",
    ),
    "achievement": (
        "the calm incident handling", "unblocking the release", "the clear migration guide",
        "rescuing the customer demo", "the quick bug-fix turnaround", "the new dashboard",
        "mentoring the interns", "the latency fix", "the onboarding docs",
        "covering on-call over the holidays", "the cost savings", "the smooth launch",
    ),
    "award": (
        "engineering excellence award", "customer impact award", "team player award",
        "hackathon prize",
    ),
    "feedback": (
        "be more explicit about trade-offs", "great at unblocking others, delegate more",
        "write shorter status updates", "speak up earlier in planning",
        "my incident comms were calm and clear", "push back on scope creep sooner",
        "my reviews are thorough but can read as blunt", "share work in progress earlier",
        "good instincts for simplicity", "connect the work to business outcomes",
        "the design doc was the clearest of the quarter", "ask for help a day earlier",
    ),
    "book": (
        "Designing Data-Intensive Applications", "The Pragmatic Programmer", "Accelerate",
        "Staff Engineer", "An Elegant Puzzle", "Team Topologies", "Site Reliability Engineering",
        "Working Effectively with Legacy Code", "The Manager's Path", "Thinking in Systems",
        "Database Internals", "Refactoring", "A Philosophy of Software Design",
        "Crucial Conversations", "The Staff Engineer's Path",
    ),
    "course": (
        "Distributed Systems (MIT 6.824)", "Kubernetes for Developers", "Practical SQL Performance",
        "Effective Technical Writing", "Coaching Skills for Engineers",
        "Machine Learning Foundations", "Secure Coding in Python", "System Design Fundamentals",
        "Product Thinking for Engineers", "SRE Fundamentals", "Negotiation Essentials",
    ),
    "talk": (
        "Simple Made Easy", "a keynote on platform engineering", "a talk on testing in production",
        "a talk on CRDTs", "a webinar on SLO design", "a talk on Hyrum's law",
        "a panel on staff-plus careers", "a talk on cell-based architecture",
    ),
    "conference": (
        "PyCon", "KubeCon", "GOTO Amsterdam", "QCon London", "LeadDev", "SREcon", "FOSDEM",
        "Monitorama", "EuroPython", "DevOpsDays",
    ),
    "meetup": ("Python", "Cloud Native", "Postgres", "DevOps", "Staff+ engineering", "Go"),
    "company": ("Contoso", "Fabrikam", "Initech", "Globex", "Tailspin Toys", "Wingtip"),
    "idea": (
        "design for the failure you can observe",
        "make the change easy, then make the easy change",
        "coupling is the real cost of microservices",
        "a log is the simplest durable data structure",
        "teams own services, not components", "write for the reader who is in a hurry",
        "measure outcomes, not output", "deep modules hide complexity behind simple interfaces",
        "small batches lower risk and raise speed", "decisions need an owner and a date",
    ),
    "step": (
        "measured first and wrote down a baseline", "paired with {person} on the tricky part",
        "split the change into small, reviewable pull requests",
        "wrote a short design doc and got two reviews", "added tests before touching the old code",
        "rolled it out behind a feature flag", "kept the {team} team updated in their channel",
        "timeboxed the spike to two days", "asked {person} for an early review",
        "wrote the rollback plan before the rollout",
    ),
    "outcome": (
        "shipped on time and without incidents", "the team adopted it the same week",
        "fewer questions in the support channel", "{person} said it saved them a day",
        "the {team} team reused it straight away",
    ),
    "lesson": (
        "small steps get reviewed faster", "write the rollback plan first",
        "ask for help earlier than feels comfortable", "numbers persuade more than opinions",
        "people remember clear writing", "the boring solution was the right one",
    ),
    "why": (
        "It removes a recurring source of pages.",
        "It is the kind of work the next level asks for.",
        "It makes the {team} team faster.", "It shows impact beyond my own team.",
        "It pays down debt we kept tripping over.",
    ),
    "next": (
        "try it on a harder case", "write a short how-to for the team",
        "ask {person} to review my approach", "teach it at the next guild meeting",
        "do it again without notes", "measure the effect in a month",
    ),
    "how": (
        "paired with {person} for an hour", "timeboxed ninety minutes after stand-up",
        "followed a tutorial, then applied it to the {system}",
        "built on {person}'s earlier attempt", "read the docs properly for once",
    ),
    "learned": (
        "the trick is to measure first, then change one thing at a time",
        "small, reviewable steps beat one big change", "writing it down made the gaps obvious",
        "the defaults were fine; our configuration was the problem", "asking early saved a day",
    ),
    "quote": (
        "Thanks for staying on it until it was fixed.", "This made the launch possible.",
        "Clearest doc I have read this year.", "You made a stressful week feel calm.",
        "Exactly the help we needed.",
    ),
    "chat": (
        "how their team runs on-call", "moving from senior to staff", "platform team charters",
        "hiring loops", "how they write technical strategy", "remote pairing",
    ),
    "reflection": (
        "more depth, fewer side quests", "I learn fastest when I teach", "protect focus time",
        "say yes to visible, cross-team work", "ask for feedback monthly, not yearly",
    ),
    "nano": (
        "Small, but it counts.", "Took twenty minutes.", "Noting it for the next review.",
        "{person} helped.", "One more rep.", "Worth doing again next week.",
    ),
    "n": tuple(str(i) for i in range(2, 13)),
}  # fmt: skip

# Title templates by kind: (template, tags it suggests, metric families its result may use).
_TITLES: dict[EntryKind, tuple[tuple[str, str, str], ...]] = {
    EntryKind.PROJECT: (
        ("Shipped {feature} for the {system}", "api product", "product people"),
        ("Migrated the {system} from {migration}", "migration", "delivery ops cost"),
        ("Rolled out {tech} across the {team} team", "", "delivery"),
        ("Rebuilt the {feature} in the {system}", "", "perf product"),
        ("Finished the {system} performance push", "performance", "perf"),
        ("Launched {feature} with the {team} team", "product", "product"),
        ("Decommissioned the old {system}", "cost migration", "cost ops"),
        ("Cut the {system}'s cloud bill", "cost cloud", "cost"),
        ("Made the {system} survive a zone outage", "reliability", "ops"),
        ("Fixed the slowest queries in the {system}", "performance postgres", "perf"),
    ),
    EntryKind.RESPONSIBILITY: (
        ("Took over the on-call rota for the {team} team", "on-call", "ops"),
        ("Became code owner for the {system}", "", "ops delivery"),
        ("Now running the weekly {ritual}", "facilitation", ""),
        ("Onboarding buddy for {person}", "mentoring", "people"),
        ("Asked to own the {tech} upgrade for the {team} team", "migration", "delivery"),
        ("Acting tech lead while {person} is on leave", "leadership", "delivery"),
        ("Joined the architecture guild", "architecture", ""),
        ("Owning the {team} team's quarterly planning", "planning", "delivery"),
        ("Security champion for the {team} team", "security", "ops"),
    ),
    EntryKind.RECOGNITION: (
        ("Shout-out from {person} at the all-hands for {achievement}", "", ""),
        ("Kudos from the {team} team for {achievement}", "", ""),
        ("Thank-you note from a customer after the {feature} launch", "product", "product"),
        ("Nominated for the quarterly {award}", "", ""),
        ("My manager credited me for {achievement} in the leadership update", "leadership", ""),
        ("Peer bonus from {person} for {achievement}", "", ""),
    ),
    EntryKind.FEEDBACK: (
        ("Asked {person} for feedback on my design review", "feedback architecture", ""),
        ("1:1 feedback from my manager: {feedback}", "feedback", ""),
        ("Peer feedback from {person}: {feedback}", "feedback", ""),
        ("Feedback after my talk on {tech}: {feedback}", "feedback speaking", ""),
        ("Asked the {team} team how my code reviews land", "feedback", ""),
        ("Retro feedback: {feedback}", "", ""),
        ("Skip-level feedback: {feedback}", "feedback leadership", ""),
    ),
    EntryKind.LEARNING: (
        ("Finished reading {book}", "", ""),
        ("Completed the {course} course", "", ""),
        ("Watched {talk}", "conference", ""),
        ("Read chapter {n} of {book}", "", ""),
        ("Worked through the {tech} documentation on a quiet afternoon", "", ""),
        ("Attended a {tech} workshop", "", ""),
        ("Read the {tech} release notes and tried the new bits", "", ""),
    ),
    EntryKind.NETWORK: (
        ("Coffee with {person} from the {team} team", "", ""),
        ("Met {person} at {conference}", "conference", ""),
        ("Spoke at a local meetup about {tech}", "speaking", ""),
        ("Went to the {meetup} meetup", "", ""),
        ("Joined the {tech} community call", "open-source", ""),
        ("Caught up with my former manager, now at {company}", "", ""),
        ("Intro call with a staff engineer at {company}", "leadership", ""),
        ("Reviewed a pull request for an open-source {tech} library", "open-source", ""),
    ),
    EntryKind.COMPENSATION: (
        ("Spot bonus for {achievement}", "", ""),
        ("Equity refresh granted", "", ""),
        ("Learning budget approved for {course}", "", ""),
        ("Benchmarked my salary against the market", "", ""),
    ),
    EntryKind.OTHER: (
        ("Updated my CV with the last quarter's wins", "", ""),
        ("Cleaned up my brag document", "", ""),
        ("Quarterly reflection: {reflection}", "planning", ""),
        ("Wrote down my goals for the next six months", "planning", ""),
        ("Set up a new laptop with my dotfiles", "", ""),
        ("Took a proper week off", "", ""),
        ("Sorted my notes from the {ritual}", "", ""),
        ("Blocked two focus mornings a week", "planning", ""),
        ("Tidied my brag document before the {ritual}", "", ""),
        ("Asked my manager what the next level looks like", "planning", ""),
        ("Archived {n} stale to-dos and kept three", "planning", ""),
    ),
}

_CERT_MAJOR = ("Passed the {cert} exam", "Earned the {cert}", "Renewed the {cert}")
_CERT_MINOR = (
    "Started studying for the {cert}",
    "Finished the practice exams for the {cert}",
    "Booked the {cert} exam",
)

_BODIES: dict[EntryKind, tuple[str, ...]] = {
    EntryKind.SKILL: (
        "Worked on **{skill}**.\n\n- {how}\n- {learned}\n\nNext: {next}.",
        "{how}, focused on {skill}.\n\nWhat stuck: {learned}.",
    ),
    EntryKind.PROJECT: (
        "**Context:** {context}\n\n**What I did:**\n- {step}\n- {step2}\n\n**Result:** {result}",
        "{context}\n\n- {step}\n- {step2}\n- {step3}\n\nResult: {result}.",
        "### Why it matters\n{why}\n\n### How\n- {step}\n- {step2}\n\n**Result:** {result}",
    ),
    EntryKind.RESPONSIBILITY: (
        "{why}\n\nFirst steps:\n- {step}\n- {step2}",
        "**Scope:** {context}\n\nHow I will handle it: {step}.",
    ),
    EntryKind.RECOGNITION: (
        '{person2} wrote: "{quote}"\n\nKeeping this for the appraisal.',
        "Context: {context}\n\n> {quote}",
    ),
    EntryKind.FEEDBACK: (
        "What I heard: {feedback}.\n\nWhat I will try: {next}.",
        "Asked directly, got a direct answer: *{feedback}*.\n\n- Agree? Mostly.\n- Next: {next}.",
    ),
    EntryKind.LEARNING: (
        "Key ideas:\n- {idea}\n- {idea2}\n\nApply next: {next}.",
        "Notes: {idea}. Worth re-reading.",
    ),
    EntryKind.NETWORK: (
        "Talked about {chat}. {person2} suggested I {next}.\n\nFollow up in a month.",
        "Good conversation about {chat}.",
    ),
    EntryKind.CERTIFICATION: (
        "Prepared over {n} weeks, mostly mornings.\n\n- Weakest area: {skill}\n- {learned}",
        "Study plan: {n} weeks, one practice exam a week.",
    ),
    EntryKind.COMPENSATION: ("{why}",),
    EntryKind.OTHER: ("{reflection}.", "Quick note: {lesson}."),
}

# Measurable results by family: (template, range of {a}, range of {b}).
_METRICS: dict[str, tuple[tuple[str, tuple[int, int], tuple[int, int]], ...]] = {
    "perf": (
        ("p95 latency down {a}%", (15, 64), (0, 0)),
        ("query time from {a} ms to {b} ms", (800, 4000), (40, 300)),
        ("memory use down {a}%", (20, 60), (0, 0)),
        ("throughput up {a}% on the same hardware", (20, 180), (0, 0)),
    ),
    "cost": (
        ("cloud spend down {a}k EUR a year", (8, 120), (0, 0)),
        ("{a} idle instances switched off", (6, 80), (0, 0)),
        ("storage bill down {a}%", (15, 55), (0, 0)),
    ),
    "delivery": (
        ("build time from {a} to {b} minutes", (18, 45), (4, 15)),
        ("deploys per week from {a} to {b}", (1, 4), (10, 40)),
        ("test coverage from {a}% to {b}%", (35, 60), (70, 92)),
        ("{a} services migrated", (4, 40), (0, 0)),
        ("lead time for changes from {a} days to {b}", (6, 15), (1, 3)),
    ),
    "ops": (
        ("error rate down {a}%", (20, 80), (0, 0)),
        ("on-call pages down {a}% quarter on quarter", (20, 70), (0, 0)),
        ("MTTR from {a} to {b} minutes", (60, 180), (10, 40)),
        ("availability from 99.{a}% to 99.9{b}%", (50, 89), (0, 9)),
    ),
    "people": (
        ("onboarding time from {a} to {b} days", (10, 20), (2, 6)),
        ("{a} engineers onboarded", (3, 25), (0, 0)),
        ("{a} fewer questions a week in the help channel", (5, 40), (0, 0)),
    ),
    "product": (
        ("checkout conversion up {a}.{b}%", (0, 3), (1, 9)),
        ("{a} fewer support tickets a week", (5, 60), (0, 0)),
        ("{a} customers using it in the first month", (40, 900), (0, 0)),
    ),
}
# What prompted the work, by metric family.
_CONTEXTS: dict[str, tuple[str, ...]] = {
    "perf": (
        "The {system} kept timing out under peak load.",
        "Dashboards showed the {system} slowing down every Monday morning.",
    ),
    "cost": (
        "The quarterly goal was to cut cloud spend.",
        "Finance flagged the {system} as our biggest line item.",
    ),
    "delivery": (
        "A flaky pipeline was costing everyone time.",
        "Releasing the {system} took half a day of manual steps.",
    ),
    "ops": (
        "We had three incidents in a month on the {system}.",
        "Nobody had owned the {system} since the reorganisation.",
    ),
    "people": (
        "New hires took two weeks to ship their first change.",
        "The {team} team asked for help before their launch.",
    ),
    "product": (
        "Customers kept asking for {feature}.",
        "Product wanted {feature} before the conference.",
    ),
}
_FAMILIES: tuple[str, ...] = tuple(_METRICS)

_KINDS: tuple[EntryKind, ...] = (
    EntryKind.SKILL, EntryKind.PROJECT, EntryKind.LEARNING, EntryKind.FEEDBACK,
    EntryKind.RECOGNITION, EntryKind.RESPONSIBILITY, EntryKind.NETWORK, EntryKind.CERTIFICATION,
    EntryKind.COMPENSATION, EntryKind.OTHER,
)  # fmt: skip
# Kind weights by role level: juniors learn, seniors take on responsibility and network more.
_KIND_WEIGHTS: dict[int, tuple[int, ...]] = {
    1: (24, 12, 22, 11, 6, 3, 5, 4, 1, 4),
    2: (22, 15, 17, 11, 7, 6, 6, 4, 1, 4),
    3: (19, 16, 13, 11, 8, 10, 8, 3, 1, 4),
    4: (16, 15, 11, 11, 8, 14, 10, 2, 1, 4),
}
_KIND_CUM: dict[int, list[int]] = {
    rank: list(itertools.accumulate(weights)) for rank, weights in _KIND_WEIGHTS.items()
}
_IMPACTS = (1, 2, 3, 4, 5)
_IMPACT_CUM: dict[EntryKind, list[int]] = {
    kind: list(itertools.accumulate(weights))
    for kind, weights in {
        EntryKind.SKILL: (45, 33, 15, 6, 1),
        EntryKind.PROJECT: (12, 33, 33, 16, 6),
        EntryKind.LEARNING: (55, 30, 12, 3, 0),
        EntryKind.FEEDBACK: (40, 35, 18, 6, 1),
        EntryKind.RECOGNITION: (20, 38, 28, 11, 3),
        EntryKind.RESPONSIBILITY: (15, 35, 32, 14, 4),
        EntryKind.NETWORK: (55, 32, 10, 3, 0),
        EntryKind.CERTIFICATION: (50, 35, 12, 3, 0),
        EntryKind.COMPENSATION: (30, 45, 20, 5, 0),
        EntryKind.OTHER: (70, 25, 5, 0, 0),
    }.items()
}
# Share of entries with a measurable result (when their template names a metric family).
_RESULT_SHARE = {
    EntryKind.PROJECT: 0.85,
    EntryKind.RESPONSIBILITY: 0.5,
    EntryKind.RECOGNITION: 0.6,
    EntryKind.SKILL: 0.45,
}
# Share of entries with an evidence link, by kind.
_LINK_SHARE = {
    EntryKind.PROJECT: 0.35,
    EntryKind.CERTIFICATION: 0.3,
    EntryKind.LEARNING: 0.15,
    EntryKind.NETWORK: 0.15,
    EntryKind.RECOGNITION: 0.12,
}
_LINK_STYLES: dict[EntryKind, tuple[tuple[str, str], ...]] = {
    EntryKind.PROJECT: (
        ("https://example.org/git/{repo}/pull/{num}", "Pull request"),
        ("https://example.org/docs/adr-{adr}", "Decision record"),
        ("https://example.org/dashboards/{slug}", "Dashboard"),
    ),
    EntryKind.CERTIFICATION: (("https://example.org/credentials/{code}", "Certificate"),),
    EntryKind.LEARNING: (("https://example.org/notes/{slug}", "My notes"),),
    EntryKind.NETWORK: (("https://example.org/talks/{slug}", "Slides"),),
    EntryKind.RECOGNITION: (("https://example.org/kudos/{num}", "Kudos post"),),
}
_DEFAULT_LINKS = (("https://example.org/notes/{slug}", "Notes"),)
_WEEKDAY_WEIGHT = (1.0, 1.05, 1.05, 1.0, 0.85, 0.15, 0.1)
_RAMP_DAYS = 180  # entries pick up over the half year before a promotion
_SLUG_WORD = re.compile(r"[a-z0-9]+")


# -- generation -----------------------------------------------------------------------------------


class _Fill(dict[str, str]):
    """Placeholder values for one text, each picked on first use so repeated names agree.

    `person2`, `step3` and the like draw from the pool of `person`, `step`, avoiding the values
    already drawn from it.
    """

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng
        self.drawn: dict[str, set[str]] = {}

    def __missing__(self, key: str) -> str:
        base = key.rstrip("0123456789")
        pool = _POOLS[base]
        drawn = self.drawn.setdefault(base, set())
        value = self.rng.choice(pool)
        while value in drawn and len(drawn) < len(pool):
            value = self.rng.choice(pool)
        drawn.add(value)
        if "{" in value:
            value = value.format_map(self)
        self[key] = value
        return value


@dataclass(slots=True)
class _EntrySpec:
    day: dt.date
    kind: EntryKind
    title: str
    minute: int = 540  # time of day it was written down, in minutes
    body: str = ""
    impact: int = 2
    result: str = ""
    starred: bool = False
    tags: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    skill: int | None = None  # index into _SKILLS for skill and certification entries
    cert: str = ""


@dataclass
class _Plan:
    """The rows of the sample career but its entries, ids included, ready for bulk inserts."""

    profile: dict[str, Any] | None = None
    roles: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    skills: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    milestones: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, 28))


def _money(amount: int) -> str:
    return f"{amount:,} {CURRENCY}"


def _slug(words: str) -> str:
    return "-".join(_SLUG_WORD.findall(words.lower())[:6]) or "note"


class _Generator:
    def __init__(
        self, rng: random.Random, today: dt.date, ids: dict[str, int], scale: SkillScale
    ) -> None:
        self.rng = rng
        self.today = today
        self.ids = ids  # next free id per table
        self.scale = scale
        self.plan = _Plan()
        self.start = _years_before(today, 12) - dt.timedelta(days=rng.randint(0, 150))
        self.role_starts: list[dt.date] = []
        self.role_ranks: list[int] = []
        self.role_ids: list[int] = []
        self.promotions: list[dt.date] = []  # start dates of promotions and diagonal moves
        self.skill_ids: list[int] = []
        self.skill_first: list[dt.date] = []
        # (day, salary after it, role index for a role change or None, raise in per mille)
        self.salary_events: list[tuple[dt.date, int, int | None, int]] = []

    def next_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def level(self, dreyfus: int) -> int:
        return map_level(dreyfus, SkillScale.DREYFUS, self.scale)

    # -- skeleton: roles, reviews, skills -----------------------------------------------------

    def build_roles(self) -> None:
        rng, day = self.rng, self.start
        rows = self.plan.roles
        for i, spec in enumerate(_ROLES):
            last = i == len(_ROLES) - 1
            pay = round(spec.pay * (1 + rng.uniform(-0.04, 0.04)) / 500) * 500
            end = None
            if not last:
                months = spec.months + rng.randint(-2, 3)
                end = _add_months(day, months) - dt.timedelta(days=1)
            rows.append(
                {
                    "id": self.next_id("role"),
                    "title": spec.title,
                    "organisation": spec.organisation,
                    "function": spec.function,
                    "level": spec.level,
                    "level_rank": spec.rank,
                    "start_date": day,
                    "end_date": end,
                    "move_kind": spec.move,
                    "pay": Decimal(pay),
                    "currency": CURRENCY,
                    "notes": spec.notes,
                    "volunteer": False,
                }
            )
            self.role_starts.append(day)
            self.role_ranks.append(spec.rank)
            self.role_ids.append(rows[-1]["id"])
            if spec.move in (MoveKind.PROMOTION, MoveKind.DIAGONAL):
                self.promotions.append(day)
            if end is not None:
                day = end + dt.timedelta(days=1)

    def role_index(self, day: dt.date) -> int:
        return max(0, bisect.bisect_right(self.role_starts, day) - 1)

    def build_reviews(self) -> None:
        """Yearly appraisals, plus a promotion review before a promotion that no appraisal
        preceded; a raise follows each appraisal unless a role change just brought one."""
        rng = self.rng
        yearly, day = [], self.start + dt.timedelta(days=360 + rng.randint(0, 30))
        while day <= self.today:
            yearly.append(day)
            day += dt.timedelta(days=365 + rng.randint(-10, 10))
        held = [(d, False) for d in yearly]
        for promotion in self.promotions:
            if not any(0 < (promotion - d).days <= 150 for d in yearly):
                held.append((promotion - dt.timedelta(days=rng.randint(40, 75)), True))
        raises: list[tuple[dt.date, int]] = []
        for day, for_promotion in sorted(held):
            role = self.role_index(day)
            if for_promotion or any(0 < (p - day).days <= 150 for p in self.promotions):
                title = self.plan.roles[role + 1]["title"]
                outcome = f"Promotion to {title} approved"
                if not for_promotion:
                    outcome = f"Exceeds expectations; put forward for {title}"
            elif (day - self.role_starts[role]).days < 100:
                outcome = "Settling into the new role; on track"
            else:
                outcome = rng.choice(_REVIEW_OUTCOMES)
            strengths = rng.sample(_STRENGTHS, 2)
            self.plan.reviews.append(
                {
                    "id": self.next_id("review"),
                    "held_on": day,
                    "outcome": outcome,
                    "notes": (
                        f"**Strengths:** {strengths[0]}; {strengths[1]}.\n\n"
                        f"**To work on:** {rng.choice(_GROWTH_AREAS)}.\n\n"
                        f"Agreed next step: {rng.choice(_NEXT_STEPS)}."
                    ),
                    "role_id": self.role_ids[role],
                }
            )
            raise_day = day + dt.timedelta(days=rng.randint(14, 45))
            recent_change = any(abs((s - raise_day).days) < 120 for s in self.role_starts[1:])
            if not for_promotion and raise_day <= self.today and not recent_change:
                raises.append((raise_day, rng.randint(25, 55)))  # per mille
        self.fold_salary(raises)

    def fold_salary(self, raises: list[tuple[dt.date, int]]) -> None:
        """Salary history: raises compound; a role change pays at least a little more."""
        changes = [(row["start_date"], 0, i) for i, row in enumerate(self.plan.roles)]
        salary = 0
        for day, is_raise, value in sorted(changes + [(d, 1, pm) for d, pm in raises]):
            if is_raise:
                salary = salary * (1000 + value) // 100_000 * 100
                self.salary_events.append((day, salary, None, value))
            else:
                row = self.plan.roles[value]
                salary = max(int(row["pay"]), -(-(salary + 1000) // 500) * 500)
                row["pay"] = Decimal(salary)
                self.salary_events.append((day, salary, value, 0))

    def build_profile(self, existing: dict[str, Any] | None) -> None:
        last_review = self.plan.reviews[-1]["held_on"] if self.plan.reviews else self.start
        next_appraisal = last_review
        while next_appraisal <= self.today:
            next_appraisal += dt.timedelta(days=365)
        if existing is not None:
            existing.update(career_start=self.start, next_appraisal=next_appraisal)
            self.plan.profile = existing
            return
        self.plan.profile = {
            "id": self.next_id("profile"),
            "name": "Alex Rivera",
            "career_start": self.start,
            "skill_scale": self.scale,
            "week_start": 0,
            "next_appraisal": next_appraisal,
            "stage_override": None,
            "band_share": 0.75,
        }

    def build_skills(self) -> None:
        rng = self.rng
        for b, band in enumerate(_BANDS):
            band_id = self.next_id("skill_band")
            self.plan.bands.append(
                {"id": band_id, "name": band.name, "position": b, "description": band.description}
            )
            for s, spec in enumerate(band.skills):
                skill_id = self.next_id("skill")
                self.skill_ids.append(skill_id)
                first = self.start + dt.timedelta(
                    days=int(spec.first_year * 365) + rng.randint(20, 80)
                )
                self.skill_first.append(min(first, self.today - dt.timedelta(days=400)))
                self.plan.skills.append(
                    {
                        "id": skill_id,
                        "band_id": band_id,
                        "name": spec.name,
                        "position": s,
                        "target_level": self.level(spec.target),
                        "description": "",
                    }
                )

    # -- entries ------------------------------------------------------------------------------

    def day_weights(self) -> list[float]:
        """How likely an entry is on each day: weekdays, holidays, habit, promotion run-ups."""
        span = (self.today - self.start).days + 1
        peaks = [*self.promotions, self.today + dt.timedelta(days=60)]  # the current push
        weights = []
        for i in range(span):
            day = self.start + dt.timedelta(days=i)
            w = _WEEKDAY_WEIGHT[day.weekday()] * (0.75 + 0.5 * i / span)
            if day.month == 8:
                w *= 0.6
            elif (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 2):
                w *= 0.3
            for peak in peaks:
                before = (peak - day).days
                if 0 < before <= _RAMP_DAYS:
                    w *= 1 + 1.6 * (1 - before / _RAMP_DAYS)
                elif -60 < before <= 0:
                    w *= 0.8  # settling into the new role
            weights.append(w)
        return weights

    def anchor_entries(self) -> list[_EntrySpec]:
        """The formal steps: role changes and salary changes, each on its own date."""
        anchors = []
        for i, row in enumerate(self.plan.roles):
            day, move = row["start_date"], row["move_kind"]
            title, org = row["title"], row["organisation"]
            if move is MoveKind.FIRST:
                spec = _EntrySpec(day, EntryKind.OTHER, f"First day as {title} at {org}", impact=4)
                spec.body = f"{row['notes']}\n\nGoal for the first year: ship something real."
            elif move in (MoveKind.PROMOTION, MoveKind.DIAGONAL):
                prev = self.plan.roles[i - 1]["title"]
                spec = _EntrySpec(day, EntryKind.PROMOTION, f"Promoted to {title}", impact=5)
                spec.body = (
                    f"From **{prev}** to **{title}** ({row['level']}).\n\n{row['notes']}\n\n"
                    "What got me here: the run of smaller wins in the months before."
                )
                spec.starred = True
            elif move is MoveKind.LATERAL:
                spec = _EntrySpec(day, EntryKind.RESPONSIBILITY, f"Moved sideways: {title}")
                spec.impact, spec.body = 4, f"Same level, new craft.\n\n{row['notes']}"
            else:
                spec = _EntrySpec(day, EntryKind.OTHER, f"Joined {org} as {title}", impact=4)
                spec.body = f"New employer.\n\n{row['notes']}"
            spec.tags = ["leadership"] if row["level_rank"] >= 4 else []
            anchors.append(spec)
        for day, salary, role, per_mille in self.salary_events:
            if role is None:
                pct = f"+{per_mille / 10:.1f}%"
                title = f"Annual raise: {pct}, salary now {_money(salary)}"
                spec = _EntrySpec(day, EntryKind.COMPENSATION, title, impact=2)
                spec.result, spec.body = f"{pct} base salary", "Followed the yearly appraisal."
            elif role > 0:
                row = self.plan.roles[role]
                title = {
                    MoveKind.NEW_EMPLOYER: f"Signed the offer from {row['organisation']}",
                    MoveKind.LATERAL: "Salary adjusted with the move",
                }.get(row["move_kind"], "Salary with the promotion")
                spec = _EntrySpec(day, EntryKind.COMPENSATION, f"{title}: {_money(salary)}")
                spec.impact, spec.result = 3, f"base salary {_money(salary)}"
                spec.body = f"Negotiated with the {row['title']} offer; benchmarked first."
            else:
                continue
            anchors.append(spec)
        return anchors

    def build_entries(self, total: int) -> list[_EntrySpec]:
        """`total` entries in date order: the anchors, plus micro-progressions on weighted days."""
        rng = self.rng
        anchors = self.anchor_entries()
        weights = self.day_weights()
        cum = list(itertools.accumulate(weights))
        top = cum[-1]
        last = len(cum) - 1
        offsets = sorted(
            min(bisect.bisect_left(cum, rng.random() * top), last)
            for _ in range(total - len(anchors))
        )
        specs: list[_EntrySpec] = []
        pending = sorted(anchors, key=lambda a: a.day)
        a = 0
        for offset in offsets:
            day = self.start + dt.timedelta(days=offset)
            while a < len(pending) and pending[a].day <= day:
                specs.append(pending[a])
                a += 1
            specs.append(self.compose(day))
        specs.extend(pending[a:])
        self.star(specs)
        return specs

    def compose(self, day: dt.date) -> _EntrySpec:
        """One micro-progression on `day`, its text built from the vocabulary above."""
        rng = self.rng
        rank = self.role_ranks[self.role_index(day)]
        kind = rng.choices(_KINDS, cum_weights=_KIND_CUM[rank])[0]
        fill = _Fill(rng)
        spec = _EntrySpec(day, kind, "", minute=rng.randint(8 * 60, 22 * 60 - 1))
        spec.impact = rng.choices(_IMPACTS, cum_weights=_IMPACT_CUM[kind])[0]
        if kind is EntryKind.SKILL or kind is EntryKind.CERTIFICATION:
            if kind is EntryKind.SKILL:
                spec.skill = self.pick_skill(day)
                template = rng.choice(_SKILLS[spec.skill].practices)
            else:
                spec.cert, skill_name = rng.choice(_CERTIFICATES)
                spec.skill, fill["cert"] = _SKILL_INDEX[skill_name], spec.cert
                major = rng.random() < 0.4
                template = rng.choice(_CERT_MAJOR if major else _CERT_MINOR)
                spec.impact = max(spec.impact, 3) if major else min(spec.impact, 2)
            skill = _SKILLS[spec.skill]
            fill["skill"], tags, families = skill.name, [skill.tag], skill.metrics
        else:
            template, suggested, families = rng.choice(_TITLES[kind])
            tags = [t for t in suggested.split() if rng.random() < 0.75]
            if "{migration}" in template:
                fill["migration"], tag = rng.choice(_MIGRATIONS)
                tags.append(tag)
        spec.title = template.format_map(fill)
        if "tech" in fill:
            tags.append(_TECH_TAGS[fill["tech"]])
        if rng.random() < 0.1:
            tags = []
        spec.tags = list(dict.fromkeys(tags))[:3]
        family = rng.choice(families.split()) if families else rng.choice(_FAMILIES)
        share = _RESULT_SHARE.get(kind, 0.0) if families else 0.0
        if rng.random() < (share if spec.impact > 1 else share / 2):
            spec.result = self.metric(family)
        if spec.impact == 1:  # a nano-level upgrade: one line, maybe a note
            if rng.random() < 0.45:
                spec.body = rng.choice(_POOLS["nano"]).format_map(fill)
        else:
            template = rng.choice(_BODIES[kind])
            if "{context}" in template:
                fill["context"] = rng.choice(_CONTEXTS[family]).format_map(fill)
            if "{result}" in template:
                fill["result"] = spec.result or rng.choice(_POOLS["outcome"]).format_map(fill)
            spec.body = template.format_map(fill)
        if rng.random() < _LINK_SHARE.get(kind, 0.04):
            spec.links = self.links(kind, spec.title, fill)
        return spec

    def pick_skill(self, day: dt.date) -> int:
        soon = day + dt.timedelta(days=90)
        active = [i for i, first in enumerate(self.skill_first) if first <= soon]
        return self.rng.choice(active or [0])

    def metric(self, family: str) -> str:
        rng = self.rng
        template, (a_lo, a_hi), (b_lo, b_hi) = rng.choice(_METRICS[family])
        return template.format(a=rng.randint(a_lo, a_hi), b=rng.randint(b_lo, b_hi))

    def links(self, kind: EntryKind, title: str, fill: _Fill) -> list[tuple[str, str]]:
        rng = self.rng
        count = 2 if rng.random() < 0.1 else 1
        styles = _LINK_STYLES.get(kind, _DEFAULT_LINKS)
        found = []
        for _ in range(count):
            url, label = rng.choice(styles)
            url = url.format(
                repo=_slug(fill.get("system", "platform")),
                num=rng.randint(120, 9800),
                adr=f"{rng.randint(1, 140):03d}",
                slug=_slug(title),
                code=f"{rng.randint(10**7, 10**8 - 1):X}",
            )
            if all(url != u for u, _ in found):
                found.append((url, label))
        return found

    def star(self, specs: list[_EntrySpec]) -> None:
        """A few starred entries a year (promotions always): the ones for the summary."""
        by_year: dict[int, list[int]] = {}
        starred: dict[int, int] = {}
        for i, spec in enumerate(specs):
            if spec.starred:
                starred[spec.day.year] = starred.get(spec.day.year, 0) + 1
            elif spec.impact >= 3:
                by_year.setdefault(spec.day.year, []).append(i)
        for year, candidates in by_year.items():
            want = self.rng.randint(3, 6) - starred.get(year, 0)
            for i in self.rng.sample(candidates, max(0, min(want, len(candidates)))):
                specs[i].starred = True

    def entry_rows(
        self, specs: Sequence[_EntrySpec], first_id: int, tag_ids: dict[str, int]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """Rows for some entries (ids from `first_id`), their tags and their links."""
        entries, tags, links = [], [], []
        for entry_id, spec in enumerate(specs, first_id):
            at = dt.datetime.combine(
                spec.day, dt.time(*divmod(spec.minute, 60), 0, SAMPLE_MICROSECOND)
            )
            entries.append(
                {
                    "id": entry_id,
                    "occurred_on": spec.day,
                    "kind": spec.kind,
                    "title": spec.title,
                    "body": spec.body,
                    "impact": spec.impact,
                    "measurable_result": spec.result,
                    "starred": spec.starred,
                    "role_id": self.role_ids[self.role_index(spec.day)],
                    "created_at": at,
                    "updated_at": at,
                    "trashed_at": None,
                    "version": 1,
                }
            )
            tags.extend({"entry_id": entry_id, "tag_id": tag_ids[name]} for name in spec.tags)
            links.extend(
                {
                    "id": self.next_id("evidence_link"),
                    "entry_id": entry_id,
                    "position": position,
                    "url": url,
                    "label": label,
                }
                for position, (url, label) in enumerate(spec.links)
            )
        return entries, tags, links

    # -- assessments and goals ----------------------------------------------------------------

    def build_assessments(self, specs: list[_EntrySpec], ids: Sequence[int]) -> None:
        """Each skill's history rises from its first to its latest level, with evidence.

        A certificate passed since the previous assessment makes the next one a certification
        assessment pointing at that entry; otherwise a recent skill entry may back it.
        """
        rng = self.rng
        # (skill, is a passed certificate) -> days and entry indexes, in date order
        about: dict[tuple[int, bool], tuple[list[int], list[int]]] = {}
        for i, spec in enumerate(specs):
            if spec.skill is not None and (spec.kind is EntryKind.SKILL or spec.impact >= 3):
                days, found = about.setdefault(
                    (spec.skill, spec.kind is not EntryKind.SKILL), ([], [])
                )
                days.append(spec.day.toordinal())
                found.append(i)

        def latest(skill: int, cert: bool, lo: dt.date, hi: dt.date) -> int | None:
            days, found = about.get((skill, cert), ([], []))
            i = bisect.bisect_right(days, hi.toordinal()) - 1
            return found[i] if i >= 0 and days[i] > lo.toordinal() else None

        sources = (AssessmentSource.SELF, AssessmentSource.MANAGER, AssessmentSource.PEER)
        for s, spec in enumerate(_SKILLS):
            dates, day = [], self.skill_first[s]
            while day <= self.today:
                dates.append(day)
                day += dt.timedelta(days=rng.randint(210, 450))
            high, previous = 1, self.start
            for j, day in enumerate(dates):
                frac = j / (len(dates) - 1) if len(dates) > 1 else 1.0
                rising = spec.first + (spec.latest - spec.first) * frac
                level = int(rising + rng.uniform(0.2, 0.8))
                level = spec.latest if j == len(dates) - 1 else max(high, min(level, spec.latest))
                high = level
                found = latest(s, True, previous, day)
                if found is not None:
                    source, note = (
                        AssessmentSource.CERTIFICATION,
                        f"Backed by the {specs[found].cert}.",
                    )
                else:
                    source = rng.choices(sources, weights=(55, 28, 17))[0]
                    note = {
                        AssessmentSource.SELF: "Self-assessment after a stretch of practice.",
                        AssessmentSource.MANAGER: f"My manager's view, {day.year} check-in.",
                        AssessmentSource.PEER: f"Peer view from {rng.choice(_POOLS['person'])}.",
                    }[source]
                    if source is AssessmentSource.PEER and j and level > 1 and rng.random() < 0.2:
                        level -= 1  # a peer sees it a notch lower; the history keeps both views
                    if rng.random() < 0.55:
                        found = latest(s, False, day - dt.timedelta(days=180), day)
                previous = day
                self.plan.assessments.append(
                    {
                        "id": self.next_id("skill_assessment"),
                        "skill_id": self.skill_ids[s],
                        "assessed_on": day,
                        "level": self.level(level),
                        "source": source,
                        "evidence_entry_id": None if found is None else ids[found],
                        "note": note,
                    }
                )

    def build_goals(self, specs: list[_EntrySpec], ids: Sequence[int]) -> None:
        rng, roles, today = self.rng, self.plan.roles, self.today
        days = [s.day for s in specs]

        def pick(kinds: Sequence[EntryKind], lo: dt.date, hi: dt.date, k: int) -> list[int]:
            start, stop = bisect.bisect_left(days, lo), bisect.bisect_right(days, hi)
            found = [ids[i] for i in range(start, stop) if specs[i].kind in kinds]
            return sorted(rng.sample(found, min(k, len(found))))

        work = (EntryKind.PROJECT, EntryKind.RESPONSIBILITY)
        people = (EntryKind.RESPONSIBILITY, EntryKind.RECOGNITION, EntryKind.FEEDBACK)
        writing = (EntryKind.SKILL, EntryKind.PROJECT, EntryKind.LEARNING)

        # Achieved: the promotion to senior.
        senior = next(r for r in roles if r["level_rank"] == 3)
        created = senior["start_date"] - dt.timedelta(days=300 + rng.randint(0, 60))
        self.goal(
            GoalKind.PROMOTION, "Promotion to Senior Software Engineer",
            (senior["title"], senior["level"]),
            "Make the case for senior within a year: own a service, lead on-call, write designs.",
            created, created + dt.timedelta(days=365), GoalStatus.ACHIEVED, senior["start_date"],
            [
                ("Own a service end to end", 2.0, 60, work),
                ("Lead the on-call rotation for a quarter", 1.5, 140, people),
                ("Write three design docs", 1.0, 220, writing),
                ("Manager's sign-off at the appraisal", 1.0, 280, (EntryKind.FEEDBACK,)),
            ],
            pick,
        )  # fmt: skip

        # Dropped: a try at management that turned back to the technical track.
        lateral = next(r for r in roles if r["move_kind"] is MoveKind.LATERAL)
        diagonal = next(r for r in roles if r["move_kind"] is MoveKind.DIAGONAL)
        created = lateral["start_date"] + dt.timedelta(days=90 + rng.randint(0, 30))
        closed = min(diagonal["start_date"] + dt.timedelta(days=60), today)
        self.goal(
            GoalKind.LATERAL_MOVE, "Move into engineering management",
            ("Engineering Manager", "M1"),
            "Tried the manager track with a stretch assignment. Dropped: I want to stay hands-on "
            "and grow on the staff track instead.",
            created, created + dt.timedelta(days=540), GoalStatus.DROPPED, closed,
            [
                ("Run 1:1s for two engineers for a quarter", 1.5, 100, people),
                ("Complete the new-manager course", 1.0, 160, (EntryKind.LEARNING,)),
                ("Take over the team's hiring plan", 1.0, None, (EntryKind.RESPONSIBILITY,)),
            ],
            pick,
        )  # fmt: skip

        # Active and pinned: principal engineer.
        staff = roles[-1]
        created = max(staff["start_date"], today - dt.timedelta(days=420)) + dt.timedelta(
            days=rng.randint(60, 120)
        )
        created = min(created, today - dt.timedelta(days=120))
        target = today + dt.timedelta(days=rng.randint(270, 420))
        goal_id = self.next_id("goal")
        self.plan.goals.append(
            {
                "id": goal_id,
                "kind": GoalKind.PROMOTION,
                "title": "Principal engineer",
                "description": (
                    "Reach principal (L5) by showing direction-setting impact across teams:\n\n"
                    "- a written technical strategy people use\n"
                    "- engineers I mentored moving up\n"
                    "- decisions that outlive my involvement"
                ),
                "target_role_title": "Principal Engineer",
                "target_level": "L5 Principal",
                "target_date": target,
                "status": GoalStatus.ACTIVE,
                "pinned": True,
                "created_on": created,
                "closed_on": None,
            }
        )
        since = created.isoformat()
        feedback_days = [s.day for s in specs if s.kind is EntryKind.FEEDBACK and s.day >= created]
        feedback_done = feedback_days[5] if len(feedback_days) >= 6 else None
        direction = _SKILL_INDEX["Technical direction"]
        steps: list[tuple[str, float, dt.date | None, dt.date | None, CriterionKind, dict[str, Any],
                          Sequence[EntryKind]]] = [
            ("Lead a cross-team architecture decision", 2.0,
             created + dt.timedelta(days=75), created + dt.timedelta(days=rng.randint(40, 90)),
             CriterionKind.MANUAL, {}, work),
            ("Mentor two engineers through their next promotion", 1.5,
             created + dt.timedelta(days=110), created + dt.timedelta(days=rng.randint(60, 110)),
             CriterionKind.MANUAL, {}, people),
            ("Seek feedback from six senior colleagues", 1.0,
             today + dt.timedelta(days=30), feedback_done,
             CriterionKind.ENTRY_COUNT, {"kind": "feedback", "count": 6, "since": since},
             (EntryKind.FEEDBACK,)),
            ("Reach Expert in technical direction", 2.0,
             target - dt.timedelta(days=60), None,
             CriterionKind.SKILL_LEVEL,
             {"skill_id": self.skill_ids[direction], "level": self.level(5)}, writing),
            ("Publish a two-year platform strategy", 2.5,
             today + dt.timedelta(days=rng.randint(45, 90)), None,
             CriterionKind.MANUAL, {}, writing),
        ]  # fmt: skip
        if rng.random() < 0.7:
            steps.append(
                ("Give a talk at an external conference", 1.0,
                 today + dt.timedelta(days=rng.randint(120, 200)), None,
                 CriterionKind.MANUAL, {}, (EntryKind.NETWORK,))
            )  # fmt: skip
        if rng.random() < 0.7:
            steps.append(
                ("Sponsorship from the VP of Engineering", 1.5, target, None,
                 CriterionKind.MANUAL, {}, (EntryKind.FEEDBACK, EntryKind.RECOGNITION))
            )  # fmt: skip
        for position, (title, weight, due, done, kind, criterion, kinds) in enumerate(steps):
            if done is not None and done > today:
                done = None
            self.milestone(goal_id, position, title, due, done, weight, kind, criterion)
            hi = done or today
            count = rng.randint(2, 4) if done is not None else rng.randint(0, 2)
            self.link(self.plan.milestones[-1]["id"], pick(kinds, created, hi, count))

    def goal(
        self,
        kind: GoalKind,
        title: str,
        target: tuple[str, str],
        description: str,
        created: dt.date,
        target_date: dt.date,
        status: GoalStatus,
        closed: dt.date,
        steps: Sequence[tuple[str, float, int | None, Sequence[EntryKind]]],
        pick: Callable[[Sequence[EntryKind], dt.date, dt.date, int], list[int]],
    ) -> None:
        """A closed goal; each step is done `days` after the start (None: never done)."""
        goal_id = self.next_id("goal")
        self.plan.goals.append(
            {
                "id": goal_id,
                "kind": kind,
                "title": title,
                "description": description,
                "target_role_title": target[0],
                "target_level": target[1],
                "target_date": target_date,
                "status": status,
                "pinned": False,
                "created_on": created,
                "closed_on": closed,
            }
        )
        for position, (title, weight, days, kinds) in enumerate(steps):
            done = None if days is None else min(created + dt.timedelta(days=days), closed)
            due = created + dt.timedelta(days=(days or 200) + 30)
            self.milestone(goal_id, position, title, due, done, weight, CriterionKind.MANUAL, {})
            found = pick(kinds, created, done or closed, self.rng.randint(1, 3))
            self.link(self.plan.milestones[-1]["id"], found)

    def milestone(
        self,
        goal_id: int,
        position: int,
        title: str,
        due: dt.date | None,
        done: dt.date | None,
        weight: float,
        kind: CriterionKind,
        criterion: dict[str, Any],
    ) -> None:
        self.plan.milestones.append(
            {
                "id": self.next_id("milestone"),
                "goal_id": goal_id,
                "position": position,
                "title": title,
                "due_on": due,
                "done_on": done,
                "weight": weight,
                "criterion_kind": kind,
                "criterion": criterion,
            }
        )

    def link(self, milestone_id: int, entry_ids: Sequence[int]) -> None:
        self.plan.evidence.extend({"milestone_id": milestone_id, "entry_id": e} for e in entry_ids)


# -- writing --------------------------------------------------------------------------------------

_TABLES = Base.metadata.tables
# Every table of the journal, children before parents (the order to empty them in).
_CLEARING: tuple[Table, ...] = tuple(reversed(Base.metadata.sorted_tables))
_ID_TABLES: tuple[Table, ...] = tuple(t for t in _CLEARING if "id" in t.c)


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


class DemoRefused(ServiceError):
    """The journal is not empty. `sample_only`: all it holds is an earlier sample career, which
    `force` may replace; otherwise it holds the user's own content, which nothing replaces."""

    def __init__(self, held: str, *, sample_only: bool):
        self.held = held
        self.sample_only = sample_only
        if sample_only:
            message = f"This journal already holds a sample career ({held})."
        else:
            message = (
                f"This journal holds {held} of your own; the sample career never replaces them."
            )
        super().__init__(message)


def is_sample(created_at: dt.datetime) -> bool:
    """Whether an entry created at this moment was written by the sample career."""
    return created_at.microsecond == SAMPLE_MICROSECOND


def check_target(session: Session, *, force: bool) -> None:
    """Raise DemoRefused unless the journal may take the sample.

    An empty journal (a profile alone is settings, not content) always may. One that holds only a
    sample career may with `force`. One with anything of the user's never may: an entry the sample
    did not write, or roles, bands, goals or reviews without any sample entry.
    """
    found = [
        (session.scalar(select(func.count()).select_from(model)) or 0, one, many)
        for model, one, many in (
            (Entry, "entry", "entries"),
            (Role, "role", "roles"),
            (SkillBand, "skill band", "skill bands"),
            (Goal, "goal", "goals"),
            (Review, "review", "reviews"),
        )
    ]
    if not any(n for n, _, _ in found):
        return
    entries = found[0][0]
    own = sum(1 for at in session.scalars(select(Entry.created_at)) if not is_sample(at))
    if own:
        raise DemoRefused(_count(own, "entry", "entries"), sample_only=False)
    if not entries:
        held = " and ".join(_count(*f) for f in found if f[0])
        raise DemoRefused(held, sample_only=False)
    if not force:
        raise DemoRefused(_count(entries, "entry", "entries"), sample_only=True)


def _insert(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Core executemany inserts: no ORM objects, ids as given."""
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(_TABLES[table]), rows[start : start + CHUNK])


def generate(
    journal: Journal,
    *,
    entries: int = DEFAULT_ENTRIES,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill an empty journal (or, with `force`, replace an earlier sample) with a sample career.

    Refuses (DemoRefused) a journal that holds anything but a profile, unless all it holds is a
    sample career and `force` is given; the user's own entries are never replaced. A profile on
    its own is kept (its name and skill scale) and given the career's start and next appraisal.
    """
    if not isinstance(entries, int) or isinstance(entries, bool):
        raise ValidationError(
            "entries", f"The number of entries must be a whole number, not {entries!r}."
        )
    if not MIN_ENTRIES <= entries <= MAX_ENTRIES:
        raise ValidationError(
            "entries",
            f"The sample career takes from {MIN_ENTRIES} to {MAX_ENTRIES:,} entries, "
            f"not {entries:,}.",
        )
    today = today or dt.date.today()
    validate.check_date(_years_before(today, 13), "career start")
    validate.check_date(today + dt.timedelta(days=500), "goal target date")
    if progress is not None:
        progress(0, entries)
    store = journal.store
    with store.write() as session:
        check_target(session, force=force)
        if force:
            for table in _CLEARING:
                session.execute(delete(table))
        profile = session.execute(select(_TABLES["profile"]).order_by(Profile.id).limit(1)).first()
        existing = dict(profile._mapping) if profile is not None else None
        scale = SkillScale(existing["skill_scale"]) if existing else SkillScale.DREYFUS
        ids = {
            t.name: int(session.scalar(select(func.coalesce(func.max(t.c.id), 0))) or 0) + 1
            for t in _ID_TABLES
        }
        tag_ids = {name: tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name)).all()}

        gen = _Generator(random.Random(seed), today, ids, scale)
        gen.build_roles()
        gen.build_reviews()
        gen.build_profile(existing)
        gen.build_skills()
        specs = gen.build_entries(entries)
        used = {name for spec in specs for name in spec.tags}
        for name in (t for t in _TAGS if t in used):
            if name not in tag_ids:
                tag_ids[name] = gen.next_id("tag")
                gen.plan.tags.append({"id": tag_ids[name], "name": name})
        first_id = gen.ids["entry"]
        entry_ids = range(first_id, first_id + len(specs))
        gen.build_assessments(specs, entry_ids)
        gen.build_goals(specs, entry_ids)
        plan = gen.plan

        assert plan.profile is not None
        if existing is not None:
            session.execute(
                update(Profile)
                .where(Profile.id == existing["id"])
                .values(career_start=gen.start, next_appraisal=plan.profile["next_appraisal"])
            )
        else:
            session.execute(insert(_TABLES["profile"]), [plan.profile])
        _insert(session, "role", plan.roles)
        _insert(session, "tag", plan.tags)
        _insert(session, "skill_band", plan.bands)
        _insert(session, "skill", plan.skills)
        # Entries with their tags and links, a chunk at a time; the search triggers index them.
        for start in range(0, len(specs), CHUNK):
            chunk = specs[start : start + CHUNK]
            rows, tagged, linked = gen.entry_rows(chunk, first_id + start, tag_ids)
            _insert(session, "entry", rows)
            _insert(session, "entry_tag", tagged)
            _insert(session, "evidence_link", linked)
            if progress is not None:
                progress(start + len(chunk), entries)
        _insert(session, "skill_assessment", plan.assessments)
        _insert(session, "goal", plan.goals)
        _insert(session, "milestone", plan.milestones)
        _insert(session, "milestone_evidence", plan.evidence)
        _insert(session, "review", plan.reviews)
        if store.dialect == "postgresql":
            # Ids were given explicitly: move each sequence past them for later inserts.
            for table in _ID_TABLES:
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                    )
                )
    journal.announce_reload()
    return DemoSummary(
        entries=len(specs),
        roles=len(plan.roles),
        bands=len(plan.bands),
        skills=len(plan.skills),
        assessments=len(plan.assessments),
        goals=len(plan.goals),
        milestones=len(plan.milestones),
        reviews=len(plan.reviews),
    )
