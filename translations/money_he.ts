<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment — {student}</source>
        <extracomment>A commitment was created (its id).</extracomment>
        <translation>התחייבות חדשה — {student}</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>בתוקף עד</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>מי משלם</translation>
    </message>
    <message>
        <source>Number of lessons</source>
        <translation>מספר שיעורים</translation>
    </message>
    <message>
        <source>Price per lesson (₪)</source>
        <translation>מחיר לשיעור (₪)</translation>
    </message>
    <message>
        <source>Total (₪)</source>
        <translation>סכום כולל (₪)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>בתוקף מ־</translation>
    </message>
    <message>
        <source>HMO approval number</source>
        <translation>מספר אישור קופה</translation>
    </message>
    <message>
        <source>Form 17 number</source>
        <translation>מספר טופס 17</translation>
    </message>
    <message>
        <source>Parent co-payment (₪)</source>
        <translation>השתתפות עצמית של ההורים (₪)</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>שם הכרטיסייה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Create commitment</source>
        <translation>יצירת התחייבות</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; write it like 1200.00.</source>
        <translation>„{text}” אינו סכום; יש לכתוב כך: 1200.00.</translation>
    </message>
    <message>
        <source>Enter the commitment's total.</source>
        <translation>יש להזין את סכום ההתחייבות.</translation>
    </message>
    <message>
        <source>Choose the service and who pays.</source>
        <translation>יש לבחור שירות ומי משלם.</translation>
    </message>
    <message>
        <source>The commitment could not be saved. Try again in a moment.</source>
        <translation>לא ניתן היה לשמור את ההתחייבות. אפשר לנסות שוב בעוד רגע.</translation>
    </message>
</context>
<context>
    <name>MoneyLabels</name>
    <message>
        <source>Family pays</source>
        <translation>המשפחה משלמת</translation>
    </message>
    <message>
        <source>Co-payment, the rest to the HMO</source>
        <translation>השתתפות עצמית, היתרה לקופה</translation>
    </message>
    <message>
        <source>HMO pays (Form 17)</source>
        <translation>הקופה משלמת (טופס 17)</translation>
    </message>
    <message>
        <source>Family pays, HMO reimburses</source>
        <translation>המשפחה משלמת, הקופה מחזירה</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>פרטי</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>כרטיסייה</translation>
    </message>
    <message>
        <source>Clalit</source>
        <translation>כללית</translation>
    </message>
    <message>
        <source>Meuhedet</source>
        <translation>מאוחדת</translation>
    </message>
    <message>
        <source>Leumit</source>
        <translation>לאומית</translation>
    </message>
    <message>
        <source>Maccabi</source>
        <translation>מכבי</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>וואטסאפ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>שיחת טלפון</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>פנים אל פנים</translation>
    </message>
</context>
<context>
    <name>PayrollModel</name>
    <message>
        <source>Instructor</source>
        <translation>מדריך/ה</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>מס׳ עובד</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>שיעורים</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>תלמידים</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>שעות</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <source>In payroll</source>
        <translation>הועבר לשכר</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>טרם הועבר</translation>
    </message>
    <message>
        <source>{count} lessons without a rate: check the instructor's rates.</source>
        <translation>{count} שיעורים ללא תעריף: יש לבדוק את התעריפים של המדריך/ה.</translation>
    </message>
</context>
<context>
    <name>PayrollView</name>
    <message>
        <source>Previous month</source>
        <translation>החודש הקודם</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>החודש הבא</translation>
    </message>
    <message>
        <source>Export to payroll…</source>
        <translation>העברה לשכר…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>שמירת CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>העברה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Payroll — {month}</source>
        <translation>שכר — {month}</translation>
    </message>
    <message>
        <source>No lesson earnings this month.</source>
        <translation>אין רשומות שכר משיעורים בחודש זה.</translation>
    </message>
    <message>
        <source>Total {total} · not exported yet: {pending} in {count} earnings</source>
        <translation>סה״כ {total} · טרם הועבר לשכר: {pending} ב־{count} רשומות</translation>
    </message>
    <message>
        <source>Create {sessions} work sessions in payroll from {count} lesson earnings, {total} in total?</source>
        <translation>ליצור {sessions} רשומות עבודה בשכר מתוך {count} רשומות שיעורים, בסך {total}?</translation>
    </message>
    <message>
        <source>{sessions} work sessions were added to payroll ({total}).</source>
        <translation>{sessions} רשומות עבודה נוספו לשכר ({total}).</translation>
    </message>
    <message>
        <source>Nothing to export: every earning of the month is already in payroll.</source>
        <translation>אין מה להעביר: כל רשומות החודש כבר הועברו לשכר.</translation>
    </message>
    <message>
        <source>Save payroll CSV</source>
        <translation>שמירת קובץ CSV של השכר</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {count} lines to {path}.</source>
        <translation>נשמרו {count} שורות בקובץ {path}.</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>לא ניתן היה לשמור את הקובץ: {reason}</translation>
    </message>
    <message>
        <source>Payroll could not be loaded. Try again in a moment.</source>
        <translation>לא ניתן היה לטעון את נתוני השכר. אפשר לנסות שוב בעוד רגע.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Payroll</source>
        <translation>שכר</translation>
    </message>
</context>
</TS>