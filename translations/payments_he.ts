<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>CashRegisterView</name>
    <message>
        <source>&amp;Close the day</source>
        <translation>&amp;סגירת היום</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>שמירה כ־&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Export receipts for GreenInvoice…</source>
        <translation>&amp;ייצוא קבלות ל־GreenInvoice…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>יום:</translation>
    </message>
    <message>
        <source>The cash register could not be loaded. Try again in a moment.</source>
        <translation>לא ניתן היה לטעון את הקופה. נסו שוב בעוד רגע.</translation>
    </message>
    <message>
        <source>The day is closed and recorded.</source>
        <translation>היום נסגר ונרשם.</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>נשמר {file}.</translation>
    </message>
    <message>
        <source>{count} receipts exported to {folder}.</source>
        <translation>{count} קבלות יוצאו אל {folder}.</translation>
    </message>
    <message>
        <source>Save the cash-up</source>
        <translation>שמירת סגירת הקופה</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>תיקייה לקבלות</translation>
    </message>
</context>
<context>
    <name>CashUpSheet</name>
    <message>
        <source>Method</source>
        <translation>אמצעי תשלום</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <source>Cash-up for {day}</source>
        <translation>סגירת קופה — {day}</translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation>הודפס {moment}</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>לפי אמצעי תשלום</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>לפי מקבל התשלום</translation>
    </message>
    <message>
        <source>Voided payments</source>
        <translation>תשלומים שבוטלו</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>אין.</translation>
    </message>
    <message>
        <source>Total: {count} payments, {amount}</source>
        <translation>סה״כ: {count} תשלומים, {amount}</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>נרשם על ידי</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>בוטל על ידי</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>סגירת קופה</translation>
    </message>
</context>
<context>
    <name>FamilyAccount</name>
    <message>
        <source>Balance: the family owes {amount}.</source>
        <translation>יתרה: המשפחה חייבת {amount}.</translation>
    </message>
    <message>
        <source>Balance: the family is in credit, {amount}.</source>
        <translation>יתרה: למשפחה זכות של {amount}.</translation>
    </message>
    <message>
        <source>Balance: settled.</source>
        <translation>יתרה: החשבון מסולק.</translation>
    </message>
    <message>
        <source>Package: {name}</source>
        <translation>חבילה: {name}</translation>
    </message>
    <message>
        <source>Lesson: {service}</source>
        <translation>שיעור: {service}</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>בוטל: {reason}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The account was loaded and shows the ledger as stored now.</extracomment>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>חיוב</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>נותר לתשלום</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>אמצעי תשלום</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>נרשם על ידי</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>&amp;Take payment…</source>
        <translation>&amp;קבלת תשלום…</translation>
    </message>
    <message>
        <source>&amp;Sell package…</source>
        <translation>&amp;מכירת חבילה…</translation>
    </message>
    <message>
        <source>&amp;Void payment…</source>
        <translation>&amp;ביטול תשלום…</translation>
    </message>
    <message>
        <source>Select a payment that is not voided.</source>
        <translation>יש לבחור תשלום שלא בוטל.</translation>
    </message>
</context>
<context>
    <name>OwingFamilies</name>
    <message>
        <source>Owes {amount}</source>
        <translation>חוב של {amount}</translation>
    </message>
    <message>
        <source>Owes {amount} since {day}</source>
        <translation>חוב של {amount} מאז {day}</translation>
    </message>
    <message>
        <source>Families that owe</source>
        <translation>משפחות בחוב</translation>
    </message>
    <message>
        <source>No family owes more than the clinic&apos;s limits.</source>
        <translation>אין משפחה שחובה עובר את הגבולות שנקבעו.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Package: {name}</source>
        <translation>חבילה: {name}</translation>
    </message>
    <message>
        <source>{service} on {day}</source>
        <translation>{service} בתאריך {day}</translation>
    </message>
    <message>
        <source>{what} — {open} still owed</source>
        <translation>{what} — נותרו {open} לתשלום</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Cash</source>
        <extracomment>Recording a payment needs both: the desk&apos;s scheduling role and access to money.</extracomment>
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
        <source>A card payment needs the card&apos;s last four digits.</source>
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
        <source>The payer is not one of the student&apos;s guardians.</source>
        <translation>המשלם אינו אחד מהאפוטרופסים של התלמיד.</translation>
    </message>
    <message>
        <source>A charge chosen is not one of the family&apos;s charges.</source>
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
    <message>
        <source>A package needs a name.</source>
        <translation>לחבילה נדרש שם.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Cash register</source>
        <translation>קופה</translation>
    </message>
