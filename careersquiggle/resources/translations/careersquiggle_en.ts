<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckinItems</name>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveStats</name>
    <message numerus="yes">
        <source>Your last check-in was %n days ago. A minute for autonomy, mastery and purpose?</source>
        <translation>
            <numerusform>Your last check-in was %n day ago. A minute for autonomy, mastery and purpose?</numerusform>
            <numerusform>Your last check-in was %n days ago. A minute for autonomy, mastery and purpose?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n weeks ago. A minute for autonomy, mastery and purpose?</source>
        <translation>
            <numerusform>Your last check-in was %n week ago. A minute for autonomy, mastery and purpose?</numerusform>
            <numerusform>Your last check-in was %n weeks ago. A minute for autonomy, mastery and purpose?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n months ago. A minute for autonomy, mastery and purpose?</source>
        <translation>
            <numerusform>Your last check-in was %n month ago. A minute for autonomy, mastery and purpose?</numerusform>
            <numerusform>Your last check-in was %n months ago. A minute for autonomy, mastery and purpose?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n years ago. A minute for autonomy, mastery and purpose?</source>
        <translation>
            <numerusform>Your last check-in was %n year ago. A minute for autonomy, mastery and purpose?</numerusform>
            <numerusform>Your last check-in was %n years ago. A minute for autonomy, mastery and purpose?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SquiggleItems</name>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message numerus="yes">
        <source>Loading %n entries…</source>
        <translation>
            <numerusform>Loading %n entry…</numerusform>
            <numerusform>Loading %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
</context>
</TS>
