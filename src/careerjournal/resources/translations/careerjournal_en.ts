<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>CadenceView</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="546" />
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="530" />
            <location filename="../../ui/insights/cards.py" line="531" />
            <source>%n weeks</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CandidateDetail</name>
        <message numerus="yes">
            <location filename="../../ui/inbox/detail.py" line="251" />
            <source>%n suggestions are waiting.</source>
            <translation>
                <numerusform>%n suggestion is waiting.</numerusform>
                <numerusform>%n suggestions are waiting.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/detail.py" line="241" />
            <source>%n suggestions selected</source>
            <translation>
                <numerusform>%n suggestion selected</numerusform>
                <numerusform>%n suggestions selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryDetail</name>
        <message numerus="yes">
            <location filename="../../ui/journal/detail.py" line="370" />
            <source>%n entries selected</source>
            <translation>
                <numerusform>%n entry selected</numerusform>
                <numerusform>%n entries selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceMatrixModel</name>
        <message numerus="yes">
            <location filename="../../ui/goals/matrix.py" line="241" />
            <source>%n entries evidence “{title}”</source>
            <translation>
                <numerusform>%n entry evidences “{title}”</numerusform>
                <numerusform>%n entries evidence “{title}”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="479" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="432" />
            <source>%n kinds</source>
            <translation>
                <numerusform>%n kind</numerusform>
                <numerusform>%n kinds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalWording</name>
        <message numerus="yes">
            <location filename="../../ui/goals/wording.py" line="57" />
            <source>%1 of the goal per month over %2 (%n milestones completed).</source>
            <translation>
                <numerusform>%1 of the goal per month over %2 (%n milestone completed).</numerusform>
                <numerusform>%1 of the goal per month over %2 (%n milestones completed).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/wording.py" line="96" />
            <source>%1: %n entries since %2 (%3 so far).</source>
            <translation>
                <numerusform>%1: %n entry since %2 (%3 so far).</numerusform>
                <numerusform>%1: %n entries since %2 (%3 so far).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/wording.py" line="124" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/wording.py" line="40" />
            <source>Done share of milestone weight: %1 of %2 (%3 of %n milestones done).</source>
            <translation>
                <numerusform>Done share of milestone weight: %1 of %2 (%3 of %n milestone done).</numerusform>
                <numerusform>Done share of milestone weight: %1 of %2 (%3 of %n milestones done).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="514" />
            <source>%1 of %n milestones</source>
            <translation>
                <numerusform>%1 of %n milestone</numerusform>
                <numerusform>%1 of %n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/flows.py" line="99" />
            <source>%n links to evidence</source>
            <translation>
                <numerusform>%n link to evidence</numerusform>
                <numerusform>%n links to evidence</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/flows.py" line="98" />
            <source>%n milestones</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/milestones_pane.py" line="179" />
            <source>Evidence for “%s”: %n entries</source>
            <translation>
                <numerusform>Evidence for “%s”: %n entry</numerusform>
                <numerusform>Evidence for “%s”: %n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Heatmap</name>
        <message numerus="yes">
            <location filename="../../ui/insights/heatmap.py" line="136" />
            <source>%s: %n entries</source>
            <extracomment>The heatmap's steps as contrast ratios: an empty day against the card, the first busy step against an empty day, and each further step against the one before.</extracomment>
            <translation>
                <numerusform>%s: %n entry</numerusform>
                <numerusform>%s: %n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="51" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="34" />
            <source>%n criteria</source>
            <translation>
                <numerusform>%n criterion</numerusform>
                <numerusform>%n criteria</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="50" />
            <source>%n criteria added</source>
            <translation>
                <numerusform>%n criterion added</numerusform>
                <numerusform>%n criteria added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="32" />
            <source>%n levels</source>
            <translation>
                <numerusform>%n level</numerusform>
                <numerusform>%n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="58" />
            <source>%n links lost with removed criteria</source>
            <translation>
                <numerusform>%n link lost with removed criteria</numerusform>
                <numerusform>%n links lost with removed criteria</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="93" />
            <source>%n notes on what the reader approximated or skipped: see Show Details.</source>
            <translation>
                <numerusform>%n note on what the reader approximated or skipped: see Show Details.</numerusform>
                <numerusform>%n notes on what the reader approximated or skipped: see Show Details.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="52" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="33" />
            <source>%n topics</source>
            <translation>
                <numerusform>%n topic</numerusform>
                <numerusform>%n topics</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="53" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="55" />
            <source>evidence kept on %n links</source>
            <translation>
                <numerusform>evidence kept on %n link</numerusform>
                <numerusform>evidence kept on %n links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxArea</name>
        <message numerus="yes">
            <location filename="../../ui/inbox/area.py" line="466" />
            <source>Rescan finished: %n new suggestions.</source>
            <translation>
                <numerusform>Rescan finished: %n new suggestion.</numerusform>
                <numerusform>Rescan finished: %n new suggestions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxFlows</name>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="86" />
            <source>Accepted %n suggestions as entries. %1 takes them back.</source>
            <translation>
                <numerusform>Accepted %n suggestion as an entry. %1 takes it back.</numerusform>
                <numerusform>Accepted %n suggestions as entries. %1 takes them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="119" />
            <source>Accepted “%1” with %n links. %2 takes it back.</source>
            <translation>
                <numerusform>Accepted “%1” with %n link. %2 takes it back.</numerusform>
                <numerusform>Accepted “%1” with %n links. %2 takes it back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="111" />
            <source>Accepted “%1” with its links; %n linked right after it, each its own step in Undo.</source>
            <translation>
                <numerusform>Accepted “%1” with its links; %n linked right after it, as its own step in Undo.</numerusform>
                <numerusform>Accepted “%1” with its links; %n linked right after it, each its own step in Undo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="257" />
            <source>Dismiss all %n suggestions from %1?</source>
            <translation>
                <numerusform>Dismiss the %n suggestion from %1?</numerusform>
                <numerusform>Dismiss all %n suggestions from %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="275" />
            <source>Dismissed %n suggestions from %1. %2 takes it back.</source>
            <translation>
                <numerusform>Dismissed %n suggestion from %1. %2 takes it back.</numerusform>
                <numerusform>Dismissed %n suggestions from %1. %2 takes it back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="241" />
            <source>Dismissed %n suggestions. %1 takes them back.</source>
            <translation>
                <numerusform>Dismissed %n suggestion. %1 takes it back.</numerusform>
                <numerusform>Dismissed %n suggestions. %1 takes them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="156" />
            <source>Merge %n Suggestions</source>
            <translation>
                <numerusform>Merge %n Suggestion</numerusform>
                <numerusform>Merge %n Suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="224" />
            <source>Merged %n suggestions into “%1”. %2 takes it back.</source>
            <translation>
                <numerusform>Merged %n suggestion into “%1”. %2 takes it back.</numerusform>
                <numerusform>Merged %n suggestions into “%1”. %2 takes it back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="212" />
            <source>The %n suggestions become one entry. Its title:</source>
            <translation>
                <numerusform>The %n suggestion becomes one entry. Its title:</numerusform>
                <numerusform>The %n suggestions become one entry. Its title:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxWords</name>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="121" />
            <source>%n commits</source>
            <translation>
                <numerusform>%n commit</numerusform>
                <numerusform>%n commits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="120" />
            <source>%n commits in %1</source>
            <translation>
                <numerusform>%n commit in %1</numerusform>
                <numerusform>%n commits in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="159" />
            <source>%n points</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="182" />
            <source>%n reviews given</source>
            <translation>
                <numerusform>%n review given</numerusform>
                <numerusform>%n reviews given</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="197" />
            <source>%n suggestions</source>
            <translation>
                <numerusform>%n suggestion</numerusform>
                <numerusform>%n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="144" />
            <source>Daily series: %n occurrences</source>
            <translation>
                <numerusform>Daily series: %n occurrence</numerusform>
                <numerusform>Daily series: %n occurrences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="142" />
            <source>Fortnightly series: %n occurrences</source>
            <translation>
                <numerusform>Fortnightly series: %n occurrence</numerusform>
                <numerusform>Fortnightly series: %n occurrences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="146" />
            <source>Series: %n occurrences</source>
            <translation>
                <numerusform>Series: %n occurrence</numerusform>
                <numerusform>Series: %n occurrences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="140" />
            <source>Weekly series: %n occurrences</source>
            <translation>
                <numerusform>Weekly series: %n occurrence</numerusform>
                <numerusform>Weekly series: %n occurrences</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightWords</name>
        <message numerus="yes">
            <location filename="../../ui/insights/guidance.py" line="44" />
            <location filename="../../ui/insights/words.py" line="357" />
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="62" />
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="316" />
            <source>%n diagonal moves</source>
            <translation>
                <numerusform>%n diagonal move</numerusform>
                <numerusform>%n diagonal moves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="311" />
            <source>%n lateral moves</source>
            <translation>
                <numerusform>%n lateral move</numerusform>
                <numerusform>%n lateral moves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="131" />
            <source>%n micro-progressions and %1: keep the small steps coming, they are the evidence for the next leap.</source>
            <translation>
                <numerusform>%n micro-progression and %1: keep the small steps coming, they are the evidence for the next leap.</numerusform>
                <numerusform>%n micro-progressions and %1: keep the small steps coming, they are the evidence for the next leap.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="256" />
            <source>%n micro-progressions in the last 12 months (%1): too few to judge fragmentation (%2 needed).</source>
            <translation>
                <numerusform>%n micro-progression in the last 12 months (%1): too few to judge fragmentation (%2 needed).</numerusform>
                <numerusform>%n micro-progressions in the last 12 months (%1): too few to judge fragmentation (%2 needed).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="121" />
            <source>%n micro-progressions so far: record promotions as new roles (move kind promotion) to see the big leaps against them.</source>
            <translation>
                <numerusform>%n micro-progression so far: record promotions as new roles (move kind promotion) to see the big leaps against them.</numerusform>
                <numerusform>%n micro-progressions so far: record promotions as new roles (move kind promotion) to see the big leaps against them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="127" />
            <source>%n promotions</source>
            <translation>
                <numerusform>%n promotion</numerusform>
                <numerusform>%n promotions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="370" />
            <source>A %n-week streak (longest %1): keep the weekly habit going.</source>
            <translation>
                <numerusform>A %n-week streak (longest %1): keep the weekly habit going.</numerusform>
                <numerusform>A %n-week streak (longest %1): keep the weekly habit going.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/guidance.py" line="106" />
            <source>Build the foundation: %n entries of skill, certification or learning in the last 12 months.</source>
            <translation>
                <numerusform>Build the foundation: %n entry of skill, certification or learning in the last 12 months.</numerusform>
                <numerusform>Build the foundation: %n entries of skill, certification or learning in the last 12 months.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="277" />
            <source>Focused (spread %1): %2 of %n micro-progressions in %3</source>
            <translation>
                <numerusform>Focused (spread %1): %2 of %n micro-progression in %3</numerusform>
                <numerusform>Focused (spread %1): %2 of %n micro-progressions in %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/guidance.py" line="116" />
            <source>Journal weekly: your current streak is %n weeks (longest %1).</source>
            <translation>
                <numerusform>Journal weekly: your current streak is %n week (longest %1).</numerusform>
                <numerusform>Journal weekly: your current streak is %n weeks (longest %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/guidance.py" line="140" />
            <source>Networking: %n entries in the last 12 months; mentoring and sponsoring others is recognition too.</source>
            <translation>
                <numerusform>Networking: %n entry in the last 12 months; mentoring and sponsoring others is recognition too.</numerusform>
                <numerusform>Networking: %n entries in the last 12 months; mentoring and sponsoring others is recognition too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="305" />
            <source>You have worked in %n functions with %1 and %2</source>
            <translation>
                <numerusform>You have worked in %n function with %1 and %2</numerusform>
                <numerusform>You have worked in %n functions with %1 and %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="240" />
            <source>Your last 12 months' %n micro-progressions are spread over %1 areas (spread %2): %3; none of it was formally recognised. Ask for a review or recognition of the whole, or choose the area to grow in.</source>
            <translation>
                <numerusform>Your last 12 months' %n micro-progression is spread over %1 areas (spread %2): %3; none of it was formally recognised. Ask for a review or recognition of the whole, or choose the area to grow in.</numerusform>
                <numerusform>Your last 12 months' %n micro-progressions are spread over %1 areas (spread %2): %3; none of it was formally recognised. Ask for a review or recognition of the whole, or choose the area to grow in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="207" />
            <source>and %n others</source>
            <translation>
                <numerusform>and %n other</numerusform>
                <numerusform>and %n others</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LeapsView</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="258" />
            <source>%n days</source>
            <extracomment>The warning's frame and icon (amber), for light and dark backgrounds. How many areas the fragmentation bars show at most.</extracomment>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LevelsFlows</name>
        <message numerus="yes">
            <location filename="../../ui/levels/flows.py" line="108" />
            <source>Linked %n entries.</source>
            <translation>
                <numerusform>Linked %n entry.</numerusform>
                <numerusform>Linked %n entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/flows.py" line="110" />
            <source>Unlinked %n entries.</source>
            <translation>
                <numerusform>Unlinked %n entry.</numerusform>
                <numerusform>Unlinked %n entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/flows.py" line="147" />
            <source>“%1” is now a goal with %n milestones, one per criterion of %2. Show it in Goals?</source>
            <translation>
                <numerusform>“%1” is now a goal with %n milestone, one per criterion of %2. Show it in Goals?</numerusform>
                <numerusform>“%1” is now a goal with %n milestones, one per criterion of %2. Show it in Goals?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LevelsWords</name>
        <message numerus="yes">
            <location filename="../../ui/levels/words.py" line="119" />
            <source>%1 · position %2 (%3 of %n criteria shown consistently)</source>
            <translation>
                <numerusform>%1 · position %2 (%3 of %n criterion shown consistently)</numerusform>
                <numerusform>%1 · position %2 (%3 of %n criteria shown consistently)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/words.py" line="91" />
            <source>%n entries linked as evidence.</source>
            <translation>
                <numerusform>%n entry linked as evidence.</numerusform>
                <numerusform>%n entries linked as evidence.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/words.py" line="167" />
            <source>Ready for level %1: %2 — %3 of %n criteria met</source>
            <translation>
                <numerusform>Ready for level %1: %2 — %3 of %n criterion met</numerusform>
                <numerusform>Ready for level %1: %2 — %3 of %n criteria met</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockKeeper</name>
        <message numerus="yes">
            <location filename="../../ui/lock/keeper.py" line="280" />
            <source>%n quick wins captured while locked were added.</source>
            <translation>
                <numerusform>%n quick win captured while locked was added.</numerusform>
                <numerusform>%n quick wins captured while locked were added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lock/keeper.py" line="285" />
            <source>%n sealed quick wins could not be read and were skipped.</source>
            <translation>
                <numerusform>%n sealed quick win could not be read and was skipped.</numerusform>
                <numerusform>%n sealed quick wins could not be read and were skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message numerus="yes">
            <location filename="../../ui/protection/passphrase.py" line="134" />
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>Use at least %n character.</numerusform>
                <numerusform>Use at least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/preferences.py" line="298" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressWords</name>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="118" />
            <source>%n milestones</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="184" />
            <source>Behind: even at the fast end ready %n days after the target date.</source>
            <translation>
                <numerusform>Behind: even at the fast end ready %n day after the target date.</numerusform>
                <numerusform>Behind: even at the fast end ready %n days after the target date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="168" />
            <source>The target date passed %n days ago with %1 done.</source>
            <translation>
                <numerusform>The target date passed %n day ago with %1 done.</numerusform>
                <numerusform>The target date passed %n days ago with %1 done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="107" />
            <source>Too little history: %n milestones done in %1; a projection needs at least %2.</source>
            <translation>
                <numerusform>Too little history: %n milestone done in %1; a projection needs at least %2.</numerusform>
                <numerusform>Too little history: %n milestones done in %1; a projection needs at least %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="88" />
            <source>Too little history: the goal has only just started; a projection needs at least %n milestones done.</source>
            <translation>
                <numerusform>Too little history: the goal has only just started; a projection needs at least %n milestone done.</numerusform>
                <numerusform>Too little history: the goal has only just started; a projection needs at least %n milestones done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="52" />
            <source>the %n days since the goal started</source>
            <translation>
                <numerusform>the %n day since the goal started</numerusform>
                <numerusform>the %n days since the goal started</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="49" />
            <source>the %n months since the goal started</source>
            <translation>
                <numerusform>the %n month since the goal started</numerusform>
                <numerusform>the %n months since the goal started</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="45" />
            <source>the %n years since the goal started</source>
            <translation>
                <numerusform>the %n year since the goal started</numerusform>
                <numerusform>the %n years since the goal started</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="62" />
            <source>the last %n days</source>
            <translation>
                <numerusform>the last %n day</numerusform>
                <numerusform>the last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="59" />
            <source>the last %n months</source>
            <translation>
                <numerusform>the last %n month</numerusform>
                <numerusform>the last %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="55" />
            <source>the last %n years</source>
            <translation>
                <numerusform>the last %n year</numerusform>
                <numerusform>the last %n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProtectedDialog</name>
        <message numerus="yes">
            <location filename="../../ui/protection/backups.py" line="149" />
            <source>%n backups deleted.</source>
            <translation>
                <numerusform>%n backup deleted.</numerusform>
                <numerusform>%n backups deleted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/protection/backups.py" line="137" />
            <source>%n backups encrypted.</source>
            <translation>
                <numerusform>%n backup encrypted.</numerusform>
                <numerusform>%n backups encrypted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/protection/backups.py" line="103" />
            <source>Earlier backups of this journal are plain files: %n of them, in %1.</source>
            <translation>
                <numerusform>An earlier backup of this journal is a plain file, in %1.</numerusform>
                <numerusform>Earlier backups of this journal are plain files: %n of them, in %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuietWeek</name>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="424" />
            <source>%1 last week, nothing written: review %n suggestions</source>
            <translation>
                <numerusform>%1 last week, nothing written: review %n suggestion</numerusform>
                <numerusform>%1 last week, nothing written: review %n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="397" />
            <source>%n commits</source>
            <translation>
                <numerusform>%n commit</numerusform>
                <numerusform>%n commits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="401" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="403" />
            <source>%n issues</source>
            <translation>
                <numerusform>%n issue</numerusform>
                <numerusform>%n issues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="399" />
            <source>%n merged pull requests</source>
            <translation>
                <numerusform>%n merged pull request</numerusform>
                <numerusform>%n merged pull requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="404" />
            <source>%n notes</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="74" />
            <source>It has been %n days since you last asked for feedback. Who could you ask this week?</source>
            <translation>
                <numerusform>It has been %n day since you last asked for feedback. Who could you ask this week?</numerusform>
                <numerusform>It has been %n days since you last asked for feedback. Who could you ask this week?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SkillWording</name>
        <message numerus="yes">
            <location filename="../../ui/skills/wording.py" line="45" />
            <source>%1 of %n skills below %2 (%3 must rise)</source>
            <translation>
                <numerusform>%1 of %n skill below %2 (%3 must rise)</numerusform>
                <numerusform>%1 of %n skills below %2 (%3 must rise)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SkillsTreeModel</name>
        <message numerus="yes">
            <location filename="../../ui/skills/model.py" line="231" />
            <location filename="../../ui/skills/model.py" line="243" />
            <source>%n levels to go</source>
            <translation>
                <numerusform>%n level to go</numerusform>
                <numerusform>%n levels to go</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SkillsView</name>
        <message numerus="yes">
            <location filename="../../ui/skills/detail.py" line="171" />
            <source>%n levels to go</source>
            <translation>
                <numerusform>%n level to go</numerusform>
                <numerusform>%n levels to go</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/flows.py" line="157" />
            <location filename="../../ui/skills/flows.py" line="162" />
            <source>%n recorded levels</source>
            <translation>
                <numerusform>%n recorded level</numerusform>
                <numerusform>%n recorded levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/flows.py" line="161" />
            <source>%n skills</source>
            <translation>
                <numerusform>%n skill</numerusform>
                <numerusform>%n skills</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusParts</name>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="78" />
            <source>%1 of %Ln entries</source>
            <translation>
                <numerusform>%1 of %Ln entry</numerusform>
                <numerusform>%1 of %Ln entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="82" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln entry</numerusform>
                <numerusform>%Ln entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="76" />
            <source>%Ln in the trash</source>
            <translation>
                <numerusform>%Ln in the trash</numerusform>
                <numerusform>%Ln in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="43" />
            <source>(%Ln places could not be read)</source>
            <translation>
                <numerusform>(%Ln place could not be read)</numerusform>
                <numerusform>(%Ln places could not be read)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="38" />
            <source>Found %Ln new suggestions</source>
            <translation>
                <numerusform>Found %Ln new suggestion</numerusform>
                <numerusform>Found %Ln new suggestions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SubLevelChart</name>
        <message numerus="yes">
            <location filename="../../ui/levels/chart.py" line="66" />
            <source>Position %1: %2 of %n level %3 criteria assessed “consistently” (%4);</source>
            <translation>
                <numerusform>Position %1: %2 of %n level %3 criterion assessed “consistently” (%4);</numerusform>
                <numerusform>Position %1: %2 of %n level %3 criteria assessed “consistently” (%4);</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message numerus="yes">
            <location filename="../../ui/summary/view.py" line="443" />
            <source>%1 of %n entries included</source>
            <translation>
                <numerusform>%1 of %n entry included</numerusform>
                <numerusform>%1 of %n entries included</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/summary/view.py" line="464" />
            <source>%1 · %n pages · %2</source>
            <translation>
                <numerusform>%1 · %n page · %2</numerusform>
                <numerusform>%1 · %n pages · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/summary/themes.py" line="262" />
            <source>%n achievements</source>
            <translation>
                <numerusform>%n achievement</numerusform>
                <numerusform>%n achievements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <location filename="../../ui/timeline/tooltips.py" line="38" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message numerus="yes">
            <location filename="../../ui/lock/unlock_window.py" line="183" />
            <source>%n quick wins wait to be added when the journal is unlocked.</source>
            <translation>
                <numerusform>%n quick win waits to be added when the journal is unlocked.</numerusform>
                <numerusform>%n quick wins wait to be added when the journal is unlocked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="87" />
            <source>Accept %n suggestions</source>
            <translation>
                <numerusform>Accept %n suggestion</numerusform>
                <numerusform>Accept %n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="75" />
            <source>Add %n bands</source>
            <translation>
                <numerusform>Add %n band</numerusform>
                <numerusform>Add %n bands</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="79" />
            <source>Delete %n entries</source>
            <translation>
                <numerusform>Delete %n entry</numerusform>
                <numerusform>Delete %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="81" />
            <source>Delete %n entries for good</source>
            <translation>
                <numerusform>Delete %n entry for good</numerusform>
                <numerusform>Delete %n entries for good</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="85" />
            <source>Dismiss %n suggestions</source>
            <translation>
                <numerusform>Dismiss %n suggestion</numerusform>
                <numerusform>Dismiss %n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="80" />
            <source>Restore %n entries</source>
            <translation>
                <numerusform>Restore %n entry</numerusform>
                <numerusform>Restore %n entries</numerusform>
            </translation>
        </message>
    </context>
</TS>
