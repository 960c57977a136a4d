<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>CadenceView</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="790" />
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="781" />
            <location filename="../../ui/insights/cards.py" line="782" />
            <source>%n weeks</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryDetail</name>
        <message numerus="yes">
            <location filename="../../ui/journal/detail.py" line="360" />
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
            <location filename="../../ui/goals/matrix.py" line="240" />
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
            <location filename="../../ui/journal/filters.py" line="470" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="423" />
            <source>%n kinds</source>
            <translation>
                <numerusform>%n kind</numerusform>
                <numerusform>%n kinds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="618" />
            <source>%1 of %n milestones</source>
            <translation>
                <numerusform>%1 of %n milestone</numerusform>
                <numerusform>%1 of %n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="755" />
            <source>%n links to evidence</source>
            <translation>
                <numerusform>%n link to evidence</numerusform>
                <numerusform>%n links to evidence</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="754" />
            <source>%n milestones</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="683" />
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
            <location filename="../../ui/insights/cards.py" line="633" />
            <source>%s: %n entries</source>
            <translation>
                <numerusform>%s: %n entry</numerusform>
                <numerusform>%s: %n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LeapsView</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="319" />
            <source>%n days</source>
            <extracomment>The warning's frame and icon (amber), for light and dark backgrounds. How many areas the fragmentation bars show at most. The heatmap's steps as contrast ratios: an empty day against the card, the first busy step against an empty day, and each further step against the one before.</extracomment>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/preferences.py" line="232" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SkillsTreeModel</name>
        <message numerus="yes">
            <location filename="../../ui/skills/model.py" line="230" />
            <location filename="../../ui/skills/model.py" line="242" />
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
            <location filename="../../ui/skills/view.py" line="549" />
            <source>%n levels to go</source>
            <translation>
                <numerusform>%n level to go</numerusform>
                <numerusform>%n levels to go</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/view.py" line="718" />
            <location filename="../../ui/skills/view.py" line="724" />
            <source>%n recorded levels</source>
            <translation>
                <numerusform>%n recorded level</numerusform>
                <numerusform>%n recorded levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/view.py" line="723" />
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
            <location filename="../../ui/status_parts.py" line="41" />
            <source>%1 of %Ln entries</source>
            <translation>
                <numerusform>%1 of %Ln entry</numerusform>
                <numerusform>%1 of %Ln entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="45" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln entry</numerusform>
                <numerusform>%Ln entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="39" />
            <source>%Ln in the trash</source>
            <translation>
                <numerusform>%Ln in the trash</numerusform>
                <numerusform>%Ln in the trash</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message numerus="yes">
            <location filename="../../ui/summary/view.py" line="532" />
            <source>%1 of %n entries included</source>
            <translation>
                <numerusform>%1 of %n entry included</numerusform>
                <numerusform>%1 of %n entries included</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/summary/view.py" line="550" />
            <source>%1 · %n pages · %2</source>
            <translation>
                <numerusform>%1 · %n page · %2</numerusform>
                <numerusform>%1 · %n pages · %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <location filename="../../ui/timeline/view.py" line="891" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
</TS>
