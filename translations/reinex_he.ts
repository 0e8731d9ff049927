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
        <source>Cannot use the database: {reason}</source>
        <translation>לא ניתן להשתמש במסד הנתונים: {reason}</translation>
    </message>
    <message>
        <source>The schema is complete.</source>
        <translation>הסכמה שלמה.</translation>
    </message>
    <message>
        <source>{option} needs a date written YYYY-MM-DD, not “{value}”.</source>
        <extracomment>The longest range one command may generate or reset (a year): beyond it a typo is likelier.</extracomment>
        <translation>‏{option} דורש תאריך בצורה YYYY-MM-DD, ולא „{value}”.</translation>
    </message>
    <message>
        <source>--days needs a whole number of days from 1 to {most}, not “{value}”.</source>
        <translation>‏--days דורש מספר שלם של ימים בין 1 ל־{most}, ולא „{value}”.</translation>
    </message>
    <message>
        <source>Choose one of --undo, --reset-from and --runs.</source>
        <translation>יש לבחור רק אחת מהאפשרויות --undo,‏ --reset-from ו־--runs.</translation>
    </message>
    <message>
        <source>--templates goes with --reset-from D.</source>
        <translation>‏--templates בא יחד עם --reset-from D.</translation>
    </message>
    <message>
        <source>Name the templates to reset with --templates ID,ID,…</source>
        <translation>יש לציין את התבניות לאיפוס עם --templates ID,ID,…</translation>
    </message>
    <message>
        <source>“{value}” is not a template id.</source>
        <translation>„{value}” אינו מזהה של תבנית.</translation>
    </message>
    <message>
        <source>“{value}” is not a generation run id.</source>
        <translation>„{value}” אינו מזהה של הרצת יצירה.</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>נמחקו:</translation>
    </message>
    <message>
        <source>Would be deleted:</source>
        <translation>יימחקו:</translation>
    </message>
    <message>
        <source>Kept, and why:</source>
        <translation>נשמרו, ומדוע:</translation>
    </message>
    <message>
        <source>(only the participants this run added)</source>
        <translation>(רק המשתתפים שההרצה הזאת הוסיפה)</translation>
    </message>
    <message>
        <source>No generation runs yet.</source>
        <translation>עדיין לא היו הרצות יצירה.</translation>
    </message>
    <message>
        <source>{id}  {kind}  {first}…{last}  {when} by {who}: {lessons} lessons, {seats} participants</source>
        <translation>{id}  {kind}  {first}…{last}  {when} על ידי {who}: {lessons} שיעורים, {seats} משתתפים</translation>
    </message>
    <message>
        <source>undone at {when}</source>
        <translation>בוטלה ב־{when}</translation>
    </message>
    <message>
        <source>undo possible for {minutes} more minutes</source>
        <translation>אפשר לבטל עוד {minutes} דקות</translation>
    </message>
    <message>
        <source>weekly generation</source>
        <translation>יצירה שבועית</translation>
    </message>
    <message>
        <source>reset forward</source>
        <translation>איפוס קדימה</translation>
    </message>
    <message>
        <source>No weekly template has the id {ids}.</source>
        <translation>אין תבנית שבועית עם המזהה {ids}.</translation>
    </message>
    <message>
        <source>Would create {instances} lessons and {participants} participants.</source>
        <translation>ייווצרו {instances} שיעורים ו־{participants} משתתפים.</translation>
    </message>
    <message>
        <source>Created {instances} lessons and {participants} participants.</source>
        <translation>נוצרו {instances} שיעורים ו־{participants} משתתפים.</translation>
    </message>
    <message>
        <source>The upgrade was refused and nothing was changed: this login may not change the clinic's tables. Run it as the owner of the clinic's database. (The database said: {reason})</source>
        <translation>העדכון נדחה ודבר לא שונה: למשתמש הזה אין הרשאה לשנות את הטבלאות של המרפאה. יש להריץ אותו כבעלים של מסד הנתונים של המרפאה. (הודעת מסד הנתונים: {reason})</translation>
    </message>
    <message>
        <source>The upgrade was refused and nothing was changed. (The database said: {reason})</source>
        <translation>העדכון נדחה ודבר לא שונה. (הודעת מסד הנתונים: {reason})</translation>
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
    <name>Operations</name>
    <message>
        <source>Something went wrong and the action was not completed. Please try again.</source>
        <translation>משהו השתבש והפעולה לא הושלמה. אפשר לנסות שוב.</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>הפעולה לא הושלמה</translation>
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
        <source>The clinic database lacks tables or columns this version of Reinex needs. Nothing was changed. Ask the administrator to run:</source>
        <translation>במסד הנתונים של המרכז חסרות טבלאות או עמודות שגרסה זו של ריינקס צריכה. דבר לא שונה. בקשו ממנהל המערכת להריץ:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>חסרים:</translation>
    </message>
    <message>
        <source>Objects concerned:</source>
        <translation>הרכיבים הנוגעים בדבר:</translation>
    </message>
