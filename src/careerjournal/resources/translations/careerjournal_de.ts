<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../ui/application.py" line="103" />
            <source>%s
It has been brought to the front.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="108" />
            <source>Cannot use %s: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="234" />
            <source>Open Backup Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="275" />
            <source>Reminders are off. Preferences turns them back on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="229" />
            <source>The newest good backup is from %s. Open a copy of it? The damaged file stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/application.py" line="206" />
            <location filename="../../ui/application.py" line="224" />
            <source>This journal cannot be opened.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="650" />
            <source>%s since %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="653" />
            <source>%s; target %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="625" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="630" />
            <source>&amp;Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="628" />
            <source>&amp;Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="629" />
            <source>&amp;Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="747" />
            <source>An assessment cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="528" />
            <source>Assess “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="631" />
            <source>N&amp;ote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="677" />
            <source>No evidence entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="646" />
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="624" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="608" />
            <source>Optional: what shows this level, who said so</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="526" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="623" />
            <source>Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="582" />
            <source>The entry that shows this level; type part of its title or date to find it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="585" />
            <source>Type to find an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="555" />
            <source>When the level was reached; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="777" />
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
            <location filename="../../ui/editor/assessment_section.py" line="297" />
            <source>Choose a skill to see its level and target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="103" />
            <source>Choose a skill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="221" />
            <source>Choose the skill this entry shows, or untick “Record a skill level”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="137" />
            <source>Le&amp;vel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="157" />
            <source>No skills yet: add bands and skills in the Skills area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="306" />
            <source>No target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="319" />
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="308" />
            <source>Now: %s · %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="96" />
            <source>Record &amp;a skill level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="330" />
            <source>Recorded with this entry: %s → %s (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="135" />
            <source>Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="139" />
            <source>So&amp;urce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="304" />
            <source>Target: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="328" />
            <source>a deleted skill</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BandDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="272" />
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="269" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="294" />
            <source>A band needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="249" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="265" />
            <source>Optional: what the skills in this band have in common</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="249" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="297" />
            <source>There is already a band called “%s”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="259" />
            <source>e.g. Engineering craft</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BandLayersChart</name>
        <message>
            <location filename="../../ui/skills/charts.py" line="646" />
            <source>Band level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="537" />
            <source>Competency layers of the band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="609" />
            <source>Each layer is the share of the band's skills at that level or above; the line is the band level (at least {share} of skills).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="605" />
            <source>Each layer is the share of the band's skills at that level or above; the line is the band level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="568" />
            <source>No assessments in this band yet. Record one with {shortcut}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BandRadar</name>
        <message>
            <location filename="../../ui/skills/charts.py" line="707" />
            <source>Band levels now and at target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="775" />
            <source>Each bar is a band's level now; the dashed outline is the level it reaches once every skill meets its target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="779" />
            <source>Each spoke is a band, each ring a level: the filled shape is where the bands are now, the dashed one where they are once every skill meets its target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1011" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="770" />
            <source>No skill bands yet. Add a band and its skills to compare them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1037" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1037" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="1086" />
            <source>{name}: level {level} now, {target} at target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BurnUpChart</name>
        <message>
            <location filename="../../ui/goals/charts.py" line="281" />
            <source>; the projection extends the pace of the last {days} days, its range widens when fewer milestones back that pace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="505" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="481" />
            <source>Milestone done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="174" />
            <source>No milestones yet. Break the goal into milestones to follow its progress here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="478" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="505" />
            <source>Progress (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="276" />
            <source>Progress is the done share of milestone weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="90" />
            <source>Progress of the goal over time</source>
            <extracomment>The projection's line and range (vermillion: apart from the accent blue and the target green).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="495" />
            <source>Projection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="498" />
            <source>Range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="488" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="343" />
            <source>likely {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="327" />
            <source>no upper bound →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="332" />
            <source>slow end {date} →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="373" />
            <source>{title}
Done on {date} · {share} of the goal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChooseFilePage</name>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="83" />
            <source>&amp;File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="97" />
            <source>&amp;Import from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="75" />
            <source>A Career Journal backup, a JSON Resume file, or your LinkedIn data export (the downloaded .zip, or the folder of its CSV files).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="127" />
            <source>Backups, résumés and LinkedIn exports (*.json *.zip);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="72" />
            <source>Choose what to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="93" />
            <source>Detect from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="85" />
            <source>F&amp;older…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="100" />
            <source>F&amp;ormat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="81" />
            <source>File or folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="125" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="133" />
            <source>LinkedIn export folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="103" />
            <source>Nothing is written until you confirm on the last page. Entries, roles and skills already in the journal are recognised and skipped, so importing a file twice adds nothing the second time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryDetail</name>
        <message numerus="yes">
            <location filename="../../ui/journal/detail.py" line="338" />
            <source>%n entries selected</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="264" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="266" />
            <source>Edit this entry (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="369" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="311" />
            <source>Impact %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="318" />
            <source>In the trash since %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="232" />
            <source>Measurable result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="270" />
            <source>Move this entry to the trash (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="268" />
            <source>Move to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="272" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="340" />
            <source>Select an entry to read it here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="274" />
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
            <location filename="../../ui/editor/entry_editor.py" line="715" />
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
            <location filename="../../ui/editor/entry_editor.py" line="716" />
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
            <location filename="../../ui/editor/entry_editor.py" line="757" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="309" />
            <source>&amp;Result</source>
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
            <location filename="../../ui/editor/entry_editor.py" line="712" />
            <location filename="../../ui/editor/entry_editor.py" line="713" />
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="137" />
            <source>Edit Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="702" />
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
            <location filename="../../ui/editor/entry_editor.py" line="706" />
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
            <location filename="../../ui/editor/entry_editor.py" line="310" />
            <source>Ta&amp;gs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="755" />
            <source>The entry was changed since; saving the restored text replaces those changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="751" />
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
            <location filename="../../ui/editor/entry_editor.py" line="714" />
            <source>What you typed in this entry will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="176" />
            <source>When it happened; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="752" />
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
            <location filename="../../ui/journal/model.py" line="202" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="206" />
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="203" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="207" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="205" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="197" />
            <source>The table cannot be sorted by tags</source>
            <extracomment>The number of entries matching the query changed (all of them, not only rows shown yet).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="204" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceMatrixModel</name>
        <message numerus="yes">
            <location filename="../../ui/goals/matrix.py" line="234" />
            <source>%n entries evidence “{title}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="309" />
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="305" />
            <source>Done on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="320" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="322" />
            <source>How many entries evidence each milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="309" />
            <source>Manual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="233" />
            <location filename="../../ui/goals/matrix.py" line="282" />
            <location filename="../../ui/goals/matrix.py" line="312" />
            <source>No evidence yet for this milestone</source>
            <extracomment>Rows without evidence (warm, "to do"), done milestones, and the ◆ mark. Whether the entry in a cell is linked to / meets the criterion of the row's milestone.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="277" />
            <source>Not evidence for “{title}”. Space or double-click links it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="307" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="274" />
            <source>Space links it by hand too; double-click opens the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="272" />
            <source>Space unlinks it; double-click opens the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="334" />
            <source>{title}
{kind} · {date}
Double-click to open the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="267" />
            <source>◆ Meets the automatic criterion: {criterion}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="264" />
            <source>✓ Linked by you as evidence for “{title}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceMatrixView</name>
        <message>
            <location filename="../../ui/goals/matrix.py" line="369" />
            <source>Evidence matrix: milestones against entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="438" />
            <source>No evidence yet. Link entries to the goal's milestones, or give a milestone an automatic criterion that entries can meet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="432" />
            <source>No milestones yet. Add milestones to collect evidence for them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="358" />
            <source>✓ linked by you · ◆ meets the milestone's automatic criterion · rows in amber have no evidence yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="118" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="91" />
            <location filename="../../ui/interchange/export_dialog.py" line="133" />
            <source>Export</source>
            <extracomment>key: (label, explanation, suffix, file filter, writer)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="95" />
            <source>Export the whole journal as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="148" />
            <source>Not exported: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="468" />
            <source>%n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="421" />
            <source>%n kinds</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="138" />
            <location filename="../../ui/journal/filters.py" line="414" />
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
            <location filename="../../ui/goals/dialogs.py" line="283" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="252" />
            <source>&amp;Pin as next promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="291" />
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="284" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="415" />
            <source>A goal needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="216" />
            <source>Add</source>
            <extracomment>Longest goal, milestone and role title (the services' limits). How many entries the evidence list shows at most (newest first). How long typing in the evidence search may pause before the list follows, in ms. Goal kinds that aim at a role: they have a target role title and level. Milestone weights (the service only needs them above 0). Most entries an "after N entries" milestone can ask for.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="294" />
            <source>D&amp;escription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="218" />
            <source>Edit Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="218" />
            <source>New Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="270" />
            <source>Optional: why this goal matters, what reaching it looks like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="391" />
            <source>Promotion to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="216" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="241" />
            <source>Target &amp;date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="286" />
            <source>Target &amp;level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="285" />
            <source>Target &amp;role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="257" />
            <source>The pinned goal is the promotion the app follows; pinning this one unpins any other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="243" />
            <source>When you aim to reach the goal; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="235" />
            <source>e.g. L6, Grade 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="232" />
            <source>e.g. Staff Engineer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message>
            <location filename="../../ui/goals/model.py" line="71" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="137" />
            <source>Pinned as the next promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="72" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="74" />
            <source>Standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="73" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <location filename="../../ui/goals/view.py" line="543" />
            <source>%s %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="125" />
            <source>&amp;Delete Goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="121" />
            <source>&amp;Edit Goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="181" />
            <source>&amp;Link Evidence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="404" />
            <source>&amp;Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="132" />
            <source>&amp;Pin as Next Promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="167" />
            <source>&amp;Split…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="541" />
            <source>&lt;b&gt;%s&lt;/b&gt; done. %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="146" />
            <source>Add &amp;Milestone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="242" />
            <source>Break your next promotion into milestones: some you tick by hand, others tick themselves when a skill reaches a level or enough entries are journaled. The app then shows how far you are and, at your pace, when you will be ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="652" />
            <source>Delete Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="153" />
            <source>Delete Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="654" />
            <source>Delete the goal “%s” with its %d milestone(s) and %d evidence link(s)?

The linked entries stay in the journal. Undo (Ctrl+Z) brings the goal back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="160" />
            <source>Done / Not Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="149" />
            <source>Edit Milestone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="405" />
            <source>Evidence Matri&amp;x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="386" />
            <source>Evidence for the selected milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="844" />
            <source>Evidence for “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="582" />
            <source>Evidence for “%s”: %d entr%s. Link more with Ctrl+E; double-click opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="136" />
            <source>Follow this goal at the top of Insights (one goal at a time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="603" />
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="185" />
            <source>Link journal entries to the selected milestone (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="140" />
            <source>Mark &amp;Achieved…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="143" />
            <source>Mark D&amp;ropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="174" />
            <source>Move Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="170" />
            <source>Move Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="118" />
            <source>New &amp;Goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="585" />
            <source>No evidence yet for “%s”. Link entries with Ctrl+E.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="238" />
            <source>No goals yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="264" />
            <source>Select a goal to see its milestones and progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="564" />
            <source>Select a milestone to see its evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="249" />
            <source>Set Your Next &amp;Promotion Goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="202" />
            <source>Show achieved and &amp;dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="799" />
            <source>Split Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="549" />
            <source>The dashed line extends the recent pace; the shaded range is wider when fewer milestones back that pace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="164" />
            <source>Tick or untick the selected milestone (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="572" />
            <source>linked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="572" />
            <source>meets the criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="538" />
            <source>started %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="537" />
            <source>target date %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="535" />
            <source>to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="801" />
            <source>“%s” keeps half its weight; a new milestone with the other half follows it.
Title of the new milestone:</source>
            <translation type="unfinished" />
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
            <location filename="../../ui/interchange/import_wizard.py" line="265" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="258" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="282" />
            <source>Nothing was imported.

%s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightCards</name>
        <message>
            <location filename="../../ui/insights/cards.py" line="605" />
            <source>%s: %d entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="605" />
            <source>%s: 1 entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="604" />
            <source>%s: no entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="781" />
            <source>(set by you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="324" />
            <source>12-month average impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="323" />
            <source>3-month average impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="281" />
            <source>Big leaps vs incremental gains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="744" />
            <source>Cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="769" />
            <source>Career stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="787" />
            <source>Career start %s, %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="508" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="553" />
            <source>Entries per day over the last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="508" />
            <source>Function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="528" />
            <source>Functions worked in: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="531" />
            <source>Functions worked in: none recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="475" />
            <source>Lattice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="706" />
            <source>Less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="321" />
            <source>Momentum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="706" />
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="508" />
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="447" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="791" />
            <source>No career start yet: set it in your profile, or add a role or an entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="489" />
            <source>No lateral or diagonal moves yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="440" />
            <source>No micro-progressions in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="508" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="415" />
            <source>Role fragmentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="426" />
            <source>Spread over many areas with no formal recognition: the work may go unseen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="447" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="745" />
            <source>current streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="477" />
            <source>diagonal moves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="418" />
            <source>formally recognised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="476" />
            <source>lateral moves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="746" />
            <source>longest streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="283" />
            <source>micro-progressions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="417" />
            <source>micro-progressions, 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="479" />
            <source>new employers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="282" />
            <location filename="../../ui/insights/cards.py" line="478" />
            <source>promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="748" />
            <source>since feedback was sought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="749" />
            <source>since recognition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="771" />
            <source>since the career start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="284" />
            <source>since the last promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="416" />
            <source>spread (0 focused, 1 even)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="770" />
            <source>stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="322" />
            <source>trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="747" />
            <source>weeks active, last 52</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <location filename="../../ui/journal/view.py" line="205" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="427" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="373" />
            <source>Entries you delete wait here until restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="127" />
            <source>Journal entries</source>
            <extracomment>How many entries match the current filters (also those not scrolled to yet). "Clear filters" emptied the search text; the search field should be emptied too.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="431" />
            <source>Move to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="377" />
            <source>New entries appear here as you write them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="364" />
            <source>No entries match these filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="376" />
            <source>No entries yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="266" />
            <source>Not moved to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="270" />
            <source>Not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="366" />
            <source>Nothing in the trash matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="423" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="372" />
            <source>The trash is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="368" />
            <source>Try fewer filters or other search words.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeapsChart</name>
        <message>
            <location filename="../../ui/insights/charts.py" line="203" />
            <source>Micro-progressions so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="159" />
            <source>No progressions or promotions yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="206" />
            <source>Promotion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkEvidenceDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1080" />
            <source>%d ticked: %d to link, %d to unlink.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1015" />
            <source>&amp;Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1012" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="981" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1074" />
            <source>No entry matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="986" />
            <source>Space ticks · Enter links · Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1076" />
            <source>The journal has no entries yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1068" />
            <source>The newest %d of %d entries; type to narrow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="988" />
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
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="595" />
            <source>%1 of %n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="597" />
            <source>%n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="593" />
            <source>%n in the trash</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="190" />
            <source>&amp;About Career Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>&amp;Back Up Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="307" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="280" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="134" />
            <source>&amp;Edit Entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="268" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="319" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="156" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="306" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="110" />
            <source>&amp;New Entry…</source>
            <translation>&amp;Neuer Eintrag…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="152" />
            <source>&amp;Open Journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="172" />
            <source>&amp;Print Summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="118" />
            <source>&amp;Quick Win…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>&amp;Quit</source>
            <translation>B&amp;eenden</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="270" />
            <source>&amp;Recent Journals</source>
            <translation>&amp;Zuletzt geöffnete Journale</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="128" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="302" />
            <source>&amp;Theme</source>
            <translation>&amp;Design</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="124" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="292" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="562" />
            <source>&lt;h3&gt;Career Journal %s&lt;/h3&gt;&lt;p&gt;Steer your career on evidence instead of memory: journal promotions and the micro-progressions between them.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer unless you export it.&lt;/p&gt;&lt;p&gt;Journal: %s&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="560" />
            <source>About Career Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="214" />
            <source>Areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="511" />
            <source>Backed up to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="516" />
            <source>Backups: use your database's own tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="122" />
            <source>Capture a one-line quick win</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="524" />
            <location filename="../../ui/main_window.py" line="533" />
            <source>Career journals (*.sqlite3);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>Export the journal as a backup, a JSON Resume, Markdown or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="431" />
            <source>Exported to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="305" />
            <source>Follow &amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="160" />
            <source>Import a backup, a JSON Resume or your LinkedIn data export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="520" />
            <source>Last backup %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="325" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>Move to &amp;Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="149" />
            <source>New &amp;Journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="524" />
            <source>New Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="518" />
            <source>Not backed up yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>Open &amp;Data Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="533" />
            <source>Open Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="176" />
            <source>Print the appraisal summary of a period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="340" />
            <source>Search entries (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="355" />
            <source>The journal this window shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="114" />
            <source>Write a new journal entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="184" />
            <source>Write a verified copy of the journal to its backup folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="780" />
            <source>%d found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="589" />
            <source>&amp;Completes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="528" />
            <source>&amp;Done on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="594" />
            <source>&amp;Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="593" />
            <source>&amp;Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="586" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="587" />
            <source>&amp;Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="663" />
            <source>(a skill that no longer exists)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="807" />
            <source>A milestone needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="480" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="799" />
            <source>Choose a skill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="598" />
            <source>Cou&amp;nt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="514" />
            <source>D&amp;ue date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="748" />
            <source>Done on %s (ticked off by hand).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="770" />
            <source>Done when %d %s entries are dated %s or later (%d so far).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="759" />
            <source>Done when %s reaches %s or above (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="768" />
            <source>Done when 1 %s entry is dated %s or later (%d so far).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="781" />
            <source>Done when a %s entry is tagged “%s” (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="752" />
            <source>Done when a skill reaches a level: choose the skill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="747" />
            <source>Done when you tick it off by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="776" />
            <source>Done with a certification entry tagged…: type the tag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="483" />
            <source>Edit Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="560" />
            <source>Entries dated on or after this day count; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="597" />
            <source>Entry &amp;kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="483" />
            <source>New Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="599" />
            <source>S&amp;ince</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="480" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="601" />
            <source>Ta&amp;g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="797" />
            <source>There are no skills yet: add some in the Skills area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="530" />
            <source>Tick to record the milestone as done on this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="505" />
            <source>Weights set how much each milestone counts toward the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="516" />
            <source>When you want this milestone done; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="494" />
            <source>e.g. Lead a cross-team design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="563" />
            <source>e.g. aws-saa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="780" />
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="755" />
            <source>not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="757" />
            <source>now %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneModel</name>
        <message>
            <location filename="../../ui/goals/model.py" line="216" />
            <source>By hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="165" />
            <source>Completes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="227" />
            <source>Completes itself: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="161" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="164" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="166" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="162" />
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="229" />
            <source>No evidence yet: link entries with Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="163" />
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MilestoneSection</name>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="84" />
            <source> Due %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="60" />
            <source>%s (done)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="129" />
            <source>Milestones this entry counts toward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="130" />
            <source>Space ticks the milestone this entry is evidence for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="146" />
            <source>Ticked milestones list this entry as their evidence in Goals.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MomentumChart</name>
        <message>
            <location filename="../../ui/insights/charts.py" line="264" />
            <source>12-month average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="261" />
            <source>3-month average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="260" />
            <source>Impact per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="234" />
            <source>No impact recorded in the last 24 months.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewRoleDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1210" />
            <source>&amp;Function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1208" />
            <source>&amp;Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1212" />
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1209" />
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1211" />
            <source>&amp;Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1207" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1271" />
            <source>A role needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1154" />
            <source>New Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1257" />
            <source>No current role ends: this starts your role history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1152" />
            <source>Record Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1162" />
            <source>Record your new role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1195" />
            <source>Start a new &amp;goal for the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1185" />
            <source>The first day in the new role; Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1277" />
            <source>The new role must start after “%s” started (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1168" />
            <source>You achieved “%s”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1261" />
            <source>Your current role, “%s”, ends the day before: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1179" />
            <source>e.g. Engineering, Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1176" />
            <source>e.g. L6, Grade 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/dialogs.py" line="1174" />
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
            <location filename="../../ui/preferences.py" line="69" />
            <source> backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="140" />
            <source> weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="156" />
            <source>%s: day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="157" />
            <source>%s: time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="97" />
            <source>&amp;Journal file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="96" />
            <source>&amp;Keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="130" />
            <source>&amp;Remind me to journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="105" />
            <source>&amp;Skill scale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="94" />
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="106" />
            <source>&amp;Weeks start on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="178" />
            <source>A notification while Career Journal runs; a banner when it starts after a reminder was missed. The weekly one is skipped when you wrote an entry that week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="210" />
            <source>Career journals (*.sqlite3);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="74" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="54" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="82" />
            <source>Dreyfus, 5 stages (Novice … Expert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="232" />
            <source>Existing levels will be mapped proportionally:

%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="141" />
            <source>Feedback reminder: every how many weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="52" />
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="103" />
            <source>In this journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="208" />
            <source>Journal file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="53" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="95" />
            <source>New entries are of &amp;kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="92" />
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="44" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="131" />
            <source>Remind me to &amp;ask for feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="125" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="83" />
            <source>SFIA, 7 levels of responsibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="231" />
            <source>Switch skill scale?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="107" />
            <source>These travel with the journal file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="168" />
            <source>at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="139" />
            <source>every </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="162" />
            <source>every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="166" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/preferences.py" line="228" />
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
            <location filename="../../ui/interchange/import_wizard.py" line="239" />
            <source>%s · %s. Nothing new: everything in it is already in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="233" />
            <source>%s · %s. Press Import to add the new items in one step; a backup of the journal is made first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="156" />
            <source>Already in the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="156" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="179" />
            <source>Reading %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="207" />
            <source>This file cannot be imported.

%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="156" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="143" />
            <source>What this import adds</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickCaptureDialog</name>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="72" />
            <source>Enter saves a small win dated today · Esc closes and keeps the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="64" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="167" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="53" />
            <source>Quick Win</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="66" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="58" />
            <location filename="../../ui/editor/quick_capture.py" line="59" />
            <source>What moved forward?</source>
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
            <location filename="../../ui/reminders.py" line="109" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="111" />
            <source>Hide this reminder (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="106" />
            <source>Write an Entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message>
            <location filename="../../ui/reminders.py" line="447" />
            <source>Open Career Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="450" />
            <source>Remind me of this again tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="452" />
            <source>Reminders Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="449" />
            <source>Snooze a Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="453" />
            <source>Turn both reminders off (Preferences turns them on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="445" />
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
            <location filename="../../ui/skills/dialogs.py" line="805" />
            <source>Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="805" />
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="805" />
            <source>Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="805" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts.py" line="34" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="32" />
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="34" />
            <source>Shortcut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="429" />
            <source>%s, assessed %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="383" />
            <source>&amp;Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="403" />
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="386" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="400" />
            <source>&amp;Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="450" />
            <source>A skill needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="342" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="443" />
            <source>Add a band first: every skill belongs to one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="456" />
            <source>Band “%s” already has a skill “%s”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="397" />
            <source>Current level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="344" />
            <source>Edit Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="344" />
            <source>New Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="369" />
            <source>No target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="426" />
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="379" />
            <source>Optional: what this skill looks like at your target level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="395" />
            <source>Record an assessment to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="342" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="364" />
            <source>e.g. Automated testing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillHistoryChart</name>
        <message>
            <location filename="../../ui/skills/charts.py" line="497" />
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="473" />
            <source>Certification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="465" />
            <source>Click to open the evidence entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="442" />
            <source>Each step is the level from one assessment until the next; diamonds mark assessments backed by an evidence entry (click one to open it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="350" />
            <source>Level history of the skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="471" />
            <source>Manager's assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="390" />
            <source>No assessments yet. Record one with {shortcut}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="472" />
            <source>Peer assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="470" />
            <source>Self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="507" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="500" />
            <source>With evidence entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillSettingsDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="892" />
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="943" />
            <source>&amp;Band share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1044" />
            <source>A backup is made first; switching back may not give the same levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1001" />
            <source>A band reaches a level when at least %d %% of its skills are at that level or above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1041" />
            <source>Every assessment and target is mapped proportionally (1 → 1, top → top).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="895" />
            <source>How many of a band's skills must reach a level for the band to reach it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1038" />
            <source>No skill has a level or a target yet, so no levels change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="925" />
            <location filename="../../ui/skills/dialogs.py" line="1021" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="940" />
            <source>Skill &amp;scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="872" />
            <source>Skill Scale and Bands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1023" />
            <source>Switch Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1088" />
            <source>The scale was not switched, because no backup could be made: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1047" />
            <source>This journal is on a database server, so no backup is made here: back it up with its own tools first (for PostgreSQL, pg_dump). Switching back may not give the same levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="1033" />
            <source>What the switch does to each skill with a level or a target:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillsTreeModel</name>
        <message>
            <location filename="../../ui/skills/model.py" line="236" />
            <source> (assessed %s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="229" />
            <source>%d level(s) to go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="185" />
            <source>At the top of the scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="52" />
            <source>Band / skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="183" />
            <source>No skills yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="214" />
            <location filename="../../ui/skills/model.py" line="227" />
            <source>No target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="225" />
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="56" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="53" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="238" />
            <source>Now: %s. No target set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="241" />
            <source>Now: %s. Target: %s: %d level(s) to go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="242" />
            <source>Now: %s. Target: %s: met.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="55" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="54" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="230" />
            <source>Target met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="177" />
            <source>Toward the next level: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkillsView</name>
        <message>
            <location filename="../../ui/skills/view.py" line="527" />
            <source>%d level(s) to go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="497" />
            <source>%s · %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="141" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="137" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="182" />
            <source>&amp;Gaps only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="130" />
            <source>&amp;Record Level…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="365" />
            <source>Add a &amp;Band…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="587" />
            <source>Add the starter bands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="515" />
            <source>At its target level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="242" />
            <source>Bands now and at target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="185" />
            <source>Changed this &amp;year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="695" />
            <source>Delete Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="687" />
            <source>Delete Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="333" />
            <source>Delete This Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="692" />
            <source>Delete the band “%s” with its %d skill(s) and their %d recorded level(s)?

Entries used as evidence stay in the journal. Undo (Ctrl+Z) brings it all back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="683" />
            <source>Delete the skill “%s” and its %d recorded level(s)?

Entries used as evidence stay in the journal. Undo (Ctrl+Z) brings the skill and its history back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="646" />
            <source>Edit Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="355" />
            <source>Group your skills into a few broad bands, such as craft, delivery and leadership. Give each skill the level your next role expects; every level you record then shows how far each band has risen and what is still missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="147" />
            <source>Move &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="151" />
            <source>Move Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="123" />
            <source>New &amp;Band…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="126" />
            <source>New &amp;Skill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="580" />
            <source>New Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="504" />
            <source>Next level: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="352" />
            <source>No skill bands yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="230" />
            <source>No skill matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="500" />
            <source>No skills in this band yet. Add one with Ins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="523" />
            <source>Now: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="184" />
            <source>Only skills below their target level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="188" />
            <source>Only skills whose level now differs from their level on 1 January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="308" />
            <source>Record Level…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="134" />
            <source>Record a level for the selected skill (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="158" />
            <source>Scale and Band &amp;Rule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="248" />
            <source>Select a band to see its layers, or a skill for its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="207" />
            <source>Skill bands and skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="564" />
            <source>Skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="368" />
            <source>Start with &amp;Four Common Bands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="508" />
            <source>Target %s: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="525" />
            <source>Target: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="531" />
            <source>last assessed %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="496" />
            <source>not yet at level 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="529" />
            <source>target met</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <location filename="../../ui/summary/view.py" line="369" />
            <source>%d of %d entries included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="380" />
            <source>%s · %d page(s) · %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="223" />
            <source>&amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="203" />
            <source>&amp;Best per kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="170" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="225" />
            <source>&amp;None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="125" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="169" />
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="171" />
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="158" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="210" />
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="220" />
            <source>Entries of the period; untick to leave one out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="132" />
            <source>Export &amp;HTML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="139" />
            <source>Export &amp;Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="128" />
            <source>Export P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="425" />
            <source>Export PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="473" />
            <source>Export Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="464" />
            <source>HTML page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="189" />
            <source>Include pay and bonus entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="156" />
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="155" />
            <source>Last 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="468" />
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="298" />
            <source>No review recorded yet: showing the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="453" />
            <location filename="../../ui/summary/view.py" line="484" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="425" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="167" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="306" />
            <location filename="../../ui/summary/view.py" line="326" />
            <source>Pick any dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="406" />
            <source>Print Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="457" />
            <location filename="../../ui/summary/view.py" line="486" />
            <source>Saved %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="179" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="154" />
            <source>Since the last review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="200" />
            <source>The best entries of each kind by star, measurable result and impact; 0 lists all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="357" />
            <source>The period starts after it ends: pick a later end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="157" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="432" />
            <source>Writing the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="295" />
            <source>Your last recorded review was on %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="198" />
            <source>all</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../ui/timeline/view.py" line="269" />
            <source>1 year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="270" />
            <source>3 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="271" />
            <source>5 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="724" />
            <source>Add your roles and journal your small steps (skills, projects, feedback, recognition…): they appear here over time, with your promotions marked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="272" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="332" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="181" />
            <location filename="../../ui/timeline/view.py" line="889" />
            <source>Click a marker to read its entry here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="110" />
            <source>Diagonal move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="912" />
            <source>Export Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="302" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="107" />
            <source>First role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="109" />
            <source>Lateral move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="293" />
            <source>Lattice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="257" />
            <location filename="../../ui/timeline/view.py" line="708" />
            <source>Momentum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="831" />
            <source>Momentum on %1: %2&lt;br&gt;the sum of impact of the micro-progressions in the %3 days up to that day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="111" />
            <source>New employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="718" />
            <source>No entries match these filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="643" />
            <source>No function given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="924" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="900" />
            <source>Not moved to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="722" />
            <source>Nothing on the timeline yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="914" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="108" />
            <source>Promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="257" />
            <location filename="../../ui/timeline/view.py" line="704" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="303" />
            <source>Save the timeline as a PNG image or SVG drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="275" />
            <source>Show everything since your last appraisal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="588" />
            <source>Show everything since your last appraisal on %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="296" />
            <source>Show roles by function over time, so lateral and diagonal moves stand out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="271" />
            <source>Show the last five years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="270" />
            <source>Show the last three years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="269" />
            <source>Show the last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="272" />
            <source>Show the whole career</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="274" />
            <source>Since last appraisal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="154" />
            <source>Timeline of roles and entries</source>
            <extracomment>"Clear filters" emptied the search text; the search field should be emptied too.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="719" />
            <source>Try fewer filters or other search words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="530" />
            <source>impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="814" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="541" />
            <source>size: level</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="55" />
            <source>Load a sample career</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="58" />
            <source>Opens a separate sample journal with a generated 12-year career to explore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="61" />
            <source>Tip: Ctrl+Shift+N captures a quick win from anywhere in the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="33" />
            <source>Welcome to your career journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="40" />
            <source>Write down what moves your career forward as it happens: the promotions and new roles, and the small steps between them — a skill learned, a project shipped, praise received, feedback asked for. When the next appraisal comes, the evidence is already here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="51" />
            <source>Write your first entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="172" />
            <source>%s (Ctrl+Enter)</source>
            <extracomment>Longest band or skill name (the services' limit). How many recent entries the evidence list offers. Entry kinds that usually evidence a skill; listed first. An entry mentioning the skill is suggested as evidence when it is at most this many days old. Band share choices, in percent. What a backup made before a scale switch is called (part of its file name).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/dialogs.py" line="179" />
            <source>%s saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_TimeChart</name>
        <message>
            <location filename="../../ui/skills/charts.py" line="317" />
            <source>Date</source>
            <extracomment>The shortcut the empty history's hint names for recording an assessment. Colours beyond the palette's: for light and for dark backgrounds (Okabe-Ito hues).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/charts.py" line="317" />
            <source>Level</source>
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
            <location filename="../../ui/goals/commands.py" line="61" />
            <source>Add goal “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="132" />
            <source>Add milestone “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="243" />
            <source>Change the evidence of a milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="167" />
            <source>Complete “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="110" />
            <source>Delete goal “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="183" />
            <source>Delete milestone “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="81" />
            <source>Edit goal “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="152" />
            <source>Edit milestone “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="167" />
            <source>Reopen “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="203" />
            <source>Reorder milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="218" />
            <source>Split “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/goals/commands.py" line="266" />
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
            <location filename="../../ui/journal/model.py" line="71" />
            <source>Impact %d of %d</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>skills</name>
        <message>
            <location filename="../../ui/skills/commands.py" line="26" />
            <source>Add band “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="110" />
            <source>Add skill “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="220" />
            <source>Delete a level of “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="59" />
            <source>Delete band “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="172" />
            <source>Delete skill “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="142" />
            <source>Edit skill “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="74" />
            <source>Move band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="88" />
            <source>Move skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="193" />
            <source>Record a level for “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/skills/commands.py" line="44" />
            <source>Rename band “%s”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../../ui/undo.py" line="143" />
            <source>Add entry “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="145" />
            <source>Add entry “%s” and a %s level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="198" />
            <source>Edit entry “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="200" />
            <source>Edit entry “%s” and record a %s level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="81" />
            <source>The entry is saved, but its milestones could not all be updated: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/undo.py" line="40" />
            <source>skill</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
