<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>App</name>
    <message>
        <source>Reception</source>
        <extracomment>The signed-in user's organization entry from the web backend (name, role), when there is one. The background pusher/puller of a cached gateway; None when the data is local.</extracomment>
        <translation>קבלה</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Give the database with --database-url URL.</source>
        <translation>יש לציין את מסד הנתונים עם ‎--database-url URL‎.</translation>
    </message>
    <message>
        <source>Demo clinic loaded: {students} students, {lessons} lessons.</source>
        <translation>מרפאת ההדגמה נטענה: {students} תלמידים, {lessons} שיעורים.</translation>
    </message>
    <message>
        <source>“{url}” is not a database URL. Use postgresql://user@host:5432/database or sqlite:///path/to/file.db.</source>
        <translation>‏„{url}” אינה כתובת של מסד נתונים. יש להשתמש ב־postgresql://user@host:5432/database או ב־sqlite:///path/to/file.db.</translation>
    </message>
    <message>
        <source>“{scheme}” databases are not supported. Use a PostgreSQL URL (postgresql://…) or a SQLite file (sqlite:///…).</source>
        <translation>מסדי נתונים מסוג „{scheme}” אינם נתמכים. יש להשתמש בכתובת PostgreSQL ‏(postgresql://…) או בקובץ SQLite ‏(sqlite:///…).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; the database file cannot be created there.</source>
        <translation>התיקייה {folder} אינה קיימת, ולכן אי אפשר ליצור בה את קובץ מסד הנתונים.</translation>
    </message>
    <message>
        <source>The file {path} is not a SQLite database.</source>
        <translation>הקובץ {path} אינו מסד נתונים של SQLite.</translation>
    </message>
    <message>
        <source>Cannot use the database: {reason}</source>
        <translation>לא ניתן להשתמש במסד הנתונים: {reason}</translation>
    </message>
    <message>
        <source>The schema is complete.</source>
        <translation>הסכמה שלמה.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>The instructor already has another lesson at this time.</source>
        <translation>למדריך/ה כבר יש שיעור אחר בשעה זו.</translation>
    </message>
    <message>
        <source>The student already has another lesson at this time.</source>
        <translation>לתלמיד/ה כבר יש שיעור אחר בשעה זו.</translation>
    </message>
    <message>
        <source>{count} students booked, but the instructor takes at most {capacity} for this service.</source>
        <translation>נקבעו {count} תלמידים, אך המדריך/ה מקבל/ת לכל היותר {capacity} בשירות זה.</translation>
    </message>
    <message>
        <source>The instructor does not give this service.</source>
        <translation>המדריך/ה אינו/ה נותן/ת שירות זה.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Scheduled</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <source>Cancelled by student</source>
        <translation>בוטל ע״י התלמיד</translation>
    </message>
    <message>
        <source>Cancelled by clinic</source>
        <translation>בוטל ע״י המרכז</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>לא הגיע</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>נכח</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>אב</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>אם</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>עצמי</translation>
    </message>
    <message>
        <source>Caretaker</source>
        <translation>מטפל/ת</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>אחר</translation>
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
        <source>Not started</source>
        <translation>טרם החל</translation>
    </message>
    <message>
        <source>Forms pending</source>
        <translation>ממתין לטפסים</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>מאושר</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>מנהל/ת</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>משרד</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>מדריך/ה</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>צפייה בלבד</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reinex — reception desk</source>
        <extracomment>The user picked another language; the window has rebuilt itself in it.</extracomment>
        <translation>ריינקס — עמדת קבלה</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>מסכים</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Lessons today</source>
        <translation>שיעורים היום</translation>
    </message>
    <message>
        <source>Students expected</source>
        <translation>תלמידים צפויים</translation>
    </message>
    <message>
        <source>Instructors teaching</source>
        <translation>מדריכים בעבודה</translation>
    </message>
    <message>
        <source>Active instructors</source>
        <translation>מדריכים פעילים</translation>
    </message>
    <message>
        <source>Active students</source>
        <translation>תלמידים פעילים</translation>
    </message>
    <message>
        <source>{clinic} — {day}</source>
        <translation>{clinic} — {day}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this.</source>
        <extracomment>What each role may do before an organization's own `org_settings.permissions` refine it (plan §7.1): Owner — everything, settings and payroll included (the keys that need approval stay off); Admin — scheduling, financials, forms and settings, no payroll; Office — daily scheduling, confirmations, attendance, financials read-only; Instructor — their own lessons and attendance; Read-only — reports.</extracomment>
        <translation>לתפקיד שלך ({role}) אין הרשאה לפעולה זו.</translation>
    </message>
</context>
<context>
    <name>SchemaProblemView</name>
    <message>
        <source>Schema upgrade required</source>
        <translation>נדרש עדכון סכמה</translation>
    </message>
    <message>
        <source>The clinic database lacks tables or columns this version of Reinex needs. Nothing was changed. Ask the administrator to run:</source>
        <translation>במסד הנתונים של המרכז חסרות טבלאות או עמודות שגרסה זו של ריינקס צריכה. דבר לא שונה. בקשו ממנהל המערכת להריץ:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>חסרים:</translation>
    </message>
</context>
<context>
    <name>SchemaReport</name>
    <message>
        <source>Schema upgrade required. The database lacks: {missing}. To fix it, run: reinex-desktop schema apply --database-url URL</source>
        <translation>נדרש עדכון סכמה. במסד הנתונים חסרים: {missing}. לתיקון יש להריץ: ‎reinex-desktop schema apply --database-url URL‎</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
</context>
</TS>