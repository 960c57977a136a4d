<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../ui/application.py" line="129" />
            <source>%s
It has been brought to the front.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="135" />
            <source>Cannot use %s: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="436" />
            <source>Don't Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="426" />
            <source>Either way the damaged file is kept as %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="377" />
            <source>Entries salvaged from the damaged journal: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="379" />
            <source>Entries that could not be read (lost): %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="436" />
            <source>Not Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="386" />
            <source>Nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="465" />
            <source>Open Backup Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="420" />
            <source>Or put back the newest good backup, from %s; what was written after it is not in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="382" />
            <source>Other records that could not be kept (tags, links, …): %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="431" />
            <source>Put Back Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="506" />
            <source>Reminders are off. Preferences turns them back on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="429" />
            <source>Salvage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="413" />
            <source>Salvage makes a new journal of everything that can still be read; what sat on the damaged part of the file is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="368" />
            <source>The backup from %s was put back in place of the damaged journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="387" />
            <source>The damaged file is kept as %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="460" />
            <source>The newest good backup is from %s. Open a copy of it? The damaged file stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="258" />
            <location filename="../../ui/application.py" line="455" />
            <source>This journal cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="409" />
            <source>This journal is damaged and was not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="407" />
            <source>This journal is damaged. Nothing more is written to it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="797" />
            <source>%s since %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="800" />
            <source>%s; target %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="772" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="777" />
            <source>&amp;Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="775" />
            <source>&amp;Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="776" />
            <source>&amp;Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="894" />
            <source>An assessment cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="675" />
            <source>Assess “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="778" />
            <source>N&amp;ote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="824" />
            <source>No evidence entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="793" />
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="771" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="755" />
            <source>Optional: what shows this level, who said so</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="673" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="770" />
            <source>Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="729" />
            <source>The entry that shows this level; type part of its title or date to find it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="732" />
            <source>Type to find an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="702" />
            <source>When the level was reached; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="924" />
            <source>“%s” is not one listed entry: pick one from the list, or clear it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentHistoryModel</name>
        <message>
            <location filename="../../ui/skills/history_model.py" line="96" />
            <source>(entry gone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="42" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="100" />
            <source>Double-click to open the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="45" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="43" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="46" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="44" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentSection</name>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="298" />
            <source>Choose a skill to see its level and target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="104" />
            <source>Choose a skill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="222" />
            <source>Choose the skill this entry shows, or untick “Record a skill level”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="138" />
            <source>Le&amp;vel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="158" />
            <source>No skills yet: add bands and skills in the Skills area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="307" />
            <source>No target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="320" />
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="309" />
            <source>Now: %s · %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="97" />
            <source>Record &amp;a skill level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="331" />
            <source>Recorded with this entry: %s → %s (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="136" />
            <source>Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="140" />
            <source>So&amp;urce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="305" />
            <source>Target: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="329" />
            <source>a deleted skill</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BandDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="348" />
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="345" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="370" />
            <source>A band needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="322" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="341" />
            <source>Optional: what the skills in this band have in common</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="322" />
            <source>Save</source>
            <extracomment>"goal", "milestone", "band" or "skill": the record kind, for the conflict's wording. The conflict dialog while it is open (tests answer it there).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="373" />
            <source>There is already a band called “%s”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="335" />
            <source>e.g. Engineering craft</source>
            <extracomment>The band as last loaded (its version is the one a save expects); None when adding.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BandLayersChart</name>
        <message>
            <location filename="../../ui/skills/charts.py" line="835" />
            <source>Band level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="797" />
            <source>Each colour is the share of the band's skills at that level, the highest level at the bottom. The strip above names the band's level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="727" />
            <source>No assessments in this band yet. Record one with {shortcut}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="917" />
            <source>No level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="888" />
            <location filename="../../ui/skills/charts.py" line="957" />
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="838" />
            <source>Share of skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="683" />
            <source>Share of the band's skills at each level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="803" />
            <source>The band is at a level when at least {share} of its skills are at that level or above: the level under the dashed line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="952" />
            <source>no level yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="953" />
            <source>{date}: band level {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="744" />
            <source>{share} rule</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BandRadar</name>
        <message>
            <location filename="../../ui/skills/charts.py" line="1008" />
            <source>Band levels now and at target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1076" />
            <source>Each bar is a band's level now; the dashed outline is the level it reaches once every skill meets its target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1080" />
            <source>Each spoke is a band, each ring a level: the filled shape is where the bands are now, the dashed one where they are once every skill meets its target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1334" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1071" />
            <source>No skill bands yet. Add a band and its skills to compare them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1360" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1360" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1411" />
            <source>{name}: level {level} now, {target} at target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BurnUpChart</name>
        <message>
            <location filename="../../ui/goals/charts.py" line="295" />
            <source>; the projection extends the pace of the last {days} days, its range widens when fewer milestones back that pace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="523" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="499" />
            <source>Milestone done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="186" />
            <source>No milestones yet. Break the goal into milestones to follow its progress here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="496" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="523" />
            <source>Progress (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="290" />
            <source>Progress is the done share of milestone weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="102" />
            <source>Progress of the goal over time</source>
            <extracomment>The projection's line and range (vermillion: apart from the accent blue and the target green).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="513" />
            <source>Projection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="516" />
            <source>Range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="506" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="346" />
            <source>latest {date} →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="357" />
            <source>likely {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="341" />
            <source>no upper bound →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="387" />
            <source>{title}
Done on {date} · {share} of the goal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CadenceView</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="790" />
            <source>%n days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="781" />
            <location filename="../../ui/insights/cards.py" line="782" />
            <source>%n weeks</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ChooseFilePage</name>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="84" />
            <source>&amp;File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="98" />
            <source>&amp;Import from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="76" />
            <source>A Career Journal backup, a JSON Resume file, or your LinkedIn data export (the downloaded .zip, or the folder of its CSV files).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="128" />
            <source>Backups, résumés and LinkedIn exports (*.json *.zip);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="73" />
            <source>Choose what to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="94" />
            <source>Detect from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="86" />
            <source>F&amp;older…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="101" />
            <source>F&amp;ormat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="82" />
            <source>File or folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="126" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="134" />
            <source>LinkedIn export folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="104" />
            <source>Nothing is written until you confirm on the last page. Entries, roles and skills already in the journal are recognised and skipped, so importing a file twice adds nothing the second time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="368" />
            <source>%s: changed by you only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="362" />
            <source>%s: changed on both sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="366" />
            <source>%s: changed there only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="364" />
            <source>%s: differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="360" />
            <source>%s: the same in both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="209" />
            <source>Changed Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="231" />
            <source>Fields that differ are highlighted. For Merge, tick the side to keep in each: arrows move, Space ticks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="277" />
            <source>Keep &amp;Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="282" />
            <source>Mer&amp;ge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="285" />
            <source>Save the ticked side of each field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="283" />
            <source>Save your version over theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="284" />
            <source>Show their version; yours is dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="280" />
            <source>Take &amp;Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="265" />
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="216" />
            <source>This record was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="264" />
            <source>Yours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictModel</name>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="132" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="132" />
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="132" />
            <source>Yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="157" />
            <source>differs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DamageBanner</name>
        <message>
            <location filename="../../ui/damage_watch.py" line="169" />
            <source>Recover…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/damage_watch.py" line="172" />
            <source>Salvage what can be read, or put back the newest good backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/damage_watch.py" line="160" />
            <source>This journal is damaged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryConflict</name>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="71" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="78" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="74" />
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="72" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="79" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="63" />
            <source>No role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="77" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="75" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="73" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="64" />
            <source>Role %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="79" />
            <source>Starred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="76" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="70" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="79" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryDetail</name>
        <message numerus="yes">
            <location filename="../../ui/journal/detail.py" line="360" />
            <source>%n entries selected</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="286" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="288" />
            <source>Edit this entry (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="391" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="333" />
            <source>Impact %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="340" />
            <source>In the trash since %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="254" />
            <source>Measurable result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="292" />
            <source>Move this entry to the trash (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="290" />
            <source>Move to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="294" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="362" />
            <source>Select an entry to read it here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="296" />
            <source>Take this entry out of the trash (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="258" />
            <source>%s saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="315" />
            <source>&amp;Counts toward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="297" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="840" />
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="312" />
            <source>&amp;Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="308" />
            <source>&amp;Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="748" />
            <location filename="../../ui/editor/entry_editor.py" line="841" />
            <source>&amp;Keep Editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="286" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="311" />
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="220" />
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="882" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="309" />
            <source>&amp;Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="747" />
            <source>&amp;Save as New Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="231" />
            <source>&amp;Star: include in the appraisal summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="288" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="219" />
            <source>&amp;Write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="205" />
            <source>Comma-separated, e.g. python, mentoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="837" />
            <location filename="../../ui/editor/entry_editor.py" line="838" />
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="137" />
            <source>Edit Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="766" />
            <source>Entry Changed Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="744" />
            <source>Entry Deleted Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="827" />
            <source>Entry not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="190" />
            <source>Follows the date until you choose a role yourself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="194" />
            <source>How big a step: 1 nano step … 5 career-defining. Keys 1–5 or arrows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="759" />
            <source>It was also moved to the trash there; saving keeps it in the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="831" />
            <source>Milestones not updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="137" />
            <source>New Entry</source>
            <extracomment>Fields that have an inline message; a ValidationError naming another field goes to a dialog. Debounce of the draft autosave in milliseconds; tests set `autosave_delay_ms = 0`.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="183" />
            <source>No role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="712" />
            <source>Not saved: the entry was changed elsewhere. Your text is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="728" />
            <source>Not saved: the entry was deleted elsewhere. Your text is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="215" />
            <source>Nothing to preview yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="199" />
            <source>Optional, e.g. p95 latency down 38%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="307" />
            <source>R&amp;ole</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="244" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="248" />
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="746" />
            <source>Save what you typed as a new entry?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="310" />
            <source>Ta&amp;gs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="880" />
            <source>The entry was changed since; saving the restored text replaces those changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="794" />
            <source>Their version is loaded; save to edit it further.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="768" />
            <source>This entry was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="745" />
            <source>This entry was deleted on another device or in another window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="876" />
            <source>Unsaved Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="211" />
            <source>What happened, what you did, who noticed. Markdown works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="166" />
            <source>What moved forward? e.g. Led the checkout rewrite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="839" />
            <source>What you typed in this entry will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="176" />
            <source>When it happened; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="877" />
            <source>You have unsaved text from %s: “%s”. Restore it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="592" />
            <source>Your text could not be kept as a draft: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryTableModel</name>
        <message>
            <location filename="../../ui/journal/model.py" line="203" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="207" />
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="204" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="208" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="206" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="198" />
            <source>The table cannot be sorted by tags</source>
            <extracomment>The number of entries matching the query changed (all of them, not only rows shown yet).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="205" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceMatrixModel</name>
        <message numerus="yes">
            <location filename="../../ui/goals/matrix.py" line="240" />
            <source>%n entries evidence “{title}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="319" />
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="315" />
            <source>Done on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="330" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="332" />
            <source>How many entries evidence each milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="319" />
            <source>Manual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="239" />
            <location filename="../../ui/goals/matrix.py" line="288" />
            <location filename="../../ui/goals/matrix.py" line="322" />
            <source>No evidence yet for this milestone</source>
            <extracomment>Rows without evidence (warm, "to do"), done milestones, and the ◆ mark. Whether the entry in a cell is linked to / meets the criterion of the row's milestone.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="283" />
            <source>Not evidence for “{title}”. Space or double-click links it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="317" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="280" />
            <source>Space links it by hand too; double-click opens the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="278" />
            <source>Space unlinks it; double-click opens the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="344" />
            <source>{title}
{kind} · {date}
Double-click to open the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="273" />
            <source>◆ Meets the automatic criterion: {criterion}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="270" />
            <source>✓ Linked by you as evidence for “{title}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceMatrixView</name>
        <message>
            <location filename="../../ui/goals/matrix.py" line="379" />
            <source>Evidence matrix: milestones against entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="448" />
            <source>No evidence yet. Link entries to the goal's milestones, or give a milestone an automatic criterion that entries can meet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="442" />
            <source>No milestones yet. Add milestones to collect evidence for them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="368" />
            <source>✓ linked by you · ◆ meets the milestone's automatic criterion · rows in amber have no evidence yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="120" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="92" />
            <location filename="../../ui/interchange/export_dialog.py" line="135" />
            <source>Export</source>
            <extracomment>key: (label, explanation, suffix, file filter, writer)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="96" />
            <source>Export the whole journal as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="150" />
            <source>Not exported: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="470" />
            <source>%n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="423" />
            <source>%n kinds</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="138" />
            <location filename="../../ui/journal/filters.py" line="416" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="162" />
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="181" />
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="216" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="185" />
            <source>Custom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="197" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="183" />
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="182" />
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="217" />
            <source>Show every entry again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="179" />
            <source>Show only entries from this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="136" />
            <source>Show only entries of these kinds</source>
            <extracomment>Clear filters also emptied the search text: the owner of the search field should too.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="159" />
            <source>Show only entries with this tag (separate several with commas)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="209" />
            <source>Show only starred entries (those in summaries)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="226" />
            <source>Show the entries in the trash instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="208" />
            <source>Starred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="184" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="198" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="225" />
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="288" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="257" />
            <source>&amp;Pin as next promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="296" />
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="289" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="420" />
            <source>A goal needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="219" />
            <source>Add</source>
            <extracomment>Longest goal, milestone and role title (the services' limits). How many entries the evidence list shows at most (newest first). How long typing in the evidence search may pause before the list follows, in ms. Goal kinds that aim at a role: they have a target role title and level. Milestone weights (the service only needs them above 0). Most entries an "after N entries" milestone can ask for.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="299" />
            <source>D&amp;escription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="221" />
            <source>Edit Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="221" />
            <source>New Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="275" />
            <source>Optional: why this goal matters, what reaching it looks like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="396" />
            <source>Promotion to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="219" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="246" />
            <source>Target &amp;date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="291" />
            <source>Target &amp;level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="290" />
            <source>Target &amp;role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="262" />
            <source>The pinned goal is the promotion the app follows; pinning this one unpins any other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="248" />
            <source>When you aim to reach the goal; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="240" />
            <source>e.g. L6, Grade 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="237" />
            <source>e.g. Staff Engineer</source>
            <extracomment>The goal as last loaded (its version is the one a save expects); None when adding.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message>
            <location filename="../../ui/goals/model.py" line="72" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="138" />
            <source>Pinned as the next promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="73" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="75" />
            <source>Standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="74" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="618" />
            <source>%1 of %n milestones</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="755" />
            <source>%n links to evidence</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="754" />
            <source>%n milestones</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="103" />
            <source>&amp;Delete Goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="98" />
            <source>&amp;Edit Goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="174" />
            <source>&amp;Link Evidence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="425" />
            <source>&amp;Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="111" />
            <source>&amp;Pin as Next Promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="153" />
            <source>&amp;Split…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="620" />
            <source>&lt;b&gt;%1&lt;/b&gt; done (%2 of %3 weight; %4). %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="622" />
            <source>&lt;b&gt;%1&lt;/b&gt; done. %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="130" />
            <source>Add &amp;Milestone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="241" />
            <source>Break your next promotion into milestones: some you tick by hand, others tick themselves when a skill reaches a level or enough entries are journaled. The app then shows how far you are and, at your pace, when you will be ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="758" />
            <source>Delete Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="138" />
            <source>Delete Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="760" />
            <source>Delete the goal “%1” with its %2 and %3?

The linked entries stay in the journal. Undo (Ctrl+Z) brings the goal back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="146" />
            <source>Done / Not Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="680" />
            <source>Double-click opens an entry; link more with Ctrl+E.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="133" />
            <source>Edit Milestone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="348" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="426" />
            <source>Evidence Matri&amp;x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="395" />
            <source>Evidence for the selected milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="971" />
            <source>Evidence for “%s”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="683" />
            <source>Evidence for “%s”: %n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="115" />
            <source>Follow this goal at the top of Insights (one goal at a time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="703" />
            <location filename="../../ui/goals/view.py" line="784" />
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="178" />
            <source>Link journal entries to the selected milestone (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="121" />
            <source>Mark &amp;Achieved…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="127" />
            <source>Mark D&amp;ropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="166" />
            <source>Move Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="158" />
            <source>Move Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="95" />
            <source>New &amp;Goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="685" />
            <source>No evidence yet for “%s”. Link entries with Ctrl+E.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="237" />
            <source>No goals yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="263" />
            <source>Select a goal to see its milestones and progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="660" />
            <source>Select a milestone to see its evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="248" />
            <source>Set Your Next &amp;Promotion Goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="199" />
            <source>Show achieved and &amp;dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="924" />
            <source>Split Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="643" />
            <source>The dashed line extends the recent pace; the shaded range is wider when fewer milestones back that pace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="548" />
            <location filename="../../ui/goals/view.py" line="150" />
            <source>Tick or untick the selected milestone (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="345" />
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="669" />
            <source>linked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="669" />
            <source>meets the criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="615" />
            <source>started %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="614" />
            <source>target date %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="612" />
            <source>to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="927" />
            <source>“%s” keeps half its weight; a new milestone with the other half follows it.
Title of the new milestone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="570" />
            <source>“%s” ticks itself when: %s. It cannot be ticked by hand.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Heatmap</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="633" />
            <source>%s: %n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ImpactField</name>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="65" />
            <source>%d – %s (key %d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="51" />
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="269" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="262" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="286" />
            <source>Nothing was imported.

%s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightCards</name>
        <message>
            <location filename="../../ui/insights/cards.py" line="812" />
            <source>%s years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="543" />
            <source>%s, a promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="632" />
            <source>%s: no entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="810" />
            <source>(set by you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="349" />
            <source>12-month average impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="348" />
            <source>3-month average impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="305" />
            <source>Big leaps vs incremental gains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="770" />
            <source>Cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="798" />
            <source>Career stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="816" />
            <source>Career start %s, %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="533" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="581" />
            <source>Entries per day over the last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="533" />
            <source>Function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="556" />
            <source>Functions worked in: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="559" />
            <source>Functions worked in: none recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="500" />
            <source>Lattice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="732" />
            <source>Less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="346" />
            <source>Momentum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="732" />
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="533" />
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="472" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="820" />
            <source>No career start yet: set it in your profile, or add a role or an entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="514" />
            <source>No lateral or diagonal moves yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="465" />
            <source>No micro-progressions in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="533" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="440" />
            <source>Role fragmentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="451" />
            <source>Spread over many areas with no formal recognition: the work may go unseen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="472" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="771" />
            <source>current streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="502" />
            <source>diagonal moves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="443" />
            <source>formally recognised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="501" />
            <source>lateral moves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="772" />
            <source>longest streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="307" />
            <source>micro-progressions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="442" />
            <source>micro-progressions, 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="504" />
            <source>new employers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="306" />
            <location filename="../../ui/insights/cards.py" line="503" />
            <source>promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="774" />
            <source>since feedback was sought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="775" />
            <source>since recognition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="800" />
            <source>since the career start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="308" />
            <source>since the last promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="441" />
            <source>spread (0 focused, 1 even)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="799" />
            <source>stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="347" />
            <source>trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="773" />
            <source>weeks active, last 52</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <location filename="../../ui/journal/view.py" line="156" />
            <source>&amp;Edit Entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="171" />
            <source>&amp;Restore from Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="379" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="549" />
            <source>Entries you delete wait here until restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="216" />
            <source>Journal entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="162" />
            <source>Move to &amp;Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="553" />
            <source>New entries appear here as you write them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="540" />
            <source>No entries match these filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="552" />
            <source>No entries yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="440" />
            <source>Not moved to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="444" />
            <source>Not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="542" />
            <source>Nothing in the trash matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="195" />
            <source>Reset Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="548" />
            <source>The trash is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="544" />
            <source>Try fewer filters or other search words.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeapsChart</name>
        <message>
            <location filename="../../ui/insights/charts.py" line="372" />
            <source>Micro-progressions so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="285" />
            <source>No progressions or promotions yet.</source>
            <extracomment>Promotion labels: rows under the top of the plot, and the gap to lines and each other (px). A label elided to less than this (px) goes left of its line, if it fits there. Narrower than this (px), a label is not shown at all: "…" alone says nothing. The count axis: room for its widest label plus this (px).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="375" />
            <source>Promotion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeapsView</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="319" />
            <source>%n days</source>
            <extracomment>The warning's frame and icon (amber), for light and dark backgrounds. How many areas the fragmentation bars show at most. The heatmap's steps as contrast ratios: an empty day against the card, the first busy step against an empty day, and each further step against the one before.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>LinkEvidenceDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1140" />
            <source>%d ticked: %d to link, %d to unlink.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1075" />
            <source>&amp;Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1072" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1041" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1134" />
            <source>No entry matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1046" />
            <source>Space ticks · Enter links · Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1136" />
            <source>The journal has no entries yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1128" />
            <source>The newest %d of %d entries; type to narrow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1048" />
            <source>Type words from an entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkRow</name>
        <message>
            <location filename="../../ui/editor/links_field.py" line="73" />
            <source>Label (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="69" />
            <source>Link address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="74" />
            <source>Link label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="81" />
            <source>Remove link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="80" />
            <source>Remove this link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="68" />
            <source>https://… or name@example.com</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinksField</name>
        <message>
            <location filename="../../ui/editor/links_field.py" line="108" />
            <source>Add &amp;link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="110" />
            <source>Add a link to evidence: a document, a ticket, a talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="185" />
            <source>Link %d: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="40" />
            <source>The address is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="51" />
            <source>“%s:” links are not allowed; use an http://, https:// or mailto: address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="55" />
            <source>“%s” has no host name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="48" />
            <source>“%s” is not a web or e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="57" />
            <source>“%s” is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="388" />
            <source>%s (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="202" />
            <source>&amp;About Career Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="190" />
            <source>&amp;Back Up Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="319" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="292" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="144" />
            <source>&amp;Edit Entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="174" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="280" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="166" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="208" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="318" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="116" />
            <source>&amp;New Entry…</source>
            <translation>&amp;Neuer Eintrag…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <source>&amp;Open Journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>&amp;Print Summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="124" />
            <source>&amp;Quick Win…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>&amp;Quit</source>
            <translation>B&amp;eenden</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="282" />
            <source>&amp;Recent Journals</source>
            <translation>&amp;Zuletzt geöffnete Journale</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="314" />
            <source>&amp;Theme</source>
            <translation>&amp;Design</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="130" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="304" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="604" />
            <source>&lt;h3&gt;Career Journal %s&lt;/h3&gt;&lt;p&gt;Steer your career on evidence instead of memory: journal promotions and the micro-progressions between them.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer unless you export it.&lt;/p&gt;&lt;p&gt;Journal: %s&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="602" />
            <source>About Career Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="226" />
            <source>Areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="558" />
            <source>Backed up to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="128" />
            <source>Capture a one-line quick win</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="566" />
            <location filename="../../ui/main_window.py" line="575" />
            <source>Career journals (*.sqlite3);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="361" />
            <source>Clear Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="178" />
            <source>Export the journal as a backup, a JSON Resume, Markdown or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="469" />
            <source>Exported to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="317" />
            <source>Follow &amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="170" />
            <source>Import a backup, a JSON Resume or your LinkedIn data export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="337" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="147" />
            <source>Move to &amp;Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>New &amp;Journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="566" />
            <source>New Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>Open &amp;Data Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="575" />
            <source>Open Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="186" />
            <source>Print the appraisal summary of a period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="352" />
            <source>Search entries (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="136" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="120" />
            <source>Write a new journal entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Write a verified copy of the journal to its backup folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="812" />
            <source>%d found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="621" />
            <source>&amp;Completes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="560" />
            <source>&amp;Done on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="626" />
            <source>&amp;Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="625" />
            <source>&amp;Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="618" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="619" />
            <source>&amp;Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="695" />
            <location filename="../../ui/goals/dialogs.py" line="882" />
            <source>(a skill that no longer exists)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="839" />
            <source>A milestone needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="511" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="831" />
            <source>Choose a skill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="630" />
            <source>Cou&amp;nt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="546" />
            <source>D&amp;ue date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="780" />
            <source>Done on %s (ticked off by hand).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="802" />
            <source>Done when %d %s entries are dated %s or later (%d so far).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="791" />
            <source>Done when %s reaches %s or above (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="800" />
            <source>Done when 1 %s entry is dated %s or later (%d so far).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="813" />
            <source>Done when a %s entry is tagged “%s” (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="784" />
            <source>Done when a skill reaches a level: choose the skill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="779" />
            <source>Done when you tick it off by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="808" />
            <source>Done with a certification entry tagged…: type the tag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="514" />
            <source>Edit Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="592" />
            <source>Entries dated on or after this day count; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="629" />
            <source>Entry &amp;kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="514" />
            <source>New Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="631" />
            <source>S&amp;ince</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="511" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="633" />
            <source>Ta&amp;g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="829" />
            <source>There are no skills yet: add some in the Skills area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="562" />
            <source>Tick to record the milestone as done on this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="537" />
            <source>Weights set how much each milestone counts toward the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="548" />
            <source>When you want this milestone done; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="526" />
            <source>e.g. Lead a cross-team design</source>
            <extracomment>The milestone as last loaded (its version is the one a save expects); None when adding.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="595" />
            <source>e.g. aws-saa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="812" />
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="787" />
            <source>not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="789" />
            <source>now %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneModel</name>
        <message>
            <location filename="../../ui/goals/model.py" line="218" />
            <source>By hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="167" />
            <source>Completes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="229" />
            <source>Completes itself: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="163" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="166" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="168" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="164" />
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="231" />
            <source>No evidence yet: link entries with Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="165" />
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneSection</name>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="85" />
            <source> Due %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="61" />
            <source>%s (done)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="130" />
            <source>Milestones this entry counts toward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="131" />
            <source>Space ticks the milestone this entry is evidence for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="147" />
            <source>Ticked milestones list this entry as their evidence in Goals.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MomentumChart</name>
        <message>
            <location filename="../../ui/insights/charts.py" line="434" />
            <source>12-month average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="431" />
            <source>3-month average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="430" />
            <source>Impact per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="403" />
            <source>No impact recorded in the last 24 months.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewRoleDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1270" />
            <source>&amp;Function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1268" />
            <source>&amp;Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1272" />
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1269" />
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1271" />
            <source>&amp;Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1267" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1331" />
            <source>A role needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1214" />
            <source>New Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1317" />
            <source>No current role ends: this starts your role history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1212" />
            <source>Record Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1222" />
            <source>Record your new role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1255" />
            <source>Start a new &amp;goal for the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1245" />
            <source>The first day in the new role; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1337" />
            <source>The new role must start after “%s” started (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1228" />
            <source>You achieved “%s”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1321" />
            <source>Your current role, “%s”, ends the day before: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1239" />
            <source>e.g. Engineering, Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1236" />
            <source>e.g. L6, Grade 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1234" />
            <source>e.g. Staff Engineer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NextPromotionCard</name>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="263" />
            <source>   and %d more in Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="259" />
            <source> · due %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="244" />
            <source>%d%% done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="271" />
            <source>Break the goal into milestones in Goals to see progress here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="266" />
            <source>Every milestone is done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="198" />
            <source>Go to Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="255" />
            <source>Next milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="235" />
            <source>Next promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="269" />
            <source>No milestones yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="231" />
            <source>No next promotion pinned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="196" />
            <source>No next promotion pinned. Pin a promotion goal in Goals to follow it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="120" />
            <source>Open in Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="235" />
            <source>Pinned goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="58" />
            <source>Ready around %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="59" />
            <source>Ready between %s and %s, most likely %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="54" />
            <source>Ready from %s at the earliest, most likely %s; no latest date in sight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="61" />
            <source>Ready: every milestone is done, the last on %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="124" />
            <source>Show this goal, its milestones and evidence in Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="72" />
            <source>by %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences.py" line="73" />
            <source> backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="144" />
            <source> weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="160" />
            <source>%s: day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="161" />
            <source>%s: time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="101" />
            <source>&amp;Journal file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="100" />
            <source>&amp;Keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="134" />
            <source>&amp;Remind me to journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="109" />
            <source>&amp;Skill scale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="98" />
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="110" />
            <source>&amp;Weeks start on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="182" />
            <source>A notification while Career Journal runs; a banner when it starts after a reminder was missed. The weekly one is skipped when you wrote an entry that week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="214" />
            <source>Career journals (*.sqlite3);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="78" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="55" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="86" />
            <source>Dreyfus, 5 stages (Novice … Expert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="236" />
            <source>Existing levels will be mapped proportionally:

%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="145" />
            <source>Feedback reminder: every how many weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="53" />
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="107" />
            <source>In this journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="212" />
            <source>Journal file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="54" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="99" />
            <source>New entries are of &amp;kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="96" />
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="45" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="135" />
            <source>Remind me to &amp;ask for feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="129" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="87" />
            <source>SFIA, 7 levels of responsibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="235" />
            <source>Switch skill scale?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="64" />
            <source>The kind I use most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="111" />
            <source>These travel with the journal file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="172" />
            <source>at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="143" />
            <source>every </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="166" />
            <source>every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="170" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/preferences.py" line="232" />
            <source>… and %n more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="243" />
            <source>%s · %s. Nothing new: everything in it is already in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="237" />
            <source>%s · %s. Press Import to add the new items in one step; a backup of the journal is made first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="159" />
            <source>Already in the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="159" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="183" />
            <source>Reading %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="211" />
            <source>This file cannot be imported.

%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="159" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="144" />
            <source>What this import adds</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickCaptureDialog</name>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="77" />
            <source>Enter saves a small win dated today · Esc closes and keeps the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="69" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="172" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="58" />
            <source>Quick Win</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="71" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="63" />
            <location filename="../../ui/editor/quick_capture.py" line="64" />
            <source>What moved forward?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordConflicts</name>
        <message>
            <location filename="../../ui/record_conflicts.py" line="153" />
            <source>After %s %s entries since %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="233" />
            <source>Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="278" />
            <source>Band Changed Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="160" />
            <source>By hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="174" />
            <source>Completes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="114" />
            <location filename="../../ui/record_conflicts.py" line="207" />
            <location filename="../../ui/record_conflicts.py" line="236" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="175" />
            <source>Done on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="173" />
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="276" />
            <source>Goal Changed Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="107" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="277" />
            <source>Milestone Changed Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="207" />
            <location filename="../../ui/record_conflicts.py" line="234" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="72" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="229" />
            <source>No target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="68" />
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="113" />
            <source>Pinned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="279" />
            <source>Skill Changed Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="112" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="235" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="111" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="110" />
            <source>Target level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="109" />
            <source>Target role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="291" />
            <source>This band was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="259" />
            <source>This band was deleted on another device or in another window; nothing was saved. Your text is still here: copy what you need, then Cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="283" />
            <source>This goal was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="251" />
            <source>This goal was deleted on another device or in another window; nothing was saved. Your text is still here: copy what you need, then Cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="287" />
            <source>This milestone was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="255" />
            <source>This milestone was deleted on another device or in another window; nothing was saved. Your text is still here: copy what you need, then Cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="295" />
            <source>This skill was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="263" />
            <source>This skill was deleted on another device or in another window; nothing was saved. Your text is still here: copy what you need, then Cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="108" />
            <location filename="../../ui/record_conflicts.py" line="171" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="172" />
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="142" />
            <source>When %s reaches level %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="159" />
            <source>With a certification entry tagged “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="72" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="141" />
            <source>a skill</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <location filename="../../ui/reminders.py" line="90" />
            <source>%s (missed while Career Journal was closed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="111" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="113" />
            <source>Hide this reminder (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="108" />
            <source>Write an Entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message>
            <location filename="../../ui/reminders.py" line="449" />
            <source>Open Career Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="452" />
            <source>Remind me of this again tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="454" />
            <source>Reminders Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="451" />
            <source>Snooze a Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="455" />
            <source>Turn both reminders off (Preferences turns them on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="447" />
            <source>Write an Entry…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafeMarkdownView</name>
        <message>
            <location filename="../../ui/markdown.py" line="94" />
            <source>Link not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/markdown.py" line="95" />
            <source>Only web and e-mail links are opened from entries; this one is:

%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/markdown.py" line="83" />
            <source>Open link?</source>
            <extracomment>Replaced in tests; returns True when the user agrees to open the address.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/markdown.py" line="84" />
            <source>Open this address outside Career Journal?

%s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SampleCareerBuilder</name>
        <message>
            <location filename="../../ui/sample.py" line="69" />
            <source>Sample career</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sample.py" line="121" />
            <source>The sample career could not be written: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/sample.py" line="66" />
            <source>Writing a sample 12-year career…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScaleChangeModel</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="952" />
            <source>Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="952" />
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="952" />
            <source>Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="952" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts.py" line="78" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="76" />
            <source>Keyboard Shortcuts</source>
            <extracomment>A group title and the actions whose keys work there.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="78" />
            <source>Shortcut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="530" />
            <source>%s, assessed %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="484" />
            <source>&amp;Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="504" />
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="487" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="501" />
            <source>&amp;Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="551" />
            <source>A skill needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="441" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="544" />
            <source>Add a band first: every skill belongs to one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="592" />
            <source>Band %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="557" />
            <source>Band “%s” already has a skill “%s”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="498" />
            <source>Current level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="443" />
            <source>Edit Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="443" />
            <source>New Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="470" />
            <source>No target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="527" />
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="480" />
            <source>Optional: what this skill looks like at your target level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="496" />
            <source>Record an assessment to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="441" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="465" />
            <source>e.g. Automated testing</source>
            <extracomment>The skill as last loaded (its version is the one a save expects); None when adding.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillHistoryChart</name>
        <message>
            <location filename="../../ui/skills/charts.py" line="545" />
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="521" />
            <source>Certification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="513" />
            <source>Click to open the evidence entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="490" />
            <source>Each step is the level from one assessment until the next; diamonds mark assessments backed by an evidence entry (click one to open it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="398" />
            <source>Level history of the skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="519" />
            <source>Manager's assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="438" />
            <source>No assessments yet. Record one with {shortcut}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="520" />
            <source>Peer assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="518" />
            <source>Self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="555" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="548" />
            <source>With evidence entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillSettingsDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1041" />
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1092" />
            <source>&amp;Band share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1193" />
            <source>A backup is made first; switching back may not give the same levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1150" />
            <source>A band reaches a level when at least %d %% of its skills are at that level or above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1190" />
            <source>Every assessment and target is mapped proportionally (1 → 1, top → top).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1044" />
            <source>How many of a band's skills must reach a level for the band to reach it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1187" />
            <source>No skill has a level or a target yet, so no levels change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1074" />
            <location filename="../../ui/skills/dialogs.py" line="1170" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1089" />
            <source>Skill &amp;scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1021" />
            <source>Skill Scale and Bands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1172" />
            <source>Switch Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1237" />
            <source>The scale was not switched, because no backup could be made: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1196" />
            <source>This journal is on a database server, so no backup is made here: back it up with its own tools first (for PostgreSQL, pg_dump). Switching back may not give the same levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1182" />
            <source>What the switch does to each skill with a level or a target:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillsTreeModel</name>
        <message>
            <location filename="../../ui/skills/model.py" line="237" />
            <source> (assessed %s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/model.py" line="230" />
            <location filename="../../ui/skills/model.py" line="242" />
            <source>%n levels to go</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="186" />
            <source>At the top of the scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="53" />
            <source>Band / skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="184" />
            <source>No skills yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="215" />
            <location filename="../../ui/skills/model.py" line="228" />
            <source>No target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="226" />
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="57" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="54" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="239" />
            <source>Now: %s. No target set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="243" />
            <source>Now: %s. Target: %s: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="244" />
            <source>Now: %s. Target: %s: met.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="56" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="55" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="231" />
            <source>Target met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="178" />
            <source>Toward the next level: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillsView</name>
        <message numerus="yes">
            <location filename="../../ui/skills/view.py" line="549" />
            <source>%n levels to go</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/view.py" line="718" />
            <location filename="../../ui/skills/view.py" line="724" />
            <source>%n recorded levels</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/view.py" line="723" />
            <source>%n skills</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="517" />
            <source>%s · %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="142" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="138" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="183" />
            <source>&amp;Gaps only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="131" />
            <source>&amp;Record Level…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="367" />
            <source>Add a &amp;Band…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="609" />
            <source>Add the starter bands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="535" />
            <source>At its target level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="240" />
            <source>Bands now and at target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="186" />
            <source>Changed this &amp;year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="729" />
            <source>Delete Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="719" />
            <source>Delete Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="335" />
            <source>Delete This Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="726" />
            <source>Delete the band “{name}” with its {skills} and their {levels}?

Entries used as evidence stay in the journal. Undo (Ctrl+Z) brings it all back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="716" />
            <source>Delete the skill “{name}” and its {levels}?

Entries used as evidence stay in the journal. Undo (Ctrl+Z) brings the skill and its history back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="674" />
            <source>Edit Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="357" />
            <source>Group your skills into a few broad bands, such as craft, delivery and leadership. Give each skill the level your next role expects; every level you record then shows how far each band has risen and what is still missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="148" />
            <source>Move &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="152" />
            <source>Move Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="124" />
            <source>New &amp;Band…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="127" />
            <source>New &amp;Skill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="602" />
            <source>New Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="524" />
            <source>Next level: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="354" />
            <source>No skill bands yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="229" />
            <source>No skill matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="520" />
            <source>No skills in this band yet. Add one with Ins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="545" />
            <source>Now: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="185" />
            <source>Only skills below their target level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="189" />
            <source>Only skills whose level now differs from their level on 1 January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="309" />
            <source>Record Level…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="135" />
            <source>Record a level for the selected skill (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="159" />
            <source>Scale and Band &amp;Rule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="245" />
            <source>Select a band to see its layers, or a skill for its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="208" />
            <source>Skill bands and skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="586" />
            <source>Skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="370" />
            <source>Start with &amp;Four Common Bands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="528" />
            <source>Target %s: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="547" />
            <source>Target: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="553" />
            <source>last assessed %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="516" />
            <source>not yet at level 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="551" />
            <source>target met</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusParts</name>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="41" />
            <source>%1 of %Ln entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="45" />
            <source>%Ln entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="39" />
            <source>%Ln in the trash</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="50" />
            <source>Backups: use your database's own tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="54" />
            <source>Last backup %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="52" />
            <source>Not backed up yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="30" />
            <source>The journal this window shows</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message numerus="yes">
            <location filename="../../ui/summary/view.py" line="532" />
            <source>%1 of %n entries included</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="660" />
            <source>%1 was not written: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/summary/view.py" line="550" />
            <source>%1 · %n pages · %2</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="220" />
            <source>&amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="200" />
            <source>&amp;Best per kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="160" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="222" />
            <source>&amp;None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="108" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="159" />
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="161" />
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="187" />
            <source>Chores such as “Set up a new laptop” are left out by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="148" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="207" />
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="217" />
            <source>Entries of the period; untick to leave one out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="121" />
            <source>Export &amp;HTML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="129" />
            <source>Export &amp;Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="113" />
            <source>Export P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="592" />
            <source>Export PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="641" />
            <source>Export Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="307" />
            <source>Fit &amp;Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="304" />
            <source>Fit &amp;Width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="327" />
            <source>Fit page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="326" />
            <source>Fit width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="632" />
            <source>HTML page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="185" />
            <source>Include entries of kind Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="181" />
            <source>Include pay and bonus entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="146" />
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="145" />
            <source>Last 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="636" />
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="298" />
            <source>Next Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="460" />
            <source>No review recorded yet: showing the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="663" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="592" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="436" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="157" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="468" />
            <location filename="../../ui/summary/view.py" line="488" />
            <source>Pick any dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="290" />
            <source>Previous Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="573" />
            <source>Print Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="625" />
            <location filename="../../ui/summary/view.py" line="655" />
            <source>Saved %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="168" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="144" />
            <source>Since the last review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="197" />
            <source>The best entries of each kind by star, measurable result and impact; 0 lists all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="520" />
            <source>The period starts after it ends: pick a later end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="147" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="599" />
            <source>Writing the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="457" />
            <source>Your last recorded review was on %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="312" />
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="319" />
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="195" />
            <source>all</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <location filename="../../ui/timeline/view.py" line="891" />
            <source>%n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="297" />
            <source>1 year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="298" />
            <source>3 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="299" />
            <source>5 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="804" />
            <source>Add your roles and journal your small steps (skills, projects, feedback, recognition…): they appear here over time, with your promotions marked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="300" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="409" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="208" />
            <source>Click a marker to read its entry here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="136" />
            <source>Diagonal move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="1052" />
            <source>Export Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="330" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="133" />
            <source>First role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="896" />
            <source>Highest impact: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="135" />
            <source>Lateral move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="321" />
            <source>Lattice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="285" />
            <location filename="../../ui/timeline/view.py" line="788" />
            <source>Momentum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="967" />
            <source>Momentum on %1: %2&lt;br&gt;the sum of impact of the micro-progressions in the %3 days up to that day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="137" />
            <source>New employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="798" />
            <source>No entries match these filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="723" />
            <source>No function given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="1064" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="1040" />
            <source>Not moved to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="802" />
            <source>Nothing on the timeline yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="1054" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="134" />
            <source>Promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="285" />
            <location filename="../../ui/timeline/view.py" line="784" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="331" />
            <source>Save the timeline as a PNG image or SVG drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="303" />
            <source>Show everything since your last appraisal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="668" />
            <source>Show everything since your last appraisal on %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="324" />
            <source>Show roles by function over time, so lateral and diagonal moves stand out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="299" />
            <source>Show the last five years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="298" />
            <source>Show the last three years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="297" />
            <source>Show the last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="300" />
            <source>Show the whole career</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="302" />
            <source>Since last appraisal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="181" />
            <source>Timeline of roles and entries</source>
            <extracomment>"Clear filters" emptied the search text; the search field should be emptied too.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="799" />
            <source>Try fewer filters or other search words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="897" />
            <source>Zoom in to see each entry; click to read this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="607" />
            <source>impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="609" />
            <source>more entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="950" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="621" />
            <source>size: level</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="56" />
            <source>Load a sample career</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="59" />
            <source>Opens a separate sample journal with a generated 12-year career to explore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="62" />
            <source>Tip: Ctrl+Shift+N captures a quick win from anywhere in the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="34" />
            <source>Welcome to your career journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="41" />
            <source>Write down what moves your career forward as it happens: the promotions and new roles, and the small steps between them — a skill learned, a project shipped, praise received, feedback asked for. When the next appraisal comes, the evidence is already here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="52" />
            <source>Write your first entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="168" />
            <source>%s (Ctrl+Enter)</source>
            <extracomment>Longest band or skill name (the services' limit). How many recent entries the evidence list offers. Entry kinds that usually evidence a skill; listed first. An entry mentioning the skill is suggested as evidence when it is at most this many days old. Band share choices, in percent. What a backup made before a scale switch is called (part of its file name).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="175" />
            <source>%s saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_TimeChart</name>
        <message>
            <location filename="../../ui/skills/charts.py" line="362" />
            <source>Level</source>
            <extracomment>The shortcut the empty history's hint names for recording an assessment. Colours beyond the palette's: for light and for dark backgrounds (Okabe-Ito hues). Sequential ramps for the levels, lowest level first: they run from near the background to far from it (pale to deep on a light background, dim to bright on a dark one), and their hues move too (yellow-green, teal, blue; ColorBrewer YlGnBu and viridis), so neighbours stay apart.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>areas</name>
        <message>
            <location filename="../../ui/areas.py" line="120" />
            <source>A tidy summary of a period, with evidence, to print or export for an appraisal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/areas.py" line="111" />
            <source>Big leaps against incremental gains, momentum, role fragmentation, cadence of feedback and recognition, and guidance for your career stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/areas.py" line="73" />
            <source>Every entry, newest first, with filters and search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/areas.py" line="98" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="101" />
            <source>Goals broken into milestones, the evidence for each, and a burn-up chart of progress toward your next promotion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/areas.py" line="108" />
            <source>Insights</source>
            <translation>Erkenntnisse</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="71" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="91" />
            <source>Skill bands rising layer by layer: each skill's level against its target, and what is still missing for the next band level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/areas.py" line="88" />
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="118" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="78" />
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="81" />
            <source>Your roles as a band over time, promotions marked across every lane, and a lane per kind of micro-progression, with momentum underneath.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>goals</name>
        <message>
            <location filename="../../ui/goals/commands.py" line="70" />
            <source>Add goal “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="196" />
            <source>Add milestone “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="342" />
            <source>Change the evidence of a milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="242" />
            <source>Complete “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="147" />
            <source>Delete goal “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="265" />
            <source>Delete milestone “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="104" />
            <source>Edit goal “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="220" />
            <source>Edit milestone “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="242" />
            <source>Reopen “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="288" />
            <source>Reorder milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="303" />
            <source>Split “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="365" />
            <source>Start role “%s”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>impact</name>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="18" />
            <source>big step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="19" />
            <source>career-defining</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="15" />
            <source>nano step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="16" />
            <source>small step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="17" />
            <source>solid progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>journal</name>
        <message>
            <location filename="../../ui/journal/model.py" line="72" />
            <source>Impact %d of %d</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>skills</name>
        <message>
            <location filename="../../ui/skills/commands.py" line="52" />
            <source>Add band “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="162" />
            <source>Add skill “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="285" />
            <source>Delete a level of “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="110" />
            <source>Delete band “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="237" />
            <source>Delete skill “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="200" />
            <source>Edit skill “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="126" />
            <source>Move band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="140" />
            <source>Move skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="258" />
            <source>Record a level for “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="86" />
            <source>Rename band “%s”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../../ui/undo.py" line="155" />
            <source>Add entry “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="157" />
            <source>Add entry “%s” and a %s level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="210" />
            <source>Edit entry “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="212" />
            <source>Edit entry “%s” and record a %s level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="93" />
            <source>The entry is saved, but its milestones could not all be updated: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="52" />
            <source>skill</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
