<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>MainWindow</name>
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
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected field of action</source>
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
        <source>Visit history of the selected visitor</source>
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
        <source>This field is required.</source>
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
        <source>Unknown language.</source>
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
        <source>Each name may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the year of birth as a number, for example 1984, or leave it empty.</source>
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
</context>
</TS>
