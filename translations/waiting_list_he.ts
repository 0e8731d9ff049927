<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Weekly series from a match</source>
        <translation>סדרה שבועית מהתאמה</translation>
    </message>
    <message>
        <source>Book this match</source>
        <translation>קביעת שיעור מההתאמה</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>תלמיד/ה</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>מדריך/ה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>כל שבוע</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;מתאריך</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>התנגשויות</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>אין התנגשויות.</translation>
    </message>
    <message>
        <source>{count} conflicts — check them before creating.</source>
        <translation>{count} התנגשויות — כדאי לבדוק אותן לפני היצירה.</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>ליצור בכל זאת</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Use time window {n}</source>
        <translation>שימוש בחלון שעות {n}</translation>
    </message>
    <message>
        <source>Day of window {n}</source>
        <translation>היום של חלון {n}</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>כל יום</translation>
    </message>
</context>
<context>
    <name>EntryEditorDialog</name>
    <message>
        <source>Waiting-list entry</source>
        <translation>רשומה ברשימת ההמתנה</translation>
    </message>
    <message>
        <source>Edit waiting-list entry</source>
        <translation>עריכת רשומה ברשימת ההמתנה</translation>
    </message>
    <message>
        <source>Preferred instructors</source>
        <translation>מדריכים מועדפים</translation>
    </message>
    <message>
        <source>Willing to pay a premium</source>
        <translation>מוכנים לשלם תוספת</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <source>Why this family comes first</source>
        <translation>למה המשפחה הזו קודמת</translation>
    </message>
    <message>
        <source>&amp;Student</source>
        <translation>&amp;תלמיד/ה</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>&amp;שירות</translation>
    </message>
    <message>
        <source>Preferred days</source>
        <translation>ימים מועדפים</translation>
    </message>
    <message>
        <source>Preferred hours</source>
        <translation>שעות מועדפות</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;הערות</translation>
    </message>
    <message>
        <source>Choose the student first.</source>
        <translation>יש לבחור קודם תלמיד/ה.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>ייתכן כפל</translation>
    </message>
    <message>
        <source>Save the entry anyway?</source>
        <translation>לשמור את הרשומה בכל זאת?</translation>
    </message>
</context>
<context>
    <name>FillSlotDialog</name>
    <message>
        <source>Fill this slot</source>
        <translation>מילוי המקום</translation>
    </message>
    <message>
        <source>Waiting families that fit</source>
        <translation>משפחות ממתינות שמתאימות</translation>
    </message>
    <message>
        <source>Offer message</source>
        <translation>הודעת הצעה</translation>
    </message>
    <message>
        <source>&amp;Copy the offer</source>
        <translation>&amp;העתקת ההצעה</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;וואטסאפ</translation>
    </message>
    <message>
        <source>&amp;Book for this family…</source>
        <translation>&amp;קביעה למשפחה הזו…</translation>
    </message>
    <message>
        <source>Families waiting for this slot, priority first:</source>
        <translation>משפחות שממתינות למקום הזה, קודם בעדיפות:</translation>
    </message>
    <message>
        <source>No waiting family fits this slot.</source>
        <translation>אין משפחה ממתינה שמתאימה למקום הזה.</translation>
    </message>
    <message>
        <source>The offer was copied.</source>
        <translation>ההצעה הועתקה.</translation>
    </message>
    <message>
        <source>Fill this slot…</source>
        <translation>מילוי המקום הזה…</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Waiting list</source>
        <translation>רשימת המתנה</translation>
    </message>
</context>
<context>
    <name>WaitingListOffers</name>
    <message>
        <source>Hello {guardian}, a place opened for {student}: {service} with {instructor} on {day} {date} at {start}. Would it suit you? Please reply and we will book it. {clinic}</source>
        <translation>שלום {guardian}, התפנה מקום עבור {student}: {service} עם {instructor} ב{day} {date} בשעה {start}. האם זה מתאים לכם? נשמח לתשובה ונקבע. {clinic}</translation>
    </message>
    <message>
        <source>No valid phone number for {guardian}.</source>
        <translation>אין מספר טלפון תקין עבור {guardian}.</translation>
    </message>
</context>
<context>
    <name>WaitingListProfilePage</name>
    <message>
        <source>New waiting-list entry…</source>
        <translation>רשומה חדשה ברשימת ההמתנה…</translation>
    </message>
