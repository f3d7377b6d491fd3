<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>A private journal for the non-linear career.</source>
        <translation>Ein privates Journal für die nicht-lineare Karriere.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: no accounts, no telemetry, no network.</source>
        <translation>Nichts verlässt diesen Computer: keine Konten, keine Telemetrie, kein Netzwerk.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>%1-Symbol</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Dein Journal</translation>
    </message>
    <message>
        <source>journal folder</source>
        <translation>Journal-Ordner</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>%1 — %2 location</source>
        <translation>%1 — Ort des %2s</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Show the %1 in your file manager</source>
        <translation>%1 in der Dateiverwaltung zeigen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Log a career moment (Ctrl+N)</source>
        <translation>Einen Karrieremoment festhalten (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry (undoable)</source>
        <translation>Den ausgewählten Eintrag löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>&amp;Check-in…</translation>
    </message>
    <message>
        <source>Record autonomy, mastery and purpose (Ctrl+K)</source>
        <translation>Autonomie, Meisterschaft und Sinn festhalten (Strg+K)</translation>
    </message>
    <message>
        <source>Check-&amp;ins…</source>
        <translation>Check-&amp;ins…</translation>
    </message>
    <message>
        <source>New &amp;chapter…</source>
        <translation>Neues &amp;Kapitel…</translation>
    </message>
    <message>
        <source>C&amp;hapters…</source>
        <translation>Ka&amp;pitel…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole squiggle (Home)</source>
        <translation>Die ganze Karrierekurve zeigen (Pos1)</translation>
    </message>
    <message>
        <source>&amp;Open journal folder…</source>
        <translation>Journal-Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;sample journal</source>
        <translation>&amp;Beispiel-Journal öffnen</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save a picture of the squiggle to share (Ctrl+E)</source>
        <translation>Ein Bild der Karrierekurve zum Teilen speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Copy picture</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Put a picture of the squiggle and its alt text on the clipboard</source>
        <translation>Ein Bild der Kurve und seinen Alternativtext in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring entries in from LinkedIn, jrnl, Day One, JSON or CSV</source>
        <translation>Einträge aus LinkedIn, jrnl, Day One, JSON oder CSV übernehmen</translation>
    </message>
    <message>
        <source>Export as &amp;text…</source>
        <translation>Als &amp;Text exportieren…</translation>
    </message>
    <message>
        <source>Save the whole journal as JSON, CSV or Markdown</source>
        <translation>Das ganze Journal als JSON, CSV oder Markdown speichern</translation>
    </message>
    <message>
        <source>Crossroads &amp;review…</source>
        <translation>&amp;Rückblick am Scheideweg…</translation>
    </message>
    <message>
        <source>Look back over a period, reflect and weigh your options</source>
        <translation>Auf einen Zeitraum zurückblicken, nachdenken und Optionen abwägen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Put an earlier copy of the journal back (the current one is kept)</source>
        <translation>Eine frühere Kopie des Journals zurückholen (die aktuelle bleibt erhalten)</translation>
    </message>
    <message>
        <source>&amp;Encrypt journal…</source>
        <translation>Journal &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Remove encr&amp;yption…</source>
        <translation>Verschlüsselung &amp;entfernen…</translation>
    </message>
    <message>
        <source>Sync &amp;with a folder…</source>
        <translation>Mit einem Ordner s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Keep this journal the same on your laptops through a folder your sync tool keeps in step</source>
        <translation>Halte dieses Journal auf deinen Laptops gleich, über einen Ordner, den dein Sync-Programm abgleicht</translation>
    </message>
    <message>
        <source>Sync co&amp;nflicts…</source>
        <translation>Sync-Konf&amp;likte…</translation>
    </message>
    <message>
        <source>Values that lost to another laptop&apos;s change: review them and flip one</source>
        <translation>Werte, die der Änderung eines anderen Laptops unterlegen sind: Sieh sie dir an und tausche einen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <source>&amp;Feel lens</source>
        <translation>&amp;Gefühl-Linse</translation>
    </message>
    <message>
        <source>&amp;Drive lens</source>
        <translation>&amp;Antrieb-Linse</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Normal contrast</source>
        <translation>&amp;Normaler Kontrast</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Jump to what the view brings in, without a glide</source>
        <translation>Direkt zu dem springen, was die Ansicht zeigt, ohne Gleiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Contrast</source>
        <translation>&amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Check-in &amp;reminder</source>
        <translation>Check-in-&amp;Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Antrieb</translation>
    </message>
    <message>
        <source>Feel: how moments felt. Drive: mean of autonomy, mastery and purpose.</source>
        <translation>Gefühl: wie sich Momente angefühlt haben. Antrieb: Mittel aus Autonomie, Meisterschaft und Sinn.</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Linse</translation>
    </message>
    <message>
        <source>Open a journal folder</source>
        <translation>Einen Journal-Ordner öffnen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>F2 / double-click</source>
        <translation>F2 / Doppelklick</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Rückgängig / wiederholen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>Neues Kapitel</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Step between entries on the squiggle (or check-ins on the side panel)</source>
        <translation>Von Eintrag zu Eintrag auf der Kurve (oder Check-in zu Check-in in der Seitenleiste)</translation>
    </message>
    <message>
        <source>Jump to the previous / next chapter</source>
        <translation>Zum vorigen / nächsten Kapitel springen</translation>
    </message>
    <message>
        <source>PgUp / PgDn</source>
        <translation>Bild↑ / Bild↓</translation>
    </message>
    <message>
        <source>Jump to the previous / next year</source>
        <translation>Zum vorigen / nächsten Jahr springen</translation>
    </message>
    <message>
        <source>The squiggle or the check-ins as a table</source>
        <translation>Die Kurve oder die Check-ins als Tabelle</translation>
    </message>
    <message>
        <source>Zoom the time axis</source>
        <translation>Die Zeitachse zoomen</translation>
    </message>
    <message>
        <source>Home or Ctrl+0</source>
        <translation>Pos1 oder Strg+0</translation>
    </message>
    <message>
        <source>Fit the whole squiggle</source>
        <translation>Die ganze Kurve einpassen</translation>
    </message>
    <message>
        <source>Feel / Drive lens</source>
        <translation>Gefühl- / Antrieb-Linse</translation>
    </message>
    <message>
        <source>Export a picture</source>
        <translation>Ein Bild exportieren</translation>
    </message>
    <message>
        <source>Copy the picture and its alt text</source>
        <translation>Das Bild und seinen Alternativtext kopieren</translation>
    </message>
    <message>
        <source>Crossroads review</source>
        <translation>Rückblick am Scheideweg</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
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
    <name>ConflictsDialog</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>feel</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>zu</translation>
    </message>
    <message>
        <source>autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>mastery</source>
        <translation>Meisterschaft</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Sinn</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The other laptop&apos;s</source>
        <translation>Vom anderen Laptop</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
    <message>
        <source>The same thing was changed on two laptops before they met: the later change was kept, and the other is listed here. Flip one to use it instead; an item deleted on another laptop comes back with it.</source>
        <translation>Dasselbe wurde auf zwei Laptops geändert, bevor sie sich abgeglichen haben: Die spätere Änderung wurde behalten, die andere steht hier. Tausch eine, um stattdessen sie zu nehmen; ein auf einem anderen Laptop gelöschtes Element kommt damit zurück.</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>Den anderen Wert &amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>So &amp;lassen</translation>
    </message>
    <message>
        <source>Take it off the list; the value kept stays</source>
        <translation>Von der Liste nehmen; der behaltene Wert bleibt</translation>
    </message>
    <message>
        <source>No conflicts: every laptop agrees.</source>
        <translation>Keine Konflikte: Alle Laptops stimmen überein.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>feel %1</source>
        <translation>Gefühl %1</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>**From** %1 **to** %2</source>
        <translation>**Von** %1 **zu** %2</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>*Select an entry on the squiggle or in the list to see it here. Double-click to edit it.*</source>
        <translation>*Wähle einen Eintrag auf der Kurve oder in der Liste, um ihn hier zu sehen. Doppelklick zum Bearbeiten.*</translation>
    </message>
</context>
<context>
    <name>DriveStats</name>
    <message>
        <source>No check-ins yet: how are autonomy, mastery and purpose today?</source>
        <translation>Noch keine Check-ins: Wie steht es heute um Autonomie, Meisterschaft und Sinn?</translation>
    </message>
    <message>
        <source>Your last check-in was yesterday. A minute for autonomy, mastery and purpose?</source>
        <translation>Dein letzter Check-in war gestern. Eine Minute für Autonomie, Meisterschaft und Sinn?</translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n days ago. A minute for autonomy, mastery and purpose?</source>
        <translation>
            <numerusform>Dein letzter Check-in ist %n Tag her. Eine Minute für Autonomie, Meisterschaft und Sinn?</numerusform>
            <numerusform>Dein letzter Check-in ist %n Tage her. Eine Minute für Autonomie, Meisterschaft und Sinn?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n weeks ago. A minute for autonomy, mastery and purpose?</source>
        <translation>
            <numerusform>Dein letzter Check-in ist %n Woche her. Eine Minute für Autonomie, Meisterschaft und Sinn?</numerusform>
            <numerusform>Dein letzter Check-in ist %n Wochen her. Eine Minute für Autonomie, Meisterschaft und Sinn?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n months ago. A minute for autonomy, mastery and purpose?</source>
        <translation>
            <numerusform>Dein letzter Check-in ist %n Monat her. Eine Minute für Autonomie, Meisterschaft und Sinn?</numerusform>
            <numerusform>Dein letzter Check-in ist %n Monate her. Eine Minute für Autonomie, Meisterschaft und Sinn?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n years ago. A minute for autonomy, mastery and purpose?</source>
        <translation>
            <numerusform>Dein letzter Check-in ist %n Jahr her. Eine Minute für Autonomie, Meisterschaft und Sinn?</numerusform>
            <numerusform>Dein letzter Check-in ist %n Jahre her. Eine Minute für Autonomie, Meisterschaft und Sinn?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>● Event</source>
        <translation>● Ereignis</translation>
    </message>
    <message>
        <source>◆ Shift</source>
        <translation>◆ Wandel</translation>
    </message>
    <message>
        <source>· Note</source>
        <translation>· Notiz</translation>
    </message>
    <message>
        <source>▲ Windfall</source>
        <translation>▲ Glücksfall</translation>
    </message>
    <message>
        <source>▼ Setback</source>
        <translation>▼ Rückschlag</translation>
    </message>
    <message>
        <source>  (private)</source>
        <translation>  (privat)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Markdown, to read (*.md)</source>
        <translation>Markdown, zum Lesen (*.md)</translation>
    </message>
    <message>
        <source>CSV – entries, one per row (*.csv)</source>
        <translation>CSV – Einträge, einer pro Zeile (*.csv)</translation>
    </message>
    <message>
        <source>CSV – check-ins (*.csv)</source>
        <translation>CSV – Check-ins (*.csv)</translation>
    </message>
    <message>
        <source>CSV – chapters (*.csv)</source>
        <translation>CSV – Kapitel (*.csv)</translation>
    </message>
    <message>
        <source>Career Squiggle JSON, everything (*.json)</source>
        <translation>Career-Squiggle-JSON, alles (*.json)</translation>
    </message>
    <message>
        <source>Export journal as text (private entries included)</source>
        <translation>Journal als Text exportieren (mit privaten Einträgen)</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Write it as %1</source>
        <translation>Schreib es als %1</translation>
    </message>
    <message>
        <source>● Events</source>
        <translation>● Ereignisse</translation>
    </message>
    <message>
        <source>◆ Shifts</source>
        <translation>◆ Wandel</translation>
    </message>
    <message>
        <source>▲▼ Shocks</source>
        <translation>▲▼ Schocks</translation>
    </message>
    <message>
        <source>· Notes</source>
        <translation>· Notizen</translation>
    </message>
    <message>
        <source>Show career events</source>
        <translation>Karriereereignisse zeigen</translation>
    </message>
    <message>
        <source>Show preference shifts</source>
        <translation>Sinneswandel zeigen</translation>
    </message>
    <message>
        <source>Show external shocks</source>
        <translation>Äußere Schocks zeigen</translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation>Notizen zeigen</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>Chapter filter</source>
        <translation>Kapitel-Filter</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Alle Kapitel</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Career event</source>
        <translation>Karriereereignis</translation>
    </message>
    <message>
        <source>Preference shift</source>
        <translation>Sinneswandel</translation>
    </message>
    <message>
        <source>External shock</source>
        <translation>Äußerer Schock</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Career event</source>
        <translation>Karriereereignis</translation>
    </message>
    <message>
        <source>Preference shift</source>
        <translation>Sinneswandel</translation>
    </message>
    <message>
        <source>Windfall</source>
        <translation>Glücksfall</translation>
    </message>
    <message>
        <source>Setback</source>
        <translation>Rückschlag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Manage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>&apos;%1&apos; is not a kind of entry; choose one of %2</source>
        <translation>„%1“ ist keine Art von Eintrag; wähle eine von %2</translation>
    </message>
    <message>
        <source>feel</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>mastery</source>
        <translation>Meisterschaft</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Sinn</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
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
    <name>OptionsText</name>
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
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Options against now and your average</source>
        <translation>Optionen im Vergleich zu jetzt und deinem Durchschnitt</translation>
    </message>
    <message>
        <source>Chart: options against now and your average</source>
        <translation>Diagramm: Optionen im Vergleich zu jetzt und deinem Durchschnitt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Your average</source>
        <translation>Dein Durchschnitt</translation>
    </message>
</context>
<context>
    <name>OutputBar</name>
    <message>
        <source>Review saved</source>
        <translation>Rückblick gespeichert</translation>
    </message>
    <message>
        <source>E&amp;xport as Markdown…</source>
        <translation>Als Markdown e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Career review: %1</source>
        <translation>Karriere-Rückblick: %1</translation>
    </message>
    <message>
        <source>Save the review as Markdown</source>
        <translation>Rückblick als Markdown speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save the review as PDF</source>
        <translation>Rückblick als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>Der Rückblick wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

Choose another folder and try again.</source>
        <translation>%1

Wähle einen anderen Ordner und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Panel</name>
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
        <source>first check-in</source>
        <translation>erster Check-in</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= unverändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Autonomy · Mastery · Purpose&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autonomie · Meisterschaft · Sinn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Autonomy, mastery and purpose over time</source>
        <translation>Autonomie, Meisterschaft und Sinn im Zeitverlauf</translation>
    </message>
    <message>
        <source>Latest %1</source>
        <translation>Neueste %1</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>P</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Averages per chapter</source>
        <translation>Durchschnitt je Kapitel</translation>
    </message>
    <message>
        <source>Check in now…</source>
        <translation>Jetzt einchecken…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Averages per chapter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Durchschnitt je Kapitel&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1: check-in of %2</source>
        <translation>Am %1: Check-in vom %2</translation>
    </message>
    <message>
        <source>At %1: no check-in yet</source>
        <translation>Am %1: noch kein Check-in</translation>
    </message>
    <message>
        <source>Latest check-in: %1</source>
        <translation>Letzter Check-in: %1</translation>
    </message>
    <message>
        <source>No check-ins in the visible range.</source>
        <translation>Keine Check-ins im sichtbaren Bereich.</translation>
    </message>
    <message>
        <source>Visible range average — autonomy &lt;b&gt;%1&lt;/b&gt;, mastery &lt;b&gt;%2&lt;/b&gt;, purpose &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Durchschnitt im sichtbaren Bereich — Autonomie &lt;b&gt;%1&lt;/b&gt;, Meisterschaft &lt;b&gt;%2&lt;/b&gt;, Sinn &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Encrypt journal</source>
        <translation>Journal verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <source>The journal and its backups will be encrypted. Without the passphrase nobody can read them, not even you: keep it somewhere safe.</source>
        <translation>Das Journal und seine Sicherungen werden verschlüsselt. Ohne die Passphrase kann sie niemand lesen, nicht einmal du: bewahre sie sicher auf.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>The journal and its backups will open with the new passphrase only.</source>
        <translation>Das Journal und seine Sicherungen öffnen sich nur noch mit der neuen Passphrase.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Verschlüsselung entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove encryption</source>
        <translation>Verschlüsselung &amp;entfernen</translation>
    </message>
    <message>
        <source>The journal and its backups will be stored unencrypted, readable by anyone who can read your files.</source>
        <translation>Das Journal und seine Sicherungen werden unverschlüsselt gespeichert, lesbar für jeden, der deine Dateien lesen kann.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Neue Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Encryption is not available: </source>
        <translation>Verschlüsselung ist nicht verfügbar: </translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Gib die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>Die aktuelle Passphrase stimmt nicht; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>There are no backups yet in %1.</source>
        <translation>In %1 gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace the journal with the backup taken %1 (%2)?</source>
        <translation>Das Journal durch die Sicherung vom %1 (%2) ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the journal with the backup taken %1?</source>
        <translation>Das Journal durch die Sicherung vom %1 ersetzen?</translation>
    </message>
    <message>
        <source>Anything written since then will not be in the restored journal; the current file is kept aside.</source>
        <translation>Was seitdem geschrieben wurde, fehlt im wiederhergestellten Journal; die aktuelle Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Das Journal lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The journal cannot be opened.</source>
        <translation>Das Journal lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The newest good backup was taken %1. Restoring it keeps the file that cannot be opened aside, unchanged.</source>
        <translation>Die neueste intakte Sicherung stammt vom %1. Beim Wiederherstellen wird die nicht lesbare Datei unverändert beiseitegelegt.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>There is no good backup to restore. The file has not been changed.</source>
        <translation>Es gibt keine intakte Sicherung zum Wiederherstellen. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source> (private)</source>
        <translation> (privat)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 stayed at %2 =</source>
        <translation>%1 blieb bei %2 =</translation>
    </message>
    <message>
        <source>After starting &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nach dem Beginn von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: no check-ins before to compare.</source>
        <translation>%1: keine Check-ins davor zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1: no check-ins during it to compare.</source>
        <translation>%1: keine Check-ins währenddessen zum Vergleichen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;A quiet period&lt;/h3&gt;&lt;p&gt;Nothing was written down for this period, and that is fine: quiet stretches are part of the squiggle too. Choose a wider period above, or add a moment from the main window when one comes to mind.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eine ruhige Zeit&lt;/h3&gt;&lt;p&gt;Für diesen Zeitraum wurde nichts festgehalten, und das ist in Ordnung: Auch ruhige Strecken gehören zur Kurve. Wähle oben einen längeren Zeitraum oder halte im Hauptfenster einen Moment fest, wenn dir einer einfällt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;◆ How what you want has changed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;◆ Wie sich verändert hat, was du willst&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No preference shifts in this period.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Sinneswandel in diesem Zeitraum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Biggest rises and dips&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Größte Aufschwünge und Einbrüche&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fewer than two felt moments here, so there is no rise or dip to show yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier gibt es weniger als zwei Momente mit Gefühl, also noch keinen Aufschwung oder Einbruch zu zeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;When the chapter changed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Als das Kapitel wechselte&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>▲ higher, ▼ lower, = about the same</source>
        <translation>▲ höher, ▼ niedriger, = etwa gleich</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The journal is encrypted.</source>
        <translation>Das Journal ist verschlüsselt.</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Die Passphrase ist geändert.</translation>
    </message>
    <message>
        <source>Encryption is removed.</source>
        <translation>Die Verschlüsselung ist entfernt.</translation>
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
<context>
    <name>Sync</name>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>Plan-Schritte</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>the folder holds %1; this journal holds %2, of which the folder already has %3; joining adds %4 to it</source>
        <translation>Der Ordner enthält %1; dieses Journal enthält %2, davon hat der Ordner schon %3; beim Beitreten kommen %4 dazu</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>Probelauf: Nichts wurde geändert</translation>
    </message>
    <message>
        <source>joined the journal in %1 as “%2”</source>
        <translation>Dem Journal in %1 beigetreten als „%2“</translation>
    </message>
    <message>
        <source>set up: this laptop (“%1”) syncs through %2; set up the other laptops with the same folder</source>
        <translation>Eingerichtet: Dieser Laptop („%1“) synchronisiert über %2; richte die anderen Laptops mit demselben Ordner ein</translation>
    </message>
    <message>
        <source>synced: sent %1, received %2</source>
        <translation>Synchronisiert: %1 gesendet, %2 empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts: see `careersquiggle sync status`</source>
        <translation>
            <numerusform>%n neuer Konflikt: siehe `careersquiggle sync status`</numerusform>
            <numerusform>%n neue Konflikte: siehe `careersquiggle sync status`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files still arriving: they are read at the next sync</source>
        <translation>
            <numerusform>%n Datei kommt noch an: Sie wird beim nächsten Synchronisieren gelesen</numerusform>
            <numerusform>%n Dateien kommen noch an: Sie werden beim nächsten Synchronisieren gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>refused %1: damaged or altered (nothing of it was used)</source>
        <translation>%1 abgelehnt: beschädigt oder verändert (nichts davon wurde übernommen)</translation>
    </message>
    <message numerus="yes">
        <source>%n items from another laptop were not used: update the app here</source>
        <translation>
            <numerusform>%n Element von einem anderen Laptop wurde nicht übernommen: Aktualisiere die App hier</numerusform>
            <numerusform>%n Elemente von einem anderen Laptop wurden nicht übernommen: Aktualisiere die App hier</numerusform>
        </translation>
    </message>
    <message>
        <source>folder: %1%2</source>
        <translation>Ordner: %1%2</translation>
    </message>
    <message>
        <source> (not there now)</source>
        <translation> (gerade nicht da)</translation>
    </message>
    <message>
        <source>this laptop: %1</source>
        <translation>Dieser Laptop: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>other laptops: %1</source>
        <translation>Andere Laptops: %1</translation>
    </message>
    <message>
        <source>last synced: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n files still arriving</source>
        <translation>
            <numerusform>%n Datei kommt noch an</numerusform>
            <numerusform>%n Dateien kommen noch an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused (damaged or altered)</source>
        <translation>
            <numerusform>%n Datei abgelehnt (beschädigt oder verändert)</numerusform>
            <numerusform>%n Dateien abgelehnt (beschädigt oder verändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>  #%1 %2 “%3”, %4: kept %5, the other laptop had %6</source>
        <translation>  #%1 %2 „%3“, %4: behalten %5, der andere Laptop hatte %6</translation>
    </message>
    <message>
        <source>conflict #%1 flipped: the other value is used now</source>
        <translation>Konflikt #%1 getauscht: Jetzt gilt der andere Wert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>warning: the journal %1 is inside a folder %2 syncs; a synced database file can be damaged or lose entries. Move the journal&apos;s folder out (see --data-dir) and use `careersquiggle sync setup FOLDER` to sync it safely</source>
        <translation>Warnung: Das Journal %1 liegt in einem Ordner, den %2 synchronisiert; eine synchronisierte Datenbankdatei kann beschädigt werden oder Einträge verlieren. Verschieb den Ordner des Journals nach draußen (siehe --data-dir) und nimm `careersquiggle sync setup ORDNER`, um es sicher zu synchronisieren</translation>
    </message>
</context>
<context>
    <name>SyncGuard</name>
    <message>
        <source>This journal&apos;s file is inside a folder %1 syncs.</source>
        <translation>Die Datei dieses Journals liegt in einem Ordner, den %1 synchronisiert.</translation>
    </message>
    <message>
        <source>A database file copied by a sync tool while it is in use can be damaged or lose entries. Move the journal to a folder of its own on this laptop, and sync it through a folder instead: only encrypted change files go there.</source>
        <translation>Eine Datenbankdatei, die ein Sync-Programm kopiert, während sie benutzt wird, kann beschädigt werden oder Einträge verlieren. Verschieb das Journal in einen eigenen Ordner auf diesem Laptop und synchronisier es stattdessen über einen Ordner: Dorthin kommen nur verschlüsselte Änderungsdateien.</translation>
    </message>
    <message>
        <source>&amp;Move it out…</source>
        <translation>&amp;Hinaus verschieben…</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>Hier &amp;lassen</translation>
    </message>
    <message>
        <source>A new folder for the journal</source>
        <translation>Ein neuer Ordner für das Journal</translation>
    </message>
    <message>
        <source>%1 already holds a journal; choose an empty folder.</source>
        <translation>%1 enthält schon ein Journal; wähl einen leeren Ordner.</translation>
    </message>
    <message>
        <source>The journal could not be moved: %1</source>
        <translation>Das Journal konnte nicht verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>Sync folder not found: changes wait here</source>
        <translation>Sync-Ordner nicht gefunden: Änderungen warten hier</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n files</source>
        <translation>
            <numerusform>warte auf %n Datei</numerusform>
            <numerusform>warte auf %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused</source>
        <translation>
            <numerusform>%n Datei abgelehnt</numerusform>
            <numerusform>%n Dateien abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>Plan-Schritte</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Sync with a folder</source>
        <translation>Mit einem Ordner synchronisieren</translation>
    </message>
    <message>
        <source>Choose a folder your sync tool (Syncthing, Dropbox, Nextcloud, a USB stick…) keeps the same on your laptops. Career Squiggle writes encrypted change files there; the journal itself stays where it is. Use the same folder and passphrase on every laptop.</source>
        <translation>Wähl einen Ordner, den dein Sync-Programm (Syncthing, Dropbox, Nextcloud, ein USB-Stick…) auf deinen Laptops gleich hält. Career Squiggle schreibt verschlüsselte Änderungsdateien hinein; das Journal selbst bleibt, wo es ist. Nimm auf jedem Laptop denselben Ordner und dieselbe Passphrase.</translation>
    </message>
    <message>
        <source>Synced folder</source>
        <translation>Synchronisierter Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Name dieses Laptops</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
    <message>
        <source>empty: the journal&apos;s own passphrase</source>
        <translation>leer: die Passphrase des Journals</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name</source>
        <translation>&amp;Name dieses Laptops</translation>
    </message>
    <message>
        <source>Sync &amp;passphrase</source>
        <translation>Sync-&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Merge this journal&apos;s entries into it</source>
        <translation>Die Einträge dieses Journals &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>The synced folder</source>
        <translation>Der synchronisierte Ordner</translation>
    </message>
    <message>
        <source>Choose the synced folder first.</source>
        <translation>Wähl zuerst den synchronisierten Ordner.</translation>
    </message>
    <message>
        <source>Choose a sync passphrase (this journal has none of its own).</source>
        <translation>Wähl eine Sync-Passphrase (dieses Journal hat keine eigene).</translation>
    </message>
    <message>
        <source>That passphrase does not open this folder&apos;s journal; nothing was changed.</source>
        <translation>Diese Passphrase öffnet das Journal in diesem Ordner nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The folder cannot be used: %1</source>
        <translation>Der Ordner kann nicht benutzt werden: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>This folder already holds a journal (%1). This journal holds %2; the folder already has %3 of it, and merging adds %4.</source>
        <translation>Dieser Ordner enthält schon ein Journal (%1). Dieses Journal enthält %2; davon hat der Ordner schon %3, und beim Zusammenführen kommen %4 dazu.</translation>
    </message>
    <message>
        <source>Look at what merging would do, tick Merge, then Sync.</source>
        <translation>Sieh dir an, was das Zusammenführen tun würde, hak „Zusammenführen“ an und dann „Synchronisieren“.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Sinneswandel</translation>
    </message>
    <message>
        <source>shock</source>
        <translation>Schock</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>added %1 #%2: %3 (%4)</source>
        <translation>%1 #%2 hinzugefügt: %3 (%4)</translation>
    </message>
    <message>
        <source>checked in #%1 on %2: autonomy %3, mastery %4, purpose %5</source>
        <translation>Check-in #%1 am %2: Autonomie %3, Meisterschaft %4, Sinn %5</translation>
    </message>
    <message>
        <source>added chapter #%1: %2 (%3 – %4)</source>
        <translation>Kapitel #%1 hinzugefügt: %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>%1 failed its check (%2)</source>
        <translation>%1 hat die Prüfung nicht bestanden (%2)</translation>
    </message>
    <message>
        <source>ok: %1 — %2, %3, %4</source>
        <translation>ok: %1 — %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
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
        <source>added the sample story: %1, %2, %3</source>
        <translation>Beispielgeschichte hinzugefügt: %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Tooltip</name>
    <message>
        <source>Feel: %1</source>
        <translation>Gefühl: %1</translation>
    </message>
    <message>
        <source>From: %1  →  To: %2</source>
        <translation>Von: %1  →  Zu: %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Antrieb</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Gefühl</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Unlock journal</source>
        <translation>Journal entsperren</translation>
    </message>
    <message>
        <source>The journal &lt;b&gt;%1&lt;/b&gt; in %2 is encrypted.&lt;br&gt;Enter its passphrase to open it.</source>
        <translation>Das Journal &lt;b&gt;%1&lt;/b&gt; in %2 ist verschlüsselt.&lt;br&gt;Gib seine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Gib die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>&lt;h2&gt;Your career squiggle starts here&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hier beginnt deine Karrierekurve&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Careers are not ladders. Log a moment — a new job, a change in what you want, a shock you never chose — and watch the squiggle grow.&lt;br&gt;Dates can be as fuzzy as memory: &lt;i&gt;2014&lt;/i&gt;, &lt;i&gt;March 2019&lt;/i&gt; or a full date.</source>
        <translation>Karrieren sind keine Leitern. Halte einen Moment fest — eine neue Stelle, einen Wandel in dem, was du willst, einen Schock, den du dir nie ausgesucht hast — und sieh zu, wie die Kurve wächst.&lt;br&gt;Daten dürfen so ungenau sein wie die Erinnerung: &lt;i&gt;2014&lt;/i&gt;, &lt;i&gt;März 2019&lt;/i&gt; oder ein genaues Datum.</translation>
    </message>
    <message>
        <source>Add your first entry…</source>
        <translation>Deinen ersten Eintrag anlegen…</translation>
    </message>
    <message>
        <source>Open the sample journal</source>
        <translation>Das Beispiel-Journal öffnen</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>My journal</source>
        <translation>Mein Journal</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n entries…</source>
        <translation>
            <numerusform>Lade %n Eintrag…</numerusform>
            <numerusform>Lade %n Einträge…</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
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
        <source>An empty journal</source>
        <translation>Ein leeres Journal</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%1 angezeigt von %2</translation>
    </message>
    <message>
        <source>Entry deleted — Ctrl+Z brings it back.</source>
        <translation>Eintrag gelöscht — Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>%1   autonomy %2 · mastery %3 · purpose %4   %5</source>
        <translation>%1   Autonomie %2 · Meisterschaft %3 · Sinn %4   %5</translation>
    </message>
    <message>
        <source>Sample journal</source>
        <translation>Beispiel-Journal</translation>
    </message>
</context>
</TS>
