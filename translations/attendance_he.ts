<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>Attendance</name>
    <message>
        <source>The lesson was not found; it may have been removed.</source>
        <extracomment>Attendance (attended / no-show) may be recorded from this long before the lesson starts.</extracomment>
        <translation>השיעור לא נמצא; ייתכן שהוסר.</translation>
    </message>
    <message>
        <source>This student is not a participant of the lesson.</source>
        <translation>התלמיד/ה אינו/ה משתתף/ת בשיעור זה.</translation>
    </message>
    <message>
        <source>The attendance of {student} is already recorded. To change it, use Correct.</source>
        <translation>הנוכחות של {student} כבר נרשמה. כדי לשנות אותה יש להשתמש ב„תיקון”.</translation>
    </message>
    <message>
        <source>There is nothing to correct: the attendance of {student} has not been recorded yet.</source>
        <translation>אין מה לתקן: הנוכחות של {student} עדיין לא נרשמה.</translation>
    </message>
    <message>
        <source>Attendance can be recorded from 30 minutes before the lesson starts ({start}).</source>
        <translation>אפשר לרשום נוכחות החל מ־30 דקות לפני תחילת השיעור ({start}).</translation>
    </message>
    <message>
        <source>This lesson is cancelled; attendance cannot be recorded on it.</source>
        <translation>השיעור הזה בוטל; אי אפשר לרשום בו נוכחות.</translation>
    </message>
    <message>
        <source>Instructors may record attendance only for their own lessons.</source>
        <translation>מדריכים יכולים לרשום נוכחות רק בשיעורים שלהם.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>יש לציין סיבה לתיקון.</translation>
    </message>
    <message>
        <source>The time the cancellation was given cannot be in the future.</source>
        <translation>מועד מסירת הביטול אינו יכול להיות בעתיד.</translation>
    </message>
    <message>
        <source>After a correction, choose attended, no-show or a cancellation.</source>
        <translation>לאחר תיקון יש לבחור: הגיע/ה, לא הגיע/ה או ביטול.</translation>
    </message>
    <message>
        <source>The lesson has no participants.</source>
        <translation>אין משתתפים בשיעור.</translation>
    </message>
    <message>
        <source>Charges already recorded for this lesson are not recomputed; correct the attendance first.</source>
        <translation>חיובים שכבר נרשמו לשיעור זה אינם מחושבים מחדש; יש לתקן קודם את הנוכחות.</translation>
    </message>
    <message>
        <source>The price must be an amount of zero or more.</source>
        <translation>המחיר חייב להיות סכום של אפס ומעלה.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Someone else changed this in the meantime; your change was not saved.</source>
        <translation>מישהו אחר שינה את הפרטים בינתיים; השינוי שלך לא נשמר.</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>השינוי נדחה.</translation>
    </message>
</context>
</TS>