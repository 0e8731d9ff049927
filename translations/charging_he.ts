<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>Charging</name>
    <message>
        <source>The commitment's total must be more than zero.</source>
        <translation>סכום ההתחייבות חייב להיות גדול מאפס.</translation>
    </message>
    <message>
        <source>The commitment's total is too large.</source>
        <translation>סכום ההתחייבות גדול מדי.</translation>
    </message>
    <message>
        <source>The lesson price must be more than zero.</source>
        <translation>מחיר השיעור חייב להיות גדול מאפס.</translation>
    </message>
    <message>
        <source>The number of approved lessons must be between 1 and 500.</source>
        <translation>מספר השיעורים המאושרים חייב להיות בין 1 ל־500.</translation>
    </message>
    <message>
        <source>The expiry date must be after the start date.</source>
        <translation>תאריך התפוגה חייב להיות אחרי תאריך ההתחלה.</translation>
    </message>
    <message>
        <source>Choose who pays: the family, a package or an HMO the clinic works with.</source>
        <translation>יש לבחור מי משלם: המשפחה, כרטיסייה או קופת חולים שהמרכז עובד איתה.</translation>
    </message>
    <message>
        <source>A Form 17 commitment needs the form number.</source>
        <translation>להתחייבות בטופס 17 יש להזין את מספר הטופס.</translation>
    </message>
    <message>
        <source>Closing a commitment needs a reason.</source>
        <translation>יש לציין סיבה לסגירת ההתחייבות.</translation>
    </message>
    <message>
        <source>This commitment is already closed.</source>
        <translation>ההתחייבות הזו כבר סגורה.</translation>
    </message>
    <message>
        <source>The commitment was not found.</source>
        <translation>ההתחייבות לא נמצאה.</translation>
    </message>
    <message>
        <source>The student was not found.</source>
        <translation>התלמיד/ה לא נמצא/ה.</translation>
    </message>
    <message>
        <source>The service was not found or cannot be booked.</source>
        <translation>השירות לא נמצא או שאי אפשר לקבוע בו שיעורים.</translation>
    </message>
    <message>
        <source>Cancellation rules must be a list of windows.</source>
        <extracomment>The co-payment Clalit parents pay per treatment unless the clinic configures another. The family pays everything (private, packages). The family pays a fixed co-payment; the rest is billed to the HMO (Clalit). The HMO pays everything against its approval (Meuhedet, Form 17). The family pays everything and the HMO reimburses the family later (Leumit). Whether this payer also pays cancellation and no-show charges (HMOs usually do not). A balance is "low" when fewer than this many lessons remain on it.</extracomment>
        <translation>כללי הביטול חייבים להיות רשימה של חלונות זמן.</translation>
    </message>
    <message>
        <source>A cancellation window needs whole hours between 1 and {max} and a percentage from 0 to 100.</source>
        <translation>חלון ביטול צריך מספר שעות שלם בין 1 ל־{max} ואחוז חיוב בין 0 ל־100.</translation>
    </message>
    <message>
        <source>There are two cancellation windows of {hours} hours.</source>
        <translation>יש שני חלונות ביטול של {hours} שעות.</translation>
    </message>
    <message>
        <source>A percentage must be a number from 0 to 100.</source>
        <translation>אחוז חייב להיות מספר בין 0 ל־100.</translation>
    </message>
    <message>
        <source>Payer rules must map each payer to its rule.</source>
        <translation>כללי המשלמים חייבים להגדיר כלל לכל משלם.</translation>
    </message>
    <message>
        <source>The payer code "{payer}" must be lowercase Latin letters, digits or underscores.</source>
        <translation>הקוד של המשלם „{payer}” חייב להכיל אותיות לטיניות קטנות, ספרות או קו תחתון בלבד.</translation>
    </message>
    <message>
        <source>The payer "{payer}" has an unknown payment mode.</source>
        <translation>למשלם „{payer}” יש אופן תשלום לא מוכר.</translation>
    </message>
    <message>
        <source>The co-payment of "{payer}" must be an amount of zero or more.</source>
        <translation>ההשתתפות העצמית של „{payer}” חייבת להיות סכום של אפס ומעלה.</translation>
    </message>
    <message>
        <source>The number must be a whole number from {low} to {high}.</source>
        <translation>המספר חייב להיות מספר שלם בין {low} ל־{high}.</translation>
    </message>
</context>
</TS>