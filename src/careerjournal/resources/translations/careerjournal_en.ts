<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>EntryDetail</name>
        <message numerus="yes">
            <location filename="../../ui/journal/detail.py" line="338" />
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
            <location filename="../../ui/goals/matrix.py" line="234" />
            <source>%n entries evidence “{title}”</source>
            <translation>
                <numerusform>%n entry evidence “{title}”</numerusform>
                <numerusform>%n entries evidence “{title}”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="468" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/journal/filters.py" line="421" />
            <source>%n kinds</source>
            <translation>
                <numerusform>%n kind</numerusform>
                <numerusform>%n kinds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="595" />
            <source>%1 of %n entries</source>
            <translation>
                <numerusform>%1 of %n entry</numerusform>
                <numerusform>%1 of %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="597" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="593" />
            <source>%n in the trash</source>
            <translation>
                <numerusform>%n in the trash</numerusform>
                <numerusform>%n in the trash</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/preferences.py" line="228" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
</TS>
