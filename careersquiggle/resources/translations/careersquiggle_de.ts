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
        <source>Python %1 · PySide6 %2 · Qt %3</source>
        <translation>Python %1 · PySide6 %2 · Qt %3</translation>
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
        <source>In the review: save it as Markdown</source>
        <translation>Im Rückblick: als Markdown speichern</translation>
    </message>
    <message>
        <source>In the review: print it (or save a PDF)</source>
        <translation>Im Rückblick: drucken (oder als PDF speichern)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Alle 2 Wochen</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>Alle 4 Wochen</translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation>Alle 3 Monate</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>AltWords</name>
    <message>
        <source>drive</source>
        <translation>Antrieb</translation>
    </message>
    <message>
        <source>how work felt</source>
        <translation>wie sich die Arbeit anfühlte</translation>
    </message>
    <message>
        <source>an empty career squiggle.</source>
        <translation>eine leere Karrierekurve.</translation>
    </message>
    <message>
        <source>A career squiggle with no moments yet.</source>
        <translation>Eine Karrierekurve noch ohne Momente.</translation>
    </message>
    <message numerus="yes">
        <source>, %n chapters</source>
        <translation>
            <numerusform>, %n Kapitel</numerusform>
            <numerusform>, %n Kapitel</numerusform>
        </translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Career squiggle of %1, %2%3</source>
        <translation>Karrierekurve: %1, %2%3</translation>
    </message>
    <message numerus="yes">
        <source>A line of %1 over time, %2, through %n moments</source>
        <translation>
            <numerusform>Eine Linie über die Zeit (%1), %2, durch %n Moment</numerusform>
            <numerusform>Eine Linie über die Zeit (%1), %2, durch %n Momente</numerusform>
        </translation>
    </message>
    <message>
        <source>, on a scale from −5 to +5</source>
        <translation>, auf einer Skala von −5 bis +5</translation>
    </message>
    <message>
        <source>Chapters: %1.</source>
        <translation>Kapitel: %1.</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Tiefster Punkt</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchster Punkt</translation>
    </message>
    <message>
        <source>Labelled moments: %1.</source>
        <translation>Beschriftete Momente: %1.</translation>
    </message>
    <message>
        <source>It ends higher than it began</source>
        <translation>Sie endet höher, als sie begann</translation>
    </message>
    <message>
        <source>It ends lower than it began</source>
        <translation>Sie endet tiefer, als sie begann</translation>
    </message>
    <message>
        <source>It ends about where it began</source>
        <translation>Sie endet etwa dort, wo sie begann</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is an empty database, not a journal</source>
        <translation>%1 ist eine leere Datenbank, kein Journal</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Career Squiggle</source>
        <translation>%1 wurde von einer neueren Version von Career Squiggle geschrieben</translation>
    </message>
    <message>
        <source>%1 is damaged (it failed its check)</source>
        <translation>%1 ist beschädigt (die Prüfung schlug fehl)</translation>
    </message>
    <message>
        <source>there is no journal at %1 to back up</source>
        <translation>unter %1 gibt es kein Journal zum Sichern</translation>
    </message>
    <message>
        <source>a backup cannot be written over the journal itself</source>
        <translation>eine Sicherung kann nicht über das Journal selbst geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is not encrypted but the journal is; remove the journal&apos;s encryption first (careersquiggle decrypt) if you really want it back</source>
        <translation>%1 ist nicht verschlüsselt, das Journal aber schon; entferne zuerst die Verschlüsselung des Journals (careersquiggle decrypt), wenn du sie wirklich zurückhaben willst</translation>
    </message>
    <message>
        <source>%1 cannot be read for a backup (%2)</source>
        <translation>%1 lässt sich für eine Sicherung nicht lesen (%2)</translation>
    </message>
    <message>
        <source>the backup of %1 failed its check; it was not kept</source>
        <translation>die Sicherung von %1 hat die Prüfung nicht bestanden; sie wurde nicht behalten</translation>
    </message>
    <message>
        <source>the backup of %1 could not be made (%2)</source>
        <translation>die Sicherung von %1 konnte nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>%1 is a link to another folder; backups are only kept in a real folder beside the journal: remove the link (or give `careersquiggle backup` a folder to write to)</source>
        <translation>%1 ist ein Verweis auf einen anderen Ordner; Sicherungen liegen nur in einem echten Ordner neben dem Journal: entferne den Verweis (oder gib `careersquiggle backup` einen Ordner zum Schreiben)</translation>
    </message>
