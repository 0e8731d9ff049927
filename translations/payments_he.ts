<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>Payments</name>
    <message>
        <source>Cash</source>
        <extracomment>Recording a payment needs both: the desk's scheduling role and access to money.</extracomment>
        <translation>מזומן</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>המחאה</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>העברה בנקאית</translation>
    </message>
    <message>
        <source>Bit / payment app</source>
        <translation>ביט / אפליקציית תשלום</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>הסכום חייב להיות גדול מאפס.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>הסכום גדול מדי.</translation>
    </message>
    <message>
        <source>The amount can have at most two digits after the decimal point.</source>
        <translation>בסכום יכולות להיות לכל היותר שתי ספרות אחרי הנקודה.</translation>
    </message>
    <message>
        <source>A check needs its number, bank and date.</source>
        <translation>להמחאה נדרשים מספר, בנק ותאריך.</translation>
    </message>
    <message>
        <source>A card payment needs the card's last four digits.</source>
        <translation>לתשלום בכרטיס נדרשות ארבע הספרות האחרונות של הכרטיס.</translation>
    </message>
    <message>
        <source>The number of installments must be between 1 and 36.</source>
        <translation>מספר התשלומים חייב להיות בין 1 ל־36.</translation>
    </message>
    <message>
        <source>A bank transfer needs its reference.</source>
        <translation>להעברה בנקאית נדרשת אסמכתה.</translation>
    </message>
    <message>
        <source>The charges chosen add up to more than the payment.</source>
        <translation>החיובים שנבחרו מסתכמים ביותר מסכום התשלום.</translation>
    </message>
    <message>
        <source>Each charge chosen must be paid an amount more than zero.</source>
        <translation>לכל חיוב שנבחר יש לשלם סכום גדול מאפס.</translation>
    </message>
    <message>
        <source>A charge chosen is paid more than it still owes.</source>
        <translation>לחיוב שנבחר משולם יותר ממה שנותר לשלם עליו.</translation>
    </message>
    <message>
        <source>Voiding a payment needs a reason.</source>
        <translation>לביטול תשלום נדרשת סיבה.</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>התשלום הזה כבר בוטל.</translation>
    </message>
    <message>
        <source>The payment was not found.</source>
        <translation>התשלום לא נמצא.</translation>
    </message>
    <message>
        <source>This payment was already recorded.</source>
        <translation>התשלום הזה כבר נרשם.</translation>
    </message>
    <message>
        <source>The student was not found.</source>
        <translation>התלמיד לא נמצא.</translation>
    </message>
    <message>
        <source>The payer is not one of the student's guardians.</source>
        <translation>המשלם אינו אחד מהאפוטרופסים של התלמיד.</translation>
    </message>
    <message>
        <source>A charge chosen is not one of the family's charges.</source>
        <translation>חיוב שנבחר אינו מחיובי המשפחה.</translation>
    </message>
    <message>
        <source>Receipts for GreenInvoice are not enabled for this organization.</source>
        <translation>הפקת קבלות ל־GreenInvoice אינה מופעלת בארגון הזה.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>היום הראשון לא יכול להיות אחרי היום האחרון.</translation>
    </message>
    <message>
        <source>{count} receipts written to {folder}; summary in {summary}.</source>
        <translation>{count} קבלות נכתבו אל {folder}; הסיכום ב־{summary}.</translation>
    </message>
    <message>
        <source>No payments from {first} to {last}; only the empty summary was written.</source>
        <translation>אין תשלומים מ־{first} עד {last}; נכתב רק סיכום ריק.</translation>
    </message>
    <message>
        <source>Give the database with --database-url URL.</source>
        <translation>יש לציין את מסד הנתונים עם ‎--database-url URL.</translation>
    </message>
</context>
</TS>