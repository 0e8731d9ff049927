<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>ChargingPage</name>
    <message>
        <source>Cancellations and no-shows</source>
        <translation>ביטולים ואי־הגעה</translation>
    </message>
    <message>
        <source>A cancellation given less than the set number of hours before the lesson is charged the set share.</source>
        <translation>ביטול שנמסר פחות ממספר השעות שנקבע לפני השיעור מחויב באחוז שנקבע.</translation>
    </message>
    <message>
        <source>Notice shorter than (hours)</source>
        <translation>הודעה של פחות מ־(שעות)</translation>
    </message>
    <message>
        <source>Charge (%)</source>
        <translation>חיוב (%)</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>הוספת חלון</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>הסרת חלון</translation>
    </message>
    <message>
        <source>No-show charge</source>
        <translation>חיוב על אי־הגעה</translation>
    </message>
    <message>
        <source>Emergency medical notes per student a year</source>
        <translation>אישורים רפואיים דחופים לתלמיד/ה בשנה</translation>
    </message>
    <message>
        <source>Warn when fewer lessons than this remain</source>
        <translation>התראה כשנותרו פחות שיעורים מ־</translation>
    </message>
    <message>
        <source>Payers and HMOs</source>
        <translation>משלמים וקופות חולים</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>מי משלם</translation>
    </message>
    <message>
        <source>Co-payment (₪)</source>
        <translation>השתתפות עצמית (₪)</translation>
    </message>
    <message>
        <source>Missed lessons</source>
        <translation>שיעורים שהוחמצו</translation>
    </message>
    <message>
        <source>Add payer</source>
        <translation>הוספת משלם</translation>
    </message>
    <message>
        <source>Remove payer</source>
        <translation>הסרת משלם</translation>
    </message>
    <message>
        <source>“Missed lessons”: whether the payer also pays cancellation and no-show charges.</source>
        <translation>„שיעורים שהוחמצו”: האם המשלם משלם גם על חיובי ביטול ואי־הגעה.</translation>
    </message>
    <message>
        <source>Pays for missed lessons</source>
        <translation>משלם על שיעורים שהוחמצו</translation>
    </message>
</context>
<context>
    <name>ColorsPage</name>
    <message>
        <source>Each instructor&apos;s lessons are drawn in their color. Two instructors cannot share one.</source>
        <extracomment>The user chose a color (a `#rrggbb`, or None to clear) for an instructor.</extracomment>
        <translation>השיעורים של כל מדריך/ה מוצגים בצבע שלו/ה. לשני מדריכים לא יכול להיות אותו צבע.</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>מדריך/ה</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>צבע</translation>
    </message>
    <message>
        <source>Choose color…</source>
        <translation>בחירת צבע…</translation>
    </message>
    <message>
        <source>Clear color</source>
        <translation>ניקוי צבע</translation>
    </message>
    <message>
        <source>No color</source>
        <translation>ללא צבע</translation>
    </message>
    <message>
        <source>Color of {name}</source>
        <translation>הצבע של {name}</translation>
    </message>
</context>
<context>
    <name>ColumnOrderPage</name>
    <message>
        <source>The calendars show one column per active instructor, in this order. Select an instructor and move them up or down ({up} / {down}), or drag them.</source>
        <translation>ביומן מוצגת עמודה לכל מדריך פעיל, לפי הסדר הזה. בחרו מדריך והזיזו אותו למעלה או למטה ({up} / {down}), או גררו אותו.</translation>
    </message>
    <message>
        <source>Instructor column order</source>
        <translation>סדר עמודות המדריכים</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>הזזה למ&amp;עלה</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>הזזה למ&amp;טה</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source> minutes</source>
        <translation> דקות</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>שם המרכז</translation>
    </message>
    <message>
        <source>Undo a generation run within</source>
        <translation>אפשר לבטל יצירת שיעורים בתוך</translation>
    </message>
    <message>
        <source>Generate lessons ahead for</source>
        <translation>יצירת שיעורים קדימה ל־</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Business hours</source>
        <translation>שעות פעילות</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>שעת פתיחה</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>שעת סגירה</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>ימי סגירה</translation>
    </message>
    <message>
        <source>Closed on Israeli holidays</source>
        <translation>סגור בחגי ישראל</translation>
    </message>
    <message>
        <source>Add closed day</source>
        <translation>הוספת יום סגירה</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Confirmation request</source>
        <translation>בקשת אישור הגעה</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>תזכורת</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Family confirmation (all of a family's lessons of a day)</source>
        <translation>אישור הגעה למשפחה (כל השיעורים של המשפחה באותו יום)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>שדות להשלמה</translation>
    </message>
    <message>
        <source>In the family confirmation:</source>
        <translation>בהודעת אישור ההגעה למשפחה:</translation>
    </message>
    <message>
        <source>Noa Cohen</source>
        <translation>נועה כהן</translation>
    </message>
    <message>
        <source>Noa</source>
        <translation>נועה</translation>
    </message>
    <message>
        <source>Ronit</source>
        <translation>רונית</translation>
    </message>
    <message>
        <source>Yael Levi</source>
        <translation>יעל לוי</translation>
    </message>
    <message>
        <source>Therapeutic riding</source>
        <translation>רכיבה טיפולית</translation>
    </message>
    <message>
        <source>the clinic</source>
        <translation>המרכז</translation>
    </message>
    <message>
        <source>Dan</source>
        <translation>דן</translation>
    </message>
    <message>
        <source>Example: {text}</source>
        <translation>דוגמה: {text}</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>These choices apply on top of what each role may do. “Off” takes a permission away from every role; “On” turns Reinex, automated WhatsApp or GreenInvoice on for the owners and administrators. Only the owner changes them.</source>
        <translation>הבחירות כאן חלות על מה שכל תפקיד רשאי לעשות. &quot;כבוי&quot; מסיר הרשאה מכל התפקידים; &quot;פעיל&quot; מפעיל את ריינקס, וואטסאפ אוטומטי או חשבונית ירוקה לבעלים ולמנהלים. רק הבעלים משנים אותן.</translation>
    </message>
    <message>
        <source>As the role allows</source>
        <translation>לפי התפקיד</translation>
    </message>
    <message>
        <source>On</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>כבוי</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Clinic settings</source>
        <translation>הגדרות המרכז</translation>
    </message>
    <message>
        <source>Hours and closed days</source>
        <extracomment>The Owner of a clinic database sets the organization&apos;s permission overrides here.</extracomment>
        <translation>שעות וימי סגירה</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>חיובים</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>הודעות</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>תזמון</translation>
    </message>
    <message>
        <source>Instructor colors</source>
        <translation>צבעי מדריכים</translation>
    </message>
    <message>
        <source>Column order</source>
        <translation>סדר העמודות</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>הרשאות</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Some stored settings could not be read and are shown with their defaults: {keys}</source>
        <translation>חלק מההגדרות השמורות לא נקראו ומוצגים במקומן ערכי ברירת המחדל: {keys}</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>לא בוצע שינוי.</translation>
    </message>
    <message>
        <source>Settings saved ({count} changed).</source>
        <translation>ההגדרות נשמרו ({count} שונו).</translation>
    </message>
    <message>
        <source>The instructor&apos;s color was saved.</source>
        <translation>הצבע של המדריך/ה נשמר.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Try again in a moment.</source>
        <translation>לא ניתן היה לשמור את ההגדרות. אפשר לנסות שוב בעוד רגע.</translation>
    </message>
</context>
</TS>
