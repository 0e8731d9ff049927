<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>App</name>
    <message>
        <source>Reception</source>
        <extracomment>The staff member (`"Employees".id`) signing in with `--database-url`; an Instructor needs it. Who is signed in, when the backend or the profile says it (web backend; bound database profile); None: the launch options say it. The background pusher/puller of a cached gateway; None when the data is local.</extracomment>
        <translation>קבלה</translation>
    </message>
    <message>
        <source>Reinex</source>
        <translation>ריינקס</translation>
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
        <extracomment>Embeddings and overrides reorder what follows them on a terminal; isolates and marks are kept.</extracomment>
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
    <name>DayCard</name>
    <message>
        <source>Lessons</source>
        <extracomment>The areas whose change can change a count or a line of the screen. The section that resolves each kind of line (the sync's lines open its attention dialog).</extracomment>
        <translation>שיעורים</translation>
    </message>
    <message>
        <source>Students expected</source>
        <translation>תלמידים צפויים</translation>
    </message>
    <message>
        <source>Instructors teaching</source>
        <translation>מדריכים בעבודה</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Only an owner or an administrator may decide who works at a desk; your role is {role}.</source>
        <extracomment>The user's own `"Employees"` row: the instructor whose lessons an Instructor sees. The organization's permission overrides (plan §7.2). How the profile names the database (host and database, no password).</extracomment>
        <translation>רק בעלים או מנהל/ת רשאים לקבוע מי עובד בעמדה; התפקיד שלך הוא {role}.</translation>
    </message>
    <message>
        <source>Choose one of the roles for the desk.</source>
        <translation>בחרו אחד מהתפקידים לעמדה.</translation>
    </message>
    <message>
        <source>An instructor's desk must name the instructor.</source>
        <translation>עמדה של מדריך/ה חייבת לציין את המדריך/ה.</translation>
    </message>
    <message>
        <source>The chosen staff member is not an active member of this clinic's staff.</source>
        <translation>איש הצוות שנבחר אינו חבר פעיל בצוות של המרכז.</translation>
    </message>
    <message>
        <source>Signing in as an instructor needs the instructor: choose them in the connection settings, or start with --staff and their staff id.</source>
        <translation>כניסה בתפקיד מדריך/ה דורשת לציין את המדריך/ה: בחרו אותו/ה בהגדרות החיבור, או הפעילו עם ‎--staff‎ ומזהה איש הצוות.</translation>
    </message>
    <message>
        <source>No instructor of this clinic has the id {id}.</source>
        <translation>לאף מדריך/ה במרכז אין את המזהה {id}.</translation>
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
    <message>
        <source>Reinex is on for the organization</source>
        <translation>ריינקס פעיל בארגון</translation>
    </message>
    <message>
        <source>Manage the schedule and students</source>
        <translation>ניהול לוח הזמנים והתלמידים</translation>
    </message>
    <message>
        <source>Manage money (prices, commitments)</source>
        <translation>ניהול כספים (מחירים, התחייבויות)</translation>
    </message>
    <message>
        <source>See money (balances, charges)</source>
        <translation>צפייה בכספים (יתרות, חיובים)</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>שכר</translation>
    </message>
    <message>
        <source>Manage forms and the onboarding review</source>
        <translation>ניהול טפסים ואישור הקליטה</translation>
    </message>
    <message>
        <source>Manage the waiting list</source>
        <translation>ניהול רשימת ההמתנה</translation>
    </message>
    <message>
        <source>WhatsApp messages sent by hand</source>
        <translation>הודעות וואטסאפ שנשלחות ידנית</translation>
    </message>
    <message>
        <source>Automated WhatsApp messages (needs approval)</source>
        <translation>הודעות וואטסאפ אוטומטיות (דורש אישור)</translation>
    </message>
    <message>
        <source>GreenInvoice invoices (needs approval)</source>
        <translation>חשבוניות בחשבונית ירוקה (דורש אישור)</translation>
    </message>
    <message>
        <source>See medical information</source>
        <translation>צפייה במידע רפואי</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>סימון נוכחות</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>הגדרות המרכז</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;בטל</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;בצע שוב</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation>&amp;בטל „{action}”</translation>
    </message>
    <message>
        <source>&amp;Redo “{action}”</source>
        <translation>&amp;בצע שוב „{action}”</translation>
    </message>
    <message>
        <source>{action} — Undo: Ctrl+Z</source>
        <translation>{action} — לביטול: Ctrl+Z</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>בוטל: {action}</translation>
    </message>
    <message>
        <source>Undone: {action} — Redo: Ctrl+Shift+Z</source>
        <translation>בוטל: {action} — לביצוע שוב: Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>בוצע שוב: {action}</translation>
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
    <message numerus="yes">
        <source>%n families not yet confirmed for {day}</source>
        <translation>
            <numerusform>משפחה אחת עוד לא אישרה הגעה ל{day}</numerusform>
            <numerusform>%n משפחות עוד לא אישרו הגעה ל{day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons in a conflict on {day}</source>
        <translation>
            <numerusform>שיעור אחד בהתנגשות ב{day}</numerusform>
            <numerusform>%n שיעורים בהתנגשות ב{day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons not yet documented on {day}</source>
        <translation>
            <numerusform>שיעור אחד עוד לא תועד ב{day}</numerusform>
            <numerusform>%n שיעורים עוד לא תועדו ב{day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students with a used-up balance</source>
        <translation>
            <numerusform>תלמיד אחד שהיתרה שלו נגמרה</numerusform>
            <numerusform>%n תלמידים שהיתרה שלהם נגמרה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students with a low balance</source>
        <translation>
            <numerusform>תלמיד אחד שהיתרה שלו עומדת להיגמר</numerusform>
            <numerusform>%n תלמידים שהיתרה שלהם עומדת להיגמר</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes that need attention before they sync</source>
        <translation>
            <numerusform>שינוי אחד צריך טיפול לפני שיסונכרן</numerusform>
            <numerusform>%n שינויים צריכים טיפול לפני שיסונכרנו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freed slots fit a family on the waiting list</source>
        <translation>
            <numerusform>מקום אחד שהתפנה מתאים למשפחה מרשימת ההמתנה</numerusform>
            <numerusform>%n מקומות שהתפנו מתאימים למשפחות מרשימת ההמתנה</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>אין כרגע דבר שדורש טיפול.</translation>
    </message>
    <message>
        <source>{clinic} — {day}</source>
        <translation>{clinic} — {day}</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>היום, {day}</translation>
    </message>
    <message>
        <source>Next business day, {day}</source>
        <translation>יום העבודה הבא, {day}</translation>
    </message>
    <message>
        <source>Active instructors: {instructors} · Active students: {students}</source>
        <translation>מדריכים פעילים: {instructors} · תלמידים פעילים: {students}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Reinex is turned off for this organization. Ask the organization's owner to turn it on.</source>
        <extracomment>What each role may do before an organization's own `org_settings.permissions` refine it (plan §7.1): Owner — everything, settings and payroll included (the keys that need approval stay off); Admin — scheduling, financials, forms and settings, no payroll; Office — daily scheduling, confirmations, attendance, financials read-only; Instructor — their own lessons and attendance; Read-only — reports. The key of `public."Settings"` that holds a directly-connected tenant's organization overrides (`{"reinex_forms_manage": false, …}`): the tenant-side copy of `org_settings.permissions` (plan §7.2). Keys an organization may only grant or revoke for everyone: the switches of plan §7.3 that turn a whole product or integration on or off ("requires approval"). The role defaults of the others still decide who, among the organization's members, may use them. Roles of the web app's `org_memberships.role` that are not Reinex roles: a plain member of a TutTiud-style organization is an instructor.</extracomment>
        <translation>ריינקס כבוי בארגון הזה. בקשו מבעלי הארגון להפעיל אותו.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this.</source>
        <translation>לתפקיד שלך ({role}) אין הרשאה לפעולה זו.</translation>
    </message>
</context>
<context>
    <name>ReinexDisabledView</name>
    <message>
        <source>Reinex is turned off</source>
        <translation>ריינקס כבוי</translation>
    </message>
    <message>
        <source>Turn Reinex on</source>
        <translation>הפעלת ריינקס</translation>
    </message>
    <message>
        <source>Reinex is on again. Start Reinex again to open the clinic.</source>
        <translation>ריינקס פעיל שוב. הפעילו את ריינקס מחדש כדי לפתוח את המרכז.</translation>
    </message>
    <message>
        <source>Reinex could not be turned on.</source>
        <translation>לא ניתן היה להפעיל את ריינקס.</translation>
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
<context>
    <name>Undo</name>
    <message>
        <source>Lesson moved</source>
        <translation>השיעור הועבר</translation>
    </message>
    <message>
        <source>Lesson length changed</source>
        <translation>משך השיעור שונה</translation>
    </message>
    <message>
        <source>Lesson booked</source>
        <translation>השיעור נקבע</translation>
    </message>
    <message>
        <source>Participant added</source>
        <translation>משתתף נוסף לשיעור</translation>
    </message>
    <message>
        <source>Marked attended</source>
        <translation>סומן: הגיע לשיעור</translation>
    </message>
    <message>
        <source>Marked no-show</source>
        <translation>סומן: לא הגיע</translation>
    </message>
    <message>
        <source>Cancellation by the student recorded</source>
        <translation>נרשם ביטול מצד התלמיד</translation>
    </message>
    <message>
        <source>Cancellation by the clinic recorded</source>
        <translation>נרשם ביטול מצד המרכז</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <extracomment>What an undo may change: the lessons, and for a cancellation the (zero) charges and earnings.</extracomment>
        <translation>אין פעולה לבטל.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>אין פעולה לבצע שוב.</translation>
    </message>
    <message>
        <source>“{action}” cannot be undone: someone else changed this lesson since. Nothing was changed; the calendar shows the lesson as it is now.</source>
        <translation>אי אפשר לבטל את „{action}”: מישהו אחר שינה את השיעור בינתיים. דבר לא שונה; היומן מציג את השיעור כפי שהוא עכשיו.</translation>
    </message>
    <message>
        <source>“{action}” cannot be redone: someone else changed this lesson since. Nothing was changed; the calendar shows the lesson as it is now.</source>
        <translation>אי אפשר לבצע שוב את „{action}”: מישהו אחר שינה את השיעור בינתיים. דבר לא שונה; היומן מציג את השיעור כפי שהוא עכשיו.</translation>
    </message>
</context>
</TS>