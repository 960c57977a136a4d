"""The sample career's data tables: its roles, skill bands, certificates and the vocabulary its
entries are written from (titles, bodies, results, links, placeholder pools), and the weights it
draws with. Only data lives here; `services/demo.py` turns it into a journal. Changing any value
changes the generated sample (tests/services/test_demo_fingerprint.py says so).
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from ..domain import EntryKind, MoveKind

# -- the career's skeleton ------------------------------------------------------------------------


class RolePlan(NamedTuple):
    title: str
    organisation: str
    function: str
    level: str
    rank: int
    move: MoveKind
    months: int  # typical time in the role; the last role runs until today
    pay: int
    notes: str


ROLES: tuple[RolePlan, ...] = (
    RolePlan("Junior Software Engineer", "Northwind Logistics", "Backend engineering",
             "L1 Junior", 1, MoveKind.FIRST, 20, 42000,
             "Route-planning backend team. Python, PostgreSQL, a lot of pairing."),
    RolePlan("Software Engineer", "Northwind Logistics", "Backend engineering",
             "L2", 2, MoveKind.PROMOTION, 22, 49000,
             "Owned the shipment-tracking API and its on-call rota."),
    RolePlan("Software Engineer II", "Brightwave Health", "Backend engineering",
             "L2", 2, MoveKind.NEW_EMPLOYER, 15, 57000,
             "Appointments platform; Go services on Kubernetes."),
    RolePlan("Senior Software Engineer", "Brightwave Health", "Backend engineering",
             "L3 Senior", 3, MoveKind.PROMOTION, 22, 67000,
             "Technical owner of scheduling; mentor for two juniors."),
    RolePlan("Senior Site Reliability Engineer", "Brightwave Health", "Reliability",
             "L3 Senior", 3, MoveKind.LATERAL, 16, 70000,
             "Moved to SRE to learn operations: SLOs, incident response, capacity."),
    RolePlan("Tech Lead, Developer Platform", "Brightwave Health", "Platform",
             "L4 Lead", 4, MoveKind.DIAGONAL, 18, 81000,
             "Leads six engineers building the internal developer platform."),
    RolePlan("Staff Software Engineer", "Lumen Analytics", "Platform",
             "L4 Staff", 4, MoveKind.NEW_EMPLOYER, 0, 95000,
             "Staff engineer for the data platform; sets technical direction across teams."),
)  # fmt: skip

REVIEW_OUTCOMES = (
    "Meets expectations",
    "Meets expectations, some areas exceed",
    "Exceeds expectations",
    "Solid year; on track for the next level",
)

STRENGTHS = (
    "calm and clear during incidents",
    "writes design docs people actually read",
    "raises the quality bar in code review",
    "unblocks other teams without being asked",
    "delivers what was promised, on time",
    "mentors patiently and specifically",
    "good judgement on when to simplify",
    "keeps stakeholders informed before they ask",
)

GROWTH_AREAS = (
    "delegate more instead of doing it all",
    "speak up earlier in planning",
    "connect technical work to business outcomes",
    "say no to low-value requests",
    "share work in progress sooner",
    "build relationships outside the team",
    "write shorter status updates",
)

NEXT_STEPS = (
    "own a cross-team initiative next half",
    "present the platform roadmap at the all-hands",
    "mentor one more engineer",
    "lead the next incident review",
    "write the technical strategy for the team",
    "take on hiring for the team",
)


class SkillSpec(NamedTuple):
    name: str
    tag: str
    metrics: str  # metric family of its measurable results ("": none)
    target: int  # on the Dreyfus scale (1-5)
    first_year: float  # years into the career when it is first assessed
    first: int  # level at the first assessment
    latest: int  # level at the latest one
    practices: tuple[str, ...]  # titles of skill entries about it


class BandSpec(NamedTuple):
    name: str
    description: str
    skills: tuple[SkillSpec, ...]


BANDS: tuple[BandSpec, ...] = (
    BandSpec("Engineering craft", "Building software that works, lasts and can be operated.", (
        SkillSpec("Python", "python", "perf", 5, 0.0, 2, 5, (
            "Profiled the {system} with py-spy and fixed the hot loop",
            "Added type hints to the {system} and turned on strict mypy",
            "Wrote an async client for the {system}",
            "Replaced hand-rolled retries with a small backoff helper",
        )),
        SkillSpec("Distributed systems", "architecture", "ops", 5, 0.8, 1, 4, (
            "Made the {system} consumer idempotent",
            "Designed the retry and dead-letter flow for the {system}",
            "Worked out the ordering guarantees the {system} needs from Kafka",
            "Added a circuit breaker around the {system}",
        )),
        SkillSpec("Testing and quality", "testing", "delivery", 4, 0.2, 1, 4, (
            "Added contract tests between the {system} and its clients",
            "Turned a flaky integration test into a fast unit test",
            "Introduced property-based tests for the pricing rules",
            "Set up mutation testing on the {system}",
        )),
        SkillSpec("Observability", "observability", "ops", 4, 2.5, 1, 4, (
            "Added OpenTelemetry traces to the {system}",
            "Built a Grafana dashboard for the {system}",
            "Defined SLOs for the {system} with the {team} team",
            "Replaced noisy alerts with burn-rate alerts",
        )),
        SkillSpec("Cloud infrastructure", "cloud", "cost", 4, 1.5, 1, 4, (
            "Moved the {system} to Terraform modules",
            "Right-sized the Kubernetes requests for the {system}",
            "Set up autoscaling for the {system}",
            "Wrote the runbook for rotating database credentials",
        )),
    )),
    BandSpec("Delivery", "Getting the right things shipped, predictably and safely.", (
        SkillSpec("Planning and estimation", "planning", "delivery", 4, 1.0, 1, 4, (
            "Broke the {system} epic into shippable slices",
            "Ran the planning session for the {team} team",
            "Estimated the migration with ranges instead of points",
            "Wrote a one-page plan with risks and milestones",
        )),
        SkillSpec("Incident management", "incident", "ops", 4, 1.8, 1, 4, (
            "Was incident commander for an outage of the {system}",
            "Wrote the post-incident review for the {system}",
            "Ran a game day on {system} failover",
            "Tidied the on-call handbook for the {team} team",
        )),
        SkillSpec("Release engineering", "ci-cd", "delivery", 4, 1.2, 1, 3, (
            "Automated the changelog for the {system} releases",
            "Moved the {system} to trunk-based development",
            "Put the new {feature} behind a feature flag",
            "Set up canary deploys for the {system}",
        )),
        SkillSpec("Prioritisation", "product", "product", 4, 3.0, 1, 3, (
            "Said no to a low-value request, with reasons",
            "Re-ordered the {team} backlog by cost of delay",
            "Cut scope to hit the {system} launch date",
            "Agreed a now/next/later roadmap with product",
        )),
        SkillSpec("Stakeholder management", "stakeholders", "product", 4, 3.5, 1, 3, (
            "Walked the {team} lead through the {system} trade-offs",
            "Wrote the fortnightly update for stakeholders",
            "Aligned security and product on the {system} rollout",
            "Handled an escalation from the {team} team calmly",
        )),
    )),
    BandSpec("Leadership", "Making the people and systems around me better.", (
        SkillSpec("Mentoring", "mentoring", "people", 4, 3.2, 1, 4, (
            "Paired with {person} on their first production change",
            "Started weekly mentoring sessions with {person}",
            "Helped {person} prepare their promotion case",
            "Reviewed {person}'s design doc line by line",
        )),
        SkillSpec("Technical direction", "architecture", "delivery", 5, 4.5, 1, 4, (
            "Wrote an ADR for the {system} storage choice",
            "Proposed a paved road for new services",
            "Led the architecture review of the {system}",
            "Wrote the tech radar entry for {tech}",
        )),
        SkillSpec("Hiring and interviewing", "hiring", "people", 4, 4.0, 1, 3, (
            "Ran my first system design interview",
            "Rewrote the take-home exercise for the {team} team",
            "Calibrated interview scores with the hiring panel",
            "Shadowed a bar-raiser interview",
        )),
        SkillSpec("Influence without authority", "leadership", "delivery", 4, 5.5, 1, 3, (
            "Got three teams to adopt the shared {tech} library",
            "Got buy-in for the {system} rewrite without a mandate",
            "Persuaded the {team} team to try contract tests",
            "Turned a heated design debate into a decision",
        )),
    )),
    BandSpec("Communication", "Writing, speaking and listening so that work lands.", (
        SkillSpec("Technical writing", "writing", "people", 5, 0.5, 1, 4, (
            "Wrote the design doc for the {system}",
            "Rewrote the onboarding guide for the {team} team",
            "Published an internal blog post on {tech}",
            "Trimmed a nine-page proposal to two pages",
        )),
        SkillSpec("Presenting", "speaking", "", 4, 1.5, 1, 4, (
            "Demoed the {system} at the all-hands",
            "Gave a lightning talk on {tech}",
            "Presented the quarterly review for the {team} team",
            "Ran a brown-bag session on {tech}",
        )),
        SkillSpec("Facilitation", "facilitation", "", 4, 2.5, 1, 3, (
            "Facilitated the {team} retrospective",
            "Ran a blameless review of the {system} incident",
            "Moderated the architecture guild",
            "Ran a decision workshop with product and design",
        )),
        SkillSpec("Giving feedback", "feedback", "", 4, 2.0, 1, 4, (
            "Gave {person} specific, kind feedback on their reviews",
            "Practised situation-behaviour-impact feedback with {person}",
            "Wrote peer reviews for four colleagues",
            "Gave my manager upward feedback on our 1:1s",
        )),
    )),
)  # fmt: skip

SKILLS: tuple[SkillSpec, ...] = tuple(s for band in BANDS for s in band.skills)
SKILL_INDEX = {s.name: i for i, s in enumerate(SKILLS)}

# (certificate, skill it backs)
CERTIFICATES: tuple[tuple[str, str], ...] = (
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

TAGS: tuple[str, ...] = (
    "python", "go", "typescript", "kubernetes", "terraform", "postgres", "kafka", "cloud", "data",
    "frontend", "observability", "performance", "reliability", "security", "testing", "ci-cd",
    "architecture", "api", "incident", "on-call", "planning", "product", "stakeholders",
    "mentoring", "hiring", "leadership", "writing", "speaking", "facilitation", "feedback",
    "open-source", "conference", "cost", "migration",
)  # fmt: skip

TECH_TAGS = {
    "Python": "python", "Go": "go", "TypeScript": "typescript", "Kubernetes": "kubernetes",
    "Terraform": "terraform", "PostgreSQL": "postgres", "Kafka": "kafka", "Redis": "performance",
    "gRPC": "api", "React": "frontend", "OpenTelemetry": "observability",
    "Grafana": "observability", "Airflow": "data", "dbt": "data", "Rust": "performance",
    "GitHub Actions": "ci-cd", "Argo CD": "ci-cd", "Snowflake": "data", "AWS Lambda": "cloud",
    "OpenAPI": "api",
}  # fmt: skip

MIGRATIONS: tuple[tuple[str, str], ...] = (
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

POOLS: dict[str, tuple[str, ...]] = {
    "tech": tuple(TECH_TAGS),
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
TITLES: dict[EntryKind, tuple[tuple[str, str, str], ...]] = {
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

CERT_MAJOR = ("Passed the {cert} exam", "Earned the {cert}", "Renewed the {cert}")
CERT_MINOR = (
    "Started studying for the {cert}",
    "Finished the practice exams for the {cert}",
    "Booked the {cert} exam",
)

BODIES: dict[EntryKind, tuple[str, ...]] = {
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
METRICS: dict[str, tuple[tuple[str, tuple[int, int], tuple[int, int]], ...]] = {
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
CONTEXTS: dict[str, tuple[str, ...]] = {
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
FAMILIES: tuple[str, ...] = tuple(METRICS)

KINDS: tuple[EntryKind, ...] = (
    EntryKind.SKILL, EntryKind.PROJECT, EntryKind.LEARNING, EntryKind.FEEDBACK,
    EntryKind.RECOGNITION, EntryKind.RESPONSIBILITY, EntryKind.NETWORK, EntryKind.CERTIFICATION,
    EntryKind.COMPENSATION, EntryKind.OTHER,
)  # fmt: skip
# Kind weights by role level: juniors learn, seniors take on responsibility and network more.
KIND_WEIGHTS: dict[int, tuple[int, ...]] = {
    1: (24, 12, 22, 11, 6, 3, 5, 4, 1, 4),
    2: (22, 15, 17, 11, 7, 6, 6, 4, 1, 4),
    3: (19, 16, 13, 11, 8, 10, 8, 3, 1, 4),
    4: (16, 15, 11, 11, 8, 14, 10, 2, 1, 4),
}
KIND_CUM: dict[int, list[int]] = {
    rank: list(itertools.accumulate(weights)) for rank, weights in KIND_WEIGHTS.items()
}
IMPACTS = (1, 2, 3, 4, 5)
IMPACT_CUM: dict[EntryKind, list[int]] = {
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
RESULT_SHARE = {
    EntryKind.PROJECT: 0.85,
    EntryKind.RESPONSIBILITY: 0.5,
    EntryKind.RECOGNITION: 0.6,
    EntryKind.SKILL: 0.45,
}
# Share of entries with an evidence link, by kind.
LINK_SHARE = {
    EntryKind.PROJECT: 0.35,
    EntryKind.CERTIFICATION: 0.3,
    EntryKind.LEARNING: 0.15,
    EntryKind.NETWORK: 0.15,
    EntryKind.RECOGNITION: 0.12,
}
LINK_STYLES: dict[EntryKind, tuple[tuple[str, str], ...]] = {
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
DEFAULT_LINKS = (("https://example.org/notes/{slug}", "Notes"),)
WEEKDAY_WEIGHT = (1.0, 1.05, 1.05, 1.0, 0.85, 0.15, 0.1)
RAMP_DAYS = 180  # entries pick up over the half year before a promotion