</context>
<context>
    <name>WaitingListReasons</name>
    <message>
        <source>Sunday</source>
        <translation>יום ראשון</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>יום שני</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>יום שלישי</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>יום רביעי</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>יום חמישי</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>יום שישי</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>שבת</translation>
    </message>
    <message>
        <source>prefers {day}</source>
        <translation>מעדיפים {day}</translation>
    </message>
    <message>
        <source>prefers {day} {start}–{end}</source>
        <translation>מעדיפים {day} {start}–{end}</translation>
    </message>
    <message>
        <source>prefers {start}–{end}</source>
        <translation>מעדיפים {start}–{end}</translation>
    </message>
    <message>
        <source>prefers {instructor}</source>
        <translation>מעדיפים את {instructor}</translation>
    </message>
    <message>
        <source>group has {taken}/{capacity}</source>
        <translation>בקבוצה {taken}/{capacity}</translation>
    </message>
    <message>
        <source>free time of {instructor}</source>
        <translation>זמן פנוי של {instructor}</translation>
    </message>
    <message>
        <source>the clinic is closed on {day}</source>
        <translation>המרכז סגור ב{day}</translation>
    </message>
    <message>
        <source>the clinic is closed that day</source>
        <translation>המרכז סגור ביום זה</translation>
    </message>
    <message>
        <source>holiday: {holiday}</source>
        <translation>חג: {holiday}</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>מחוץ לשעות הפעילות</translation>
    </message>
    <message>
        <source>already past</source>
        <translation>השעה כבר עברה</translation>
    </message>
    <message>
        <source>{instructor} does not give this service</source>
        <translation>{instructor} לא נותנ/ת את השירות הזה</translation>
    </message>
    <message>
        <source>{instructor} does not work on {day}</source>
        <translation>{instructor} לא עובד/ת ב{day}</translation>
    </message>
    <message>
        <source>{instructor} has another lesson then</source>
        <translation>ל{instructor} יש שיעור אחר בשעה זו</translation>
    </message>
    <message>
        <source>the group is full ({taken}/{capacity})</source>
        <translation>הקבוצה מלאה ({taken}/{capacity})</translation>
    </message>
    <message>
        <source>the lesson is of another service</source>
        <translation>השיעור הוא של שירות אחר</translation>
    </message>
    <message>
        <source>the lesson is cancelled</source>
        <translation>השיעור בוטל</translation>
    </message>
    <message>
        <source>the student is already in this lesson</source>
        <translation>התלמיד/ה כבר רשום/ה לשיעור הזה</translation>
    </message>
    <message>
        <source>the student has another lesson then</source>
        <translation>לתלמיד/ה יש שיעור אחר בשעה זו</translation>
    </message>
    <message>
        <source>{day} is not a preferred day</source>
        <translation>{day} אינו יום מועדף</translation>
    </message>
    <message>
        <source>outside the preferred hours</source>
        <translation>מחוץ לשעות המועדפות</translation>
    </message>
</context>
<context>
    <name>WaitingListReport</name>
    <message>
        <source>{position}. {student} — {service}, waiting since {since}</source>
        <translation>{position}. {student} — {service}, ממתין מאז {since}</translation>
    </message>
    <message>
        <source>priority: {reason}</source>
        <translation>עדיפות: {reason}</translation>
    </message>
    <message>
        <source>days: {days}</source>
        <translation>ימים: {days}</translation>
    </message>
    <message>
        <source>hours: {hours}</source>
        <translation>שעות: {hours}</translation>
    </message>
    <message>
        <source>instructors: {names}</source>
        <translation>מדריכים: {names}</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>כל יום</translation>
    </message>
    <message>
        <source>{date} {day} {start}–{end}, {instructor} (score {score}): {reasons}</source>
        <translation>{date} {day} {start}–{end}, {instructor} (ניקוד {score}): {reasons}</translation>
    </message>
    <message>
        <source>no slot fits in these weeks</source>
        <translation>אין מקום מתאים בשבועות אלה</translation>
    </message>
    <message>
        <source>{count} open entries.</source>
        <translation>{count} רשומות פתוחות.</translation>
    </message>
    <message>
        <source>--weeks must be 1 to 26 and --limit 1 to 100.</source>
        <translation>‏--weeks צריך להיות בין 1 ל-26, ו--limit בין 1 ל-100.</translation>
    </message>
    <message>
        <source>{matched} of {count} open entries have a slot from {first} to {last}.</source>
        <translation>ל-{matched} מתוך {count} הרשומות הפתוחות יש מקום בין {first} ל-{last}.</translation>
    </message>
