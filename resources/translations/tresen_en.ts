<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Your new password is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is saved: it unlocks the desk from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is removed: the desk unlocks with your password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a PIN of 4 to 8 digits you unlock the locked desk faster. Signing in still takes the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is reset; at the next sign-in %1 chooses a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account and a reset password are valid once: at the first sign-in, Tresen asks for a password of the person&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllowancesPanel</name>
    <message>
        <source>{kind}: {paid} of {limit} ({share} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {share} % of the {kind} for {year} is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} for {year} has reached its tax-free limit of {limit}: anything beyond it is taxable income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together the allowances come to {combined}, near or past the {limit} a year that Bürgergeld leaves untouched. Remind {name} to report every payment to the Jobcenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances of the year against their limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives &amp;Bürgergeld (recorded with the volunteer&apos;s consent; stays on this desk, never passed on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen payment (recorded by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Engagement certificate for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement certificate – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An engagement certificate in the spirit of the Berliner FreiwilligenPass: it describes what the person did and learnt, and thanks them. It never evaluates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: reading mentor in the children&apos;s library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Competences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competences, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person did and learnt, one per line; describe, do not judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, for example: Maria Beispiel, Koordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English beside German</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <source>{title} – today {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor found. Ctrl+N registers a new visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in needs an offer. Create the facility&apos;s offers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} checked in to {offer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in of {name} to {offer} undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visitor first: type a name, then Ctrl+R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} registered with visitor number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer visitors are checked in to (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active offers yet. Create the facility&apos;s offers first (on the Offers screen); then visitors can be checked in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or visitor number; arrow keys choose a match, Enter checks in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the chosen visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chosen visitor in to the chosen offer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visitor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new visitor (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the chosen visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the chosen visitor to another facility, an offer or the Jobcenter (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last check-in made here (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to review.</source>
        <translation>
            <numerusform>%n conflict to review.</numerusform>
            <numerusform>%n conflicts to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two desks changed the same field while they could not reach each other. Every desk now shows the value kept here; check it, and if the other value is the right one, use that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value every desk shows stays; the conflict is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other value replaces the kept one, on every desk with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents of %1 (visitor number %2). Each purpose is consented on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the consent is withdrawn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person withdraws this consent; what follows from it is shown before anything is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the printed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the consent &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;uardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian who consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is now connected to the shared database as {name}. Its records are being sent; the status bar shows when the sync is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryExchange</name>
    <message>
        <source>As an HSDS &amp;JSON file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an HSDS data package (&amp;CSV tables)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partners (Open Referral HSDS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSDS files (*.json *.zip *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New partners: %n</source>
        <translation>
            <numerusform>New partners: %n</numerusform>
            <numerusform>New partners: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners updated: %n</source>
        <translation>
            <numerusform>Partners updated: %n</numerusform>
            <numerusform>Partners updated: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locations: %n, offers: {offers}</source>
        <translation>
            <numerusform>Locations: %n, offers: {offers}</numerusform>
            <numerusform>Locations: %n, offers: {offers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the directory as HSDS JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the HSDS data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Partner – offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” from the directory, with all its locations and offers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made already keep what their slips showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries; type more to narrow the search</source>
        <translation>
            <numerusform>The first %n entry; type more to narrow the search</numerusform>
            <numerusform>The first %n entries; type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or choose “all” in the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is empty. Add partners with “New partner” or import an Open Referral (HSDS) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during the opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, offer, field of action or any word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field of action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;rget group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries that are open or take place today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner to the directory (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected partner (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected partner, after a confirmation (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partners from an Open Referral (HSDS 3.0) file: JSON, a data package or a ZIP of CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the directory as Open Referral (HSDS 3.0) JSON or as a data package of CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{period}: the figures of %n facilities.</source>
        <translation>
            <numerusform>{period}: the figures of %n facility.</numerusform>
            <numerusform>{period}: the figures of %n facilities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the district&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors in counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head counts in counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to others in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals from others in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every facility&apos;s figures from the shared database, read with the district&apos;s account. The database counts them and gives out no person: counts of 1 or 2 people show as “&lt; 3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://server.example.org/tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database as the administrator gave it; add ?sslmode=… only if told to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this connection only; Tresen does not keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every facility&apos;s figures side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by field of action and facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by age group and gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers suited to the Jobcenter cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals between the facilities and to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables as a workbook, one sheet each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>No printer is set up on this computer. Save the document as a PDF file to print it elsewhere, or ask your administrator to set up a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Sent to the printer (%n page).</numerusform>
            <numerusform>Sent to the printer (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print through the system&apos;s print dialog (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen ran into an unexpected problem. Everything saved before this moment is safe; the last action may not have been completed. Please check it and try again. Details for support are in the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursChangeDialog</name>
    <message>
        <source>Correct hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the {old} h on {day} for “{activity}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw &lt;b&gt;{old} h&lt;/b&gt; on {day} for “{activity}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry stays in the trail, with your reason, your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2,5 or 2:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: entered on the wrong day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursGridModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursSheet</name>
    <message>
        <source>Add the volunteer&apos;s activities in the profile first (Edit…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in “Entered by” first: your name or initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours were ever entered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) copied from last week.</source>
        <translation>
            <numerusform>%n entry copied from last week.</numerusform>
            <numerusform>%n entries copied from last week.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who enters the hours; kept with every entry and correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter last week&apos;s hours again in the week of the chosen day (only where that week has nothing yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show t&amp;rail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the chosen cell&apos;s hours: who entered, corrected or withdrew them, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hours like 2,5 or 2:30 and press Enter; Delete withdraws an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hours (2,5 or 2:30) and press Enter; arrows move; Delete withdraws an entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTrailDialog</name>
    <message>
        <source>{activity} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail of an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the chosen entry, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: user names admin, koordination or empfang; password tresen-demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Please choose a password of your own now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen {version}

The front desk of the neighbourhood facilities of Berlin-Mitte.

Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} – demo data, not real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this desk&apos;s changes to the shared database and fetch the others&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields two desks changed at the same time: keep a value or use the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District &amp;figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every facility&apos;s figures side by side, read with the district&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;lunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s requests and their deadlines, the audit trail, the register of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password, or set a PIN for unlocking the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff acc&amp;ounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff accounts, change their roles, reset a forgotten password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the screen until you or a colleague signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tresen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every target group the offer is meant for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every language the offer is held in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular times. Add a time slot for each weekday the offer takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add time &amp;slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is a counselling service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suited to the &amp;Jobcenter cooperation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the selected offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offers of the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet. Create the first one with “New offer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new offer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected offer (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location cannot be removed while offers take place there: {offers}. Choose another location for them on the Offers tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of the contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail of the contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations of the &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locations. Add one with “Add location”, so that people know where to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. main office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening ho&amp;urs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opening hours yet. Add a time slot for each weekday the location is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;time slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;e on the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessi&amp;bility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken at the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every language the location&apos;s staff speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers of this &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet. Add what the partner offers with “Add offer”: counselling, courses, meeting places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;cation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of act&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every target group the offer is meant for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every language the offer is held in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular times. Add a time slot for each weekday the offer takes place, or leave it empty if the location&apos;s opening hours apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add time &amp;slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of the contact person of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail of the contact person of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&amp;b address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address of the offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV for any spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: answer %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n record(s) deleted or anonymised.</source>
        <translation>
            <numerusform>Done: %n record deleted or anonymised.</numerusform>
            <numerusform>Done: %n records deleted or anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are due. Nothing is deleted yet.</source>
        <translation>
            <numerusform>%n record is due. Nothing is deleted yet.</numerusform>
            <numerusform>%n records are due. Nothing is deleted yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be deleted or anonymised as the preview shows. This cannot be undone.</source>
        <translation>
            <numerusform>%n record will be deleted or anonymised as the preview shows. This cannot be undone.</numerusform>
            <numerusform>%n records will be deleted or anonymised as the preview shows. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(volunteer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found. If the person has no record here, answer that no data is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person who asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is intact: no entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for access, correction or erasure must be answered within one month. Open requests come first, the nearest deadline at the top; overdue ones are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ans&amp;wered requests too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as a&amp;nswered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person asking what is held about them gets one report with all their data, its purposes, recipients, retention, source and their rights, as PDF and as JSON. Find the person by name or visitor number; someone with no record gets the answer that no data is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or visitor &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: no data &amp;held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and &amp;deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each kind of record is kept. A deletion run first shows what is due, how many and why; it deletes only after you confirm. Anonymised visits stay in the statistics as counts with age band and gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the r&amp;ule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete n&amp;ow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of processing activities (Art. 30 GDPR) as Tresen&apos;s modules declare them: purposes, legal bases, data, recipients, retention and safeguards. Processing outside Tresen is recorded separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>As on the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials ({initials})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;name ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the slip shows: initials or first name, purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that the receiving facility can confirm the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer &amp;to *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory: name, offer, field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and offers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person is interested in (no numbers, no health data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip names the person by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with the receiving facility in Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving facility then sees this referral in Tresen, as the slip shows it. Only with the person&apos;s consent; the consent is recorded with the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ecipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of passing on the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Referral {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) still open after more than {days} days: please follow up (marked “Due”, listed first).</source>
        <translation>
            <numerusform>%n referral still open after more than {days} days: please follow up (marked “Due”, listed first).</numerusform>
            <numerusform>%n referrals still open after more than {days} days: please follow up (marked “Due”, listed first).</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not yet arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the code from the slip, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral as the slip shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person came with the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark co&amp;mpleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals issued by this facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which referrals to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: code, person, target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet. Refer a visitor from the check-in screen (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the slip again to print or save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status of the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday, time slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time, time slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time, time slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove time slot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the facility *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on referral slips, for questions from the receiving facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last na&amp;me is required when registering visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields of action (Handlungsfelder) your offers are sorted into, in the order they are listed. Double-click a name or press F2 to rename it. Removed fields stay with the offers and statistics that use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an i&amp;mage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;up open referrals after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared data&amp;base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits in the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the statistics count as visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew visitors in the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the statistics count a visitor as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected field of action up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected field of action down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;ield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals and printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo for the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo printed on the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print without a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper for &amp;slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper for referral slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after which open referrals come up for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the sample documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filled sample of every document Tresen prints, to check the letterhead and the printer&apos;s margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks of the facility network share their records through one database server. The administrator tells you the server and your facility&apos;s account with its password. The password is kept in this computer&apos;s password store (keyring), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server of the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your facility&apos;s account on the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption of the connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File of the certificate authority that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a f&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account and connect this desk to the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync e&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between two syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins and head counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins only (head counts apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first visit in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate and the server&apos;s name (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in this computer&apos;s password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is connected to {database} on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server of the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your facility&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The first sync starts now; its outcome shows in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used as a logo. Choose a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tresen. Which facility does this desk serve? You can change these details later in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the facility *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>&amp;Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator account. Everyone who works at this desk signs in with an account of their own; the administrator creates the others in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in. Enter the password or PIN to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another person signs in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipPresenter</name>
    <message>
        <source>Referral slip {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Chart of visits and head counts by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of people by field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of visits by age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of volunteer hours by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was counted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone, a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}, compared with {earlier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} – counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of one or two people are shown as “{small}”, so that no one can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which people in head counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in head counts (apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors in counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers with hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits (check-ins and head counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits (check-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier: {count} ({change})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People counted in head counts, not among the visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the visits, people counted in head counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered people, each counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors in the same period a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in the same period a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st quarter (January–March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd quarter (April–June)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd quarter (July–September)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th quarter (October–December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of the period with charts, for funders and the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table of the period as a sheet of an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures with the same period a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and head counts by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers and fields of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age, gender, new and returning visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by age group (Mehrgenerationenhaus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age group (Mehrgenerationenhaus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and visitors by age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and returning visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and visitors by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and visitors by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals issued by field of action, target and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals received by field of action, target and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and hours by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and hours by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Two desks changed the same fields: review which value stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk works on its own. To share its records, connect it to the shared database in the settings (click here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… · {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · {waiting} · {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced · {waiting} · {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet · {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>There is no active offer yet. Create an offer to count for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>People counted today: %n</source>
        <translation>
            <numerusform>People counted today: %n</numerusform>
            <numerusform>People counted today: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age band: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band {band} for the next count (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gender} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: {gender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender {gender} for the next count (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one person ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last count ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: {age_keys} choose the age band and {gender_keys} the gender (the same key again clears it, so does {clear_key}); {count_keys} count one person; {undo_key} takes back the last count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to count for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Remove visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the visit of {name} ({number}) to “{offer}” at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will no longer count in today&apos;s list or in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visits today: %n</source>
        <translation>
            <numerusform>Visits today: %n</numerusform>
            <numerusform>Visits today: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the offer of the chosen visit ({key} to choose the offer, {apply} to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen visit, after a confirmation ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: arrows choose a visit; {change} chooses another offer for it, {apply} applies it; {remove} removes the visit (after asking); {refresh} loads the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load today&apos;s visits again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;offer to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer for the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the offer of the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 1984; leave empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred la&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record health, disability, religion, ethnicity, sexual orientation or similar sensitive data here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorMatchesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorsModel</name>
    <message>
        <source>{last}, {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth (age band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorsView</name>
    <message>
        <source>Visit hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit hi&amp;story of {name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visitor to see their visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitors</source>
        <translation>
            <numerusform>%n visitor</numerusform>
            <numerusform>%n visitors</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the chosen visitor ({key} or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: {filter} filters by name or number; arrows choose a visitor; Enter or {edit} edits them; {refresh} loads the list again. Click a column title to sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter visitors by name or visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents of the selected visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected visitor agreed to, each purpose on its own; give, withdraw, print the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the selected visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the selected visitor to another facility, an offer or the Jobcenter (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit history of the selected visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referra&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals of the selected visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click shows the slip again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>No offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer that no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked visitor record no longer exists; the link is removed on saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({number}), born {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as &amp;visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link to the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the same person among the visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name or the visitor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record health, disability, religion, ethnicity, sexual orientation or similar sensitive data here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;ded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the volunteer agreement was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the date on which the police clearance certificate (Führungszeugnis) was seen is recorded, as needed for work with children; never the certificate&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police clearance certificate seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police c&amp;learance certificate seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the police clearance certificate was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreiwilligenPass school variant, for pupils engaged through their school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreiwilligenPass: sc&amp;hool variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For pupils engaged through their school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ctivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities yet. Add what the volunteer does with “Add activity”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reading to children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the activity belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the facility&apos;s offer in which the volunteer helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainin&amp;gs attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings the volunteer attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainings recorded. Add one with “Add training”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. first aid for children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In quarter hours, for example 2,5 or 2:30. Leave empty if not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDocuments</name>
    <message>
        <source>Time sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours of {name} in a period, for funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time sheet – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All volunteers&apos; hours of a year, month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual overview {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours by person, activity and day, for a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers&apos; hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersView</name>
    <message>
        <source>{done} of {needed} h in the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the pace of the last months, the earliest date: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter volunteers by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show en&amp;ded engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteers yet. Add the first one with “New volunteer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every engagement has ended. Tick “Show ended engagements” to see these volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a volunteer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen volunteer&apos;s profile (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate, time sheet, annual overview and export of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the volunteer stands for recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An engagement certificate for a period, in the spirit of the Berliner FreiwilligenPass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen volunteer&apos;s hours of a period, for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual &amp;overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All volunteers&apos; hours of a year, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours by person, activity and day as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer&apos;s hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bürgergeld note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police certificate seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another entry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Referral slip (A5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral slip (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time sheet of volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual overview of volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report (Art. 15 GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual statistics report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Close the other Tresen window (or the program holding the file) and start Tresen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read: it is damaged or not a Tresen database. Nothing was changed. Restore the most recent backup (the files named *.backup-* next to it) or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Tresen (schema {revision}). Nothing was changed. Install the current version of Tresen to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be opened for writing ({reason}). Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing left to undo for this offer today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown age band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already checked in to “{offer}” today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only today&apos;s check-ins can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer “{offer}” is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be imported, nothing was changed. Problems found: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable CSV table: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HSDS organisations or services were found here. Tresen imports HSDS 3.0 JSON (organisations, services or services at locations, alone, in a list or in a page with &apos;contents&apos;) and HSDS tabular data packages (a datapackage.json, a folder or a ZIP file of CSV tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This object is neither an organisation, a service nor a service at a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} appears again (first at {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text, found a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text, found an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day (example: 09:30 or 09:30:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a list of weekdays (example: MO,TU,FR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes at {closes}, before it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation with the id {id} is in this file or in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location with the id {id} is in this file or in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location {id} would move to this organisation, but offers of &apos;{owner}&apos; in the directory are still at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service needs its organisation (organization or organization_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location alone is imported into its organisation, but it names none (organization_id is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service at a location needs its service (the &apos;service&apos; object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains characters that cannot be shown or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) / - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth cannot be before {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth must lie between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each activity may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a referral code. A code has 10 letters and digits (without 0, 1, I, L and O), as printed on the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} contains a typing mistake. Please compare it character by character with the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral with the code {code} is known at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is “{status}”; it cannot be marked “{wanted}” any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the issuing facility can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is not the partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent has been given already; it is valid until it is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral&apos;s consent is recorded with the referral, naming its recipient; please record it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent has been withdrawn already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is younger than {age}: please enter the guardian who consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers here: customer or case numbers never belong on a slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text mentions data that never belongs on a slip (benefits, customer numbers, health, nationality, residence status). Describe the interest only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip shows no surname; please leave it out here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time slot must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address (example: www.example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location is not one of the partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each name may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the year of birth as a number, for example 1984, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not accept the document. Check that it is switched on and has paper, then print again. Nothing is lost: the document can be printed again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to refer the person: search the directory above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hours as 2,5 or 2:30 (in quarter hours: ,25 ,5 ,75 or :15 :30 :45).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are counted in quarter hours: use ,25 ,5 ,75 (or :15 :30 :45).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours cannot be worked in one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more hours than one training can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in euros, for example 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{activity}” already has a {other} this year. Both allowances may not be paid for the same activity (§ 3 Nr. 26a EStG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has {hours} h for “{activity}” on this day. Correct that entry, or confirm that this is a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was corrected or withdrawn meanwhile; it cannot be changed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this entry {name} would have more than 24 hours on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement starts on {day}; hours before it cannot be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement ended on {day}; hours after it cannot be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the entry changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate describes what the person did and learnt; it does not judge. Please leave out “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). Choose another folder or close the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer offers no safe place for passwords (keyring), so the password for the shared database cannot be kept. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not connected to a shared database yet. Enter the server in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database at {host} cannot be reached. This desk works on; its changes are sent as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database refused the password for {role}. Check the password in the settings, or ask the administrator for the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database&apos;s certificate could not be verified ({detail}). Ask the administrator; do not connect until it is sorted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared database broke off during the sync. Nothing is lost; the next sync continues where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the shared database&apos;s by {minutes} minutes. Please correct the date and time; until then changes wait here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database needs a newer Tresen. Please install the update; until then this desk works on its own and its changes wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database is older than this Tresen. The administrator needs to run “tresen admin init-shared-db” once; until then changes wait here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {role} belongs to no facility on the shared database. Ask the administrator to register the facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk serves another facility than the account it connects with. Connect it again in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database was restored from a backup. The administrator needs to run “tresen admin init-shared-db” once; afterwards this desk catches up by itself, keeping its unsent changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database refused this desk&apos;s changes ({detail}). They are kept here; please tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error, which is written to the log. Nothing entered here is lost; the changes wait for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long-running transaction on the shared database has held back other desks&apos; changes for {minutes} minutes. Nothing is lost; please tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is kept by another facility of the network; changes to it come from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this. Please ask a coordinator or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq} was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry before entry {seq} was removed or entries were reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries after entry {seq} were removed: the trail ends before its last entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. Please wait {seconds} seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 40 small letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk already has accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk needs at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot be answered before it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between {lowest} and {highest} months for this kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rules were changed after this preview. Please look at the new preview before deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period can be at most twelve months long. Choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shared database as the administrator gave it, for example postgresql://server.example.org/tresen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {role} may not read the district&apos;s figures. Sign in with the district&apos;s account, or ask the administrator for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared database broke off before the figures were read. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database does not count the district&apos;s figures yet. The administrator needs to run “tresen admin init-shared-db” once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>Neighbourhood centre (Stadtteilzentrum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood house (Nachbarschaftshaus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-generation house (Mehrgenerationenhaus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting place (Begegnungsstätte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadtteilzentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachbarschaftshaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mehrgenerationenhaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begegnungsstätte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian (Farsi/Dari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbian/Croatian/Bosnian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German and Turkish (Türkçe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German and Arabic (العربية)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h to go in the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engaged for {months} more month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the engagement is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date or year of birth is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the age of {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours in {months} more month(s) of the year (regular engagement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer allowance (Übungsleiterpauschale, § 3 Nr. 26 EStG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer allowance (Ehrenamtspauschale, § 3 Nr. 26a EStG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping registration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact by phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional demographic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral passing data on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal is recorded with date and time. What was done with the data before it stays lawful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits that become anonymous counts with age band and gender: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is deleted: name, year of birth, age band, gender, language, postcode, phone, e-mail and notes. The visitor number is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals that no longer name the person at this desk: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent records stay as proof of what was agreed, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration has been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number and the e-mail address are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number or e-mail address is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen stores no photos, so it deletes nothing. Remove the person&apos;s photos from the facility&apos;s publications and files: website, social media, flyers, photo folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth, age band, gender, preferred language and postcode are deleted; the person&apos;s visits are counted without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year of birth, age band, gender, language or postcode is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving facility no longer sees this referral electronically; it disappears there with the next synchronisation. The slip the person holds stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is not shared with another facility; nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion reaches the shared database with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-linked visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of closed referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They become anonymous counts with the offer, the time, the age band and the gender; the visits themselves are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their registrations are deleted; their visits become anonymous counts with age band and gender, and their referrals no longer name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose, appointment, how the slip named the person and the link to the person are deleted; code, dates, status and target stay as a log line for the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent records are deleted, with the guardian&apos;s name and who took the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments are deleted with their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their records are deleted with contact details, birth date, notes and trainings; names stay only as long as allowance receipts of theirs must be kept. Their hours stay, naming no one, for the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits stay linked to the person until {months} months after the end of their year, so that the year can be reported in the year after it: visits before {cutoff}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered visitors with no visit, change, consent or referral for {months} months: none since {cutoff}. Visitors who are volunteers or have an open request about their data are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral&apos;s details are kept for {months} months after it was closed, for questions about it: referrals closed before {cutoff}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent is proof of what was agreed for as long as the processing lasts and {months} months after it ended or the consent was withdrawn: ended before {cutoff}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts are kept for {months} months from the end of the year of payment (§ 147 AO: 8 years): payments before {cutoff}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers&apos; records are kept for {months} months after the engagement ended, for certificates and questions: engagements that ended before {cutoff}, and records deleted earlier that still hold personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is not deleted by a run: each entry is chained to the one before it, so that removing entries would break the proof that nothing was altered. Its entries name records by number only and copy no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>Visits: every check-in of a registered visitor to an offer is one visit; head counts are shown apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: every check-in of a registered visitor to an offer and every person in a head count is one visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors: every registered person once, however often they came. Head counts are people without a name and are not visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: their first visit to this facility falls in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: registered in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and youth (0–26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults up to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>51 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 and older</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
