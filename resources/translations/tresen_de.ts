<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Your new password is saved.</source>
        <translation>Ihr neues Passwort ist gespeichert.</translation>
    </message>
    <message>
        <source>Your PIN is saved: it unlocks the desk from now on.</source>
        <translation>Ihre PIN ist gespeichert: Sie entsperrt den Tresen ab jetzt.</translation>
    </message>
    <message>
        <source>Your PIN is removed: the desk unlocks with your password only.</source>
        <translation>Ihre PIN ist entfernt: Der Tresen lässt sich nur noch mit Ihrem Passwort entsperren.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Aktuelles Pass&amp;wort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>Neues Passwort wieder&amp;holen</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>PIN for unlocking</source>
        <translation>PIN zum Entsperren</translation>
    </message>
    <message>
        <source>With a PIN of 4 to 8 digits you unlock the locked desk faster. Signing in still takes the password.</source>
        <translation>Mit einer PIN aus 4 bis 8 Ziffern entsperren Sie den gesperrten Tresen schneller. Zum Anmelden braucht es weiterhin das Passwort.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Re&amp;move PIN</source>
        <translation>PIN ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>PIN &amp;speichern</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Konto von %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 ist gespeichert.</translation>
    </message>
    <message>
        <source>The password of %1 is reset; at the next sign-in %1 chooses a new one.</source>
        <translation>Das Passwort von %1 ist zurückgesetzt; bei der nächsten Anmeldung wählt %1 ein neues.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Acti&amp;ve (may sign in)</source>
        <translation>&amp;Aktiv (darf sich anmelden)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>A new account and a reset password are valid once: at the first sign-in, Tresen asks for a password of the person&apos;s own.</source>
        <translation>Ein neues Konto und ein zurückgesetztes Passwort gelten einmal: Bei der ersten Anmeldung fragt Tresen nach einem eigenen Passwort der Person.</translation>
    </message>
    <message>
        <source>Ne&amp;w account</source>
        <translation>Neues &amp;Konto</translation>
    </message>
    <message>
        <source>Rese&amp;t password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>AllowancesPanel</name>
    <message>
        <source>{kind}: {paid} of {limit} ({share} %)</source>
        <translation>{kind}: {paid} von {limit} ({share} %)</translation>
    </message>
    <message>
        <source>More than {share} % of the {kind} for {year} is paid.</source>
        <translation>Mehr als {share} % der {kind} für {year} sind ausgezahlt.</translation>
    </message>
    <message>
        <source>The {kind} for {year} has reached its tax-free limit of {limit}: anything beyond it is taxable income.</source>
        <translation>Die {kind} für {year} hat ihre steuerfreie Grenze von {limit} erreicht: Alles darüber ist steuerpflichtiges Einkommen.</translation>
    </message>
    <message>
        <source>Together the allowances come to {combined}, near or past the {limit} a year that Bürgergeld leaves untouched. Remind {name} to report every payment to the Jobcenter.</source>
        <translation>Zusammen ergeben die Pauschalen {combined}, nahe an oder über den {limit} im Jahr, die beim Bürgergeld anrechnungsfrei bleiben. Erinnern Sie {name} daran, jede Zahlung dem Jobcenter zu melden.</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Pauschalen</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Allowances of the year against their limits</source>
        <translation>Pauschalen des Jahres im Verhältnis zu ihren Grenzen</translation>
    </message>
    <message>
        <source>Receives &amp;Bürgergeld (recorded with the volunteer&apos;s consent; stays on this desk, never passed on)</source>
        <translation>Be&amp;zieht Bürgergeld (mit Einwilligung der Person erfasst; bleibt an diesem Tresen, wird nie weitergegeben)</translation>
    </message>
    <message>
        <source>Payments of the year</source>
        <translation>Zahlungen des Jahres</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>Gezahlt a&amp;m</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Gezahlt am</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Pau&amp;schale</translation>
    </message>
    <message>
        <source>Kind of allowance</source>
        <translation>Art der Pauschale</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Tätig&amp;keit</translation>
    </message>
    <message>
        <source>Activity paid for</source>
        <translation>Tätigkeit, für die gezahlt wird</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>Bet&amp;rag</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Betrag in Euro</translation>
    </message>
    <message>
        <source>12,50</source>
        <translation>12,50</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>Zahlung e&amp;intragen</translation>
    </message>
    <message>
        <source>De&amp;lete payment</source>
        <translation>Zahlung &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the chosen payment (recorded by mistake)</source>
        <translation>Die gewählte Zahlung löschen (versehentlich eingetragen)</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Engagement certificate for {name}</source>
        <translation>Engagementnachweis für {name}</translation>
    </message>
    <message>
        <source>Engagement certificate – {name}</source>
        <translation>Engagementnachweis – {name}</translation>
    </message>
    <message>
        <source>Engagement certificate</source>
        <translation>Engagementnachweis</translation>
    </message>
    <message>
        <source>An engagement certificate in the spirit of the Berliner FreiwilligenPass: it describes what the person did and learnt, and thanks them. It never evaluates.</source>
        <translation>Ein Engagementnachweis im Sinne des Berliner FreiwilligenPasses: Er beschreibt, was die Person getan und gelernt hat, und dankt ihr. Er bewertet nie.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>Function or role</source>
        <translation>Funktion oder Rolle</translation>
    </message>
    <message>
        <source>For example: reading mentor in the children&apos;s library</source>
        <translation>Zum Beispiel: Lesepatin in der Kinderbibliothek</translation>
    </message>
    <message>
        <source>&amp;Competences</source>
        <translation>&amp;Kompetenzen</translation>
    </message>
    <message>
        <source>Competences, one per line</source>
        <translation>Kompetenzen, eine je Zeile</translation>
    </message>
    <message>
        <source>What the person did and learnt, one per line; describe, do not judge</source>
        <translation>Was die Person getan und gelernt hat, eine Angabe je Zeile; beschreiben, nicht bewerten</translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation>&amp;Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Name and role, for example: Maria Beispiel, Koordination</source>
        <translation>Name und Funktion, zum Beispiel: Maria Beispiel, Koordination</translation>
    </message>
    <message>
        <source>&amp;English beside German</source>
        <translation>&amp;Englisch neben Deutsch</translation>
    </message>
</context>
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
        <source>Choose a visitor first: type a name, then Ctrl+R.</source>
        <translation>Wählen Sie zuerst eine Person aus: Namen eingeben, dann Strg+R.</translation>
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
        <source>&amp;Refer…</source>
        <translation>Ver&amp;mitteln…</translation>
    </message>
    <message>
        <source>Refer the chosen visitor</source>
        <translation>Ausgewählte Person vermitteln</translation>
    </message>
    <message>
        <source>Refer the chosen visitor to another facility, an offer or the Jobcenter (Ctrl+R)</source>
        <translation>Die ausgewählte Person an eine andere Einrichtung, ein Angebot oder das Jobcenter vermitteln (Strg+R)</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Behaltener Wert</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation>(gelöschter Eintrag)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to review.</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen.</numerusform>
            <numerusform>%n Konflikte zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Keine Konflikte zu prüfen.</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Zu prüfende Konflikte</translation>
    </message>
    <message>
        <source>Two desks changed the same field while they could not reach each other. Every desk now shows the value kept here; check it, and if the other value is the right one, use that.</source>
        <translation>Zwei Empfänge haben dasselbe Feld geändert, während sie keine Verbindung zueinander hatten. Alle Empfänge zeigen jetzt den hier behaltenen Wert; prüfen Sie ihn, und wenn der andere Wert der richtige ist, nehmen Sie diesen.</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Diesen Wert behalten</translation>
    </message>
    <message>
        <source>The value every desk shows stays; the conflict is reviewed</source>
        <translation>Der Wert, den alle Empfänge zeigen, bleibt; der Konflikt ist erledigt</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>Den &amp;anderen Wert nehmen</translation>
    </message>
    <message>
        <source>The other value replaces the kept one, on every desk with the next sync</source>
        <translation>Der andere Wert ersetzt den behaltenen – an allen Empfängen mit dem nächsten Abgleich</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents of %1 (visitor number %2). Each purpose is consented on its own.</source>
        <translation>Einwilligungen von %1 (Besuchsnummer %2). Jeder Zweck wird einzeln eingewilligt.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Aufgenommen von</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Sorgeberechtigte Person</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Erfasst: %1.</translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>When the consent is withdrawn:</source>
        <translation>Wenn die Einwilligung widerrufen wird:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Widerrufen.</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Einwilligungserklärung</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>The person withdraws this consent; what follows from it is shown before anything is deleted</source>
        <translation>Die Person widerruft diese Einwilligung; was daraus folgt, wird gezeigt, bevor etwas gelöscht wird</translation>
    </message>
    <message>
        <source>Language of the printed form</source>
        <translation>Sprache der gedruckten Erklärung</translation>
    </message>
    <message>
        <source>Print the consent &amp;form…</source>
        <translation>Einwilligungs&amp;erklärung drucken…</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>Erteilt &amp;als</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Wie die Einwilligung erteilt wurde</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation>Sprache des Einwilligungstextes</translation>
    </message>
    <message>
        <source>G&amp;uardian</source>
        <translation>S&amp;orgeberechtigte Person</translation>
    </message>
    <message>
        <source>Guardian who consents</source>
        <translation>Sorgeberechtigte Person, die einwilligt</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Einwilligung er&amp;fassen</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Shared database</source>
        <translation>Gemeinsame Datenbank</translation>
    </message>
    <message>
        <source>This desk is now connected to the shared database as {name}. Its records are being sent; the status bar shows when the sync is done.</source>
        <translation>Dieser Empfang ist jetzt als {name} mit der gemeinsamen Datenbank verbunden. Seine Einträge werden gerade übertragen; die Statusleiste zeigt, wann der Abgleich fertig ist.</translation>
    </message>
