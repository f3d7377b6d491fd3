<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AltWords</name>
    <message numerus="yes">
        <source>, %n chapters</source>
        <translation>
            <numerusform>, %n chapter</numerusform>
            <numerusform>, %n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A line of %1 over time, %2, through %n moments</source>
        <translation>
            <numerusform>A line of %1 over time, %2, through %n moment</numerusform>
            <numerusform>A line of %1 over time, %2, through %n moments</numerusform>
        </translation>
    </message>
</context>
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
    <name>Imports</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDoc</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsText</name>
    <message numerus="yes">
        <source>Add at least %n options to weigh them against each other.</source>
        <translation>
            <numerusform>Add at least %n option to weigh them against each other.</numerusform>
            <numerusform>Add at least %n options to weigh them against each other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n options is the most; remove one to add another.</source>
        <translation>
            <numerusform>%n option is the most; remove one to add another.</numerusform>
            <numerusform>%n options is the most; remove one to add another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
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
    <name>Report</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
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
        <source>%n options</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan actions</source>
        <translation>
            <numerusform>%n plan action</numerusform>
            <numerusform>%n plan actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recordings</source>
        <translation>
            <numerusform>%n audio recording</numerusform>
            <numerusform>%n audio recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF attachments</source>
        <translation>
            <numerusform>%n PDF attachment</numerusform>
            <numerusform>%n PDF attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags that are only marks (like &apos;###&apos;)</source>
        <translation>
            <numerusform>%n tag that is only marks (like &apos;###&apos;)</numerusform>
            <numerusform>%n tags that are only marks (like &apos;###&apos;)</numerusform>
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
    <name>ReviewCounts</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shifts</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shocks</source>
        <translation>
            <numerusform>%n shock</numerusform>
            <numerusform>%n shocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDoc</name>
    <message numerus="yes">
        <source>%n career events</source>
        <translation>
            <numerusform>%n career event</numerusform>
            <numerusform>%n career events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preference shifts</source>
        <translation>
            <numerusform>%n preference shift</numerusform>
            <numerusform>%n preference shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external shocks</source>
        <translation>
            <numerusform>%n external shock</numerusform>
            <numerusform>%n external shocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n months ago</source>
        <translation>
            <numerusform>about %n month ago</numerusform>
            <numerusform>about %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n years ago</source>
        <translation>
            <numerusform>about %n year ago</numerusform>
            <numerusform>about %n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n windfalls</source>
        <translation>
            <numerusform>%n windfall</numerusform>
            <numerusform>%n windfalls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setbacks</source>
        <translation>
            <numerusform>%n setback</numerusform>
            <numerusform>%n setbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins in this period, on average autonomy %1, mastery %2, purpose %3.</source>
        <translation>
            <numerusform>%n check-in in this period, on average autonomy %1, mastery %2, purpose %3.</numerusform>
            <numerusform>%n check-ins in this period, on average autonomy %1, mastery %2, purpose %3.</numerusform>
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
</context>
<context>
    <name>SampleClose</name>
    <message numerus="yes">
        <source>Copied %n items from the sample into your journal.</source>
        <translation>
            <numerusform>Copied %n item from the sample into your journal.</numerusform>
            <numerusform>Copied %n items from the sample into your journal.</numerusform>
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
    <message numerus="yes">
        <source>%n options</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan actions</source>
        <translation>
            <numerusform>%n plan action</numerusform>
            <numerusform>%n plan actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intents</source>
        <translation>
            <numerusform>%n intent</numerusform>
            <numerusform>%n intents</numerusform>
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
    <message numerus="yes">
        <source>backed up %n entries to %1%2</source>
        <translation>
            <numerusform>backed up %n entry to %1%2</numerusform>
            <numerusform>backed up %n entries to %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restored %1 (%n entries) as %2</source>
        <translation>
            <numerusform>restored %1 (%n entry) as %2</numerusform>
            <numerusform>restored %1 (%n entries) as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>encrypted %1 and %n backups. Keep the passphrase safe: without it the journal cannot be opened.</source>
        <translation>
            <numerusform>encrypted %1 and %n backup. Keep the passphrase safe: without it the journal cannot be opened.</numerusform>
            <numerusform>encrypted %1 and %n backups. Keep the passphrase safe: without it the journal cannot be opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed the encryption of %1 and %n backups</source>
        <translation>
            <numerusform>removed the encryption of %1 and %n backup</numerusform>
            <numerusform>removed the encryption of %1 and %n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed the passphrase of %1 and %n backups</source>
        <translation>
            <numerusform>changed the passphrase of %1 and %n backup</numerusform>
            <numerusform>changed the passphrase of %1 and %n backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message numerus="yes">
        <source>Imported %n items — Ctrl+Z takes them out again.</source>
        <translation>
            <numerusform>Imported %n item — Ctrl+Z takes them out again.</numerusform>
            <numerusform>Imported %n items — Ctrl+Z takes them out again.</numerusform>
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
