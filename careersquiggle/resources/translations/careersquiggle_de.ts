<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckinItems</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Meisterschaft</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Sinn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Check-ins as a table</source>
        <translation>Check-ins als Tabelle</translation>
    </message>
    <message>
        <source>autonomy, mastery and purpose, no check-ins yet</source>
        <translation>Autonomie, Meisterschaft und Sinn, noch keine Check-ins</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>autonomy, mastery and purpose, %1, %2</source>
        <translation>Autonomie, Meisterschaft und Sinn, %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in of %1: autonomy %2, mastery %3, purpose %4, %5 of %6</source>
        <translation>Check-in vom %1: Autonomie %2, Meisterschaft %3, Sinn %4, %5 von %6</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Noch keine Check-ins</translation>
    </message>
    <message>
        <source>No further check-in that way</source>
        <translation>In dieser Richtung kein weiterer Check-in</translation>
    </message>
</context>
<context>
    <name>MomentCursor</name>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Sinneswandel</translation>
    </message>
    <message>
        <source>windfall</source>
        <translation>Glücksfall</translation>
    </message>
    <message>
        <source>setback</source>
        <translation>Rückschlag</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>SquiggleItems</name>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters</source>
        <translation>
            <numerusform>%n Kapitel</numerusform>
            <numerusform>%n Kapitel</numerusform>
        </translation>
    </message>
    <message>
        <source>career squiggle, no moments yet</source>
        <translation>Karrierekurve, noch keine Momente</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>career squiggle, %1, %2, %3</source>
        <translation>Karrierekurve, %1, %2, %3</translation>
    </message>
    <message>
        <source>feel %1</source>
        <translation>Gefühl %1</translation>
    </message>
    <message>
        <source>chapter %1</source>
        <translation>Kapitel %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No moments to walk</source>
        <translation>Keine Momente zum Durchgehen</translation>
    </message>
    <message>
        <source>No further moment that way</source>
        <translation>In dieser Richtung kein weiterer Moment</translation>
    </message>
</context>
<context>
    <name>SquiggleView</name>
    <message>
        <source>Career squiggle</source>
        <translation>Karrierekurve</translation>
    </message>
</context>
</TS>
