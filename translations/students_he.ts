<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>ActiveDialog</name>
    <message>
        <source>Deactivate student</source>
        <translation>העברה ללא פעיל</translation>
    </message>
    <message>
        <source>Reactivate student</source>
        <translation>החזרה לפעילות</translation>
    </message>
    <message>
        <source>For example: finished treatment, moved away</source>
        <translation>לדוגמה: סיים/ה טיפול, עבר/ה דירה</translation>
    </message>
    <message>
        <source>{name} will leave the active roster; their history stays.</source>
        <translation>{name} יוסר/תוסר מרשימת התלמידים הפעילים; ההיסטוריה נשמרת.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>{name} will return to the active roster.</source>
        <translation>{name} יחזור/תחזור לרשימת התלמידים הפעילים.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>העברה ללא פעיל</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>החזרה לפעילות</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>This answer raised an alert.</source>
        <translation>תשובה זו העלתה התראה.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>התראה</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>שאלה</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>תשובה</translation>
    </message>
</context>
<context>
    <name>ExistingGuardianDialog</name>
    <message>
        <source>Link an existing guardian</source>
        <translation>קישור לאיש קשר קיים</translation>
    </message>
    <message>
        <source>Name or phone…</source>
        <translation>שם או טלפון…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <source>Guardian</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <source>New guardian</source>
        <translation>איש קשר חדש</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>איש קשר ראשי</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
</context>
<context>
    <name>GuardiansDialog</name>
    <message>
        <source>Guardians of {name}</source>
        <translation>אנשי הקשר של {name}</translation>
    </message>
</context>
<context>
    <name>GuardiansEditor</name>
    <message>
        <source>Name</source>
        <extracomment>The list changed.</extracomment>
        <translation>שם</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>חסר</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>ראשי</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>איש קשר ראשי</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>הוספה…</translation>
    </message>
    <message>
        <source>Link existing…</source>
        <translation>קישור לקיים…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>קביעה כראשי</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>תלמיד/ה</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>תלמיד/ה חדש/ה</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>עדכון</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} ← {new}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import students from {file}</source>
        <extracomment>The set of chosen lines changed. The chosen lines were imported; carries the sentence to show.</extracomment>
        <translation>ייבוא תלמידים מהקובץ {file}</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>בחירת הכול</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>ביטול הבחירה</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>תצוגה מקדימה מחדש</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>{new} new students, {updated} to update, {unchanged} unchanged, {errors} lines with errors.</source>
        <translation>חדשים: {new} · לעדכון: {updated} · ללא שינוי: {unchanged} · עם שגיאות: {errors}.</translation>
    </message>
    <message>
        <source>Columns only written by the export are ignored: {names}.</source>
        <translation>עמודות שנכתבות רק בייצוא אינן מיובאות: {names}.</translation>
    </message>
    <message>
        <source>Import {count} lines</source>
        <translation>ייבוא {count} שורות</translation>
    </message>
</context>
<context>
    <name>MedicalFlagsEditor</name>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Add flag</source>
        <translation>הוספת דגל</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>הסרת דגל</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Student</source>
        <extracomment>The student&apos;s id (a UUID) of a row.</extracomment>
        <translation>תלמיד/ה</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>איש קשר ראשי</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>השיעור הבא</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>מדריכים</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>קליטה</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>יתרה</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (לא פעיל)</translation>
    </message>
    <message>
        <source>{name} ({relationship})</source>
        <translation>{name} ({relationship})</translation>
    </message>
    <message>
        <source>ID number {number}</source>
        <translation>תעודת זהות {number}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Students</source>
        <extracomment>The roster&apos;s title in the main window&apos;s navigation (&quot;Sections&quot; context).</extracomment>
        <translation>תלמידים</translation>
    </message>
</context>
<context>
    <name>StudentEditor</name>
    <message>
        <source>The special rate must be a number, for example 150.</source>
        <extracomment>The earliest date the date-of-birth field offers; it stands for &quot;unknown&quot;.</extracomment>
        <translation>התעריף המיוחד צריך להיות מספר, לדוגמה 150.</translation>
    </message>
