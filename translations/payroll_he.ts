<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>Payroll</name>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-11.</source>
        <translation>יש לציין את החודש בתבנית YYYY-MM, למשל 2026-11.</translation>
    </message>
    <message>
        <source>Instructor</source>
        <extracomment>The earning this row reverses (a correction), if any. Columns of the payroll CSV: (key, header source text in the "Payroll" context).</extracomment>
        <translation>מדריך/ה</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>מספר עובד</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>דקות</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>תלמידים</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>תעריף</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <source>Exported to payroll</source>
        <translation>הועבר לשכר</translation>
    </message>
    <message>
        <source>Earning ID</source>
        <translation>מזהה רשומת שיעור</translation>
    </message>
    <message>
        <source>Work session ID</source>
        <translation>מזהה רשומת עבודה</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Payroll {month}: {sessions} work sessions created from {earnings} lesson earnings, {total} ₪ in total.</source>
        <translation>שכר {month}: נוצרו {sessions} רשומות עבודה מתוך {earnings} רשומות שיעורים, בסך {total} ₪.</translation>
    </message>
    <message>
        <source>Payroll {month}: nothing to export; every earning of the month is already in payroll.</source>
        <translation>שכר {month}: אין מה להעביר; כל רשומות החודש כבר הועברו לשכר.</translation>
    </message>
    <message>
        <source>{name}: {lessons} lessons, {hours} hours, {total} ₪ ({pending} ₪ not exported yet)</source>
        <translation>{name}: {lessons} שיעורים, {hours} שעות, {total} ₪ ({pending} ₪ טרם הועברו)</translation>
    </message>
    <message>
        <source>No lesson earnings in {month}.</source>
        <translation>אין רשומות שכר משיעורים בחודש {month}.</translation>
    </message>
    <message>
        <source>Wrote {count} lines to {path}.</source>
        <translation>נכתבו {count} שורות לקובץ {path}.</translation>
    </message>
    <message>
        <source>Give the database with --database-url URL.</source>
        <translation>יש לציין את מסד הנתונים עם ‎--database-url URL‎.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>לא ניתן לכתוב את {path}: {reason}</translation>
    </message>
</context>
</TS>