</context>
<context>
    <name>DirectoryExchange</name>
    <message>
        <source>As an HSDS &amp;JSON file…</source>
        <translation>Als HSDS-&amp;JSON-Datei…</translation>
    </message>
    <message>
        <source>As an HSDS data package (&amp;CSV tables)…</source>
        <translation>Als HSDS-Datenpaket (&amp;CSV-Tabellen)…</translation>
    </message>
    <message>
        <source>Import partners (Open Referral HSDS)</source>
        <translation>Partner importieren (Open Referral HSDS)</translation>
    </message>
    <message>
        <source>HSDS files (*.json *.zip *.csv)</source>
        <translation>HSDS-Dateien (*.json *.zip *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>New partners: %n</source>
        <translation>
            <numerusform>Neue Partner: %n</numerusform>
            <numerusform>Neue Partner: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners updated: %n</source>
        <translation>
            <numerusform>Aktualisierte Partner: %n</numerusform>
            <numerusform>Aktualisierte Partner: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locations: %n, offers: {offers}</source>
        <translation>
            <numerusform>Standorte: %n, Angebote: {offers}</numerusform>
            <numerusform>Standorte: %n, Angebote: {offers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the directory as HSDS JSON</source>
        <translation>Verzeichnis als HSDS-JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Folder for the HSDS data package</source>
        <translation>Ordner für das HSDS-Datenpaket</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Partner – offer</source>
        <translation>Partner – Angebot</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>open today</source>
        <translation>heute offen</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Delete partner</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <source>Delete “{name}” from the directory, with all its locations and offers?</source>
        <translation>„{name}“ mit allen Standorten und Angeboten aus dem Verzeichnis löschen?</translation>
    </message>
    <message>
        <source>Referrals made already keep what their slips showed.</source>
        <translation>Bereits erstellte Vermittlungen behalten, was auf ihren Zetteln stand.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>All fields of action</source>
        <translation>Alle Handlungsfelder</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle Zielgruppen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries; type more to narrow the search</source>
        <translation>
            <numerusform>%n Eintrag angezeigt; geben Sie mehr ein, um die Suche einzugrenzen</numerusform>
            <numerusform>Die ersten %n Einträge; geben Sie mehr ein, um die Suche einzugrenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or choose “all” in the filters.</source>
        <translation>Nichts gefunden. Versuchen Sie es mit weniger Wörtern oder wählen Sie in den Filtern „Alle …“.</translation>
    </message>
    <message>
        <source>The directory is empty. Add partners with “New partner” or import an Open Referral (HSDS) file.</source>
        <translation>Das Verzeichnis ist leer. Legen Sie Partner mit „Neuer Partner“ an oder importieren Sie eine Datei im Format Open Referral (HSDS).</translation>
    </message>
    <message>
        <source>Choose an entry to see its details.</source>
        <translation>Wählen Sie einen Eintrag aus, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>during the opening hours</source>
        <translation>während der Öffnungszeiten</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Internetadresse</translation>
    </message>
    <message>
        <source>chosen offer</source>
        <translation>ausgewähltes Angebot</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Verzeichnis durchsuchen</translation>
    </message>
    <message>
        <source>Name, offer, field of action or any word</source>
        <translation>Name, Angebot, Handlungsfeld oder ein beliebiges Wort</translation>
    </message>
    <message>
        <source>&amp;Field of action:</source>
        <translation>Handlungs&amp;feld:</translation>
    </message>
    <message>
        <source>Filter by field of action</source>
        <translation>Nach Handlungsfeld filtern</translation>
    </message>
    <message>
        <source>Ta&amp;rget group:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>Nach Zielgruppe filtern</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Nach Sprache filtern</translation>
    </message>
    <message>
        <source>&amp;Open today</source>
        <translation>Heute &amp;offen</translation>
    </message>
    <message>
        <source>Only entries that are open or take place today</source>
        <translation>Nur Einträge, die heute geöffnet sind oder stattfinden</translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation>Einträge im Verzeichnis</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Einzelheiten zum ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>&amp;Neuer Partner</translation>
    </message>
    <message>
        <source>Add a partner to the directory (Ctrl+N)</source>
        <translation>Einen Partner ins Verzeichnis aufnehmen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected partner (Enter or F2)</source>
        <translation>Ausgewählten Partner bearbeiten (Enter oder F2)</translation>
    </message>
    <message>
        <source>Edit the selected partner</source>
        <translation>Ausgewählten Partner bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected partner, after a confirmation (Delete)</source>
        <translation>Ausgewählten Partner nach Rückfrage löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete the selected partner</source>
        <translation>Ausgewählten Partner löschen</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import partners from an Open Referral (HSDS 3.0) file: JSON, a data package or a ZIP of CSV tables</source>
        <translation>Partner aus einer Datei im Format Open Referral (HSDS 3.0) importieren: JSON, ein Datenpaket oder ein ZIP mit CSV-Tabellen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export the directory as Open Referral (HSDS 3.0) JSON or as a data package of CSV tables</source>
        <translation>Das Verzeichnis im Format Open Referral (HSDS 3.0) exportieren: als JSON oder als Datenpaket aus CSV-Tabellen</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message numerus="yes">
        <source>{period}: the figures of %n facilities.</source>
        <translation>
            <numerusform>{period}: die Zahlen von %n Einrichtung.</numerusform>
            <numerusform>{period}: die Zahlen von %n Einrichtungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the district&apos;s figures</source>
        <translation>Zahlen des Bezirks speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>Das ganze Jahr</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher:innen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Anonym gezählt</translation>
    </message>
    <message>
        <source>Counselling check-ins</source>
        <translation>Check-ins in Beratung</translation>
    </message>
    <message>
        <source>Visitors in counselling</source>
        <translation>Besucher:innen in Beratung</translation>
    </message>
    <message>
        <source>Head counts in counselling</source>
        <translation>Anonym gezählt in Beratung</translation>
    </message>
    <message>
        <source>Referrals issued</source>
        <translation>Vermittlungen ausgestellt</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Vermittlungen erhalten</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Stunden Engagement</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Referrals to others in the field</source>
        <translation>Vermittlungen an andere im Handlungsfeld</translation>
    </message>
    <message>
        <source>Referrals from others in the field</source>
        <translation>Vermittlungen von anderen im Handlungsfeld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Within the network</source>
        <translation>Im Verbund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Alle Einrichtungen</translation>
    </message>
    <message>
        <source>without a field of action</source>
        <translation>ohne Handlungsfeld</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht genannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>District figures</source>
        <translation>Zahlen des Bezirks</translation>
    </message>
    <message>
        <source>Every facility&apos;s figures from the shared database, read with the district&apos;s account. The database counts them and gives out no person: counts of 1 or 2 people show as “&lt; 3”.</source>
        <translation>Die Zahlen jeder Einrichtung aus der gemeinsamen Datenbank, gelesen mit dem Zugang des Bezirks. Die Datenbank zählt selbst und gibt keine Person heraus: Zahlen von 1 oder 2 Personen stehen als „&lt; 3“.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>postgresql://server.example.org/tresen</source>
        <translation>postgresql://server.example.org/tresen</translation>
    </message>
    <message>
        <source>The shared database as the administrator gave it; add ?sslmode=… only if told to</source>
        <translation>Die gemeinsame Datenbank, wie die Administration sie angegeben hat; ?sslmode=… nur anfügen, wenn verlangt</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Used for this connection only; Tresen does not keep it</source>
        <translation>Nur für diese Verbindung; Tresen speichert es nicht</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Show the &amp;figures</source>
        <translation>&amp;Zahlen zeigen</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Every facility&apos;s figures side by side</source>
        <translation>Die Zahlen aller Einrichtungen nebeneinander</translation>
    </message>
    <message>
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <source>Figures by field of action and facility</source>
        <translation>Zahlen nach Handlungsfeld und Einrichtung</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Alter und Geschlecht</translation>
    </message>
    <message>
        <source>Figures by age group and gender</source>
        <translation>Zahlen nach Altersgruppe und Geschlecht</translation>
    </message>
    <message>
        <source>Jobcenter cooperation</source>
        <translation>Kooperation mit dem Jobcenter</translation>
    </message>
    <message>
        <source>Offers suited to the Jobcenter cooperation</source>
        <translation>Angebote, die sich für die Kooperation mit dem Jobcenter eignen</translation>
    </message>
    <message>
        <source>Referrals between the facilities and to others</source>
        <translation>Vermittlungen zwischen den Einrichtungen und an andere</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Als &amp;XLSX speichern …</translation>
    </message>
    <message>
        <source>All tables as a workbook, one sheet each</source>
        <translation>Alle Tabellen als Arbeitsmappe, je eine Tabelle pro Blatt</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>No printer is set up on this computer. Save the document as a PDF file to print it elsewhere, or ask your administrator to set up a printer.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie das Dokument als PDF-Datei, um es an einem anderen Ort zu drucken, oder bitten Sie Ihre Administration, einen Drucker einzurichten.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>An den Drucker gesendet (%n Seite).</numerusform>
            <numerusform>An den Drucker gesendet (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Do&amp;kument:</translation>
    </message>
    <message>
        <source>Document to preview</source>
        <translation>Dokument für die Vorschau</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Vorschau des Dokuments</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Über den Druckdialog des Systems drucken (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Das Dokument als PDF-Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
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
    <name>HoursChangeDialog</name>
    <message>
        <source>Correct hours</source>
        <translation>Stunden korrigieren</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>Correct the {old} h on {day} for “{activity}”.</source>
        <translation>Die {old} Std. am {day} für „{activity}“ korrigieren.</translation>
    </message>
    <message>
        <source>Withdraw hours</source>
        <translation>Stunden zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw &lt;b&gt;{old} h&lt;/b&gt; on {day} for “{activity}”.</source>
        <translation>&lt;b&gt;{old} Std.&lt;/b&gt; am {day} für „{activity}“ zurückziehen.</translation>
    </message>
    <message>
        <source>The entry stays in the trail, with your reason, your name and the time.</source>
        <translation>Der Eintrag bleibt im Verlauf, mit Ihrem Grund, Ihrem Namen und der Uhrzeit.</translation>
    </message>
    <message>
        <source>Change hours</source>
        <translation>Stunden ändern</translation>
    </message>
    <message>
        <source>&amp;Hours *</source>
        <translation>&amp;Stunden *</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>2,5 or 2:30</source>
        <translation>2,5 oder 2:30</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Grund *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>For example: entered on the wrong day</source>
        <translation>Zum Beispiel: am falschen Tag eingetragen</translation>
    </message>
    <message>
        <source>&amp;By *</source>
        <translation>&amp;Von *</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Ihr Name oder Kürzel</translation>
    </message>
</context>
<context>
    <name>HoursGridModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>HoursSheet</name>
    <message>
        <source>Add the volunteer&apos;s activities in the profile first (Edit…).</source>
        <translation>Tragen Sie zuerst die Tätigkeiten der Person im Profil ein (Bearbeiten…).</translation>
    </message>
    <message>
        <source>Fill in “Entered by” first: your name or initials.</source>
        <translation>Füllen Sie zuerst „Erfasst von“ aus: Ihren Namen oder Ihr Kürzel.</translation>
    </message>
    <message>
        <source>No hours were ever entered here.</source>
        <translation>Hier wurden nie Stunden eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) copied from last week.</source>
        <translation>
            <numerusform>%n Eintrag aus der Vorwoche übernommen.</numerusform>
            <numerusform>%n Einträge aus der Vorwoche übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Angezeigter Monat</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Entered &amp;by</source>
        <translation>Erfasst &amp;von</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Name oder Kürzel</translation>
    </message>
    <message>
        <source>Who enters the hours; kept with every entry and correction</source>
        <translation>Wer die Stunden einträgt; wird bei jedem Eintrag und jeder Korrektur festgehalten</translation>
    </message>
    <message>
        <source>Copy last &amp;week</source>
        <translation>Vor&amp;woche übernehmen</translation>
    </message>
    <message>
        <source>Enter last week&apos;s hours again in the week of the chosen day (only where that week has nothing yet)</source>
        <translation>Die Stunden der Vorwoche in der Woche des gewählten Tages erneut eintragen (nur wo diese Woche noch leer ist)</translation>
    </message>
    <message>
        <source>Show t&amp;rail…</source>
        <translation>Ve&amp;rlauf zeigen…</translation>
    </message>
    <message>
        <source>Every version of the chosen cell&apos;s hours: who entered, corrected or withdrew them, when and why</source>
        <translation>Jede Fassung der Stunden der gewählten Zelle: wer sie eingetragen, korrigiert oder zurückgezogen hat, wann und warum</translation>
    </message>
    <message>
        <source>Hours of the month</source>
        <translation>Stunden des Monats</translation>
    </message>
    <message>
        <source>Type hours like 2,5 or 2:30 and press Enter; Delete withdraws an entry</source>
        <translation>Stunden wie 2,5 oder 2:30 tippen und Eingabe drücken; Entf zieht einen Eintrag zurück</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type hours (2,5 or 2:30) and press Enter; arrows move; Delete withdraws an entry.</source>
        <translation>Stunden tippen (2,5 oder 2:30) und Eingabe drücken; Pfeiltasten bewegen; Entf zieht einen Eintrag zurück.</translation>
    </message>
</context>
<context>
    <name>HoursTrailDialog</name>
    <message>
        <source>{activity} on {day}</source>
        <translation>{activity} am {day}</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>withdrawn by {name}</source>
        <translation>zurückgezogen von {name}</translation>
    </message>
    <message>
        <source>Trail of an entry</source>
        <translation>Verlauf eines Eintrags</translation>
    </message>
    <message>
        <source>Versions of the entry</source>
        <translation>Fassungen des Eintrags</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Correct the chosen entry</source>
        <translation>Den gewählten Eintrag korrigieren</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw the chosen entry, with a reason</source>
        <translation>Den gewählten Eintrag mit Begründung zurückziehen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: user names admin, koordination or empfang; password tresen-demo</source>
        <translation>Demo: Benutzernamen admin, koordination oder empfang; Passwort tresen-demo</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Please choose a password of your own now.</source>
        <translation>Ihr Passwort wurde von der Administration gesetzt. Bitte wählen Sie jetzt ein eigenes Passwort.</translation>
    </message>
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
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
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
        <source>Sync &amp;now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Send this desk&apos;s changes to the shared database and fetch the others&apos;</source>
        <translation>Die Änderungen dieses Empfangs an die gemeinsame Datenbank senden und die der anderen holen</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Review &amp;conflicts…</source>
        <translation>&amp;Konflikte prüfen…</translation>
    </message>
    <message>
        <source>Fields two desks changed at the same time: keep a value or use the other one</source>
        <translation>Felder, die zwei Empfänge gleichzeitig geändert haben: einen Wert behalten oder den anderen nehmen</translation>
    </message>
    <message>
        <source>District &amp;figures…</source>
        <translation>&amp;Zahlen des Bezirks …</translation>
    </message>
    <message>
        <source>Every facility&apos;s figures side by side, read with the district&apos;s account</source>
        <translation>Die Zahlen aller Einrichtungen nebeneinander, gelesen mit dem Zugang des Bezirks</translation>
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
        <source>&amp;Referrals</source>
        <translation>&amp;Vermittlungen</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>Ve&amp;rzeichnis</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Vo&amp;lunteers</source>
        <translation>Ehrenamt&amp;liche</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Privacy office…</source>
        <translation>&amp;Datenschutz…</translation>
    </message>
    <message>
        <source>People&apos;s requests and their deadlines, the audit trail, the register of processing</source>
        <translation>Anfragen betroffener Personen mit ihren Fristen, das Zugriffsprotokoll, das Verarbeitungsverzeichnis</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>&amp;Mein Konto…</translation>
    </message>
    <message>
        <source>Change your password, or set a PIN for unlocking the desk</source>
        <translation>Ihr Passwort ändern oder eine PIN zum Entsperren festlegen</translation>
    </message>
    <message>
        <source>Staff acc&amp;ounts…</source>
        <translation>Be&amp;nutzerkonten…</translation>
    </message>
    <message>
        <source>Add staff accounts, change their roles, reset a forgotten password</source>
        <translation>Benutzerkonten anlegen, Rollen ändern, ein vergessenes Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>Tresen s&amp;perren</translation>
    </message>
    <message>
        <source>Cover the screen until you or a colleague signs in</source>
        <translation>Den Bildschirm verdecken, bis Sie oder eine Kollegin sich anmelden</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
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
    <name>PartnerDialog</name>
    <message>
        <source>Location %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>This location cannot be removed while offers take place there: {offers}. Choose another location for them on the Offers tab first.</source>
        <translation>Dieser Standort kann nicht entfernt werden, solange dort Angebote stattfinden: {offers}. Wählen Sie für diese Angebote zuerst auf der Registerkarte „Angebote“ einen anderen Standort.</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
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
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Name of the contact person</source>
        <translation>Name der Ansprechperson</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>Phone of the contact person</source>
        <translation>Telefon der Ansprechperson</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-Ma&amp;il</translation>
    </message>
    <message>
        <source>E-mail of the contact person</source>
        <translation>E-Mail der Ansprechperson</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <source>Locations of the &amp;partner</source>
        <translation>Standorte &amp;des Partners</translation>
    </message>
    <message>
        <source>Locations of the partner</source>
        <translation>Standorte des Partners</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>Standort &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Einen Standort hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected location</source>
        <translation>Ausgewählten Standort entfernen</translation>
    </message>
    <message>
        <source>No locations. Add one with “Add location”, so that people know where to go.</source>
        <translation>Noch kein Standort. Legen Sie mit „Standort hinzufügen“ einen an, damit die Menschen wissen, wohin sie gehen können.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name of the location</source>
        <translation>Name des Standorts</translation>
    </message>
    <message>
        <source>e.g. main office</source>
        <translation>z. B. Hauptstelle</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>St&amp;raße</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;PLZ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Or&amp;t</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone of the location</source>
        <translation>Telefon des Standorts</translation>
    </message>
    <message>
        <source>Opening ho&amp;urs</source>
        <translation>Ö&amp;ffnungszeiten</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>No opening hours yet. Add a time slot for each weekday the location is open.</source>
        <translation>Noch keine Öffnungszeiten. Legen Sie für jeden Wochentag, an dem der Standort geöffnet ist, ein Zeitfenster an.</translation>
    </message>
    <message>
        <source>Add &amp;time slot</source>
        <translation>Zeitfenster &amp;anlegen</translation>
    </message>
    <message>
        <source>Not&amp;e on the hours</source>
        <translation>Hin&amp;weis zu den Zeiten</translation>
    </message>
    <message>
        <source>Note on the opening hours</source>
        <translation>Hinweis zu den Öffnungszeiten</translation>
    </message>
    <message>
        <source>Accessi&amp;bility</source>
        <translation>&amp;Barrierefreiheit</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>Spra&amp;chen</translation>
    </message>
    <message>
        <source>Languages spoken at the location</source>
        <translation>Sprachen am Standort</translation>
    </message>
    <message>
        <source>Check every language the location&apos;s staff speak.</source>
        <translation>Kreuzen Sie jede Sprache an, die das Team am Standort spricht.</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>An&amp;gebote</translation>
    </message>
    <message>
        <source>Offers of this &amp;partner</source>
        <translation>Angebote &amp;des Partners</translation>
    </message>
    <message>
        <source>Offers of the partner</source>
        <translation>Angebote des Partners</translation>
    </message>
    <message>
        <source>&amp;Add offer</source>
        <translation>Angebot hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>Ein Angebot hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected offer</source>
        <translation>Ausgewähltes Angebot entfernen</translation>
    </message>
    <message>
        <source>No offers yet. Add what the partner offers with “Add offer”: counselling, courses, meeting places.</source>
        <translation>Noch keine Angebote. Tragen Sie mit „Angebot hinzufügen“ ein, was der Partner anbietet: Beratung, Kurse, Treffpunkte.</translation>
    </message>
    <message>
        <source>Name of the offer</source>
        <translation>Name des Angebots</translation>
    </message>
    <message>
        <source>Description of the offer</source>
        <translation>Beschreibung des Angebots</translation>
    </message>
    <message>
        <source>Lo&amp;cation</source>
        <translation>Stando&amp;rt</translation>
    </message>
    <message>
        <source>Location of the offer</source>
        <translation>Standort des Angebots</translation>
    </message>
    <message>
        <source>Field of act&amp;ion</source>
        <translation>&amp;Handlungsfeld</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>&amp;Target groups</source>
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
        <source>Add &amp;group</source>
        <translation>Gr&amp;uppe hinzufügen</translation>
    </message>
    <message>
        <source>Add target group</source>
        <translation>Zielgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Lang&amp;uages</source>
        <translation>Spra&amp;chen</translation>
    </message>
    <message>
        <source>Languages of the offer</source>
        <translation>Sprachen des Angebots</translation>
    </message>
    <message>
        <source>Check every language the offer is held in.</source>
        <translation>Kreuzen Sie jede Sprache an, in der das Angebot stattfindet.</translation>
    </message>
    <message>
        <source>&amp;Weekly times</source>
        <translation>&amp;Wochenplan</translation>
    </message>
    <message>
        <source>Weekly times</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>No regular times. Add a time slot for each weekday the offer takes place, or leave it empty if the location&apos;s opening hours apply.</source>
        <translation>Keine festen Zeiten. Legen Sie für jeden Wochentag, an dem das Angebot stattfindet, ein Zeitfenster an – oder lassen Sie den Wochenplan leer, wenn die Öffnungszeiten des Standorts gelten.</translation>
    </message>
    <message>
        <source>Add time &amp;slot</source>
        <translation>Zeitfenster &amp;anlegen</translation>
    </message>
    <message>
        <source>Note on the times</source>
        <translation>Hinweis zu den Zeiten</translation>
    </message>
    <message>
        <source>Contact p&amp;erson</source>
        <translation>Ans&amp;prechperson</translation>
    </message>
    <message>
        <source>Contact person of the offer</source>
        <translation>Ansprechperson für das Angebot</translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation>Kontakt&amp;telefon</translation>
    </message>
    <message>
        <source>Phone of the contact person of the offer</source>
        <translation>Telefon der Ansprechperson für das Angebot</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail</source>
        <translation>Kontakt-E-&amp;Mail</translation>
    </message>
    <message>
        <source>E-mail of the contact person of the offer</source>
        <translation>E-Mail der Ansprechperson für das Angebot</translation>
    </message>
    <message>
        <source>E-mail of the offer</source>
        <translation>E-Mail des Angebots</translation>
    </message>
    <message>
        <source>We&amp;b address</source>
        <translation>&amp;Internetadresse</translation>
    </message>
    <message>
        <source>Web address of the offer</source>
        <translation>Internetadresse des Angebots</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid on</source>
        <translation>Gezahlt am</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (XLSX)</source>
        <translation>E&amp;xcel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>&amp;CSV for any spreadsheet</source>
        <translation>&amp;CSV für jede Tabellenkalkulation</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Art der Einträge</translation>
    </message>
    <message>
        <source>Months kept</source>
        <translation>Aufbewahrung in Monaten</translation>
    </message>
    <message>
        <source>What happens then</source>
        <translation>Was danach geschieht</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>answered on %1</source>
        <translation>beantwortet am %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: answer %1 by %2.</source>
        <translation>Erfasst: %1 bis %2 antworten.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n record(s) deleted or anonymised.</source>
        <translation>
            <numerusform>Erledigt: %n Eintrag gelöscht oder anonymisiert.</numerusform>
            <numerusform>Erledigt: %n Einträge gelöscht oder anonymisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for deletion.</source>
        <translation>Nichts ist zur Löschung fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are due. Nothing is deleted yet.</source>
        <translation>
            <numerusform>%n Eintrag ist fällig. Noch ist nichts gelöscht.</numerusform>
            <numerusform>%n Einträge sind fällig. Noch ist nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be deleted or anonymised as the preview shows. This cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag wird wie in der Vorschau gelöscht oder anonymisiert. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Einträge werden wie in der Vorschau gelöscht oder anonymisiert. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>(volunteer)</source>
        <translation>(Freiwillige:r)</translation>
    </message>
    <message>
        <source>Nobody found. If the person has no record here, answer that no data is held.</source>
        <translation>Niemand gefunden. Hat die Person hier keinen Eintrag, antworten Sie, dass keine Daten gespeichert sind.</translation>
    </message>
    <message>
        <source>Enter the name of the person who asked.</source>
        <translation>Geben Sie den Namen der anfragenden Person ein.</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Save the access report as JSON</source>
        <translation>Auskunft als JSON speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No visitor has the number %1.</source>
        <translation>Niemand hat die Besuchsnummer %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt.</numerusform>
            <numerusform>%n Einträge angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is intact: no entry was changed or removed.</source>
        <translation>Die Kette ist intakt: Kein Eintrag wurde verändert oder entfernt.</translation>
    </message>
    <message>
        <source>The chain is broken. %1</source>
        <translation>Die Kette ist unterbrochen. %1</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Privacy office</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>Requests for access, correction or erasure must be answered within one month. Open requests come first, the nearest deadline at the top; overdue ones are marked.</source>
        <translation>Anfragen auf Auskunft, Berichtigung oder Löschung sind innerhalb eines Monats zu beantworten. Offene Anfragen stehen vorn, die nächste Frist oben; überfällige sind markiert.</translation>
    </message>
    <message>
        <source>Show ans&amp;wered requests too</source>
        <translation>Auch &amp;beantwortete Anfragen zeigen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation>&amp;Eingegangen am</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Re&amp;quester</source>
        <translation>Anfragende Per&amp;son</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Mark as a&amp;nswered today</source>
        <translation>Als heute beantwortet &amp;markieren</translation>
    </message>
    <message>
        <source>Re&amp;cord request</source>
        <translation>Anfrage er&amp;fassen</translation>
    </message>
    <message>
        <source>&amp;Access report</source>
        <translation>Aus&amp;kunft</translation>
    </message>
    <message>
        <source>A person asking what is held about them gets one report with all their data, its purposes, recipients, retention, source and their rights, as PDF and as JSON. Find the person by name or visitor number; someone with no record gets the answer that no data is held.</source>
        <translation>Wer fragt, was über sie oder ihn gespeichert ist, erhält eine Auskunft mit allen Daten, ihren Zwecken, Empfängern, Fristen, ihrer Herkunft und den Rechten der Person, als PDF und als JSON. Suchen Sie die Person nach Name oder Besuchsnummer; wer hier keinen Eintrag hat, erhält die Antwort, dass keine Daten gespeichert sind.</translation>
    </message>
    <message>
        <source>Name or visitor &amp;number</source>
        <translation>&amp;Name oder Besuchsnummer</translation>
    </message>
    <message>
        <source>Name or visitor number</source>
        <translation>Name oder Besuchsnummer</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>Answer: no data &amp;held…</source>
        <translation>Antwort: keine &amp;Daten gespeichert…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Als &amp;JSON speichern…</translation>
    </message>
    <message>
        <source>&amp;Create report…</source>
        <translation>Auskunft &amp;erstellen…</translation>
    </message>
    <message>
        <source>Retention and &amp;deletion</source>
        <translation>&amp;Löschfristen</translation>
    </message>
    <message>
        <source>How long each kind of record is kept. A deletion run first shows what is due, how many and why; it deletes only after you confirm. Anonymised visits stay in the statistics as counts with age band and gender.</source>
        <translation>Wie lange jede Art von Einträgen aufbewahrt wird. Ein Löschlauf zeigt zuerst, was fällig ist, wie viel und warum; gelöscht wird erst nach Ihrer Bestätigung. Anonymisierte Besuche bleiben als Zählungen mit Altersgruppe und Geschlecht in der Statistik.</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <source>&amp;Months kept</source>
        <translation>Aufbewahrung in &amp;Monaten</translation>
    </message>
    <message>
        <source>Save the r&amp;ule</source>
        <translation>&amp;Regel speichern</translation>
    </message>
    <message>
        <source>&amp;Show what is due</source>
        <translation>&amp;Fälliges zeigen</translation>
    </message>
    <message>
        <source>Delete n&amp;ow…</source>
        <translation>&amp;Jetzt löschen…</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Zur Löschung fällig</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Mitarbeitende</translation>
    </message>
    <message>
        <source>&amp;Visitor number</source>
        <translation>&amp;Besuchsnummer</translation>
    </message>
    <message>
        <source>Visitor number</source>
        <translation>Besuchsnummer</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Vo&amp;n</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>C&amp;heck the chain</source>
        <translation>&amp;Kette prüfen</translation>
    </message>
    <message>
        <source>Sho&amp;w entries</source>
        <translation>Einträge &amp;zeigen</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Einträge des Protokolls</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>The register of processing activities (Art. 30 GDPR) as Tresen&apos;s modules declare them: purposes, legal bases, data, recipients, retention and safeguards. Processing outside Tresen is recorded separately.</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO), wie die Teile von Tresen sie angeben: Zwecke, Rechtsgrundlagen, Daten, Empfänger, Fristen und Schutzmaßnahmen. Verarbeitungen außerhalb von Tresen werden gesondert geführt.</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>Verzeichnis &amp;drucken…</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>As on the offer</source>
        <translation>Wie beim Angebot</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(ohne Adresse)</translation>
    </message>
    <message>
        <source>Refer {name}</source>
        <translation>{name} vermitteln</translation>
    </message>
    <message>
        <source>&amp;Create slip</source>
        <translation>&amp;Zettel erstellen</translation>
    </message>
    <message>
        <source>&amp;Initials ({initials})</source>
        <translation>&amp;Initialen ({initials})</translation>
    </message>
    <message>
        <source>First &amp;name ({name})</source>
        <translation>Vor&amp;name ({name})</translation>
    </message>
    <message>
        <source>What the slip shows: initials or first name, purpose</source>
        <translation>Was auf dem Zettel steht: Initialen oder Vorname, Anliegen</translation>
    </message>
    <message>
        <source>So that the receiving facility can confirm the visit</source>
        <translation>Damit die aufnehmende Einrichtung den Besuch bestätigen kann</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Vermitteln</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation>Vermittelte Person</translation>
    </message>
    <message>
        <source>Refer &amp;to *</source>
        <translation>&amp;Vermitteln an *</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Verzeichnis durchsuchen</translation>
    </message>
    <message>
        <source>Search the directory: name, offer, field of action</source>
        <translation>Im Verzeichnis suchen: Name, Angebot, Handlungsfeld</translation>
    </message>
    <message>
        <source>Partners and offers found</source>
        <translation>Gefundene Partner und Angebote</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>Stand&amp;ort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
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
        <source>&amp;Purpose</source>
        <translation>&amp;Anliegen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>What the person is interested in (no numbers, no health data)</source>
        <translation>Wofür sich die Person interessiert (keine Nummern, keine Gesundheitsdaten)</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Datum und Uhrzeit des Termins</translation>
    </message>
    <message>
        <source>The slip names the person by</source>
        <translation>Auf dem Zettel steht</translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation>&amp;Initialen</translation>
    </message>
    <message>
        <source>First &amp;name</source>
        <translation>Vor&amp;name</translation>
    </message>
    <message>
        <source>Slip lan&amp;guage</source>
        <translation>&amp;Sprache des Zettels</translation>
    </message>
    <message>
        <source>Language of the slip</source>
        <translation>Sprache des Zettels</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>&amp;Share with the receiving facility in Tresen</source>
        <translation>In Tresen an die aufnehmende Einrichtung weiter&amp;geben</translation>
    </message>
    <message>
        <source>The receiving facility then sees this referral in Tresen, as the slip shows it. Only with the person&apos;s consent; the consent is recorded with the referral.</source>
        <translation>Die aufnehmende Einrichtung sieht diese Vermittlung dann in Tresen, so wie sie auf dem Zettel steht. Nur mit Einwilligung der Person; die Einwilligung wird mit der Vermittlung gespeichert.</translation>
    </message>
    <message>
        <source>R&amp;ecipient</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>Recipient of the data</source>
        <translation>Empfänger der Daten</translation>
    </message>
    <message>
        <source>&amp;Data passed on</source>
        <translation>Weitergegebene &amp;Daten</translation>
    </message>
    <message>
        <source>Data passed on</source>
        <translation>Weitergegebene Daten</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Z&amp;weck</translation>
    </message>
    <message>
        <source>Purpose of passing on the data</source>
        <translation>Zweck der Weitergabe</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Signed for&amp;m</source>
        <translation>&amp;Formular unterschrieben</translation>
    </message>
    <message>
        <source>&amp;Verbally</source>
        <translation>&amp;Mündlich</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Vermittelt an</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Referral {code}</source>
        <translation>Vermittlung {code}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Vermittelt an</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) still open after more than {days} days: please follow up (marked “Due”, listed first).</source>
        <translation>
            <numerusform>%n Vermittlung ist nach mehr als {days} Tagen noch offen: Bitte fragen Sie nach (mit „Fällig“ markiert und oben aufgeführt).</numerusform>
            <numerusform>%n Vermittlungen sind nach mehr als {days} Tagen noch offen: Bitte fragen Sie nach (mit „Fällig“ markiert und oben aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Due for follow-up</source>
        <translation>Nachfragen fällig</translation>
    </message>
    <message>
        <source>Open (not yet arrived)</source>
        <translation>Offen (noch nicht angekommen)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation>Nicht wahrgenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Accept a referral</source>
        <translation>Vermittlung entgegennehmen</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Vermittlungscode</translation>
    </message>
    <message>
        <source>Type or scan the code from the slip, then press Enter</source>
        <translation>Code vom Zettel eintippen oder scannen, dann Enter drücken</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>The referral as the slip shows it</source>
        <translation>Die Vermittlung, wie sie auf dem Zettel steht</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>&amp;Angekommen</translation>
    </message>
    <message>
        <source>The person came with the slip</source>
        <translation>Die Person ist mit dem Zettel gekommen</translation>
    </message>
    <message>
        <source>Mark co&amp;mpleted</source>
        <translation>A&amp;bgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Not taken up</source>
        <translation>Nicht &amp;wahrgenommen</translation>
    </message>
    <message>
        <source>Referrals issued by this facility</source>
        <translation>Von dieser Einrichtung ausgestellte Vermittlungen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation>Stat&amp;us setzen</translation>
    </message>
    <message>
        <source>Which referrals to show</source>
        <translation>Welche Vermittlungen angezeigt werden</translation>
    </message>
    <message>
        <source>Filter referrals</source>
        <translation>Vermittlungen filtern</translation>
    </message>
    <message>
        <source>Filter: code, person, target</source>
        <translation>Filtern: Code, Person, Ziel</translation>
    </message>
    <message>
        <source>Referrals issued</source>
        <translation>Ausgestellte Vermittlungen</translation>
    </message>
    <message>
        <source>No referrals yet. Refer a visitor from the check-in screen (Ctrl+R).</source>
        <translation>Noch keine Vermittlungen. Vermitteln Sie eine Person im Bereich „Empfang“ (Strg+R).</translation>
    </message>
    <message>
        <source>Show &amp;slip…</source>
        <translation>Zettel &amp;erneut zeigen…</translation>
    </message>
    <message>
        <source>Show the slip again to print or save it</source>
        <translation>Den Zettel noch einmal zeigen, um ihn zu drucken oder zu speichern</translation>
    </message>
    <message>
        <source>Set the status of the selected referral</source>
        <translation>Status der ausgewählten Vermittlung ändern</translation>
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
        <source>&amp;Visits in the statistics</source>
        <translation>&amp;Besuche in der Statistik</translation>
    </message>
    <message>
        <source>What the statistics count as visits</source>
        <translation>Was die Statistik als Besuch zählt</translation>
    </message>
    <message>
        <source>N&amp;ew visitors in the statistics</source>
        <translation>&amp;Neue Besucher:innen in der Statistik</translation>
    </message>
    <message>
        <source>When the statistics count a visitor as new</source>
        <translation>Wann die Statistik eine Person als neu zählt</translation>
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
        <source>C&amp;ontact person</source>
        <translation>Ansp&amp;rechperson</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Printed on referral slips, for questions from the receiving facility</source>
        <translation>Steht auf den Vermittlungszetteln – für Rückfragen der aufnehmenden Einrichtung</translation>
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
        <source>Re&amp;name</source>
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
    <message>
        <source>&amp;Referrals and printing</source>
        <translation>Vermittlungen und &amp;Druck</translation>
    </message>
    <message>
        <source>&amp;Logo for the letterhead</source>
        <translation>&amp;Logo für den Briefkopf</translation>
    </message>
    <message>
        <source>The logo printed on the letterhead</source>
        <translation>Das Logo im Briefkopf</translation>
    </message>
    <message>
        <source>Choose an i&amp;mage…</source>
        <translation>&amp;Bild wählen…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Bild für das Logo wählen</translation>
    </message>
    <message>
        <source>&amp;No logo</source>
        <translation>&amp;Kein Logo</translation>
    </message>
    <message>
        <source>Print without a logo</source>
        <translation>Ohne Logo drucken</translation>
    </message>
    <message>
        <source>Paper for &amp;slips</source>
        <translation>Papier für &amp;Vermittlungszettel</translation>
    </message>
    <message>
        <source>Paper for referral slips</source>
        <translation>Papier für Vermittlungszettel</translation>
    </message>
    <message>
        <source>Follow &amp;up open referrals after</source>
        <translation>&amp;Nachfragen bei offenen Vermittlungen nach</translation>
    </message>
    <message>
        <source>Days after which open referrals come up for follow-up</source>
        <translation>Tage, nach denen bei offenen Vermittlungen nachgefragt wird</translation>
    </message>
    <message>
        <source>Test print &amp;in</source>
        <translation>Probedruck &amp;in</translation>
    </message>
    <message>
        <source>Languages of the sample documents</source>
        <translation>Sprachen der Musterdokumente</translation>
    </message>
    <message>
        <source>&amp;Test print…</source>
        <translation>&amp;Probedruck…</translation>
    </message>
    <message>
        <source>A filled sample of every document Tresen prints, to check the letterhead and the printer&apos;s margins</source>
        <translation>Ein ausgefülltes Muster jedes Dokuments, das Tresen druckt – zum Prüfen des Briefkopfs und der Druckränder</translation>
    </message>
    <message>
        <source>Shared data&amp;base</source>
        <translation>&amp;Gemeinsame Datenbank</translation>
    </message>
    <message>
        <source>Desks of the facility network share their records through one database server. The administrator tells you the server and your facility&apos;s account with its password. The password is kept in this computer&apos;s password store (keyring), never in a file.</source>
        <translation>Die Empfänge des Einrichtungsnetzwerks teilen ihre Einträge über einen gemeinsamen Datenbankserver. Den Server und das Konto Ihrer Einrichtung mit seinem Passwort nennt Ihnen die Administration. Das Passwort bleibt im Passwortspeicher dieses Computers (Schlüsselbund), nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Server of the shared database</source>
        <translation>Server der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>etwa db.example.org</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Port of the shared database</source>
        <translation>Port der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Daten&amp;bank</translation>
    </message>
    <message>
        <source>Name of the shared database</source>
        <translation>Name der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Your facility&apos;s account on the shared database</source>
        <translation>Konto Ihrer Einrichtung auf der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Password of the account</source>
        <translation>Passwort des Kontos</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS)</source>
        <translation>&amp;Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>Encryption of the connection (TLS)</source>
        <translation>Verschlüsselung der Verbindung (TLS)</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>&amp;CA-Zertifikat</translation>
    </message>
    <message>
        <source>File of the certificate authority that signed the server&apos;s certificate</source>
        <translation>Datei der Zertifizierungsstelle, die das Zertifikat des Servers ausgestellt hat</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Choose a f&amp;ile…</source>
        <translation>Da&amp;tei wählen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Check the account and connect this desk to the shared database</source>
        <translation>Konto prüfen und diesen Empfang mit der gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <source>Sync e&amp;very</source>
        <translation>Abg&amp;leich alle</translation>
    </message>
    <message>
        <source>Minutes between two syncs</source>
        <translation>Minuten zwischen zwei Abgleichen</translation>
    </message>
    <message>
        <source>check-ins and head counts</source>
        <translation>Check-ins und anonym Gezählte</translation>
    </message>
    <message>
        <source>check-ins only (head counts apart)</source>
        <translation>Nur Check-ins (anonym Gezählte getrennt)</translation>
    </message>
    <message>
        <source>first visit in the period</source>
        <translation>Erster Besuch im Zeitraum</translation>
    </message>
    <message>
        <source>registered in the period</source>
        <translation>Registriert im Zeitraum</translation>
    </message>
    <message>
        <source>Check the certificate and the server&apos;s name (recommended)</source>
        <translation>Zertifikat und Namen des Servers prüfen (empfohlen)</translation>
    </message>
    <message>
        <source>Check the certificate only</source>
        <translation>Nur das Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation>Verschlüsseln, ohne das Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Do not encrypt</source>
        <translation>Nicht verschlüsseln</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s password store</source>
        <translation>im Passwortspeicher dieses Computers hinterlegt</translation>
    </message>
    <message>
        <source>This desk is connected to {database} on {host}.</source>
        <translation>Dieser Empfang ist mit {database} auf {host} verbunden.</translation>
    </message>
    <message>
        <source>Enter the server of the shared database.</source>
        <translation>Geben Sie den Server der gemeinsamen Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the name of the shared database.</source>
        <translation>Geben Sie den Namen der gemeinsamen Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter your facility&apos;s account.</source>
        <translation>Geben Sie das Konto Ihrer Einrichtung ein.</translation>
    </message>
    <message>
        <source>Enter the password of the account.</source>
        <translation>Geben Sie das Passwort des Kontos ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected. The first sync starts now; its outcome shows in the status bar.</source>
        <translation>Verbunden. Der erste Abgleich beginnt jetzt; sein Ergebnis steht in der Statusleiste.</translation>
    </message>
    <message>
        <source>Certificate of the certificate authority</source>
        <translation>Zertifikat der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(kein Logo)</translation>
    </message>
    <message>
        <source>Logo for the letterhead</source>
        <translation>Logo für den Briefkopf</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file cannot be used as a logo. Choose a PNG or JPEG image.</source>
        <translation>Diese Datei lässt sich nicht als Logo verwenden. Wählen Sie ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Probedruck</translation>
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
    <name>SignInPage</name>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Passwort oder PIN</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Welcome to Tresen</source>
        <translation>Willkommen bei Tresen</translation>
    </message>
    <message>
        <source>Create the administrator account. Everyone who works at this desk signs in with an account of their own; the administrator creates the others in the settings.</source>
        <translation>Legen Sie das Konto der Administration an. Alle, die an diesem Tresen arbeiten, melden sich mit einem eigenen Konto an; die Administration legt die weiteren in den Einstellungen an.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>Anlegen und an&amp;melden</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Der Tresen ist gesperrt</translation>
    </message>
    <message>
        <source>%1 is signed in. Enter the password or PIN to go on.</source>
        <translation>%1 ist angemeldet. Geben Sie das Passwort oder die PIN ein, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Melden Sie sich mit Ihrem Benutzernamen und Passwort an.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Another person signs in</source>
        <translation>&amp;Jemand anderes meldet sich an</translation>
    </message>
</context>
<context>
    <name>SlipPresenter</name>
    <message>
        <source>Referral slip {code}</source>
        <translation>Vermittlungszettel {code}</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Chart of visits and head counts by month</source>
        <translation>Diagramm der Besuche und anonym Gezählten nach Monat</translation>
    </message>
    <message>
        <source>Chart of people by field of action</source>
        <translation>Diagramm der Personen nach Handlungsfeld</translation>
    </message>
    <message>
        <source>Chart of visits by age group</source>
        <translation>Diagramm der Besuche nach MGH-Altersgruppe</translation>
    </message>
    <message>
        <source>Chart of volunteer hours by month</source>
        <translation>Diagramm der Ehrenamtsstunden nach Monat</translation>
    </message>
    <message>
        <source>Nothing was counted in this period.</source>
        <translation>In diesem Zeitraum wurde nichts gezählt.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Anonym gezählt</translation>
    </message>
    <message>
        <source>Everyone, a year earlier</source>
        <translation>Vorjahr, zusammen</translation>
    </message>
    <message>
        <source>Without a field of action</source>
        <translation>Ohne Handlungsfeld</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Hours a year earlier</source>
        <translation>Stunden Vorjahr</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>{period}, compared with {earlier}</source>
        <translation>{period}, im Vergleich mit {earlier}</translation>
    </message>
    <message>
        <source>{period} – counting…</source>
        <translation>{period} – wird gezählt …</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year}</source>
        <translation>{quarter}. Quartal {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>Counts of one or two people are shown as “{small}”, so that no one can be recognised.</source>
        <translation>Zahlen von einer oder zwei Personen stehen als „{small}“, damit niemand erkennbar wird.</translation>
    </message>
    <message>
        <source>of which check-ins</source>
        <translation>davon Check-ins</translation>
    </message>
    <message>
        <source>of which people in head counts</source>
        <translation>davon anonym gezählte Personen</translation>
    </message>
    <message>
        <source>People in head counts (apart)</source>
        <translation>Anonym gezählte Personen (gesondert)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher:innen</translation>
    </message>
    <message>
        <source>New visitors</source>
        <translation>Neue Besucher:innen</translation>
    </message>
    <message>
        <source>Returning visitors</source>
        <translation>Wiederkehrende Besucher:innen</translation>
    </message>
    <message>
        <source>Counselling contacts</source>
        <translation>Beratungskontakte</translation>
    </message>
    <message>
        <source>Visitors in counselling</source>
        <translation>Besucher:innen in Beratung</translation>
    </message>
    <message>
        <source>Referrals issued</source>
        <translation>Ausgestellte Vermittlungen</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Erhaltene Vermittlungen</translation>
    </message>
    <message>
        <source>Volunteers with hours</source>
        <translation>Ehrenamtliche mit Stunden</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Ehrenamtsstunden</translation>
    </message>
    <message>
        <source>Visits (check-ins and head counts)</source>
        <translation>Besuche (Check-ins und anonym Gezählte)</translation>
    </message>
    <message>
        <source>Visits (check-ins)</source>
        <translation>Besuche (Check-ins)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>A year earlier: {count} ({change})</source>
        <translation>Vorjahr: {count} ({change})</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Anonym gezählt</translation>
    </message>
    <message>
        <source>People counted in head counts, not among the visits</source>
        <translation>Anonym gezählte Personen, nicht unter den Besuchen</translation>
    </message>
    <message>
        <source>Of the visits, people counted in head counts</source>
        <translation>Von den Besuchen: anonym gezählte Personen</translation>
    </message>
    <message>
        <source>Registered people, each counted once</source>
        <translation>Registrierte Personen, jede einmal gezählt</translation>
    </message>
    <message>
        <source>Visitors in the same period a year earlier</source>
        <translation>Besucher:innen im Vorjahreszeitraum</translation>
    </message>
    <message>
        <source>Visits in the same period a year earlier</source>
        <translation>Besuche im Vorjahreszeitraum</translation>
    </message>
    <message>
        <source>Without a field of action</source>
        <translation>Ohne Handlungsfeld</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Altersgruppe (MGH)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Zusammen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Without an activity</source>
        <translation>Ohne Tätigkeit</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Save as spreadsheet</source>
        <translation>Als Tabelle speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>no age</source>
        <translation>ohne Alter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Art des Zeitraums</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Voriger Zeitraum (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Voriger Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <source>1st quarter (January–March)</source>
        <translation>1. Quartal (Januar–März)</translation>
    </message>
    <message>
        <source>2nd quarter (April–June)</source>
        <translation>2. Quartal (April–Juni)</translation>
    </message>
    <message>
        <source>3rd quarter (July–September)</source>
        <translation>3. Quartal (Juli–September)</translation>
    </message>
    <message>
        <source>4th quarter (October–December)</source>
        <translation>4. Quartal (Oktober–Dezember)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nächster Zeitraum (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>Bericht als P&amp;DF speichern …</translation>
    </message>
    <message>
        <source>The report of the period with charts, for funders and the district</source>
        <translation>Der Bericht des Zeitraums mit Diagrammen, für Zuwendungsgeber und Bezirk</translation>
    </message>
    <message>
        <source>Save as &amp;spreadsheet…</source>
        <translation>Als Tabellenmappe &amp;speichern …</translation>
    </message>
    <message>
        <source>Every table of the period as a sheet of an Excel workbook</source>
        <translation>Jede Tabelle des Zeitraums als Blatt einer Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Parts of the statistics</source>
        <translation>Teile der Statistik</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Key figures with the same period a year earlier</source>
        <translation>Kennzahlen mit dem Vorjahreszeitraum</translation>
    </message>
    <message>
        <source>How we count</source>
        <translation>So wird gezählt</translation>
    </message>
    <message>
        <source>Visits and head counts by month</source>
        <translation>Besuche und anonym Gezählte nach Monat</translation>
    </message>
    <message>
        <source>Offers and fields of action</source>
        <translation>Angebote und Handlungsfelder</translation>
    </message>
    <message>
        <source>People by field of action</source>
        <translation>Personen nach Handlungsfeld</translation>
    </message>
    <message>
        <source>By field of action</source>
        <translation>Nach Handlungsfeld</translation>
    </message>
    <message>
        <source>Visits by field of action</source>
        <translation>Besuche nach Handlungsfeld</translation>
    </message>
    <message>
        <source>By offer</source>
        <translation>Nach Angebot</translation>
    </message>
    <message>
        <source>Visits by offer</source>
        <translation>Besuche nach Angebot</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Alter und Geschlecht</translation>
    </message>
    <message>
        <source>Age, gender, new and returning visitors</source>
        <translation>Alter, Geschlecht, neue und wiederkehrende Besucher:innen</translation>
    </message>
    <message>
        <source>Visits by age group (Mehrgenerationenhaus)</source>
        <translation>Besuche nach MGH-Altersgruppe (Mehrgenerationenhaus)</translation>
    </message>
    <message>
        <source>By age group (Mehrgenerationenhaus)</source>
        <translation>Nach MGH-Altersgruppe (Mehrgenerationenhaus)</translation>
    </message>
    <message>
        <source>Visits and visitors by age group</source>
        <translation>Besuche und Besucher:innen nach MGH-Altersgruppe</translation>
    </message>
    <message>
        <source>New and returning visitors</source>
        <translation>Neue und wiederkehrende Besucher:innen</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Nach Altersgruppe</translation>
    </message>
    <message>
        <source>Visits and visitors by age band</source>
        <translation>Besuche und Besucher:innen nach Altersgruppe</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Nach Geschlecht</translation>
    </message>
    <message>
        <source>Visits and visitors by gender</source>
        <translation>Besuche und Besucher:innen nach Geschlecht</translation>
    </message>
    <message>
        <source>Referrals issued by field of action, target and status</source>
        <translation>Ausgestellte Vermittlungen nach Handlungsfeld, Ziel und Stand</translation>
    </message>
    <message>
        <source>Referrals received by field of action, target and status</source>
        <translation>Erhaltene Vermittlungen nach Handlungsfeld, Herkunft und Stand</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>Nach Tätigkeit</translation>
    </message>
    <message>
        <source>Volunteers and hours by activity</source>
        <translation>Ehrenamtliche und Stunden nach Tätigkeit</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Volunteers and hours by month</source>
        <translation>Ehrenamtliche und Stunden nach Monat</translation>
    </message>
    <message>
        <source>Volunteer hours by month</source>
        <translation>Ehrenamtsstunden nach Monat</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Shared database</source>
        <translation>Gemeinsame Datenbank</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Zu prüfende Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to review</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen</numerusform>
            <numerusform>%n Konflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Two desks changed the same fields: review which value stays</source>
        <translation>Zwei Empfänge haben dieselben Felder geändert: prüfen, welcher Wert bleibt</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Shared database: not connected</source>
        <translation>Gemeinsame Datenbank: nicht verbunden</translation>
    </message>
    <message>
        <source>This desk works on its own. To share its records, connect it to the shared database in the settings (click here).</source>
        <translation>Dieser Empfang arbeitet für sich allein. Um seine Einträge zu teilen, verbinden Sie ihn in den Einstellungen mit der gemeinsamen Datenbank (hier klicken).</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… · {waiting}</source>
        <translation>Abgleich läuft… · {waiting}</translation>
    </message>
    <message>
        <source>Offline · {waiting} · {problem}</source>
        <translation>Offline · {waiting} · {problem}</translation>
    </message>
    <message>
        <source>Not synced · {waiting} · {problem}</source>
        <translation>Nicht abgeglichen · {waiting} · {problem}</translation>
    </message>
    <message>
        <source>Not synced yet · {waiting}</source>
        <translation>Noch nicht abgeglichen · {waiting}</translation>
    </message>
    <message>
        <source>Click here to sync now.</source>
        <translation>Hier klicken, um jetzt abzugleichen.</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Abgeglichen um {time}</translation>
    </message>
    <message>
        <source>Synced on {day} at {time}</source>
        <translation>Abgeglichen am {day} um {time}</translation>
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
        <source>C&amp;onsents…</source>
        <translation>E&amp;inwilligungen…</translation>
    </message>
    <message>
        <source>Consents of the selected visitor</source>
        <translation>Einwilligungen der gewählten Person</translation>
    </message>
    <message>
        <source>What the selected visitor agreed to, each purpose on its own; give, withdraw, print the form</source>
        <translation>Wozu die gewählte Person eingewilligt hat, jeder Zweck einzeln; erfassen, widerrufen, Erklärung drucken</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>Ver&amp;mitteln…</translation>
    </message>
    <message>
        <source>Refer the selected visitor</source>
        <translation>Ausgewählte Person vermitteln</translation>
    </message>
    <message>
        <source>Refer the selected visitor to another facility, an offer or the Jobcenter (Ctrl+R)</source>
        <translation>Die ausgewählte Person an eine andere Einrichtung, ein Angebot oder das Jobcenter vermitteln (Strg+R)</translation>
    </message>
    <message>
        <source>Visit history of the selected visitor</source>
        <translation>Besuchsverlauf der ausgewählten Person</translation>
    </message>
    <message>
        <source>Referra&amp;ls</source>
        <translation>Vermittl&amp;ungen</translation>
    </message>
    <message>
        <source>Referrals of the selected visitor</source>
        <translation>Vermittlungen der ausgewählten Person</translation>
    </message>
    <message>
        <source>Enter or a double click shows the slip again</source>
        <translation>Enter oder ein Doppelklick zeigt den Zettel noch einmal</translation>
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
    <name>VolunteerDialog</name>
    <message>
        <source>No offer</source>
        <translation>Kein Angebot</translation>
    </message>
    <message>
        <source>{title} (inactive)</source>
        <translation>{title} (inaktiv)</translation>
    </message>
    <message>
        <source>An offer that no longer exists</source>
        <translation>Ein Angebot, das es nicht mehr gibt</translation>
    </message>
    <message>
        <source>The linked visitor record no longer exists; the link is removed on saving.</source>
        <translation>Die verknüpfte Besucher:innen-Karte gibt es nicht mehr; die Verknüpfung wird beim Speichern gelöst.</translation>
    </message>
    <message>
        <source>Not linked to a visitor</source>
        <translation>Nicht mit Besucher:innen verknüpft</translation>
    </message>
    <message>
        <source>Linked to a visitor</source>
        <translation>Mit einer Besucher:innen-Karte verknüpft</translation>
    </message>
    <message>
        <source>{name} ({number}), born {year}</source>
        <translation>{name} ({number}), geboren {year}</translation>
    </message>
    <message>
        <source>No visitor found.</source>
        <translation>Keine Besucher:innen gefunden.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Tätigkeit</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Neue Fortbildung</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Neue ehrenamtliche Person</translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation>Ehrenamtliche Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
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
        <source>Same person as &amp;visitor</source>
        <translation>Dieselbe Person wie &amp;Besucher:in</translation>
    </message>
    <message>
        <source>Remove the link to the visitor</source>
        <translation>Die Verknüpfung zur Besucher:innen-Karte lösen</translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Search for the same person among the visitors</source>
        <translation>Dieselbe Person unter den Besucher:innen suchen</translation>
    </message>
    <message>
        <source>Type part of the name or the visitor number</source>
        <translation>Teil des Namens oder die Besuchsnummer tippen</translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation>Gefundene Besucher:innen</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <source>Date of birth given</source>
        <translation>Geburtsdatum angegeben</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Geburts&amp;datum</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
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
        <source>not given</source>
        <translation>nicht angegeben</translation>
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
        <source>&amp;Engagement</source>
        <translation>&amp;Engagement</translation>
    </message>
    <message>
        <source>Start date given</source>
        <translation>Beginn angegeben</translation>
    </message>
    <message>
        <source>&amp;Started on</source>
        <translation>&amp;Beginn am</translation>
    </message>
    <message>
        <source>Start of the engagement</source>
        <translation>Beginn des Engagements</translation>
    </message>
    <message>
        <source>End date given</source>
        <translation>Ende angegeben</translation>
    </message>
    <message>
        <source>En&amp;ded on</source>
        <translation>En&amp;de am</translation>
    </message>
    <message>
        <source>End of the engagement</source>
        <translation>Ende des Engagements</translation>
    </message>
    <message>
        <source>Volunteer agreement signed</source>
        <translation>Engagementvereinbarung unterschrieben</translation>
    </message>
    <message>
        <source>A&amp;greement signed on</source>
        <translation>Vereinbarung unter&amp;schrieben am</translation>
    </message>
    <message>
        <source>Date the volunteer agreement was signed</source>
        <translation>Datum, an dem die Engagementvereinbarung unterschrieben wurde</translation>
    </message>
    <message>
        <source>Only the date on which the police clearance certificate (Führungszeugnis) was seen is recorded, as needed for work with children; never the certificate&apos;s content.</source>
        <translation>Erfasst wird nur das Datum, an dem das erweiterte Führungszeugnis eingesehen wurde, wie es die Arbeit mit Kindern verlangt; nie sein Inhalt.</translation>
    </message>
    <message>
        <source>Police clearance certificate seen</source>
        <translation>Führungszeugnis eingesehen</translation>
    </message>
    <message>
        <source>Police c&amp;learance certificate seen on</source>
        <translation>Führungszeugnis eingesehen a&amp;m</translation>
    </message>
    <message>
        <source>Date the police clearance certificate was seen</source>
        <translation>Datum, an dem das Führungszeugnis eingesehen wurde</translation>
    </message>
    <message>
        <source>FreiwilligenPass school variant, for pupils engaged through their school</source>
        <translation>FreiwilligenPass in der Schulvariante, für Schüler:innen, die sich über ihre Schule engagieren</translation>
    </message>
    <message>
        <source>FreiwilligenPass: sc&amp;hool variant</source>
        <translation>FreiwilligenPass: Schul&amp;variante</translation>
    </message>
    <message>
        <source>For pupils engaged through their school.</source>
        <translation>Für Schüler:innen, die sich über ihre Schule engagieren.</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Tät&amp;igkeiten</translation>
    </message>
    <message>
        <source>Activities of the volunteer</source>
        <translation>Tätigkeiten der Person</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Eine Tätigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Add a&amp;ctivity</source>
        <translation>Tätigkeit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected activity</source>
        <translation>Die gewählte Tätigkeit entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>No activities yet. Add what the volunteer does with “Add activity”.</source>
        <translation>Noch keine Tätigkeiten. Tragen Sie mit „Tätigkeit hinzufügen“ ein, was die Person tut.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation>Bezeichnung der Tätigkeit</translation>
    </message>
    <message>
        <source>e.g. reading to children</source>
        <translation>z. B. Vorlesen für Kinder</translation>
    </message>
    <message>
        <source>O&amp;ffer</source>
        <translation>&amp;Angebot</translation>
    </message>
    <message>
        <source>Offer the activity belongs to</source>
        <translation>Angebot, zu dem die Tätigkeit gehört</translation>
    </message>
    <message>
        <source>Optional: the facility&apos;s offer in which the volunteer helps.</source>
        <translation>Freiwillig: das Angebot der Einrichtung, in dem die Person mithilft.</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Fortbildungen</translation>
    </message>
    <message>
        <source>Trainin&amp;gs attended</source>
        <translation>Besuchte Fortbildun&amp;gen</translation>
    </message>
    <message>
        <source>Trainings the volunteer attended</source>
        <translation>Fortbildungen, die die Person besucht hat</translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation>Eine Fortbildung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add training</source>
        <translation>Fortbildung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove the selected training</source>
        <translation>Die gewählte Fortbildung entfernen</translation>
    </message>
    <message>
        <source>No trainings recorded. Add one with “Add training”.</source>
        <translation>Keine Fortbildungen erfasst. Fügen Sie eine mit „Fortbildung hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title of the training</source>
        <translation>Titel der Fortbildung</translation>
    </message>
    <message>
        <source>e.g. first aid for children</source>
        <translation>z. B. Erste Hilfe am Kind</translation>
    </message>
    <message>
        <source>Held &amp;on</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the training</source>
        <translation>Datum der Fortbildung</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>Hours of the training</source>
        <translation>Stunden der Fortbildung</translation>
    </message>
    <message>
        <source>2,5</source>
        <translation>2,5</translation>
    </message>
    <message>
        <source>In quarter hours, for example 2,5 or 2:30. Leave empty if not known.</source>
        <translation>In Viertelstunden, zum Beispiel 2,5 oder 2:30. Leer lassen, wenn unbekannt.</translation>
    </message>
</context>
<context>
    <name>VolunteerDocuments</name>
    <message>
        <source>Time sheet</source>
        <translation>Stundenliste</translation>
    </message>
    <message>
        <source>The hours of {name} in a period, for funders.</source>
        <translation>Die Stunden von {name} in einem Zeitraum, für Geldgeber.</translation>
    </message>
    <message>
        <source>Time sheet – {name}</source>
        <translation>Stundenliste – {name}</translation>
    </message>
    <message>
        <source>Annual overview</source>
        <translation>Jahresübersicht</translation>
    </message>
    <message>
        <source>All volunteers&apos; hours of a year, month by month.</source>
        <translation>Die Stunden aller Ehrenamtlichen eines Jahres, Monat für Monat.</translation>
    </message>
    <message>
        <source>Annual overview {year}</source>
        <translation>Jahresübersicht {year}</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>Stunden exportieren</translation>
    </message>
    <message>
        <source>Hours by person, activity and day, for a spreadsheet program.</source>
        <translation>Stunden nach Person, Tätigkeit und Tag, für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Volunteers&apos; hours</source>
        <translation>Stunden der Ehrenamtlichen</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>Stunden im Jahr</translation>
    </message>
</context>
<context>
    <name>VolunteersView</name>
    <message>
        <source>{done} of {needed} h in the last twelve months</source>
        <translation>{done} von {needed} Std. in den letzten zwölf Monaten</translation>
    </message>
    <message>
        <source>At the pace of the last months, the earliest date: {day}</source>
        <translation>Im Tempo der letzten Monate frühestens am {day}</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter volunteers by name</source>
        <translation>Ehrenamtliche nach Namen filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Show en&amp;ded engagements</source>
        <translation>B&amp;eendete Engagements zeigen</translation>
    </message>
    <message>
        <source>No volunteers yet. Add the first one with “New volunteer”.</source>
        <translation>Noch keine Ehrenamtlichen. Legen Sie die erste Person mit „Neu anlegen“ an.</translation>
    </message>
    <message>
        <source>Every engagement has ended. Tick “Show ended engagements” to see these volunteers.</source>
        <translation>Alle Engagements sind beendet. Setzen Sie das Häkchen bei „Beendete Engagements zeigen“, um diese Personen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;New volunteer…</source>
        <translation>&amp;Neu anlegen…</translation>
    </message>
    <message>
        <source>Add a volunteer (Ctrl+N)</source>
        <translation>Eine ehrenamtliche Person anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the chosen volunteer&apos;s profile (F2)</source>
        <translation>Das Profil der gewählten Person bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Edit the chosen volunteer</source>
        <translation>Die gewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <source>Certificate, time sheet, annual overview and export of hours</source>
        <translation>Engagementnachweis, Stundenliste, Jahresübersicht und Export der Stunden</translation>
    </message>
    <message>
        <source>The chosen volunteer</source>
        <translation>Die gewählte Person</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>St&amp;unden</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>&amp;Pauschalen</translation>
    </message>
    <message>
        <source>Re&amp;cognition</source>
        <translation>&amp;Anerkennung</translation>
    </message>
    <message>
        <source>Where the volunteer stands for recognition</source>
        <translation>Wie weit die Person für Anerkennungen ist</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>Engagement&amp;nachweis…</translation>
    </message>
    <message>
        <source>&amp;Time sheet…</source>
        <translation>&amp;Stundenliste…</translation>
    </message>
    <message>
        <source>An engagement certificate for a period, in the spirit of the Berliner FreiwilligenPass</source>
        <translation>Ein Engagementnachweis für einen Zeitraum, im Sinne des Berliner FreiwilligenPasses</translation>
    </message>
    <message>
        <source>The chosen volunteer&apos;s hours of a period, for funders</source>
        <translation>Die Stunden der gewählten Person in einem Zeitraum, für Geldgeber</translation>
    </message>
    <message>
        <source>Annual &amp;overview…</source>
        <translation>&amp;Jahresübersicht…</translation>
    </message>
    <message>
        <source>All volunteers&apos; hours of a year, month by month</source>
        <translation>Die Stunden aller Ehrenamtlichen eines Jahres, Monat für Monat</translation>
    </message>
    <message>
        <source>E&amp;xport hours…</source>
        <translation>Stunden e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Hours by person, activity and day as CSV or XLSX</source>
        <translation>Stunden nach Person, Tätigkeit und Tag als CSV oder XLSX</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Visitor</source>
        <translation>Besucher:in</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamtliche:r</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation>Verzeichniseintrag</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Aufbewahrungsregel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>Volunteer&apos;s hours</source>
        <translation>Stunden einer freiwilligen Person</translation>
    </message>
    <message>
        <source>Allowance payment</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <source>Bürgergeld note</source>
        <translation>Bürgergeld-Vermerk</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Telefon der Ansprechperson</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-Mail der Ansprechperson</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New password due</source>
        <translation>Neues Passwort fällig</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Volunteering since</source>
        <translation>Engagiert seit</translation>
    </message>
    <message>
        <source>Volunteering ended on</source>
        <translation>Engagement beendet am</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Vereinbarung unterschrieben am</translation>
    </message>
    <message>
        <source>Police certificate seen on</source>
        <translation>Führungszeugnis eingesehen am</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(another entry)</source>
        <translation>(ein anderer Eintrag)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Referral slip (A5)</source>
        <translation>Vermittlungszettel (A5)</translation>
    </message>
    <message>
        <source>Referral slip (A4)</source>
        <translation>Vermittlungszettel (A4)</translation>
    </message>
    <message>
        <source>Engagement certificate</source>
        <translation>Engagementnachweis</translation>
    </message>
    <message>
        <source>Time sheet of volunteer hours</source>
        <translation>Stundenliste Ehrenamt</translation>
    </message>
    <message>
        <source>Annual overview of volunteer hours</source>
        <translation>Jahresübersicht Ehrenamt</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Einwilligungserklärung</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Access report (Art. 15 GDPR)</source>
        <translation>Auskunft (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Annual statistics report</source>
        <translation>Jahresbericht (Statistik)</translation>
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
        <source>{file} cannot be imported, nothing was changed. Problems found: {count}.</source>
        <translation>{file} kann nicht importiert werden, es wurde nichts verändert. Gefundene Probleme: {count}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld muss ausgefüllt werden.</translation>
    </message>
    <message>
        <source>This is not valid JSON: {reason}.</source>
        <translation>Das ist kein gültiges JSON: {reason}.</translation>
    </message>
    <message>
        <source>This is not a readable CSV table: {reason}.</source>
        <translation>Das ist keine lesbare CSV-Tabelle: {reason}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>This is not a ZIP archive.</source>
        <translation>Das ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>No HSDS organisations or services were found here. Tresen imports HSDS 3.0 JSON (organisations, services or services at locations, alone, in a list or in a page with &apos;contents&apos;) and HSDS tabular data packages (a datapackage.json, a folder or a ZIP file of CSV tables).</source>
        <translation>Hier wurden keine HSDS-Organisationen oder -Angebote (organizations, services) gefunden. Tresen importiert HSDS-3.0-JSON (Organisationen, Angebote oder Angebote an Standorten – einzeln, als Liste oder als Seite mit „contents“) und tabellarische HSDS-Datenpakete (eine datapackage.json, ein Ordner oder eine ZIP-Datei mit CSV-Tabellen).</translation>
    </message>
    <message>
        <source>This object is neither an organisation, a service nor a service at a location.</source>
        <translation>Dieses Objekt ist weder eine Organisation noch ein Angebot (service) noch ein Angebot an einem Standort (service_at_location).</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; is missing.</source>
        <translation>Die Spalte „{column}“ fehlt.</translation>
    </message>
    <message>
        <source>The id {id} appears again (first at {first}).</source>
        <translation>Die ID {id} kommt noch einmal vor (zuerst bei {first}).</translation>
    </message>
    <message>
        <source>Expected text, found a list.</source>
        <translation>Hier wird Text erwartet, gefunden wurde eine Liste.</translation>
    </message>
    <message>
        <source>Expected text, found an object.</source>
        <translation>Hier wird Text erwartet, gefunden wurde ein Objekt.</translation>
    </message>
    <message>
        <source>Expected a list of objects.</source>
        <translation>Hier wird eine Liste von Objekten erwartet.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Hier wird ein Objekt erwartet.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day (example: 09:30 or 09:30:00).</source>
        <translation>„{value}“ ist keine Uhrzeit (Beispiel: 09:30 oder 09:30:00).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a list of weekdays (example: MO,TU,FR).</source>
        <translation>„{value}“ ist keine Liste von Wochentagen (Beispiel: MO,TU,FR).</translation>
    </message>
    <message>
        <source>Closes at {closes}, before it opens.</source>
        <translation>Schließt um {closes} – noch vor der Öffnung.</translation>
    </message>
    <message>
        <source>No organisation with the id {id} is in this file or in the directory.</source>
        <translation>Eine Organisation mit der ID {id} gibt es weder in dieser Datei noch im Verzeichnis.</translation>
    </message>
    <message>
        <source>No location with the id {id} is in this file or in the directory.</source>
        <translation>Einen Standort mit der ID {id} gibt es weder in dieser Datei noch im Verzeichnis.</translation>
    </message>
    <message>
        <source>The location {id} would move to this organisation, but offers of &apos;{owner}&apos; in the directory are still at it.</source>
        <translation>Der Standort {id} würde zu dieser Organisation wechseln, aber im Verzeichnis finden dort noch Angebote von „{owner}“ statt.</translation>
    </message>
    <message>
        <source>A service needs its organisation (organization or organization_id).</source>
        <translation>Ein Angebot (service) braucht seine Organisation (organization oder organization_id).</translation>
    </message>
    <message>
        <source>A location alone is imported into its organisation, but it names none (organization_id is missing).</source>
        <translation>Ein einzelner Standort wird in seine Organisation importiert, nennt aber keine (organization_id fehlt).</translation>
    </message>
    <message>
        <source>A service at a location needs its service (the &apos;service&apos; object).</source>
        <translation>Ein Angebot an einem Standort (service_at_location) braucht sein Angebot (das Objekt „service“).</translation>
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
        <source>The end cannot be before the start.</source>
        <translation>Das Ende kann nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The year of birth must lie between {first} and {last}.</source>
        <translation>Das Geburtsjahr muss zwischen {first} und {last} liegen.</translation>
    </message>
    <message>
        <source>Each activity may appear only once.</source>
        <translation>Jede Tätigkeit darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>This is not a referral code. A code has 10 letters and digits (without 0, 1, I, L and O), as printed on the slip.</source>
        <translation>Das ist kein Vermittlungscode. Ein Code hat 10 Buchstaben und Ziffern (ohne 0, 1, I, L und O), so wie auf dem Zettel gedruckt.</translation>
    </message>
    <message>
        <source>The code {code} contains a typing mistake. Please compare it character by character with the slip.</source>
        <translation>Im Code {code} steckt ein Tippfehler. Bitte vergleichen Sie ihn Zeichen für Zeichen mit dem Zettel.</translation>
    </message>
    <message>
        <source>No referral with the code {code} is known at this desk.</source>
        <translation>Eine Vermittlung mit dem Code {code} ist an diesem Empfang nicht bekannt.</translation>
    </message>
    <message>
        <source>This referral is “{status}”; it cannot be marked “{wanted}” any more.</source>
        <translation>Diese Vermittlung ist „{status}“; sie kann nicht mehr als „{wanted}“ markiert werden.</translation>
    </message>
    <message>
        <source>Only the issuing facility can change this.</source>
        <translation>Das kann nur die Einrichtung ändern, die die Vermittlung ausgestellt hat.</translation>
    </message>
    <message>
        <source>This offer is not the partner&apos;s.</source>
        <translation>Dieses Angebot gehört nicht zu diesem Partner.</translation>
    </message>
    <message>
        <source>The appointment is in the past.</source>
        <translation>Der Termin liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>This consent has been given already; it is valid until it is withdrawn.</source>
        <translation>Diese Einwilligung liegt schon vor; sie gilt, bis sie widerrufen wird.</translation>
    </message>
    <message>
        <source>A referral&apos;s consent is recorded with the referral, naming its recipient; please record it there.</source>
        <translation>Die Einwilligung zu einer Vermittlung wird mit der Vermittlung erfasst und nennt ihren Empfänger; bitte erfassen Sie sie dort.</translation>
    </message>
    <message>
        <source>This consent has been withdrawn already.</source>
        <translation>Diese Einwilligung ist schon widerrufen.</translation>
    </message>
    <message>
        <source>The person is younger than {age}: please enter the guardian who consents.</source>
        <translation>Die Person ist jünger als {age}: Bitte tragen Sie die sorgeberechtigte Person ein, die einwilligt.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Unbekannte Sprache.</translation>
    </message>
    <message>
        <source>No numbers here: customer or case numbers never belong on a slip.</source>
        <translation>Bitte keine Nummern: Kunden- oder Fallnummern gehören nie auf einen Zettel.</translation>
    </message>
    <message>
        <source>This text mentions data that never belongs on a slip (benefits, customer numbers, health, nationality, residence status). Describe the interest only.</source>
        <translation>Dieser Text nennt Angaben, die nie auf einen Zettel gehören (Leistungen, Kundennummern, Gesundheit, Staatsangehörigkeit, Aufenthaltsstatus). Beschreiben Sie nur das Anliegen.</translation>
    </message>
    <message>
        <source>The slip shows no surname; please leave it out here.</source>
        <translation>Der Zettel zeigt keinen Nachnamen; bitte lassen Sie ihn hier weg.</translation>
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
        <source>This is not a web address (example: www.example.org).</source>
        <translation>Das ist keine gültige Internetadresse (Beispiel: www.example.org).</translation>
    </message>
    <message>
        <source>This location is not one of the partner&apos;s.</source>
        <translation>Dieser Standort gehört nicht zu den Standorten dieses Partners.</translation>
    </message>
    <message>
        <source>Each name may appear only once.</source>
        <translation>Jeder Name darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Enter the year of birth as a number, for example 1984, or leave it empty.</source>
        <translation>Geben Sie das Geburtsjahr als Zahl ein, zum Beispiel 1984, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>Das Dokument konnte zum Drucken nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The printer did not accept the document. Check that it is switched on and has paper, then print again. Nothing is lost: the document can be printed again at any time.</source>
        <translation>Der Drucker hat das Dokument nicht angenommen. Prüfen Sie, ob er eingeschaltet ist und Papier hat, und drucken Sie dann noch einmal. Es geht nichts verloren: Das Dokument lässt sich jederzeit erneut drucken.</translation>
    </message>
    <message>
        <source>Choose where to refer the person: search the directory above.</source>
        <translation>Wählen Sie, wohin die Person vermittelt wird: Suchen Sie oben im Verzeichnis.</translation>
    </message>
    <message>
        <source>Type hours as 2,5 or 2:30 (in quarter hours: ,25 ,5 ,75 or :15 :30 :45).</source>
        <translation>Stunden als 2,5 oder 2:30 tippen (in Viertelstunden: ,25 ,5 ,75 oder :15 :30 :45).</translation>
    </message>
    <message>
        <source>Hours are counted in quarter hours: use ,25 ,5 ,75 (or :15 :30 :45).</source>
        <translation>Stunden werden in Viertelstunden gezählt: ,25 ,5 ,75 (oder :15 :30 :45) verwenden.</translation>
    </message>
    <message>
        <source>The hours must be more than zero.</source>
        <translation>Die Stunden müssen mehr als null sein.</translation>
    </message>
    <message>
        <source>More than 24 hours cannot be worked in one day.</source>
        <translation>An einem Tag können nicht mehr als 24 Stunden geleistet werden.</translation>
    </message>
    <message>
        <source>That is more hours than one training can take.</source>
        <translation>So viele Stunden kann eine Fortbildung nicht dauern.</translation>
    </message>
    <message>
        <source>Type the amount in euros, for example 12,50.</source>
        <translation>Betrag in Euro tippen, zum Beispiel 12,50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss mehr als null sein.</translation>
    </message>
    <message>
        <source>“{activity}” already has a {other} this year. Both allowances may not be paid for the same activity (§ 3 Nr. 26a EStG).</source>
        <translation>Für „{activity}“ gibt es in diesem Jahr schon eine {other}. Für dieselbe Tätigkeit dürfen nicht beide Pauschalen gezahlt werden (§ 3 Nr. 26a EStG).</translation>
    </message>
    <message>
        <source>{name} already has {hours} h for “{activity}” on this day. Correct that entry, or confirm that this is a second one.</source>
        <translation>{name} hat an diesem Tag schon {hours} Std. für „{activity}“. Korrigieren Sie diesen Eintrag oder bestätigen Sie, dass dies ein zweiter ist.</translation>
    </message>
    <message>
        <source>This entry was corrected or withdrawn meanwhile; it cannot be changed again.</source>
        <translation>Dieser Eintrag wurde inzwischen korrigiert oder zurückgezogen; er kann nicht noch einmal geändert werden.</translation>
    </message>
    <message>
        <source>With this entry {name} would have more than 24 hours on {day}.</source>
        <translation>Mit diesem Eintrag hätte {name} am {day} mehr als 24 Stunden.</translation>
    </message>
    <message>
        <source>The engagement starts on {day}; hours before it cannot be entered.</source>
        <translation>Das Engagement beginnt am {day}; Stunden davor können nicht eingetragen werden.</translation>
    </message>
    <message>
        <source>The engagement ended on {day}; hours after it cannot be entered.</source>
        <translation>Das Engagement endete am {day}; Stunden danach können nicht eingetragen werden.</translation>
    </message>
    <message>
        <source>Say why the entry changes.</source>
        <translation>Geben Sie an, warum sich der Eintrag ändert.</translation>
    </message>
    <message>
        <source>The certificate describes what the person did and learnt; it does not judge. Please leave out “{word}”.</source>
        <translation>Der Nachweis beschreibt, was die Person getan und gelernt hat; er bewertet nicht. Bitte lassen Sie „{word}“ weg.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). Choose another folder or close the file.</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}). Wählen Sie einen anderen Ordner oder schließen Sie die Datei.</translation>
    </message>
    <message>
        <source>This computer offers no safe place for passwords (keyring), so the password for the shared database cannot be kept. Ask the administrator.</source>
        <translation>Dieser Computer bietet keinen sicheren Ort für Passwörter (Schlüsselbund), daher kann das Passwort für die gemeinsame Datenbank nicht aufbewahrt werden. Wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>This desk is not connected to a shared database yet. Enter the server in the settings.</source>
        <translation>Dieser Empfang ist noch nicht mit einer gemeinsamen Datenbank verbunden. Tragen Sie den Server in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The shared database at {host} cannot be reached. This desk works on; its changes are sent as soon as the connection is back.</source>
        <translation>Die gemeinsame Datenbank auf {host} ist nicht erreichbar. Dieser Empfang arbeitet weiter; seine Änderungen werden gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>The shared database refused the password for {role}. Check the password in the settings, or ask the administrator for the right one.</source>
        <translation>Die gemeinsame Datenbank hat das Passwort für {role} abgelehnt. Prüfen Sie das Passwort in den Einstellungen oder fragen Sie die Administration nach dem richtigen.</translation>
    </message>
    <message>
        <source>The shared database&apos;s certificate could not be verified ({detail}). Ask the administrator; do not connect until it is sorted out.</source>
        <translation>Das Zertifikat der gemeinsamen Datenbank ließ sich nicht prüfen ({detail}). Wenden Sie sich an die Administration und verbinden Sie erst, wenn das geklärt ist.</translation>
    </message>
    <message>
        <source>The connection to the shared database broke off during the sync. Nothing is lost; the next sync continues where this one stopped.</source>
        <translation>Die Verbindung zur gemeinsamen Datenbank ist während des Abgleichs abgebrochen. Es geht nichts verloren; der nächste Abgleich macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the shared database&apos;s by {minutes} minutes. Please correct the date and time; until then changes wait here.</source>
        <translation>Die Uhr dieses Computers weicht um {minutes} Minuten von der Uhr der gemeinsamen Datenbank ab. Bitte stellen Sie Datum und Uhrzeit richtig; bis dahin warten die Änderungen hier.</translation>
    </message>
    <message>
        <source>The shared database needs a newer Tresen. Please install the update; until then this desk works on its own and its changes wait.</source>
        <translation>Die gemeinsame Datenbank braucht ein neueres Tresen. Bitte installieren Sie das Update; bis dahin arbeitet dieser Empfang für sich allein und seine Änderungen warten.</translation>
    </message>
    <message>
        <source>The shared database is older than this Tresen. The administrator needs to run “tresen admin init-shared-db” once; until then changes wait here.</source>
        <translation>Die gemeinsame Datenbank ist älter als dieses Tresen. Die Administration muss einmal „tresen admin init-shared-db“ ausführen; bis dahin warten die Änderungen hier.</translation>
    </message>
    <message>
        <source>The account {role} belongs to no facility on the shared database. Ask the administrator to register the facility.</source>
        <translation>Das Konto {role} gehört auf der gemeinsamen Datenbank zu keiner Einrichtung. Bitten Sie die Administration, die Einrichtung zu registrieren.</translation>
    </message>
    <message>
        <source>This desk serves another facility than the account it connects with. Connect it again in the settings.</source>
        <translation>Dieser Empfang gehört zu einer anderen Einrichtung als das Konto, mit dem er sich verbindet. Verbinden Sie ihn in den Einstellungen neu.</translation>
    </message>
    <message>
        <source>The shared database was restored from a backup. The administrator needs to run “tresen admin init-shared-db” once; afterwards this desk catches up by itself, keeping its unsent changes.</source>
        <translation>Die gemeinsame Datenbank wurde aus einer Sicherung wiederhergestellt. Die Administration muss einmal „tresen admin init-shared-db“ ausführen; danach holt dieser Empfang alles von selbst nach und behält seine noch nicht gesendeten Änderungen.</translation>
    </message>
    <message>
        <source>The shared database refused this desk&apos;s changes ({detail}). They are kept here; please tell the administrator.</source>
        <translation>Die gemeinsame Datenbank hat die Änderungen dieses Empfangs abgelehnt ({detail}). Sie bleiben hier erhalten; bitte sagen Sie der Administration Bescheid.</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error, which is written to the log. Nothing entered here is lost; the changes wait for the next sync.</source>
        <translation>Der Abgleich wurde durch einen unerwarteten Fehler gestoppt, der im Protokoll steht. Nichts, was hier eingegeben wurde, geht verloren; die Änderungen warten auf den nächsten Abgleich.</translation>
    </message>
    <message>
        <source>A long-running transaction on the shared database has held back other desks&apos; changes for {minutes} minutes. Nothing is lost; please tell the administrator.</source>
        <translation>Eine lang laufende Transaktion in der gemeinsamen Datenbank hält die Änderungen anderer Arbeitsplätze seit {minutes} Minuten zurück. Es geht nichts verloren; bitte sagen Sie der Administration Bescheid.</translation>
    </message>
    <message>
        <source>“{name}” is kept by another facility of the network; changes to it come from there.</source>
        <translation>„{name}“ wird von einer anderen Einrichtung des Netzwerks gepflegt; Änderungen daran kommen von dort.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Bitte melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Please ask a coordinator or an administrator.</source>
        <translation>Ihre Rolle erlaubt das nicht. Bitte wenden Sie sich an die Koordination oder die Administration.</translation>
    </message>
    <message>
        <source>Entry {seq} was changed after it was written.</source>
        <translation>Eintrag {seq} wurde nachträglich verändert.</translation>
    </message>
    <message>
        <source>An entry before entry {seq} was removed or entries were reordered.</source>
        <translation>Vor Eintrag {seq} wurde ein Eintrag entfernt oder die Reihenfolge verändert.</translation>
    </message>
    <message>
        <source>Entries after entry {seq} were removed: the trail ends before its last entry.</source>
        <translation>Einträge nach Eintrag {seq} wurden entfernt: Das Protokoll endet vor seinem letzten Eintrag.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>User name or password is not correct.</source>
        <translation>Benutzername oder Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Please wait {seconds} seconds and try again.</source>
        <translation>Zu viele falsche Versuche. Bitte warten Sie {seconds} Sekunden und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>At least {min} characters.</source>
        <translation>Mindestens {min} Zeichen.</translation>
    </message>
    <message>
        <source>2 to 40 small letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>2 bis 40 Kleinbuchstaben, Ziffern, Punkte, Binde- oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>This desk already has accounts.</source>
        <translation>Dieser Tresen hat bereits Konten.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Das neue Passwort muss sich vom alten unterscheiden.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Das ist nicht Ihr aktuelles Passwort.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Dieser Benutzername ist schon vergeben.</translation>
    </message>
    <message>
        <source>The desk needs at least one active administrator.</source>
        <translation>Der Tresen braucht mindestens ein aktives Administrationskonto.</translation>
    </message>
    <message>
        <source>A request cannot be answered before it was received.</source>
        <translation>Eine Anfrage kann nicht vor ihrem Eingang beantwortet werden.</translation>
    </message>
    <message>
        <source>Choose between {lowest} and {highest} months for this kind of record.</source>
        <translation>Wählen Sie für diese Art von Einträgen zwischen {lowest} und {highest} Monaten.</translation>
    </message>
    <message>
        <source>The retention rules were changed after this preview. Please look at the new preview before deleting.</source>
        <translation>Die Aufbewahrungsregeln wurden nach dieser Vorschau geändert. Bitte sehen Sie sich vor dem Löschen die neue Vorschau an.</translation>
    </message>
    <message>
        <source>A period can be at most twelve months long. Choose a shorter one.</source>
        <translation>Ein Zeitraum kann höchstens zwölf Monate lang sein. Bitte einen kürzeren wählen.</translation>
    </message>
    <message>
        <source>Enter the shared database as the administrator gave it, for example postgresql://server.example.org/tresen.</source>
        <translation>Bitte die gemeinsame Datenbank so eingeben, wie die Administration sie angegeben hat, zum Beispiel postgresql://server.example.org/tresen.</translation>
    </message>
    <message>
        <source>The account {role} may not read the district&apos;s figures. Sign in with the district&apos;s account, or ask the administrator for one.</source>
        <translation>Das Konto {role} darf die Zahlen des Bezirks nicht lesen. Bitte mit dem Zugang des Bezirks anmelden oder bei der Administration einen erfragen.</translation>
    </message>
    <message>
        <source>The connection to the shared database broke off before the figures were read. Please try again.</source>
        <translation>Die Verbindung zur gemeinsamen Datenbank ist abgebrochen, bevor die Zahlen gelesen waren. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The shared database does not count the district&apos;s figures yet. The administrator needs to run “tresen admin init-shared-db” once.</source>
        <translation>Die gemeinsame Datenbank zählt die Zahlen des Bezirks noch nicht. Die Administration muss einmal „tresen admin init-shared-db“ ausführen.</translation>
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
        <source>Stadtteilzentrum</source>
        <translation>Stadtteilzentrum</translation>
    </message>
    <message>
        <source>Nachbarschaftshaus</source>
        <translation>Nachbarschaftshaus</translation>
    </message>
    <message>
        <source>Mehrgenerationenhaus</source>
        <translation>Mehrgenerationenhaus</translation>
    </message>
    <message>
        <source>Begegnungsstätte</source>
        <translation>Begegnungsstätte</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Counselling service</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>Public office</source>
        <translation>Behörde</translation>
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
    <message>
        <source>viewed</source>
        <translation>angesehen</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>ausgehändigt</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>angekommen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not taken up</source>
        <translation>nicht wahrgenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>unterschriebene Erklärung</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>mündlich</translation>
    </message>
    <message>
        <source>German only</source>
        <translation>Nur Deutsch</translation>
    </message>
    <message>
        <source>German and English</source>
        <translation>Deutsch und Englisch</translation>
    </message>
    <message>
        <source>German and Turkish (Türkçe)</source>
        <translation>Deutsch und Türkisch (Türkçe)</translation>
    </message>
    <message>
        <source>German and Arabic (العربية)</source>
        <translation>Deutsch und Arabisch (العربية)</translation>
    </message>
    <message>
        <source>{hours} h to go in the last twelve months</source>
        <translation>noch {hours} Std. in den letzten zwölf Monaten</translation>
    </message>
    <message>
        <source>engaged for {months} more month(s)</source>
        <translation>noch {months} Monat(e) Engagement</translation>
    </message>
    <message>
        <source>the engagement has ended</source>
        <translation>das Engagement ist beendet</translation>
    </message>
    <message>
        <source>the start of the engagement is not recorded</source>
        <translation>der Beginn des Engagements ist nicht erfasst</translation>
    </message>
    <message>
        <source>the date or year of birth is not recorded</source>
        <translation>Geburtsdatum oder -jahr ist nicht erfasst</translation>
    </message>
    <message>
        <source>from the age of {age}</source>
        <translation>ab {age} Jahren</translation>
    </message>
    <message>
        <source>hours in {months} more month(s) of the year (regular engagement)</source>
        <translation>Stunden in {months} weiteren Monat(en) des Jahres (regelmäßiges Engagement)</translation>
    </message>
    <message>
        <source>Trainer allowance (Übungsleiterpauschale, § 3 Nr. 26 EStG)</source>
        <translation>Übungsleiterpauschale (§ 3 Nr. 26 EStG)</translation>
    </message>
    <message>
        <source>Volunteer allowance (Ehrenamtspauschale, § 3 Nr. 26a EStG)</source>
        <translation>Ehrenamtspauschale (§ 3 Nr. 26a EStG)</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Keeping registration data</source>
        <translation>Speichern der Registrierungsdaten</translation>
    </message>
    <message>
        <source>Contact by phone or e-mail</source>
        <translation>Kontakt per Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Optional demographic details</source>
        <translation>Freiwillige statistische Angaben</translation>
    </message>
    <message>
        <source>Referral passing data on</source>
        <translation>Weitergabe von Daten bei einer Vermittlung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>The withdrawal is recorded with date and time. What was done with the data before it stays lawful.</source>
        <translation>Der Widerruf wird mit Datum und Uhrzeit festgehalten. Was bis dahin mit den Daten geschah, bleibt rechtmäßig.</translation>
    </message>
    <message>
        <source>Visits that become anonymous counts with age band and gender: {count}</source>
        <translation>Besuche, die zu anonymen Zählungen mit Altersgruppe und Geschlecht werden: {count}</translation>
    </message>
    <message>
        <source>The registration is deleted: name, year of birth, age band, gender, language, postcode, phone, e-mail and notes. The visitor number is no longer valid.</source>
        <translation>Die Registrierung wird gelöscht: Name, Geburtsjahr, Altersgruppe, Geschlecht, Sprache, Postleitzahl, Telefon, E-Mail und Notizen. Die Besuchsnummer gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Referrals that no longer name the person at this desk: {count}</source>
        <translation>Vermittlungen, die die Person an diesem Tresen nicht mehr nennen: {count}</translation>
    </message>
    <message>
        <source>The consent records stay as proof of what was agreed, and when.</source>
        <translation>Die Einwilligungen bleiben als Nachweis, was wann vereinbart war.</translation>
    </message>
    <message>
        <source>The registration has been deleted already.</source>
        <translation>Die Registrierung ist bereits gelöscht.</translation>
    </message>
    <message>
        <source>The phone number and the e-mail address are deleted.</source>
        <translation>Telefonnummer und E-Mail-Adresse werden gelöscht.</translation>
    </message>
    <message>
        <source>No phone number or e-mail address is stored.</source>
        <translation>Es ist keine Telefonnummer und keine E-Mail-Adresse gespeichert.</translation>
    </message>
    <message>
        <source>Tresen stores no photos, so it deletes nothing. Remove the person&apos;s photos from the facility&apos;s publications and files: website, social media, flyers, photo folders.</source>
        <translation>Tresen speichert keine Fotos und löscht daher nichts. Entfernen Sie die Fotos der Person aus den Veröffentlichungen und Ablagen der Einrichtung: Website, soziale Medien, Flyer, Fotoordner.</translation>
    </message>
    <message>
        <source>Year of birth, age band, gender, preferred language and postcode are deleted; the person&apos;s visits are counted without them.</source>
        <translation>Geburtsjahr, Altersgruppe, Geschlecht, bevorzugte Sprache und Postleitzahl werden gelöscht; die Besuche der Person werden ohne sie gezählt.</translation>
    </message>
    <message>
        <source>No year of birth, age band, gender, language or postcode is stored.</source>
        <translation>Es sind kein Geburtsjahr, keine Altersgruppe, kein Geschlecht, keine Sprache und keine Postleitzahl gespeichert.</translation>
    </message>
    <message>
        <source>The receiving facility no longer sees this referral electronically; it disappears there with the next synchronisation. The slip the person holds stays as it is.</source>
        <translation>Die aufnehmende Einrichtung sieht diese Vermittlung nicht mehr elektronisch; sie verschwindet dort mit der nächsten Synchronisation. Der Schein, den die Person hat, bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>The referral is not shared with another facility; nothing else changes.</source>
        <translation>Die Vermittlung wird mit keiner anderen Einrichtung geteilt; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>The deletion reaches the shared database with the next synchronisation.</source>
        <translation>Die Löschung erreicht die gemeinsame Datenbank mit der nächsten Synchronisation.</translation>
    </message>
    <message>
        <source>Person-linked visits</source>
        <translation>Personenbezogene Besuche</translation>
    </message>
    <message>
        <source>Visitors without activity</source>
        <translation>Besucher:innen ohne Aktivität</translation>
    </message>
    <message>
        <source>Details of closed referrals</source>
        <translation>Einzelheiten abgeschlossener Vermittlungen</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Allowance payments</source>
        <translation>Pauschalen-Zahlungen</translation>
    </message>
    <message>
        <source>Former volunteers</source>
        <translation>Ehemalige Freiwillige</translation>
    </message>
    <message>
        <source>They become anonymous counts with the offer, the time, the age band and the gender; the visits themselves are deleted.</source>
        <translation>Sie werden zu anonymen Zählungen mit Angebot, Zeit, Altersgruppe und Geschlecht; die Besuche selbst werden gelöscht.</translation>
    </message>
    <message>
        <source>Their registrations are deleted; their visits become anonymous counts with age band and gender, and their referrals no longer name them.</source>
        <translation>Ihre Registrierungen werden gelöscht; ihre Besuche werden zu anonymen Zählungen mit Altersgruppe und Geschlecht, und ihre Vermittlungen nennen sie nicht mehr.</translation>
    </message>
    <message>
        <source>Purpose, appointment, how the slip named the person and the link to the person are deleted; code, dates, status and target stay as a log line for the statistics.</source>
        <translation>Zweck, Termin, die Nennung der Person auf dem Schein und der Bezug zur Person werden gelöscht; Code, Daten, Stand und Ziel bleiben als Protokollzeile für die Statistik.</translation>
    </message>
    <message>
        <source>The consent records are deleted, with the guardian&apos;s name and who took the consent.</source>
        <translation>Die Einwilligungen werden gelöscht, mit dem Namen der sorgeberechtigten Person und wer die Einwilligung aufgenommen hat.</translation>
    </message>
    <message>
        <source>The payments are deleted with their notes.</source>
        <translation>Die Zahlungen werden mit ihren Vermerken gelöscht.</translation>
    </message>
    <message>
        <source>Their records are deleted with contact details, birth date, notes and trainings; names stay only as long as allowance receipts of theirs must be kept. Their hours stay, naming no one, for the statistics.</source>
        <translation>Ihre Einträge werden mit Kontaktdaten, Geburtsdatum, Notizen und Fortbildungen gelöscht; Namen bleiben nur, solange Belege über ihre Pauschalen aufzubewahren sind. Ihre Stunden bleiben für die Statistik, ohne jemanden zu nennen.</translation>
    </message>
    <message>
        <source>Visits stay linked to the person until {months} months after the end of their year, so that the year can be reported in the year after it: visits before {cutoff}.</source>
        <translation>Besuche bleiben bis {months} Monate nach Ende ihres Jahres mit der Person verknüpft, damit das Jahr im Folgejahr berichtet werden kann: Besuche vor dem {cutoff}.</translation>
    </message>
    <message>
        <source>Registered visitors with no visit, change, consent or referral for {months} months: none since {cutoff}. Visitors who are volunteers or have an open request about their data are kept.</source>
        <translation>Registrierte Besucher:innen ohne Besuch, Änderung, Einwilligung oder Vermittlung seit {months} Monaten: keine seit dem {cutoff}. Wer freiwillig mitarbeitet oder eine offene Anfrage zu den eigenen Daten hat, bleibt.</translation>
    </message>
    <message>
        <source>A referral&apos;s details are kept for {months} months after it was closed, for questions about it: referrals closed before {cutoff}.</source>
        <translation>Die Einzelheiten einer Vermittlung bleiben {months} Monate nach ihrem Abschluss für Rückfragen: Vermittlungen, die vor dem {cutoff} abgeschlossen wurden.</translation>
    </message>
    <message>
        <source>A consent is proof of what was agreed for as long as the processing lasts and {months} months after it ended or the consent was withdrawn: ended before {cutoff}.</source>
        <translation>Eine Einwilligung ist Nachweis des Vereinbarten, solange die Verarbeitung dauert, und {months} Monate nach ihrem Ende oder dem Widerruf: beendet vor dem {cutoff}.</translation>
    </message>
    <message>
        <source>Receipts are kept for {months} months from the end of the year of payment (§ 147 AO: 8 years): payments before {cutoff}.</source>
        <translation>Belege werden {months} Monate ab Ende des Zahlungsjahres aufbewahrt (§ 147 AO: 8 Jahre): Zahlungen vor dem {cutoff}.</translation>
    </message>
    <message>
        <source>Volunteers&apos; records are kept for {months} months after the engagement ended, for certificates and questions: engagements that ended before {cutoff}, and records deleted earlier that still hold personal data.</source>
        <translation>Einträge von Freiwilligen bleiben {months} Monate nach Ende des Engagements für Nachweise und Rückfragen: Engagements, die vor dem {cutoff} endeten, und früher gelöschte Einträge, die noch personenbezogene Daten enthalten.</translation>
    </message>
    <message>
        <source>The audit trail is not deleted by a run: each entry is chained to the one before it, so that removing entries would break the proof that nothing was altered. Its entries name records by number only and copy no personal data.</source>
        <translation>Das Zugriffsprotokoll wird bei einem Löschlauf nicht gelöscht: Jeder Eintrag ist mit dem vorigen verkettet, sodass das Entfernen von Einträgen den Nachweis zerstören würde, dass nichts verändert wurde. Seine Einträge nennen Datensätze nur mit Nummer und enthalten keine personenbezogenen Daten.</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>Visits: every check-in of a registered visitor to an offer is one visit; head counts are shown apart.</source>
        <translation>Besuche: Jeder Check-in einer registrierten Person bei einem Angebot ist ein Besuch; anonym gezählte Personen stehen gesondert.</translation>
    </message>
    <message>
        <source>Visits: every check-in of a registered visitor to an offer and every person in a head count is one visit.</source>
        <translation>Besuche: Jeder Check-in einer registrierten Person bei einem Angebot und jede anonym gezählte Person ist ein Besuch.</translation>
    </message>
    <message>
        <source>Visitors: every registered person once, however often they came. Head counts are people without a name and are not visitors.</source>
        <translation>Besucher:innen: Jede registrierte Person zählt einmal, wie oft sie auch kam. Anonym gezählte Personen haben keinen Namen und zählen nicht als Besucher:innen.</translation>
    </message>
    <message>
        <source>New: their first visit to this facility falls in the period.</source>
        <translation>Neu: Der erste Besuch in dieser Einrichtung liegt im Zeitraum.</translation>
    </message>
    <message>
        <source>New: registered in the period.</source>
        <translation>Neu: Im Zeitraum registriert.</translation>
    </message>
    <message>
        <source>Children and youth (0–26)</source>
        <translation>Kinder und Jugendliche (0–26)</translation>
    </message>
    <message>
        <source>Adults up to 50</source>
        <translation>Erwachsene bis 50</translation>
    </message>
    <message>
        <source>51 to 64</source>
        <translation>51 bis 64</translation>
    </message>
    <message>
        <source>65 and older</source>
        <translation>65 und älter</translation>
    </message>
</context>
</TS>