</context>
<context>
    <name>SchemaReport</name>
    <message>
        <source>Schema upgrade required. The database lacks: {missing}. To fix it, run: reinex-desktop schema apply --database-url URL</source>
        <translation>נדרש עדכון סכמה. במסד הנתונים חסרים: {missing}. לתיקון יש להריץ: ‎reinex-desktop schema apply --database-url URL‎</translation>
    </message>
    <message>
        <source>The database cannot be used as it is: {objects} is missing from a table the clinic shares with the payroll product. Reinex adds no columns to shared tables; bring the clinic's web setup up to date first.</source>
        <translation>לא ניתן להשתמש במסד הנתונים כפי שהוא: {objects} חסר בטבלה שהמרפאה חולקת עם מערכת השכר. Reinex אינו מוסיף עמודות לטבלאות משותפות; יש לעדכן תחילה את ההתקנה של אפליקציית הרשת של המרפאה.</translation>
    </message>
    <message>
        <source>The database cannot be used as it is: the existing view {objects} lacks a column Reinex reads. Reinex never replaces a view it did not create; bring the clinic's web setup up to date first.</source>
        <translation>לא ניתן להשתמש במסד הנתונים כפי שהוא: בתצוגה הקיימת {objects} חסרה עמודה ש-Reinex קורא. Reinex לעולם אינו מחליף תצוגה שלא הוא יצר; יש לעדכן תחילה את ההתקנה של אפליקציית הרשת של המרפאה.</translation>
    </message>
    <message>
        <source>The database cannot be used as it is: {objects} exists but is not the kind of object Reinex needs (for example a view where a table is expected). Nothing was changed.</source>
        <translation>לא ניתן להשתמש במסד הנתונים כפי שהוא: {objects} קיים, אך אינו מהסוג ש-Reinex צריך (למשל תצוגה במקום שבו נדרשת טבלה). דבר לא שונה.</translation>
    </message>
    <message>
        <source>The database login {login} sees no rows of {objects}: row-level security shows the clinic's data only to members of the app_user role. Ask the clinic's administrator to make this login a member of app_user.</source>
        <translation>משתמש מסד הנתונים {login} אינו רואה אף שורה של {objects}: אבטחה ברמת השורה מציגה את נתוני המרפאה רק לחברי התפקיד app_user. יש לבקש ממנהל המערכת של המרפאה לצרף את המשתמש הזה ל-app_user.</translation>
    </message>
    <message>
        <source>The database login {login} may not read {objects}. Ask the clinic's administrator to make this login a member of app_user.</source>
        <translation>למשתמש מסד הנתונים {login} אין הרשאה לקרוא את {objects}. יש לבקש ממנהל המערכת של המרפאה לצרף את המשתמש הזה ל-app_user.</translation>
    </message>
    <message>
        <source>The database login {login} may not write {objects}. Ask the clinic's administrator to make this login a member of app_user.</source>
        <translation>למשתמש מסד הנתונים {login} אין הרשאה לכתוב ב-{objects}. יש לבקש ממנהל המערכת של המרפאה לצרף את המשתמש הזה ל-app_user.</translation>
    </message>
    <message>
        <source>The schema is complete.</source>
        <translation>הסכמה שלמה.</translation>
    </message>
    <message>
        <source>Schema upgrade required</source>
        <translation>נדרש עדכון סכמה</translation>
    </message>
    <message>
        <source>The clinic database cannot be used as it is</source>
        <translation>לא ניתן להשתמש במסד הנתונים של המרפאה כפי שהוא</translation>
    </message>
    <message>
        <source>This database login cannot work with the clinic's data</source>
        <translation>משתמש מסד הנתונים הזה אינו יכול לעבוד עם נתוני המרפאה</translation>
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