</context>
<context>
    <name>ChapterForm</name>
    <message>
        <source>Edit chapter</source>
        <translation>Kapitel bearbeiten</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>Neues Kapitel</translation>
    </message>
    <message>
        <source>e.g. PhD, Engineer at Acme, Sabbatical</source>
        <translation>z. B. Promotion, Entwicklerin bei Acme, Sabbatical</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>Charts</name>
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
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>Chart: how the period felt, with its biggest rise and dip</source>
        <translation>Diagramm: wie sich der Zeitraum anfühlte, mit dem größten Anstieg und Tief</translation>
    </message>
    <message>
        <source>Autonomy, mastery, purpose by chapter</source>
        <translation>Autonomie, Meisterschaft, Sinn je Kapitel</translation>
    </message>
    <message>
        <source>Chart: autonomy, mastery and purpose by chapter</source>
        <translation>Diagramm: Autonomie, Meisterschaft und Sinn je Kapitel</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
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
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>What is behind these numbers? (optional)</source>
        <translation>Was steckt hinter diesen Zahlen? (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>a check-in of this journal could not be read: %1</source>
        <translation>ein Check-in dieses Journals konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a check-in in this file has a score or place that is not a number</source>
        <translation>ein Check-in in dieser Datei hat einen Wert oder eine Stelle, die keine Zahl ist</translation>
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
    <name>Connection</name>
    <message>
        <source>a passphrase cannot contain a NUL character</source>
        <translation>eine Passphrase darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>the passphrase does not open %1</source>
        <translation>die Passphrase öffnet %1 nicht</translation>
    </message>
    <message>
        <source>%1 is not a Career Squiggle journal (nor an encrypted one); it has not been changed</source>
        <translation>%1 ist kein Career-Squiggle-Journal (auch kein verschlüsseltes); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 looks encrypted, and %2</source>
        <translation>%1 sieht verschlüsselt aus, und %2</translation>
    </message>
    <message>
        <source>%1 is encrypted, or is not a Career Squiggle journal: give its passphrase to open it (it has not been changed)</source>
        <translation>%1 ist verschlüsselt oder kein Career-Squiggle-Journal: gib seine Passphrase an, um es zu öffnen (die Datei wurde nicht verändert)</translation>
    </message>
    <message>
        <source>it has not been changed</source>
        <translation>die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 is damaged (it failed its check); it has not been changed</source>
        <translation>%1 ist beschädigt (die Prüfung schlug fehl); die Datei wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>Crossroads</name>
    <message>
        <source>Lead a project</source>
        <translation>Ein Projekt leiten</translation>
    </message>
    <message>
        <source>Lead an upcoming project</source>
        <translation>Ein anstehendes Projekt leiten</translation>
    </message>
    <message>
        <source>Mentor someone</source>
        <translation>Jemanden mentorieren</translation>
    </message>
    <message>
        <source>Mentor a less experienced colleague</source>
        <translation>Eine weniger erfahrene Kollegin mentorieren</translation>
    </message>
    <message>
        <source>Try line management</source>
        <translation>Personalführung ausprobieren</translation>
    </message>
    <message>
        <source>Take on line management for one person</source>
        <translation>Die Führung für eine Person übernehmen</translation>
    </message>
    <message>
        <source>Take on delegated work</source>
        <translation>Delegierte Aufgaben übernehmen</translation>
    </message>
    <message>
        <source>Take something off my manager&apos;s plate</source>
        <translation>Meiner Führungskraft etwas abnehmen</translation>
    </message>
    <message>
        <source>Present to senior leadership</source>
        <translation>Vor der Geschäftsleitung präsentieren</translation>
    </message>
    <message>
        <source>Present our work to senior leadership</source>
        <translation>Unsere Arbeit der Geschäftsleitung vorstellen</translation>
    </message>
    <message>
        <source>Run a project&apos;s communication</source>
        <translation>Die Kommunikation eines Projekts übernehmen</translation>
    </message>
    <message>
        <source>Write the progress updates for my project</source>
        <translation>Die Statusberichte für mein Projekt schreiben</translation>
    </message>
    <message>
        <source>Coffee chats with people you look up to</source>
        <translation>Kaffeegespräche mit Vorbildern</translation>
    </message>
    <message>
        <source>Coffee chat with someone I look up to</source>
        <translation>Ein Kaffeegespräch mit jemandem, zu dem ich aufschaue</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Agreed with manager</source>
        <translation>Mit Führungskraft vereinbart</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the statement is %1 characters long; keep it under %2</source>
        <translation>das Ziel ist %1 Zeichen lang; bleib unter %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of plan action; choose one of %2</source>
        <translation>„%1“ ist keine Art von Schritt; wähle eine von %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; choose one of %2</source>
        <translation>„%1“ ist kein Status; wähle einen von %2</translation>
    </message>
    <message>
        <source>%1 (%2) is before the start (%3)</source>
        <translation>%1 (%2) liegt vor dem Beginn (%3)</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>es gibt kein %1 mit der ID %2</translation>
    </message>
    <message>
        <source>there is already an option called &apos;%1&apos;</source>
        <translation>es gibt schon eine Option namens „%1“</translation>
    </message>
    <message>
        <source>there are already %1 options; weigh those, or remove one first</source>
        <translation>es gibt schon %1 Optionen; wäge diese ab oder entferne zuerst eine</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not done yet; mark it done before putting it on the squiggle</source>
        <translation>„%1“ ist noch nicht erledigt; markiere es als erledigt, bevor du es auf die Kurve setzt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already on the squiggle</source>
        <translation>„%1“ ist schon auf der Kurve</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>today — or 2019, March 2019, 14 March 2019, yesterday…</source>
        <translation>heute — oder 2019, März 2019, 14. März 2019, gestern…</translation>
    </message>
    <message>
        <source>ongoing — or the date it ended</source>
        <translation>läuft noch — oder das Datum, an dem es endete</translation>
    </message>
    <message>
        <source>2019, March 2019, 14 March 2019, yesterday…</source>
        <translation>2019, März 2019, 14. März 2019, gestern…</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>ein Jahr</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>ein Monat</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>ein Tag</translation>
    </message>
    <message>
        <source>Write it as %1</source>
        <translation>Schreib es etwa so: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date understood as</source>
        <translation>Datum verstanden als</translation>
    </message>
    <message>
        <source>= %1 (%2)</source>
        <translation>= %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>2019, 2019-03, 2019-03-14, March 2019, 14 March 2019, today, yesterday or last month</source>
        <translation>2019, 2019-03, 2019-03-14, März 2019, 14. März 2019, heute, gestern oder letzten Monat</translation>
    </message>
    <message>
        <source>the year %1 is out of range (1000-9999)</source>
        <translation>das Jahr %1 liegt außerhalb des Bereichs (1000-9999)</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>ein Tag braucht einen Monat</translation>
    </message>
    <message>
        <source>there is no month %1; months run from 1 to 12</source>
        <translation>einen Monat %1 gibt es nicht; Monate gehen von 1 bis 12</translation>
    </message>
    <message>
        <source>%1 has no day %2 (it has %3 days)</source>
        <translation>%1 hat keinen %2. Tag (er hat %3 Tage)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the date is empty; write it as %1</source>
        <translation>das Datum ist leer; schreib es etwa so: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as %2</source>
        <translation>„%1“ ist kein Datum; schreib es etwa so: %2</translation>
    </message>
    <message>
        <source>a date must be text like %1, not %2</source>
        <translation>ein Datum muss Text sein wie %1, nicht %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>diesen Monat</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>letzten Monat</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>dieses Jahr</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
</context>
<context>
    <name>DbErrors</name>
    <message>
        <source>%1: the disk is full, so nothing was written; free some space and try again</source>
        <translation>%1: der Datenträger ist voll, deshalb wurde nichts geschrieben; mach etwas Platz frei und versuch es noch einmal</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only (check its permissions, or whether the disk is mounted read-only)</source>
        <translation>%1 lässt sich nicht schreiben: die Datei oder ihr Ordner ist schreibgeschützt (prüfe die Berechtigungen, oder ob der Datenträger nur lesbar eingehängt ist)</translation>
    </message>
    <message>
        <source>%1 is busy: another command or window is writing to it; try again in a moment</source>
        <translation>%1 ist belegt: ein anderer Befehl oder ein anderes Fenster schreibt gerade hinein; versuch es gleich noch einmal</translation>
    </message>
    <message>
        <source>%1: the disk reported an input/output error (%2); a full disk, a file-size limit, a removed drive or a failing disk can cause it; nothing was changed</source>
        <translation>%1: der Datenträger meldete einen Ein-/Ausgabefehler (%2); ein voller Datenträger, eine Dateigrößen-Grenze, ein entferntes Laufwerk oder ein defekter Datenträger kann die Ursache sein; nichts wurde verändert</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder is read-only (check its permissions, or whether the disk is mounted read-only)</source>
        <translation>%1 lässt sich nicht schreiben: sein Ordner ist schreibgeschützt (prüfe die Berechtigungen, oder ob der Datenträger nur lesbar eingehängt ist)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder is missing or cannot be written</source>
        <translation>%1 lässt sich nicht öffnen: sein Ordner fehlt oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>%1: a value is too big to store</source>
        <translation>%1: ein Wert ist zu groß zum Speichern</translation>
    </message>
    <message>
        <source>%1 refused the change (%2); nothing was changed</source>
        <translation>%1 hat die Änderung abgelehnt (%2); nichts wurde verändert</translation>
    </message>
    <message>
        <source>%1 lacks part of a journal&apos;s schema (%2); it was damaged or changed by another program</source>
        <translation>%1 fehlt ein Teil des Schemas eines Journals (%2); die Datei wurde beschädigt oder von einem anderen Programm verändert</translation>
    </message>
    <message>
        <source>%1: the database refused (%2)</source>
        <translation>%1: die Datenbank hat abgelehnt (%2)</translation>
    </message>
    <message>
        <source>%1: the file would be larger than this system allows (a file-size limit); nothing was written</source>
        <translation>%1: die Datei würde größer, als dieses System erlaubt (eine Dateigrößen-Grenze); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 lässt sich nicht schreiben (%2)</translation>
    </message>
    <message>
        <source>%1: the disk reported an input/output error</source>
        <translation>%1: der Datenträger meldete einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>the journal could not be read (%1); try again</source>
        <translation>das Journal konnte nicht gelesen werden (%1); versuch es noch einmal</translation>
    </message>
    <message>
        <source>%1 could not be read (%2): it was changed while being read (another command may have encrypted or replaced it); try again</source>
        <translation>%1 konnte nicht gelesen werden (%2): die Datei wurde beim Lesen verändert (vielleicht hat ein anderer Befehl sie verschlüsselt oder ersetzt); versuch es noch einmal</translation>
    </message>
    <message>
        <source>%1 was changed while being read (its passphrase changed); try again</source>
        <translation>%1 wurde beim Lesen verändert (die Passphrase hat sich geändert); versuch es noch einmal</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), but it passes its check: it was changed while being read (by another command); try again</source>
        <translation>%1 konnte nicht gelesen werden (%2), besteht aber die Prüfung: die Datei wurde beim Lesen verändert (von einem anderen Befehl); versuch es noch einmal</translation>
    </message>
    <message>
        <source>%1 is damaged (%2; it fails its integrity check)</source>
        <translation>%1 ist beschädigt (%2; die Integritätsprüfung schlägt fehl)</translation>
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
        <source>How much you decide what you work on, when and how.</source>
        <translation>Wie sehr du selbst entscheidest, woran, wann und wie du arbeitest.</translation>
    </message>
    <message>
        <source>How much you are getting better at something that matters to you.</source>
        <translation>Wie sehr du in etwas besser wirst, das dir wichtig ist.</translation>
    </message>
    <message>
        <source>How much your work serves something bigger than yourself.</source>
        <translation>Wie sehr deine Arbeit etwas Größerem dient als dir selbst.</translation>
    </message>
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
    <name>Encryption</name>
    <message>
        <source>the two passphrases are not the same</source>
        <translation>die beiden Passphrasen sind nicht gleich</translation>
    </message>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation>eine Passphrase braucht mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>a passphrase cannot contain a NUL character</source>
        <translation>eine Passphrase darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>%1 is already encrypted; use passwd to change its passphrase</source>
        <translation>%1 ist schon verschlüsselt; mit passwd änderst du die Passphrase</translation>
    </message>
    <message>
        <source>there is no journal at %1</source>
        <translation>unter %1 gibt es kein Journal</translation>
    </message>
    <message>
        <source>%1 is not encrypted</source>
        <translation>%1 ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>the passphrase does not open %1</source>
        <translation>die Passphrase öffnet %1 nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); nothing was changed</source>
        <translation>%1 lässt sich nicht lesen (%2); nichts wurde verändert</translation>
    </message>
    <message>
        <source>%1 (a copy of the journal) cannot be read with this passphrase, so it cannot be converted; move it out of %2 or delete it, then try again (nothing was changed)</source>
        <translation>%1 (eine Kopie des Journals) lässt sich mit dieser Passphrase nicht lesen und deshalb nicht umwandeln; verschieb sie aus %2 oder lösch sie und versuch es dann noch einmal (nichts wurde verändert)</translation>
    </message>
    <message>
        <source>the converted copy of %1 did not match; nothing was changed</source>
        <translation>die umgewandelte Kopie von %1 stimmte nicht überein; nichts wurde verändert</translation>
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
    <name>EntryForm</name>
    <message>
        <source>Something you did or that happened in your career: a new job, a promotion, leaving.</source>
        <translation>Etwas, das du getan hast oder das in deiner Karriere geschah: ein neuer Job, eine Beförderung, ein Abschied.</translation>
    </message>
    <message>
        <source>A change in what you want: “I want to manage people”.</source>
        <translation>Eine Änderung in dem, was du willst: „Ich will Menschen führen“.</translation>
    </message>
    <message>
        <source>Outside your control: a layoff, a recession, illness — or a windfall.</source>
        <translation>Außerhalb deiner Kontrolle: eine Kündigung, eine Rezession, Krankheit — oder ein Glücksfall.</translation>
    </message>
    <message>
        <source>A plain note or reflection.</source>
        <translation>Eine einfache Notiz oder Reflexion.</translation>
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
        <source>▲▼ Shock</source>
        <translation>▲▼ Schock</translation>
    </message>
    <message>
        <source>· Note</source>
        <translation>· Notiz</translation>
    </message>
    <message>
        <source>%1 (Alt+%2): %3</source>
        <translation>%1 (Alt+%2): %3</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Was geschah, in ein paar Worten</translation>
    </message>
    <message>
        <source>No f&amp;eel</source>
        <translation>&amp;Ohne Gefühl</translation>
    </message>
    <message>
        <source>What you wanted before (optional)</source>
        <translation>Was du vorher wolltest (optional)</translation>
    </message>
    <message>
        <source>What you want now (optional)</source>
        <translation>Was du jetzt willst (optional)</translation>
    </message>
    <message>
        <source>Comma-separated words, e.g. leadership, remote</source>
        <translation>Wörter mit Komma getrennt, z. B. führung, remote</translation>
    </message>
    <message>
        <source>Notes (Markdown is fine)</source>
        <translation>Notizen (Markdown geht auch)</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>Key &amp;moment</source>
        <translation>Schlüssel&amp;moment</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Feel</source>
        <translation>Ge&amp;fühl</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>Vo&amp;rher</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Jet&amp;zt</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>never shown in shared pictures</source>
        <translation>nie in geteilten Bildern zu sehen</translation>
    </message>
    <message>
        <source>always marked and labelled on the squiggle</source>
        <translation>immer markiert und beschriftet auf der Kurve</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>No feel</source>
        <translation>Ohne Gefühl</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>Das Geschriebene verwerfen?</translation>
    </message>
    <message>
        <source>Throw away your changes to this entry?</source>
        <translation>Deine Änderungen an diesem Eintrag verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Weiterschreiben</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Slide — 1920 × 1080</source>
        <translation>Folie — 1920 × 1080</translation>
    </message>
    <message>
        <source>Post — 1200 × 675</source>
        <translation>Post — 1200 × 675</translation>
    </message>
    <message>
        <source>Square — 1080 × 1080</source>
        <translation>Quadrat — 1080 × 1080</translation>
    </message>
    <message>
        <source>Story — 1080 × 1920</source>
        <translation>Story — 1080 × 1920</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Hide organisation names (chapters show the role)</source>
        <translation>Namen von Organisationen verbergen (Kapitel zeigen die Rolle)</translation>
    </message>
    <message>
        <source>Years only (no months or days)</source>
        <translation>Nur Jahre (keine Monate oder Tage)</translation>
    </message>
    <message>
        <source>Hide the feel numbers</source>
        <translation>Gefühlswerte verbergen</translation>
    </message>
    <message>
        <source>Label key moments only</source>
        <translation>Nur Schlüsselmomente beschriften</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>The date range</source>
        <translation>Der Zeitraum</translation>
    </message>
    <message>
        <source>Optional, e.g. “Source: my journal”</source>
        <translation>Optional, z. B. „Quelle: mein Journal“</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>2× (sharp on high-density screens)</source>
        <translation>2× (scharf auf hochauflösenden Bildschirmen)</translation>
    </message>
    <message>
        <source>The whole journal</source>
        <translation>Das ganze Journal</translation>
    </message>
    <message>
        <source>What is visible now</source>
        <translation>Was gerade zu sehen ist</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Kapitel: %1</translation>
    </message>
    <message>
        <source>Include the autonomy · mastery · purpose strip</source>
        <translation>Streifen mit Autonomie · Meisterschaft · Sinn zeigen</translation>
    </message>
    <message>
        <source>Include private entries</source>
        <translation>Private Einträge zeigen</translation>
    </message>
    <message>
        <source>Private entries are left out of pictures unless you tick this. Notes never appear in a picture.</source>
        <translation>Private Einträge bleiben aus Bildern heraus, außer du setzt hier ein Häkchen. Notizen erscheinen nie in einem Bild.</translation>
    </message>
    <message>
        <source>&amp;Automatic choice</source>
        <translation>&amp;Automatische Auswahl</translation>
    </message>
    <message>
        <source>Label the moments the picture would choose by itself</source>
        <translation>Die Momente beschriften, die das Bild von selbst wählen würde</translation>
    </message>
    <message>
        <source>Copy &amp;alt text</source>
        <translation>Alternativtext k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Copy picture</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Put the picture and its alt text on the clipboard (Ctrl+Shift+C)</source>
        <translation>Das Bild und seinen Alternativtext in die Zwischenablage legen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <source>Sour&amp;ce line</source>
        <translation>&amp;Quellenzeile</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Quellenzeile</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Größenvorlage</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Written into the file; paste it where you post the picture.</source>
        <translation>Steht in der Datei; füge ihn dort ein, wo du das Bild postest.</translation>
    </message>
    <message>
        <source>Picture, moments and alt text</source>
        <translation>Bild, Momente und Alternativtext</translation>
    </message>
    <message>
        <source>&amp;Picture</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <source>&amp;Moments</source>
        <translation>&amp;Momente</translation>
    </message>
    <message>
        <source>Alt te&amp;xt</source>
        <translation>Alternativte&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
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
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: lässt sich nicht schreiben (%2)</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: ist keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: lässt sich nicht schreiben</translation>
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
        <source>Filter problem</source>
        <translation>Problem mit dem Filter</translation>
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
    <name>Formats</name>
    <message>
        <source>LinkedIn data export (.zip, Positions.csv or Education.csv)</source>
        <translation>LinkedIn-Datenexport (.zip, Positions.csv oder Education.csv)</translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation>jrnl-JSON-Export</translation>
    </message>
    <message>
        <source>Day One JSON export (.zip or .json)</source>
        <translation>Day-One-JSON-Export (.zip oder .json)</translation>
    </message>
    <message>
        <source>Career Squiggle JSON</source>
        <translation>Career-Squiggle-JSON</translation>
    </message>
    <message>
        <source>Career Squiggle CSV</source>
        <translation>Career-Squiggle-CSV</translation>
    </message>
    <message>
        <source>Career Squiggle JSON (everything, lossless)</source>
        <translation>Career-Squiggle-JSON (alles, verlustfrei)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Markdown, to read</source>
        <translation>Markdown, zum Lesen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Career Squiggle: a private journal for the non-linear career. With no command, opens the window.</source>
        <translation>Career Squiggle: ein privates Journal für die nicht-lineare Karriere. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>global options</source>
        <translation>globale Optionen</translation>
    </message>
    <message>
        <source>the journal&apos;s folder (default: $CAREERSQUIGGLE_DATA_DIR or your data folder)</source>
        <translation>der Ordner des Journals (Standard: $CAREERSQUIGGLE_DATA_DIR oder dein Datenordner)</translation>
    </message>
    <message>
        <source>read the passphrase as one line from standard input</source>
        <translation>die Passphrase als eine Zeile aus der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>say more</source>
        <translation>mehr sagen</translation>
    </message>
    <message>
        <source>the language to use, e.g. de or en (default: your system&apos;s; &apos;pseudo&apos; lengthens every text, for testing layouts)</source>
        <translation>die Sprache, z. B. de oder en (Standard: die deines Systems; „pseudo“ verlängert jeden Text, zum Testen von Layouts)</translation>
    </message>
    <message>
        <source>add an entry: an event, a shift, a shock or a note</source>
        <translation>einen Eintrag hinzufügen: ein Ereignis, einen Sinneswandel, einen Schock oder eine Notiz</translation>
    </message>
    <message>
        <source>%1 Options given as well (--kind, --tag, --note, --private, --date, --feel) add to the line or override it.</source>
        <translation>%1 Zusätzlich angegebene Optionen (--kind, --tag, --note, --private, --date, --feel) ergänzen die Zeile oder ersetzen Teile davon.</translation>
    </message>
    <message>
        <source>the entry as one line, e.g. &quot;yesterday: Led the launch @leadership +2&quot;</source>
        <translation>der Eintrag als eine Zeile, z. B. &quot;gestern: Den Launch geleitet @führung +2&quot;</translation>
    </message>
    <message>
        <source>%1 (needed with --title; TEXT defaults to event)</source>
        <translation>%1 (nötig mit --title; bei TEXT ist event der Standard)</translation>
    </message>
    <message>
        <source>the title (instead of TEXT)</source>
        <translation>der Titel (statt TEXT)</translation>
    </message>
    <message>
        <source>%1 (default: today)</source>
        <translation>%1 (Standard: heute)</translation>
    </message>
    <message>
        <source>how it felt, -5 to +5</source>
        <translation>wie es sich anfühlte, -5 bis +5</translation>
    </message>
    <message>
        <source>a tag (repeat for more)</source>
        <translation>ein Tag (für mehr wiederholen)</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>never show it in shared pictures</source>
        <translation>nie in geteilten Bildern zeigen</translation>
    </message>
    <message>
        <source>a key moment: always marked and labelled on the squiggle</source>
        <translation>ein Schlüsselmoment: immer markiert und beschriftet auf der Kurve</translation>
    </message>
    <message>
        <source>for a shift: what you wanted before</source>
        <translation>für einen Sinneswandel: was du vorher wolltest</translation>
    </message>
    <message>
        <source>for a shift: what you want now</source>
        <translation>für einen Sinneswandel: was du jetzt willst</translation>
    </message>
    <message>
        <source>record autonomy, mastery and purpose (0-10)</source>
        <translation>Autonomie, Meisterschaft und Sinn festhalten (0-10)</translation>
    </message>
    <message>
        <source>add a chapter: a job, a degree, a sabbatical</source>
        <translation>ein Kapitel hinzufügen: ein Job, ein Studium, ein Sabbatical</translation>
    </message>
    <message>
        <source>leave out for an ongoing chapter</source>
        <translation>weglassen für ein laufendes Kapitel</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>list entries (or check-ins), oldest first</source>
        <translation>Einträge (oder Check-ins) auflisten, die ältesten zuerst</translation>
    </message>
    <message>
        <source>%1 (repeat for more)</source>
        <translation>%1 (für mehr wiederholen)</translation>
    </message>
    <message>
        <source>only entries within this chapter (by title)</source>
        <translation>nur Einträge in diesem Kapitel (nach Titel)</translation>
    </message>
    <message>
        <source>list check-ins instead of entries</source>
        <translation>Check-ins statt Einträgen auflisten</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <source>check the journal file&apos;s integrity</source>
        <translation>die Unversehrtheit der Journal-Datei prüfen</translation>
    </message>
    <message>
        <source>fill an empty journal with the sample story</source>
        <translation>ein leeres Journal mit der Beispielgeschichte füllen</translation>
    </message>
    <message>
        <source>pictures (png, svg, pdf)</source>
        <translation>Bilder (png, svg, pdf)</translation>
    </message>
    <message>
        <source>show private entries too</source>
        <translation>auch private Einträge zeigen</translation>
    </message>
    <message>
        <source>slide 1920×1080 (default), post 1200×675, square 1080×1080, story 1080×1920</source>
        <translation>slide 1920×1080 (Standard), post 1200×675, square 1080×1080, story 1080×1920</translation>
    </message>
    <message>
        <source>picture width in pixels (instead of a preset)</source>
        <translation>Breite des Bilds in Pixeln (statt einer Vorlage)</translation>
    </message>
    <message>
        <source>picture height in pixels (instead of a preset)</source>
        <translation>Höhe des Bilds in Pixeln (statt einer Vorlage)</translation>
    </message>
    <message>
        <source>pixel density: 2 gives a 1200×675 picture 2400×1350 pixels, text the same apparent size</source>
        <translation>Pixeldichte: 2 gibt einem 1200×675-Bild 2400×1350 Pixel, bei gleich groß wirkendem Text</translation>
    </message>
    <message>
        <source>picture title</source>
        <translation>Titel des Bilds</translation>
    </message>
    <message>
        <source>line under the title (default: the date range)</source>
        <translation>Zeile unter dem Titel (Standard: der Zeitraum)</translation>
    </message>
    <message>
        <source>a source line at the bottom</source>
        <translation>eine Quellenzeile ganz unten</translation>
    </message>
    <message>
        <source>no organisation names: chapters show the role or &apos;Chapter 2&apos;</source>
        <translation>keine Namen von Organisationen: Kapitel zeigen die Rolle oder „Kapitel 2“</translation>
    </message>
    <message>
        <source>no months or days anywhere</source>
        <translation>nirgends Monate oder Tage</translation>
    </message>
    <message>
        <source>no feel numbers on the axis</source>
        <translation>keine Gefühlswerte an der Achse</translation>
    </message>
    <message>
        <source>label only the key moments</source>
        <translation>nur die Schlüsselmomente beschriften</translation>
    </message>
    <message>
        <source>also write the picture&apos;s description (alt text) to FILE</source>
        <translation>die Beschreibung des Bilds (Alternativtext) auch in FILE schreiben</translation>
    </message>
    <message>
        <source>write a review of a period as Markdown (default: the whole journal)</source>
        <translation>einen Rückblick auf einen Zeitraum als Markdown schreiben (Standard: das ganze Journal)</translation>
    </message>
    <message>
        <source>review one chapter</source>
        <translation>auf ein Kapitel zurückblicken</translation>
    </message>
    <message>
        <source>start: 2019, 2019-03, March 2019, last year…</source>
        <translation>Beginn: 2019, 2019-03, März 2019, letztes Jahr…</translation>
    </message>
    <message>
        <source>end (included)</source>
        <translation>Ende (einschließlich)</translation>
    </message>
    <message>
        <source>review the last twelve months</source>
        <translation>auf die letzten zwölf Monate zurückblicken</translation>
    </message>
    <message>
        <source>file to write, or - for standard output</source>
        <translation>die Datei zum Schreiben, oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>back the journal up now (into the backups folder, or to OUT)</source>
        <translation>das Journal jetzt sichern (in den Sicherungsordner oder nach OUT)</translation>
    </message>
    <message>
        <source>file or folder to write the backup to (default: the backups folder)</source>
        <translation>Datei oder Ordner für die Sicherung (Standard: der Sicherungsordner)</translation>
    </message>
    <message>
        <source>put a backup in the journal&apos;s place (the current file is kept aside)</source>
        <translation>eine Sicherung an die Stelle des Journals setzen (die aktuelle Datei wird beiseitegelegt)</translation>
    </message>
    <message>
        <source>the backup file (default: the newest good one)</source>
        <translation>die Sicherungsdatei (Standard: die neueste intakte)</translation>
    </message>
    <message>
        <source>list the backups and change nothing</source>
        <translation>die Sicherungen auflisten und nichts ändern</translation>
    </message>
    <message>
        <source>encrypt the journal and its backups with a passphrase (SQLCipher)</source>
        <translation>das Journal und seine Sicherungen mit einer Passphrase verschlüsseln (SQLCipher)</translation>
    </message>
    <message>
        <source>remove the journal&apos;s encryption</source>
        <translation>die Verschlüsselung des Journals entfernen</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted journal (with --passphrase-stdin: the current one, then the new one, one per line)</source>
        <translation>die Passphrase eines verschlüsselten Journals ändern (mit --passphrase-stdin: erst die aktuelle, dann die neue, je eine Zeile)</translation>
    </message>
    <message>
        <source>Each laptop writes sealed (encrypted) change files into its own subfolder of FOLDER; your sync tool (Syncthing, Dropbox, Nextcloud, a USB stick...) carries them to the other laptops, and `careersquiggle sync` merges what arrived. The journal itself never goes into FOLDER. An encrypted journal&apos;s passphrase is used for the folder unless you choose another; a journal without one asks for a sync passphrase.</source>
        <translation>Jeder Laptop schreibt versiegelte (verschlüsselte) Änderungsdateien in seinen eigenen Unterordner von FOLDER; dein Sync-Werkzeug (Syncthing, Dropbox, Nextcloud, ein USB-Stick...) bringt sie zu den anderen Laptops, und `careersquiggle sync` führt zusammen, was angekommen ist. Das Journal selbst kommt nie nach FOLDER. Die Passphrase eines verschlüsselten Journals gilt auch für den Ordner, außer du wählst eine andere; ein Journal ohne Passphrase fragt nach einer Sync-Passphrase.</translation>
    </message>
    <message>
        <source>sync with other laptops through a folder your sync tool keeps in step</source>
        <translation>mit anderen Laptops synchronisieren, über einen Ordner, den dein Sync-Werkzeug abgleicht</translation>
    </message>
    <message>
        <source>setup FOLDER: start (or join) syncing; status: how sync stands, with the conflicts; flip ID: use a conflict&apos;s other value; none: sync now</source>
        <translation>setup FOLDER: das Synchronisieren beginnen (oder beitreten); status: wie die Synchronisierung steht, mit den Konflikten; flip ID: den anderen Wert eines Konflikts nehmen; nichts: jetzt synchronisieren</translation>
    </message>
    <message>
        <source>for setup: the synced folder; for flip: the conflict&apos;s number</source>
        <translation>für setup: der synchronisierte Ordner; für flip: die Nummer des Konflikts</translation>
    </message>
    <message>
        <source>setup: this laptop&apos;s name (&quot;work laptop&quot;)</source>
        <translation>setup: der Name dieses Laptops (&quot;Arbeitslaptop&quot;)</translation>
    </message>
    <message>
        <source>setup: say what joining would do, change nothing</source>
        <translation>setup: sagen, was das Beitreten täte, nichts ändern</translation>
    </message>
    <message>
        <source>setup: join a folder&apos;s journal with the entries this one already has</source>
        <translation>setup: das Journal eines Ordners mit den Einträgen zusammenführen, die dieses schon hat</translation>
    </message>
    <message>
        <source>Text exports (json, csv, markdown) are your own copy of the journal: they include private entries and notes. csv writes one row per entry; --checkins or --chapters write that table instead (import csv reads any of the three back). Pictures (png, svg, pdf) leave notes out, and private entries unless --include-private; they carry their alt text (PNG Description chunk, SVG &lt;desc&gt;).</source>
        <translation>Textexporte (json, csv, markdown) sind deine eigene Kopie des Journals: sie enthalten private Einträge und Notizen. csv schreibt eine Zeile je Eintrag; --checkins oder --chapters schreiben stattdessen diese Tabelle (import csv liest jede der drei zurück). Bilder (png, svg, pdf) lassen Notizen weg, und private Einträge, außer mit --include-private; sie tragen ihren Alternativtext (PNG-Description-Chunk, SVG &lt;desc&gt;).</translation>
    </message>
    <message>
        <source>linkedin reads Positions.csv, Education.csv or the whole LinkedIn export .zip; jrnl reads `jrnl --export json`; dayone reads Day One&apos;s JSON export (.zip or .json; photos are left out and named); json and csv read what export writes. The whole file is checked first and imported all or nothing (--skip-invalid imports the valid items). An item already held (by its id in the source: a Day One uuid, a jrnl entry&apos;s date, time and text, a LinkedIn role&apos;s company, title and start) is updated where the file changed and you have not edited it since.</source>
        <translation>linkedin liest Positions.csv, Education.csv oder den ganzen LinkedIn-Export als .zip; jrnl liest `jrnl --export json`; dayone liest den JSON-Export von Day One (.zip oder .json; Fotos werden weggelassen und genannt); json und csv lesen, was export schreibt. Die ganze Datei wird zuerst geprüft und ganz oder gar nicht importiert (--skip-invalid importiert die gültigen Einträge). Ein schon vorhandener Eintrag (erkannt an seiner ID in der Quelle: eine Day-One-UUID, Datum, Uhrzeit und Text eines jrnl-Eintrags, Firma, Titel und Beginn einer LinkedIn-Rolle) wird aktualisiert, wo sich die Datei geändert hat und du ihn seitdem nicht bearbeitet hast.</translation>
    </message>
    <message>
        <source>write the journal (or a picture of it) to a file</source>
        <translation>das Journal (oder ein Bild davon) in eine Datei schreiben</translation>
    </message>
    <message>
        <source>csv: write the check-ins instead of the entries</source>
        <translation>csv: die Check-ins statt der Einträge schreiben</translation>
    </message>
    <message>
        <source>csv: write the chapters instead of the entries</source>
        <translation>csv: die Kapitel statt der Einträge schreiben</translation>
    </message>
    <message>
        <source>bring entries in from a file</source>
        <translation>Einträge aus einer Datei holen</translation>
    </message>
    <message>
        <source>file to read, or - for standard input</source>
        <translation>die Datei zum Lesen, oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>show what would happen, change nothing</source>
        <translation>zeigen, was passieren würde, nichts ändern</translation>
    </message>
    <message>
        <source>import the valid items and list each invalid one skipped (without it, one invalid item stops the whole import)</source>
        <translation>die gültigen Einträge importieren und jeden übersprungenen ungültigen auflisten (ohne diese Option stoppt ein einziger ungültiger Eintrag den ganzen Import)</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die Datei, die importiert werden soll</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Skip invalid items and import the rest</source>
        <translation>Ungültige Einträge überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Skip invalid items</source>
        <translation>Ungültige Einträge überspringen</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation>Wähle eine Datei, um zu sehen, was importiert würde.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Nothing changes until you press Import; the whole import can be undone.</source>
        <translation>Nichts ändert sich, bis du auf Importieren drückst; der ganze Import lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Eine Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>%1 (%2);;All files (*)</source>
        <translation>%1 (%2);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>cannot import from &apos;%1&apos;; choose one of %2</source>
        <translation>aus „%1“ lässt sich nicht importieren; wähle eines von %2</translation>
    </message>
    <message>
        <source>%1: could not be read as %2 (%3)</source>
        <translation>%1: ließ sich nicht als %2 lesen (%3)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2%3; nothing was imported (skip invalid items to import the rest)</source>
        <translation>%1: %2%3; nichts wurde importiert (überspringe ungültige Einträge, um den Rest zu importieren)</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos; as text; choose one of %2</source>
        <translation>nach „%1“ lässt sich nicht als Text exportieren; wähle eines von %2</translation>
    </message>
    <message>
        <source>there is no table &apos;%1&apos;; choose one of %2</source>
        <translation>es gibt keine Tabelle „%1“; wähle eine von %2</translation>
    </message>
    <message>
        <source>only csv exports one table at a time, not %1</source>
        <translation>nur csv exportiert eine Tabelle auf einmal, nicht %1</translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation>%1 Werte für %2 Spalten</translation>
    </message>
    <message>
        <source>the header has a column export csv never writes: &apos;%1&apos;</source>
        <translation>die Kopfzeile hat eine Spalte, die export csv nie schreibt: „%1“</translation>
    </message>
    <message>
        <source>a column appears twice in the header</source>
        <translation>eine Spalte kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>id must be a positive whole number, not &apos;%1&apos;</source>
        <translation>id muss eine positive ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>private must be yes or no, not &apos;%1&apos;</source>
        <translation>private muss yes oder no sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the zip has no Day One journal in it (no .json file); %1</source>
        <translation>in der ZIP-Datei ist kein Day-One-Journal (keine .json-Datei); %1</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>es ist kein Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>&apos;text&apos; must be text</source>
        <translation>„text“ muss Text sein</translation>
    </message>
    <message>
        <source>it has no creationDate</source>
        <translation>es hat kein creationDate</translation>
    </message>
    <message>
        <source>&apos;creationDate&apos; must be text like 2021-09-14T07:45:12Z</source>
        <translation>„creationDate“ muss Text sein wie 2021-09-14T07:45:12Z</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (creationDate)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (creationDate)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>it is not an object with a title and a date</source>
        <translation>es ist kein Objekt mit Titel und Datum</translation>
    </message>
    <message>
        <source>it has no date</source>
        <translation>es hat kein Datum</translation>
    </message>
    <message>
        <source>%1 values for %2 columns (a comma outside quotes?)</source>
        <translation>%1 Werte für %2 Spalten (ein Komma außerhalb von Anführungszeichen?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a date like Jan 2020 or 2020</source>
        <translation>„%1“ in %2 ist kein Datum wie Jan 2020 oder 2020</translation>
    </message>
    <message>
        <source>a Career Squiggle JSON export</source>
        <translation>ein JSON-Export von Career Squiggle</translation>
    </message>
    <message>
        <source>a Career Squiggle CSV export</source>
        <translation>ein CSV-Export von Career Squiggle</translation>
    </message>
    <message>
        <source>a jrnl JSON export</source>
        <translation>ein JSON-Export von jrnl</translation>
    </message>
    <message>
        <source>a Day One export</source>
        <translation>ein Export von Day One</translation>
    </message>
    <message>
        <source>a LinkedIn Positions.csv</source>
        <translation>eine Positions.csv von LinkedIn</translation>
    </message>
    <message>
        <source>row %1: not readable as CSV (%2%3)</source>
        <translation>Zeile %1: nicht als CSV lesbar (%2%3)</translation>
    </message>
    <message>
        <source>this is not %1; it looks like %2 (import it as %3)</source>
        <translation>das ist nicht %1; es sieht aus wie %2 (importiere es als %3)</translation>
    </message>
    <message>
        <source>this is not %1 (%2)</source>
        <translation>das ist nicht %1 (%2)</translation>
    </message>
    <message>
        <source>this is not %1</source>
        <translation>das ist nicht %1</translation>
    </message>
    <message>
        <source>this is a zip archive, not %1</source>
        <translation>das ist ein ZIP-Archiv, nicht %1</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list</source>
        <translation>„tags“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>&apos;starred&apos; must be true or false</source>
        <translation>„starred“ muss true oder false sein</translation>
    </message>
    <message>
        <source>this is a Day One Classic journal folder (.dayone), which cannot be read; %1</source>
        <translation>das ist ein Journal-Ordner von Day One Classic (.dayone), der sich nicht lesen lässt; %1</translation>
    </message>
    <message>
        <source>this is a Day One Classic entry (.doentry), which cannot be read; %1</source>
        <translation>das ist ein Eintrag von Day One Classic (.doentry), der sich nicht lesen lässt; %1</translation>
    </message>
    <message>
        <source>this is an XML property list, not a JSON export</source>
        <translation>das ist eine XML-Property-List, kein JSON-Export</translation>
    </message>
    <message>
        <source>this is a plain-text jrnl journal, not its JSON export; %1</source>
        <translation>das ist ein jrnl-Journal als reiner Text, nicht sein JSON-Export; %1</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the zip archive is damaged or incomplete</source>
        <translation>das ZIP-Archiv ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the zip archive uses a format that cannot be read</source>
        <translation>das ZIP-Archiv nutzt ein Format, das sich nicht lesen lässt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, far too large for a journal export</source>
        <translation>%1 ist größer als %2 MB, viel zu groß für den Export eines Journals</translation>
    </message>
    <message>
        <source>%1 is protected by a password</source>
        <translation>%1 ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <source>%1 is compressed in a way that cannot be read</source>
        <translation>%1 ist so komprimiert, dass es sich nicht lesen lässt</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete</source>
        <translation>%1 ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a text file (it is not UTF-8 text)</source>
        <translation>keine Textdatei (es ist kein UTF-8-Text)</translation>
    </message>
    <message>
        <source>the JSON is nested far too deeply to be a journal export</source>
        <translation>das JSON ist viel zu tief verschachtelt für den Export eines Journals</translation>
    </message>
    <message>
        <source>not valid JSON%1 (line %2, column %3: %4)</source>
        <translation>kein gültiges JSON%1 (Zeile %2, Spalte %3: %4)</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>this journal already has entries; the sample story only goes into an empty journal (use --data-dir to try it in a new folder)</source>
        <translation>dieses Journal hat schon Einträge; die Beispielgeschichte kommt nur in ein leeres Journal (probier sie mit --data-dir in einem neuen Ordner aus)</translation>
    </message>
    <message>
        <source>%1 is missing or empty, but %2 backup(s) or kept copies of the journal exist, so this is a lost journal, not a new one; `careersquiggle restore` brings back the newest good backup (to really start a new journal, first move %3 and the kept copies elsewhere)</source>
        <translation>%1 fehlt oder ist leer, aber es gibt %2 Sicherung(en) oder aufbewahrte Kopien des Journals; das ist also ein verlorenes Journal, kein neues; `careersquiggle restore` holt die neueste intakte Sicherung zurück (um wirklich ein neues Journal anzufangen, verschieb zuerst %3 und die aufbewahrten Kopien woandershin)</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2)</source>
        <translation>%1 lässt sich nicht anlegen (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); it has not been changed</source>
        <translation>%1 ist beschädigt und lässt sich nicht lesen (%2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>there is no chapter called &apos;%1&apos;</source>
        <translation>es gibt kein Kapitel namens „%1“</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>es gibt kein %1 mit der ID %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 (an interrupted encryption change) cannot be read (%2); nothing was changed</source>
        <translation>%1 (eine unterbrochene Änderung der Verschlüsselung) lässt sich nicht lesen (%2); nichts wurde verändert</translation>
    </message>
    <message>
        <source>%1 already holds a journal; choose an empty folder</source>
        <translation>in %1 liegt schon ein Journal; wähle einen leeren Ordner</translation>
    </message>
</context>
<context>
    <name>JournalDoc</name>
    <message>
        <source>ongoing</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>feel %1</source>
        <translation>Gefühl %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
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
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters</source>
        <translation>
            <numerusform>%n Kapitel</numerusform>
            <numerusform>%n Kapitel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Career journal</source>
        <translation>Karriere-Journal</translation>
    </message>
    <message>
        <source>Exported on %1: %2. This copy holds everything, private entries included.</source>
        <translation>Exportiert am %1: %2. Diese Kopie enthält alles, auch private Einträge.</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>Outside any chapter</source>
        <translation>Außerhalb der Kapitel</translation>
    </message>
</context>
<context>
    <name>JsonDoc</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: &apos;id&apos; must be a positive whole number</source>
        <translation>%1: „id“ muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos;: &apos;prompt&apos; must be a prompt id</source>
        <translation>Eintrag „%1“: „prompt“ muss die ID einer Frage sein</translation>
    </message>
    <message>
        <source>option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <source>&apos;intent&apos; must be an object</source>
        <translation>„intent“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>intent: %1</source>
        <translation>intent: %1</translation>
    </message>
    <message>
        <source>plan action %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a journal</source>
        <translation>das JSON ist zu tief verschachtelt für ein Journal</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2: %3)</source>
        <translation>kein gültiges JSON (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1 hat kein „%2“</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be text</source>
        <translation>%1: „%2“ muss Text sein</translation>
    </message>
    <message>
        <source>this is not a Career Squiggle JSON export (no &quot;format&quot;: &quot;careersquiggle&quot;)</source>
        <translation>das ist kein JSON-Export von Career Squiggle (kein &quot;format&quot;: &quot;careersquiggle&quot;)</translation>
    </message>
    <message>
        <source>the document has no valid &apos;version&apos;</source>
        <translation>das Dokument hat keine gültige „version“</translation>
    </message>
    <message>
        <source>the document is version %1, newer than this app understands (%2); update the app</source>
        <translation>das Dokument hat Version %1, neuer als diese App versteht (%2); aktualisiere die App</translation>
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
    <name>Lock</name>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <translation>die Sperrdatei %1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>%1: the lock file cannot be created (%2); the journal&apos;s folder must be writable</source>
        <translation>%1: die Sperrdatei lässt sich nicht anlegen (%2); der Ordner des Journals muss beschreibbar sein</translation>
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
    <name>Migrate</name>
    <message>
        <source>is a SQLite database, but not a Career Squiggle journal</source>
        <translation>ist eine SQLite-Datenbank, aber kein Career-Squiggle-Journal</translation>
    </message>
    <message>
        <source>was written by a newer version of Career Squiggle; update the app to open it (the file has not been changed)</source>
        <translation>wurde von einer neueren Version von Career Squiggle geschrieben; aktualisiere die App, um sie zu öffnen (die Datei wurde nicht verändert)</translation>
    </message>
    <message>
        <source>%1 rows would point at missing rows</source>
        <translation>%1 Zeilen würden auf fehlende Zeilen verweisen</translation>
    </message>
    <message>
        <source>could not be upgraded (%1); it was left as it was</source>
        <translation>ließ sich nicht aktualisieren (%1); die Datei blieb, wie sie war</translation>
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
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <source>the chapter title</source>
        <translation>der Titel des Kapitels</translation>
    </message>
    <message>
        <source>the option&apos;s name</source>
        <translation>der Name der Option</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>der Schritt</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>der Beginn</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>das Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the done date</source>
        <translation>das Erledigt-Datum</translation>
    </message>
    <message>
        <source>&apos;from&apos;</source>
        <translation>„vorher“</translation>
    </message>
    <message>
        <source>&apos;to&apos;</source>
        <translation>„jetzt“</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>die Notizen</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>the statement</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>die Organisation</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>die Rolle</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>ein Tag</translation>
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
    <message>
        <source>%1 is missing; give a score from 0 to 10</source>
        <translation>%1 fehlt; gib einen Wert von 0 bis 10 an</translation>
    </message>
    <message>
        <source>tags must be a list of words</source>
        <translation>Tags müssen eine Liste von Wörtern sein</translation>
    </message>
    <message>
        <source>a tag must be a word, not %1</source>
        <translation>ein Tag muss ein Wort sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 holds characters that are not valid text (UTF-8)</source>
        <translation>%1 enthält Zeichen, die kein gültiger Text sind (UTF-8)</translation>
    </message>
    <message>
        <source>%1 holds a NUL character, which text cannot hold</source>
        <translation>%1 enthält ein NUL-Zeichen, das in Text nicht vorkommen kann</translation>
    </message>
    <message>
        <source>%1 is empty; give it a few words</source>
        <translation>%1 ist leer; schreib ein paar Wörter</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; keep it under %3</source>
        <translation>%1 ist %2 Zeichen lang; bleib unter %3</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 is missing; write it as %2</source>
        <translation>%1 fehlt; schreib es etwa so: %2</translation>
    </message>
    <message>
        <source>only a preference shift has &apos;from&apos; and &apos;to&apos;</source>
        <translation>nur ein Sinneswandel hat „vorher“ und „jetzt“</translation>
    </message>
    <message>
        <source>&apos;private&apos; must be true or false</source>
        <translation>„private“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;key_moment&apos; must be true or false</source>
        <translation>„key_moment“ muss true oder false sein</translation>
    </message>
    <message>
        <source>the chapter ends (%1) before it starts (%2)</source>
        <translation>das Kapitel endet (%1), bevor es beginnt (%2)</translation>
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
    <name>MomentsTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Label (tick to show; the entry is not changed)</source>
        <translation>Beschriftung (Häkchen zum Zeigen; der Eintrag bleibt unverändert)</translation>
    </message>
    <message>
        <source>Moments to label</source>
        <translation>Zu beschriftende Momente</translation>
    </message>
</context>
<context>
    <name>OneLine</name>
    <message>
        <source>TEXT is one line: [DATE:] TITLE [@tag|#tag]... [+N|-N], e.g. &quot;2019-03: Promoted to team lead @leadership +3&quot;. DATE is optional (default: today) and may be 2019, 2019-03, March 2019, 14 March 2019, yesterday, last month; a word starting with @ or # is a tag; a lone +N or -N is the feel (-5..+5).</source>
        <translation>TEXT ist eine Zeile: [DATUM:] TITEL [@tag|#tag]... [+N|-N], z. B. &quot;2019-03: Zur Teamleiterin befördert @führung +3&quot;. DATUM ist optional (Standard: heute) und kann 2019, 2019-03, März 2019, 14. März 2019, gestern, letzten Monat sein; ein Wort mit @ oder # am Anfang ist ein Tag; ein allein stehendes +N oder -N ist das Gefühl (-5..+5).</translation>
    </message>
    <message>
        <source>give the feel once, not %1 times (%2)</source>
        <translation>gib das Gefühl einmal an, nicht %1-mal (%2)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>this answer was never saved</source>
        <translation>diese Antwort wurde nie gespeichert</translation>
    </message>
    <message>
        <source>not an operation (no &apos;type&apos;)</source>
        <translation>keine Operation (kein „type“)</translation>
    </message>
    <message>
        <source>operation &apos;%1&apos; has version %2, which this app does not know</source>
        <translation>die Operation „%1“ hat Version %2, die diese App nicht kennt</translation>
    </message>
    <message>
        <source>operation &apos;%1&apos; is missing a field (%2)</source>
        <translation>der Operation „%1“ fehlt ein Feld (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operation this app knows</source>
        <translation>„%1“ ist keine Operation, die diese App kennt</translation>
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
    <message>
        <source>Weigh two to five paths you could take. Each is scored the way you check in (0–10), plus money. ▲ means more than you have now, ▼ less.</source>
        <translation>Wäge zwei bis fünf Wege ab, die du gehen könntest. Jeder wird bewertet wie bei einem Check-in (0–10), dazu Geld. ▲ heißt mehr als jetzt, ▼ weniger.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Options side by side</source>
        <translation>Optionen nebeneinander</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>e.g. Move into management</source>
        <translation>z. B. In die Führung wechseln</translation>
    </message>
    <message>
        <source>Option name</source>
        <translation>Name der Option</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>Option notes</source>
        <translation>Notizen zur Option</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>Option &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Option problem</source>
        <translation>Problem mit der Option</translation>
    </message>
    <message>
        <source>Now
(%1)</source>
        <translation>Jetzt
(%1)</translation>
    </message>
    <message>
        <source>Now
(no check-in)</source>
        <translation>Jetzt
(kein Check-in)</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n options to weigh them against each other.</source>
        <translation>
            <numerusform>Füge mindestens %n Option hinzu, um sie gegeneinander abzuwägen.</numerusform>
            <numerusform>Füge mindestens %n Optionen hinzu, um sie gegeneinander abzuwägen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n options is the most; remove one to add another.</source>
        <translation>
            <numerusform>%n Option ist das Höchste; entferne eine, um eine andere hinzuzufügen.</numerusform>
            <numerusform>%n Optionen sind das Höchste; entferne eine, um eine andere hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click an option&apos;s column to edit it.</source>
        <translation>Klick auf die Spalte einer Option, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1: %2, about the same as now</source>
        <translation>%1: %2, etwa so viel wie jetzt</translation>
    </message>
    <message>
        <source>%1: %2, about the same as your average</source>
        <translation>%1: %2, etwa so viel wie dein Durchschnitt</translation>
    </message>
    <message>
        <source>%1: %2, more than now</source>
        <translation>%1: %2, mehr als jetzt</translation>
    </message>
    <message>
        <source>%1: %2, more than your average</source>
        <translation>%1: %2, mehr als dein Durchschnitt</translation>
    </message>
    <message>
        <source>%1: %2, less than now</source>
        <translation>%1: %2, weniger als jetzt</translation>
    </message>
    <message>
        <source>%1: %2, less than your average</source>
        <translation>%1: %2, weniger als dein Durchschnitt</translation>
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
    <name>Overview</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries in the period</source>
        <translation>Einträge im Zeitraum</translation>
    </message>
    <message>
        <source>Check-ins in the period</source>
        <translation>Check-ins im Zeitraum</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <source>Review of the period</source>
        <translation>Rückblick auf den Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>keine Check-ins</translation>
    </message>
    <message>
        <source>autonomy, mastery and purpose need a check-in</source>
        <translation>Autonomie, Meisterschaft und Sinn brauchen einen Check-in</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>on average autonomy %1 · mastery %2 · purpose %3</source>
        <translation>im Schnitt Autonomie %1 · Meisterschaft %2 · Sinn %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <source>a first check-in takes a minute</source>
        <translation>ein erster Check-in dauert eine Minute</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
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
    <name>Paths</name>
    <message>
        <source>cannot find your home folder (HOME is not set); give the journal&apos;s folder with --data-dir or $%1</source>
        <translation>dein Benutzerordner ist nicht zu finden (HOME ist nicht gesetzt); gib den Ordner des Journals mit --data-dir oder $%1 an</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>The whole journal</source>
        <translation>Das ganze Journal</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>Die letzten zwölf Monate</translation>
    </message>
    <message>
        <source>One chapter</source>
        <translation>Ein Kapitel</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Zwischen zwei Daten</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Zei&amp;traum:</translation>
    </message>
    <message>
        <source>Period to review</source>
        <translation>Zeitraum für den Rückblick</translation>
    </message>
    <message>
        <source>Chapter to review</source>
        <translation>Kapitel für den Rückblick</translation>
    </message>
    <message>
        <source>from 2019, March 2019, 14 March 2019, today…</source>
        <translation>von 2019, März 2019, 14. März 2019, heute…</translation>
    </message>
    <message>
        <source>Review from date</source>
        <translation>Rückblick ab Datum</translation>
    </message>
    <message>
        <source>to 2019, March 2019, 14 March 2019, today…</source>
        <translation>bis 2019, März 2019, 14. März 2019, heute…</translation>
    </message>
    <message>
        <source>Review to date</source>
        <translation>Rückblick bis Datum</translation>
    </message>
    <message>
        <source>Period problem</source>
        <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
        <source>there are no chapters yet; add one from the main window</source>
        <translation>es gibt noch keine Kapitel; leg eines im Hauptfenster an</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>My career squiggle</source>
        <translation>Meine Karrierekurve</translation>
    </message>
    <message>
        <source>Made with Career Squiggle</source>
        <translation>Gemacht mit Career Squiggle</translation>
    </message>
    <message>
        <source>A · M · P</source>
        <translation>A · M · S</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Where I want to go</source>
        <translation>Wo ich hin will</translation>
    </message>
    <message>
        <source>e.g. Within two years, lead a team that builds our data platform. Tell your manager: they can help pave the way.</source>
        <translation>z. B. In zwei Jahren ein Team leiten, das unsere Datenplattform baut. Sag es deiner Führungskraft: Sie kann dir den Weg ebnen.</translation>
    </message>
    <message>
        <source>Statement problem</source>
        <translation>Problem mit dem Ziel</translation>
    </message>
    <message>
        <source>Save &amp;statement</source>
        <translation>Ziel spei&amp;chern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>On the squiggle</source>
        <translation>Auf der Kurve</translation>
    </message>
    <message>
        <source>Plan actions</source>
        <translation>Schritte des Plans</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Schritt des Plans</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn (Datum)</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am (Datum)</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Erledigt am:</translation>
    </message>
    <message>
        <source>Done on date</source>
        <translation>Erledigt am (Datum)</translation>
    </message>
    <message>
        <source>2019, March 2019, 14 March 2019, today…</source>
        <translation>2019, März 2019, 14. März 2019, heute…</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Action notes</source>
        <translation>Notizen zum Schritt</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Notiz&amp;en:</translation>
    </message>
    <message>
        <source>Plan action problem</source>
        <translation>Problem mit dem Schritt</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Put on the s&amp;quiggle</source>
        <translation>Auf die &amp;Kurve setzen</translation>
    </message>
    <message>
        <source>Add this done action to the squiggle as a career event</source>
        <translation>Diesen erledigten Schritt als Karriereereignis auf die Kurve setzen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert am %1</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Noch nicht geschrieben</translation>
    </message>
    <message>
        <source>● on the squiggle</source>
        <translation>● auf der Kurve</translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation>Was wirst du tun?</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>What you want</source>
        <translation>Was du willst</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Modelling others</source>
        <translation>Von anderen lernen</translation>
    </message>
    <message>
        <source>Team and visibility</source>
        <translation>Team und Sichtbarkeit</translation>
    </message>
    <message>
        <source>If nobody else had a say, where would you like your work to have taken you five years from now?</source>
        <translation>Wenn niemand sonst mitreden dürfte: Wohin sollte dich deine Arbeit in fünf Jahren gebracht haben?</translation>
    </message>
    <message>
        <source>Which part of your current plan did you pick up from others&apos; expectations rather than choose yourself?</source>
        <translation>Welchen Teil deines jetzigen Plans hast du aus den Erwartungen anderer übernommen, statt ihn selbst zu wählen?</translation>
    </message>
    <message>
        <source>How have your wishes for work changed in the last few years, and what might your future self want that you would turn down today?</source>
        <translation>Wie haben sich deine Wünsche an die Arbeit in den letzten Jahren verändert, und was könnte dein künftiges Ich wollen, das du heute ablehnen würdest?</translation>
    </message>
    <message>
        <source>What opportunity would you be glad to be ready for, even though you cannot plan for it?</source>
        <translation>Auf welche Gelegenheit wärst du gern vorbereitet, auch wenn du sie nicht planen kannst?</translation>
    </message>
    <message>
        <source>Are you aiming at one title, employer or salary? What would it open up if you let that goal go?</source>
        <translation>Zielst du auf einen bestimmten Titel, Arbeitgeber oder ein Gehalt? Was würde sich öffnen, wenn du dieses Ziel loslässt?</translation>
    </message>
    <message>
        <source>If money played no part, how would you fill your working days?</source>
        <translation>Wenn Geld keine Rolle spielte: Womit würdest du deine Arbeitstage füllen?</translation>
    </message>
    <message>
        <source>When did you last choose for yourself what to work on and how? What would give you more of that?</source>
        <translation>Wann hast du zuletzt selbst entschieden, woran und wie du arbeitest? Was würde dir mehr davon geben?</translation>
    </message>
    <message>
        <source>Which skill do you want to be noticeably better at a year from now, and how will you practise it?</source>
        <translation>In welcher Fähigkeit willst du in einem Jahr spürbar besser sein, und wie wirst du sie üben?</translation>
    </message>
    <message>
        <source>Which piece of your recent work mattered to you, and why did it matter?</source>
        <translation>Welcher Teil deiner letzten Arbeit war dir wichtig, und warum?</translation>
    </message>
    <message>
        <source>Where are you chasing a short-term reward at the cost of freedom later on?</source>
        <translation>Wo jagst du einer kurzfristigen Belohnung nach, auf Kosten späterer Freiheit?</translation>
    </message>
    <message>
        <source>Who is already doing the work you would like to do? Write down two names.</source>
        <translation>Wer macht schon die Arbeit, die du gern machen würdest? Schreib zwei Namen auf.</translation>
    </message>
    <message>
        <source>How do those people spend their week: meetings, building, mentoring, writing, learning?</source>
        <translation>Wie verbringen diese Menschen ihre Woche: Meetings, Bauen, Mentoring, Schreiben, Lernen?</translation>
    </message>
    <message>
        <source>How did they get there? Did they grow inside one place or bring experience from elsewhere?</source>
        <translation>Wie sind sie dorthin gekommen? Sind sie an einem Ort gewachsen oder haben sie Erfahrung von anderswo mitgebracht?</translation>
    </message>
    <message>
        <source>What would they advise you to do next, and how much of their path came from effort and how much from luck?</source>
        <translation>Was würden sie dir als Nächstes raten, und wie viel ihres Wegs kam von Einsatz, wie viel von Glück?</translation>
    </message>
    <message>
        <source>Is there another part of your organisation where the thing you want is more needed?</source>
        <translation>Gibt es einen anderen Teil deiner Organisation, wo das, was du willst, dringender gebraucht wird?</translation>
    </message>
    <message>
        <source>Have you told your manager what you are aiming for? Which first step would you ask them to help with?</source>
        <translation>Hast du deiner Führungskraft gesagt, worauf du hinarbeitest? Bei welchem ersten Schritt würdest du sie um Hilfe bitten?</translation>
    </message>
    <message>
        <source>If your teammates described your work anonymously, what would they say? What might they misread?</source>
        <translation>Wenn dein Team deine Arbeit anonym beschriebe, was würde es sagen? Was könnte es missverstehen?</translation>
    </message>
    <message>
        <source>With whom do you most need to build trust, and what small step could you take this week?</source>
        <translation>Mit wem musst du am dringendsten Vertrauen aufbauen, und welchen kleinen Schritt könntest du diese Woche gehen?</translation>
    </message>
    <message>
        <source>If a senior decision maker looked for your work, what would they find, and does it show you at your best?</source>
        <translation>Wenn eine wichtige Entscheiderin nach deiner Arbeit suchte, was würde sie finden, und zeigt es dich von deiner besten Seite?</translation>
    </message>
    <message>
        <source>Whom could you bring along on your next piece of work so that they grow too?</source>
        <translation>Wen könntest du zu deiner nächsten Arbeit mitnehmen, damit auch er oder sie wächst?</translation>
    </message>
    <message>
        <source>there is no reflection prompt called &apos;%1&apos;</source>
        <translation>es gibt keine Reflexionsfrage namens „%1“</translation>
    </message>
</context>
<context>
    <name>PromptsText</name>
    <message>
        <source>Prompt</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Last answered</source>
        <translation>Zuletzt beantwortet</translation>
    </message>
    <message>
        <source>Reflection prompts</source>
        <translation>Reflexionsfragen</translation>
    </message>
    <message>
        <source>Your latest answer</source>
        <translation>Deine letzte Antwort</translation>
    </message>
    <message>
        <source>Write freely; it is saved as a note tagged &apos;reflection&apos;.</source>
        <translation>Schreib frei drauflos; es wird als Notiz mit dem Tag „reflection“ gespeichert.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>&amp;Your answer:</source>
        <translation>Deine &amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>Antwort &amp;speichern</translation>
    </message>
    <message>
        <source>Save as a reflection note (Ctrl+Return); undo with Ctrl+Z</source>
        <translation>Als Reflexionsnotiz speichern (Strg+Eingabe); rückgängig mit Strg+Z</translation>
    </message>
    <message>
        <source>Prompt message</source>
        <translation>Meldung zur Frage</translation>
    </message>
    <message>
        <source>Choose a prompt on the left.</source>
        <translation>Wähle links eine Frage.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>Your latest answer, %1:</source>
        <translation>Deine letzte Antwort, %1:</translation>
    </message>
    <message>
        <source>Saved as a reflection note. Ctrl+Z undoes it.</source>
        <translation>Als Reflexionsnotiz gespeichert. Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>Reflections</name>
    <message>
        <source>the answer is empty; write a few words first</source>
        <translation>die Antwort ist leer; schreib zuerst ein paar Wörter</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>audio recordings</source>
        <translation>Audioaufnahmen</translation>
    </message>
    <message>
        <source>PDF attachments</source>
        <translation>PDF-Anhänge</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>Geräteangaben</translation>
    </message>
    <message>
        <source>editing times</source>
        <translation>Bearbeitungszeiten</translation>
    </message>
    <message>
        <source>music tracks</source>
        <translation>Musiktitel</translation>
    </message>
    <message>
        <source>activity records (steps)</source>
        <translation>Aktivitätsdaten (Schritte)</translation>
    </message>
    <message>
        <source>rich-text copies (the Markdown text is kept)</source>
        <translation>Rich-Text-Kopien (der Markdown-Text bleibt erhalten)</translation>
    </message>
    <message>
        <source>place-visit links</source>
        <translation>Verweise auf besuchte Orte</translation>
    </message>
    <message>
        <source>pins</source>
        <translation>Anheftungen</translation>
    </message>
    <message>
        <source>map coordinates</source>
        <translation>Kartenkoordinaten</translation>
    </message>
    <message>
        <source>same jrnl date, time and text</source>
        <translation>gleiches jrnl-Datum, gleiche Uhrzeit und gleicher Text</translation>
    </message>
    <message>
        <source>same Day One entry id (uuid)</source>
        <translation>gleiche Eintrags-ID von Day One (UUID)</translation>
    </message>
    <message>
        <source>same LinkedIn company, title and start date (school and start for education)</source>
        <translation>gleiche LinkedIn-Firma, gleicher Titel und Beginn (bei Ausbildung Schule und Beginn)</translation>
    </message>
    <message>
        <source>same content as an item imported before sources were kept</source>
        <translation>gleicher Inhalt wie ein Eintrag, der importiert wurde, bevor Quellen gespeichert wurden</translation>
    </message>
    <message>
        <source>same source id</source>
        <translation>gleiche ID in der Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters</source>
        <translation>
            <numerusform>%n Kapitel</numerusform>
            <numerusform>%n Kapitel</numerusform>
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
        <source>%n options</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan actions</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recordings</source>
        <translation>
            <numerusform>%n Audioaufnahme</numerusform>
            <numerusform>%n Audioaufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF attachments</source>
        <translation>
            <numerusform>%n PDF-Anhang</numerusform>
            <numerusform>%n PDF-Anhänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags that are only marks (like &apos;###&apos;)</source>
        <translation>
            <numerusform>%n Tag nur aus Zeichen (wie „###“)</numerusform>
            <numerusform>%n Tags nur aus Zeichen (wie „###“)</numerusform>
        </translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>gleicher Inhalt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Would import from %1:</source>
        <translation>Würde aus %1 importieren:</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Aus %1 importiert:</translation>
    </message>
    <message>
        <source>Would import:</source>
        <translation>Würde importieren:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>  added: %1</source>
        <translation>  hinzugefügt: %1</translation>
    </message>
    <message>
        <source>  updated from the file: %1</source>
        <translation>  aus der Datei aktualisiert: %1</translation>
    </message>
    <message>
        <source>  already in the journal (%1): %2</source>
        <translation>  schon im Journal (%1): %2</translation>
    </message>
    <message>
        <source>  already in the journal: %1</source>
        <translation>  schon im Journal: %1</translation>
    </message>
    <message>
        <source>  kept as you edited them in the app: %1</source>
        <translation>  so behalten, wie du sie in der App bearbeitet hast: %1</translation>
    </message>
    <message>
        <source>  twins (the same identity twice in the file; each imported): %1</source>
        <translation>  Zwillinge (dieselbe Identität zweimal in der Datei; jeder importiert): %1</translation>
    </message>
    <message>
        <source>  ignored: %1</source>
        <translation>  ignoriert: %1</translation>
    </message>
    <message>
        <source>  skipped as invalid: %1</source>
        <translation>  als ungültig übersprungen: %1</translation>
    </message>
    <message>
        <source>  left out (not kept by Career Squiggle): %1</source>
        <translation>  weggelassen (von Career Squiggle nicht gespeichert): %1</translation>
    </message>
    <message>
        <source>  (dry run: the journal was not changed)</source>
        <translation>  (Probelauf: das Journal wurde nicht verändert)</translation>
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
        <source>Choose the backup to bring back. The journal as it is now is kept aside in its folder, not deleted.</source>
        <translation>Wähle die Sicherung, die zurückkommen soll. Das Journal, wie es jetzt ist, wird in seinem Ordner beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
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
    <name>Review</name>
    <message>
        <source>the whole journal</source>
        <translation>das ganze Journal</translation>
    </message>
    <message>
        <source>the last twelve months</source>
        <translation>die letzten zwölf Monate</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>der Zeitraum endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>After starting %1, %2 stayed at %3.</source>
        <translation>Nach dem Beginn von %1 blieb %2 bei %3.</translation>
    </message>
    <message>
        <source>After starting %1, %2 went from %3 to %4.</source>
        <translation>Nach dem Beginn von %1 ging %2 von %3 auf %4.</translation>
    </message>
    <message>
        <source>%1 stayed at %2</source>
        <translation>%1 blieb bei %2</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 ging von %2 auf %3</translation>
    </message>
    <message>
        <source>After starting %1, %2, %3 and %4.</source>
        <translation>Nach dem Beginn von %1: %2, %3 und %4.</translation>
    </message>
    <message>
        <source>choose a chapter or a range of dates, not both</source>
        <translation>wähle ein Kapitel oder einen Zeitraum, nicht beides</translation>
    </message>
    <message>
        <source>choose the last year or a range of dates, not both</source>
        <translation>wähle das letzte Jahr oder einen Zeitraum, nicht beides</translation>
    </message>
</context>
<context>
    <name>ReviewCounts</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shifts</source>
        <translation>
            <numerusform>%n Sinneswandel</numerusform>
            <numerusform>%n Sinneswandel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shocks</source>
        <translation>
            <numerusform>%n Schock</numerusform>
            <numerusform>%n Schocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDoc</name>
    <message>
        <source>no feel</source>
        <translation>ohne Gefühl</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privat)</translation>
    </message>
    <message numerus="yes">
        <source>%n career events</source>
        <translation>
            <numerusform>%n Karriereereignis</numerusform>
            <numerusform>%n Karriereereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preference shifts</source>
        <translation>
            <numerusform>%n Sinneswandel</numerusform>
            <numerusform>%n Sinneswandel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external shocks</source>
        <translation>
            <numerusform>%n äußerer Schock</numerusform>
            <numerusform>%n äußere Schocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n months ago</source>
        <translation>
            <numerusform>vor etwa %n Monat</numerusform>
            <numerusform>vor etwa %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n years ago</source>
        <translation>
            <numerusform>vor etwa %n Jahr</numerusform>
            <numerusform>vor etwa %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins yet. A first one takes a minute: how are autonomy, mastery and purpose today?</source>
        <translation>Noch keine Check-ins. Ein erster dauert eine Minute: Wie steht es heute um Autonomie, Meisterschaft und Sinn?</translation>
    </message>
    <message>
        <source>Last check-in: %1 (%2): autonomy %3, mastery %4, purpose %5.</source>
        <translation>Letzter Check-in: %1 (%2): Autonomie %3, Meisterschaft %4, Sinn %5.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>in between: %1</source>
        <translation>dazwischen: %1</translation>
    </message>
    <message>
        <source>Entries by kind</source>
        <translation>Einträge nach Art</translation>
    </message>
    <message>
        <source>Shocks: %1, %2.</source>
        <translation>Schocks: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n windfalls</source>
        <translation>
            <numerusform>%n Glücksfall</numerusform>
            <numerusform>%n Glücksfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setbacks</source>
        <translation>
            <numerusform>%n Rückschlag</numerusform>
            <numerusform>%n Rückschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>How what you want has changed</source>
        <translation>Wie sich verändert hat, was du willst</translation>
    </message>
    <message>
        <source>Biggest rises</source>
        <translation>Größte Aufschwünge</translation>
    </message>
    <message>
        <source>Biggest dips</source>
        <translation>Größte Einbrüche</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
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
        <source>Autonomy, mastery and purpose by chapter</source>
        <translation>Autonomie, Meisterschaft und Sinn je Kapitel</translation>
    </message>
    <message>
        <source>When the chapter changed</source>
        <translation>Als das Kapitel wechselte</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins in this period, on average autonomy %1, mastery %2, purpose %3.</source>
        <translation>
            <numerusform>%n Check-in in diesem Zeitraum, im Schnitt Autonomie %1, Meisterschaft %2, Sinn %3.</numerusform>
            <numerusform>%n Check-ins in diesem Zeitraum, im Schnitt Autonomie %1, Meisterschaft %2, Sinn %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>At the crossroads</source>
        <translation>Am Scheideweg</translation>
    </message>
    <message>
        <source>Where I want to go</source>
        <translation>Wo ich hin will</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>▲ more than now, ▼ less than now, = about the same.</source>
        <translation>▲ mehr als jetzt, ▼ weniger als jetzt, = etwa gleich.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>Career review: %1</source>
        <translation>Karriere-Rückblick: %1</translation>
    </message>
    <message>
        <source>Written on %1.</source>
        <translation>Geschrieben am %1.</translation>
    </message>
    <message>
        <source>Nothing was written down for this period, and that is fine: a quiet stretch is part of the squiggle too. Add a moment or a check-in when one comes to mind.</source>
        <translation>Für diesen Zeitraum wurde nichts aufgeschrieben, und das ist in Ordnung: Auch eine ruhige Strecke gehört zur Kurve. Halte einen Moment oder einen Check-in fest, wenn dir einer einfällt.</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 and %2%3.</source>
        <translation>%1 und %2%3.</translation>
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
        <source>In between:</source>
        <translation>Dazwischen:</translation>
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
    <name>ReviewWindowText</name>
    <message>
        <source>Crossroads review</source>
        <translation>Rückblick am Scheideweg</translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation>Teile des Rückblicks</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Rückblick</translation>
    </message>
    <message>
        <source>Reflection &amp;prompts</source>
        <translation>Reflexions&amp;fragen</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>&amp;Intent and plan</source>
        <translation>&amp;Ziel und Plan</translation>
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
    <name>SampleClose</name>
    <message>
        <source>Sample journal</source>
        <translation>Beispiel-Journal</translation>
    </message>
    <message>
        <source>You wrote in the sample journal. It is removed when it closes.

What should happen to your work?</source>
        <translation>Du hast in das Beispiel-Journal geschrieben. Es wird beim Schließen entfernt.

Was soll mit deiner Arbeit geschehen?</translation>
    </message>
    <message>
        <source>&amp;Keep it as a new journal…</source>
        <translation>Als neues Journal &amp;behalten…</translation>
    </message>
    <message>
        <source>&amp;Copy what I added into my journal</source>
        <translation>Meine Ergänzungen in mein Journal &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new journal</source>
        <translation>Wähle einen leeren Ordner für das neue Journal</translation>
    </message>
    <message>
        <source>The sample was kept as a new journal in %1</source>
        <translation>Das Beispiel wurde als neues Journal in %1 behalten</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n items from the sample into your journal.</source>
        <translation>
            <numerusform>%n Eintrag aus dem Beispiel in dein Journal kopiert.</numerusform>
            <numerusform>%n Einträge aus dem Beispiel in dein Journal kopiert.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n options</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan actions</source>
        <translation>
            <numerusform>%n Plan-Schritt</numerusform>
            <numerusform>%n Plan-Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intents</source>
        <translation>
            <numerusform>%n Absicht</numerusform>
            <numerusform>%n Absichten</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>warning: the journal %1 is inside a folder %2 syncs; a synced database file can be damaged or lose entries. Move the journal&apos;s folder out (see --data-dir) and use `careersquiggle sync setup FOLDER` to sync it safely</source>
        <translation>Warnung: Das Journal %1 liegt in einem Ordner, den %2 synchronisiert; eine synchronisierte Datenbankdatei kann beschädigt werden oder Einträge verlieren. Verschieb den Ordner des Journals nach draußen (siehe --data-dir) und nimm `careersquiggle sync setup ORDNER`, um es sicher zu synchronisieren</translation>
    </message>
    <message>
        <source>the synced folder uses a key derivation this version does not know</source>
        <translation>der synchronisierte Ordner nutzt eine Schlüsselableitung, die diese Version nicht kennt</translation>
    </message>
    <message>
        <source>the synced folder&apos;s header is damaged (its key settings)</source>
        <translation>der Kopf des synchronisierten Ordners ist beschädigt (seine Schlüsseleinstellungen)</translation>
    </message>
    <message>
        <source>the synced folder&apos;s header asks for unsafe key settings</source>
        <translation>der Kopf des synchronisierten Ordners verlangt unsichere Schlüsseleinstellungen</translation>
    </message>
    <message>
        <source>the synced folder %1 cannot be used just now (%2); nothing was synced</source>
        <translation>der synchronisierte Ordner %1 lässt sich gerade nicht nutzen (%2); nichts wurde synchronisiert</translation>
    </message>
    <message>
        <source>%1 now holds another journal&apos;s sync files; nothing was changed</source>
        <translation>in %1 liegen jetzt die Sync-Dateien eines anderen Journals; nichts wurde verändert</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged (not JSON); it was not changed</source>
        <translation>%1 ist beschädigt (kein JSON); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 holds a file %2 that is not Career Squiggle&apos;s</source>
        <translation>in %1 liegt eine Datei %2, die nicht von Career Squiggle ist</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Career Squiggle; update the app on this laptop</source>
        <translation>%1 wurde von einer neueren Version von Career Squiggle eingerichtet; aktualisiere die App auf diesem Laptop</translation>
    </message>
    <message>
        <source>%1 is damaged (no journal id or key settings)</source>
        <translation>%1 ist beschädigt (keine Journal-ID oder Schlüsseleinstellungen)</translation>
    </message>
    <message>
        <source>a sync passphrase is needed (this journal has no passphrase of its own to use); nothing was changed</source>
        <translation>eine Sync-Passphrase ist nötig (dieses Journal hat keine eigene Passphrase, die sich nutzen ließe); nichts wurde verändert</translation>
    </message>
    <message>
        <source>%1 holds the journal&apos;s own file; choose a folder of its own for sync (the live journal must stay outside it)</source>
        <translation>in %1 liegt die Datei des Journals selbst; wähle einen eigenen Ordner für die Synchronisierung (das laufende Journal muss außerhalb bleiben)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>this journal already syncs with %1</source>
        <translation>dieses Journal synchronisiert schon mit %1</translation>
    </message>
    <message>
        <source>this journal already holds entries and the folder holds a journal too: look at `careersquiggle sync setup FOLDER --dry-run`, then add --merge to merge them</source>
        <translation>dieses Journal hat schon Einträge, und im Ordner liegt auch ein Journal: schau dir `careersquiggle sync setup ORDNER --dry-run` an und füge dann --merge hinzu, um beide zusammenzuführen</translation>
    </message>
    <message>
        <source>this journal is not set up to sync</source>
        <translation>dieses Journal ist nicht zum Synchronisieren eingerichtet</translation>
    </message>
    <message>
        <source>there is no sync conflict with id %1</source>
        <translation>es gibt keinen Sync-Konflikt mit der ID %1</translation>
    </message>
    <message>
        <source>this conflict&apos;s object is not whole here yet; sync again first</source>
        <translation>das Objekt dieses Konflikts ist hier noch nicht vollständig; synchronisiere zuerst noch einmal</translation>
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
        <source>Syncing</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
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
        <source>give the entry as TEXT or with --title, not both</source>
        <translation>gib den Eintrag als TEXT oder mit --title an, nicht beides</translation>
    </message>
    <message>
        <source>say what happened: add &quot;TEXT&quot; or add --title TITLE</source>
        <translation>sag, was geschah: add &quot;TEXT&quot; oder add --title TITEL</translation>
    </message>
    <message>
        <source>the following arguments are required with --title: --kind</source>
        <translation>mit --title sind diese Argumente nötig: --kind</translation>
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
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 liegt vor --from %2</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>AUTONOMY</source>
        <translation>AUTONOMIE</translation>
    </message>
    <message>
        <source>MASTERY</source>
        <translation>MEISTERSCHAFT</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>SINN</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <source>no check-ins yet</source>
        <translation>noch keine Check-ins</translation>
    </message>
    <message>
        <source>  (key moment)</source>
        <translation>  (Schlüsselmoment)</translation>
    </message>
    <message>
        <source>  (private)</source>
        <translation>  (privat)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>FEEL</source>
        <translation>GEFÜHL</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>no entries match</source>
        <translation>keine passenden Einträge</translation>
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
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>an unexpected problem (%1); nothing more was changed; the log has the details</source>
        <translation>ein unerwartetes Problem (%1); nichts weiter wurde verändert; das Protokoll hat die Einzelheiten</translation>
    </message>
    <message>
        <source>%1: cannot be used as the journal&apos;s folder (%2)</source>
        <translation>%1: lässt sich nicht als Ordner des Journals nutzen (%2)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>%1. The newest good backup is from %2: `careersquiggle restore` brings it back</source>
        <translation>%1. Die neueste intakte Sicherung ist vom %2: `careersquiggle restore` holt sie zurück</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input has no passphrase line</source>
        <translation>--passphrase-stdin: in der Standardeingabe steht keine Zeile mit der Passphrase</translation>
    </message>
    <message>
        <source>a passphrase is needed: run this in a terminal, or give it as one line on standard input with --passphrase-stdin</source>
        <translation>eine Passphrase ist nötig: führ das in einem Terminal aus, oder gib sie mit --passphrase-stdin als eine Zeile in der Standardeingabe an</translation>
    </message>
    <message>
        <source>%1 again: </source>
        <translation>%1 noch einmal: </translation>
    </message>
    <message>
        <source>the two passphrases are not the same; nothing was changed</source>
        <translation>die beiden Passphrasen sind nicht gleich; nichts wurde verändert</translation>
    </message>
    <message>
        <source>standard input: not text (it is not UTF-8)</source>
        <translation>Standardeingabe: kein Text (es ist kein UTF-8)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: not a text file (it is not UTF-8)</source>
        <translation>%1: keine Textdatei (es ist kein UTF-8)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>give either --preset or --width/--height, not both</source>
        <translation>gib entweder --preset oder --width/--height an, nicht beides</translation>
    </message>
    <message>
        <source>--%1 must be from %2 to %3 pixels, not %4</source>
        <translation>--%1 muss zwischen %2 und %3 Pixeln liegen, nicht %4</translation>
    </message>
    <message>
        <source>at --scale %1 the picture would be %2×%3 pixels; the most is %4 a side</source>
        <translation>mit --scale %1 wäre das Bild %2×%3 Pixel groß; höchstens %4 je Seite gehen</translation>
    </message>
    <message>
        <source>--alt-text %1: cannot write in %2</source>
        <translation>--alt-text %1: in %2 lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>not writing a binary %1 to the terminal: give a file name, or send it on with `| command` or `&gt; file`</source>
        <translation>ein binäres %1 wird nicht ins Terminal geschrieben: gib einen Dateinamen an, oder leite es mit `| befehl` oder `&gt; datei` weiter</translation>
    </message>
    <message>
        <source>wrote %1: %2×%3%4</source>
        <translation>%1 geschrieben: %2×%3%4</translation>
    </message>
    <message>
        <source>a backup is a database file: give a file or folder name, not -</source>
        <translation>eine Sicherung ist eine Datenbankdatei: gib einen Datei- oder Ordnernamen an, nicht -</translation>
    </message>
    <message>
        <source> (encrypted with the journal&apos;s passphrase)</source>
        <translation> (verschlüsselt mit der Passphrase des Journals)</translation>
    </message>
    <message numerus="yes">
        <source>backed up %n entries to %1%2</source>
        <translation>
            <numerusform>%n Eintrag nach %1 gesichert%2</numerusform>
            <numerusform>%n Einträge nach %1 gesichert%2</numerusform>
        </translation>
    </message>
    <message>
        <source>no backups yet in %1</source>
        <translation>noch keine Sicherungen in %1</translation>
    </message>
    <message>
        <source>%1  %2 entries  %3</source>
        <translation>%1  %2 Einträge  %3</translation>
    </message>
    <message>
        <source>%1: no such backup file</source>
        <translation>%1: diese Sicherungsdatei gibt es nicht</translation>
    </message>
    <message>
        <source>there is no good backup in %1</source>
        <translation>in %1 gibt es keine intakte Sicherung</translation>
    </message>
    <message numerus="yes">
        <source>restored %1 (%n entries) as %2</source>
        <translation>
            <numerusform>%1 (%n Eintrag) als %2 wiederhergestellt</numerusform>
            <numerusform>%1 (%n Einträge) als %2 wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal it replaced is kept as %1</source>
        <translation>das ersetzte Journal ist aufbewahrt als %1</translation>
    </message>
    <message>
        <source>there is no journal at %1 yet</source>
        <translation>unter %1 gibt es noch kein Journal</translation>
    </message>
    <message>
        <source>%1 is already encrypted; use passwd to change its passphrase</source>
        <translation>%1 ist schon verschlüsselt; mit passwd änderst du die Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>encrypted %1 and %n backups. Keep the passphrase safe: without it the journal cannot be opened.</source>
        <translation>
            <numerusform>%1 und %n Sicherung verschlüsselt. Bewahre die Passphrase sicher auf: ohne sie lässt sich das Journal nicht öffnen.</numerusform>
            <numerusform>%1 und %n Sicherungen verschlüsselt. Bewahre die Passphrase sicher auf: ohne sie lässt sich das Journal nicht öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not encrypted</source>
        <translation>%1 ist nicht verschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>removed the encryption of %1 and %n backups</source>
        <translation>
            <numerusform>die Verschlüsselung von %1 und %n Sicherung entfernt</numerusform>
            <numerusform>die Verschlüsselung von %1 und %n Sicherungen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not encrypted; use encrypt to give it a passphrase</source>
        <translation>%1 ist nicht verschlüsselt; mit encrypt gibst du ihm eine Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>changed the passphrase of %1 and %n backups</source>
        <translation>
            <numerusform>die Passphrase von %1 und %n Sicherung geändert</numerusform>
            <numerusform>die Passphrase von %1 und %n Sicherungen geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>sync setup needs the FOLDER to sync through</source>
        <translation>sync setup braucht den Ordner (FOLDER), über den synchronisiert wird</translation>
    </message>
    <message>
        <source>FOLDER, --name, --dry-run and --merge go with `sync setup`</source>
        <translation>FOLDER, --name, --dry-run und --merge gehören zu `sync setup`</translation>
    </message>
    <message>
        <source>the synced folder %1 is not there (a drive not plugged in?); nothing was synced, your changes wait here</source>
        <translation>der synchronisierte Ordner %1 ist nicht da (ein Laufwerk nicht eingesteckt?); nichts wurde synchronisiert, deine Änderungen warten hier</translation>
    </message>
    <message>
        <source>sync flip needs the number of a conflict (see `sync status`)</source>
        <translation>sync flip braucht die Nummer eines Konflikts (siehe `sync status`)</translation>
    </message>
    <message>
        <source>export to %1 is not available in this version</source>
        <translation>der Export nach %1 ist in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <source>--%1 works only with export csv</source>
        <translation>--%1 geht nur mit export csv</translation>
    </message>
    <message>
        <source>import from %1 is not available in this version</source>
        <translation>der Import aus %1 ist in dieser Version nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Copied the picture and its alt text</source>
        <translation>Bild und Alternativtext kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n items — Ctrl+Z takes them out again.</source>
        <translation>
            <numerusform>%n Eintrag importiert — Strg+Z nimmt ihn wieder heraus.</numerusform>
            <numerusform>%n Einträge importiert — Strg+Z nimmt sie wieder heraus.</numerusform>
        </translation>
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
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente sind nötig: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit dem Argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ausdrückliches Argument %r ignoriert</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s Argumente erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (wähle aus %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>„%(filename)s“ lässt sich nicht öffnen: %(error)s</translation>
    </message>
</context>
</TS>
