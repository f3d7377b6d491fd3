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
    <name>Sync</name>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts: see `careersquiggle sync status`</source>
        <translation>
            <numerusform>%n new conflict: see `careersquiggle sync status`</numerusform>
            <numerusform>%n new conflicts: see `careersquiggle sync status`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files still arriving: they are read at the next sync</source>
        <translation>
            <numerusform>%n file still arriving: it is read at the next sync</numerusform>
            <numerusform>%n files still arriving: they are read at the next sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items from another laptop were not used: update the app here</source>
        <translation>
            <numerusform>%n item from another laptop was not used: update the app here</numerusform>
            <numerusform>%n items from another laptop were not used: update the app here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files still arriving</source>
        <translation>
            <numerusform>%n file still arriving</numerusform>
            <numerusform>%n files still arriving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused (damaged or altered)</source>
        <translation>
            <numerusform>%n file refused (damaged or altered)</numerusform>
            <numerusform>%n files refused (damaged or altered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message numerus="yes">
        <source>waiting for %n files</source>
        <translation>
            <numerusform>waiting for %n file</numerusform>
            <numerusform>waiting for %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
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
