<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckinView</name>
    <message>
        <source>{title} – today {times}</source>
        <translation>{title} – heute {times}</translation>
    </message>
    <message>
        <source>No visitor found. Ctrl+N registers a new visitor.</source>
        <translation>Niemand gefunden. Strg+N registriert eine neue Person.</translation>
    </message>
    <message>
        <source>Check-in needs an offer. Create the facility&apos;s offers first.</source>
        <translation>Zum Einchecken wird ein Angebot gebraucht. Legen Sie zuerst die Angebote der Einrichtung an.</translation>
    </message>
    <message>
        <source>{name} checked in to {offer}.</source>
        <translation>{name} ist bei {offer} eingecheckt.</translation>
    </message>
    <message>
        <source>Check-in of {name} to {offer} undone.</source>
        <translation>Einchecken von {name} bei {offer} rückgängig gemacht.</translation>
    </message>
    <message>
        <source>{name} registered with visitor number {number}.</source>
        <translation>{name} ist mit der Besuchsnummer {number} registriert.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Angebot</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>The offer visitors are checked in to (Alt+O)</source>
        <translation>Das Angebot, bei dem eingecheckt wird (Alt+A)</translation>
    </message>
    <message>
        <source>There are no active offers yet. Create the facility&apos;s offers first (on the Offers screen); then visitors can be checked in here.</source>
        <translation>Es gibt noch keine aktiven Angebote. Legen Sie zuerst die Angebote der Einrichtung an (Bereich „Angebote“); danach kann hier eingecheckt werden.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search visitors</source>
        <translation>Besucher:innen suchen</translation>
    </message>
    <message>
        <source>Type a name or visitor number; arrow keys choose a match, Enter checks in.</source>
        <translation>Namen oder Besuchsnummer eingeben; mit den Pfeiltasten auswählen, Enter checkt ein.</translation>
    </message>
    <message>
        <source>Name or visitor number</source>
        <translation>Name oder Besuchsnummer</translation>
    </message>
    <message>
        <source>Matching visitors</source>
        <translation>Gefundene Besucher:innen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>Check in the chosen visitor</source>
        <translation>Ausgewählte Person einchecken</translation>
    </message>
    <message>
        <source>Check the chosen visitor in to the chosen offer (Enter)</source>
        <translation>Die ausgewählte Person beim gewählten Angebot einchecken (Enter)</translation>
    </message>
    <message>
        <source>&amp;New visitor…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <source>Register a new visitor</source>
        <translation>Neue Person registrieren</translation>
    </message>
    <message>
        <source>Register a new visitor (Ctrl+N)</source>
        <translation>Neue Person registrieren (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>Letztes Einchecken &amp;rückgängig</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>Letztes Einchecken rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the last check-in made here (Ctrl+Z)</source>
        <translation>Das letzte hier gemachte Einchecken rückgängig machen (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Tresen</source>
        <translation>Tresen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Tresen ran into an unexpected problem. Everything saved before this moment is safe; the last action may not have been completed. Please check it and try again. Details for support are in the log file:
{path}</source>
        <translation>Tresen ist auf ein unerwartetes Problem gestoßen. Alles, was bis jetzt gespeichert wurde, ist sicher; der letzte Schritt wurde vielleicht nicht abgeschlossen. Bitte prüfen Sie ihn und versuchen Sie es noch einmal. Einzelheiten für den Support stehen in der Protokolldatei:
{path}</translation>
    </message>
    <message>
        <source>Tresen cannot open its database</source>
        <translation>Tresen kann seine Datenbank nicht öffnen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Tresen</source>
        <translation>Über Tresen</translation>
    </message>
    <message>
        <source>Tresen {version}

The front desk of the neighbourhood facilities of Berlin-Mitte.

Database: {path}</source>
        <translation>Tresen {version}

Der Empfang der Nachbarschaftseinrichtungen in Berlin-Mitte.

Datenbank: {path}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Heutige Besuche</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher:innen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Empfang</translation>
    </message>
    <message>
        <source>&amp;Head count</source>
        <translation>&amp;Zählen</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s visits</source>
        <translation>&amp;Heutige Besuche</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>&amp;Besucher:innen</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>&amp;Angebote</translation>
    </message>
    <message>
        <source>{name} – demo data, not real</source>
        <translation>{name} – Demodaten, nicht echt</translation>
    </message>
    <message>
        <source>Tresen – {name}</source>
        <translation>Tresen – {name}</translation>
    </message>
    <message>
        <source>Tresen</source>
        <translation>Tresen</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Tresen</source>
        <translation>&amp;Tresen</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Tresen</source>
        <translation>&amp;Über Tresen</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Angebot bearbeiten</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Field of action</source>
        <translation>&amp;Handlungsfeld</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Tar&amp;get groups</source>
        <translation>&amp;Zielgruppen</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Check every target group the offer is meant for.</source>
        <translation>Kreuzen Sie jede Zielgruppe an, für die das Angebot gedacht ist.</translation>
    </message>
    <message>
        <source>Another target group</source>
        <translation>Weitere Zielgruppe</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add target group</source>
        <translation>Zielgruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Check every language the offer is held in.</source>
        <translation>Kreuzen Sie jede Sprache an, in der das Angebot stattfindet.</translation>
    </message>
    <message>
        <source>&amp;Weekly schedule</source>
        <translation>&amp;Wochenplan</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>No regular times. Add a time slot for each weekday the offer takes place.</source>
        <translation>Keine festen Zeiten. Legen Sie für jeden Wochentag, an dem das Angebot stattfindet, ein Zeitfenster an.</translation>
    </message>
    <message>
        <source>Add time &amp;slot</source>
        <translation>Zeitfenster &amp;anlegen</translation>
    </message>
    <message>
        <source>Co&amp;unselling</source>
        <translation>&amp;Beratungsangebot</translation>
    </message>
    <message>
        <source>The offer is a counselling service.</source>
        <translation>Das Angebot ist eine Beratung.</translation>
    </message>
    <message>
        <source>Suited to the &amp;Jobcenter cooperation</source>
        <translation>Geeignet für die &amp;Jobcenter-Kooperation</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Reactivate the selected offer</source>
        <translation>Ausgewähltes Angebot wieder aktivieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate the selected offer</source>
        <translation>Ausgewähltes Angebot deaktivieren</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>&amp;Offers of the facility</source>
        <translation>&amp;Angebote der Einrichtung</translation>
    </message>
    <message>
        <source>Show &amp;inactive offers</source>
        <translation>Auch &amp;inaktive Angebote zeigen</translation>
    </message>
    <message>
        <source>No offers yet. Create the first one with “New offer”.</source>
        <translation>Noch keine Angebote. Legen Sie das erste mit „Neues Angebot“ an.</translation>
    </message>
    <message>
        <source>&amp;New offer</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <source>Create a new offer (Ctrl+N)</source>
        <translation>Neues Angebot anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected offer (Enter or F2)</source>
        <translation>Ausgewähltes Angebot bearbeiten (Enter oder F2)</translation>
    </message>
    <message>
        <source>Edit the selected offer</source>
        <translation>Ausgewähltes Angebot bearbeiten</translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Weekday, time slot %1</source>
        <translation>Wochentag, Zeitfenster %1</translation>
    </message>
    <message>
        <source>Start time, time slot %1</source>
        <translation>Beginn, Zeitfenster %1</translation>
    </message>
    <message>
        <source>End time, time slot %1</source>
        <translation>Ende, Zeitfenster %1</translation>
    </message>
    <message>
        <source>Remove time slot %1</source>
        <translation>Zeitfenster %1 entfernen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation>&amp;Sprache des Programms</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Sprache des Programms</translation>
    </message>
    <message>
        <source>&amp;Facility profile</source>
        <translation>Einrichtungspro&amp;fil</translation>
    </message>
    <message>
        <source>&amp;Name of the facility *</source>
        <translation>&amp;Name der Einrichtung *</translation>
    </message>
    <message>
        <source>Name of the facility</source>
        <translation>Name der Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Kind of facility</source>
        <translation>Art der E&amp;inrichtung</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Art der Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Last na&amp;me is required when registering visitors</source>
        <translation>Nachname bei der Registrierung &amp;verpflichtend</translation>
    </message>
    <message>
        <source>Fields of &amp;action</source>
        <translation>&amp;Handlungsfelder</translation>
    </message>
    <message>
        <source>The fields of action (Handlungsfelder) your offers are sorted into, in the order they are listed. Double-click a name or press F2 to rename it. Removed fields stay with the offers and statistics that use them.</source>
        <translation>Die Handlungsfelder, denen Ihre Angebote zugeordnet werden, in dieser Reihenfolge. Doppelklick auf einen Namen oder F2 benennt ihn um. Entfernte Handlungsfelder bleiben bei den Angeboten und Statistiken erhalten, die sie nutzen.</translation>
    </message>
    <message>
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected field of action</source>
        <translation>Ausgewähltes Handlungsfeld umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected field of action</source>
        <translation>Ausgewähltes Handlungsfeld entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected field of action up</source>
        <translation>Ausgewähltes Handlungsfeld nach oben schieben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Move the selected field of action down</source>
        <translation>Ausgewähltes Handlungsfeld nach unten schieben</translation>
    </message>
    <message>
        <source>Ne&amp;w field of action</source>
        <translation>&amp;Neues Handlungsfeld</translation>
    </message>
    <message>
        <source>New field of action</source>
        <translation>Neues Handlungsfeld</translation>
    </message>
    <message>
        <source>Add f&amp;ield</source>
        <translation>Feld hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add the new field of action</source>
        <translation>Neues Handlungsfeld hinzufügen</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up Tresen</source>
        <translation>Tresen einrichten</translation>
    </message>
    <message>
        <source>Welcome to Tresen. Which facility does this desk serve? You can change these details later in the settings.</source>
        <translation>Willkommen bei Tresen. Für welche Einrichtung arbeitet dieser Empfang? Die Angaben lassen sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Name of the facility *</source>
        <translation>&amp;Name der Einrichtung *</translation>
    </message>
    <message>
        <source>Name of the facility</source>
        <translation>Name der Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Kind of facility</source>
        <translation>&amp;Art der Einrichtung</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Art der Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>There is no active offer yet. Create an offer to count for.</source>
        <translation>Es gibt noch kein aktives Angebot. Legen Sie ein Angebot an, für das gezählt wird.</translation>
    </message>
    <message numerus="yes">
        <source>People counted today: %n</source>
        <translation>
            <numerusform>Heute gezählt: %n Person</numerusform>
            <numerusform>Heute gezählt: %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>By age band: {counts}</source>
        <translation>Nach Altersgruppe: {counts}</translation>
    </message>
    <message>
        <source>By gender: {counts}</source>
        <translation>Nach Geschlecht: {counts}</translation>
    </message>
    <message>
        <source>{band} ({key})</source>
        <translation>{band} ({key})</translation>
    </message>
    <message>
        <source>Age band {band}</source>
        <translation>Altersgruppe {band}</translation>
    </message>
    <message>
        <source>Age band {band} for the next count (key {key})</source>
        <translation>Altersgruppe {band} für die nächste Zählung (Taste {key})</translation>
    </message>
    <message>
        <source>{gender} ({key})</source>
        <translation>{gender} ({key})</translation>
    </message>
    <message>
        <source>Gender: {gender}</source>
        <translation>Geschlecht: {gender}</translation>
    </message>
    <message>
        <source>Gender {gender} for the next count (key {key})</source>
        <translation>Geschlecht {gender} für die nächste Zählung (Taste {key})</translation>
    </message>
    <message>
        <source>Count one person ({keys})</source>
        <translation>Eine Person zählen ({keys})</translation>
    </message>
    <message>
        <source>Take back the last count ({key})</source>
        <translation>Letzte Zählung zurücknehmen ({key})</translation>
    </message>
    <message>
        <source>Keys: {age_keys} choose the age band and {gender_keys} the gender (the same key again clears it, so does {clear_key}); {count_keys} count one person; {undo_key} takes back the last count.</source>
        <translation>Tasten: {age_keys} wählen die Altersgruppe, {gender_keys} das Geschlecht (dieselbe Taste noch einmal hebt die Wahl auf, ebenso {clear_key}); {count_keys} zählen eine Person; {undo_key} nimmt die letzte Zählung zurück.</translation>
    </message>
    <message>
        <source>Anonymous tally</source>
        <translation>Anonyme Zählung</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Angebot:</translation>
    </message>
    <message>
        <source>Offer to count for</source>
        <translation>Angebot, für das gezählt wird</translation>
    </message>
    <message>
        <source>Age band (optional)</source>
        <translation>Altersgruppe (freiwillig)</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Geschlecht (freiwillig)</translation>
    </message>
    <message>
        <source>Count one person</source>
        <translation>Eine Person zählen</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>Letzte Zählung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Undo the last count</source>
        <translation>Letzte Zählung rückgängig machen</translation>
    </message>
    <message>
        <source>Counted today</source>
        <translation>Heute gezählt</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Remove visit</source>
        <translation>Besuch entfernen</translation>
    </message>
    <message>
        <source>Remove the visit of {name} ({number}) to “{offer}” at {time}?</source>
        <translation>Den Besuch von {name} ({number}) bei „{offer}“ um {time} entfernen?</translation>
    </message>
    <message>
        <source>It will no longer count in today&apos;s list or in reports.</source>
        <translation>Er zählt dann weder in der heutigen Liste noch in Berichten.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Visits today: %n</source>
        <translation>
            <numerusform>Besuche heute: %n</numerusform>
            <numerusform>Besuche heute: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the offer of the chosen visit ({key} to choose the offer, {apply} to apply)</source>
        <translation>Angebot des ausgewählten Besuchs ändern ({key} wählt das Angebot, {apply} übernimmt es)</translation>
    </message>
    <message>
        <source>Remove the chosen visit, after a confirmation ({key})</source>
        <translation>Ausgewählten Besuch nach Rückfrage entfernen ({key})</translation>
    </message>
    <message>
        <source>Keys: arrows choose a visit; {change} chooses another offer for it, {apply} applies it; {remove} removes the visit (after asking); {refresh} loads the list again.</source>
        <translation>Tasten: Pfeiltasten wählen einen Besuch; {change} wählt ein anderes Angebot dafür, {apply} übernimmt es; {remove} entfernt den Besuch (nach Rückfrage); {refresh} lädt die Liste neu.</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Heutige Besuche</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load today&apos;s visits again (F5)</source>
        <translation>Heutige Besuche neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh today&apos;s visits</source>
        <translation>Heutige Besuche aktualisieren</translation>
    </message>
    <message>
        <source>Change &amp;offer to:</source>
        <translation>Angebot ä&amp;ndern in:</translation>
    </message>
    <message>
        <source>New offer for the selected visit</source>
        <translation>Neues Angebot für den ausgewählten Besuch</translation>
    </message>
    <message>
        <source>&amp;Change offer</source>
        <translation>Angebot &amp;wechseln</translation>
    </message>
    <message>
        <source>Change the offer of the selected visit</source>
        <translation>Angebot des ausgewählten Besuchs wechseln</translation>
    </message>
    <message>
        <source>&amp;Remove visit…</source>
        <translation>Besuch &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected visit</source>
        <translation>Ausgewählten Besuch entfernen</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Edit visitor</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>&amp;Nachname *</translation>
    </message>
    <message>
        <source>Last name (required)</source>
        <translation>Nachname (Pflichtfeld)</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Visitor number</source>
        <translation>Besuchsnummer</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Vorname *</translation>
    </message>
    <message>
        <source>First name (required)</source>
        <translation>Vorname (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Geburtsjahr</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>for example 1984; leave empty if not known</source>
        <translation>zum Beispiel 1984; leer lassen, wenn unbekannt</translation>
    </message>
    <message>
        <source>or &amp;age band</source>
        <translation>oder &amp;Altersgruppe</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>Ges&amp;chlecht</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Preferred la&amp;nguage</source>
        <translation>&amp;Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;PLZ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Do not record health, disability, religion, ethnicity, sexual orientation or similar sensitive data here.</source>
        <translation>Hier keine Angaben zu Gesundheit, Behinderung, Religion, ethnischer Herkunft, sexueller Orientierung oder ähnlich sensible Daten eintragen.</translation>
    </message>
    <message>
        <source>Save and &amp;check in</source>
        <translation>Speichern und e&amp;inchecken</translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation>Speichern und einchecken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>VisitorMatchesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Visitor number</source>
        <translation>Besuchsnummer</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
</context>
<context>
    <name>VisitorsModel</name>
    <message>
        <source>{last}, {first}</source>
        <translation>{last}, {first}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year of birth (age band)</source>
        <translation>Geburtsjahr (Altersgruppe)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
</context>
<context>
    <name>VisitorsView</name>
    <message>
        <source>Visit hi&amp;story</source>
        <translation>Besuchs&amp;verlauf</translation>
    </message>
    <message>
        <source>Visit hi&amp;story of {name} ({number})</source>
        <translation>Besuchs&amp;verlauf von {name} ({number})</translation>
    </message>
    <message>
        <source>Choose a visitor to see their visits.</source>
        <translation>Wählen Sie eine Person aus, um ihre Besuche zu sehen.</translation>
    </message>
    <message>
        <source>Loading visits…</source>
        <translation>Besuche werden geladen…</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Noch keine Besuche.</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitors</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the chosen visitor ({key} or Enter)</source>
        <translation>Ausgewählte Person bearbeiten ({key} oder Enter)</translation>
    </message>
    <message>
        <source>Keys: {filter} filters by name or number; arrows choose a visitor; Enter or {edit} edits them; {refresh} loads the list again. Click a column title to sort by it.</source>
        <translation>Tasten: {filter} filtert nach Name oder Nummer; Pfeiltasten wählen eine Person; Enter oder {edit} bearbeitet sie; {refresh} lädt die Liste neu. Ein Klick auf eine Spaltenüberschrift sortiert danach.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher:innen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter visitors by name or visitor number</source>
        <translation>Besucher:innen nach Name oder Besuchsnummer filtern</translation>
    </message>
    <message>
        <source>Name or visitor number</source>
        <translation>Name oder Besuchsnummer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected visitor</source>
        <translation>Ausgewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>Visit history of the selected visitor</source>
        <translation>Besuchsverlauf der ausgewählten Person</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Visitor number</source>
        <translation>Besuchsnummer</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Close the other Tresen window (or the program holding the file) and start Tresen again.</source>
        <translation>Die Datenbank {path} wird von einem anderen Programm benutzt. Schließen Sie das andere Tresen-Fenster (oder das Programm, das die Datei geöffnet hat) und starten Sie Tresen erneut.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read: it is damaged or not a Tresen database. Nothing was changed. Restore the most recent backup (the files named *.backup-* next to it) or ask your administrator.</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden: Sie ist beschädigt oder keine Tresen-Datenbank. Es wurde nichts verändert. Stellen Sie die neueste Sicherung wieder her (die Dateien *.backup-* im selben Ordner) oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Tresen (schema {revision}). Nothing was changed. Install the current version of Tresen to open it.</source>
        <translation>Die Datenbank {path} stammt aus einer neueren Tresen-Version (Schema {revision}). Es wurde nichts verändert. Installieren Sie die aktuelle Version von Tresen, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened for writing ({reason}). Check that the folder exists and that you may write to it.</source>
        <translation>Die Datenbank {path} kann nicht zum Schreiben geöffnet werden ({reason}). Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been removed meanwhile.</source>
        <translation>Diesen Eintrag gibt es nicht mehr. Er wurde vielleicht inzwischen entfernt.</translation>
    </message>
    <message>
        <source>This desk is already set up.</source>
        <translation>Dieser Empfang ist bereits eingerichtet.</translation>
    </message>
    <message>
        <source>This desk is not set up yet.</source>
        <translation>Dieser Empfang ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>There is nothing left to undo for this offer today.</source>
        <translation>Für dieses Angebot gibt es heute nichts mehr rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Unknown age band.</source>
        <translation>Unbekannte Altersgruppe.</translation>
    </message>
    <message>
        <source>{name} is already checked in to “{offer}” today.</source>
        <translation>{name} ist heute schon bei „{offer}“ eingecheckt.</translation>
    </message>
    <message>
        <source>Only today&apos;s check-ins can be undone.</source>
        <translation>Nur heutige Check-ins können rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The offer “{offer}” is no longer active.</source>
        <translation>Das Angebot „{offer}“ ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld muss ausgefüllt werden.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <source>Contains characters that cannot be shown or printed.</source>
        <translation>Enthält Zeichen, die sich nicht anzeigen oder drucken lassen.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.org).</source>
        <translation>Das ist keine gültige E-Mail-Adresse (Beispiel: name@example.org).</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) / - only.</source>
        <translation>Nur Ziffern, Leerzeichen und + ( ) / - verwenden.</translation>
    </message>
    <message>
        <source>This is not a valid postcode.</source>
        <translation>Das ist keine gültige Postleitzahl.</translation>
    </message>
    <message>
        <source>The year of birth cannot be in the future.</source>
        <translation>Das Geburtsjahr kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The year of birth cannot be before {year}.</source>
        <translation>Das Geburtsjahr kann nicht vor {year} liegen.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Unbekannte Sprache.</translation>
    </message>
    <message>
        <source>Unknown weekday.</source>
        <translation>Unbekannter Wochentag.</translation>
    </message>
    <message>
        <source>Each time slot must end after it starts.</source>
        <translation>Jede Zeit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Each name may appear only once.</source>
        <translation>Jeder Name darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Enter the year of birth as a number, for example 1984, or leave it empty.</source>
        <translation>Geben Sie das Geburtsjahr als Zahl ein, zum Beispiel 1984, oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>Neighbourhood centre (Stadtteilzentrum)</source>
        <translation>Stadtteilzentrum</translation>
    </message>
    <message>
        <source>Neighbourhood house (Nachbarschaftshaus)</source>
        <translation>Nachbarschaftshaus</translation>
    </message>
    <message>
        <source>Multi-generation house (Mehrgenerationenhaus)</source>
        <translation>Mehrgenerationenhaus</translation>
    </message>
    <message>
        <source>Meeting place (Begegnungsstätte)</source>
        <translation>Begegnungsstätte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Persian (Farsi/Dari)</source>
        <translation>Persisch (Farsi/Dari)</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Serbian/Croatian/Bosnian</source>
        <translation>Serbisch/Kroatisch/Bosnisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Paschtu</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
</TS>