</context>
<context>
    <name>StudentEditorDialog</name>
    <message>
        <source>Edit student</source>
        <extracomment>The student was saved (created or updated). The user chose to open another student&apos;s profile (the owner of a duplicate ID number).</extracomment>
        <translation>עריכת פרטי תלמיד/ה</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>תלמיד/ה חדש/ה</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Not set (neutral wording)</source>
        <translation>לא צוין (ניסוח ניטרלי)</translation>
    </message>
    <message>
        <source>Chooses the Hebrew wording of messages to the family (he / she is coming).</source>
        <translation>קובע את לשון ההודעות למשפחה (מגיע / מגיעה).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>Only managers with financial permissions change the special rate.</source>
        <translation>רק מנהלים עם הרשאה כספית יכולים לשנות את התעריף המיוחד.</translation>
    </message>
    <message>
        <source>Only users who manage forms change the onboarding status.</source>
        <translation>רק מי שמנהלים טפסים משנים את סטטוס הקליטה.</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>שם פרטי *</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>שם אמצעי</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>תעודת זהות</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <source>Messages by</source>
        <translation>ערוץ הודעות</translation>
    </message>
    <message>
        <source>Special rate (₪)</source>
        <translation>תעריף מיוחד (₪)</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>קליטה</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>הערות פנימיות</translation>
    </message>
    <message>
        <source>Medical flags</source>
        <translation>דגלים רפואיים</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <source>Open the profile of {name}</source>
        <translation>פתיחת הכרטיס של {name}</translation>
    </message>
</context>
<context>
    <name>StudentProfile</name>
    <message>
        <source>{label} — {severity}{tags}</source>
        <translation>{label} — {severity}{tags}</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>לא פעיל/ה</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>ראשי</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>איש קשר ראשי</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>No guardians are recorded yet.</source>
        <translation>עדיין לא נרשמו אנשי קשר.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>דקות</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The user asked to open a new commitment for this student.</extracomment>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>מדריך/ה</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <source>No weekly lessons.</source>
        <translation>אין שיעורים קבועים.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>חיוב</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>תיעוד</translation>
    </message>
    <message>
        <source>No past lessons.</source>
        <translation>אין שיעורים קודמים.</translation>
    </message>
    <message>
        <source>No lessons scheduled.</source>
        <translation>אין שיעורים מתוכננים.</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>משלם</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סכום כולל</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>נוצל</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>יתרה</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>תוקף עד</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>שיעור</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>חויב</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>נרשם</translation>
    </message>
    <message>
        <source>No commitments.</source>
        <translation>אין התחייבויות.</translation>
    </message>
    <message>
        <source>New commitment…</source>
        <translation>התחייבות חדשה…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>סגורה</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>טופס</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>הוגש</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>אומת דרך</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>התראות</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>נשלח אל</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>אומת ב־</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the answers.</source>
        <translation>לחיצה כפולה או Enter לקריאת התשובות.</translation>
    </message>
    <message>
        <source>Read answers…</source>
        <translation>קריאת התשובות…</translation>
    </message>
    <message>
        <source>No forms submitted.</source>
        <translation>לא הוגשו טפסים.</translation>
    </message>
    <message>
        <source>OTP verification history</source>
        <translation>היסטוריית אימות בקוד חד־פעמי</translation>
    </message>
    <message>
        <source>{channel}: {destination}</source>
        <translation>{channel}: {destination}</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>ימים</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>מאז</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Not on the waiting list.</source>
        <translation>לא ברשימת ההמתנה.</translation>
    </message>
</context>
<context>
    <name>StudentProfileDialog</name>
    <message>
        <source>Student</source>
        <extracomment>Another student&apos;s profile should open (e.g. the owner of a duplicate ID number). The profile was (re)loaded and shows the student as stored now.</extracomment>
        <translation>תלמיד/ה</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>חיוג</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>וואטסאפ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>עריכת פרטים…</translation>
    </message>
    <message>
        <source>Guardians…</source>
        <translation>אנשי קשר…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>העברה ללא פעיל…</translation>
    </message>
    <message>
        <source>Student — {name}</source>
        <translation>תלמיד/ה — {name}</translation>
    </message>
    <message>
        <source>No contact details recorded</source>
        <translation>לא נרשמו פרטי קשר</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>החזרה לפעילות</translation>
    </message>
    <message>
        <source>Age {age} (born {date})</source>
        <translation>גיל {age} (נולד/ה {date})</translation>
    </message>
    <message>
        <source>ID {number}</source>
        <translation>ת״ז {number}</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>לא פעיל/ה</translation>
    </message>
    <message>
        <source>{name} ({relationship}) {phone}</source>
        <translation>{name} ({relationship}) {phone}</translation>
    </message>
    <message>
        <source>{mark} {label} ({severity})</source>
        <translation>{mark} {label} ({severity})</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Guardians ({count})</source>
        <translation>אנשי קשר ({count})</translation>
    </message>
    <message>
        <source>Weekly lessons</source>
        <translation>שיעורים קבועים</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>שיעורים קרובים</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>התחייבויות</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>טפסים</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>רשימת המתנה</translation>
    </message>
