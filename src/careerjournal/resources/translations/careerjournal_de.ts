<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../ui/application.py" line="135" />
            <source>%s
It has been brought to the front.</source>
            <translation>%s
Es wurde in den Vordergrund geholt.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="141" />
            <source>Cannot use %s: %s</source>
            <translation>%s kann nicht verwendet werden: %s</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="465" />
            <source>Don't Open</source>
            <translation>Nicht öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="455" />
            <source>Either way the damaged file is kept as %s.</source>
            <translation>In jedem Fall bleibt die beschädigte Datei als %s erhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="406" />
            <source>Entries salvaged from the damaged journal: %s</source>
            <translation>Aus dem beschädigten Journal gerettete Einträge: %s</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="408" />
            <source>Entries that could not be read (lost): %s</source>
            <translation>Einträge, die nicht gelesen werden konnten (verloren): %s</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="465" />
            <source>Not Now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="415" />
            <source>Nothing was lost.</source>
            <translation>Es ging nichts verloren.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="494" />
            <source>Open Backup Copy</source>
            <translation>Sicherungskopie öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="449" />
            <source>Or put back the newest good backup, from %s; what was written after it is not in it.</source>
            <translation>Oder die neueste intakte Sicherung vom %s zurückspielen; was danach geschrieben wurde, ist darin nicht enthalten.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="411" />
            <source>Other records that could not be kept (tags, links, …): %s</source>
            <translation>Weitere Datensätze, die nicht erhalten werden konnten (Tags, Verknüpfungen, …): %s</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="460" />
            <source>Put Back Backup</source>
            <translation>Sicherung zurückspielen</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="535" />
            <source>Reminders are off. Preferences turns them back on.</source>
            <translation>Erinnerungen sind aus. In den Einstellungen lassen sie sich wieder einschalten.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="458" />
            <source>Salvage</source>
            <translation>Retten</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="442" />
            <source>Salvage makes a new journal of everything that can still be read; what sat on the damaged part of the file is lost.</source>
            <translation>Retten legt ein neues Journal mit allem an, was sich noch lesen lässt; was im beschädigten Teil der Datei stand, geht verloren.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="397" />
            <source>The backup from %s was put back in place of the damaged journal.</source>
            <translation>Die Sicherung vom %s wurde anstelle des beschädigten Journals zurückgespielt.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="416" />
            <source>The damaged file is kept as %s.</source>
            <translation>Die beschädigte Datei bleibt als %s erhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="489" />
            <source>The newest good backup is from %s. Open a copy of it? The damaged file stays as it is.</source>
            <translation>Die neueste intakte Sicherung ist vom %s. Eine Kopie davon öffnen? Die beschädigte Datei bleibt unverändert.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="297" />
            <location filename="../../ui/application.py" line="484" />
            <source>This journal cannot be opened.</source>
            <translation>Dieses Journal kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="438" />
            <source>This journal is damaged and was not opened.</source>
            <translation>Dieses Journal ist beschädigt und wurde nicht geöffnet.</translation>
        </message>
        <message>
            <location filename="../../ui/application.py" line="436" />
            <source>This journal is damaged. Nothing more is written to it.</source>
            <translation>Dieses Journal ist beschädigt. Es wird nichts mehr hineingeschrieben.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="209" />
            <source>%s since %s</source>
            <translation>%s seit %s</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="212" />
            <source>%s; target %s</source>
            <translation>%s; Ziel %s</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="152" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="157" />
            <source>&amp;Evidence</source>
            <translation>&amp;Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="155" />
            <source>&amp;Level</source>
            <translation>&amp;Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="156" />
            <source>&amp;Source</source>
            <translation>&amp;Quelle</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="306" />
            <source>An assessment cannot be in the future.</source>
            <translation>Eine Einschätzung kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="82" />
            <source>Assess “%s”</source>
            <translation>„%s“ einschätzen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="158" />
            <source>N&amp;ote</source>
            <translation>N&amp;otiz</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="236" />
            <source>No evidence entry</source>
            <translation>Kein Nachweis-Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="205" />
            <source>Not assessed yet</source>
            <translation>Noch nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="151" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="121" />
            <source>Optional: what shows this level, who said so</source>
            <translation>Optional: was diese Stufe belegt, wer das gesagt hat</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="80" />
            <source>Record</source>
            <extracomment>How many recent entries the evidence list offers. Entry kinds that usually evidence a skill; listed first. An entry mentioning the skill is suggested as evidence when it is at most this many days old.</extracomment>
            <translation>Erfassen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="150" />
            <source>Skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="176" />
            <source>The entry that shows this level; type part of its title or date to find it</source>
            <translation>Der Eintrag, der diese Stufe belegt; zum Suchen einen Teil von Titel oder Datum eingeben</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="179" />
            <source>Type to find an entry</source>
            <translation>Tippen, um einen Eintrag zu finden</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="102" />
            <source>When the level was reached; Alt+Down opens a calendar</source>
            <translation>Wann die Stufe erreicht wurde; Alt+Unten öffnet einen Kalender</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/assessment_dialog.py" line="336" />
            <source>“%s” is not one listed entry: pick one from the list, or clear it.</source>
            <translation>„%s“ ist kein Eintrag aus der Liste: Wählen Sie einen aus der Liste, oder leeren Sie das Feld.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentHistoryModel</name>
        <message>
            <location filename="../../ui/skills/history_model.py" line="89" />
            <source>(entry gone)</source>
            <translation>(Eintrag entfernt)</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="35" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="93" />
            <source>Double-click to open the entry</source>
            <translation>Doppelklicken, um den Eintrag zu öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="38" />
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="36" />
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="39" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_model.py" line="37" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSection</name>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="298" />
            <source>Choose a skill to see its level and target.</source>
            <translation>Wählen Sie eine Fähigkeit, um Stufe und Ziel zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="122" />
            <source>Choose a skill…</source>
            <translation>Fähigkeit wählen…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="222" />
            <source>Choose the skill this entry shows, or untick “Record a skill level”.</source>
            <translation>Wählen Sie die Fähigkeit, die dieser Eintrag belegt, oder entfernen Sie das Häkchen bei „Fähigkeitsstufe erfassen“.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="153" />
            <source>Le&amp;vel</source>
            <translation>St&amp;ufe</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="173" />
            <source>No skills yet: add bands and skills in the Skills area.</source>
            <translation>Noch keine Fähigkeiten: Legen Sie Kompetenzbereiche und Fähigkeiten im Bereich Fähigkeiten an.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="307" />
            <source>No target</source>
            <translation>Kein Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="324" />
            <source>Not assessed</source>
            <translation>Nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="309" />
            <source>Now: %s · %s</source>
            <translation>Jetzt: %s · %s</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="90" />
            <source>Record &amp;a skill level</source>
            <translation>&amp;Fähigkeitsstufe erfassen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="335" />
            <source>Recorded with this entry: %s → %s (%s)</source>
            <translation>Mit diesem Eintrag erfasst: %s → %s (%s)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="151" />
            <source>Skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="155" />
            <source>So&amp;urce</source>
            <translation>&amp;Quelle</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="305" />
            <source>Target: %s</source>
            <translation>Ziel: %s</translation>
        </message>
        <message>
            <location filename="../../ui/editor/assessment_section.py" line="333" />
            <source>a deleted skill</source>
            <translation>eine gelöschte Fähigkeit</translation>
        </message>
    </context>
    <context>
        <name>BandDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs/band_dialog.py" line="59" />
            <source>&amp;Description</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/band_dialog.py" line="56" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/band_dialog.py" line="81" />
            <source>A band needs a name.</source>
            <translation>Ein Kompetenzbereich braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/band_dialog.py" line="33" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/band_dialog.py" line="52" />
            <source>Optional: what the skills in this band have in common</source>
            <translation>Optional: was die Fähigkeiten in diesem Bereich gemeinsam haben</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/band_dialog.py" line="33" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/band_dialog.py" line="84" />
            <source>There is already a band called “%s”.</source>
            <translation>Es gibt bereits einen Kompetenzbereich namens „%s“.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/band_dialog.py" line="46" />
            <source>e.g. Engineering craft</source>
            <extracomment>The band as last loaded (its version is the one a save expects); None when adding.</extracomment>
            <translation>z. B. Technisches Handwerk</translation>
        </message>
    </context>
    <context>
        <name>BandLayersChart</name>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="333" />
            <source>Band level</source>
            <translation>Bereichsstufe</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="295" />
            <source>Each colour is the share of the band's skills at that level, the highest level at the bottom. The strip above names the band's level.</source>
            <translation>Jede Farbe zeigt den Anteil der Fähigkeiten des Bereichs auf dieser Stufe, die höchste Stufe unten. Der Streifen darüber nennt die Stufe des Bereichs.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="225" />
            <source>No assessments in this band yet. Record one with {shortcut}.</source>
            <translation>Noch keine Einschätzungen in diesem Bereich. Erfassen Sie eine mit {shortcut}.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="415" />
            <source>No level</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="386" />
            <location filename="../../ui/skills/layers_chart.py" line="455" />
            <source>Not assessed</source>
            <translation>Nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="336" />
            <source>Share of skills</source>
            <translation>Anteil der Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="181" />
            <source>Share of the band's skills at each level</source>
            <translation>Anteil der Fähigkeiten des Bereichs je Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="301" />
            <source>The band is at a level when at least {share} of its skills are at that level or above: the level under the dashed line.</source>
            <translation>Der Bereich erreicht eine Stufe, wenn mindestens {share} seiner Fähigkeiten auf dieser Stufe oder darüber sind: die Stufe unter der gestrichelten Linie.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="450" />
            <source>no level yet</source>
            <translation>noch keine Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="451" />
            <source>{date}: band level {level}</source>
            <translation>{date}: Bereichsstufe {level}</translation>
        </message>
        <message>
            <location filename="../../ui/skills/layers_chart.py" line="242" />
            <source>{share} rule</source>
            <translation>{share}-Regel</translation>
        </message>
    </context>
    <context>
        <name>BandRadar</name>
        <message>
            <location filename="../../ui/skills/radar.py" line="96" />
            <source>Band levels now and at target</source>
            <translation>Stufen der Kompetenzbereiche jetzt und im Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/skills/radar.py" line="164" />
            <source>Each bar is a band's level now; the dashed outline is the level it reaches once every skill meets its target.</source>
            <translation>Jeder Balken ist die aktuelle Stufe eines Bereichs; der gestrichelte Umriss ist die Stufe, die er erreicht, sobald jede Fähigkeit ihr Ziel erfüllt.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/radar.py" line="168" />
            <source>Each spoke is a band, each ring a level: the filled shape is where the bands are now, the dashed one where they are once every skill meets its target.</source>
            <translation>Jede Speiche ist ein Bereich, jeder Ring eine Stufe: Die gefüllte Fläche zeigt, wo die Bereiche jetzt stehen, die gestrichelte, wo sie stehen, sobald jede Fähigkeit ihr Ziel erfüllt.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/radar.py" line="422" />
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/skills/radar.py" line="159" />
            <source>No skill bands yet. Add a band and its skills to compare them here.</source>
            <translation>Noch keine Kompetenzbereiche. Legen Sie einen Bereich mit seinen Fähigkeiten an, um sie hier zu vergleichen.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/radar.py" line="448" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../ui/skills/radar.py" line="448" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/skills/radar.py" line="499" />
            <source>{name}: level {level} now, {target} at target</source>
            <translation>{name}: jetzt Stufe {level}, im Ziel {target}</translation>
        </message>
    </context>
    <context>
        <name>BurnUpChart</name>
        <message>
            <location filename="../../ui/goals/charts.py" line="230" />
            <source>; the projection extends the pace of the last {days} days, its range widens when fewer milestones back that pace.</source>
            <translation>; die Prognose setzt das Tempo der letzten {days} Tage fort, ihre Spanne wird breiter, je weniger Meilensteine dieses Tempo stützen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="417" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="404" />
            <source>Milestone done</source>
            <translation>Meilenstein erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="135" />
            <source>No milestones yet. Break the goal into milestones to follow its progress here.</source>
            <translation>Noch keine Meilensteine. Teilen Sie das Ziel in Meilensteine auf, um den Fortschritt hier zu verfolgen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="401" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="417" />
            <source>Progress (%)</source>
            <translation>Fortschritt (%)</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="225" />
            <source>Progress is the done share of milestone weight</source>
            <translation>Fortschritt ist der erledigte Anteil am Gewicht der Meilensteine</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="75" />
            <source>Progress of the goal over time</source>
            <extracomment>The projection's line and range (vermillion: apart from the accent blue and the target green).</extracomment>
            <translation>Fortschritt des Ziels im Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="412" />
            <source>Projection</source>
            <translation>Prognose</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="413" />
            <source>Range</source>
            <translation>Spanne</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="409" />
            <source>Target date</source>
            <translation>Zieldatum</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="272" />
            <source>latest {date} →</source>
            <translation>spätestens {date} →</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="283" />
            <source>likely {date}</source>
            <translation>voraussichtlich {date}</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="267" />
            <source>no upper bound →</source>
            <translation>ohne Obergrenze →</translation>
        </message>
        <message>
            <location filename="../../ui/goals/charts.py" line="313" />
            <source>{title}
Done on {date} · {share} of the goal</source>
            <translation>{title}
Erledigt am {date} · {share} des Ziels</translation>
        </message>
    </context>
    <context>
        <name>CadenceView</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="546" />
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="530" />
            <location filename="../../ui/insights/cards.py" line="531" />
            <source>%n weeks</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CandidateDetail</name>
        <message>
            <location filename="../../ui/inbox/detail.py" line="280" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/detail.py" line="251" />
            <source>%n suggestions are waiting.</source>
            <translation>
                <numerusform>%n Vorschlag wartet.</numerusform>
                <numerusform>%n Vorschläge warten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/detail.py" line="241" />
            <source>%n suggestions selected</source>
            <translation>
                <numerusform>%n Vorschlag ausgewählt</numerusform>
                <numerusform>%n Vorschläge ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="244" />
            <source>Accept makes each one an entry; Merge makes them one entry together; Dismiss drops them.</source>
            <translation>Annehmen macht aus jedem einen Eintrag; Zusammenführen macht aus allen zusammen einen Eintrag; Verwerfen entfernt sie.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="156" />
            <source>Could count toward</source>
            <translation>Könnte beitragen zu</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="149" />
            <source>Evidence</source>
            <extracomment>Links found by meaning, to confirm; its look-alike line goes under the title.</extracomment>
            <translation>Nachweise</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="151" />
            <source>Evidence lines</source>
            <translation>Nachweiszeilen</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="219" />
            <source>Impact %s</source>
            <translation>Wirkung %s</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="152" />
            <location filename="../../ui/inbox/detail.py" line="154" />
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="286" />
            <source>Milestone: %s</source>
            <translation>Meilenstein: %s</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="160" />
            <source>None of your skills or open milestones, yet.</source>
            <translation>Noch keine Ihrer Fähigkeiten oder offenen Meilensteine.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="301" />
            <source>Open link?</source>
            <translation>Link öffnen?</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="302" />
            <source>Open this address outside Career Journal?

%s</source>
            <translation>Diese Adresse außerhalb von Career Journal öffnen?

