<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Changes that need attention</source>
        <extracomment>The user chose to re-book: open this clinic day.</extracomment>
        <translation>שינויים שדורשים טיפול</translation>
    </message>
    <message>
        <source>These changes could not be saved as they were. Nothing is lost: choose for each one whether to keep yours, keep the other change, or book it again.</source>
        <translation>לא ניתן היה לשמור את השינויים האלה כפי שהם. שום דבר לא אבד: בחרו לכל שינוי אם לשמור את שלכם, להשאיר את השינוי האחר או לקבוע מחדש.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>לשמור את שלי</translation>
    </message>
    <message>
        <source>Send my change again, over the other one.</source>
        <translation>לשלוח שוב את השינוי שלי, במקום השינוי האחר.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>להשאיר את שלהם</translation>
    </message>
    <message>
        <source>Drop my change; the other change stays.</source>
        <translation>לוותר על השינוי שלי; השינוי האחר נשאר.</translation>
    </message>
    <message>
        <source>Re-book…</source>
        <translation>קביעה מחדש…</translation>
    </message>
    <message>
        <source>Open the lesson&apos;s day to book it again.</source>
        <translation>לפתוח את יום השיעור כדי לקבוע אותו מחדש.</translation>
    </message>
    <message>
        <source>The decision could not be saved. Try again.</source>
        <translation>לא ניתן היה לשמור את ההחלטה. נסו שוב.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>בוצע על ידי</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>התנגשות</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>נדחה</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>חיבור</translation>
    </message>
    <message>
        <source>Embedded demo clinic (on this computer)</source>
        <translation>מרכז הדגמה מובנה (במחשב הזה)</translation>
    </message>
    <message>
        <source>Clinic database (PostgreSQL)</source>
        <translation>מסד הנתונים של המרכז (PostgreSQL)</translation>
    </message>
    <message>
        <source>Web backend</source>
        <translation>שרת האינטרנט</translation>
    </message>
    <message>
        <source>Where the clinic&apos;s data lives</source>
        <translation>היכן נשמרים נתוני המרכז</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>בדיקת חיבור</translation>
    </message>
    <message>
        <source>A demo clinic with realistic data, stored on this computer. Nothing is sent anywhere; good for trying Reinex out.</source>
        <translation>מרכז הדגמה עם נתונים מציאותיים, שמור במחשב הזה. שום דבר לא נשלח החוצה; מתאים להתנסות בריינקס.</translation>
    </message>
    <message>
        <source>Require an encrypted connection with a verified certificate</source>
        <translation>לדרוש חיבור מוצפן עם תעודה מאומתת</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחרו…</translation>
    </message>
    <message>
        <source>Nobody in particular (reception)</source>
        <translation>אף אחד מסוים (קבלה)</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>כתובת מסד הנתונים</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>Role at this desk</source>
        <translation>התפקיד בעמדה הזו</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <source>Web backend address</source>
        <translation>כתובת שרת האינטרנט</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ארגון</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>אסימון גישה</translation>
    </message>
    <message>
        <source>A password is saved in the system keyring; leave empty to keep it.</source>
        <translation>סיסמה שמורה במאגר הסיסמאות של המערכת; השאירו ריק כדי להמשיך להשתמש בה.</translation>
    </message>
    <message>
        <source>A token is saved in the system keyring; leave empty to keep it.</source>
        <translation>אסימון שמור במאגר הסיסמאות של המערכת; השאירו ריק כדי להמשיך להשתמש בו.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>בודקים את החיבור…</translation>
    </message>
    <message>
        <source>The connection could not be tested.</source>
        <translation>לא ניתן היה לבדוק את החיבור.</translation>
    </message>
    <message>
        <source>Saved. Reinex uses this connection from its next start.</source>
        <translation>נשמר. ריינקס ישתמש בחיבור הזה מההפעלה הבאה.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>לא ניתן היה לשמור את החיבור.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the database address, e.g. postgresql://user@host:5432/clinic.</source>
        <extracomment>PostgreSQL URL without the password, e.g. postgresql://reception@db.example.org:5432/clinic Require TLS with a verified certificate and host name (`sslmode=verify-full`). Who works at this desk on a tenant database: the role and the staff member (`&quot;Employees&quot;.id`) an Owner or Admin bound the profile to when it was made. The web backend says it itself.</extracomment>
        <translation>הזינו את כתובת מסד הנתונים, למשל postgresql://user@host:5432/clinic.</translation>
    </message>
    <message>
        <source>The database address must start with postgresql://.</source>
        <translation>כתובת מסד הנתונים צריכה להתחיל ב־postgresql://.</translation>
    </message>
    <message>
        <source>The database address must name a host and a database.</source>
        <translation>כתובת מסד הנתונים צריכה לכלול שרת ושם מסד נתונים.</translation>
    </message>
    <message>
        <source>Enter the web backend address, e.g. https://clinic.example.org.</source>
        <translation>הזינו את כתובת שרת האינטרנט, למשל https://clinic.example.org.</translation>
    </message>
    <message>
        <source>The web backend address must use https:// (plain http only on this computer).</source>
        <translation>כתובת שרת האינטרנט צריכה להתחיל ב־https://‏ (http רגיל מותר רק במחשב הזה).</translation>
    </message>
    <message>
        <source>Enter the organization identifier.</source>
        <translation>הזינו את מזהה הארגון.</translation>
    </message>
    <message>
        <source>Choose the role of the people who work at this desk.</source>
        <translation>בחרו את התפקיד של מי שעובדים בעמדה הזו.</translation>
    </message>
    <message>
        <source>Choose the instructor this desk belongs to; an instructor sees only their own lessons.</source>
        <translation>בחרו את המדריך/ה שהעמדה הזו שייכת לו/ה; מדריך/ה רואה רק את השיעורים שלו/ה.</translation>
    </message>
    <message>
        <source>The staff member is not a valid identifier.</source>
        <translation>מזהה איש הצוות אינו תקין.</translation>
    </message>
    <message>
        <source>Enter the password or token.</source>
        <translation>הזינו סיסמה או אסימון גישה.</translation>
    </message>
    <message>
        <source>The password or token is longer than the keyring can keep ({limit} characters).</source>
        <translation>הסיסמה או האסימון ארוכים ממה שמאגר הסיסמאות יכול לשמור ({limit} תווים).</translation>
    </message>
    <message>
        <source>The connection works and the clinic database is complete.</source>
        <extracomment>Windows Credential Manager keeps at most 2,560 bytes per secret.</extracomment>
        <translation>החיבור תקין ומסד הנתונים של המרכז שלם.</translation>
    </message>
    <message>
        <source>The connection works: {organization}, signed in as {role}.</source>
        <translation>החיבור תקין: {organization}, מחוברים בתפקיד {role}.</translation>
    </message>
    <message>
        <source>Connected, but the clinic database needs a schema upgrade. It lacks: {missing}.</source>
        <translation>יש חיבור, אבל מסד הנתונים של המרכז צריך עדכון סכמה. חסרים בו: {missing}.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address, the network and the certificate.</source>
        <translation>אין גישה לשרת. בדקו את הכתובת, את הרשת ואת התעודה.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>השרת לא ענה בזמן.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>השרת השיב בשגיאה.</translation>
    </message>
    <message>
        <source>The address answers, but not like a Reinex web backend.</source>
        <translation>הכתובת עונה, אבל לא כמו שרת האינטרנט של ריינקס.</translation>
    </message>
    <message>
        <source>The password or token was refused.</source>
        <translation>הסיסמה או האסימון נדחו.</translation>
    </message>
    <message>
        <source>This user is not a member of that organization.</source>
        <translation>המשתמש הזה אינו חבר בארגון הזה.</translation>
    </message>
    <message>
        <source>The clinic database lacks the change log for workstations; run the schema upgrade.</source>
        <translation>במסד הנתונים של המרכז חסר יומן השינויים לעמדות העבודה; הריצו את עדכון הסכמה.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>השרת דחה את הבקשה.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so the password cannot be kept. Install or unlock the system keyring and try again.</source>
        <translation>אין במחשב הזה מאגר סיסמאות מאובטח, ולכן אי אפשר לשמור את הסיסמה. התקינו או פתחו את מאגר הסיסמאות של המערכת ונסו שוב.</translation>
    </message>