</context>
<context>
    <name>StudentReport</name>
    <message>
        <source>Line {line}: new student {name} — {changes}</source>
        <translation>שורה {line}: תלמיד/ה חדש/ה {name} — {changes}</translation>
    </message>
    <message>
        <source>Line {line}: {name} — {changes}</source>
        <translation>שורה {line}: {name} — {changes}</translation>
    </message>
    <message>
        <source>Line {line}: {name} — no change</source>
        <translation>שורה {line}: {name} — ללא שינוי</translation>
    </message>
    <message>
        <source>Line {line}: error — {problems}</source>
        <translation>שורה {line}: שגיאה — {problems}</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} ← {new}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <source>{new} new, {updated} to update, {unchanged} unchanged, {errors} with errors.</source>
        <translation>חדשים: {new} · לעדכון: {updated} · ללא שינוי: {unchanged} · עם שגיאות: {errors}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>הרצת ניסיון: דבר לא נכתב.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the lines with errors and run the import again.</source>
        <translation>דבר לא יובא: יש לתקן את השורות עם השגיאות ולהריץ את הייבוא שוב.</translation>
    </message>
    <message>
        <source>Give the database with --database-url URL.</source>
        <translation>יש לציין את מסד הנתונים עם ‎--database-url URL.</translation>
    </message>
</context>
<context>
    <name>StudentServices</name>
    <message>
        <source>This student is not assigned to you.</source>
        <translation>תלמיד/ה זה/זו אינו/ה משויך/ת אליך.</translation>
    </message>
    <message>
        <source>This student no longer exists.</source>
        <translation>התלמיד/ה כבר לא קיים/ת במערכת.</translation>
    </message>
    <message>
        <source>Exported {count} students to {path}.</source>
        <translation>יוצאו {count} תלמידים לקובץ {path}.</translation>
    </message>
    <message>
        <source>Imported {created} new students and updated {updated}.</source>
        <translation>יובאו {created} תלמידים חדשים ועודכנו {updated}.</translation>
    </message>
    <message>
        <source>Nothing was imported: no line was chosen.</source>
        <translation>לא יובא דבר: לא נבחרה אף שורה.</translation>
    </message>
    <message>
        <source>Someone else changed this student a moment ago, so nothing was saved. The profile now shows their latest details; make your change again.</source>
        <translation>מישהו אחר שינה את פרטי התלמיד/ה ממש עכשיו, ולכן דבר לא נשמר. הכרטיס מציג כעת את הפרטים העדכניים; יש לבצע את השינוי שוב.</translation>
    </message>
    <message>
        <source>A student in the file (line {line}) was changed by someone else after the preview, so nothing was imported. Preview the file again.</source>
        <translation>תלמיד/ה מהקובץ (שורה {line}) שונה על ידי מישהו אחר אחרי התצוגה המקדימה, ולכן דבר לא יובא. יש להציג את הקובץ מחדש.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>השינוי לא נשמר.</translation>
    </message>
</context>
<context>
    <name>StudentTexts</name>
    <message>
        <source>Balance low</source>
        <translation>יתרה נמוכה</translation>
    </message>
    <message>
        <source>Balance used up</source>
        <translation>היתרה נוצלה</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>נמוכה</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>בינונית</translation>
    </message>
    <message>
        <source>High</source>
        <translation>גבוהה</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>אומת</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>וואטסאפ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>שובצה</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>סגורה</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>נקבה</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>זכר</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>לא תועד</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>מתועד</translation>
    </message>
    <message>
        <source>First name</source>
        <extracomment>Keyed by (type, value): members of different enums may share a value (&quot;low&quot;, &quot;open&quot;). Field names of the student and guardian, for the import preview and the editors.</extracomment>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>שם אמצעי</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>תעודת זהות</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <source>Messages by</source>
        <translation>ערוץ הודעות</translation>
    </message>
    <message>
        <source>Special rate</source>
        <translation>תעריף מיוחד</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>קליטה</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>הערות פנימיות</translation>
    </message>
    <message>
        <source>Medical flags</source>
        <translation>דגלים רפואיים</translation>
    </message>
    <message>
        <source>Gender (for messages)</source>
        <translation>מין (לנוסח ההודעות)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>פעיל/ה</translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation>שם פרטי של איש הקשר</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>שם משפחה של איש הקשר</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>קרבה</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>טלפון איש הקשר</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>דוא״ל איש הקשר</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
