<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Settings</name>
    <message>
        <source>A color is written #RRGGBB, for example #2e7d32.</source>
        <translation>צבע נכתב בתבנית ‎#RRGGBB‎, למשל ‎#2e7d32‎.</translation>
    </message>
    <message>
        <source>{name} already has this color; choose another.</source>
        <translation>הצבע הזה כבר שייך ל{name}; יש לבחור צבע אחר.</translation>
    </message>
    <message>
        <source>The instructor was not found.</source>
        <translation>המדריך/ה לא נמצא/ה.</translation>
    </message>
    <message>
        <source>Business hours must give each weekday its opening and closing time.</source>
        <translation>שעות הפעילות חייבות לכלול שעת פתיחה ושעת סגירה לכל יום בשבוע.</translation>
    </message>
    <message>
        <source>Times are written HH:MM on the quarter hour, for example 07:45.</source>
        <translation>שעות נכתבות בתבנית HH:MM ברבעי שעה, למשל 07:45.</translation>
    </message>
    <message>
        <source>On {day}, closing must come after opening.</source>
        <translation>ביום {day} שעת הסגירה חייבת להיות אחרי שעת הפתיחה.</translation>
    </message>
    <message>
        <source>The clinic must be open on at least one day of the week.</source>
        <translation>המרכז חייב להיות פתוח לפחות יום אחד בשבוע.</translation>
    </message>
    <message>
        <source>Closed days must be a list of dates (YYYY-MM-DD).</source>
        <translation>ימי סגירה חייבים להיות רשימה של תאריכים (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>At most {max} closed days can be listed.</source>
        <translation>אפשר להגדיר עד {max} ימי סגירה.</translation>
    </message>
    <message>
        <source>This setting is either on or off.</source>
        <translation>הגדרה זו יכולה להיות מופעלת או כבויה בלבד.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>יש להזין מספר שלם בין {low} ל־{high}.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name cannot be empty and can be at most 100 characters long.</source>
        <translation>שם המרכז אינו יכול להיות ריק, ואורכו עד 100 תווים.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}.</source>
        <translation>אזור זמן לא מוכר: {zone}.</translation>
    </message>
    <message>
        <source>The instructor order must be a list of instructors.</source>
        <translation>סדר המדריכים חייב להיות רשימה של מדריכים.</translation>
    </message>
    <message>
        <source>Permission overrides must turn known permission keys on or off; &apos;{key}&apos; is not one.</source>
        <translation>הגדרות ההרשאות של הארגון מפעילות או מכבות מפתחות הרשאה מוכרים בלבד; &apos;{key}&apos; אינו אחד מהם.</translation>
    </message>
    <message>
        <source>Sunday</source>
        <extracomment>Weekday names used in messages (0 = Sunday), source texts in the &quot;Settings&quot; context.</extracomment>
        <translation>ראשון</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>שני</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>שלישי</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>רביעי</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>חמישי</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>שישי</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>שבת</translation>
    </message>
    <message>
        <source>The instructor order names someone who is not one of the clinic&apos;s instructors.</source>
        <translation>סדר המדריכים כולל מישהו שאינו מדריך במרכז.</translation>
    </message>
    <message>
        <source>Each instructor can appear only once in the instructor order.</source>
        <translation>כל מדריך יכול להופיע רק פעם אחת בסדר המדריכים.</translation>
    </message>
</context>
</TS>