</context>
<context>
    <name>SyncAttention</name>
    <message>
        <source>Booking a lesson</source>
        <translation>קביעת שיעור</translation>
    </message>
    <message>
        <source>Moving a lesson</source>
        <translation>הזזת שיעור</translation>
    </message>
    <message>
        <source>Adding a participant</source>
        <translation>הוספת משתתף</translation>
    </message>
    <message>
        <source>Calendar change</source>
        <translation>שינוי ביומן</translation>
    </message>
    <message>
        <source>Attendance change</source>
        <translation>שינוי בנוכחות</translation>
    </message>
    <message>
        <source>Student details change</source>
        <translation>שינוי בפרטי תלמיד</translation>
    </message>
    <message>
        <source>Weekly generation</source>
        <translation>יצירה שבועית</translation>
    </message>
    <message>
        <source>Weekly template change</source>
        <translation>שינוי בתבנית שבועית</translation>
    </message>
    <message>
        <source>Settings change</source>
        <translation>שינוי בהגדרות</translation>
    </message>
    <message>
        <source>Payment or commitment change</source>
        <translation>שינוי בתשלום או בהתחייבות</translation>
    </message>
    <message>
        <source>Waiting list change</source>
        <translation>שינוי ברשימת ההמתנה</translation>
    </message>
    <message>
        <source>Payroll export</source>
        <translation>ייצוא שכר</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>Someone else changed the same item meanwhile on another workstation.</source>
        <translation>מישהו אחר שינה את אותו פריט בינתיים בעמדה אחרת.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>השרת דחה את השינוי הזה.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>This item was already resolved.</source>
        <translation>הפריט הזה כבר טופל.</translation>
    </message>
    <message>
        <source>Only a change that collided with another can be sent again.</source>
        <translation>אפשר לשלוח שוב רק שינוי שהתנגש בשינוי אחר.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>The server cannot be reached. Your changes are kept and will be sent when it is back.</source>
        <extracomment>Problems that pass by themselves; the others need a person.</extracomment>
        <translation>אין גישה לשרת. השינויים שלכם שמורים וישלחו כשהחיבור יחזור.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your changes are kept and will be sent automatically.</source>
        <translation>השרת לא ענה בזמן. השינויים שלכם שמורים וישלחו אוטומטית.</translation>
    </message>
    <message>
        <source>The server reported an error. Your changes are kept and will be sent automatically.</source>
        <translation>השרת דיווח על שגיאה. השינויים שלכם שמורים וישלחו אוטומטית.</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be read. Your changes are kept; trying again.</source>
        <translation>השרת שלח תשובה שלא ניתן לקרוא. השינויים שלכם שמורים; מנסים שוב.</translation>
    </message>
    <message>
        <source>Sign-in was refused or has expired. Enter the password or token again in Connection.</source>
        <translation>ההתחברות נדחתה או פגה. הזינו שוב את הסיסמה או האסימון בחלון החיבור.</translation>
    </message>
    <message>
        <source>This user is not allowed into this organization. Check the organization in Connection.</source>
        <translation>למשתמש הזה אין גישה לארגון הזה. בדקו את הארגון בחלון החיבור.</translation>
    </message>
    <message>
        <source>The clinic database needs a schema upgrade before changes can be sent.</source>
        <translation>מסד הנתונים של המרכז צריך עדכון סכמה לפני שאפשר לשלוח שינויים.</translation>
    </message>
    <message>
        <source>The clinic database lacks the change log for workstations; a schema upgrade is required.</source>
        <translation>במסד הנתונים של המרכז חסר יומן השינויים לעמדות העבודה; נדרש עדכון סכמה.</translation>
    </message>
    <message>
        <source>The server refused a request from this version of the app. Changes are kept.</source>
        <translation>השרת דחה בקשה של גרסה זו של האפליקציה. השינויים שמורים.</translation>
    </message>
    <message>
        <source>The local copy was damaged and has been rebuilt; unsent changes were recovered.</source>
        <translation>העותק המקומי נפגם ונבנה מחדש; שינויים שטרם נשלחו שוחזרו.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <extracomment>The engine reported a status and the data areas that changed (emitted on the engine&apos;s thread). The user chose &quot;re-book&quot; for a write: open this clinic day.</extracomment>
        <translation>סנכרון עכשיו</translation>
    </message>
    <message>
        <source>Changes that need attention…</source>
        <translation>שינויים שדורשים טיפול…</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>חיבור…</translation>
    </message>
    <message>
        <source>Embedded demo database</source>
        <translation>מסד נתוני הדגמה מובנה</translation>
    </message>
    <message>
        <source>Tenant database</source>
        <translation>מסד הנתונים של המרכז</translation>
    </message>
    <message>
        <source>Web backend</source>
        <translation>שרת האינטרנט</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>במחשב הזה</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>מסנכרן…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>Stopped: needs attention</source>
        <translation>הסנכרון נעצר: נדרש טיפול</translation>
    </message>
    <message>
        <source>Online, with changes to resolve</source>
        <translation>מחובר, יש שינויים לטיפול</translation>
    </message>
    <message>
        <source>Waiting to be sent: {count}</source>
        <translation>ממתינים לשליחה: {count}</translation>
    </message>
    <message>
        <source>To resolve: {count}</source>
        <translation>לטיפול: {count}</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>סנכרון אחרון {time}</translation>
    </message>
    <message>
        <source>Changes have not moved for a while although the server answers.</source>
        <translation>השינויים לא זזים כבר זמן מה, אף שהשרת עונה.</translation>
    </message>
    <message>
        <source>Next attempt at {time}.</source>
        <translation>הניסיון הבא בשעה {time}.</translation>
    </message>
</context>
</TS>