</context>
<context>
    <name>Students</name>
    <message>
        <source>The file is empty.</source>
        <translation>הקובץ ריק.</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel choose Save As → “CSV UTF-8 (comma delimited)”.</source>
        <translation>זוהי חוברת עבודה של Excel ולא קובץ CSV. ב־Excel יש לבחור „שמירה בשם” ← „CSV UTF-8 (מופרד בפסיקים)”.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (“Unicode text”). In Excel choose Save As → “CSV UTF-8 (comma delimited)”.</source>
        <translation>הקובץ שמור בקידוד UTF-16 („טקסט Unicode”). ב־Excel יש לבחור „שמירה בשם” ← „CSV UTF-8 (מופרד בפסיקים)”.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line {line} is in another encoding, probably Windows Hebrew). In Excel choose Save As → “CSV UTF-8 (comma delimited)”.</source>
        <translation>הקובץ אינו בקידוד UTF-8 (שורה {line} בקידוד אחר, כנראה עברית של Windows). ב־Excel יש לבחור „שמירה בשם” ← „CSV UTF-8 (מופרד בפסיקים)”.</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV; check its quotation marks.</source>
        <translation>שורה {line} אינה CSV תקין; כדאי לבדוק את המירכאות בה.</translation>
    </message>
    <message>
        <source>Unknown columns: {names}. Use the column names of a file exported from the roster.</source>
        <translation>עמודות לא מוכרות: {names}. יש להשתמש בשמות העמודות של קובץ שיוצא מרשימת התלמידים.</translation>
    </message>
    <message>
        <source>The file has no “{column}” column. Start from a file exported from the roster; leave the ID empty for a new student.</source>
        <translation>בקובץ אין עמודת „{column}”. כדאי להתחיל מקובץ שיוצא מרשימת התלמידים; לתלמיד/ה חדש/ה משאירים את המזהה ריק.</translation>
    </message>
    <message>
        <source>The column “{name}” appears twice.</source>
        <translation>העמודה „{name}” מופיעה פעמיים.</translation>
    </message>
    <message>
        <source>Column {number} has values but no name in the header line.</source>
        <translation>בעמודה {number} יש ערכים אבל אין לה שם בשורת הכותרות.</translation>
    </message>
    <message>
        <source>The file has {count} students; at most {limit} can be imported at once. Split it into smaller files.</source>
        <translation>בקובץ {count} תלמידים; אפשר לייבא לכל היותר {limit} בבת אחת. יש לפצל אותו לקבצים קטנים יותר.</translation>
    </message>
    <message>
        <source>The file has a header line but no students.</source>
        <translation>בקובץ יש שורת כותרות אבל אין בו תלמידים.</translation>
    </message>
    <message>
        <source>The line has {count} cells but the header has {columns}.</source>
        <translation>בשורה {count} תאים, אבל בשורת הכותרות {columns}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a student ID from an exported file.</source>
        <translation>&quot;{value}&quot; אינו מזהה תלמיד מקובץ שיוצא.</translation>
    </message>
    <message>
        <source>No student has the ID {value}.</source>
        <translation>אין תלמיד/ה עם המזהה {value}.</translation>
    </message>
    <message>
        <source>This student already appears on line {line}.</source>
        <translation>התלמיד/ה כבר מופיע/ה בשורה {line}.</translation>
    </message>
    <message>
        <source>This column is required and cannot be cleared.</source>
        <translation>זו עמודת חובה ואי אפשר לרוקן אותה.</translation>
    </message>
    <message>
        <source>The value starts with “{char}”, which a spreadsheet runs as a formula. Remove it, or put an apostrophe (&apos;) before it.</source>
        <translation>הערך מתחיל ב־„{char}”, שגיליון אלקטרוני מפעיל כנוסחה. יש להסיר את התו או להוסיף לפניו גרש (&apos;).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as DD/MM/YYYY.</source>
        <translation>&quot;{value}&quot; אינו תאריך; יש לכתוב בתבנית DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&quot;{value}&quot; אינו מספר.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no (כן / לא).</source>
        <translation>&quot;{value}&quot; אינו כן או לא.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {values}.</source>
        <translation>&quot;{value}&quot; אינו אחד מאלה: {values}.</translation>
    </message>
    <message>
        <source>The ID number {value} already belongs to {name}.</source>
        <extracomment>One @, no spaces, a dot in the domain, a top-level domain of two letters or more.</extracomment>
        <translation>תעודת הזהות {value} כבר שייכת ל{name}.</translation>
    </message>
    <message>
        <source>The ID number {value} is also on line {line}.</source>
        <translation>תעודת הזהות {value} מופיעה גם בשורה {line}.</translation>
    </message>
    <message>
        <source>Your role may not change this column.</source>
        <translation>התפקיד שלך אינו מאפשר לשנות עמודה זו.</translation>
    </message>
    <message>
        <source>Line {line} has errors and cannot be imported.</source>
        <translation>בשורה {line} יש שגיאות ואי אפשר לייבא אותה.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s first name.</source>
        <translation>יש להזין את השם הפרטי של התלמיד/ה.</translation>
    </message>
    <message>
        <source>The date of birth {date} is in the future.</source>
        <translation>תאריך הלידה {date} הוא בעתיד.</translation>
    </message>
    <message>
        <source>The date of birth {date} is before 1900.</source>
        <translation>תאריך הלידה {date} מוקדם משנת 1900.</translation>
    </message>
    <message>
        <source>The special rate cannot be negative.</source>
        <translation>התעריף המיוחד אינו יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>Every medical flag needs a description.</source>
        <translation>לכל דגל רפואי נדרש תיאור.</translation>
    </message>
    <message>
        <source>Enter the first name of every guardian.</source>
        <translation>יש להזין שם פרטי לכל איש קשר.</translation>
    </message>
    <message>
        <source>Choose how {name} is related to the student.</source>
        <translation>יש לבחור את הקרבה של {name} לתלמיד/ה.</translation>
    </message>
    <message>
        <source>Mark one guardian as the primary contact.</source>
        <translation>יש לסמן איש קשר אחד כאיש הקשר הראשי.</translation>
    </message>
    <message>
        <source>Only one guardian can be the primary contact; {count} are marked as primary.</source>
        <translation>רק איש קשר אחד יכול להיות ראשי; כרגע {count} מסומנים כראשיים.</translation>
    </message>
    <message>
        <source>Only an adult student can be their own contact (&apos;self&apos;); this student is {age}.</source>
        <translation>רק תלמיד/ה בגיר/ה יכול/ה להיות איש הקשר של עצמו/ה; התלמיד/ה בגיל {age}.</translation>
    </message>
    <message>
        <source>Only one contact can be the student themself (&apos;self&apos;).</source>
        <translation>רק איש קשר אחד יכול להיות התלמיד/ה עצמו/ה.</translation>
    </message>
    <message>
        <source>{name} is listed twice as a guardian of this student.</source>
        <translation>{name} רשום/ה פעמיים כאיש קשר של התלמיד/ה.</translation>
    </message>
    <message>
        <source>The ID number &apos;{value}&apos; must contain digits only.</source>
        <translation>תעודת הזהות &quot;{value}&quot; צריכה להכיל ספרות בלבד.</translation>
    </message>
    <message>
        <source>The ID number &apos;{value}&apos; has more than 9 digits.</source>
        <translation>בתעודת הזהות &quot;{value}&quot; יש יותר מ־9 ספרות.</translation>
    </message>
    <message>
        <source>The ID number &apos;{value}&apos; is not valid: its check digit does not match. Check for a typing mistake.</source>
        <translation>תעודת הזהות &quot;{value}&quot; אינה תקינה: ספרת הביקורת אינה מתאימה. כדאי לבדוק אם נפלה טעות הקלדה.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&quot;{value}&quot; אינו מספר טלפון.</translation>
    </message>
    <message>
        <source>'{value}' is not a valid Israeli phone number (for example 052-555-1234 or 03-612-3456).</source>
        <translation>"{value}" אינו מספר טלפון ישראלי תקין (לדוגמה 052-555-1234 או 03-612-3456).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid e-mail address (for example name@example.com).</source>
        <translation>&quot;{value}&quot; אינה כתובת דוא״ל תקינה (לדוגמה name@example.com).</translation>
    </message>
    <message>
        <source>This student no longer exists.</source>
        <translation>תלמיד/ה זה/זו כבר אינו/ה קיים/ת במערכת.</translation>
    </message>
    <message>
        <source>A student with this identifier already exists.</source>
        <translation>כבר קיים/ת תלמיד/ה עם מספר זהות זה.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-32. In Excel choose Save As → “CSV UTF-8 (comma delimited)”.</source>
        <translation>הקובץ שמור בקידוד UTF-32. ב־Excel בחרו „שמירה בשם” ← „CSV UTF-8 (מופרד בפסיקים)”.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data). Export the roster from a spreadsheet as “CSV UTF-8 (comma delimited)”.</source>
        <translation>זה אינו קובץ טקסט (הוא מכיל נתונים בינאריים). ייצאו את הרשימה מגיליון אלקטרוני בתור „CSV UTF-8 (מופרד בפסיקים)”.</translation>
    </message>
    <message>
        <source>'{value}' could be read two ways; write the amount without a thousands separator (e.g. 1250 or 12.5).</source>
        <translation>אפשר לקרוא את "{value}" בשתי דרכים; כתבו את הסכום בלי מפריד אלפים (למשל 1250 או 12.5).</translation>
    </message>
    <message>
        <source>'{value}' is more than the largest rate accepted, {limit} ₪.</source>
        <translation>"{value}" גבוה מהתעריף הגבוה ביותר שאפשר לקבל, {limit} ₪.</translation>
    </message>
    <message>
        <source>The value contains invisible control characters ({characters}); remove them and import again.</source>
        <translation>הערך מכיל תווי בקרה בלתי נראים ({characters}); הסירו אותם וייבאו שוב.</translation>
    </message>