</context>
<context>
    <name>WaitingListRules</name>
    <message>
        <source>Preferred days are Sunday to Friday.</source>
        <translation>הימים המועדפים הם ראשון עד שישי.</translation>
    </message>
    <message>
        <source>A preferred time window must end after it starts.</source>
        <translation>חלון שעות מועדף צריך להסתיים אחרי שהוא מתחיל.</translation>
    </message>
    <message>
        <source>A priority entry needs a reason.</source>
        <translation>רשומה בעדיפות צריכה סיבה.</translation>
    </message>
    <message>
        <source>The notes are too long (at most {limit} characters).</source>
        <translation>ההערות ארוכות מדי (עד {limit} תווים).</translation>
    </message>
    <message>
        <source>This waiting-list entry no longer exists.</source>
        <translation>הרשומה ברשימת ההמתנה כבר לא קיימת.</translation>
    </message>
    <message>
        <source>The student or the service no longer exists.</source>
        <translation>התלמיד/ה או השירות כבר לא קיימים.</translation>
    </message>
    <message>
        <source>This waiting-list entry was already saved.</source>
        <translation>הרשומה ברשימת ההמתנה כבר נשמרה.</translation>
    </message>
    <message>
        <source>Only an open entry can be changed or matched.</source>
        <translation>אפשר לשנות או לשבץ רק רשומה פתוחה.</translation>
    </message>
    <message>
        <source>This entry is already closed.</source>
        <translation>הרשומה כבר סגורה.</translation>
    </message>
    <message>
        <source>A match becomes exactly one lesson or one weekly series.</source>
        <translation>שיבוץ הופך בדיוק לשיעור אחד או לסדרה שבועית אחת.</translation>
    </message>
    <message>
        <source>The lesson or series is for another student or service.</source>
        <translation>השיעור או הסדרה שייכים לתלמיד/ה או לשירות אחר.</translation>
    </message>
    <message>
        <source>Possible duplicate: the student already has a weekly series of this service.</source>
        <translation>ייתכן כפל: לתלמיד/ה כבר יש סדרה שבועית של השירות הזה.</translation>
    </message>
    <message>
        <source>Possible duplicate: the student already has an open entry for this service.</source>
        <translation>ייתכן כפל: לתלמיד/ה כבר יש רשומה פתוחה לשירות הזה.</translation>
    </message>
    <message>
        <source>Possible duplicate: the student already has a weekly series and an open entry for this service.</source>
        <translation>ייתכן כפל: לתלמיד/ה כבר יש סדרה שבועית ורשומה פתוחה לשירות הזה.</translation>
    </message>
</context>
<context>
    <name>WaitingListView</name>
    <message>
        <source>Join a group ({taken}/{capacity})</source>
        <translation>הצטרפות לקבוצה ({taken}/{capacity})</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>שיעור חדש</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>תלמיד/ה</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>ממתין מאז</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>העדפות</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>ההתאמה הטובה ביותר</translation>
    </message>
    <message>
        <source>No slot in these weeks</source>
        <translation>אין מקום בשבועות אלה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>מדריך/ה</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ניקוד</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>למה</translation>
    </message>
    <message>
        <source>Priority entries first, then the longest waiting. Slots: preferred instructor +40, group with room +30, −1 a day.</source>
        <translation>קודם רשומות בעדיפות, אחר כך מי שממתין הכי הרבה זמן. ניקוד מקום: מדריך/ה מועדף/ת — 40 נקודות, קבוצה עם מקום — 30 נקודות, ונקודה אחת פחות על כל יום מהיום.</translation>
    </message>
    <message>
        <source>&amp;Priority only</source>
        <translation>&amp;רק בעדיפות</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> שבועות</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>שבועות קדימה</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>שירות:</translation>
    </message>
    <message>
        <source>Instructor:</source>
        <translation>מדריך/ה:</translation>
    </message>
    <message>
        <source>Open entries</source>
        <translation>רשומות פתוחות</translation>
    </message>
    <message>
        <source>Matches of the selected entry</source>
        <translation>התאמות לרשומה הנבחרת</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>רשומה &amp;חדשה…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;עריכה…</translation>
    </message>
    <message>
        <source>C&amp;lose entry…</source>
        <translation>&amp;סגירת רשומה…</translation>
    </message>
    <message>
        <source>&amp;Book once…</source>
        <translation>&amp;קביעת שיעור…</translation>
    </message>
    <message>
        <source>Weekly &amp;series…</source>
        <translation>סדרה &amp;שבועית…</translation>
    </message>
    <message>
        <source>{count} open · {matched} with a slot</source>
        <translation>{count} פתוחות · ל-{matched} יש מקום</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>כל השירותים</translation>
    </message>
    <message>
        <source>All instructors</source>
        <translation>כל המדריכים</translation>
    </message>
    <message>
        <source>Close entry</source>
        <translation>סגירת רשומה</translation>
    </message>
    <message>
        <source>Close the entry of {student}? Reason (optional):</source>
        <translation>לסגור את הרשומה של {student}? סיבה (לא חובה):</translation>
    </message>
    <message>
        <source>The entry was closed.</source>
        <translation>הרשומה נסגרה.</translation>
    </message>
    <message>
        <source>Created; the entry is now matched.</source>
        <translation>נוצר; הרשומה סומנה כמשובצת.</translation>
    </message>
</context>
</TS>