%s</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="249" />
            <source>Select a suggestion to see its evidence</source>
            <translation>Wählen Sie einen Vorschlag, um seine Nachweise zu sehen</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/detail.py" line="284" />
            <source>Skills: %s</source>
            <translation>Fähigkeiten: %s</translation>
        </message>
    </context>
    <context>
        <name>CandidateModel</name>
        <message>
            <location filename="../../ui/inbox/model.py" line="93" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/model.py" line="97" />
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/model.py" line="95" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/model.py" line="94" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/model.py" line="96" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
    </context>
    <context>
        <name>ChooseFilePage</name>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="120" />
            <source>&amp;File…</source>
            <translation>&amp;Datei…</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="134" />
            <source>&amp;Import from:</source>
            <translation>Importieren &amp;aus:</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="111" />
            <source>A Career Journal backup, a JSON Resume file, your LinkedIn data export (the downloaded .zip, or the folder of its CSV files), or a journal exported from jrnl or Day One as JSON.</source>
            <translation>Eine Career-Journal-Sicherung, eine JSON-Resume-Datei, Ihr LinkedIn-Datenexport (die heruntergeladene .zip-Datei oder der Ordner mit ihren CSV-Dateien) oder ein aus jrnl oder Day One als JSON exportiertes Journal.</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="165" />
            <source>Backups, résumés, LinkedIn exports and journals (*.json *.zip);;All files (*)</source>
            <translation>Sicherungen, Lebensläufe, LinkedIn-Exporte und Journale (*.json *.zip);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="108" />
            <source>Choose what to import</source>
            <translation>Wählen, was importiert wird</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="130" />
            <source>Detect from the file</source>
            <translation>Aus der Datei erkennen</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="122" />
            <source>F&amp;older…</source>
            <translation>&amp;Ordner…</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="137" />
            <source>F&amp;ormat:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="118" />
            <source>File or folder</source>
            <translation>Datei oder Ordner</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="162" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="172" />
            <source>LinkedIn export folder</source>
            <translation>LinkedIn-Exportordner</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="140" />
            <source>Nothing is written until you confirm on the last page. Entries, roles and skills already in the journal are recognised and skipped, so importing a file twice adds nothing the second time.</source>
            <translation>Es wird nichts geschrieben, bevor Sie auf der letzten Seite bestätigen. Einträge, Rollen und Fähigkeiten, die schon im Journal sind, werden erkannt und übersprungen; eine Datei zweimal zu importieren fügt beim zweiten Mal also nichts hinzu.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="379" />
            <source>%s: changed by you only</source>
            <translation>%s: nur von Ihnen geändert</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="373" />
            <source>%s: changed on both sides</source>
            <translation>%s: auf beiden Seiten geändert</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="377" />
            <source>%s: changed there only</source>
            <translation>%s: nur dort geändert</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="375" />
            <source>%s: differs</source>
            <translation>%s: unterschiedlich</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="371" />
            <source>%s: the same in both</source>
            <translation>%s: in beiden gleich</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="209" />
            <source>Changed Elsewhere</source>
            <translation>Anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="231" />
            <source>Fields that differ are highlighted. For Merge, tick the side to keep in each: arrows move, Space ticks.</source>
            <translation>Abweichende Felder sind hervorgehoben. Zum Zusammenführen haken Sie je Feld die Seite an, die bleiben soll: Pfeiltasten bewegen, Leertaste hakt an.</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="307" />
            <source>Keep &amp;Mine</source>
            <translation>&amp;Meine behalten</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="312" />
            <source>Mer&amp;ge</source>
            <translation>&amp;Zusammenführen</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="315" />
            <source>Save the ticked side of each field</source>
            <translation>Die angehakte Seite jedes Felds speichern</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="313" />
            <source>Save your version over theirs</source>
            <translation>Ihre Fassung über die andere speichern</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="314" />
            <source>Show their version; yours is dropped</source>
            <translation>Die andere Fassung zeigen; Ihre wird verworfen</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="310" />
            <source>Take &amp;Theirs</source>
            <translation>&amp;Andere übernehmen</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="293" />
            <source>Theirs</source>
            <translation>Andere</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="216" />
            <source>This record was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation>Dieser Datensatz wurde auf einem anderen Gerät oder in einem anderen Fenster geändert, während Sie ihn bearbeitet haben. Behalten Sie Ihre Fassung, übernehmen Sie die andere, oder führen Sie beide Feld für Feld zusammen.</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="292" />
            <source>Yours</source>
            <translation>Ihre</translation>
        </message>
    </context>
    <context>
        <name>ConflictModel</name>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="132" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="132" />
            <source>Theirs</source>
            <translation>Andere</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="132" />
            <source>Yours</source>
            <translation>Ihre</translation>
        </message>
        <message>
            <location filename="../../ui/conflict_dialog.py" line="157" />
            <source>differs</source>
            <translation>unterschiedlich</translation>
        </message>
    </context>
    <context>
        <name>CriteriaPicker</name>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="165" />
            <source>&amp;Filter</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="172" />
            <source>&amp;Level</source>
            <translation>&amp;Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="169" />
            <source>All levels</source>
            <translation>Alle Stufen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="125" />
            <source>Criteria</source>
            <translation>Kriterien</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="101" />
            <source>Criteria This Entry Shows</source>
            <extracomment>What a filter matches in a row (criterion text, topic and level), lower case.</extracomment>
            <translation>Kriterien, die dieser Eintrag belegt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="199" />
            <source>Criteria sharing words with the title, result or notes, or like the entries already linked to them</source>
            <translation>Kriterien, die Wörter mit Titel, Ergebnis oder Notizen gemeinsam haben oder deren bereits verknüpfte Einträge diesem ähneln</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="45" />
            <source>Level %1</source>
            <translation>Stufe %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="130" />
            <source>No criterion matches the filter.</source>
            <translation>Kein Kriterium passt zum Filter.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="126" />
            <source>Space ticks the criterion this entry shows</source>
            <translation>Die Leertaste hakt das Kriterium an, das dieser Eintrag belegt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="195" />
            <source>Suggested from the entry's text</source>
            <translation>Vorgeschlagen aus dem Text des Eintrags</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="113" />
            <source>Tick the criteria of %1 this entry is evidence for.</source>
            <translation>Haken Sie die Kriterien von %1 an, für die dieser Eintrag ein Nachweis ist.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="164" />
            <source>Words of a criterion, topic or level</source>
            <translation>Wörter aus Kriterium, Bereich oder Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_picker.py" line="55" />
            <source>shares: %1</source>
            <translation>gemeinsam: %1</translation>
        </message>
    </context>
    <context>
        <name>CriteriaSection</name>
        <message>
            <location filename="../../ui/editor/criteria_section.py" line="89" />
            <source>Choose the framework criteria this entry is evidence for</source>
            <translation>Die Kriterien des Stufenmodells wählen, für die dieser Eintrag ein Nachweis ist</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_section.py" line="111" />
            <source>Criteria of %1 this entry is evidence for.</source>
            <translation>Kriterien von %1, für die dieser Eintrag ein Nachweis ist.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_section.py" line="37" />
            <source>Import a progression framework in Levels to link criteria.</source>
            <translation>Importieren Sie unter Stufen ein Karrierestufenmodell, um Kriterien zu verknüpfen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_section.py" line="57" />
            <source>Remove “%1”</source>
            <translation>„%1“ entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_section.py" line="56" />
            <source>Remove: this entry does not show it</source>
            <translation>Entfernen: Dieser Eintrag belegt es nicht</translation>
        </message>
        <message>
            <location filename="../../ui/editor/criteria_section.py" line="86" />
            <source>S&amp;hows…</source>
            <translation>&amp;Belegt…</translation>
        </message>
    </context>
    <context>
        <name>CriterionDetail</name>
        <message>
            <location filename="../../ui/levels/detail.py" line="152" />
            <source>&amp;Consistently</source>
            <translation>Durch&amp;gehend</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="170" />
            <source>&amp;Link Evidence…</source>
            <translation>Nachweis ver&amp;knüpfen…</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="150" />
            <source>&amp;Not Yet</source>
            <translation>&amp;Noch nicht</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="151" />
            <source>&amp;Sometimes</source>
            <translation>&amp;Manchmal</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="144" />
            <source>Assessment note</source>
            <translation>Notiz zur Einschätzung</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="125" />
            <source>Assessments</source>
            <translation>Einschätzungen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="234" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="236" />
            <source>Delete the assessment of %1</source>
            <translation>Einschätzung %1 löschen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="169" />
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="109" />
            <source>Examples</source>
            <extracomment>Longest note kept with an assessment (the field stops there). Record an assessment today (a Demonstration); the note is `note()`. Unlink this entry from the shown criterion. Delete this assessment. Esc: back to the table.</extracomment>
            <translation>Beispiele</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="120" />
            <source>How often do you show this?</source>
            <translation>Wie oft zeigen Sie das?</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="181" />
            <source>No entry is linked yet: link the entries that show this.</source>
            <translation>Noch kein Eintrag verknüpft: Verknüpfen Sie die Einträge, die das belegen.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="130" />
            <source>Not assessed yet.</source>
            <translation>Noch nicht eingeschätzt.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="143" />
            <source>Note (optional), kept with the assessment</source>
            <translation>Notiz (optional), wird mit der Einschätzung gespeichert</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="157" />
            <source>Record this as your assessment today</source>
            <translation>Als Ihre heutige Einschätzung erfassen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="289" />
            <source>Select a criterion to see its evidence and assessments.</source>
            <translation>Wählen Sie ein Kriterium, um seine Nachweise und Einschätzungen zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="209" />
            <source>Unlink</source>
            <translation>Lösen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/detail.py" line="211" />
            <source>Unlink %1</source>
            <translation>Verknüpfung mit %1 lösen</translation>
        </message>
    </context>
    <context>
        <name>CriterionLinkDialog</name>
        <message>
            <location filename="../../ui/levels/link_dialog.py" line="69" />
            <source>Evidence for “%1”</source>
            <translation>Nachweise für „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/levels/link_dialog.py" line="85" />
            <source>No entry shares a word with this criterion: every entry is listed.</source>
            <translation>Kein Eintrag hat ein Wort mit diesem Kriterium gemeinsam: Alle Einträge werden aufgeführt.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/link_dialog.py" line="81" />
            <source>The search starts with words of the criterion; change them freely.</source>
            <translation>Die Suche beginnt mit Wörtern des Kriteriums; ändern Sie sie nach Belieben.</translation>
        </message>
    </context>
    <context>
        <name>CriterionModel</name>
        <message>
            <location filename="../../ui/levels/model.py" line="91" />
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <location filename="../../ui/levels/model.py" line="89" />
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <location filename="../../ui/levels/model.py" line="90" />
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <location filename="../../ui/levels/model.py" line="92" />
            <source>Gap</source>
            <translation>Lücke</translation>
        </message>
        <message>
            <location filename="../../ui/levels/model.py" line="88" />
            <source>Topic</source>
            <translation>Bereich</translation>
        </message>
    </context>
    <context>
        <name>DamageBanner</name>
        <message>
            <location filename="../../ui/damage_watch.py" line="169" />
            <source>Recover…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../ui/damage_watch.py" line="172" />
            <source>Salvage what can be read, or put back the newest good backup</source>
            <translation>Retten, was sich lesen lässt, oder die neueste intakte Sicherung zurückspielen</translation>
        </message>
        <message>
            <location filename="../../ui/damage_watch.py" line="160" />
            <source>This journal is damaged.</source>
            <translation>Dieses Journal ist beschädigt.</translation>
        </message>
    </context>
    <context>
        <name>EntryConflict</name>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="71" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="78" />
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="74" />
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="72" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="79" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="63" />
            <source>No role</source>
            <translation>Keine Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="77" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="75" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="73" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="64" />
            <source>Role %s</source>
            <translation>Rolle %s</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="79" />
            <source>Starred</source>
            <translation>Markiert</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="76" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="70" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_conflict.py" line="79" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>EntryDetail</name>
        <message numerus="yes">
            <location filename="../../ui/journal/detail.py" line="370" />
            <source>%n entries selected</source>
            <translation>
                <numerusform>%n Eintrag ausgewählt</numerusform>
                <numerusform>%n Einträge ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="298" />
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="300" />
            <source>Edit this entry (Enter)</source>
            <translation>Diesen Eintrag bearbeiten (Eingabe)</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="408" />
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="342" />
            <source>Impact %s</source>
            <translation>Wirkung %s</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="349" />
            <source>In the trash since %s</source>
            <translation>Im Papierkorb seit %s</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="271" />
            <source>Measurable result</source>
            <translation>Messbares Ergebnis</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="304" />
            <source>Move this entry to the trash (Delete)</source>
            <translation>Diesen Eintrag in den Papierkorb verschieben (Entf)</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="302" />
            <source>Move to trash</source>
            <translation>In den Papierkorb</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="306" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="372" />
            <source>Select an entry to read it here</source>
            <translation>Wählen Sie einen Eintrag, um ihn hier zu lesen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="395" />
            <source>Shows: %1</source>
            <translation>Belegt: %1</translation>
        </message>
        <message>
            <location filename="../../ui/journal/detail.py" line="308" />
            <source>Take this entry out of the trash (Ctrl+R)</source>
            <translation>Diesen Eintrag aus dem Papierkorb holen (Strg+R)</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <location filename="../../ui/editor/prompts.py" line="53" />
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="38" />
            <location filename="../../ui/editor/prompts.py" line="54" />
            <source>&amp;Keep Editing</source>
            <translation>&amp;Weiter bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="80" />
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="37" />
            <source>&amp;Save as New Entry</source>
            <translation>Als neuen Eintrag &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="49" />
            <location filename="../../ui/editor/prompts.py" line="50" />
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="102" />
            <source>Edit Entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="479" />
            <source>Entry Changed Elsewhere</source>
            <translation>Eintrag anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="33" />
            <source>Entry Deleted Elsewhere</source>
            <translation>Eintrag anderswo gelöscht</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="523" />
            <source>Entry not saved</source>
            <translation>Eintrag nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="472" />
            <source>It was also moved to the trash there; saving keeps it in the trash.</source>
            <translation>Er wurde dort außerdem in den Papierkorb verschoben; beim Speichern bleibt er im Papierkorb.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="151" />
            <source>Link criteria once it is accepted: edit the entry then.</source>
            <translation>Kriterien lassen sich verknüpfen, sobald der Vorschlag angenommen ist: Bearbeiten Sie dann den Eintrag.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="102" />
            <source>New Entry</source>
            <extracomment>Debounce of the draft autosave in milliseconds; tests set `autosave_delay_ms = 0`.</extracomment>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="442" />
            <source>Not saved: the entry was changed elsewhere. Your text is kept.</source>
            <translation>Nicht gespeichert: Der Eintrag wurde anderswo geändert. Ihr Text bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="458" />
            <source>Not saved: the entry was deleted elsewhere. Your text is kept.</source>
            <translation>Nicht gespeichert: Der Eintrag wurde anderswo gelöscht. Ihr Text bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="35" />
            <source>Save what you typed as a new entry?</source>
            <translation>Das Eingegebene als neuen Eintrag speichern?</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="70" />
            <source>The entry was changed since; saving the restored text replaces those changes.</source>
            <translation>Der Eintrag wurde seitdem geändert; wenn Sie den wiederhergestellten Text speichern, ersetzt er diese Änderungen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="499" />
            <source>Their version is loaded; save to edit it further.</source>
            <translation>Die andere Fassung ist geladen; speichern Sie, um sie weiter zu bearbeiten.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="481" />
            <source>This entry was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation>Dieser Eintrag wurde auf einem anderen Gerät oder in einem anderen Fenster geändert, während Sie ihn bearbeitet haben. Behalten Sie Ihre Fassung, übernehmen Sie die andere, oder führen Sie beide Feld für Feld zusammen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="34" />
            <source>This entry was deleted on another device or in another window.</source>
            <translation>Dieser Eintrag wurde auf einem anderen Gerät oder in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="76" />
            <source>Unsaved Text</source>
            <translation>Nicht gespeicherter Text</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="51" />
            <source>What you typed in this entry will be lost.</source>
            <translation>Was Sie in diesen Eintrag geschrieben haben, geht verloren.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/prompts.py" line="77" />
            <source>You have unsaved text from %s: “%s”. Restore it?</source>
            <translation>Es gibt nicht gespeicherten Text vom %s: „%s“. Wiederherstellen?</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="341" />
            <source>Your text could not be kept as a draft: %s</source>
            <translation>Ihr Text konnte nicht als Entwurf gesichert werden: %s</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <location filename="../../ui/editor/form.py" line="166" />
            <source>%s saves · Esc cancels</source>
            <translation>%s speichert · Esc bricht ab</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="232" />
            <source>&amp;Counts toward</source>
            <translation>&amp;Zählt für</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="205" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="229" />
            <source>&amp;Evidence</source>
            <translation>Nac&amp;hweis</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="225" />
            <source>&amp;Impact</source>
            <translation>&amp;Wirkung</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="195" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="228" />
            <source>&amp;Notes</source>
            <translation>&amp;Notizen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="143" />
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="226" />
            <source>&amp;Result</source>
            <translation>&amp;Ergebnis</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="124" />
            <source>&amp;Star: include in the appraisal summary</source>
            <translation>&amp;Markieren: in die Zusammenfassung aufnehmen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="222" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="142" />
            <source>&amp;Write</source>
            <translation>&amp;Schreiben</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="121" />
            <source>Comma-separated, e.g. python, mentoring</source>
            <translation>Durch Kommas getrennt, z. B. python, mentoring</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="111" />
            <source>Follows the date until you choose a role yourself</source>
            <translation>Folgt dem Datum, bis Sie selbst eine Rolle wählen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="114" />
            <source>How big a step: 1 nano step … 5 career-defining. Keys 1–5 or arrows.</source>
            <translation>Wie groß der Schritt ist: 1 Nano-Schritt … 5 karriereprägend. Tasten 1–5 oder Pfeiltasten.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="104" />
            <source>No role</source>
            <translation>Keine Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="138" />
            <source>Nothing to preview yet.</source>
            <translation>Noch nichts für die Vorschau.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="118" />
            <source>Optional, e.g. p95 latency down 38%</source>
            <translation>Optional, z. B. p95-Latenz um 38% gesenkt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="224" />
            <source>R&amp;ole</source>
            <translation>R&amp;olle</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="154" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="158" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Speichern (Strg+Eingabe)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="239" />
            <source>Suggested</source>
            <translation>Vorgeschlagen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="227" />
            <source>Ta&amp;gs</source>
            <translation>Ta&amp;gs</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="134" />
            <source>What happened, what you did, who noticed. Markdown works.</source>
            <translation>Was passiert ist, was Sie getan haben, wer es bemerkt hat. Markdown funktioniert.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="90" />
            <source>What moved forward? e.g. Led the checkout rewrite</source>
            <translation>Was ging voran? z. B. Neubau des Checkouts geleitet</translation>
        </message>
        <message>
            <location filename="../../ui/editor/form.py" line="99" />
            <source>When it happened; Alt+Down opens a calendar</source>
            <translation>Wann es passiert ist; Alt+Unten öffnet einen Kalender</translation>
        </message>
    </context>
    <context>
        <name>EntryTableModel</name>
        <message>
            <location filename="../../ui/journal/model.py" line="238" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="242" />
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="239" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="243" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="241" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="233" />
            <source>The table cannot be sorted by tags</source>
            <extracomment>The number of entries matching the query changed (all of them, not only rows shown yet).</extracomment>
            <translation>Die Tabelle kann nicht nach Tags sortiert werden</translation>
        </message>
        <message>
            <location filename="../../ui/journal/model.py" line="240" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
    </context>
    <context>
        <name>EvidenceMatrixModel</name>
        <message numerus="yes">
            <location filename="../../ui/goals/matrix.py" line="241" />
            <source>%n entries evidence “{title}”</source>
            <translation>
                <numerusform>%n Eintrag belegt „{title}“</numerusform>
                <numerusform>%n Einträge belegen „{title}“</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="320" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="316" />
            <source>Done on {date}</source>
            <translation>Erledigt am {date}</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="332" />
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="334" />
            <source>How many entries evidence each milestone</source>
            <translation>Wie viele Einträge jeden Meilenstein belegen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="320" />
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="240" />
            <location filename="../../ui/goals/matrix.py" line="289" />
            <location filename="../../ui/goals/matrix.py" line="324" />
            <source>No evidence yet for this milestone</source>
            <extracomment>Rows without evidence (warm, "to do"), done milestones, and the ◆ mark. Whether the entry in a cell is linked to / meets the criterion of the row's milestone.</extracomment>
            <translation>Noch kein Nachweis für diesen Meilenstein</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="284" />
            <source>Not evidence for “{title}”. Space or double-click links it.</source>
            <translation>Kein Nachweis für „{title}“. Leertaste oder Doppelklick verknüpft ihn.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="318" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="281" />
            <source>Space links it by hand too; double-click opens the entry.</source>
            <translation>Mit der Leertaste zusätzlich von Hand verknüpfen; Doppelklick öffnet den Eintrag.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="279" />
            <source>Space unlinks it; double-click opens the entry.</source>
            <translation>Leertaste hebt die Verknüpfung auf; Doppelklick öffnet den Eintrag.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="346" />
            <source>{title}
{kind} · {date}
Double-click to open the entry.</source>
            <translation>{title}
{kind} · {date}
Doppelklicken, um den Eintrag zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="274" />
            <source>◆ Meets the automatic criterion: {criterion}</source>
            <translation>◆ Erfüllt das automatische Kriterium: {criterion}</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="271" />
            <source>✓ Linked by you as evidence for “{title}”.</source>
            <translation>✓ Von Ihnen als Nachweis für „{title}“ verknüpft.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceMatrixView</name>
        <message>
            <location filename="../../ui/goals/matrix.py" line="381" />
            <source>Evidence matrix: milestones against entries</source>
            <translation>Nachweismatrix: Meilensteine gegen Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="450" />
            <source>No evidence yet. Link entries to the goal's milestones, or give a milestone an automatic criterion that entries can meet.</source>
            <translation>Noch keine Nachweise. Verknüpfen Sie Einträge mit den Meilensteinen des Ziels, oder geben Sie einem Meilenstein ein automatisches Kriterium, das Einträge erfüllen können.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="444" />
            <source>No milestones yet. Add milestones to collect evidence for them here.</source>
            <translation>Noch keine Meilensteine. Legen Sie Meilensteine an, um hier Nachweise dafür zu sammeln.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/matrix.py" line="370" />
            <source>✓ linked by you · ◆ meets the milestone's automatic criterion · rows in amber have no evidence yet</source>
            <translation>✓ von Ihnen verknüpft · ◆ erfüllt das automatische Kriterium des Meilensteins · gelbe Zeilen haben noch keinen Nachweis</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="145" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="85" />
            <source>A résumé in the jsonresume.org standard: your roles, starred entries, skills, certifications and awards.</source>
            <translation>Ein Lebenslauf im Standard von jsonresume.org: Ihre Rollen, markierten Einträge, Fähigkeiten, Zertifizierungen und Auszeichnungen.</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="98" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="96" />
            <source>CSV (one row per entry)</source>
            <translation>CSV (eine Zeile pro Eintrag)</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="80" />
            <source>Career Journal backup (*.json)</source>
            <translation>Career-Journal-Sicherung (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="92" />
            <source>Every entry grouped by period and kind, starred first, with measurable results.</source>
            <translation>Alle Einträge nach Zeitraum und Art gruppiert, markierte zuerst, mit messbaren Ergebnissen.</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="77" />
            <source>Everything: profile, roles, entries with tags and links, skills and their history, goals, milestones and reviews, and the trash. Import it into any journal.</source>
            <translation>Alles: Profil, Rollen, Einträge mit Tags und Links, Fähigkeiten mit ihrem Verlauf, Ziele, Meilensteine und Beurteilungen sowie der Papierkorb. Lässt sich in jedes Journal importieren.</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="113" />
            <location filename="../../ui/interchange/export_dialog.py" line="164" />
            <source>Export</source>
            <extracomment>key: (file suffix, writer); the order is the dialog's.</extracomment>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="120" />
            <source>Export the whole journal as:</source>
            <translation>Das ganze Journal exportieren als:</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="97" />
            <source>For spreadsheets. Cells that start like a formula are quoted so they stay text.</source>
            <translation>Für Tabellenkalkulationen. Zellen, die wie eine Formel beginnen, werden in Anführungszeichen gesetzt, damit sie Text bleiben.</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="75" />
            <source>Full backup (JSON)</source>
            <translation>Vollständige Sicherung (JSON)</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="83" />
            <source>JSON Resume</source>
            <translation>JSON Resume</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="88" />
            <source>JSON Resume (*.json)</source>
            <translation>JSON Resume (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="93" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="91" />
            <source>Markdown brag document</source>
            <translation>Markdown-Erfolgsdokument</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/export_dialog.py" line="179" />
            <source>Not exported: %s</source>
            <translation>Nicht exportiert: %s</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="479" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="432" />
            <source>%n kinds</source>
            <translation>
                <numerusform>%n Art</numerusform>
                <numerusform>%n Arten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="175" />
            <location filename="../../ui/journal/filters.py" line="425" />
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="201" />
            <source>Any tag</source>
            <translation>Alle Tags</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="222" />
            <source>Any time</source>
            <translation>Jederzeit</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="149" />
            <source>Clear filters</source>
            <translation>Filter löschen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="226" />
            <source>Custom…</source>
            <translation>Benutzerdefiniert…</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="237" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="224" />
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="223" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="150" />
            <source>Show every entry again</source>
            <translation>Wieder alle Einträge zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="220" />
            <source>Show only entries from this period</source>
            <translation>Nur Einträge aus diesem Zeitraum zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="173" />
            <source>Show only entries of these kinds</source>
            <translation>Nur Einträge dieser Arten zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="198" />
            <source>Show only entries with this tag (separate several with commas)</source>
            <translation>Nur Einträge mit diesem Tag zeigen (mehrere durch Kommas trennen)</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="142" />
            <source>Show only starred entries (those in summaries)</source>
            <translation>Nur markierte Einträge zeigen (die in Zusammenfassungen)</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="159" />
            <source>Show the entries in the trash instead</source>
            <translation>Stattdessen die Einträge im Papierkorb zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="141" />
            <source>Starred</source>
            <extracomment>Clear filters also emptied the search text: the owner of the search field should too.</extracomment>
            <translation>Markiert</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="225" />
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="238" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../ui/journal/filters.py" line="158" />
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="90" />
            <source>&amp;Kind</source>
            <extracomment>The goal as last loaded (its version is the one a save expects); None when adding.</extracomment>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="148" />
            <source>&amp;Pin as next promotion</source>
            <translation>Als nächste Beförderung an&amp;heften</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="98" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="91" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="261" />
            <source>A goal needs a title.</source>
            <translation>Ein Ziel braucht einen Titel.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="50" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="101" />
            <source>D&amp;escription</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="52" />
            <source>Edit Goal</source>
            <translation>Ziel bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="52" />
            <source>New Goal</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="166" />
            <source>Optional: why this goal matters, what reaching it looks like</source>
            <translation>Optional: warum dieses Ziel wichtig ist, woran man erkennt, dass es erreicht ist</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="237" />
            <source>Promotion to %s</source>
            <translation>Beförderung zu %s</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="50" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="137" />
            <source>Target &amp;date</source>
            <translation>Ziel&amp;datum</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="93" />
            <source>Target &amp;level</source>
            <translation>Zielst&amp;ufe</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="92" />
            <source>Target &amp;role</source>
            <translation>Ziel&amp;rolle</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="153" />
            <source>The pinned goal is the promotion the app follows; pinning this one unpins any other.</source>
            <translation>Das angeheftete Ziel ist die Beförderung, die die App verfolgt; wenn Sie dieses anheften, wird jedes andere gelöst.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="139" />
            <source>When you aim to reach the goal; Alt+Down opens a calendar</source>
            <translation>Wann Sie das Ziel erreichen wollen; Alt+Unten öffnet einen Kalender</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="209" />
            <source>e.g. AWS Solutions Architect – Associate</source>
            <translation>z. B. AWS Solutions Architect – Associate</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="131" />
            <source>e.g. L6, Grade 9</source>
            <translation>z. B. L6, Stufe 9</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="210" />
            <source>e.g. Move into product management</source>
            <translation>z. B. Wechsel ins Produktmanagement</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="207" />
            <source>e.g. Promotion to Staff Engineer</source>
            <translation>z. B. Beförderung zum Staff Engineer</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="208" />
            <source>e.g. Reach Expert in system design</source>
            <translation>z. B. Expertenstufe im Systemdesign erreichen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="211" />
            <source>e.g. Speak at a conference</source>
            <translation>z. B. Vortrag auf einer Konferenz halten</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/goal_dialog.py" line="128" />
            <source>e.g. Staff Engineer</source>
            <translation>z. B. Staff Engineer</translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message>
            <location filename="../../ui/goals/model.py" line="52" />
            <source>Ahead</source>
            <translation>Voraus</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="54" />
            <source>Behind</source>
            <translation>Im Verzug</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="56" />
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="51" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="64" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="50" />
            <source>No target date</source>
            <translation>Kein Zieldatum</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="53" />
            <source>On track</source>
            <translation>Im Plan</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="55" />
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="130" />
            <source>Pinned as the next promotion</source>
            <translation>Als nächste Beförderung angeheftet</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="65" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="67" />
            <source>Standing</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="66" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
    </context>
    <context>
        <name>GoalWording</name>
        <message>
            <location filename="../../ui/goals/wording.py" line="125" />
            <source>%1 (now %2, %3).</source>
            <translation>%1 (jetzt %2, %3).</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="91" />
            <source>%1 at %2 or above (now %3).</source>
            <translation>%1 auf %2 oder höher (jetzt %3).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/wording.py" line="57" />
            <source>%1 of the goal per month over %2 (%n milestones completed).</source>
            <translation>
                <numerusform>%1 des Ziels pro Monat in %2 (%n Meilenstein erledigt).</numerusform>
                <numerusform>%1 des Ziels pro Monat in %2 (%n Meilensteine erledigt).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/wording.py" line="96" />
            <source>%1: %n entries since %2 (%3 so far).</source>
            <translation>
                <numerusform>%1: %n Eintrag seit %2 (bisher %3).</numerusform>
                <numerusform>%1: %n Einträge seit %2 (bisher %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/wording.py" line="124" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="101" />
            <source>A certification entry tagged “%1” (found).</source>
            <translation>Ein Zertifizierungseintrag mit Tag „%1“ (gefunden).</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="103" />
            <source>A certification entry tagged “%1” (none yet).</source>
            <translation>Ein Zertifizierungseintrag mit Tag „%1“ (noch keiner).</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="110" />
            <source>A criterion that cannot be judged: %1</source>
            <translation>Ein Kriterium, das sich nicht beurteilen lässt: %1</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="109" />
            <source>A framework criterion that a re-import removed.</source>
            <translation>Ein Kriterium des Stufenmodells, das ein erneuter Import entfernt hat.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="93" />
            <source>A skill that no longer exists at %1 or above.</source>
            <translation>Eine Fähigkeit, die es nicht mehr gibt, auf %1 oder höher.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="116" />
            <source>Assessed “consistently”</source>
            <translation>Als „durchgehend“ eingeschätzt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/wording.py" line="40" />
            <source>Done share of milestone weight: %1 of %2 (%3 of %n milestones done).</source>
            <translation>
                <numerusform>Erledigter Anteil am Meilensteingewicht: %1 von %2 (%3 von %n Meilenstein erledigt).</numerusform>
                <numerusform>Erledigter Anteil am Meilensteingewicht: %1 von %2 (%3 von %n Meilensteinen erledigt).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="115" />
            <source>Evidence linked</source>
            <translation>Nachweis verknüpft</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="118" />
            <source>Evidence linked and assessed “consistently”</source>
            <translation>Nachweis verknüpft und als „durchgehend“ eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="37" />
            <source>No milestones yet: progress is the done share of milestone weight.</source>
            <translation>Noch keine Meilensteine: Der Fortschritt ist der erledigte Anteil am Meilensteingewicht.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="54" />
            <source>No pace yet: the goal started today.</source>
            <translation>Noch kein Tempo: Das Ziel hat heute begonnen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="53" />
            <source>No pace yet: the goal starts on %1.</source>
            <translation>Noch kein Tempo: Das Ziel beginnt am %1.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="88" />
            <source>Ticked by hand.</source>
            <translation>Von Hand abgehakt.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="122" />
            <source>consistently</source>
            <translation>durchgehend</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="90" />
            <location filename="../../ui/goals/wording.py" line="123" />
            <source>not assessed</source>
            <translation>nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="120" />
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <location filename="../../ui/goals/wording.py" line="121" />
            <source>sometimes</source>
            <translation>manchmal</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message numerus="yes">
            <location filename="../../ui/goals/view.py" line="514" />
            <source>%1 of %n milestones</source>
            <translation>
                <numerusform>%1 von %n Meilenstein</numerusform>
                <numerusform>%1 von %n Meilensteinen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/flows.py" line="99" />
            <source>%n links to evidence</source>
            <translation>
                <numerusform>%n Nachweis-Verknüpfung</numerusform>
                <numerusform>%n Nachweis-Verknüpfungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/flows.py" line="98" />
            <source>%n milestones</source>
            <translation>
                <numerusform>%n Meilenstein</numerusform>
                <numerusform>%n Meilensteine</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="114" />
            <source>&amp;Delete Goal…</source>
            <translation>Ziel &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="111" />
            <source>&amp;Edit Goal…</source>
            <translation>Ziel &amp;bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="170" />
            <source>&amp;Link Evidence…</source>
            <translation>Nachweis &amp;verknüpfen…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="358" />
            <source>&amp;Milestones</source>
            <translation>Meilen&amp;steine</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="118" />
            <source>&amp;Pin as Next Promotion</source>
            <translation>&amp;Anheften</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="156" />
            <source>&amp;Split…</source>
            <translation>&amp;Teilen…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="516" />
            <source>&lt;b&gt;%1&lt;/b&gt; done (%2 of %3 weight; %4). %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; erledigt (%2 von %3 Gewicht; %4). %5</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="518" />
            <source>&lt;b&gt;%1&lt;/b&gt; done. %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; erledigt. %5</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="135" />
            <source>Add &amp;Milestone…</source>
            <translation>&amp;Meilenstein hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="243" />
            <source>Break your next promotion into milestones: some you tick by hand, others tick themselves when a skill reaches a level or enough entries are journaled. The app then shows how far you are and, at your pace, when you will be ready.</source>
            <translation>Teilen Sie Ihre nächste Beförderung in Meilensteine auf: Manche haken Sie von Hand ab, andere haken sich selbst ab, wenn eine Fähigkeit eine Stufe erreicht oder genug Einträge erfasst sind. Die App zeigt dann, wie weit Sie sind und wann Sie bei Ihrem Tempo so weit sein werden.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/flows.py" line="102" />
            <source>Delete Goal</source>
            <translation>Ziel löschen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="142" />
            <source>Delete Milestone</source>
            <translation>Meilenstein löschen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/flows.py" line="104" />
            <source>Delete the goal “%1” with its %2 and %3?

The linked entries stay in the journal. Undo (Ctrl+Z) brings the goal back.</source>
            <translation>Das Ziel „%1“ löschen (%2, %3)?

Die verknüpften Einträge bleiben im Journal. Rückgängig (Strg+Z) holt das Ziel zurück.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="149" />
            <source>Done / Not Done</source>
            <translation>Erledigt / Offen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/milestones_pane.py" line="176" />
            <source>Double-click opens an entry; link more with Ctrl+E.</source>
            <translation>Doppelklick öffnet einen Eintrag; mit Strg+E weitere verknüpfen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="138" />
            <source>Edit Milestone…</source>
            <translation>Meilenstein bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/milestones_pane.py" line="117" />
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="359" />
            <source>Evidence Matri&amp;x</source>
            <translation>Nach&amp;weismatrix</translation>
        </message>
        <message>
            <location filename="../../ui/goals/milestones_pane.py" line="129" />
            <source>Evidence for the selected milestone</source>
            <translation>Nachweise für den gewählten Meilenstein</translation>
        </message>
        <message>
            <location filename="../../ui/goals/flows.py" line="244" />
            <source>Evidence for “%s”</source>
            <translation>Nachweise für „%s“</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/goals/milestones_pane.py" line="179" />
            <source>Evidence for “%s”: %n entries</source>
            <translation>
                <numerusform>Nachweise für „%s“: %n Eintrag</numerusform>
                <numerusform>Nachweise für „%s“: %n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="122" />
            <source>Follow this goal at the top of Insights (one goal at a time)</source>
            <translation>Dieses Ziel oben in den Erkenntnissen verfolgen (immer nur ein Ziel)</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="546" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="174" />
            <source>Link journal entries to the selected milestone (Ctrl+E)</source>
            <translation>Journaleinträge mit dem gewählten Meilenstein verknüpfen (Strg+E)</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="126" />
            <source>Mark &amp;Achieved…</source>
            <translation>&amp;Erreicht…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="129" />
            <source>Mark D&amp;ropped</source>
            <translation>Auf&amp;geben</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="163" />
            <source>Move Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="159" />
            <source>Move Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="108" />
            <source>New &amp;Goal…</source>
            <translation>Neues &amp;Ziel…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/milestones_pane.py" line="181" />
            <source>No evidence yet for “%s”. Link entries with Ctrl+E.</source>
            <translation>Noch kein Nachweis für „%s“. Einträge mit Strg+E verknüpfen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="239" />
            <source>No goals yet</source>
            <translation>Noch keine Ziele</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="269" />
            <source>Select a goal to see its milestones and progress.</source>
            <translation>Wählen Sie ein Ziel, um seine Meilensteine und seinen Fortschritt zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/milestones_pane.py" line="160" />
            <source>Select a milestone to see its evidence.</source>
            <translation>Wählen Sie einen Meilenstein, um seine Nachweise zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="250" />
            <source>Set Your Next &amp;Promotion Goal…</source>
            <translation>&amp;Ziel für Ihre nächste Beförderung setzen…</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="197" />
            <source>Show achieved and &amp;dropped</source>
            <translation>Erreichte und aufgegebene a&amp;nzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/flows.py" line="209" />
            <source>Split Milestone</source>
            <translation>Meilenstein teilen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="503" />
            <source>The dashed line extends the recent pace; the shaded range is wider when fewer milestones back that pace.</source>
            <translation>Die gestrichelte Linie setzt das jüngste Tempo fort; die schattierte Spanne ist breiter, je weniger Meilensteine dieses Tempo stützen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="457" />
            <location filename="../../ui/goals/view.py" line="153" />
            <source>Tick or untick the selected milestone (Space)</source>
            <translation>Gewählten Meilenstein abhaken oder wieder öffnen (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../ui/goals/milestones_pane.py" line="115" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../../ui/goals/milestones_pane.py" line="165" />
            <source>linked</source>
            <translation>verknüpft</translation>
        </message>
        <message>
            <location filename="../../ui/goals/milestones_pane.py" line="165" />
            <source>meets the criterion</source>
            <translation>erfüllt das Kriterium</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="488" />
            <source>started %s</source>
            <translation>begonnen %s</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="487" />
            <source>target date %s</source>
            <translation>Zieldatum %s</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="485" />
            <source>to %s</source>
            <translation>zu %s</translation>
        </message>
        <message>
            <location filename="../../ui/goals/flows.py" line="212" />
            <source>“%s” keeps half its weight; a new milestone with the other half follows it.
Title of the new milestone:</source>
            <translation>„%s“ behält die Hälfte seines Gewichts; ein neuer Meilenstein mit der anderen Hälfte folgt darauf.
Titel des neuen Meilensteins:</translation>
        </message>
        <message>
            <location filename="../../ui/goals/view.py" line="461" />
            <source>“%s” ticks itself when: %s. It cannot be ticked by hand.</source>
            <translation>„%s“ hakt sich selbst ab, wenn: %s. Er kann nicht von Hand abgehakt werden.</translation>
        </message>
    </context>
    <context>
        <name>Heatmap</name>
        <message numerus="yes">
            <location filename="../../ui/insights/heatmap.py" line="136" />
            <source>%s: %n entries</source>
            <extracomment>The heatmap's steps as contrast ratios: an empty day against the card, the first busy step against an empty day, and each further step against the one before.</extracomment>
            <translation>
                <numerusform>%s: %n Eintrag</numerusform>
                <numerusform>%s: %n Einträge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../ui/history/dialog.py" line="152" />
            <source>&amp;Restore This Version</source>
            <translation>Diese Fassung &amp;wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="155" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="251" />
            <source>Cannot Restore</source>
            <translation>Wiederherstellen nicht möglich</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="196" />
            <source>Each row is this record as one change left it, newest first. Restore writes an earlier version back as a new change (Ctrl+Z undoes it).</source>
            <translation>Jede Zeile zeigt diesen Datensatz, wie eine Änderung ihn hinterlassen hat, die neueste zuerst. Wiederherstellen schreibt eine frühere Fassung als neue Änderung zurück (Strg+Z macht sie rückgängig).</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="124" />
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="124" />
            <source>History of “%1”</source>
            <translation>Verlauf von „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="158" />
            <source>Re&amp;do</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="182" />
            <source>The journal's latest changes, made here, from the command line or on another device. Undo takes back the newest first.</source>
            <translation>Die letzten Änderungen am Journal, gemacht hier, über die Kommandozeile oder auf einem anderen Gerät. Rückgängig nimmt die neueste zuerst zurück.</translation>
        </message>
    </context>
    <context>
        <name>ImpactField</name>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="65" />
            <source>%d – %s (key %d)</source>
            <translation>%d – %s (Taste %d)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="51" />
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../../ui/levels/import_report.py" line="35" />
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <location filename="../../ui/levels/import_report.py" line="60" />
            <source>%1, %2, %3, %4; %5, %6.</source>
            <translation>%1, %2, %3, %4; %5, %6.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="51" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n wurde geändert</numerusform>
                <numerusform>%n wurden geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="34" />
            <source>%n criteria</source>
            <translation>
                <numerusform>%n Kriterium</numerusform>
                <numerusform>%n Kriterien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="50" />
            <source>%n criteria added</source>
            <translation>
                <numerusform>%n Kriterium hinzugefügt</numerusform>
                <numerusform>%n Kriterien hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="32" />
            <source>%n levels</source>
            <translation>
                <numerusform>%n Stufe</numerusform>
                <numerusform>%n Stufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="58" />
            <source>%n links lost with removed criteria</source>
            <translation>
                <numerusform>%n Verknüpfung mit entfernten Kriterien verloren</numerusform>
                <numerusform>%n Verknüpfungen mit entfernten Kriterien verloren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="93" />
            <source>%n notes on what the reader approximated or skipped: see Show Details.</source>
            <translation>
                <numerusform>%n Hinweis dazu, was beim Einlesen angenähert oder übersprungen wurde: siehe „Details einblenden“.</numerusform>
                <numerusform>%n Hinweise dazu, was beim Einlesen angenähert oder übersprungen wurde: siehe „Details einblenden“.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="52" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n wurde entfernt</numerusform>
                <numerusform>%n wurden entfernt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="33" />
            <source>%n topics</source>
            <translation>
                <numerusform>%n Bereich</numerusform>
                <numerusform>%n Bereiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="53" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n blieb unverändert</numerusform>
                <numerusform>%n blieben unverändert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/levels/import_report.py" line="85" />
            <source>Framework Imported</source>
            <translation>Stufenmodell importiert</translation>
        </message>
        <message>
            <location filename="../../ui/levels/import_report.py" line="42" />
            <source>Imported “%1”: %2.</source>
            <translation>„%1“ importiert: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/import_report.py" line="68" />
            <source>No framework is in use: choose one in Preferences › Levels.</source>
            <translation>Kein Stufenmodell in Verwendung: Wählen Sie eines unter Einstellungen › Stufen.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/import_report.py" line="43" />
            <source>Updated “%1” from %2.</source>
            <translation>„%1“ aus %2 aktualisiert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/import_report.py" line="55" />
            <source>evidence kept on %n links</source>
            <translation>
                <numerusform>%n Nachweis-Verknüpfung erhalten</numerusform>
                <numerusform>%n Nachweis-Verknüpfungen erhalten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/levels/import_report.py" line="69" />
            <source>“%1” stays in use; switch frameworks in Preferences › Levels.</source>
            <translation>„%1“ bleibt in Verwendung; das Stufenmodell wechseln Sie unter Einstellungen › Stufen.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="307" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="66" />
            <source>Career Journal backup</source>
            <translation>Career-Journal-Sicherung</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="57" />
            <source>Criterion assessments</source>
            <translation>Einschätzungen der Kriterien</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="58" />
            <source>Criterion evidence links</source>
            <translation>Nachweis-Verknüpfungen der Kriterien</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="70" />
            <source>Day One journal (JSON export)</source>
            <translation>Day-One-Journal (JSON-Export)</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="49" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="53" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="300" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="81" />
            <source>Imported from %1 — %2</source>
            <translation>Importiert aus %1 — %2</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="67" />
            <source>JSON Resume</source>
            <translation>JSON Resume</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="68" />
            <source>LinkedIn data export</source>
            <translation>LinkedIn-Datenexport</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="54" />
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="81" />
            <source>Nothing imported from %1.</source>
            <translation>Nichts importiert aus %1.</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="324" />
            <source>Nothing was imported.

%s</source>
            <translation>Es wurde nichts importiert.

%s</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="56" />
            <source>Progression frameworks</source>
            <translation>Karrierestufenmodelle</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="55" />
            <source>Reviews</source>
            <translation>Beurteilungen</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="59" />
            <source>Role levels</source>
            <translation>Stufen der Rollen</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="48" />
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="50" />
            <source>Skill bands</source>
            <translation>Kompetenzbereiche</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="52" />
            <source>Skill levels</source>
            <translation>Fähigkeitsstufen</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="51" />
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="69" />
            <source>jrnl journal (JSON export)</source>
            <translation>jrnl-Journal (JSON-Export)</translation>
        </message>
    </context>
    <context>
        <name>InboxArea</name>
        <message>
            <location filename="../../ui/inbox/area.py" line="142" />
            <source>&amp;Accept</source>
            <translation>&amp;Annehmen</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="154" />
            <source>&amp;Dismiss</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="146" />
            <source>&amp;Edit and Accept…</source>
            <translation>&amp;Bearbeiten und annehmen…</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="150" />
            <source>&amp;Merge…</source>
            <translation>&amp;Zusammenführen…</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="136" />
            <source>&amp;Next Suggestion</source>
            <translation>&amp;Nächster Vorschlag</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="139" />
            <source>&amp;Previous Suggestion</source>
            <translation>V&amp;orheriger Vorschlag</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="167" />
            <source>&amp;Rescan Now</source>
            <translation>&amp;Jetzt durchsuchen</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="147" />
            <source>Change the entry before it is saved (E)</source>
            <translation>Den Eintrag vor dem Speichern ändern (E)</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="162" />
            <source>Dismiss All from This &amp;Source…</source>
            <translation>Alle aus dieser &amp;Quelle verwerfen…</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="158" />
            <source>Dismiss as D&amp;uplicate</source>
            <translation>Als &amp;Duplikat verwerfen</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="164" />
            <source>Drop every suggestion from the same repository or file (Shift+D)</source>
            <translation>Alle Vorschläge aus demselben Repository oder derselben Datei verwerfen (Umschalt+D)</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="155" />
            <source>Drop the selected suggestions; a rescan never brings them back (D)</source>
            <translation>Die gewählten Vorschläge verwerfen; ein neuer Suchlauf bringt sie nie zurück (D)</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="159" />
            <source>Drop the suggestion: it looks like an entry already in the journal (U)</source>
            <translation>Den Vorschlag verwerfen: Er ähnelt einem Eintrag, der schon im Journal steht (U)</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="168" />
            <source>Look for new evidence in your sources now (F5)</source>
            <translation>Ihre Quellen jetzt nach neuen Nachweisen durchsuchen (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="143" />
            <source>Make each selected suggestion an entry, as suggested (A)</source>
            <translation>Aus jedem gewählten Vorschlag einen Eintrag machen, wie vorgeschlagen (A)</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="151" />
            <source>Make the selected suggestions one entry together (M)</source>
            <translation>Aus den gewählten Vorschlägen zusammen einen Eintrag machen (M)</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="464" />
            <source>Rescan finished.</source>
            <translation>Suchlauf abgeschlossen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/area.py" line="466" />
            <source>Rescan finished: %n new suggestions.</source>
            <translation>
                <numerusform>Suchlauf abgeschlossen: %n neuer Vorschlag.</numerusform>
                <numerusform>Suchlauf abgeschlossen: %n neue Vorschläge.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="471" />
            <source>Rescan stopped: %1</source>
            <translation>Suchlauf abgebrochen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="457" />
            <source>Rescanning %1… (%2 of %3)</source>
            <translation>%1 wird durchsucht… (%2 von %3)</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="265" />
            <source>Rescanning is not available here.</source>
            <translation>Das Durchsuchen der Quellen ist hier nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="448" />
            <source>Rescanning your sources…</source>
            <translation>Ihre Quellen werden durchsucht…</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/area.py" line="207" />
            <source>Suggestions</source>
            <translation>Vorschläge</translation>
        </message>
    </context>
    <context>
        <name>InboxEmptyPage</name>
        <message>
            <location filename="../../ui/inbox/empty.py" line="93" />
            <source>All caught up</source>
            <translation>Alles erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/empty.py" line="54" />
            <source>Choose your repositories, calendars and exports in Preferences › Sources, or harvest from a terminal:</source>
            <translation>Wählen Sie Ihre Repositories, Kalender und Exporte unter Einstellungen › Quellen, oder starten Sie die Suche im Terminal:</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/empty.py" line="95" />
            <source>Nothing in your inbox yet</source>
            <translation>Noch nichts im Posteingang</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/empty.py" line="68" />
            <source>Set Up &amp;Sources…</source>
            <translation>&amp;Quellen einrichten…</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/empty.py" line="45" />
            <source>The inbox reads the traces your work leaves (commits and tags, pull requests and reviews, calendar events, tickets and dated notes) and suggests journal entries from them. Accept, edit, merge or dismiss each one: nothing becomes an entry without you, and nothing leaves this computer.</source>
            <translation>Der Posteingang liest die Spuren, die Ihre Arbeit hinterlässt (Commits und Tags, Pull-Requests und Reviews, Kalendertermine, Tickets und datierte Notizen), und schlägt daraus Journaleinträge vor. Nehmen Sie jeden Vorschlag an, bearbeiten Sie ihn, führen Sie ihn mit anderen zusammen oder verwerfen Sie ihn: Nichts wird ohne Sie zum Eintrag, und nichts verlässt diesen Computer.</translation>
        </message>
    </context>
    <context>
        <name>InboxFlows</name>
        <message>
            <location filename="../../ui/inbox/flows.py" line="287" />
            <source>A rescan is running already.</source>
            <translation>Ein Suchlauf läuft bereits.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="258" />
            <source>A rescan will not bring them back; Edit › Undo will.</source>
            <translation>Ein neuer Suchlauf bringt sie nicht zurück, Bearbeiten › Rückgängig schon.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="156" />
            <source>Accept Suggestion</source>
            <translation>Vorschlag annehmen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="86" />
            <source>Accepted %n suggestions as entries. %1 takes them back.</source>
            <translation>
                <numerusform>%n Vorschlag als Eintrag angenommen. Rückgängig mit %1.</numerusform>
                <numerusform>%n Vorschläge als Einträge angenommen. Rückgängig mit %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="119" />
            <source>Accepted “%1” with %n links. %2 takes it back.</source>
            <translation>
                <numerusform>„%1“ mit %n Verknüpfung angenommen. Rückgängig mit %2.</numerusform>
                <numerusform>„%1“ mit %n Verknüpfungen angenommen. Rückgängig mit %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="111" />
            <source>Accepted “%1” with its links; %n linked right after it, each its own step in Undo.</source>
            <translation>
                <numerusform>„%1“ samt Verknüpfungen angenommen; %n Verknüpfung direkt danach hergestellt, als eigener Schritt beim Rückgängigmachen.</numerusform>
                <numerusform>„%1“ samt Verknüpfungen angenommen; %n Verknüpfungen direkt danach hergestellt, jede als eigener Schritt beim Rückgängigmachen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="83" />
            <location filename="../../ui/inbox/flows.py" line="169" />
            <source>Accepted “%1”. %2 takes it back.</source>
            <translation>„%1“ angenommen. Rückgängig mit %2.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="263" />
            <source>Dismiss All from This Source</source>
            <translation>Alle aus dieser Quelle verwerfen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="257" />
            <source>Dismiss all %n suggestions from %1?</source>
            <translation>
                <numerusform>%n Vorschlag aus %1 verwerfen?</numerusform>
                <numerusform>Alle %n Vorschläge aus %1 verwerfen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="275" />
            <source>Dismissed %n suggestions from %1. %2 takes it back.</source>
            <translation>
                <numerusform>%n Vorschlag aus %1 verworfen. Rückgängig mit %2.</numerusform>
                <numerusform>%n Vorschläge aus %1 verworfen. Rückgängig mit %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="241" />
            <source>Dismissed %n suggestions. %1 takes them back.</source>
            <translation>
                <numerusform>%n Vorschlag verworfen. Rückgängig mit %1.</numerusform>
                <numerusform>%n Vorschläge verworfen. Rückgängig mit %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="239" />
            <source>Dismissed “%1”. %2 takes it back.</source>
            <translation>„%1“ verworfen. Rückgängig mit %2.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="188" />
            <source>Dismissed “%1”: it looks like “%2”, already in the journal. %3 takes it back.</source>
            <translation>„%1“ verworfen: Es ähnelt „%2“, das schon im Journal steht. Rückgängig mit %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="156" />
            <source>Merge %n Suggestions</source>
            <translation>
                <numerusform>%n Vorschlag zusammenführen</numerusform>
                <numerusform>%n Vorschläge zusammenführen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="211" />
            <source>Merge Suggestions</source>
            <translation>Vorschläge zusammenführen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="224" />
            <source>Merged %n suggestions into “%1”. %2 takes it back.</source>
            <translation>
                <numerusform>%n Vorschlag zu „%1“ zusammengeführt. Rückgängig mit %2.</numerusform>
                <numerusform>%n Vorschläge zu „%1“ zusammengeführt. Rückgängig mit %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="79" />
            <location filename="../../ui/inbox/flows.py" line="99" />
            <location filename="../../ui/inbox/flows.py" line="141" />
            <source>Not accepted</source>
            <translation>Nicht angenommen</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="180" />
            <location filename="../../ui/inbox/flows.py" line="236" />
            <location filename="../../ui/inbox/flows.py" line="270" />
            <source>Not dismissed</source>
            <translation>Nicht verworfen</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="127" />
            <source>Not every link was made</source>
            <translation>Nicht alle Verknüpfungen wurden hergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="219" />
            <source>Not merged</source>
            <translation>Nicht zusammengeführt</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="293" />
            <source>Nothing to rescan yet: choose your sources in Preferences › Sources.</source>
            <translation>Noch nichts zu durchsuchen: Wählen Sie Ihre Quellen unter Einstellungen › Quellen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/flows.py" line="212" />
            <source>The %n suggestions become one entry. Its title:</source>
            <translation>
                <numerusform>Der %n Vorschlag wird zu einem Eintrag. Sein Titel:</numerusform>
                <numerusform>Die %n Vorschläge werden zu einem Eintrag. Sein Titel:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="128" />
            <source>The entry is saved, but:</source>
            <translation>Der Eintrag ist gespeichert, aber:</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/flows.py" line="291" />
            <source>This journal is read-only: nothing can be added to its inbox.</source>
            <translation>Dieses Journal ist schreibgeschützt: Seinem Posteingang kann nichts hinzugefügt werden.</translation>
        </message>
    </context>
    <context>
        <name>InboxLinks</name>
        <message>
            <location filename="../../ui/inbox/link_panel.py" line="75" />
            <source>Confirmed links are saved when you accept it.</source>
            <translation>Bestätigte Verknüpfungen werden gespeichert, wenn Sie den Vorschlag annehmen.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/link_panel.py" line="233" />
            <source>Level %1, recorded right after accepting it.</source>
            <translation>Stufe %1, direkt nach dem Annehmen erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/link_panel.py" line="231" />
            <source>Level %1, recorded with the entry when you accept it.</source>
            <translation>Stufe %1, beim Annehmen mit dem Eintrag erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/link_panel.py" line="73" />
            <source>Likely evidence for</source>
            <translation>Wahrscheinlich ein Nachweis für</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/link_panel.py" line="283" />
            <source>Linked right after accepting it: a step of its own in Undo.</source>
            <translation>Direkt nach dem Annehmen verknüpft: ein eigener Schritt beim Rückgängigmachen.</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/link_panel.py" line="194" />
            <source>Looks like %1, already in the journal</source>
            <translation>Ähnelt %1, schon im Journal</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/link_panel.py" line="279" />
            <source>Saved with the entry when you accept it: one step in Undo.</source>
            <translation>Beim Annehmen mit dem Eintrag gespeichert: ein Schritt beim Rückgängigmachen.</translation>
        </message>
    </context>
    <context>
        <name>InboxWords</name>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="121" />
            <source>%n commits</source>
            <translation>
                <numerusform>%n Commit</numerusform>
                <numerusform>%n Commits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="120" />
            <source>%n commits in %1</source>
            <translation>
                <numerusform>%n Commit in %1</numerusform>
                <numerusform>%n Commits in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="159" />
            <source>%n points</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="182" />
            <source>%n reviews given</source>
            <translation>
                <numerusform>%n Review abgegeben</numerusform>
                <numerusform>%n Reviews abgegeben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="197" />
            <source>%n suggestions</source>
            <translation>
                <numerusform>%n Vorschlag</numerusform>
                <numerusform>%n Vorschläge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="127" />
            <source>Conference</source>
            <translation>Konferenz</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="144" />
            <source>Daily series: %n occurrences</source>
            <translation>
                <numerusform>Tägliche Serie: %n Termin</numerusform>
                <numerusform>Tägliche Serie: %n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="142" />
            <source>Fortnightly series: %n occurrences</source>
            <translation>
                <numerusform>Zweiwöchentliche Serie: %n Termin</numerusform>
                <numerusform>Zweiwöchentliche Serie: %n Termine</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="191" />
            <source>Found in %1</source>
            <translation>Gefunden in %1</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="189" />
            <source>From the “%1” heading</source>
            <translation>Unter der Überschrift „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="129" />
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="153" />
            <source>Issue %1</source>
            <translation>Ticket %1</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="130" />
            <source>One-on-one</source>
            <translation>Einzelgespräch</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="108" />
            <source>Pull request #%1</source>
            <translation>Pull-Request #%1</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="106" />
            <source>Pull request #%1 in %2</source>
            <translation>Pull-Request #%1 in %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="146" />
            <source>Series: %n occurrences</source>
            <translation>
                <numerusform>Serie: %n Termin</numerusform>
                <numerusform>Serie: %n Termine</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="176" />
            <source>Tag %1</source>
            <translation>Tag %1</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="174" />
            <source>Tag %1 in %2</source>
            <translation>Tag %1 in %2</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="126" />
            <source>Talk</source>
            <translation>Vortrag</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="128" />
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/inbox/words.py" line="140" />
            <source>Weekly series: %n occurrences</source>
            <translation>
                <numerusform>Wöchentliche Serie: %n Termin</numerusform>
                <numerusform>Wöchentliche Serie: %n Termine</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/inbox/words.py" line="148" />
            <source>from %1 to %2</source>
            <translation>vom %1 bis %2</translation>
        </message>
    </context>
    <context>
        <name>IndexStatus</name>
        <message>
            <location filename="../../ui/meaning/status.py" line="42" />
            <source>Indexing meaning: %1 of %2</source>
            <extracomment>Runs embedding fewer entries than this show no progress (an edit's one or two entries).</extracomment>
            <translation>Bedeutung wird indexiert: %1 von %2</translation>
        </message>
        <message>
            <location filename="../../ui/meaning/status.py" line="45" />
            <source>Search by meaning learns these entries; keep working meanwhile</source>
            <translation>Die Suche nach Bedeutung lernt diese Einträge kennen; arbeiten Sie währenddessen ruhig weiter</translation>
        </message>
    </context>
    <context>
        <name>InsightCards</name>
        <message>
            <location filename="../../ui/insights/cards.py" line="570" />
            <source>%1 years</source>
            <translation>%1 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="477" />
            <source>%s, a promotion</source>
            <translation>%s, eine Beförderung</translation>
        </message>
        <message>
            <location filename="../../ui/insights/heatmap.py" line="135" />
            <source>%s: no entries</source>
            <translation>%s: keine Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="567" />
            <source>(set by you)</source>
            <translation>(von Ihnen gesetzt)</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="282" />
            <source>12-month average impact</source>
            <translation>Ø-Wirkung 12 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="281" />
            <source>3-month average impact</source>
            <translation>Ø-Wirkung 3 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="244" />
            <source>Big leaps vs incremental gains</source>
            <translation>Große Sprünge vs. kleine Schritte</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="510" />
            <source>Cadence</source>
            <translation>Rhythmus</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="554" />
            <source>Career stage</source>
            <translation>Karrierephase</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="573" />
            <source>Career start %1, %2.</source>
            <translation>Karrierebeginn %1, %2.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="467" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/insights/heatmap.py" line="84" />
            <source>Entries per day over the last year</source>
            <translation>Einträge pro Tag im letzten Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="467" />
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="490" />
            <source>Functions worked in: %s</source>
            <translation>Ausgeübte Funktionen: %s</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="493" />
            <source>Functions worked in: none recorded yet.</source>
            <translation>Ausgeübte Funktionen: noch keine erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="434" />
            <source>Lattice</source>
            <translation>Karrieregitter</translation>
        </message>
        <message>
            <location filename="../../ui/insights/heatmap.py" line="235" />
            <source>Less</source>
            <translation>Weniger</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="279" />
            <source>Momentum</source>
            <translation>Schwung</translation>
        </message>
        <message>
            <location filename="../../ui/insights/heatmap.py" line="235" />
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="467" />
            <source>Move</source>
            <translation>Wechsel</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="406" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="579" />
            <source>No career start yet: set it in your profile, or add a role or an entry.</source>
            <translation>Noch kein Karrierebeginn: Legen Sie ihn in Ihrem Profil fest, oder fügen Sie eine Rolle oder einen Eintrag hinzu.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="448" />
            <source>No lateral or diagonal moves yet.</source>
            <translation>Noch keine seitlichen oder diagonalen Wechsel.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="399" />
            <source>No micro-progressions in the last 12 months.</source>
            <translation>Keine Mikro-Fortschritte in den letzten 12 Monaten.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="467" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="374" />
            <source>Role fragmentation</source>
            <translation>Rollenzersplitterung</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="385" />
            <source>Spread over many areas with no formal recognition: the work may go unseen.</source>
            <translation>Auf viele Bereiche verteilt, ohne formale Anerkennung: Die Arbeit bleibt womöglich unbemerkt.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="406" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="511" />
            <source>current streak</source>
            <translation>aktuelle Serie</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="436" />
            <source>diagonal moves</source>
            <translation>diagonale Wechsel</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="377" />
            <source>formally recognised</source>
            <translation>formal anerkannt</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="435" />
            <source>lateral moves</source>
            <translation>seitliche Wechsel</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="512" />
            <source>longest streak</source>
            <translation>längste Serie</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="246" />
            <source>micro-progressions</source>
            <translation>Mikro-Fortschritte</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="376" />
            <source>micro-progressions, 12 months</source>
            <translation>Mikro-Fortschritte, 12 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="438" />
            <source>new employers</source>
            <translation>neue Arbeitgeber</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="245" />
            <location filename="../../ui/insights/cards.py" line="437" />
            <source>promotions</source>
            <translation>Beförderungen</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="514" />
            <source>since feedback was sought</source>
            <translation>seit Feedback eingeholt wurde</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="515" />
            <source>since recognition</source>
            <translation>seit Anerkennung</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="556" />
            <source>since the career start</source>
            <translation>seit Karrierebeginn</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="247" />
            <source>since the last promotion</source>
            <translation>seit der letzten Beförderung</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="375" />
            <source>spread (0 focused, 1 even)</source>
            <translation>Streuung (0 fokussiert, 1 gleichmäßig)</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="555" />
            <source>stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="280" />
            <source>trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <location filename="../../ui/insights/cards.py" line="513" />
            <source>weeks active, last 52</source>
            <translation>aktive Wochen, letzte 52</translation>
        </message>
    </context>
    <context>
        <name>InsightWords</name>
        <message>
            <location filename="../../ui/insights/words.py" line="54" />
            <source>%1 years</source>
            <translation>%1 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="123" />
            <source>%1: mid-career, breadth counts.</source>
            <translation>%1: In der Mitte der Karriere zählt Breite.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="330" />
            <source>%1: name that breadth in your next review.</source>
            <translation>%1: Sprechen Sie diese Breite in Ihrer nächsten Beurteilung an.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/guidance.py" line="44" />
            <location filename="../../ui/insights/words.py" line="357" />
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="62" />
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="316" />
            <source>%n diagonal moves</source>
            <translation>
                <numerusform>%n diagonalen Wechsel</numerusform>
                <numerusform>%n diagonalen Wechseln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="311" />
            <source>%n lateral moves</source>
            <translation>
                <numerusform>%n seitlichen Wechsel</numerusform>
                <numerusform>%n seitlichen Wechseln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="131" />
            <source>%n micro-progressions and %1: keep the small steps coming, they are the evidence for the next leap.</source>
            <translation>
                <numerusform>%n Mikro-Fortschritt und %1: Bleiben Sie bei den kleinen Schritten, sie sind der Nachweis für den nächsten Sprung.</numerusform>
                <numerusform>%n Mikro-Fortschritte und %1: Bleiben Sie bei den kleinen Schritten, sie sind der Nachweis für den nächsten Sprung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="254" />
            <location filename="../../ui/insights/words.py" line="256" />
            <source>%n micro-progressions in the last 12 months (%1): too few to judge fragmentation (%2 needed).</source>
            <translation>
                <numerusform>%n Mikro-Fortschritt in den letzten 12 Monaten (%1): zu wenige, um die Zersplitterung zu beurteilen (%2 nötig).</numerusform>
                <numerusform>%n Mikro-Fortschritte in den letzten 12 Monaten (%1): zu wenige, um die Zersplitterung zu beurteilen (%2 nötig).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="121" />
            <source>%n micro-progressions so far: record promotions as new roles (move kind promotion) to see the big leaps against them.</source>
            <translation>
                <numerusform>Bisher %n Mikro-Fortschritt: Erfassen Sie Beförderungen als neue Rollen (Wechsel „Beförderung“), um die großen Sprünge daneben zu sehen.</numerusform>
                <numerusform>Bisher %n Mikro-Fortschritte: Erfassen Sie Beförderungen als neue Rollen (Wechsel „Beförderung“), um die großen Sprünge daneben zu sehen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="127" />
            <source>%n promotions</source>
            <translation>
                <numerusform>%n Beförderung</numerusform>
                <numerusform>%n Beförderungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="161" />
            <source>(the 12-month one over the %1 months since your first entry)</source>
            <translation>(der 12-Monats-Schnitt über die %1 Monate seit Ihrem ersten Eintrag)</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="155" />
            <source>3-month average %1 vs 12-month %2 impact points per month</source>
            <translation>3-Monats-Schnitt %1 gegenüber 12-Monats-Schnitt %2 Wirkungspunkte pro Monat</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="370" />
            <source>A %n-week streak (longest %1): keep the weekly habit going.</source>
            <translation>
                <numerusform>Eine Serie von %n Woche (längste %1): Bleiben Sie bei der wöchentlichen Gewohnheit.</numerusform>
                <numerusform>Eine Serie von %n Wochen (längste %1): Bleiben Sie bei der wöchentlichen Gewohnheit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="365" />
            <source>Add an entry a week to build a streak.</source>
            <translation>Schreiben Sie jede Woche einen Eintrag, um eine Serie aufzubauen.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="324" />
            <source>Add your roles (title, function, level, how each began) to see your lattice.</source>
            <translation>Erfassen Sie Ihre Rollen (Titel, Funktion, Stufe, wie jede begann), um Ihr Karrieregitter zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="85" />
            <source>Ask for feedback every month or two and record it as a feedback entry.</source>
            <translation>Bitten Sie alle ein bis zwei Monate um Feedback und erfassen Sie es als Feedback-Eintrag.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/guidance.py" line="106" />
            <source>Build the foundation: %n entries of skill, certification or learning in the last 12 months.</source>
            <translation>
                <numerusform>Legen Sie das Fundament: %n Eintrag zu Fähigkeit, Zertifizierung oder Lernen in den letzten 12 Monaten.</numerusform>
                <numerusform>Legen Sie das Fundament: %n Einträge zu Fähigkeit, Zertifizierung oder Lernen in den letzten 12 Monaten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="221" />
            <source>Each micro-progression since %1 is placed in an area: its role's function if set, else its first tag (alphabetically, shown as #tag), else its kind; the spread is the normalised Shannon entropy over the areas (0: all in one area, 1: evenly spread); it warns at 0.75 or more over 8 or more entries with no promotion, review or recognition entry in the same months.</source>
            <translation>Jeder Mikro-Fortschritt seit %1 wird einem Bereich zugeordnet: der Funktion seiner Rolle, falls gesetzt, sonst seinem ersten Tag (alphabetisch, als #Tag gezeigt), sonst seiner Art; die Streuung ist die normierte Shannon-Entropie über die Bereiche (0: alles in einem Bereich, 1: gleichmäßig verteilt); gewarnt wird ab 0,75 bei 8 oder mehr Einträgen ohne Beförderung, Beurteilung oder Anerkennungseintrag in denselben Monaten.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="441" />
            <source>Early career</source>
            <translation>Frühe Karrierephase</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="327" />
            <source>Every move so far was a promotion or a new employer: a lateral or diagonal move is another way to grow.</source>
            <translation>Jeder Wechsel bisher war eine Beförderung oder ein neuer Arbeitgeber: Ein seitlicher oder diagonaler Wechsel ist ein anderer Weg zu wachsen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="276" />
            <location filename="../../ui/insights/words.py" line="277" />
            <source>Focused (spread %1): %2 of %n micro-progressions in %3</source>
            <translation>
                <numerusform>Fokussiert (Streuung %1): %2 von %n Mikro-Fortschritt in %3</numerusform>
                <numerusform>Fokussiert (Streuung %1): %2 von %n Mikro-Fortschritten in %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="473" />
            <source>From %1, %2: %3 years.</source>
            <translation>Ab %1, %2: %3 Jahre.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/guidance.py" line="116" />
            <source>Journal weekly: your current streak is %n weeks (longest %1).</source>
            <translation>
                <numerusform>Schreiben Sie wöchentlich: Ihre aktuelle Serie ist %n Woche lang (längste %1).</numerusform>
                <numerusform>Schreiben Sie wöchentlich: Ihre aktuelle Serie ist %n Wochen lang (längste %1).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="445" />
            <source>Late career</source>
            <translation>Späte Karrierephase</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="135" />
            <source>Late in a career, steady increments matter more than titles: momentum is %1.</source>
            <translation>Spät in der Karriere zählen stetige Schritte mehr als Titel: Der Schwung ist %1.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="443" />
            <source>Mid-career</source>
            <translation>Mittlere Karrierephase</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="88" />
            <source>Mid-career, a lateral or diagonal move broadens you as much as a promotion; you have made none yet.</source>
            <translation>In der Mitte der Karriere erweitert ein seitlicher oder diagonaler Wechsel Sie ebenso wie eine Beförderung; Sie haben noch keinen gemacht.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="185" />
            <source>Momentum has slowed: one small entry a week keeps it going.</source>
            <translation>Der Schwung hat nachgelassen: Ein kleiner Eintrag pro Woche hält ihn aufrecht.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="183" />
            <source>Momentum is rising: a good time to turn recent wins into evidence for a goal.</source>
            <translation>Der Schwung steigt: eine gute Zeit, jüngste Erfolge in Nachweise für ein Ziel zu verwandeln.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="187" />
            <source>Momentum is steady: keep recording the small steps.</source>
            <translation>Der Schwung ist stetig: Erfassen Sie weiter die kleinen Schritte.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/guidance.py" line="140" />
            <source>Networking: %n entries in the last 12 months; mentoring and sponsoring others is recognition too.</source>
            <translation>
                <numerusform>Netzwerk: %n Eintrag in den letzten 12 Monaten; andere zu fördern und zu begleiten ist auch Anerkennung.</numerusform>
                <numerusform>Netzwerk: %n Einträge in den letzten 12 Monaten; andere zu fördern und zu begleiten ist auch Anerkennung.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="367" />
            <source>No entry this week or last: one small step now starts a new streak.</source>
            <translation>Kein Eintrag in dieser oder der letzten Woche: Ein kleiner Schritt jetzt beginnt eine neue Serie.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="75" />
            <source>No promotions recorded yet.</source>
            <translation>Noch keine Beförderungen erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="92" />
            <source>No recognition recorded yet: make your work visible to whoever decides promotions, and record the praise you get.</source>
            <translation>Noch keine Anerkennung erfasst: Machen Sie Ihre Arbeit für die sichtbar, die über Beförderungen entscheiden, und erfassen Sie das Lob, das Sie bekommen.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="66" />
            <source>Not enough data yet: %1</source>
            <translation>Noch zu wenig Daten: %1</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="480" />
            <source>Not enough data yet: set your career start in the profile, or add a role or entry.</source>
            <translation>Noch zu wenig Daten: Legen Sie Ihren Karrierebeginn im Profil fest, oder fügen Sie eine Rolle oder einen Eintrag hinzu.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="446" />
            <source>Not known yet</source>
            <translation>Noch unbekannt</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="63" />
            <source>Pin a next-promotion goal with milestones, agreed with your manager, to make the next step concrete.</source>
            <translation>Heften Sie ein Ziel für die nächste Beförderung mit Meilensteinen an, abgestimmt mit Ihrer Führungskraft, um den nächsten Schritt greifbar zu machen.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="100" />
            <source>Promotions are role changes of kind promotion, diagonal moves and new employers to a higher level rank, and role changes or other days with a promotion entry; the curve counts micro-progression entries (every kind but promotion and other) up to the end of each month; the average interval is the mean gap between consecutive promotions.</source>
            <translation>Beförderungen sind Rollenwechsel der Art Beförderung, diagonale Wechsel und neue Arbeitgeber auf eine höhere Stufe sowie Rollenwechsel oder andere Tage mit einem Beförderungseintrag; die Kurve zählt Mikro-Fortschritte (jede Art außer Beförderung und Sonstiges) bis zum Ende jedes Monats; der durchschnittliche Abstand ist der mittlere Abstand zwischen aufeinanderfolgenden Beförderungen.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="82" />
            <source>Record one small step a week: a skill practised, a project shipped, praise received.</source>
            <translation>Erfassen Sie jede Woche einen kleinen Schritt: eine geübte Fähigkeit, ein ausgeliefertes Projekt, erhaltenes Lob.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="188" />
            <source>Record small steps (a skill practised, a project shipped) to see momentum.</source>
            <translation>Erfassen Sie kleine Schritte (eine geübte Fähigkeit, ein ausgeliefertes Projekt), um den Schwung zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="117" />
            <source>Record small steps (skills, projects, feedback): they add up to the next leap.</source>
            <translation>Erfassen Sie kleine Schritte (Fähigkeiten, Projekte, Feedback): Sie summieren sich zum nächsten Sprung.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="251" />
            <source>Record small steps to see where your work goes.</source>
            <translation>Erfassen Sie kleine Schritte, um zu sehen, wohin Ihre Arbeit geht.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="485" />
            <source>Set to %1 in your profile (computed: %2).</source>
            <translation>Im Profil festgelegt: %1 (berechnet: %2).</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="490" />
            <source>Set to %1 in your profile.</source>
            <translation>Im Profil festgelegt: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="78" />
            <source>Set your career start in the profile (or add your first role) to get guidance for your career stage.</source>
            <translation>Legen Sie Ihren Karrierebeginn im Profil fest (oder erfassen Sie Ihre erste Rolle), um Hinweise für Ihre Karrierephase zu bekommen.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="267" />
            <source>Spread over %1 areas (spread %2): %3; but recognised (%4 on %5).</source>
            <translation>Auf %1 Bereiche verteilt (Streuung %2): %3; aber anerkannt (%4 am %5).</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="171" />
            <source>Sum of impact (1-5) of micro-progressions per calendar month over the last 24 months (this month so far); the averages are the impact of the last 3 and 12 months up to today, per month; the trend is up or down when the 3-month average is 15% above or below the 12-month one, else steady.</source>
            <translation>Summe der Wirkung (1–5) der Mikro-Fortschritte je Kalendermonat über die letzten 24 Monate (dieser Monat bis heute); die Durchschnitte sind die Wirkung der letzten 3 und 12 Monate bis heute, pro Monat; der Trend ist steigend oder fallend, wenn der 3-Monats-Schnitt 15% über oder unter dem 12-Monats-Schnitt liegt, sonst stetig.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="93" />
            <source>That is about your usual interval.</source>
            <translation>Das entspricht etwa Ihrem üblichen Abstand.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="91" />
            <source>That is longer than your usual interval.</source>
            <translation>Das ist länger als Ihr üblicher Abstand.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="92" />
            <source>That is well within your usual interval.</source>
            <translation>Das liegt gut innerhalb Ihres üblichen Abstands.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="464" />
            <source>The stage is the years since your career start: early under 5 years, mid from 5 to 15, late over 15.</source>
            <translation>Die Phase ergibt sich aus den Jahren seit Ihrem Karrierebeginn: früh unter 5 Jahren, mittel von 5 bis 15, spät über 15.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="125" />
            <source>Watch fragmentation: %1</source>
            <translation>Achten Sie auf Zersplitterung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="339" />
            <source>Weeks begin on %1 (your setting); a week counts when it has at least one entry; the current streak includes this week if it has an entry, else it ends last week, and the share covers the 52 weeks up to that week; feedback is the last feedback entry, recognition the last recognition entry or promotion; the heatmap counts entries per day over the last 365 days.</source>
            <translation>Wochen beginnen am %1 (Ihre Einstellung); eine Woche zählt, wenn sie mindestens einen Eintrag hat; die aktuelle Serie schließt diese Woche ein, wenn sie einen Eintrag hat, sonst endet sie letzte Woche, und der Anteil umfasst die 52 Wochen bis zu dieser Woche; Feedback ist der letzte Feedback-Eintrag, Anerkennung der letzte Anerkennungseintrag oder die letzte Beförderung; die Heatmap zählt die Einträge pro Tag über die letzten 365 Tage.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="113" />
            <source>You are past your usual promotion interval: gather your evidence and ask what the next level needs.</source>
            <translation>Sie haben Ihren üblichen Beförderungsabstand überschritten: Sammeln Sie Ihre Nachweise und fragen Sie, was die nächste Stufe verlangt.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="352" />
            <source>You have not recorded any feedback yet: ask someone for one thing to improve.</source>
            <translation>Sie haben noch kein Feedback erfasst: Fragen Sie jemanden nach einer Sache, die Sie verbessern können.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="22" />
            <source>You have not recorded any feedback yet: early on, ask for it every month or two; it is the fastest way to learn.</source>
            <translation>Sie haben noch kein Feedback erfasst: Bitten Sie früh in der Karriere alle ein bis zwei Monate darum; so lernen Sie am schnellsten.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="27" />
            <source>You have not recorded any feedback yet: senior people get less feedback unprompted, so ask for it.</source>
            <translation>Sie haben noch kein Feedback erfasst: Erfahrene Leute bekommen seltener ungefragt Feedback, also bitten Sie darum.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="354" />
            <source>You have not recorded feedback in %1: ask for some this week.</source>
            <translation>Sie haben seit %1 kein Feedback erfasst: Bitten Sie diese Woche darum.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="35" />
            <source>You have not recorded feedback in %1: early on, ask for it every month or two; it is the fastest way to learn.</source>
            <translation>Sie haben seit %1 kein Feedback erfasst: Bitten Sie früh in der Karriere alle ein bis zwei Monate darum; so lernen Sie am schnellsten.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="40" />
            <source>You have not recorded feedback in %1: senior people get less feedback unprompted, so ask for it.</source>
            <translation>Sie haben seit %1 kein Feedback erfasst: Erfahrene Leute bekommen seltener ungefragt Feedback, also bitten Sie darum.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="305" />
            <source>You have worked in %n functions with %1 and %2</source>
            <translation>
                <numerusform>Sie haben in %n Funktion gearbeitet, mit %1 und %2</numerusform>
                <numerusform>Sie haben in %n Funktionen gearbeitet, mit %1 und %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="47" />
            <source>You last recorded feedback %1: early on, ask for it every month or two; it is the fastest way to learn.</source>
            <translation>Ihr letztes Feedback haben Sie %1 erfasst: Bitten Sie früh in der Karriere alle ein bis zwei Monate darum; so lernen Sie am schnellsten.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="52" />
            <source>You last recorded feedback %1: senior people get less feedback unprompted, so ask for it.</source>
            <translation>Ihr letztes Feedback haben Sie %1 erfasst: Erfahrene Leute bekommen seltener ungefragt Feedback, also bitten Sie darum.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="238" />
            <location filename="../../ui/insights/words.py" line="240" />
            <source>Your last 12 months' %n micro-progressions are spread over %1 areas (spread %2): %3; none of it was formally recognised. Ask for a review or recognition of the whole, or choose the area to grow in.</source>
            <translation>
                <numerusform>Ihr %n Mikro-Fortschritt der letzten 12 Monate verteilt sich auf %1 Bereiche (Streuung %2): %3; nichts davon wurde formal anerkannt. Bitten Sie um eine Beurteilung oder Anerkennung des Ganzen, oder wählen Sie den Bereich, in dem Sie wachsen wollen.</numerusform>
                <numerusform>Ihre %n Mikro-Fortschritte der letzten 12 Monate verteilen sich auf %1 Bereiche (Streuung %2): %3; nichts davon wurde formal anerkannt. Bitten Sie um eine Beurteilung oder Anerkennung des Ganzen, oder wählen Sie den Bereich, in dem Sie wachsen wollen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="79" />
            <source>Your last promotion was %1 ago (%2); with one promotion there is no average interval yet.</source>
            <translation>Ihre letzte Beförderung ist %1 her (%2); bei nur einer Beförderung gibt es noch keinen durchschnittlichen Abstand.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="86" />
            <source>Your last promotion was %1 ago; your average interval is %2.</source>
            <translation>Ihre letzte Beförderung ist %1 her; Ihr durchschnittlicher Abstand beträgt %2.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="361" />
            <source>Your last recognition was %1: make recent wins visible.</source>
            <translation>Ihre letzte Anerkennung war %1: Machen Sie jüngste Erfolge sichtbar.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="130" />
            <source>Your last recognition was %1: make sure your work is visible to whoever decides promotions.</source>
            <translation>Ihre letzte Anerkennung war %1: Sorgen Sie dafür, dass Ihre Arbeit für die sichtbar ist, die über Beförderungen entscheiden.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/guidance.py" line="67" />
            <source>Your next-promotion goal “%1” is %2 done.</source>
            <translation>Ihr Ziel für die nächste Beförderung, „%1“, ist zu %2 erledigt.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="291" />
            <source>Your roles by how each began: lateral moves (another function or team at the same level) and diagonal moves (another function and level) are listed; promotions are the role changes that count as one (a diagonal move to a higher level is both); the functions are your roles' distinct functions in the order you first held them.</source>
            <translation>Ihre Rollen danach, wie jede begann: Seitliche Wechsel (andere Funktion oder anderes Team auf derselben Stufe) und diagonale Wechsel (andere Funktion und Stufe) werden aufgeführt; Beförderungen sind die Rollenwechsel, die als solche zählen (ein diagonaler Wechsel auf eine höhere Stufe ist beides); die Funktionen sind die verschiedenen Funktionen Ihrer Rollen in der Reihenfolge, in der Sie sie zuerst innehatten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="207" />
            <source>and %n others</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="165" />
            <source>down</source>
            <translation>fallend</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="451" />
            <source>early</source>
            <translation>früh</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="459" />
            <source>from your first entry</source>
            <translation>aus Ihrem ersten Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="458" />
            <source>from your first role</source>
            <translation>aus Ihrer ersten Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="456" />
            <source>from your profile</source>
            <translation>aus Ihrem Profil</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="451" />
            <source>late</source>
            <translation>spät</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="451" />
            <source>mid</source>
            <translation>mittel</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="346" />
            <source>no entries recorded.</source>
            <translation>keine Einträge erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="228" />
            <source>no micro-progressions in the last 12 months.</source>
            <translation>keine Mikro-Fortschritte in den letzten 12 Monaten.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="177" />
            <source>no micro-progressions recorded.</source>
            <translation>keine Mikro-Fortschritte erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="106" />
            <source>no promotions or micro-progressions recorded.</source>
            <translation>keine Beförderungen oder Mikro-Fortschritte erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="297" />
            <source>no roles recorded.</source>
            <translation>keine Rollen erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="153" />
            <source>none: no micro-progressions in the last 12 months</source>
            <translation>keiner: keine Mikro-Fortschritte in den letzten 12 Monaten</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="164" />
            <source>none: under 3 months of history; %1</source>
            <translation>keiner: weniger als 3 Monate Verlauf; %1</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="213" />
            <source>promotion: %1</source>
            <translation>Beförderung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="216" />
            <source>recognition entry</source>
            <translation>Anerkennungseintrag</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="215" />
            <source>review</source>
            <translation>Beurteilung</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="165" />
            <source>steady</source>
            <translation>stetig</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="59" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="165" />
            <source>up</source>
            <translation>steigend</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="61" />
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="471" />
            <source>your first entry</source>
            <translation>Ihrem ersten Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="470" />
            <source>your first role's start</source>
            <translation>dem Beginn Ihrer ersten Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="469" />
            <source>your profile's career start</source>
            <translation>dem Karrierebeginn in Ihrem Profil</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="147" />
            <source>→ Steady</source>
            <translation>→ Stetig</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="143" />
            <source>↗ Rising</source>
            <translation>↗ Steigend</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="145" />
            <source>↘ Falling</source>
            <translation>↘ Fallend</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <location filename="../../ui/journal/view.py" line="129" />
            <source>&amp;Edit Entry…</source>
            <translation>Eintrag &amp;bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="144" />
            <source>&amp;Restore from Trash</source>
            <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/empty_state.py" line="49" />
            <source>Clear filters</source>
            <translation>Filter löschen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="518" />
            <source>Entries you delete wait here until restored.</source>
            <translation>Gelöschte Einträge warten hier, bis Sie sie wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="189" />
            <source>Journal entries</source>
            <translation>Journaleinträge</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="135" />
            <source>Move to &amp;Trash</source>
            <translation>In den &amp;Papierkorb</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="522" />
            <source>New entries appear here as you write them.</source>
            <translation>Neue Einträge erscheinen hier, sobald Sie sie schreiben.</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="509" />
            <source>No entries match these filters</source>
            <translation>Keine Einträge passen zu diesen Filtern</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="521" />
            <source>No entries yet</source>
            <translation>Noch keine Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="397" />
            <source>Not moved to trash</source>
            <translation>Nicht in den Papierkorb verschoben</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="401" />
            <source>Not restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="511" />
            <source>Nothing in the trash matches these filters.</source>
            <translation>Nichts im Papierkorb passt zu diesen Filtern.</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="168" />
            <source>Reset Columns</source>
            <translation>Spalten zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="517" />
            <source>The trash is empty</source>
            <translation>Der Papierkorb ist leer</translation>
        </message>
        <message>
            <location filename="../../ui/journal/view.py" line="513" />
            <source>Try fewer filters or other search words.</source>
            <translation>Versuchen Sie weniger Filter oder andere Suchwörter.</translation>
        </message>
    </context>
    <context>
        <name>LeapsChart</name>
        <message>
            <location filename="../../ui/insights/charts.py" line="282" />
            <source>Micro-progressions so far</source>
            <translation>Mikro-Fortschritte bisher</translation>
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="195" />
            <source>No progressions or promotions yet.</source>
            <extracomment>Promotion labels: rows under the top of the plot, and the gap to lines and each other (px). A label elided to less than this (px) goes left of its line, if it fits there. Narrower than this (px), a label is not shown at all: "…" alone says nothing.</extracomment>
            <translation>Noch keine Fortschritte oder Beförderungen.</translation>
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="283" />
            <source>Promotion</source>
            <translation>Beförderung</translation>
        </message>
    </context>
    <context>
        <name>LeapsView</name>
        <message numerus="yes">
            <location filename="../../ui/insights/cards.py" line="258" />
            <source>%n days</source>
            <extracomment>The warning's frame and icon (amber), for light and dark backgrounds. How many areas the fragmentation bars show at most.</extracomment>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LevelsEmptyPage</name>
        <message>
            <location filename="../../ui/levels/empty.py" line="47" />
            <source>&amp;Import a Framework File…</source>
            <translation>Stufenmodell-Datei &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../ui/levels/empty.py" line="34" />
            <source>A progression framework is your employer's description of each level: what someone at that level is expected to show, topic by topic. Bring yours in to see which criteria of your next level you already meet, link journal entries as evidence, and turn the rest into a promotion goal.</source>
            <translation>Ein Karrierestufenmodell ist die Beschreibung Ihres Arbeitgebers für jede Stufe: was jemand auf dieser Stufe zeigen soll, Bereich für Bereich. Importieren Sie Ihres, um zu sehen, welche Kriterien Ihrer nächsten Stufe Sie schon erfüllen, verknüpfen Sie Journaleinträge als Nachweise und machen Sie aus dem Rest ein Beförderungsziel.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/empty.py" line="29" />
            <source>No progression framework yet</source>
            <translation>Noch kein Karrierestufenmodell</translation>
        </message>
        <message>
            <location filename="../../ui/levels/empty.py" line="44" />
            <source>Start From a &amp;Published Framework…</source>
            <translation>Mit &amp;veröffentlichtem Stufenmodell starten…</translation>
        </message>
    </context>
    <context>
        <name>LevelsFlows</name>
        <message>
            <location filename="../../ui/levels/flows.py" line="112" />
            <source>%1 takes it back.</source>
            <translation>Rückgängig mit %1.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="114" />
            <source>%1 takes them back one at a time.</source>
            <translation>Einzeln rückgängig mit %1.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="69" />
            <source>Assessed “%1”: %2. %3 takes it back.</source>
            <translation>„%1“ eingeschätzt: %2. Rückgängig mit %3.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="81" />
            <source>Assessment deleted. %1 takes it back.</source>
            <translation>Einschätzung gelöscht. Rückgängig mit %1.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="125" />
            <source>Entry unlinked. %1 takes it back.</source>
            <translation>Verknüpfung des Eintrags gelöst. Rückgängig mit %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/flows.py" line="108" />
            <source>Linked %n entries.</source>
            <translation>
                <numerusform>%n Eintrag verknüpft.</numerusform>
                <numerusform>%n Einträge verknüpft.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="143" />
            <source>Made the goal “%1”. %2 takes it back.</source>
            <translation>Ziel „%1“ angelegt. Rückgängig mit %2.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="139" />
            <source>No goal made</source>
            <translation>Kein Ziel angelegt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="64" />
            <source>Not assessed</source>
            <translation>Nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="78" />
            <source>Not deleted</source>
            <translation>Nicht gelöscht</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="103" />
            <source>Not linked</source>
            <translation>Nicht verknüpft</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="106" />
            <location filename="../../ui/levels/flows.py" line="123" />
            <source>Not unlinked</source>
            <translation>Verknüpfung nicht gelöst</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="155" />
            <source>Promotion Goal Made</source>
            <translation>Beförderungsziel angelegt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/flows.py" line="196" />
            <source>This is not available in this build.</source>
            <translation>Das ist in dieser Version nicht verfügbar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/flows.py" line="110" />
            <source>Unlinked %n entries.</source>
            <translation>
                <numerusform>Verknüpfung von %n Eintrag gelöst.</numerusform>
                <numerusform>Verknüpfung von %n Einträgen gelöst.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/flows.py" line="147" />
            <source>“%1” is now a goal with %n milestones, one per criterion of %2. Show it in Goals?</source>
            <translation>
                <numerusform>„%1“ ist jetzt ein Ziel mit %n Meilenstein, einem je Kriterium von %2. Unter Ziele zeigen?</numerusform>
                <numerusform>„%1“ ist jetzt ein Ziel mit %n Meilensteinen, einem je Kriterium von %2. Unter Ziele zeigen?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LevelsPage</name>
        <message>
            <location filename="../../ui/preferences_levels.py" line="112" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="195" />
            <source>%1; imported from %2 on %3.</source>
            <translation>%1; importiert aus %2 am %3.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="105" />
            <source>B from</source>
            <translation>B ab</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="105" />
            <source>C from</source>
            <translation>C ab</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="153" />
            <source>Criteria count as met b&amp;y:</source>
            <translation>Kriterien gelten als erfüllt b&amp;ei:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="105" />
            <source>D from</source>
            <translation>D ab</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="105" />
            <source>E from</source>
            <translation>E ab</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="250" />
            <source>Each threshold must be higher than the one before: B from, then C, D and E from ever larger shares.</source>
            <translation>Jede Schwelle muss höher sein als die vorige: B ab, dann C, D und E ab immer größeren Anteilen.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="89" />
            <source>Framework in use:</source>
            <translation>Verwendetes Stufenmodell:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="301" />
            <source>Its criteria go, with your assessments and the entries' links to them; the entries stay. Edit › Undo brings it all back.</source>
            <translation>Seine Kriterien werden entfernt, samt Ihren Einschätzungen und den Verknüpfungen der Einträge damit; die Einträge bleiben. Bearbeiten › Rückgängig holt alles zurück.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="225" />
            <source>No framework is in use: choose one.</source>
            <translation>Kein Stufenmodell in Verwendung: Wählen Sie eines.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="216" />
            <source>No progression framework in this journal yet: use a published one or import your own in the Levels area, then set how its rubric is computed here.</source>
            <translation>Noch kein Karrierestufenmodell in diesem Journal: Verwenden Sie ein veröffentlichtes oder importieren Sie Ihr eigenes im Bereich Stufen, und legen Sie dann hier fest, wie seine Auswertung berechnet wird.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="78" />
            <source>None in use</source>
            <extracomment>A framework's settings as the page holds them: thresholds in whole percent, and the rule.</extracomment>
            <translation>Keines in Verwendung</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="103" />
            <source>Position within a level</source>
            <translation>Position innerhalb einer Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="138" />
            <source>Readiness for a level</source>
            <translation>Bereitschaft für eine Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="146" />
            <source>Readiness is the share of a level's criteria that count as met under this rule, overall and topic by topic.</source>
            <translation>Die Bereitschaft ist der Anteil der Kriterien einer Stufe, die nach dieser Regel als erfüllt gelten, insgesamt und Bereich für Bereich.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="305" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="296" />
            <source>Remove Framework</source>
            <translation>Stufenmodell entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="80" />
            <source>Remove Framework…</source>
            <translation>Stufenmodell entfernen…</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="298" />
            <source>Remove “%1” from this journal?</source>
            <translation>„%1“ aus diesem Journal entfernen?</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="113" />
            <source>Sub-level %1 starts at</source>
            <translation>Position %1 beginnt bei</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="228" />
            <source>These settings are the framework's: they travel with the journal file.</source>
            <translation>Diese Einstellungen gehören zum Stufenmodell: Sie werden in der Journaldatei gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="222" />
            <source>This journal is read-only: its framework settings cannot be changed.</source>
            <translation>Dieses Journal ist schreibgeschützt: Die Einstellungen seines Stufenmodells lassen sich nicht ändern.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_levels.py" line="125" />
            <source>Your position is the share of your level's criteria whose latest assessment is “consistently”: A below the B threshold, E from the E threshold on.</source>
            <translation>Ihre Position ist der Anteil der Kriterien Ihrer Stufe, deren letzte Einschätzung „durchgehend“ lautet: A unter der Schwelle für B, E ab der Schwelle für E.</translation>
        </message>
    </context>
    <context>
        <name>LevelsStart</name>
        <message>
            <location filename="../../ui/levels/start.py" line="201" />
            <source>Framework Not Imported</source>
            <translation>Stufenmodell nicht importiert</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="242" />
            <source>Import a Progression Framework</source>
            <translation>Karrierestufenmodell importieren</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="204" />
            <source>Nothing was changed.</source>
            <translation>Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="244" />
            <source>Progression frameworks (*.md *.yaml *.yml *.csv);;All files (*)</source>
            <translation>Karrierestufenmodelle (*.md *.yaml *.yml *.csv);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>LevelsView</name>
        <message>
            <location filename="../../ui/levels/view.py" line="136" />
            <source>&amp;Import Framework…</source>
            <translation>Stufenmodell &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="117" />
            <source>&amp;Link Evidence…</source>
            <translation>Nachweis ver&amp;knüpfen…</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="140" />
            <source>&amp;Start From a Published Framework…</source>
            <translation>Mit veröffentlichtem Stufenmodell &amp;starten…</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="114" />
            <source>A goal whose milestones are the next level's criteria</source>
            <translation>Ein Ziel, dessen Meilensteine die Kriterien der nächsten Stufe sind</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="121" />
            <source>Assess: &amp;Consistently</source>
            <translation>Einschätzen: durch&amp;gehend</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="131" />
            <source>Assess: &amp;Not Yet</source>
            <translation>Einschätzen: &amp;noch nicht</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="126" />
            <source>Assess: &amp;Sometimes</source>
            <translation>Einschätzen: &amp;manchmal</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="142" />
            <source>Begin with one of the published frameworks that come with the app</source>
            <translation>Mit einem der veröffentlichten Stufenmodelle beginnen, die die App mitbringt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="183" />
            <source>Criteria</source>
            <translation>Kriterien</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="165" />
            <location filename="../../ui/levels/view.py" line="310" />
            <source>Current level</source>
            <translation>Aktuelle Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="137" />
            <source>Import your employer's framework from a file (again, to update it)</source>
            <translation>Das Stufenmodell Ihres Arbeitgebers aus einer Datei importieren (erneut, um es zu aktualisieren)</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="118" />
            <source>Link journal entries to the selected criterion (Ctrl+E)</source>
            <translation>Journaleinträge mit dem gewählten Kriterium verknüpfen (Strg+E)</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="113" />
            <source>Make This My &amp;Promotion Goal</source>
            <translation>Zu meinem Beförderungs&amp;ziel machen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="164" />
            <location filename="../../ui/levels/view.py" line="310" />
            <source>Next level</source>
            <translation>Nächste Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="358" />
            <source>This level has no criteria.</source>
            <translation>Diese Stufe hat keine Kriterien.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="163" />
            <source>Which level's criteria</source>
            <translation>Kriterien welcher Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="133" />
            <source>You do not show the selected criterion yet, as of today (3)</source>
            <translation>Sie zeigen das gewählte Kriterium noch nicht, Stand heute (3)</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="123" />
            <source>You show the selected criterion consistently, as of today (1)</source>
            <translation>Sie zeigen das gewählte Kriterium durchgehend, Stand heute (1)</translation>
        </message>
        <message>
            <location filename="../../ui/levels/view.py" line="128" />
            <source>You show the selected criterion sometimes, as of today (2)</source>
            <translation>Sie zeigen das gewählte Kriterium manchmal, Stand heute (2)</translation>
        </message>
    </context>
    <context>
        <name>LevelsWords</name>
        <message>
            <location filename="../../ui/levels/words.py" line="51" />
            <location filename="../../ui/levels/words.py" line="190" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="163" />
            <source>%1 is the highest level of this framework.</source>
            <translation>%1 ist die höchste Stufe dieses Stufenmodells.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/words.py" line="119" />
            <source>%1 · position %2 (%3 of %n criteria shown consistently)</source>
            <translation>
                <numerusform>%1 · Position %2 (%3 von %n Kriterium durchgehend gezeigt)</numerusform>
                <numerusform>%1 · Position %2 (%3 von %n Kriterien durchgehend gezeigt)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="117" />
            <source>%1 · this level has no criteria</source>
            <translation>%1 · diese Stufe hat keine Kriterien</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="38" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="184" />
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/words.py" line="91" />
            <source>%n entries linked as evidence.</source>
            <translation>
                <numerusform>%n Eintrag als Nachweis verknüpft.</numerusform>
                <numerusform>%n Einträge als Nachweis verknüpft.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="45" />
            <source>Level %1</source>
            <translation>Stufe %1</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="165" />
            <source>Level %1 has no criteria.</source>
            <translation>Stufe %1 hat keine Kriterien.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="44" />
            <source>Level %1 — %2</source>
            <translation>Stufe %1 — %2</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="150" />
            <source>Level as you set it for your role.</source>
            <translation>Stufe, wie Sie sie für Ihre Rolle festgelegt haben.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="148" />
            <source>Level chosen in the list.</source>
            <translation>Stufe in der Liste gewählt.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="152" />
            <source>Level read from your role's level label.</source>
            <translation>Stufe aus der Stufenangabe Ihrer Rolle gelesen.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="75" />
            <source>Met</source>
            <translation>Erfüllt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="114" />
            <source>No current role: choose your level in the list.</source>
            <translation>Keine aktuelle Rolle: Wählen Sie Ihre Stufe in der Liste.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="90" />
            <source>No entry is linked as evidence yet.</source>
            <translation>Noch kein Eintrag als Nachweis verknüpft.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="66" />
            <source>No evidence</source>
            <translation>Kein Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="83" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="68" />
            <location filename="../../ui/levels/words.py" line="97" />
            <source>Not assessed</source>
            <translation>Nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="77" />
            <source>Not met</source>
            <translation>Nicht erfüllt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="69" />
            <source>Not yet consistent</source>
            <translation>Noch nicht durchgehend</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="139" />
            <source>Position: the share of this level's criteria whose latest assessment is “consistently”, against the framework's thresholds.</source>
            <translation>Position: der Anteil der Kriterien dieser Stufe, deren letzte Einschätzung „durchgehend“ lautet, gemessen an den Schwellen des Stufenmodells.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="132" />
            <source>Position: the share of this level's criteria whose latest assessment is “consistently”; A below %1, B below %2, C below %3, D below %4, else E.</source>
            <translation>Position: der Anteil der Kriterien dieser Stufe, deren letzte Einschätzung „durchgehend“ lautet; A unter %1, B unter %2, C unter %3, D unter %4, sonst E.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="215" />
            <source>Reach level %1</source>
            <translation>Stufe %1 erreichen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="214" />
            <source>Reach level %1 — %2</source>
            <translation>Stufe %1 — %2 erreichen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="177" />
            <source>Readiness: met criteria over all criteria of the level. Met: %1 (the tick rule).</source>
            <translation>Bereitschaft: erfüllte Kriterien im Verhältnis zu allen Kriterien der Stufe. Erfüllt: %1 (die Erfüllt-Regel).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/words.py" line="167" />
            <source>Ready for level %1: %2 — %3 of %n criteria met</source>
            <translation>
                <numerusform>Bereitschaft für Stufe %1: %2 — %3 von %n Kriterium erfüllt</numerusform>
                <numerusform>Bereitschaft für Stufe %1: %2 — %3 von %n Kriterien erfüllt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="162" />
            <source>This framework has no levels.</source>
            <translation>Dieses Stufenmodell hat keine Stufen.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="194" />
            <source>Which level is your role “%1”?</source>
            <translation>Welche Stufe hat Ihre Rolle „%1“?</translation>
        </message>
        <message>
            <location filename="../../ui/levels/words.py" line="115" />
            <source>Your current level is not known yet: choose it in the list.</source>
            <translation>Ihre aktuelle Stufe ist noch nicht bekannt: Wählen Sie sie in der Liste.</translation>
        </message>
    </context>
    <context>
        <name>LicenceDialog</name>
        <message>
            <location filename="../../ui/levels/start.py" line="77" />
            <source>Licence of the Published Frameworks</source>
            <translation>Lizenz der veröffentlichten Stufenmodelle</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="84" />
            <source>The licence file is missing from this installation.</source>
            <translation>Die Lizenzdatei fehlt in dieser Installation.</translation>
        </message>
    </context>
    <context>
        <name>LinkEvidenceDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="250" />
            <source>%d ticked: %d to link, %d to unlink.</source>
            <translation>%d angehakt: %d zu verknüpfen, %d zu lösen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="185" />
            <source>&amp;Entries</source>
            <translation>&amp;Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="182" />
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="151" />
            <source>Link</source>
            <extracomment>How many entries the evidence list shows at most (newest first). How long typing in the evidence search may pause before the list follows, in ms.</extracomment>
            <translation>Verknüpfen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="244" />
            <source>No entry matches.</source>
            <translation>Kein Eintrag passt.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="156" />
            <source>Space ticks · Enter links · Esc cancels</source>
            <translation>Leertaste hakt an · Eingabe verknüpft · Esc bricht ab</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="246" />
            <source>The journal has no entries yet.</source>
            <translation>Das Journal hat noch keine Einträge.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="238" />
            <source>The newest %d of %d entries; type to narrow.</source>
            <translation>Die neuesten %d von %d Einträgen; zum Eingrenzen tippen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/evidence_dialog.py" line="158" />
            <source>Type words from an entry</source>
            <translation>Wörter aus einem Eintrag eingeben</translation>
        </message>
    </context>
    <context>
        <name>LinkRow</name>
        <message>
            <location filename="../../ui/editor/links_field.py" line="73" />
            <source>Label (optional)</source>
            <translation>Bezeichnung (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="69" />
            <source>Link address</source>
            <translation>Linkadresse</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="74" />
            <source>Link label</source>
            <translation>Linkbezeichnung</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="81" />
            <source>Remove link</source>
            <translation>Link entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="80" />
            <source>Remove this link</source>
            <translation>Diesen Link entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="68" />
            <source>https://… or name@example.com</source>
            <translation>https://… oder name@example.com</translation>
        </message>
    </context>
    <context>
        <name>LinkSuggest</name>
        <message>
            <location filename="../../ui/editor/link_suggest.py" line="192" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/editor/link_suggest.py" line="180" />
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <location filename="../../ui/editor/link_suggest.py" line="198" />
            <source>Looks like %1</source>
            <translation>Ähnelt %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/link_suggest.py" line="179" />
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <location filename="../../ui/editor/link_suggest.py" line="177" />
            <source>Skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/editor/link_suggest.py" line="187" />
            <source>like %1</source>
            <translation>wie %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/link_suggest.py" line="107" />
            <source>search by meaning is not available here</source>
            <translation>die Suche nach Bedeutung ist hier nicht verfügbar</translation>
        </message>
    </context>
    <context>
        <name>LinksField</name>
        <message>
            <location filename="../../ui/editor/links_field.py" line="108" />
            <source>Add &amp;link</source>
            <translation>&amp;Link hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="110" />
            <source>Add a link to evidence: a document, a ticket, a talk</source>
            <translation>Einen Link als Nachweis hinzufügen: ein Dokument, ein Ticket, ein Vortrag</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="185" />
            <source>Link %d: %s</source>
            <translation>Link %d: %s</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="40" />
            <source>The address is empty.</source>
            <translation>Die Adresse ist leer.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="51" />
            <source>“%s:” links are not allowed; use an http://, https:// or mailto: address.</source>
            <translation>„%s:“-Links sind nicht erlaubt; verwenden Sie eine http://-, https://- oder mailto:-Adresse.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="55" />
            <source>“%s” has no host name.</source>
            <translation>„%s“ hat keinen Hostnamen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="48" />
            <source>“%s” is not a web or e-mail address.</source>
            <translation>„%s“ ist keine Web- oder E-Mail-Adresse.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/links_field.py" line="57" />
            <source>“%s” is not an e-mail address.</source>
            <translation>„%s“ ist keine E-Mail-Adresse.</translation>
        </message>
    </context>
    <context>
        <name>LockKeeper</name>
        <message numerus="yes">
            <location filename="../../ui/lock/keeper.py" line="280" />
            <source>%n quick wins captured while locked were added.</source>
            <translation>
                <numerusform>%n im gesperrten Zustand festgehaltener kleiner Erfolg wurde hinzugefügt.</numerusform>
                <numerusform>%n im gesperrten Zustand festgehaltene kleine Erfolge wurden hinzugefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lock/keeper.py" line="285" />
            <source>%n sealed quick wins could not be read and were skipped.</source>
            <translation>
                <numerusform>%n versiegelter kleiner Erfolg konnte nicht gelesen werden und wurde übersprungen.</numerusform>
                <numerusform>%n versiegelte kleine Erfolge konnten nicht gelesen werden und wurden übersprungen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lock/keeper.py" line="361" />
            <source>Career journals (*.sqlite3);;All files (*)</source>
            <translation>Career-Journale (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/lock/keeper.py" line="359" />
            <source>Open Journal</source>
            <translation>Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/lock/keeper.py" line="292" />
            <source>Quick wins captured while locked wait for the next unlock: %s</source>
            <translation>Im gesperrten Zustand festgehaltene kleine Erfolge warten auf das nächste Entsperren: %s</translation>
        </message>
        <message>
            <location filename="../../ui/lock/keeper.py" line="217" />
            <source>That passphrase does not open this journal.</source>
            <translation>Mit dieser Passphrase lässt sich dieses Journal nicht öffnen.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/keeper.py" line="225" />
            <source>The journal could not be read: %s</source>
            <translation>Das Journal konnte nicht gelesen werden: %s</translation>
        </message>
        <message>
            <location filename="../../ui/lock/keeper.py" line="213" />
            <source>The passphrase remembered on this computer no longer opens this journal. Type it, please.</source>
            <extracomment>A passphrase for scripts and benchmarks (as the command line reads it); used at start only. Tests: lock after this many ms without input instead of the Preferences' minutes.</extracomment>
            <translation>Die auf diesem Computer gemerkte Passphrase öffnet dieses Journal nicht mehr. Bitte geben Sie sie ein.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="252" />
            <source>%s (read-only)</source>
            <translation>%s (schreibgeschützt)</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="82" />
            <source>&amp;About Career Journal</source>
            <translation>&amp;Über Career Journal</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="67" />
            <source>&amp;Back Up Now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="73" />
            <source>&amp;Change Passphrase…</source>
            <translation>Passphrase &amp;ändern…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="89" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="52" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="51" />
            <source>&amp;Edit Entry…</source>
            <translation>Eintrag &amp;bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="63" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="30" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="81" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="66" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="52" />
            <source>&amp;History…</source>
            <translation>&amp;Verlauf…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="61" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="85" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="88" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="69" />
            <source>&amp;Lock</source>
            <translation>S&amp;perren</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="47" />
            <source>&amp;New Entry…</source>
            <translation>&amp;Neuer Eintrag…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="59" />
            <source>&amp;Open Journal…</source>
            <translation>Journal ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="56" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="65" />
            <source>&amp;Print Summary…</source>
            <translation>Zusammenfassung &amp;drucken…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="49" />
            <source>&amp;Quick Win…</source>
            <translation>&amp;Kleiner Erfolg…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="80" />
            <source>&amp;Quit</source>
            <translation>B&amp;eenden</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="32" />
            <source>&amp;Recent Journals</source>
            <translation>&amp;Zuletzt geöffnete Journale</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="75" />
            <source>&amp;Remove Passphrase…</source>
            <translation>Passphrase entfe&amp;rnen…</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="84" />
            <source>&amp;Theme</source>
            <translation>&amp;Design</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="64" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="495" />
            <source>&lt;h3&gt;Career Journal %s&lt;/h3&gt;&lt;p&gt;Steer your career on evidence instead of memory: journal promotions and the micro-progressions between them.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer unless you export it.&lt;/p&gt;&lt;p&gt;Journal: %s&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Career Journal %s&lt;/h3&gt;&lt;p&gt;Steuern Sie Ihre Karriere nach Belegen statt nach Erinnerung: Halten Sie Beförderungen und die Mikro-Fortschritte dazwischen fest.&lt;/p&gt;&lt;p&gt;Ihr Journal bleibt auf diesem Computer, solange Sie es nicht exportieren.&lt;/p&gt;&lt;p&gt;Journal: %s&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="493" />
            <source>About Career Journal</source>
            <translation>Über Career Journal</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="144" />
            <source>Areas</source>
            <extracomment>Milliseconds after the window is built before the journal's meaning is indexed (first paint never waits for the model).</extracomment>
            <translation>Bereiche</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="430" />
            <source>Backed up to %s</source>
            <translation>Gesichert nach %s</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="50" />
            <source>Capture a one-line quick win</source>
            <translation>Einen kleinen Erfolg in einer Zeile festhalten</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="457" />
            <location filename="../../ui/main_window.py" line="466" />
            <source>Career journals (*.sqlite3);;All files (*)</source>
            <translation>Career-Journale (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="133" />
            <source>Clear Search</source>
            <translation>Suche leeren</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="70" />
            <source>Close the journal until its passphrase is typed again</source>
            <translation>Das Journal schließen, bis seine Passphrase erneut eingegeben wird</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="72" />
            <source>Encrypt the journal file with a passphrase</source>
            <translation>Die Journaldatei mit einer Passphrase verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="74" />
            <source>Encrypt the journal with a new passphrase</source>
            <translation>Das Journal mit einer neuen Passphrase verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="77" />
            <source>Encryption at &amp;Rest…</source>
            <translation>&amp;Verschlüsselung ruhender Daten…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="64" />
            <source>Export the journal as a backup, a JSON Resume, Markdown or CSV</source>
            <translation>Das Journal als Sicherung, JSON Resume, Markdown oder CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="336" />
            <source>Exported to %s</source>
            <translation>Exportiert nach %s</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="87" />
            <source>Follow &amp;System</source>
            <translation>&amp;System folgen</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="79" />
            <source>How the database server keeps this journal encrypted</source>
            <translation>Wie der Datenbankserver dieses Journal verschlüsselt speichert</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="62" />
            <source>Import a backup, a JSON Resume, LinkedIn data, jrnl or Day One</source>
            <translation>Eine Sicherung, ein JSON Resume, LinkedIn-Daten, jrnl oder Day One importieren</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="104" />
            <source>Main</source>
            <translation>Hauptleiste</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="55" />
            <source>Move to &amp;Trash</source>
            <translation>In den &amp;Papierkorb</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="58" />
            <source>New &amp;Journal…</source>
            <translation>Neues &amp;Journal…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="457" />
            <source>New Journal</source>
            <translation>Neues Journal</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="83" />
            <source>Open &amp;Data Folder</source>
            <translation>&amp;Datenordner öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="466" />
            <source>Open Journal</source>
            <translation>Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="66" />
            <source>Print the appraisal summary of a period</source>
            <translation>Die Zusammenfassung eines Zeitraums fürs Mitarbeitergespräch drucken</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="116" />
            <source>Protect the journal with a passphrase to lock it</source>
            <translation>Schützen Sie das Journal mit einer Passphrase, um es sperren zu können</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="71" />
            <source>Protect with a &amp;Passphrase…</source>
            <translation>&amp;Mit Passphrase schützen…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="133" />
            <source>Protecting a journal needs SQLCipher, which is not installed. Install it with: %s</source>
            <translation>Zum Schützen eines Journals wird SQLCipher benötigt, das nicht installiert ist. Installieren Sie es mit: %s</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="156" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="148" />
            <source>Search &amp;By</source>
            <translation>S&amp;uchen nach</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="129" />
            <source>Search by words, meaning or both</source>
            <translation>Nach Wörtern, Bedeutung oder beidem suchen</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="125" />
            <location filename="../../ui/window_menus.py" line="200" />
            <source>Search entries (Ctrl+F)</source>
            <translation>Einträge durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../ui/window_menus.py" line="198" />
            <source>Search entries by meaning (Ctrl+F)</source>
            <translation>Einträge nach Bedeutung durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="76" />
            <source>Store the journal unencrypted again</source>
            <translation>Das Journal wieder unverschlüsselt speichern</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="53" />
            <source>The history of the selected entry, goal or skill, or of the whole journal</source>
            <translation>Der Verlauf des gewählten Eintrags, Ziels oder der gewählten Fähigkeit oder des ganzen Journals</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="128" />
            <source>The journal is read-only: its file cannot be rewritten</source>
            <translation>Das Journal ist schreibgeschützt: Seine Datei kann nicht neu geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="151" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="48" />
            <source>Write a new journal entry</source>
            <translation>Einen neuen Journaleintrag schreiben</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="68" />
            <source>Write a verified copy of the journal to its backup folder</source>
            <translation>Eine geprüfte Kopie des Journals in seinen Sicherungsordner schreiben</translation>
        </message>
    </context>
    <context>
        <name>MeaningIndexer</name>
        <message>
            <location filename="../../ui/meaning/indexer.py" line="190" />
            <source>Search by meaning is not up to date: %s</source>
            <translation>Die Suche nach Bedeutung ist nicht auf dem neuesten Stand: %s</translation>
        </message>
        <message>
            <location filename="../../ui/meaning/indexer.py" line="187" />
            <source>an unexpected error (%s); the details are in the log</source>
            <extracomment>Milliseconds of quiet after entries changed before the changed ones are embedded. Entries embedded per transaction (and progress step); cancelling waits for one batch at most. Seconds closing the window waits for a cancelled run to stop (it stops between batches). Changes after which nothing needs embedding (the vectors of trashed entries are kept).</extracomment>
            <translation>ein unerwarteter Fehler (%s); Einzelheiten stehen im Protokoll</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="451" />
            <source>%d found</source>
            <translation>%d gefunden</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="125" />
            <source>&amp;Completes</source>
            <translation>&amp;Erledigt durch</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="169" />
            <source>&amp;Done on</source>
            <translation>Erle&amp;digt am</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="130" />
            <source>&amp;Level</source>
            <translation>&amp;Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="129" />
            <source>&amp;Skill</source>
            <translation>&amp;Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="122" />
            <source>&amp;Title</source>
            <extracomment>The milestone as last loaded (its version is the one a save expects); None when adding.</extracomment>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="123" />
            <source>&amp;Weight</source>
            <translation>Ge&amp;wicht</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="323" />
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="552" />
            <source>(a criterion that no longer exists)</source>
            <translation>(ein Kriterium, das nicht mehr existiert)</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="295" />
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="543" />
            <source>(a skill that no longer exists)</source>
            <translation>(eine Fähigkeit, die es nicht mehr gibt)</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="500" />
            <source>A milestone needs a title.</source>
            <translation>Ein Meilenstein braucht einen Titel.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="66" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="138" />
            <source>C&amp;riterion</source>
            <translation>&amp;Kriterium</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="495" />
            <source>Choose a criterion.</source>
            <translation>Wählen Sie ein Kriterium.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="488" />
            <source>Choose a skill.</source>
            <translation>Wählen Sie eine Fähigkeit.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="134" />
            <source>Cou&amp;nt</source>
            <translation>An&amp;zahl</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="270" />
            <source>D&amp;ue date</source>
            <translation>Fällig a&amp;m</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="417" />
            <source>Done on %s (ticked off by hand).</source>
            <translation>Erledigt am %s (von Hand abgehakt).</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="439" />
            <source>Done when %d %s entries are dated %s or later (%d so far).</source>
            <translation>Erledigt, wenn %d Einträge der Art %s auf den %s oder später datiert sind (bisher %d).</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="428" />
            <source>Done when %s reaches %s or above (%s).</source>
            <translation>Erledigt, wenn %s die Stufe %s oder höher erreicht (%s).</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="437" />
            <source>Done when 1 %s entry is dated %s or later (%d so far).</source>
            <translation>Erledigt, wenn 1 Eintrag der Art %s auf den %s oder später datiert ist (bisher %d).</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="452" />
            <source>Done when a %s entry is tagged “%s” (%s).</source>
            <translation>Erledigt, wenn ein Eintrag der Art %s das Tag „%s“ trägt (%s).</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="461" />
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="466" />
            <source>Done when a criterion of the framework is met: choose the criterion.</source>
            <translation>Erledigt, wenn ein Kriterium des Stufenmodells erfüllt ist: Wählen Sie das Kriterium.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="421" />
            <source>Done when a skill reaches a level: choose the skill.</source>
            <translation>Erledigt, wenn eine Fähigkeit eine Stufe erreicht: Wählen Sie die Fähigkeit.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="474" />
            <source>Done when this criterion is met. %s</source>
            <translation>Erledigt, wenn dieses Kriterium erfüllt ist. %s</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="416" />
            <source>Done when you tick it off by hand.</source>
            <translation>Erledigt, wenn Sie ihn von Hand abhaken.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="447" />
            <source>Done with a certification entry tagged…: type the tag.</source>
            <translation>Erledigt durch einen Zertifizierungseintrag mit dem Tag…: Geben Sie das Tag ein.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="69" />
            <source>Edit Milestone</source>
            <translation>Meilenstein bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="201" />
            <source>Entries dated on or after this day count; Alt+Down opens a calendar</source>
            <translation>Einträge ab diesem Tag zählen; Alt+Unten öffnet einen Kalender</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="133" />
            <source>Entry &amp;kind</source>
            <translation>Eintrags&amp;art</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="238" />
            <source>Import a progression framework in Levels to use its criteria.</source>
            <translation>Importieren Sie unter Stufen ein Karrierestufenmodell, um seine Kriterien zu verwenden.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="69" />
            <source>New Milestone</source>
            <translation>Neuer Meilenstein</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="135" />
            <source>S&amp;ince</source>
            <translation>Se&amp;it</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="66" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="137" />
            <source>Ta&amp;g</source>
            <translation>Ta&amp;g</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="486" />
            <source>There are no skills yet: add some in the Skills area.</source>
            <translation>Es gibt noch keine Fähigkeiten: Legen Sie welche im Bereich Fähigkeiten an.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="494" />
            <source>There is no progression framework: import one in Levels.</source>
            <translation>Es gibt kein Karrierestufenmodell: Importieren Sie eines unter Stufen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="171" />
            <source>Tick to record the milestone as done on this day</source>
            <translation>Anhaken, um den Meilenstein an diesem Tag als erledigt zu erfassen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="261" />
            <source>Weights set how much each milestone counts toward the goal</source>
            <translation>Das Gewicht legt fest, wie viel jeder Meilenstein zum Ziel beiträgt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="272" />
            <source>When you want this milestone done; Alt+Down opens a calendar</source>
            <translation>Wann dieser Meilenstein erledigt sein soll; Alt+Unten öffnet einen Kalender</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="250" />
            <source>e.g. Lead a cross-team design</source>
            <translation>z. B. Ein teamübergreifendes Design leiten</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="204" />
            <source>e.g. aws-saa</source>
            <translation>z. B. aws-saa</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="451" />
            <source>none yet</source>
            <translation>noch keiner</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="424" />
            <source>not assessed yet</source>
            <translation>noch nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/milestone_dialog.py" line="426" />
            <source>now %s</source>
            <translation>jetzt %s</translation>
        </message>
    </context>
    <context>
        <name>MilestoneModel</name>
        <message>
            <location filename="../../ui/goals/model.py" line="212" />
            <source>By hand</source>
            <translation>Von Hand</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="160" />
            <source>Completes</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="225" />
            <source>Completes itself: %s</source>
            <translation>Erledigt sich selbst: %s</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="156" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="159" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="161" />
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="157" />
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="227" />
            <source>No evidence yet: link entries with Ctrl+E</source>
            <translation>Noch kein Nachweis: Einträge mit Strg+E verknüpfen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/model.py" line="158" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
    </context>
    <context>
        <name>MilestoneSection</name>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="86" />
            <source> Due %s.</source>
            <translation> Fällig am %s.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="62" />
            <source>%s (done)</source>
            <translation>%s (erledigt)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="131" />
            <source>Milestones this entry counts toward</source>
            <translation>Meilensteine, für die dieser Eintrag zählt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="132" />
            <source>Space ticks the milestone this entry is evidence for</source>
            <translation>Die Leertaste hakt den Meilenstein an, für den dieser Eintrag ein Nachweis ist</translation>
        </message>
        <message>
            <location filename="../../ui/editor/milestone_section.py" line="148" />
            <source>Ticked milestones list this entry as their evidence in Goals.</source>
            <translation>Angehakte Meilensteine führen diesen Eintrag unter Ziele als ihren Nachweis.</translation>
        </message>
    </context>
    <context>
        <name>MomentumChart</name>
        <message>
            <location filename="../../ui/insights/charts.py" line="341" />
            <source>12-month average</source>
            <translation>12-Monats-Schnitt</translation>
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="338" />
            <source>3-month average</source>
            <translation>3-Monats-Schnitt</translation>
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="337" />
            <source>Impact per month</source>
            <translation>Wirkung pro Monat</translation>
        </message>
        <message>
            <location filename="../../ui/insights/charts.py" line="310" />
            <source>No impact recorded in the last 24 months.</source>
            <translation>In den letzten 24 Monaten keine Wirkung erfasst.</translation>
        </message>
    </context>
    <context>
        <name>NewRoleDialog</name>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="95" />
            <source>&amp;Function</source>
            <translation>&amp;Funktion</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="93" />
            <source>&amp;Level</source>
            <translation>&amp;Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="97" />
            <source>&amp;Move</source>
            <translation>&amp;Wechsel</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="94" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="96" />
            <source>&amp;Starts</source>
            <translation>&amp;Beginnt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="92" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="169" />
            <source>A role needs a title.</source>
            <translation>Eine Rolle braucht einen Titel.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="48" />
            <source>New Role</source>
            <translation>Neue Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="155" />
            <source>No current role ends: this starts your role history.</source>
            <translation>Keine aktuelle Rolle endet: Damit beginnt Ihr Rollenverlauf.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="46" />
            <source>Record Role</source>
            <translation>Rolle erfassen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="72" />
            <source>Record your new role</source>
            <translation>Erfassen Sie Ihre neue Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="133" />
            <source>Start a new &amp;goal for the next step</source>
            <translation>Ein neues &amp;Ziel für den nächsten Schritt anlegen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="123" />
            <source>The first day in the new role; Alt+Down opens a calendar</source>
            <translation>Der erste Tag in der neuen Rolle; Alt+Unten öffnet einen Kalender</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="175" />
            <source>The new role must start after “%s” started (%s).</source>
            <translation>Die neue Rolle muss nach dem Beginn von „%s“ (%s) beginnen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="78" />
            <source>You achieved “%s”.</source>
            <translation>Sie haben „%s“ erreicht.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="159" />
            <source>Your current role, “%s”, ends the day before: %s.</source>
            <translation>Ihre aktuelle Rolle, „%s“, endet am Vortag: %s.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="117" />
            <source>e.g. Engineering, Product</source>
            <translation>z. B. Engineering, Produkt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="114" />
            <source>e.g. L6, Grade 9</source>
            <translation>z. B. L6, Stufe 9</translation>
        </message>
        <message>
            <location filename="../../ui/goals/dialogs/role_dialog.py" line="112" />
            <source>e.g. Staff Engineer</source>
            <translation>z. B. Staff Engineer</translation>
        </message>
    </context>
    <context>
        <name>NextPromotionCard</name>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="267" />
            <source>   and %d more in Goals</source>
            <translation>   und %d weitere unter Ziele</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="263" />
            <source> · due %s</source>
            <translation> · fällig %s</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="248" />
            <source>%d%% done</source>
            <translation>%d%% erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="275" />
            <source>Break the goal into milestones in Goals to see progress here.</source>
            <translation>Teilen Sie das Ziel unter Ziele in Meilensteine auf, um hier den Fortschritt zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="270" />
            <source>Every milestone is done</source>
            <translation>Alle Meilensteine sind erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="206" />
            <source>Go to Goals</source>
            <translation>Zu den Zielen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="259" />
            <source>Next milestones</source>
            <translation>Nächste Meilensteine</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="235" />
            <source>Next promotion</source>
            <translation>Nächste Beförderung</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="273" />
            <source>No milestones yet</source>
            <translation>Noch keine Meilensteine</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="231" />
            <source>No next promotion pinned</source>
            <translation>Keine nächste Beförderung angeheftet</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="204" />
            <source>No next promotion pinned. Pin a promotion goal in Goals to follow it here.</source>
            <translation>Keine nächste Beförderung angeheftet. Heften Sie unter Ziele ein Beförderungsziel an, um es hier zu verfolgen.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="126" />
            <source>Open in Goals</source>
            <translation>Unter Ziele öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="235" />
            <source>Pinned goal</source>
            <translation>Angeheftetes Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="62" />
            <source>Ready around %s.</source>
            <translation>Bereit um %s.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="63" />
            <source>Ready between %s and %s, most likely %s.</source>
            <translation>Bereit zwischen %s und %s, am wahrscheinlichsten %s.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="58" />
            <source>Ready from %s at the earliest, most likely %s; no latest date in sight.</source>
            <translation>Bereit frühestens ab %s, am wahrscheinlichsten %s; kein spätestes Datum absehbar.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="65" />
            <source>Ready: every milestone is done, the last on %s.</source>
            <translation>Bereit: Alle Meilensteine sind erledigt, der letzte am %s.</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="130" />
            <source>Show this goal, its milestones and evidence in Goals</source>
            <translation>Dieses Ziel mit Meilensteinen und Nachweisen unter Ziele zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/goals/pinned_card.py" line="76" />
            <source>by %s</source>
            <translation>bis %s</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="70" />
            <source>&amp;Change Passphrase</source>
            <translation>Passphrase &amp;ändern</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="84" />
            <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="84" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="63" />
            <source>&amp;Protect</source>
            <translation>&amp;Schützen</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="86" />
            <source>&amp;Repeat it:</source>
            <translation>Passphrase &amp;wiederholen:</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="88" />
            <source>&amp;Show passphrase</source>
            <translation>Passphrase an&amp;zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="74" />
            <source>A forgotten passphrase cannot be recovered: there is no back door.</source>
            <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen: Es gibt keine Hintertür.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="65" />
            <source>Change the Passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="58" />
            <source>Protect with a Passphrase</source>
            <translation>Mit Passphrase schützen</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="67" />
            <source>The journal file and its new backups are encrypted with the new passphrase; earlier backups keep the current one.</source>
            <translation>Die Journaldatei und ihre neuen Sicherungen werden mit der neuen Passphrase verschlüsselt; frühere Sicherungen behalten die bisherige.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="60" />
            <source>The journal file, and the backups made from now on, are encrypted with this passphrase.</source>
            <translation>Die Journaldatei und die ab jetzt erstellten Sicherungen werden mit dieser Passphrase verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="138" />
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/passphrase.py" line="136" />
            <source>This is the passphrase in use: choose a new one.</source>
            <translation>Das ist die aktuelle Passphrase: Wählen Sie eine neue.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/protection/passphrase.py" line="134" />
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>Es ist mindestens %n Zeichen erforderlich.</numerusform>
                <numerusform>Es sind mindestens %n Zeichen erforderlich.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlaceList</name>
        <message>
            <location filename="../../ui/preferences_sources.py" line="95" />
            <source>Add to %s</source>
            <translation>%s: hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="74" />
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="77" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="96" />
            <source>Remove from %s</source>
            <translation>%s: entfernen</translation>
        </message>
    </context>
    <context>
        <name>PositionPlot</name>
        <message>
            <location filename="../../ui/levels/chart.py" line="196" />
            <source>%1: %2 of the level's criteria assessed “consistently”</source>
            <translation>%1: %2 der Kriterien der Stufe als „durchgehend“ eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="127" />
            <source>Assess criteria of your level to see your position move.</source>
            <translation>Schätzen Sie Kriterien Ihrer Stufe ein, um zu sehen, wie sich Ihre Position verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="121" />
            <source>Choose your current level to see your position within it.</source>
            <translation>Wählen Sie Ihre aktuelle Stufe, um Ihre Position darin zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="225" />
            <source>Criteria shown consistently</source>
            <translation>Durchgehend gezeigte Kriterien</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="214" />
            <source>Criteria shown consistently (%)</source>
            <translation>Durchgehend gezeigte Kriterien (%)</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="214" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="118" />
            <source>Import a progression framework to see your position in it.</source>
            <translation>Importieren Sie ein Karrierestufenmodell, um Ihre Position darin zu sehen.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="89" />
            <source>Position within your level over time</source>
            <translation>Position innerhalb Ihrer Stufe im Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="232" />
            <source>Sub-level threshold</source>
            <translation>Positionsschwelle</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="207" />
            <source>Today (%1): position %2, %3</source>
            <translation>Heute (%1): Position %2, %3</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="234" />
            <source>Today's band</source>
            <translation>Heutige Spanne</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="228" />
            <source>Today: position %1</source>
            <translation>Heute: Position %1</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="124" />
            <source>Your level has no criteria, so it has no positions within it.</source>
            <translation>Ihre Stufe hat keine Kriterien, also auch keine Positionen darin.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences.py" line="107" />
            <source> backups</source>
            <translation> Sicherungen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="115" />
            <source> changes</source>
            <translation> Änderungen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="120" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="159" />
            <source> minutes without use</source>
            <translation> Minuten ohne Nutzung</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="210" />
            <source> weeks</source>
            <translation> Wochen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="226" />
            <source>%s: day</source>
            <translation>%s: Tag</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="227" />
            <source>%s: time</source>
            <translation>%s: Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="147" />
            <source>&amp;Journal file:</source>
            <translation>&amp;Journaldatei:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="140" />
            <source>&amp;Keep:</source>
            <translation>Auf&amp;bewahren:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="150" />
            <source>&amp;Lock after:</source>
            <translation>Sperren na&amp;ch:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="200" />
            <source>&amp;Remind me to journal</source>
            <translation>An das Journal e&amp;rinnern</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="186" />
            <source>&amp;Skill scale:</source>
            <translation>Fähigkeits&amp;skala:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="138" />
            <source>&amp;Theme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="141" />
            <source>&amp;Undo history:</source>
            <translation>Rückgängig-&amp;Verlauf:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="187" />
            <source>&amp;Weeks start on:</source>
            <translation>&amp;Wochen beginnen am:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="248" />
            <source>A notification while Career Journal runs; a banner when it starts after a reminder was missed. The weekly one is skipped when you wrote an entry that week.</source>
            <translation>Eine Benachrichtigung, während Career Journal läuft; ein Hinweisbalken beim Start, wenn eine Erinnerung verpasst wurde. Die wöchentliche entfällt, wenn Sie in dieser Woche einen Eintrag geschrieben haben.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="280" />
            <source>Career journals (*.sqlite3);;All files (*)</source>
            <translation>Career-Journale (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="130" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="89" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="174" />
            <source>Dreyfus, 5 stages (Novice … Expert)</source>
            <translation>Dreyfus, 5 Stufen (Neuling … Experte)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="302" />
            <source>Existing levels will be mapped proportionally:

%s</source>
            <translation>Vorhandene Stufen werden anteilig umgerechnet:

%s</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="211" />
            <source>Feedback reminder: every how many weeks</source>
            <translation>Feedback-Erinnerung: alle wie viele Wochen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="87" />
            <source>Follow the system</source>
            <translation>Dem System folgen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="73" />
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="184" />
            <source>In this journal</source>
            <translation>In diesem Journal</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="278" />
            <source>Journal file</source>
            <translation>Journaldatei</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="76" />
            <source>Levels</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="88" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="161" />
            <source>Lock after how many minutes without use</source>
            <translation>Sperren nach wie vielen Minuten ohne Nutzung</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="139" />
            <source>New entries are of &amp;kind:</source>
            <translation>&amp;Art neuer Einträge:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="144" />
            <source>Older changes beyond both limits are forgotten when a journal is opened.</source>
            <translation>Ältere Änderungen jenseits beider Grenzen werden beim Öffnen eines Journals verworfen.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="136" />
            <source>On this computer</source>
            <translation>Auf diesem Computer</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="53" />
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="166" />
            <source>Protect the journal with a passphrase to lock it (File menu).</source>
            <translation>Schützen Sie das Journal mit einer Passphrase, um es sperren zu können (Menü Datei).</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="201" />
            <source>Remind me to &amp;ask for feedback</source>
            <translation>Ans Einholen von &amp;Feedback erinnern</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="195" />
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="175" />
            <source>SFIA, 7 levels of responsibility</source>
            <translation>SFIA, 7 Verantwortungsstufen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="74" />
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="301" />
            <source>Switch skill scale?</source>
            <translation>Fähigkeitsskala wechseln?</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="98" />
            <source>The kind I use most</source>
            <translation>Die Art, die ich am meisten nutze</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="188" />
            <source>These travel with the journal file.</source>
            <translation>Diese Einstellungen werden mit der Journaldatei gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="123" />
            <source>and all of the last</source>
            <translation>und alle der letzten</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="238" />
            <source>at</source>
            <translation>um</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="209" />
            <source>every </source>
            <translation>alle </translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="232" />
            <source>every week</source>
            <translation>jede Woche</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="158" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="236" />
            <source>on</source>
            <translation>am</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/preferences.py" line="298" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="281" />
            <source>%s · %s. Nothing new: everything in it is already in the journal.</source>
            <translation>%s · %s. Nichts Neues: Alles darin ist schon im Journal.</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="275" />
            <source>%s · %s. Press Import to add the new items in one step; a backup of the journal is made first.</source>
            <translation>%s · %s. Klicken Sie auf Importieren, um das Neue in einem Schritt hinzuzufügen; vorher wird das Journal gesichert.</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="197" />
            <source>Already in the journal</source>
            <translation>Schon im Journal</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="197" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="221" />
            <source>Reading %s…</source>
            <translation>%s wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="249" />
            <source>This file cannot be imported.

%s</source>
            <translation>Diese Datei kann nicht importiert werden.

%s</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="197" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../ui/interchange/import_wizard.py" line="182" />
            <source>What this import adds</source>
            <translation>Was dieser Import hinzufügt</translation>
        </message>
    </context>
    <context>
        <name>ProgressWords</name>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="118" />
            <source>%n milestones</source>
            <translation>
                <numerusform>%n Meilenstein</numerusform>
                <numerusform>%n Meilensteine</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="160" />
            <source>Achieved on %1 with %2 done.</source>
            <translation>Am %1 mit %2 erledigt erreicht.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="157" />
            <source>Achieved with %2 done.</source>
            <translation>Mit %2 erledigt erreicht.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="76" />
            <source>Achieved: nothing to project.</source>
            <translation>Erreicht: nichts zu prognostizieren.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="173" />
            <source>Ahead by time elapsed: %1 done, %2 of the time gone.</source>
            <translation>Nach verstrichener Zeit voraus: %1 erledigt, %2 der Zeit vergangen.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="180" />
            <source>Ahead: ready before the target date even at the slow end.</source>
            <translation>Voraus: selbst im langsamsten Fall vor dem Zieldatum bereit.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="115" />
            <source>At the pace of %1 (%2 of the goal, %3); the range widens as fewer milestones back the pace.</source>
            <translation>Nach dem Tempo in %1 (%2 des Ziels, %3); die Spanne wird breiter, je weniger Meilensteine das Tempo stützen.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="175" />
            <source>Behind by time elapsed: %1 done, %2 of the time gone.</source>
            <translation>Nach verstrichener Zeit im Rückstand: %1 erledigt, %2 der Zeit vergangen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="184" />
            <source>Behind: even at the fast end ready %n days after the target date.</source>
            <translation>
                <numerusform>Im Rückstand: selbst im schnellsten Fall erst %n Tag nach dem Zieldatum bereit.</numerusform>
                <numerusform>Im Rückstand: selbst im schnellsten Fall erst %n Tage nach dem Zieldatum bereit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="74" />
            <source>Closed: nothing to project.</source>
            <translation>Abgeschlossen: nichts zu prognostizieren.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="152" />
            <source>Done.</source>
            <translation>Erledigt.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="162" />
            <source>Dropped on %1 with %2 done.</source>
            <translation>Am %1 mit %2 erledigt aufgegeben.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="157" />
            <source>Dropped with %2 done.</source>
            <translation>Mit %2 erledigt aufgegeben.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="78" />
            <source>Dropped: nothing to project.</source>
            <translation>Aufgegeben: nichts zu prognostizieren.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="143" />
            <source>Every milestone done by %1.</source>
            <translation>Alle Meilensteine bis %1 erledigt.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="84" />
            <source>Every milestone is done.</source>
            <translation>Alle Meilensteine sind erledigt.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="96" />
            <source>Lost ground in %1: milestones came undone (%2 of the goal); at this pace the goal is not reached.</source>
            <translation>Boden verloren in %1: Meilensteine wurden wieder geöffnet (%2 des Ziels); bei diesem Tempo wird das Ziel nicht erreicht.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="82" />
            <source>No milestones yet: nothing to project.</source>
            <translation>Noch keine Meilensteine: nichts zu prognostizieren.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="103" />
            <source>No progress in %1: at this pace the goal is not reached.</source>
            <translation>Kein Fortschritt in %1: Bei diesem Tempo wird das Ziel nicht erreicht.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="154" />
            <source>No target date.</source>
            <translation>Kein Zieldatum.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="177" />
            <source>On track by time elapsed: %1 done, %2 of the time gone.</source>
            <translation>Nach verstrichener Zeit im Plan: %1 erledigt, %2 der Zeit vergangen.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="188" />
            <source>On track: the target date is within the projected range.</source>
            <translation>Im Plan: Das Zieldatum liegt in der prognostizierten Spanne.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="113" />
            <source>Progress in %1 is too slow to project a date.</source>
            <translation>Der Fortschritt in %1 ist zu langsam, um ein Datum zu prognostizieren.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="135" />
            <source>Ready around %1.</source>
            <translation>Bereit um %1.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="137" />
            <source>Ready between %1 and %2, most likely %3.</source>
            <translation>Bereit zwischen %1 und %2, am wahrscheinlichsten %3.</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="129" />
            <source>Ready from %1 at the earliest, most likely %2; no upper bound.</source>
            <translation>Bereit frühestens ab %1, am wahrscheinlichsten %2; ohne Obergrenze.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="168" />
            <source>The target date passed %n days ago with %1 done.</source>
            <translation>
                <numerusform>Das Zieldatum ist seit %n Tag verstrichen, mit %1 erledigt.</numerusform>
                <numerusform>Das Zieldatum ist seit %n Tagen verstrichen, mit %1 erledigt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="107" />
            <source>Too little history: %n milestones done in %1; a projection needs at least %2.</source>
            <translation>
                <numerusform>Zu wenig Verlauf: %n Meilenstein erledigt in %1; eine Prognose braucht mindestens %2.</numerusform>
                <numerusform>Zu wenig Verlauf: %n Meilensteine erledigt in %1; eine Prognose braucht mindestens %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="88" />
            <source>Too little history: the goal has only just started; a projection needs at least %n milestones done.</source>
            <translation>
                <numerusform>Zu wenig Verlauf: Das Ziel hat gerade erst begonnen; eine Prognose braucht mindestens %n erledigten Meilenstein.</numerusform>
                <numerusform>Zu wenig Verlauf: Das Ziel hat gerade erst begonnen; eine Prognose braucht mindestens %n erledigte Meilensteine.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="51" />
            <location filename="../../ui/progress_words.py" line="52" />
            <source>the %n days since the goal started</source>
            <translation>
                <numerusform>dem %n Tag seit Beginn des Ziels</numerusform>
                <numerusform>den %n Tagen seit Beginn des Ziels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="48" />
            <location filename="../../ui/progress_words.py" line="49" />
            <source>the %n months since the goal started</source>
            <translation>
                <numerusform>dem %n Monat seit Beginn des Ziels</numerusform>
                <numerusform>den %n Monaten seit Beginn des Ziels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="44" />
            <location filename="../../ui/progress_words.py" line="45" />
            <source>the %n years since the goal started</source>
            <translation>
                <numerusform>dem %n Jahr seit Beginn des Ziels</numerusform>
                <numerusform>den %n Jahren seit Beginn des Ziels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="62" />
            <source>the last %n days</source>
            <translation>
                <numerusform>dem letzten %n Tag</numerusform>
                <numerusform>den letzten %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="59" />
            <source>the last %n months</source>
            <translation>
                <numerusform>dem letzten %n Monat</numerusform>
                <numerusform>den letzten %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/progress_words.py" line="55" />
            <source>the last %n years</source>
            <translation>
                <numerusform>dem letzten %n Jahr</numerusform>
                <numerusform>den letzten %n Jahren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="61" />
            <source>the last day</source>
            <translation>dem letzten Tag</translation>
        </message>
        <message>
            <location filename="../../ui/progress_words.py" line="58" />
            <source>the last month</source>
            <translation>dem letzten Monat</translation>
        </message>
    </context>
    <context>
        <name>ProtectedDialog</name>
        <message numerus="yes">
            <location filename="../../ui/protection/backups.py" line="149" />
            <source>%n backups deleted.</source>
            <translation>
                <numerusform>%n Sicherung gelöscht.</numerusform>
                <numerusform>%n Sicherungen gelöscht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/protection/backups.py" line="137" />
            <source>%n backups encrypted.</source>
            <translation>
                <numerusform>%n Sicherung verschlüsselt.</numerusform>
                <numerusform>%n Sicherungen verschlüsselt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="78" />
            <source>&amp;Delete Backups</source>
            <translation>Sicherungen &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="77" />
            <source>&amp;Encrypt Backups</source>
            <translation>Sicherungen &amp;verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="79" />
            <source>&amp;Keep Them</source>
            <translation>&amp;Behalten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/protection/backups.py" line="103" />
            <source>Earlier backups of this journal are plain files: %n of them, in %1.</source>
            <translation>
                <numerusform>Frühere Sicherungen dieses Journals liegen unverschlüsselt vor: %n Datei in %1.</numerusform>
                <numerusform>Frühere Sicherungen dieses Journals liegen unverschlüsselt vor: %n Dateien in %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="130" />
            <source>Encrypting Backups</source>
            <translation>Sicherungen werden verschlüsselt</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="123" />
            <source>Encrypting backup %1 of %2…</source>
            <translation>Sicherung %1 von %2 wird verschlüsselt…</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="131" />
            <source>Encrypting the backups…</source>
            <translation>Die Sicherungen werden verschlüsselt…</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="47" />
            <source>Journal Protected</source>
            <translation>Journal geschützt</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="147" />
            <source>Not every backup was deleted: %s</source>
            <translation>Nicht alle Sicherungen wurden gelöscht: %s</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="139" />
            <source>Not every backup was encrypted: %s</source>
            <translation>Nicht alle Sicherungen wurden verschlüsselt: %s</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="57" />
            <source>The plain file was removed. An SSD, or a file history or backup tool, may still hold an old copy of it.</source>
            <translation>Die unverschlüsselte Datei wurde entfernt. Eine SSD, ein Dateiversionsverlauf oder ein Sicherungsprogramm kann noch eine alte Kopie davon enthalten.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/backups.py" line="52" />
            <source>Your journal is now encrypted with your passphrase.</source>
            <translation>Ihr Journal ist jetzt mit Ihrer Passphrase verschlüsselt.</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <location filename="../../ui/protection/notices.py" line="77" />
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <location filename="../../ui/protection/notices.py" line="37" />
            <source>Encryption at Rest</source>
            <translation>Verschlüsselung ruhender Daten</translation>
        </message>
        <message>
            <location filename="../../ui/protection/notices.py" line="68" />
            <source>Exports Are Plain</source>
            <translation>Exporte sind unverschlüsselt</translation>
        </message>
        <message>
            <location filename="../../ui/protection/notices.py" line="72" />
            <source>Exports are plain files: anyone who can read the file can read what it holds. Your journal stays encrypted.</source>
            <translation>Exporte sind unverschlüsselte Dateien: Wer die Datei lesen kann, kann auch ihren Inhalt lesen. Ihr Journal bleibt verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/notices.py" line="76" />
            <source>This is said once on this computer.</source>
            <translation>Dieser Hinweis erscheint auf diesem Computer nur einmal.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/notices.py" line="41" />
            <source>This journal is kept on a PostgreSQL server: keeping it encrypted on disk is the server's job.</source>
            <translation>Dieses Journal liegt auf einem PostgreSQL-Server: Es verschlüsselt auf dem Datenträger zu halten, ist Aufgabe des Servers.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/notices.py" line="47" />
            <source>Use full-disk encryption on the database server (LUKS, BitLocker or FileVault) or your hosting provider's encrypted storage, and an encrypted connection: add sslmode=verify-full to the journal's URL. Career Journal offers passphrase protection for journal files only.</source>
            <translation>Verwenden Sie auf dem Datenbankserver eine Festplattenvollverschlüsselung (LUKS, BitLocker oder FileVault) oder den verschlüsselten Speicher Ihres Hosting-Anbieters sowie eine verschlüsselte Verbindung: Ergänzen Sie die URL des Journals um sslmode=verify-full. Career Journal bietet Passphrase-Schutz nur für Journaldateien.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionFlows</name>
        <message>
            <location filename="../../ui/protection/flows.py" line="177" />
            <source>&amp;Remove Passphrase</source>
            <translation>Passphrase &amp;entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="95" />
            <source>Changing the Passphrase</source>
            <translation>Passphrase wird geändert</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="138" />
            <source>Checking the copy…</source>
            <translation>Die Kopie wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="134" />
            <source>Copying into a plain file…</source>
            <translation>Wird in eine unverschlüsselte Datei kopiert…</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="132" />
            <source>Copying into an encrypted file…</source>
            <translation>Wird in eine verschlüsselte Datei kopiert…</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="117" />
            <source>Getting ready…</source>
            <translation>Wird vorbereitet…</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="61" />
            <location filename="../../ui/protection/flows.py" line="150" />
            <source>Not Protected</source>
            <extracomment>The steps the last rewrite's progress dialog named, in order.</extracomment>
            <translation>Nicht geschützt</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="153" />
            <source>Passphrase Not Changed</source>
            <translation>Passphrase nicht geändert</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="152" />
            <source>Passphrase Not Removed</source>
            <translation>Passphrase nicht entfernt</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="75" />
            <source>Protecting the Journal</source>
            <translation>Journal wird geschützt</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="168" />
            <source>Remove the Passphrase</source>
            <translation>Passphrase entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="108" />
            <source>Removing the Passphrase</source>
            <translation>Passphrase wird entfernt</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="139" />
            <source>Replacing the journal…</source>
            <translation>Das Journal wird ersetzt…</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="170" />
            <source>Store the journal in plain text again?</source>
            <translation>Das Journal wieder unverschlüsselt speichern?</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="173" />
            <source>The journal file will no longer be encrypted: anyone who can read the file can read your journal. Its earlier backups stay encrypted with the current passphrase.</source>
            <translation>Die Journaldatei wird nicht mehr verschlüsselt: Wer die Datei lesen kann, kann Ihr Journal lesen. Seine früheren Sicherungen bleiben mit der aktuellen Passphrase verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../ui/protection/flows.py" line="141" />
            <source>Working…</source>
            <translation>Wird ausgeführt…</translation>
        </message>
    </context>
    <context>
        <name>PublishedDialog</name>
        <message>
            <location filename="../../ui/levels/start.py" line="137" />
            <source>&amp;Use This Framework</source>
            <translation>Dieses Stufenmodell &amp;verwenden</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="102" />
            <source>Choose a published progression framework to measure your progress against: its levels, and what each level expects, topic by topic.</source>
            <translation>Wählen Sie ein veröffentlichtes Karrierestufenmodell, an dem Sie Ihren Fortschritt messen: seine Stufen und was jede Stufe erwartet, Bereich für Bereich.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="116" />
            <source>Criteria</source>
            <translation>Kriterien</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="113" />
            <source>Framework</source>
            <translation>Stufenmodell</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="167" />
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="165" />
            <source>In use</source>
            <translation>In Verwendung</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="117" />
            <source>In your journal</source>
            <translation>In Ihrem Journal</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="114" />
            <source>Levels</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="120" />
            <source>Published frameworks</source>
            <translation>Veröffentlichte Stufenmodelle</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="126" />
            <source>Source: Monzo progression framework, MIT licence.</source>
            <translation>Quelle: Karrierestufenmodell von Monzo, MIT-Lizenz.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="115" />
            <source>Topics</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="99" />
            <source>Use a Published Framework</source>
            <translation>Veröffentlichtes Stufenmodell verwenden</translation>
        </message>
        <message>
            <location filename="../../ui/levels/start.py" line="129" />
            <source>View &amp;Licence…</source>
            <translation>&amp;Lizenz anzeigen…</translation>
        </message>
    </context>
    <context>
        <name>QuickCaptureDialog</name>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="133" />
            <source>Enter saves a small win dated today · Esc closes and keeps the text</source>
            <translation>Eingabe speichert einen kleinen Erfolg mit heutigem Datum · Esc schließt und behält den Text</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="136" />
            <source>Enter seals a small win dated today; it is added when the journal is unlocked</source>
            <translation>Eingabe versiegelt einen kleinen Erfolg mit heutigem Datum; er wird hinzugefügt, wenn das Journal entsperrt wird</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="93" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="250" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="82" />
            <source>Quick Win</source>
            <translation>Kleiner Erfolg</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="99" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="240" />
            <source>The win could not be sealed: %s</source>
            <translation>Der Erfolg konnte nicht versiegelt werden: %s</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_capture.py" line="87" />
            <location filename="../../ui/editor/quick_capture.py" line="88" />
            <source>What moved forward?</source>
            <translation>Was ging voran?</translation>
        </message>
    </context>
    <context>
        <name>QuietWeek</name>
        <message>
            <location filename="../../ui/insights/words.py" line="414" />
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="422" />
            <source>%1 last week, nothing written yet</source>
            <translation>%1 in der letzten Woche, noch nichts geschrieben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="424" />
            <source>%1 last week, nothing written: review %n suggestions</source>
            <translation>
                <numerusform>%1 in der letzten Woche, nichts geschrieben: %n Vorschlag prüfen</numerusform>
                <numerusform>%1 in der letzten Woche, nichts geschrieben: %n Vorschläge prüfen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="413" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="397" />
            <source>%n commits</source>
            <translation>
                <numerusform>%n Commit</numerusform>
                <numerusform>%n Commits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="401" />
            <source>%n events</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="403" />
            <source>%n issues</source>
            <translation>
                <numerusform>%n Ticket</numerusform>
                <numerusform>%n Tickets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="399" />
            <source>%n merged pull requests</source>
            <translation>
                <numerusform>%n gemergter Pull-Request</numerusform>
                <numerusform>%n gemergte Pull-Requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/insights/words.py" line="404" />
            <source>%n notes</source>
            <translation>
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/insights/words.py" line="431" />
            <source>Counts harvested evidence of the last complete week that has no entry; suggestions are that week's ones still in the inbox.</source>
            <translation>Zählt die gesammelten Nachweise der letzten vollständigen Woche ohne Eintrag; Vorschläge sind die dieser Woche, die noch im Posteingang liegen.</translation>
        </message>
    </context>
    <context>
        <name>RecordConflicts</name>
        <message>
            <location filename="../../ui/record_conflicts.py" line="145" />
            <source>After %s %s entries since %s</source>
            <translation>Nach %s Einträgen der Art %s seit %s</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="234" />
            <source>Band</source>
            <translation>Kompetenzbereich</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="279" />
            <source>Band Changed Elsewhere</source>
            <translation>Kompetenzbereich anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="158" />
            <source>By hand</source>
            <translation>Von Hand</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="175" />
            <source>Completes</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="101" />
            <location filename="../../ui/record_conflicts.py" line="208" />
            <location filename="../../ui/record_conflicts.py" line="237" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="176" />
            <source>Done on</source>
            <translation>Erledigt am</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="174" />
            <source>Due date</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="277" />
            <source>Goal Changed Elsewhere</source>
            <translation>Ziel anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="94" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="278" />
            <source>Milestone Changed Elsewhere</source>
            <translation>Meilenstein anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="208" />
            <location filename="../../ui/record_conflicts.py" line="235" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="72" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="230" />
            <source>No target</source>
            <translation>Kein Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="68" />
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="100" />
            <source>Pinned</source>
            <translation>Angeheftet</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="280" />
            <source>Skill Changed Elsewhere</source>
            <translation>Fähigkeit anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="99" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="236" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="98" />
            <source>Target date</source>
            <translation>Zieldatum</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="97" />
            <source>Target level</source>
            <translation>Zielstufe</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="96" />
            <source>Target role</source>
            <translation>Zielrolle</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="292" />
            <source>This band was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation>Dieser Kompetenzbereich wurde auf einem anderen Gerät oder in einem anderen Fenster geändert, während Sie ihn bearbeitet haben. Behalten Sie Ihre Fassung, übernehmen Sie die andere, oder führen Sie beide Feld für Feld zusammen.</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="260" />
            <source>This band was deleted on another device or in another window; nothing was saved. Your text is still here: copy what you need, then Cancel.</source>
            <translation>Dieser Kompetenzbereich wurde auf einem anderen Gerät oder in einem anderen Fenster gelöscht; es wurde nichts gespeichert. Ihr Text ist noch da: Kopieren Sie, was Sie brauchen, dann Abbrechen.</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="284" />
            <source>This goal was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation>Dieses Ziel wurde auf einem anderen Gerät oder in einem anderen Fenster geändert, während Sie es bearbeitet haben. Behalten Sie Ihre Fassung, übernehmen Sie die andere, oder führen Sie beide Feld für Feld zusammen.</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="252" />
            <source>This goal was deleted on another device or in another window; nothing was saved. Your text is still here: copy what you need, then Cancel.</source>
            <translation>Dieses Ziel wurde auf einem anderen Gerät oder in einem anderen Fenster gelöscht; es wurde nichts gespeichert. Ihr Text ist noch da: Kopieren Sie, was Sie brauchen, dann Abbrechen.</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="288" />
            <source>This milestone was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation>Dieser Meilenstein wurde auf einem anderen Gerät oder in einem anderen Fenster geändert, während Sie ihn bearbeitet haben. Behalten Sie Ihre Fassung, übernehmen Sie die andere, oder führen Sie beide Feld für Feld zusammen.</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="256" />
            <source>This milestone was deleted on another device or in another window; nothing was saved. Your text is still here: copy what you need, then Cancel.</source>
            <translation>Dieser Meilenstein wurde auf einem anderen Gerät oder in einem anderen Fenster gelöscht; es wurde nichts gespeichert. Ihr Text ist noch da: Kopieren Sie, was Sie brauchen, dann Abbrechen.</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="296" />
            <source>This skill was changed on another device or in another window while you were editing it. Keep your version, take theirs, or merge them field by field.</source>
            <translation>Diese Fähigkeit wurde auf einem anderen Gerät oder in einem anderen Fenster geändert, während Sie sie bearbeitet haben. Behalten Sie Ihre Fassung, übernehmen Sie die andere, oder führen Sie beide Feld für Feld zusammen.</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="264" />
            <source>This skill was deleted on another device or in another window; nothing was saved. Your text is still here: copy what you need, then Cancel.</source>
            <translation>Diese Fähigkeit wurde auf einem anderen Gerät oder in einem anderen Fenster gelöscht; es wurde nichts gespeichert. Ihr Text ist noch da: Kopieren Sie, was Sie brauchen, dann Abbrechen.</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="95" />
            <location filename="../../ui/record_conflicts.py" line="172" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="173" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="134" />
            <source>When %s reaches level %s</source>
            <translation>Wenn %s Stufe %s erreicht</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="155" />
            <source>When a framework criterion is met</source>
            <translation>Wenn ein Kriterium des Stufenmodells erfüllt ist</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="157" />
            <source>When the framework criterion “%s” is met</source>
            <translation>Wenn das Kriterium „%s“ des Stufenmodells erfüllt ist</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="151" />
            <source>With a certification entry tagged “%s”</source>
            <translation>Mit einem Zertifizierungseintrag mit Tag „%s“</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="72" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../ui/record_conflicts.py" line="133" />
            <source>a skill</source>
            <translation>eine Fähigkeit</translation>
        </message>
    </context>
    <context>
        <name>RelatedEntries</name>
        <message>
            <location filename="../../ui/journal/related.py" line="61" />
            <location filename="../../ui/journal/related.py" line="69" />
            <source>Related entries</source>
            <translation>Verwandte Einträge</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <location filename="../../ui/reminders.py" line="120" />
            <source>%s (missed while Career Journal was closed)</source>
            <translation>%s (verpasst, während Career Journal geschlossen war)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="141" />
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="143" />
            <source>Hide this reminder (Esc)</source>
            <translation>Diese Erinnerung ausblenden (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="147" />
            <source>Open the Inbox to turn that evidence into entries</source>
            <translation>Den Posteingang öffnen, um diese Nachweise in Einträge zu verwandeln</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="145" />
            <source>Review Suggestions</source>
            <translation>Vorschläge prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="138" />
            <source>Write an Entry</source>
            <translation>Eintrag schreiben</translation>
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message>
            <location filename="../../ui/reminders.py" line="530" />
            <source>Open Career Journal</source>
            <translation>Career Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="533" />
            <source>Remind me of this again tomorrow</source>
            <translation>Morgen noch einmal daran erinnern</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="535" />
            <source>Reminders Off</source>
            <translation>Erinnerungen aus</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="532" />
            <source>Snooze a Day</source>
            <translation>Einen Tag später</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="536" />
            <source>Turn both reminders off (Preferences turns them on)</source>
            <translation>Beide Erinnerungen ausschalten (in den Einstellungen wieder einschalten)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="528" />
            <source>Write an Entry…</source>
            <translation>Eintrag schreiben…</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders.py" line="77" />
            <source>Ask for feedback</source>
            <translation>Um Feedback bitten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="74" />
            <source>It has been %n days since you last asked for feedback. Who could you ask this week?</source>
            <translation>
                <numerusform>Sie haben seit %n Tag nicht mehr um Feedback gebeten. Wen könnten Sie diese Woche fragen?</numerusform>
                <numerusform>Sie haben seit %n Tagen nicht mehr um Feedback gebeten. Wen könnten Sie diese Woche fragen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="67" />
            <source>Time to note what moved forward this week.</source>
            <translation>Zeit, festzuhalten, was diese Woche vorangegangen ist.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="69" />
            <source>You have not recorded any feedback yet. Who could you ask this week?</source>
            <translation>Sie haben noch kein Feedback erfasst. Wen könnten Sie diese Woche fragen?</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="71" />
            <source>You recorded feedback today. Who else could you ask this week?</source>
            <translation>Sie haben heute Feedback erfasst. Wen könnten Sie diese Woche noch fragen?</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="67" />
            <source>Your weekly journal</source>
            <translation>Ihr wöchentliches Journal</translation>
        </message>
    </context>
    <context>
        <name>Rescanner</name>
        <message>
            <location filename="../../ui/inbox/rescan.py" line="141" />
            <source>Looking for evidence stopped: %s</source>
            <translation>Suche nach Nachweisen abgebrochen: %s</translation>
        </message>
        <message>
            <location filename="../../ui/inbox/rescan.py" line="138" />
            <source>an unexpected error (%s); the details are in the log</source>
            <extracomment>Seconds closing the journal waits for a cancelled rescan to stop.</extracomment>
            <translation>ein unerwarteter Fehler (%s); Einzelheiten stehen im Protokoll</translation>
        </message>
    </context>
    <context>
        <name>RoleLevelDialog</name>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="89" />
            <source>&amp;Level:</source>
            <translation>St&amp;ufe:</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="94" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="73" />
            <source>It has no level on record.</source>
            <translation>Für die Rolle ist keine Stufe erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="71" />
            <source>Its level on record: “%1”.</source>
            <translation>Erfasste Stufe der Rolle: „%1“.</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="48" />
            <source>Level %1</source>
            <translation>Stufe %1</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="47" />
            <source>Level %1 — %2</source>
            <translation>Stufe %1 — %2</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="130" />
            <source>Level Not Saved</source>
            <translation>Stufe nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="99" />
            <source>Not Now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="64" />
            <source>Which Level Is Your Role?</source>
            <translation>Welche Stufe hat Ihre Rolle?</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="67" />
            <source>Which level of “%1” is your role “%2”?</source>
            <translation>Welche Stufe in „%1“ hat Ihre Rolle „%2“?</translation>
        </message>
        <message>
            <location filename="../../ui/levels/role_level_dialog.py" line="76" />
            <source>Your position and readiness are measured against this level and the next. The answer is kept with the role, so this is asked once.</source>
            <translation>Ihre Position und Bereitschaft werden an dieser und der nächsten Stufe gemessen. Die Antwort wird bei der Rolle gespeichert, daher wird nur einmal gefragt.</translation>
        </message>
    </context>
    <context>
        <name>RubricHeader</name>
        <message>
            <location filename="../../ui/levels/header.py" line="99" />
            <source>C&amp;urrent level:</source>
            <extracomment>Topic rows the readiness table shows before it scrolls. The level picked: a level number, or None for "from my role". "Choose…" on the which-level bar.</extracomment>
            <translation>Aktuelle St&amp;ufe:</translation>
        </message>
        <message>
            <location filename="../../ui/levels/header.py" line="115" />
            <source>Ch&amp;oose…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <location filename="../../ui/levels/header.py" line="181" />
            <source>From my role</source>
            <translation>Aus meiner Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/levels/header.py" line="127" />
            <source>Met</source>
            <translation>Erfüllt</translation>
        </message>
        <message>
            <location filename="../../ui/levels/header.py" line="126" />
            <source>Readiness per topic</source>
            <translation>Bereitschaft je Bereich</translation>
        </message>
        <message>
            <location filename="../../ui/levels/header.py" line="127" />
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <location filename="../../ui/levels/header.py" line="127" />
            <source>Topic</source>
            <translation>Bereich</translation>
        </message>
    </context>
    <context>
        <name>SafeMarkdownView</name>
        <message>
            <location filename="../../ui/markdown.py" line="94" />
            <source>Link not opened</source>
            <translation>Link nicht geöffnet</translation>
        </message>
        <message>
            <location filename="../../ui/markdown.py" line="95" />
            <source>Only web and e-mail links are opened from entries; this one is:

%s</source>
            <translation>Aus Einträgen werden nur Web- und E-Mail-Links geöffnet; dieser ist:

%s</translation>
        </message>
        <message>
            <location filename="../../ui/markdown.py" line="83" />
            <source>Open link?</source>
            <extracomment>Replaced in tests; returns True when the user agrees to open the address.</extracomment>
            <translation>Link öffnen?</translation>
        </message>
        <message>
            <location filename="../../ui/markdown.py" line="84" />
            <source>Open this address outside Career Journal?

%s</source>
            <translation>Diese Adresse außerhalb von Career Journal öffnen?

%s</translation>
        </message>
    </context>
    <context>
        <name>SampleCareerBuilder</name>
        <message>
            <location filename="../../ui/sample.py" line="70" />
            <source>Sample career</source>
            <translation>Beispielkarriere</translation>
        </message>
        <message>
            <location filename="../../ui/sample.py" line="122" />
            <source>The sample career could not be written: %s</source>
            <translation>Die Beispielkarriere konnte nicht geschrieben werden: %s</translation>
        </message>
        <message>
            <location filename="../../ui/sample.py" line="67" />
            <source>Writing a sample 12-year career…</source>
            <translation>Eine 12-jährige Beispielkarriere wird geschrieben…</translation>
        </message>
    </context>
    <context>
        <name>ScaleChangeModel</name>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="56" />
            <source>Band</source>
            <extracomment>Band share choices, in percent. What a backup made before a scale switch is called (part of its file name).</extracomment>
            <translation>Kompetenzbereich</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="56" />
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="56" />
            <source>Skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="56" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
    </context>
    <context>
        <name>SearchMode</name>
        <message>
            <location filename="../../ui/meaning/modes.py" line="37" />
            <source>&amp;Both</source>
            <translation>B&amp;eides</translation>
        </message>
        <message>
            <location filename="../../ui/meaning/modes.py" line="36" />
            <source>&amp;Meaning</source>
            <translation>&amp;Bedeutung</translation>
        </message>
        <message>
            <location filename="../../ui/meaning/modes.py" line="35" />
            <source>&amp;Words</source>
            <extracomment>Where the chosen mode is kept (app settings).</extracomment>
            <translation>&amp;Wörter</translation>
        </message>
        <message>
            <location filename="../../ui/meaning/modes.py" line="50" />
            <location filename="../../ui/meaning/modes.py" line="51" />
            <source>Entries with the words typed first, then those about the same idea</source>
            <translation>Zuerst Einträge mit den eingegebenen Wörtern, dann solche zum selben Gedanken</translation>
        </message>
        <message>
            <location filename="../../ui/meaning/modes.py" line="47" />
            <location filename="../../ui/meaning/modes.py" line="48" />
            <source>Find entries about the same idea, even in other words</source>
            <translation>Einträge zum selben Gedanken finden, auch in anderen Worten</translation>
        </message>
        <message>
            <location filename="../../ui/meaning/modes.py" line="44" />
            <location filename="../../ui/meaning/modes.py" line="45" />
            <source>Find entries that contain the words typed</source>
            <translation>Einträge finden, die die eingegebenen Wörter enthalten</translation>
        </message>
        <message>
            <location filename="../../ui/meaning/modes.py" line="77" />
            <location filename="../../ui/meaning/modes.py" line="78" />
            <source>The meaning model is not available on this computer.</source>
            <translation>Das Bedeutungsmodell ist auf diesem Computer nicht verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts.py" line="78" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="76" />
            <source>Keyboard Shortcuts</source>
            <extracomment>A group title and the actions whose keys work there.</extracomment>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts.py" line="78" />
            <source>Shortcut</source>
            <translation>Kürzel</translation>
        </message>
    </context>
    <context>
        <name>SkillDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="137" />
            <source>%s, assessed %s</source>
            <translation>%s, eingeschätzt am %s</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="72" />
            <source>&amp;Band</source>
            <extracomment>The skill as last loaded (its version is the one a save expects); None when adding.</extracomment>
            <translation>&amp;Kompetenzbereich</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="92" />
            <source>&amp;Description</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="75" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="89" />
            <source>&amp;Target</source>
            <translation>&amp;Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="158" />
            <source>A skill needs a name.</source>
            <translation>Eine Fähigkeit braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="44" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="151" />
            <source>Add a band first: every skill belongs to one.</source>
            <translation>Legen Sie zuerst einen Kompetenzbereich an: Jede Fähigkeit gehört zu einem.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="199" />
            <source>Band %d</source>
            <translation>Kompetenzbereich %d</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="164" />
            <source>Band “%s” already has a skill “%s”.</source>
            <translation>Der Kompetenzbereich „%s“ hat bereits eine Fähigkeit „%s“.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="86" />
            <source>Current level</source>
            <translation>Aktuelle Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="46" />
            <source>Edit Skill</source>
            <translation>Fähigkeit bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="46" />
            <source>New Skill</source>
            <translation>Neue Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="119" />
            <source>No target</source>
            <translation>Kein Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="134" />
            <source>Not assessed yet</source>
            <translation>Noch nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="129" />
            <source>Optional: what this skill looks like at your target level</source>
            <translation>Optional: wie diese Fähigkeit auf Ihrer Zielstufe aussieht</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="84" />
            <source>Record an assessment to change it.</source>
            <translation>Erfassen Sie eine Einschätzung, um sie zu ändern.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="44" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/skill_dialog.py" line="114" />
            <source>e.g. Automated testing</source>
            <translation>z. B. Automatisiertes Testen</translation>
        </message>
    </context>
    <context>
        <name>SkillHistoryChart</name>
        <message>
            <location filename="../../ui/skills/history_chart.py" line="186" />
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_chart.py" line="160" />
            <source>Click to open the evidence entry</source>
            <translation>Klicken, um den Nachweis-Eintrag zu öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_chart.py" line="137" />
            <source>Each step is the level from one assessment until the next; diamonds mark assessments backed by an evidence entry (click one to open it).</source>
            <translation>Jede Stufe gilt von einer Einschätzung bis zur nächsten; Rauten markieren Einschätzungen mit Nachweis-Eintrag (zum Öffnen anklicken).</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_chart.py" line="47" />
            <source>Level history of the skill</source>
            <translation>Stufenverlauf der Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_chart.py" line="85" />
            <source>No assessments yet. Record one with {shortcut}.</source>
            <translation>Noch keine Einschätzungen. Erfassen Sie eine mit {shortcut}.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_chart.py" line="196" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/skills/history_chart.py" line="189" />
            <source>With evidence entry</source>
            <translation>Mit Nachweis-Eintrag</translation>
        </message>
    </context>
    <context>
        <name>SkillSettingsDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="145" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="184" />
            <source>&amp;Band share</source>
            <translation>&amp;Bereichsanteil</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="302" />
            <source>A backup is made first; switching back may not give the same levels.</source>
            <translation>Zuvor wird eine Sicherung angelegt; ein Zurückwechseln ergibt womöglich nicht dieselben Stufen.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="259" />
            <source>A band reaches a level when at least %d %% of its skills are at that level or above.</source>
            <translation>Ein Kompetenzbereich erreicht eine Stufe, wenn mindestens %d %% seiner Fähigkeiten auf dieser Stufe oder darüber sind.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="299" />
            <source>Every assessment and target is mapped proportionally (1 → 1, top → top).</source>
            <translation>Jede Einschätzung und jedes Ziel wird anteilig umgerechnet (1 → 1, höchste → höchste).</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="148" />
            <source>How many of a band's skills must reach a level for the band to reach it</source>
            <translation>Wie viele Fähigkeiten eines Bereichs eine Stufe erreichen müssen, damit der Bereich sie erreicht</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="296" />
            <source>No skill has a level or a target yet, so no levels change.</source>
            <translation>Noch keine Fähigkeit hat eine Stufe oder ein Ziel, also ändern sich keine Stufen.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="158" />
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="279" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="181" />
            <source>Skill &amp;scale</source>
            <translation>Fähigkeits&amp;skala</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="125" />
            <source>Skill Scale and Bands</source>
            <translation>Fähigkeitsskala und Kompetenzbereiche</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="281" />
            <source>Switch Scale</source>
            <translation>Skala wechseln</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="346" />
            <source>The scale was not switched, because no backup could be made: %s</source>
            <translation>Die Skala wurde nicht gewechselt, weil keine Sicherung angelegt werden konnte: %s</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="305" />
            <source>This journal is on a database server, so no backup is made here: back it up with its own tools first (for PostgreSQL, pg_dump). Switching back may not give the same levels.</source>
            <translation>Dieses Journal liegt auf einem Datenbankserver, daher wird hier keine Sicherung angelegt: Sichern Sie es zuerst mit dessen eigenen Werkzeugen (bei PostgreSQL pg_dump). Ein Zurückwechseln ergibt womöglich nicht dieselben Stufen.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/settings_dialog.py" line="291" />
            <source>What the switch does to each skill with a level or a target:</source>
            <translation>Was der Wechsel mit jeder Fähigkeit macht, die eine Stufe oder ein Ziel hat:</translation>
        </message>
    </context>
    <context>
        <name>SkillWording</name>
        <message>
            <location filename="../../ui/skills/wording.py" line="43" />
            <source>%1 of %2 below %3</source>
            <translation>%1 von %2 unter %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/wording.py" line="45" />
            <source>%1 of %n skills below %2 (%3 must rise)</source>
            <translation>
                <numerusform>%1 von %n Fähigkeit unter %2 (%3 muss steigen)</numerusform>
                <numerusform>%1 von %n Fähigkeiten unter %2 (%3 müssen steigen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/skills/wording.py" line="27" />
            <source>A band is at a level when at least %1 of its skills are at that level or above.</source>
            <translation>Ein Kompetenzbereich ist auf einer Stufe, wenn mindestens %1 seiner Fähigkeiten auf dieser Stufe oder darüber sind.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/wording.py" line="21" />
            <source>Not assessed</source>
            <translation>Nicht eingeschätzt</translation>
        </message>
    </context>
    <context>
        <name>SkillsTreeModel</name>
        <message>
            <location filename="../../ui/skills/model.py" line="238" />
            <source> (assessed %s)</source>
            <translation> (eingeschätzt am %s)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/model.py" line="231" />
            <location filename="../../ui/skills/model.py" line="243" />
            <source>%n levels to go</source>
            <translation>
                <numerusform>noch %n Stufe</numerusform>
                <numerusform>noch %n Stufen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="187" />
            <source>At the top of the scale</source>
            <translation>Ganz oben auf der Skala</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="54" />
            <source>Band / skill</source>
            <translation>Bereich / Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="185" />
            <source>No skills yet</source>
            <translation>Noch keine Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="216" />
            <location filename="../../ui/skills/model.py" line="229" />
            <source>No target</source>
            <translation>Kein Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="227" />
            <source>Not assessed yet</source>
            <translation>Noch nicht eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="58" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="55" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="240" />
            <source>Now: %s. No target set.</source>
            <translation>Jetzt: %s. Kein Ziel gesetzt.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="244" />
            <source>Now: %s. Target: %s: %s.</source>
            <translation>Jetzt: %s. Ziel: %s: %s.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="245" />
            <source>Now: %s. Target: %s: met.</source>
            <translation>Jetzt: %s. Ziel: %s: erreicht.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="57" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="56" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="232" />
            <source>Target met</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <location filename="../../ui/skills/model.py" line="179" />
            <source>Toward the next level: %s</source>
            <translation>Auf dem Weg zur nächsten Stufe: %s</translation>
        </message>
    </context>
    <context>
        <name>SkillsView</name>
        <message numerus="yes">
            <location filename="../../ui/skills/detail.py" line="171" />
            <source>%n levels to go</source>
            <translation>
                <numerusform>noch %n Stufe</numerusform>
                <numerusform>noch %n Stufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/flows.py" line="157" />
            <location filename="../../ui/skills/flows.py" line="162" />
            <source>%n recorded levels</source>
            <translation>
                <numerusform>%n erfasste Stufe</numerusform>
                <numerusform>%n erfasste Stufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/skills/flows.py" line="161" />
            <source>%n skills</source>
            <translation>
                <numerusform>%n Fähigkeit</numerusform>
                <numerusform>%n Fähigkeiten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="136" />
            <source>%s · %s</source>
            <translation>%s · %s</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="133" />
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="129" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="174" />
            <source>&amp;Gaps only</source>
            <translation>Nur &amp;Lücken</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="122" />
            <source>&amp;Record Level…</source>
            <translation>Stufe &amp;erfassen…</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="295" />
            <source>Add a &amp;Band…</source>
            <translation>&amp;Kompetenzbereich hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="154" />
            <source>At its target level.</source>
            <translation>Auf seiner Zielstufe.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="240" />
            <source>Bands now and at target</source>
            <translation>Kompetenzbereiche jetzt und im Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="177" />
            <source>Changed this &amp;year</source>
            <translation>Dieses &amp;Jahr geändert</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="29" />
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="29" />
            <source>Craft</source>
            <translation>Handwerk</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="167" />
            <source>Delete Band</source>
            <translation>Kompetenzbereich löschen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="158" />
            <source>Delete Skill</source>
            <translation>Fähigkeit löschen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="117" />
            <source>Delete This Level</source>
            <translation>Diese Stufe löschen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="164" />
            <source>Delete the band “{name}” with its {skills} and their {levels}?

Entries used as evidence stay in the journal. Undo (Ctrl+Z) brings it all back.</source>
            <translation>Den Kompetenzbereich „{name}“ löschen ({skills}, {levels})?

Einträge, die als Nachweis dienen, bleiben im Journal. Rückgängig (Strg+Z) holt alles zurück.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="155" />
            <source>Delete the skill “{name}” and its {levels}?

Entries used as evidence stay in the journal. Undo (Ctrl+Z) brings the skill and its history back.</source>
            <translation>Die Fähigkeit „{name}“ löschen ({levels})?

Einträge, die als Nachweis dienen, bleiben im Journal. Rückgängig (Strg+Z) holt die Fähigkeit samt Verlauf zurück.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="29" />
            <source>Delivery</source>
            <translation>Umsetzung</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="118" />
            <source>Edit Band</source>
            <translation>Kompetenzbereich bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="285" />
            <source>Group your skills into a few broad bands, such as craft, delivery and leadership. Give each skill the level your next role expects; every level you record then shows how far each band has risen and what is still missing.</source>
            <translation>Fassen Sie Ihre Fähigkeiten in wenigen breiten Kompetenzbereichen zusammen, etwa Handwerk, Umsetzung und Führung. Geben Sie jeder Fähigkeit die Stufe, die Ihre nächste Rolle erwartet; jede erfasste Stufe zeigt dann, wie weit jeder Bereich gestiegen ist und was noch fehlt.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="29" />
            <source>Leadership</source>
            <translation>Führung</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="139" />
            <source>Move &amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="143" />
            <source>Move Do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="115" />
            <source>New &amp;Band…</source>
            <translation>Neuer &amp;Kompetenzbereich…</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="118" />
            <source>New &amp;Skill…</source>
            <translation>Neue &amp;Fähigkeit…</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="65" />
            <source>New Band</source>
            <translation>Neuer Kompetenzbereich</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="143" />
            <source>Next level: %s.</source>
            <translation>Nächste Stufe: %s.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="282" />
            <source>No skill bands yet</source>
            <translation>Noch keine Kompetenzbereiche</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="224" />
            <source>No skill matches these filters.</source>
            <translation>Keine Fähigkeit passt zu diesen Filtern.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="139" />
            <source>No skills in this band yet. Add one with Ins.</source>
            <translation>Noch keine Fähigkeiten in diesem Bereich. Fügen Sie eine mit Einfg hinzu.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="167" />
            <source>Now: %s</source>
            <translation>Jetzt: %s</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="176" />
            <source>Only skills below their target level</source>
            <translation>Nur Fähigkeiten unter ihrer Zielstufe</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="180" />
            <source>Only skills whose level now differs from their level on 1 January</source>
            <translation>Nur Fähigkeiten, deren Stufe sich seit dem 1. Januar geändert hat</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="86" />
            <source>Record Level…</source>
            <translation>Stufe erfassen…</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="126" />
            <source>Record a level for the selected skill (Ctrl+L)</source>
            <translation>Eine Stufe für die gewählte Fähigkeit erfassen (Strg+L)</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="150" />
            <source>Scale and Band &amp;Rule…</source>
            <translation>Skala und Bereichs&amp;regel…</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="52" />
            <source>Select a band to see its layers, or a skill for its history.</source>
            <translation>Wählen Sie einen Kompetenzbereich, um seine Schichten zu sehen, oder eine Fähigkeit für ihren Verlauf.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="203" />
            <source>Skill bands and skills</source>
            <translation>Kompetenzbereiche und Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../ui/skills/flows.py" line="47" />
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../ui/skills/view.py" line="298" />
            <source>Start with &amp;Four Common Bands</source>
            <translation>Mit &amp;vier üblichen Kompetenzbereichen beginnen</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="147" />
            <source>Target %s: %s.</source>
            <translation>Ziel %s: %s.</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="169" />
            <source>Target: %s</source>
            <translation>Ziel: %s</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="175" />
            <source>last assessed %s</source>
            <translation>zuletzt eingeschätzt am %s</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="134" />
            <source>not yet at level 1</source>
            <translation>noch nicht auf Stufe 1</translation>
        </message>
        <message>
            <location filename="../../ui/skills/detail.py" line="173" />
            <source>target met</source>
            <translation>Ziel erreicht</translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message>
            <location filename="../../ui/preferences_sources.py" line="205" />
            <source>&amp;Calendar files:</source>
            <translation>&amp;Kalenderdateien:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="208" />
            <source>&amp;Notes folders:</source>
            <translation>&amp;Notizordner:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="182" />
            <source>Add Calendar Files</source>
            <translation>Kalenderdateien hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="194" />
            <source>Add GitHub or GitLab Exports</source>
            <translation>GitHub- oder GitLab-Exporte hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="188" />
            <source>Add Jira CSV Exports</source>
            <translation>Jira-CSV-Exporte hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="177" />
            <source>Add a Git Repository Folder</source>
            <translation>Git-Repository-Ordner hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="198" />
            <source>Add a Notes Folder</source>
            <translation>Notizordner hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="274" />
            <source>Add a folder or file to look in first.</source>
            <translation>Fügen Sie zuerst einen Ordner oder eine Datei zum Durchsuchen hinzu.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="183" />
            <source>Calendars (*.ics);;All files (*)</source>
            <translation>Kalender (*.ics);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="141" />
            <source>Commits, issues and pull requests by any of these count as yours: add your work and personal addresses, your name as git shows it, and your Jira and GitHub user names.</source>
            <translation>Commits, Tickets und Pull-Requests unter einer dieser Angaben gelten als Ihre: Tragen Sie Ihre dienstlichen und privaten Adressen ein, Ihren Namen, wie Git ihn zeigt, und Ihre Benutzernamen bei Jira und GitHub.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="215" />
            <source>Dat&amp;e format in notes:</source>
            <translation>Da&amp;tumsformat in Notizen:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="255" />
            <source>Date format in notes: “%s” needs YYYY, MM and DD (the year, month and day), as in YYYY-MM-DD.</source>
            <translation>Datumsformat in Notizen: „%s“ braucht YYYY, MM und DD (Jahr, Monat und Tag), wie in YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="204" />
            <source>Git fo&amp;lders:</source>
            <translation>Git-&amp;Ordner:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="195" />
            <source>GitHub or GitLab JSON (*.json);;All files (*)</source>
            <translation>GitHub- oder GitLab-JSON (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="207" />
            <source>GitHub/GitLab &amp;pull requests:</source>
            <translation>GitHub/GitLab-&amp;Pull-Requests:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="153" />
            <source>How daily notes' file names write the date</source>
            <translation>Wie die Dateinamen täglicher Notizen das Datum schreiben</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="206" />
            <source>J&amp;ira CSV files:</source>
            <translation>J&amp;ira-CSV-Dateien:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="189" />
            <source>Jira CSV exports (*.csv);;All files (*)</source>
            <translation>Jira-CSV-Exporte (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="279" />
            <source>Looking for evidence… The status bar shows how far.</source>
            <translation>Suche nach Nachweisen… Die Statusleiste zeigt den Fortschritt.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="157" />
            <source>Rescan N&amp;ow</source>
            <translation>Jet&amp;zt durchsuchen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="154" />
            <source>Rescan w&amp;hen the app starts</source>
            <translation>Beim Pro&amp;grammstart durchsuchen</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="173" />
            <source>This journal is read-only: no evidence is added to it.</source>
            <translation>Dieses Journal ist schreibgeschützt: Es werden keine Nachweise hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="218" />
            <source>Your e&amp;mails and names:</source>
            <translation>Ihre E-&amp;Mail-Adressen und Namen:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences_sources.py" line="138" />
            <source>Your emails and names, comma-separated</source>
            <translation>Ihre E-Mail-Adressen und Namen, durch Kommas getrennt</translation>
        </message>
    </context>
    <context>
        <name>StatusParts</name>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="78" />
            <source>%1 of %Ln entries</source>
            <translation>
                <numerusform>%1 von %Ln Eintrag</numerusform>
                <numerusform>%1 von %Ln Einträgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="82" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln Eintrag</numerusform>
                <numerusform>%Ln Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="76" />
            <source>%Ln in the trash</source>
            <translation>
                <numerusform>%Ln im Papierkorb</numerusform>
                <numerusform>%Ln im Papierkorb</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="42" />
            <location filename="../../ui/status_parts.py" line="43" />
            <source>(%Ln places could not be read)</source>
            <translation>
                <numerusform>(%Ln Speicherort konnte nicht gelesen werden)</numerusform>
                <numerusform>(%Ln Speicherorte konnten nicht gelesen werden)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="87" />
            <source>Backups: use your database's own tools</source>
            <translation>Sicherungen: mit den Werkzeugen Ihrer Datenbank</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/status_parts.py" line="38" />
            <source>Found %Ln new suggestions</source>
            <translation>
                <numerusform>%Ln neuer Vorschlag gefunden</numerusform>
                <numerusform>%Ln neue Vorschläge gefunden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="91" />
            <source>Last backup %s</source>
            <translation>Letzte Sicherung %s</translation>
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="102" />
            <source>Looking for evidence: %1 (%2 of %3)…</source>
            <translation>Suche nach Nachweisen: %1 (%2 von %3)…</translation>
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="40" />
            <source>No new suggestions</source>
            <translation>Keine neuen Vorschläge</translation>
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="89" />
            <source>Not backed up yet</source>
            <translation>Noch nicht gesichert</translation>
        </message>
        <message>
            <location filename="../../ui/status_parts.py" line="58" />
            <source>The journal this window shows</source>
            <translation>Das Journal, das dieses Fenster zeigt</translation>
        </message>
    </context>
    <context>
        <name>SubLevelChart</name>
        <message>
            <location filename="../../ui/levels/chart.py" line="59" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../ui/levels/chart.py" line="76" />
            <source>A below %1, B below %2, C below %3, D below %4, E from %4 (thresholds in Preferences › Levels).</source>
            <translation>A unter %1, B unter %2, C unter %3, D unter %4, E ab %4 (Schwellen unter Einstellungen › Stufen).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/levels/chart.py" line="66" />
            <source>Position %1: %2 of %n level %3 criteria assessed “consistently” (%4);</source>
            <translation>
                <numerusform>Position %1: %2 von %n Kriterium der Stufe %3 als „durchgehend“ eingeschätzt (%4);</numerusform>
                <numerusform>Position %1: %2 von %n Kriterien der Stufe %3 als „durchgehend“ eingeschätzt (%4);</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestionRows</name>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="73" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="68" />
            <source>Do not link it after all</source>
            <translation>Doch nicht verknüpfen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="70" />
            <source>Link as evidence…</source>
            <translation>Als Nachweis verknüpfen…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="74" />
            <source>Link this entry to it</source>
            <translation>Diesen Eintrag damit verknüpfen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="91" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="118" />
            <source>Open %1</source>
            <translation>%1 öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="94" />
            <source>Open the entry it looks like</source>
            <translation>Den ähnlichen Eintrag öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="71" />
            <source>Record a level of this skill with this entry as evidence</source>
            <translation>Eine Stufe dieser Fähigkeit mit diesem Eintrag als Nachweis erfassen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="67" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="160" />
            <source>The entry you are confirming this for</source>
            <translation>Der Eintrag, für den Sie dies bestätigen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_rows.py" line="157" />
            <source>This entry, once saved</source>
            <translation>Dieser Eintrag, sobald er gespeichert ist</translation>
        </message>
    </context>
    <context>
        <name>SuggestionSection</name>
        <message>
            <location filename="../../ui/editor/suggestion_section.py" line="68" />
            <source>Added under Shows: saved with the entry, one step in Undo.</source>
            <translation>Unter „Belegt“ hinzugefügt: wird mit dem Eintrag gespeichert, ein Schritt beim Rückgängigmachen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_section.py" line="234" />
            <source>Level %1, recorded right after saving: a step of its own in Undo.</source>
            <translation>Stufe %1, direkt nach dem Speichern erfasst: ein eigener Schritt beim Rückgängigmachen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_section.py" line="233" />
            <source>Level %1, recorded with the entry: one step in Undo.</source>
            <translation>Stufe %1, mit dem Eintrag erfasst: ein Schritt beim Rückgängigmachen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_section.py" line="72" />
            <source>Linked right after saving: a step of its own in Undo.</source>
            <translation>Direkt nach dem Speichern verknüpft: ein eigener Schritt beim Rückgängigmachen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_section.py" line="341" />
            <source>Not every link was made</source>
            <translation>Nicht alle Verknüpfungen wurden hergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_section.py" line="60" />
            <source>Suggested links are off: %1</source>
            <translation>Verknüpfungsvorschläge sind ausgeschaltet: %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_section.py" line="342" />
            <source>The entry is saved, but:</source>
            <translation>Der Eintrag ist gespeichert, aber:</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestion_section.py" line="64" />
            <source>Ticked under Counts toward: saved with the entry, one step in Undo.</source>
            <translation>Unter „Zählt für“ angehakt: wird mit dem Eintrag gespeichert, ein Schritt beim Rückgängigmachen.</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message numerus="yes">
            <location filename="../../ui/summary/view.py" line="443" />
            <source>%1 of %n entries included</source>
            <translation>
                <numerusform>%1 von %n Eintrag aufgenommen</numerusform>
                <numerusform>%1 von %n Einträgen aufgenommen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="592" />
            <source>%1 was not written: %2</source>
            <translation>%1 wurde nicht geschrieben: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/summary/view.py" line="464" />
            <source>%1 · %n pages · %2</source>
            <translation>
                <numerusform>%1 · %n Seite · %2</numerusform>
                <numerusform>%1 · %n Seiten · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/summary/themes.py" line="262" />
            <source>%n achievements</source>
            <translation>
                <numerusform>%n Erfolg</numerusform>
                <numerusform>%n Erfolge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="274" />
            <source>&amp;All</source>
            <translation>A&amp;lle</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="250" />
            <source>&amp;Best per kind:</source>
            <translation>Bes&amp;te je Art:</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="78" />
            <source>&amp;Case for:</source>
            <translation>Mapp&amp;e für:</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="207" />
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="109" />
            <source>&amp;Group by:</source>
            <translation>Gruppieren &amp;nach:</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="141" />
            <source>&amp;Merge Selected Themes</source>
            <translation>&amp;Ausgewählte Themen zusammenführen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="276" />
            <source>&amp;None</source>
            <translation>&amp;Keine</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="153" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="136" />
            <source>&amp;Rename Theme</source>
            <translation>Thema &amp;umbenennen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="77" />
            <source>&amp;Report:</source>
            <translation>Be&amp;richt:</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="206" />
            <source>&amp;Show:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="208" />
            <source>&amp;To:</source>
            <translation>B&amp;is:</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="105" />
            <source>A promotion case needs a progression framework: import one in Levels first.</source>
            <translation>Eine Beförderungsmappe braucht ein Karrierestufenmodell: Importieren Sie zuerst eines unter Stufen.</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="66" />
            <source>Appraisal summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="237" />
            <source>Chores such as “Set up a new laptop” are left out by default</source>
            <translation>Routinearbeiten wie „Neuen Laptop eingerichtet“ bleiben standardmäßig weg</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="195" />
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="250" />
            <source>Double-click a theme or press F2 to rename it; select two or more and press Ctrl+M to merge them.</source>
            <translation>Doppelklicken Sie auf ein Thema oder drücken Sie F2, um es umzubenennen; wählen Sie zwei oder mehr aus und drücken Sie Strg+M, um sie zusammenzuführen.</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="261" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="271" />
            <source>Entries of the period; untick to leave one out</source>
            <translation>Einträge des Zeitraums; Häkchen entfernen, um einen wegzulassen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="166" />
            <source>Export &amp;HTML…</source>
            <translation>&amp;HTML exportieren…</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="174" />
            <source>Export &amp;Markdown…</source>
            <translation>&amp;Markdown exportieren…</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="158" />
            <source>Export P&amp;DF…</source>
            <translation>PD&amp;F exportieren…</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="521" />
            <source>Export PDF</source>
            <translation>PDF exportieren</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="570" />
            <source>Export Summary</source>
            <translation>Zusammenfassung exportieren</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="213" />
            <source>Finding the themes of the period…</source>
            <translation>Themen des Zeitraums werden ermittelt…</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="58" />
            <source>Fit &amp;Page</source>
            <translation>Ganze &amp;Seite</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="55" />
            <source>Fit &amp;Width</source>
            <translation>Seiten&amp;breite</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="78" />
            <source>Fit page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="77" />
            <source>Fit width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="148" />
            <source>Forget the names and merges of this period</source>
            <translation>Namen und Zusammenführungen dieses Zeitraums vergessen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="273" />
            <source>Found as “%1”</source>
            <translation>Gefunden als „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="243" />
            <source>Grouped by kind: themes are off (%1).</source>
            <translation>Nach Art gruppiert: Themen sind ausgeschaltet (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="239" />
            <source>Grouped by kind: themes need the meaning extra: pip install 'careerjournal[meaning]'</source>
            <translation>Nach Art gruppiert: Themen brauchen das Zusatzpaket „meaning“: pip install 'careerjournal[meaning]'</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="561" />
            <source>HTML page (*.html)</source>
            <translation>HTML-Seite (*.html)</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="265" />
            <source>In no theme</source>
            <translation>In keinem Thema</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="235" />
            <source>Include entries of kind Other</source>
            <translation>Einträge der Art Sonstiges aufnehmen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="231" />
            <source>Include pay and bonus entries</source>
            <translation>Gehalts- und Bonuseinträge aufnehmen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="103" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="193" />
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="192" />
            <source>Last 6 months</source>
            <translation>Letzte 6 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="45" />
            <location filename="../../ui/summary/case_options.py" line="168" />
            <source>Level %1</source>
            <translation>Stufe %1</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="565" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="150" />
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="49" />
            <source>Next Page</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="247" />
            <source>No achievements in this period to group.</source>
            <translation>Keine Erfolge in diesem Zeitraum zum Gruppieren.</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="352" />
            <source>No review recorded yet: showing the last 12 months.</source>
            <translation>Noch keine Beurteilung erfasst: Die letzten 12 Monate werden gezeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="595" />
            <source>Not exported</source>
            <translation>Nicht exportiert</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="260" />
            <source>Other achievements</source>
            <translation>Weitere Erfolge</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="521" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="168" />
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="204" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="360" />
            <location filename="../../ui/summary/view.py" line="380" />
            <source>Pick any dates.</source>
            <translation>Beliebige Daten wählen.</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="41" />
            <source>Previous Page</source>
            <translation>Vorherige Seite</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="499" />
            <source>Print Summary</source>
            <translation>Zusammenfassung drucken</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="67" />
            <source>Promotion case</source>
            <translation>Beförderungsmappe</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="169" />
            <source>Promotion case for %1</source>
            <translation>Beförderungsmappe für %1</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="150" />
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="75" />
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="146" />
            <source>Rese&amp;t Themes</source>
            <translation>Themen zur&amp;ücksetzen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="150" />
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="554" />
            <location filename="../../ui/summary/view.py" line="587" />
            <source>Saved %s</source>
            <translation>%s gespeichert</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="218" />
            <source>Sections</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="191" />
            <source>Since the last review</source>
            <translation>Seit der letzten Beurteilung</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="247" />
            <source>The best entries of each kind by star, measurable result and impact; 0 lists all</source>
            <translation>Die besten Einträge jeder Art nach Markierung, messbarem Ergebnis und Wirkung; 0 zeigt alle</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="70" />
            <source>The level the promotion case is for</source>
            <translation>Die Stufe, für die die Beförderungsmappe ist</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="125" />
            <source>The level's criteria in “%1” topic by topic, with your evidence, what is still open, readiness and your sub-level.</source>
            <translation>Die Kriterien der Stufe in „%1“ Bereich für Bereich, mit Ihren Nachweisen, was noch offen ist, Bereitschaft und Ihrer Position.</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="116" />
            <source>The next level (%1)</source>
            <translation>Nächste Stufe (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="118" />
            <source>The next level (none)</source>
            <translation>Nächste Stufe (keine)</translation>
        </message>
        <message>
            <location filename="../../ui/summary/case_options.py" line="113" />
            <source>The next level's criteria with your evidence, topic by topic</source>
            <translation>Die Kriterien der nächsten Stufe mit Ihren Nachweisen, Bereich für Bereich</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="427" />
            <source>The period starts after it ends: pick a later end.</source>
            <translation>Der Zeitraum beginnt nach seinem Ende: Wählen Sie ein späteres Ende.</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="233" />
            <source>The themes could not be found: %1</source>
            <translation>Die Themen konnten nicht ermittelt werden: %1</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="104" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="106" />
            <source>Theme: a few groups of entries close in meaning, named by their central entries</source>
            <translation>Thema: einige Gruppen von Einträgen mit ähnlicher Bedeutung, benannt nach ihren zentralen Einträgen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="124" />
            <source>Themes</source>
            <translation>Themen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/themes.py" line="133" />
            <source>Themes of the summary</source>
            <translation>Themen der Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="194" />
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="528" />
            <source>Writing the PDF…</source>
            <translation>PDF wird geschrieben…</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="349" />
            <source>Your last recorded review was on %s.</source>
            <translation>Ihre letzte erfasste Beurteilung war am %s.</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="63" />
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <location filename="../../ui/summary/pages.py" line="70" />
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <location filename="../../ui/summary/view.py" line="245" />
            <source>all</source>
            <translation>alle</translation>
        </message>
    </context>
    <context>
        <name>SummaryWords</name>
        <message>
            <location filename="../../ui/summary/words.py" line="37" />
            <source>%1 so far</source>
            <translation>%1 bis heute</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="41" />
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="19" />
            <source>Achievements</source>
            <translation>Erfolge</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="22" />
            <source>Feedback and recognition</source>
            <translation>Feedback und Anerkennung</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="21" />
            <source>Goals and readiness</source>
            <translation>Ziele und Bereitschaft</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="18" />
            <source>Headline</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="31" />
            <source>Since your review on %1</source>
            <translation>Seit Ihrer Beurteilung am %1</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="20" />
            <source>Skill levels</source>
            <translation>Fähigkeitsstufen</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="33" />
            <source>The last 12 months</source>
            <translation>Die letzten 12 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="35" />
            <source>The last 6 months</source>
            <translation>Die letzten 6 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/summary/words.py" line="23" />
            <source>The period in numbers</source>
            <translation>Der Zeitraum in Zahlen</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <location filename="../../ui/timeline/tooltips.py" line="38" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="69" />
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="70" />
            <source>3 years</source>
            <translation>3 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="71" />
            <source>5 years</source>
            <translation>5 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/empty.py" line="60" />
            <source>Add your roles and journal your small steps (skills, projects, feedback, recognition…): they appear here over time, with your promotions marked.</source>
            <translation>Erfassen Sie Ihre Rollen und halten Sie Ihre kleinen Schritte fest (Fähigkeiten, Projekte, Feedback, Anerkennung…): Sie erscheinen hier im Zeitverlauf, mit markierten Beförderungen.</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="72" />
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/empty.py" line="41" />
            <source>Clear filters</source>
            <translation>Filter löschen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="144" />
            <source>Click a marker to read its entry here</source>
            <translation>Klicken Sie auf eine Markierung, um ihren Eintrag hier zu lesen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="55" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/tooltips.py" line="42" />
            <source>Highest impact: %1</source>
            <translation>Höchste Wirkung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="48" />
            <source>Lattice</source>
            <translation>Gitter</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="209" />
            <location filename="../../ui/timeline/view.py" line="400" />
            <source>Momentum</source>
            <translation>Schwung</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/tooltips.py" line="61" />
            <source>Momentum on %1: %2&lt;br&gt;the sum of impact of the micro-progressions in the %3 days up to that day</source>
            <translation>Schwung am %1: %2&lt;br&gt;die Summe der Wirkung der Mikro-Fortschritte in den %3 Tagen bis zu diesem Tag</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/tooltips.py" line="74" />
            <source>Momentum: the sum of impact (1-5) of micro-progressions in the %1 days up to each point, sampled every %2 days.</source>
            <translation>Schwung: die Summe der Wirkung (1–5) der Mikro-Fortschritte in den %1 Tagen bis zu jedem Punkt, alle %2 Tage gemessen.</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/empty.py" line="54" />
            <source>No entries match these filters</source>
            <translation>Keine Einträge passen zu diesen Filtern</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="369" />
            <source>No function given</source>
            <translation>Keine Funktion angegeben</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="554" />
            <source>Not moved to trash</source>
            <translation>Nicht in den Papierkorb verschoben</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/empty.py" line="58" />
            <source>Nothing on the timeline yet</source>
            <translation>Noch nichts auf der Zeitleiste</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="209" />
            <location filename="../../ui/timeline/view.py" line="396" />
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="56" />
            <source>Save the timeline as a PNG image or SVG drawing</source>
            <translation>Die Zeitleiste als PNG-Bild oder SVG-Zeichnung speichern</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="75" />
            <source>Show everything since your last appraisal</source>
            <translation>Alles seit Ihrem letzten Mitarbeitergespräch zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="98" />
            <source>Show everything since your last appraisal on %s</source>
            <translation>Alles seit Ihrem letzten Mitarbeitergespräch am %s zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="49" />
            <source>Show roles by function over time, so lateral and diagonal moves stand out</source>
            <translation>Rollen nach Funktion im Zeitverlauf zeigen, damit seitliche und diagonale Wechsel hervortreten</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="71" />
            <source>Show the last five years</source>
            <translation>Die letzten fünf Jahre zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="70" />
            <source>Show the last three years</source>
            <translation>Die letzten drei Jahre zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="69" />
            <source>Show the last year</source>
            <translation>Das letzte Jahr zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="72" />
            <source>Show the whole career</source>
            <translation>Die ganze Karriere zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/toolbar.py" line="74" />
            <source>Since last appraisal</source>
            <translation>Seit letztem Gespräch</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/view.py" line="108" />
            <source>Timeline of roles and entries</source>
            <extracomment>"Clear filters" emptied the search text; the search field should be emptied too. The tooltip the pointer shows now (rich text; empty for none).</extracomment>
            <translation>Zeitleiste der Rollen und Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/empty.py" line="55" />
            <source>Try fewer filters or other search words.</source>
            <translation>Versuchen Sie weniger Filter oder andere Suchwörter.</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/tooltips.py" line="43" />
            <source>Zoom in to see each entry; click to read this one.</source>
            <translation>Vergrößern, um jeden Eintrag zu sehen; klicken, um diesen zu lesen.</translation>
        </message>
        <message>
            <location filename="../../ui/timeline/tooltips.py" line="49" />
            <source>now</source>
            <translation>heute</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <location filename="../../ui/history/controller.py" line="96" />
            <location filename="../../ui/history/controller.py" line="107" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/history/controller.py" line="110" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/history/controller.py" line="88" />
            <location filename="../../ui/history/controller.py" line="107" />
            <source>&amp;Undo</source>
            <extracomment>Shows a refused undo or redo; the main window puts up a message box.</extracomment>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/history/controller.py" line="110" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message numerus="yes">
            <location filename="../../ui/lock/unlock_window.py" line="183" />
            <source>%n quick wins wait to be added when the journal is unlocked.</source>
            <translation>
                <numerusform>%n kleiner Erfolg wartet darauf, beim Entsperren des Journals hinzugefügt zu werden.</numerusform>
                <numerusform>%n kleine Erfolge warten darauf, beim Entsperren des Journals hinzugefügt zu werden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="116" />
            <source>&amp;Open Another Journal…</source>
            <translation>&amp;Anderes Journal öffnen…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="110" />
            <source>&amp;Quick Win…</source>
            <translation>&amp;Kleiner Erfolg…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="86" />
            <source>&amp;Remember on this computer</source>
            <translation>Auf diesem Computer &amp;merken</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="100" />
            <location filename="../../ui/lock/unlock_window.py" line="159" />
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="113" />
            <location filename="../../ui/lock/unlock_window.py" line="192" />
            <source>Capture a win now; it is sealed and added when the journal is unlocked</source>
            <translation>Jetzt einen Erfolg festhalten; er wird versiegelt und beim Entsperren des Journals hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="89" />
            <source>Keep the passphrase in this computer's keychain: the journal opens by itself</source>
            <translation>Die Passphrase im Schlüsselbund dieses Computers aufbewahren: Das Journal öffnet sich dann von selbst</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="82" />
            <location filename="../../ui/lock/unlock_window.py" line="83" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="93" />
            <source>This computer has no keychain to remember the passphrase in.</source>
            <translation>Dieser Computer hat keinen Schlüsselbund, in dem die Passphrase gespeichert werden könnte.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="75" />
            <source>This journal is locked. Type its passphrase to open it.</source>
            <translation>Dieses Journal ist gesperrt. Geben Sie seine Passphrase ein, um es zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="204" />
            <source>Type the journal's passphrase.</source>
            <translation>Geben Sie die Passphrase des Journals ein.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="194" />
            <source>Unlock this journal once on this computer to capture while it is locked</source>
            <translation>Entsperren Sie dieses Journal einmal auf diesem Computer, um auch im gesperrten Zustand Erfolge festhalten zu können</translation>
        </message>
        <message>
            <location filename="../../ui/lock/unlock_window.py" line="159" />
            <source>Unlocking…</source>
            <translation>Wird entsperrt…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="56" />
            <source>Load a sample career</source>
            <translation>Eine Beispielkarriere laden</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="59" />
            <source>Opens a separate sample journal with a generated 12-year career to explore.</source>
            <translation>Öffnet ein eigenes Beispieljournal mit einer erzeugten 12-jährigen Karriere zum Erkunden.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="62" />
            <source>Tip: Ctrl+Shift+N captures a quick win from anywhere in the app.</source>
            <translation>Tipp: Strg+Umschalt+N hält überall in der App einen kleinen Erfolg fest.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="34" />
            <source>Welcome to your career journal</source>
            <translation>Willkommen in Ihrem Karriere-Journal</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="41" />
            <source>Write down what moves your career forward as it happens: the promotions and new roles, and the small steps between them — a skill learned, a project shipped, praise received, feedback asked for. When the next appraisal comes, the evidence is already here.</source>
            <translation>Schreiben Sie auf, was Ihre Karriere voranbringt, sobald es passiert: Beförderungen und neue Rollen und die kleinen Schritte dazwischen — eine gelernte Fähigkeit, ein ausgeliefertes Projekt, erhaltenes Lob, erbetenes Feedback. Wenn das nächste Mitarbeitergespräch ansteht, sind die Nachweise schon da.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="52" />
            <source>Write your first entry</source>
            <translation>Ihren ersten Eintrag schreiben</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../ui/skills/dialogs/form.py" line="91" />
            <source>%s (Ctrl+Enter)</source>
            <extracomment>Longest band or skill name (the services' limit).</extracomment>
            <translation>%s (Strg+Eingabe)</translation>
        </message>
        <message>
            <location filename="../../ui/skills/dialogs/form.py" line="98" />
            <source>%s saves · Esc cancels</source>
            <translation>%s speichert · Esc bricht ab</translation>
        </message>
    </context>
    <context>
        <name>_Rows</name>
        <message>
            <location filename="../../ui/history/dialog.py" line="79" />
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="79" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="103" />
            <source>Undone</source>
            <translation>Rückgängig gemacht</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="79" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="79" />
            <source>When</source>
            <extracomment>Columns a user does not think of as the record's content.</extracomment>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="92" />
            <source>before %1</source>
            <translation>vor %1</translation>
        </message>
        <message>
            <location filename="../../ui/history/dialog.py" line="97" />
            <source>“%1”, as it was before its first logged change</source>
            <translation>„%1“ vor der ersten erfassten Änderung</translation>
        </message>
    </context>
    <context>
        <name>_TimeChart</name>
        <message>
            <location filename="../../ui/skills/chart_base.py" line="67" />
            <source>Level</source>
            <extracomment>The shortcut the empty history's hint names for recording an assessment.</extracomment>
            <translation>Stufe</translation>
        </message>
    </context>
    <context>
        <name>areas</name>
        <message>
            <location filename="../../ui/areas.py" line="132" />
            <source>A tidy summary of a period, with evidence, to print or export for an appraisal.</source>
            <translation>Eine übersichtliche Zusammenfassung eines Zeitraums mit Nachweisen, zum Drucken oder Exportieren fürs Mitarbeitergespräch.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="123" />
            <source>Big leaps against incremental gains, momentum, role fragmentation, cadence of feedback and recognition, and guidance for your career stage.</source>
            <translation>Große Sprünge gegen kleine Schritte, Schwung, Rollenzersplitterung, Rhythmus von Feedback und Anerkennung und Hinweise für Ihre Karrierephase.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="140" />
            <source>Entries suggested from the traces your work leaves (commits, pull requests, events, tickets, notes), to accept, merge or dismiss.</source>
            <translation>Einträge, vorgeschlagen aus den Spuren Ihrer Arbeit (Commits, Pull-Requests, Termine, Tickets, Notizen), zum Annehmen, Zusammenführen oder Verwerfen.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="85" />
            <source>Every entry, newest first, with filters and search.</source>
            <translation>Alle Einträge, die neuesten zuerst, mit Filtern und Suche.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="110" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="113" />
            <source>Goals broken into milestones, the evidence for each, and a burn-up chart of progress toward your next promotion.</source>
            <translation>Ziele, aufgeteilt in Meilensteine, die Nachweise für jeden und ein Burn-up-Diagramm des Fortschritts zu Ihrer nächsten Beförderung.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="137" />
            <source>Inbox</source>
            <translation>Posteingang</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="120" />
            <source>Insights</source>
            <translation>Erkenntnisse</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="83" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="147" />
            <source>Levels</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="103" />
            <source>Skill bands rising layer by layer: each skill's level against its target, and what is still missing for the next band level.</source>
            <translation>Kompetenzbereiche, die Schicht um Schicht wachsen: die Stufe jeder Fähigkeit gegen ihr Ziel und was für die nächste Bereichsstufe noch fehlt.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="100" />
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="130" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="90" />
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="150" />
            <source>Your employer's progression framework: the criteria of your current and next level, the evidence and assessments behind each, and how ready you are.</source>
            <translation>Das Karrierestufenmodell Ihres Arbeitgebers: die Kriterien Ihrer aktuellen und nächsten Stufe, die Nachweise und Einschätzungen dazu und wie bereit Sie sind.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="93" />
            <source>Your roles as a band over time, promotions marked across every lane, and a lane per kind of micro-progression, with momentum underneath.</source>
            <translation>Ihre Rollen als Band im Zeitverlauf, Beförderungen über alle Spuren markiert, eine Spur je Art von Mikro-Fortschritt und darunter der Schwung.</translation>
        </message>
    </context>
    <context>
        <name>impact</name>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="18" />
            <source>big step</source>
            <translation>großer Schritt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="19" />
            <source>career-defining</source>
            <translation>karriereprägend</translation>
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="15" />
            <source>nano step</source>
            <translation>Nano-Schritt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="16" />
            <source>small step</source>
            <translation>kleiner Schritt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/impact_field.py" line="17" />
            <source>solid progress</source>
            <translation>solider Fortschritt</translation>
        </message>
    </context>
    <context>
        <name>journal</name>
        <message>
            <location filename="../../ui/journal/model.py" line="73" />
            <source>Impact %d of %d</source>
            <translation>Wirkung %d von %d</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../domain/labels.py" line="158" />
            <source>Accepted</source>
            <comment>CandidateStatus</comment>
            <translation>Angenommen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="100" />
            <source>Achieved</source>
            <comment>GoalStatus</comment>
            <translation>Erreicht</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="99" />
            <source>Active</source>
            <comment>GoalStatus</comment>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="107" />
            <source>After N entries of a kind</source>
            <comment>CriterionKind</comment>
            <translation>Nach N Einträgen einer Art</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="153" />
            <source>Assessed “consistently”</source>
            <comment>TickRule</comment>
            <translation>Als „durchgehend“ eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="105" />
            <source>By hand</source>
            <comment>CriterionKind</comment>
            <translation>Von Hand</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="138" />
            <source>Calendar</source>
            <comment>HarvestSource</comment>
            <translation>Kalender</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="116" />
            <source>Certification</source>
            <comment>AssessmentSource</comment>
            <translation>Zertifizierung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="123" />
            <source>Certification</source>
            <comment>AssessmentSource long</comment>
            <translation>Zertifizierung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="49" />
            <source>Certification</source>
            <comment>EntryKind</comment>
            <translation>Zertifizierung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="93" />
            <source>Certification</source>
            <comment>GoalKind</comment>
            <translation>Zertifizierung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="63" />
            <source>Certifications</source>
            <comment>EntryKind plural</comment>
            <translation>Zertifizierungen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="56" />
            <source>Compensation</source>
            <comment>EntryKind</comment>
            <translation>Vergütung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="70" />
            <source>Compensation</source>
            <comment>EntryKind plural</comment>
            <translation>Vergütung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="147" />
            <source>Consistently</source>
            <comment>Demonstration</comment>
            <translation>Durchgehend</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="95" />
            <source>Custom</source>
            <comment>GoalKind</comment>
            <translation>Eigenes Ziel</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="86" />
            <source>Diagonal</source>
            <comment>MoveKind short</comment>
            <translation>Diagonal</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="78" />
            <source>Diagonal move</source>
            <comment>MoveKind</comment>
            <translation>Diagonaler Wechsel</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="159" />
            <source>Dismissed</source>
            <comment>CandidateStatus</comment>
            <translation>Verworfen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="127" />
            <source>Dreyfus</source>
            <comment>SkillScale</comment>
            <translation>Dreyfus</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="132" />
            <source>Dreyfus: five stages of competence</source>
            <comment>SkillScale long</comment>
            <translation>Dreyfus: fünf Kompetenzstufen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="101" />
            <source>Dropped</source>
            <comment>GoalStatus</comment>
            <translation>Aufgegeben</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="160" />
            <source>Duplicate</source>
            <comment>CandidateStatus</comment>
            <translation>Duplikat</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="152" />
            <source>Evidence linked</source>
            <comment>TickRule</comment>
            <translation>Nachweis verknüpft</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="151" />
            <source>Evidence linked and assessed “consistently”</source>
            <comment>TickRule</comment>
            <translation>Nachweis verknüpft und als „durchgehend“ eingeschätzt</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="53" />
            <source>Feedback</source>
            <comment>EntryKind</comment>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="67" />
            <source>Feedback</source>
            <comment>EntryKind plural</comment>
            <translation>Feedback</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="75" />
            <source>First role</source>
            <comment>MoveKind</comment>
            <translation>Erste Rolle</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="83" />
            <source>First role</source>
            <comment>MoveKind short</comment>
            <translation>Erste Rolle</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="137" />
            <source>Git</source>
            <comment>HarvestSource</comment>
            <translation>Git</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="140" />
            <source>GitHub/GitLab</source>
            <comment>HarvestSource</comment>
            <translation>GitHub/GitLab</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="139" />
            <source>Jira</source>
            <comment>HarvestSource</comment>
            <translation>Jira</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="85" />
            <source>Lateral</source>
            <comment>MoveKind short</comment>
            <translation>Seitlich</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="94" />
            <source>Lateral move</source>
            <comment>GoalKind</comment>
            <translation>Seitlicher Wechsel</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="77" />
            <source>Lateral move</source>
            <comment>MoveKind</comment>
            <translation>Seitlicher Wechsel</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="54" />
            <source>Learning</source>
            <comment>EntryKind</comment>
            <translation>Lernen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="68" />
            <source>Learning</source>
            <comment>EntryKind plural</comment>
            <translation>Lernen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="114" />
            <source>Manager</source>
            <comment>AssessmentSource</comment>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="121" />
            <source>Manager's assessment</source>
            <comment>AssessmentSource long</comment>
            <translation>Einschätzung der Führungskraft</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="55" />
            <source>Network</source>
            <comment>EntryKind</comment>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="69" />
            <source>Network</source>
            <comment>EntryKind plural</comment>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="157" />
            <source>New</source>
            <comment>CandidateStatus</comment>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="79" />
            <source>New employer</source>
            <comment>MoveKind</comment>
            <translation>Neuer Arbeitgeber</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="87" />
            <source>New employer</source>
            <comment>MoveKind short</comment>
            <translation>Neuer Arbeitgeber</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="145" />
            <source>Not yet</source>
            <comment>Demonstration</comment>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="141" />
            <source>Notes</source>
            <comment>HarvestSource</comment>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="57" />
            <source>Other</source>
            <comment>EntryKind</comment>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="71" />
            <source>Other</source>
            <comment>EntryKind plural</comment>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="115" />
            <source>Peer</source>
            <comment>AssessmentSource</comment>
            <translation>Kollegen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="122" />
            <source>Peer assessment</source>
            <comment>AssessmentSource long</comment>
            <translation>Einschätzung von Kollegen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="50" />
            <source>Project</source>
            <comment>EntryKind</comment>
            <translation>Projekt</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="64" />
            <source>Projects</source>
            <comment>EntryKind plural</comment>
            <translation>Projekte</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="47" />
            <source>Promotion</source>
            <comment>EntryKind</comment>
            <translation>Beförderung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="91" />
            <source>Promotion</source>
            <comment>GoalKind</comment>
            <translation>Beförderung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="76" />
            <source>Promotion</source>
            <comment>MoveKind</comment>
            <translation>Beförderung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="84" />
            <source>Promotion</source>
            <comment>MoveKind short</comment>
            <translation>Beförderung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="61" />
            <source>Promotions</source>
            <comment>EntryKind plural</comment>
            <translation>Beförderungen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="52" />
            <source>Recognition</source>
            <comment>EntryKind</comment>
            <translation>Anerkennung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="66" />
            <source>Recognition</source>
            <comment>EntryKind plural</comment>
            <translation>Anerkennung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="65" />
            <source>Responsibilities</source>
            <comment>EntryKind plural</comment>
            <translation>Verantwortlichkeiten</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="51" />
            <source>Responsibility</source>
            <comment>EntryKind</comment>
            <translation>Verantwortung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="128" />
            <source>SFIA</source>
            <comment>SkillScale</comment>
            <translation>SFIA</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="133" />
            <source>SFIA: seven levels of responsibility</source>
            <comment>SkillScale long</comment>
            <translation>SFIA: sieben Verantwortungsstufen</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="113" />
            <source>Self</source>
            <comment>AssessmentSource</comment>
            <translation>Selbst</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="120" />
            <source>Self-assessment</source>
            <comment>AssessmentSource long</comment>
            <translation>Selbsteinschätzung</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="48" />
            <source>Skill</source>
            <comment>EntryKind</comment>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="92" />
            <source>Skill</source>
            <comment>GoalKind</comment>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="62" />
            <source>Skills</source>
            <comment>EntryKind plural</comment>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="146" />
            <source>Sometimes</source>
            <comment>Demonstration</comment>
            <translation>Manchmal</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="109" />
            <source>When a framework criterion is met</source>
            <comment>CriterionKind</comment>
            <translation>Wenn ein Kriterium des Stufenmodells erfüllt ist</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="106" />
            <source>When a skill reaches a level</source>
            <comment>CriterionKind</comment>
            <translation>Wenn eine Fähigkeit eine Stufe erreicht</translation>
        </message>
        <message>
            <location filename="../../domain/labels.py" line="108" />
            <source>With a certification entry tagged…</source>
            <comment>CriterionKind</comment>
            <translation>Mit einem Zertifizierungseintrag mit Tag…</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="87" />
            <source>Accept %n suggestions</source>
            <translation>
                <numerusform>%n Vorschlag annehmen</numerusform>
                <numerusform>%n Vorschläge annehmen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="55" />
            <source>Accept “%1” from the inbox</source>
            <translation>„%1“ aus dem Posteingang annehmen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="75" />
            <source>Add %n bands</source>
            <translation>
                <numerusform>%n Kompetenzbereich hinzufügen</numerusform>
                <numerusform>%n Kompetenzbereiche hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="31" />
            <source>Add band “%1”</source>
            <translation>Kompetenzbereich „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="18" />
            <source>Add entry “%1”</source>
            <translation>Eintrag „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="42" />
            <source>Add goal “%1”</source>
            <translation>Ziel „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="45" />
            <source>Add milestone “%1”</source>
            <translation>Meilenstein „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="27" />
            <source>Add review “%1”</source>
            <translation>Beurteilung „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="23" />
            <source>Add role “%1”</source>
            <translation>Rolle „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="35" />
            <source>Add skill “%1”</source>
            <translation>Fähigkeit „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="63" />
            <source>Assess “%1”</source>
            <translation>„%1“ einschätzen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="123" />
            <source>Cannot redo “%1”.</source>
            <translation>„%1“ kann nicht wiederholt werden.</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="123" />
            <source>Cannot undo “%1”.</source>
            <translation>„%1“ kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="30" />
            <source>Change the profile</source>
            <translation>Profil ändern</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="61" />
            <source>Change the settings of “%1”</source>
            <translation>Die Einstellungen von „%1“ ändern</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="91" />
            <source>Change “%1”</source>
            <translation>„%1“ ändern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="79" />
            <source>Delete %n entries</source>
            <translation>
                <numerusform>%n Eintrag löschen</numerusform>
                <numerusform>%n Einträge löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="81" />
            <source>Delete %n entries for good</source>
            <translation>
                <numerusform>%n Eintrag endgültig löschen</numerusform>
                <numerusform>%n Einträge endgültig löschen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="40" />
            <source>Delete a level of “%1”</source>
            <translation>Eine Stufe von „%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="64" />
            <source>Delete an assessment of “%1”</source>
            <translation>Eine Einschätzung von „%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="33" />
            <source>Delete band “%1”</source>
            <translation>Kompetenzbereich „%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="20" />
            <source>Delete entry “%1”</source>
            <translation>Eintrag „%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="22" />
            <source>Delete entry “%1” for good</source>
            <translation>Eintrag „%1“ endgültig löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="44" />
            <source>Delete goal “%1”</source>
            <translation>Ziel „%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="48" />
            <source>Delete milestone “%1”</source>
            <translation>Meilenstein „%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="29" />
            <source>Delete review “%1”</source>
            <translation>Beurteilung „%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="26" />
            <source>Delete role “%1”</source>
            <translation>Rolle „%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="37" />
            <source>Delete skill “%1”</source>
            <translation>Fähigkeit „%1“ löschen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="85" />
            <source>Dismiss %n suggestions</source>
            <translation>
                <numerusform>%n Vorschlag verwerfen</numerusform>
                <numerusform>%n Vorschläge verwerfen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="57" />
            <source>Dismiss “%1”</source>
            <translation>„%1“ verwerfen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="32" />
            <source>Edit band “%1”</source>
            <translation>Kompetenzbereich „%1“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="19" />
            <source>Edit entry “%1”</source>
            <translation>Eintrag „%1“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="43" />
            <source>Edit goal “%1”</source>
            <translation>Ziel „%1“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="46" />
            <source>Edit milestone “%1”</source>
            <translation>Meilenstein „%1“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="28" />
            <source>Edit review “%1”</source>
            <translation>Beurteilung „%1“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="25" />
            <source>Edit role “%1”</source>
            <translation>Rolle „%1“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="36" />
            <source>Edit skill “%1”</source>
            <translation>Fähigkeit „%1“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="58" />
            <source>Import framework “%1”</source>
            <translation>Stufenmodell „%1“ importieren</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="53" />
            <source>Import “%1”</source>
            <translation>„%1“ importieren</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="51" />
            <location filename="../../ui/history/labels.py" line="65" />
            <source>Link evidence to “%1”</source>
            <translation>Nachweis mit „%1“ verknüpfen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="67" />
            <source>Make “%1” the promotion goal</source>
            <translation>„%1“ zum Beförderungsziel machen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="56" />
            <source>Merge suggestions into “%1”</source>
            <translation>Vorschläge zu „%1“ zusammenführen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="125" />
            <source>Nothing was changed.</source>
            <translation>Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="39" />
            <source>Record a level for “%1”</source>
            <translation>Eine Stufe für „%1“ erfassen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="60" />
            <source>Remove framework “%1”</source>
            <translation>Stufenmodell „%1“ entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="89" />
            <source>Reopen milestone “%1”</source>
            <translation>Meilenstein „%1“ wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="34" />
            <source>Reorder bands</source>
            <translation>Kompetenzbereiche umsortieren</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="49" />
            <source>Reorder the milestones of “%1”</source>
            <translation>Die Meilensteine von „%1“ umsortieren</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="38" />
            <source>Reorder the skills of “%1”</source>
            <translation>Die Fähigkeiten von „%1“ umsortieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/history/labels.py" line="80" />
            <source>Restore %n entries</source>
            <translation>
                <numerusform>%n Eintrag wiederherstellen</numerusform>
                <numerusform>%n Einträge wiederherstellen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="54" />
            <source>Restore an earlier version of “%1”</source>
            <translation>Eine frühere Fassung von „%1“ wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="21" />
            <source>Restore entry “%1”</source>
            <translation>Eintrag „%1“ wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="62" />
            <source>Set the framework level of “%1”</source>
            <translation>Die Stufe von „%1“ im Stufenmodell festlegen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="50" />
            <source>Split milestone “%1”</source>
            <translation>Meilenstein „%1“ teilen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="24" />
            <source>Start role “%1”</source>
            <translation>Rolle „%1“ beginnen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="41" />
            <source>Switch the skill scale</source>
            <translation>Fähigkeitsskala wechseln</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="120" />
            <source>The %1 exists again.</source>
            <translation>%1 existiert wieder.</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="122" />
            <source>The %1 was changed since, here or on another device.</source>
            <translation>%1 wurde inzwischen geändert, hier oder auf einem anderen Gerät.</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="118" />
            <source>The %1 was deleted since.</source>
            <translation>%1 wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="47" />
            <source>Tick milestone “%1”</source>
            <translation>Meilenstein „%1“ abhaken</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="52" />
            <location filename="../../ui/history/labels.py" line="66" />
            <source>Unlink evidence from “%1”</source>
            <translation>Nachweis von „%1“ lösen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="59" />
            <source>Use framework “%1”</source>
            <translation>Stufenmodell „%1“ verwenden</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="112" />
            <source>assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="168" />
            <source>automatic criterion</source>
            <translation>Automatisches Kriterium</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="104" />
            <location filename="../../ui/history/labels.py" line="156" />
            <source>band</source>
            <translation>Kompetenzbereich</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="163" />
            <source>closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="111" />
            <source>criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="169" />
            <source>criterion settings</source>
            <translation>Kriteriumseinstellungen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="154" />
            <source>currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="139" />
            <location filename="../../ui/history/labels.py" line="140" />
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="137" />
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="166" />
            <source>done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="165" />
            <source>due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="151" />
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="100" />
            <source>entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="110" />
            <source>framework</source>
            <translation>Stufenmodell</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="147" />
            <source>function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="101" />
            <location filename="../../ui/history/labels.py" line="164" />
            <source>goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="141" />
            <source>impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="138" />
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="152" />
            <source>kind of move</source>
            <translation>Art des Wechsels</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="105" />
            <location filename="../../ui/history/labels.py" line="148" />
            <source>level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="149" />
            <source>level rank</source>
            <translation>Stufenrang</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="142" />
            <source>measurable result</source>
            <translation>Messbares Ergebnis</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="102" />
            <source>milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="134" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="136" />
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="146" />
            <source>organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="170" />
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="153" />
            <source>pay</source>
            <translation>Gehalt</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="161" />
            <source>pinned</source>
            <translation>Angeheftet</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="109" />
            <source>profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="107" />
            <source>review</source>
            <translation>Beurteilung</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="106" />
            <location filename="../../ui/history/labels.py" line="144" />
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="103" />
            <source>skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="143" />
            <source>star</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="150" />
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="162" />
            <source>started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="160" />
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="108" />
            <source>tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="159" />
            <source>target date</source>
            <translation>Zieldatum</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="157" />
            <source>target level</source>
            <translation>Zielstufe</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="158" />
            <source>target role</source>
            <translation>Zielrolle</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="135" />
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="133" />
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="145" />
            <source>trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="155" />
            <source>volunteer</source>
            <translation>Ehrenamt</translation>
        </message>
        <message>
            <location filename="../../ui/history/labels.py" line="167" />
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
    </context>
    <context>
        <name>scales</name>
        <message>
            <location filename="../../domain/scales.py" line="9" />
            <source>Advanced Beginner</source>
            <translation>Fortgeschrittener Anfänger</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="18" />
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="17" />
            <source>Assist</source>
            <translation>Unterstützen</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="10" />
            <source>Competent</source>
            <translation>Kompetent</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="19" />
            <source>Enable</source>
            <translation>Befähigen</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="20" />
            <source>Ensure, advise</source>
            <translation>Sicherstellen, beraten</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="12" />
            <source>Expert</source>
            <translation>Experte</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="16" />
            <source>Follow</source>
            <translation>Folgen</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="21" />
            <source>Initiate, influence</source>
            <translation>Initiieren, beeinflussen</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="8" />
            <source>Novice</source>
            <translation>Neuling</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="11" />
            <source>Proficient</source>
            <translation>Gewandt</translation>
        </message>
        <message>
            <location filename="../../domain/scales.py" line="22" />
            <source>Set strategy, inspire, mobilise</source>
            <translation>Strategie setzen, inspirieren, mobilisieren</translation>
        </message>
    </context>
</TS>