</context>
<context>
    <name>StudentsView</name>
    <message>
        <source>Search by name, guardian, phone or ID number…</source>
        <extracomment>Areas whose changes can alter a roster line. A student was chosen to be opened (Enter or double-click).</extracomment>
        <translation>חיפוש לפי שם, איש קשר, טלפון או תעודת זהות…</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>חיפוש תלמידים</translation>
    </message>
    <message>
        <source>Which students</source>
        <translation>אילו תלמידים</translation>
    </message>
    <message>
        <source>Active students</source>
        <translation>תלמידים פעילים</translation>
    </message>
    <message>
        <source>Inactive students</source>
        <translation>תלמידים לא פעילים</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>כל התלמידים</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>תלמיד/ה חדש/ה</translation>
    </message>
    <message>
        <source>Add a student (Ctrl+N)</source>
        <translation>הוספת תלמיד/ה (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>ייבוא מ־CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>ייצוא ל־CSV</translation>
    </message>
    <message>
        <source>Students shown in the list…</source>
        <translation>התלמידים שמוצגים ברשימה…</translation>
    </message>
    <message>
        <source>All students…</source>
        <translation>כל התלמידים…</translation>
    </message>
    <message>
        <source>{count} students</source>
        <translation>תלמידים: {count}</translation>
    </message>
    <message>
        <source>Import students</source>
        <translation>ייבוא תלמידים</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>קובצי CSV (*.csv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Export students</source>
        <translation>ייצוא תלמידים</translation>
    </message>
    <message>
        <source>students.csv</source>
        <translation>תלמידים.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Form — {name}</source>
        <translation>טופס — {name}</translation>
    </message>
    <message>
        <source>Submitted {when}</source>
        <translation>הוגש {when}</translation>
    </message>
    <message>
        <source>This form holds medical information that you are not allowed to see.</source>
        <translation>הטופס מכיל מידע רפואי שאין לך הרשאה לצפות בו.</translation>
    </message>
    <message>
        <source>This submission has no answers.</source>
        <translation>בטופס שהוגש אין תשובות.</translation>
    </message>
    <message>
        <source>⚠ Answers that raised an alert: {count}</source>
        <translation>⚠ תשובות שהעלו התראה: {count}</translation>
    </message>
    <message>
        <source>⚠ Other alerts: {alerts}</source>
        <translation>⚠ התראות נוספות: {alerts}</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>אימות</translation>
    </message>
    <message>
        <source>Not verified by a one-time code.</source>
        <translation>לא אומת בקוד חד־פעמי.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>נשלח אל</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>אומת ב־</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>תשובות</translation>
    </message>
</context>
</TS>