</context>
<context>
    <name>SellPackageDialog</name>
    <message>
        <source>Sell a package — {student}</source>
        <extracomment>A package was sold (the new commitment&apos;s id).</extracomment>
        <translation>מכירת חבילה — {student}</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;בתוקף עד</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;שירות</translation>
    </message>
    <message>
        <source>Package &amp;name</source>
        <translation>&amp;שם החבילה</translation>
    </message>
    <message>
        <source>Number of &amp;lessons</source>
        <translation>מספר &amp;שיעורים</translation>
    </message>
    <message>
        <source>&amp;Price (₪)</source>
        <translation>&amp;מחיר (₪)</translation>
    </message>
    <message>
        <source>Sell package</source>
        <translation>מכירת חבילה</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; write it like 2000.00.</source>
        <translation>„{text}” אינו סכום; יש לכתוב למשל 2000.00.</translation>
    </message>
    <message>
        <source>Choose the service and enter the package&apos;s price.</source>
        <translation>יש לבחור שירות ולהזין את מחיר החבילה.</translation>
    </message>
    <message>
        <source>The package could not be saved. Try again in a moment.</source>
        <translation>לא ניתן היה לשמור את החבילה. נסו שוב בעוד רגע.</translation>
    </message>
</context>
<context>
    <name>TakePaymentDialog</name>
    <message>
        <source>Take payment — {student}</source>
        <extracomment>A payment was recorded (its id).</extracomment>
        <translation>קבלת תשלום — {student}</translation>
    </message>
    <message>
        <source>Open charges to pay first</source>
        <translation>חיובים פתוחים לתשלום ראשון</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;משלם</translation>
    </message>
    <message>
        <source>&amp;Amount (₪)</source>
        <translation>&amp;סכום (₪)</translation>
    </message>
    <message>
        <source>Paid &amp;on</source>
        <translation>&amp;תאריך התשלום</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;אמצעי תשלום</translation>
    </message>
    <message>
        <source>Check &amp;number</source>
        <translation>מספר ה&amp;המחאה</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;בנק</translation>
    </message>
    <message>
        <source>Check &amp;date</source>
        <translation>תאריך ה&amp;פירעון</translation>
    </message>
    <message>
        <source>Card&apos;s &amp;last four digits</source>
        <translation>&amp;ארבע ספרות אחרונות של הכרטיס</translation>
    </message>
    <message>
        <source>&amp;Installments</source>
        <translation>מספר &amp;תשלומים</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;אסמכתה</translation>
    </message>
    <message>
        <source>A&amp;pp</source>
        <translation>&amp;אפליקציה</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;הערות</translation>
    </message>
    <message>
        <source>&amp;Charges to pay first (otherwise the oldest are paid first):</source>
        <translation>&amp;חיובים לתשלום ראשון (אחרת משולמים הוותיקים ביותר תחילה):</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>קבלת תשלום</translation>
    </message>
    <message>
        <source>The family&apos;s account could not be loaded. Try again in a moment.</source>
        <translation>לא ניתן היה לטעון את חשבון המשפחה. נסו שוב בעוד רגע.</translation>
    </message>
    <message>
        <source>{student} (the student)</source>
        <translation>{student} (התלמיד/ה)</translation>
    </message>
    <message>
        <source>The family owes {amount}.</source>
        <translation>המשפחה חייבת {amount}.</translation>
    </message>
    <message>
        <source>The family is in credit: {amount}.</source>
        <translation>למשפחה יש זכות של {amount}.</translation>
    </message>
    <message>
        <source>The family owes nothing.</source>
        <translation>המשפחה אינה חייבת דבר.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; write it like 220.00.</source>
        <translation>„{text}” אינו סכום; יש לכתוב למשל 220.00.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>יש להזין את הסכום ששולם.</translation>
    </message>
    <message>
        <source>The payment could not be saved. Try again in a moment.</source>
        <translation>לא ניתן היה לשמור את התשלום. נסו שוב בעוד רגע.</translation>
    </message>
</context>
<context>
    <name>VoidPaymentDialog</name>
    <message>
        <source>Void payment</source>
        <extracomment>The payment was voided (its id).</extracomment>
        <translation>ביטול תשלום</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;סיבה</translation>
    </message>
    <message>
        <source>A voided payment cannot be restored; enter it again if needed.</source>
        <translation>לא ניתן לשחזר תשלום שבוטל; אם צריך, יש לרשום אותו מחדש.</translation>
    </message>
    <message>
        <source>The payment could not be voided. Try again in a moment.</source>
        <translation>לא ניתן היה לבטל את התשלום. נסו שוב בעוד רגע.</translation>
    </message>
</context>
</TS>
