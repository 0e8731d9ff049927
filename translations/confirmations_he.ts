<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Confirmations</name>
    <message>
        <source>Not coming</source>
        <translation>לא מגיעים</translation>
    </message>
    <message>
        <source>Record that {names} will not come?</source>
        <translation>לרשום ביטול הגעה של {names}?</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>רישום</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>לא לרשום</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>עוד לא נשאלו</translation>
    </message>
    <message>
        <source>Asked, waiting</source>
        <translation>נשאלו, ממתינים</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>אין תשובה</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>אישרו</translation>
    </message>
</context>
<context>
    <name>ConfirmationsView</name>
    <message>
        <source>Day</source>
        <extracomment>Change areas after which the round is read again. Change notices arrive from any thread; this hops them onto the GUI thread. A round finished loading and is on screen.</extracomment>
        <translation>יום</translation>
    </message>
    <message>
        <source>Next business day</source>
        <translation>יום העבודה הבא</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>משפחות</translation>
    </message>
    <message>
        <source>No families in this list.</source>
        <translation>אין משפחות ברשימה הזו.</translation>
    </message>
    <message>
        <source>Keys in the list: ↑↓ next family · C copy the message · Enter or W open WhatsApp · 1 confirmed · 2 not coming · 3 no answer · Ctrl+1…4 filters</source>
        <translation>מקשים ברשימה: ↑↓ משפחה הבאה · C העתקת ההודעה · Enter או W פתיחת וואטסאפ · 1 אישרו · 2 לא מגיעים · 3 אין תשובה · Ctrl+1…4 מסננים</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Copy message (C)</source>
        <translation>העתקת ההודעה (C)</translation>
    </message>
    <message>
        <source>Open WhatsApp (Enter)</source>
        <translation>פתיחת וואטסאפ (Enter)</translation>
    </message>
    <message>
        <source>Confirmed (1)</source>
        <translation>אישרו (1)</translation>
    </message>
    <message>
        <source>Not coming… (2)</source>
        <translation>לא מגיעים… (2)</translation>
    </message>
    <message>
        <source>No answer (3)</source>
        <translation>אין תשובה (3)</translation>
    </message>
    <message>
        <source>Confirmations for {day}</source>
        <translation>אישורי הגעה ל{day}</translation>
    </message>
    <message>
        <source>The clinic is closed on this day.</source>
        <translation>המרכז סגור ביום הזה.</translation>
    </message>
    <message>
        <source>Not asked yet ({count})</source>
        <translation>עוד לא נשאלו ({count})</translation>
    </message>
    <message>
        <source>Asked, no answer ({count})</source>
        <translation>נשאלו, אין תשובה ({count})</translation>
    </message>
    <message>
        <source>Confirmed ({count})</source>
        <translation>אישרו ({count})</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>כולם ({count})</translation>
    </message>
    <message>
        <source>{families}: {confirmed}, {not_coming}, {waiting}, {not_asked}</source>
        <translation>{families}: {confirmed}, {not_coming}, {waiting}, {not_asked}</translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>משפחה אחת</numerusform>
            <numerusform>%n משפחות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>אחת אישרה</numerusform>
            <numerusform>%n אישרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not coming</source>
        <translation>
            <numerusform>אחת לא מגיעה</numerusform>
            <numerusform>%n לא מגיעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>אחת ממתינה לתשובה</numerusform>
            <numerusform>%n ממתינות לתשובה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked yet</source>
        <translation>
            <numerusform>אחת עוד לא נשאלה</numerusform>
            <numerusform>%n עוד לא נשאלו</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} {student}: {service} with {instructor} — {state}</source>
        <translation>{time} {student}: {service} עם {instructor} — {state}</translation>
    </message>
    <message>
        <source>Message copied for {name}.</source>
        <translation>ההודעה אל {name} הועתקה.</translation>
    </message>
    <message>
        <source>WhatsApp opened for {name}.</source>
        <translation>וואטסאפ נפתח אל {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons confirmed for {name}.</source>
        <translation>
            <numerusform>שיעור אחד אושר אצל {name}.</numerusform>
            <numerusform>%n שיעורים אושרו אצל {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons cancelled for {name}.</source>
        <translation>
            <numerusform>שיעור אחד בוטל אצל {name}.</numerusform>
            <numerusform>%n שיעורים בוטלו אצל {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from {name}, noted.</source>
        <translation>נרשם שאין תשובה מ{name}.</translation>
    </message>
</context>
<context>
    <name>FamiliesModel</name>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Confirmations</source>
        <translation>אישורי הגעה</translation>
    </message>
</context>
</TS>
