<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>הוספת משתתף/ת</translation>
    </message>
    <message>
        <source>{service} · {time} · {instructor}</source>
        <translation>{service} · {time} · {instructor}</translation>
    </message>
    <message>
        <source>{count} of {capacity} seats taken</source>
        <translation>{count} מתוך {capacity} מקומות תפוסים</translation>
    </message>
    <message>
        <source>{count} students</source>
        <translation>{count} תלמידים</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;הוספה</translation>
    </message>
    <message>
        <source>Add the student despite the conflict?</source>
        <translation>להוסיף את התלמיד/ה למרות ההתנגשות?</translation>
    </message>
</context>
<context>
    <name>AttendancePrompts</name>
    <message>
        <source>No charge.</source>
        <translation>ללא חיוב.</translation>
    </message>
    <message>
        <source>No price is set for this lesson: no charge.</source>
        <translation>לא נקבע מחיר לשיעור הזה: ללא חיוב.</translation>
    </message>
    <message>
        <source>Emergency medical note: no charge.</source>
        <translation>אישור רפואי דחוף: ללא חיוב.</translation>
    </message>
    <message>
        <source>Cancelled in time: no charge.</source>
        <translation>הביטול נמסר בזמן: ללא חיוב.</translation>
    </message>
    <message>
        <source>Cancellation less than {hours} hours before the lesson: no charge.</source>
        <translation>ביטול פחות מ-{hours} שעות לפני השיעור: ללא חיוב.</translation>
    </message>
    <message>
        <source>Cancellation less than {hours} hours before the lesson: {percent}% charge — {amount}</source>
        <translation>ביטול פחות מ-{hours} שעות לפני השיעור: חיוב {percent}% — ‏{amount}</translation>
    </message>
    <message>
        <source>No-show: no charge.</source>
        <translation>אי-הגעה: ללא חיוב.</translation>
    </message>
    <message>
        <source>No-show: {percent}% charge — {amount}</source>
        <translation>אי-הגעה: חיוב {percent}% — ‏{amount}</translation>
    </message>
    <message>
        <source>Charge: {amount}</source>
        <translation>חיוב: ‏{amount}</translation>
    </message>
    <message>
        <source>Record a no-show</source>
        <translation>רישום אי-הגעה</translation>
    </message>
    <message>
        <source>Record {student} as a no-show?</source>
        <translation>לרשום ש{student} לא הגיע/ה לשיעור?</translation>
    </message>
    <message>
        <source>Record a cancellation by the student</source>
        <translation>רישום ביטול מצד התלמיד/ה</translation>
    </message>
    <message>
        <source>Record that {student} cancelled?</source>
        <translation>לרשום ש{student} ביטל/ה את השיעור?</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>רישום</translation>
    </message>
    <message>
        <source>Don't record</source>
        <translation>לא לרשום</translation>
    </message>
    <message>
        <source>Correct attendance</source>
        <translation>תיקון נוכחות</translation>
    </message>
    <message>
        <source>Why is the attendance of {student} being corrected? The charge is reversed and the reason is kept.</source>
        <translation>מה הסיבה לתיקון הנוכחות של {student}? החיוב יבוטל והסיבה תישמר.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>תיקון</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Please write the reason for the correction.</source>
        <translation>יש לכתוב את הסיבה לתיקון.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a one-time lesson</source>
        <translation>קביעת שיעור חד־פעמי</translation>
    </message>
    <message>
        <source>Students in this lesson</source>
        <translation>התלמידים בשיעור</translation>
    </message>
    <message>
        <source>&amp;Add student</source>
        <translation>&amp;הוספת תלמיד/ה</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;קביעה</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;שירות:</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>&amp;תלמיד/ה:</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>נבחרו:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ה&amp;ערה:</translation>
    </message>
    <message>
        <source>{count} students chosen</source>
        <translation>נבחרו {count} תלמידים</translation>
    </message>
    <message>
        <source>{count} of {capacity} seats taken</source>
        <translation>{count} מתוך {capacity} מקומות תפוסים</translation>
    </message>
    <message>
        <source>More students than seats for this service.</source>
        <translation>יותר תלמידים ממספר המקומות בשירות הזה.</translation>
    </message>
    <message>
        <source>The clinic is closed then</source>
        <translation>המרכז סגור בזמן הזה</translation>
    </message>
    <message>
        <source>Book this lesson although the clinic is closed then?</source>
        <translation>לקבוע את השיעור למרות שהמרכז סגור בזמן הזה?</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>לקבוע בכל זאת</translation>
    </message>
    <message>
        <source>Don't book</source>
        <translation>לא לקבוע</translation>
    </message>
    <message>
        <source>Book this lesson despite the conflict?</source>
        <translation>לקבוע את השיעור למרות ההתנגשות?</translation>
    </message>
</context>
<context>
    <name>CalendarPrompts</name>
    <message>
        <source>Scheduling conflict</source>
        <translation>התנגשות בלוח הזמנים</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>לשמור בכל זאת</translation>
    </message>
    <message>
        <source>Keep it as it was</source>
        <translation>להשאיר כמו שהיה</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>לא ניתן היה לשמור את השינוי: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>לא נשמר</translation>
    </message>
</context>
<context>
    <name>CalendarRules</name>
    <message>
        <source>A lesson lasts between {minimum} and {maximum} minutes.</source>
        <translation>משך שיעור הוא בין {minimum} ל־{maximum} דקות.</translation>
    </message>
    <message>
        <source>Choose at least one student for the lesson.</source>
        <translation>יש לבחור לפחות תלמיד/ה אחד/ת לשיעור.</translation>
    </message>
    <message>
        <source>The same student appears twice in the booking.</source>
        <translation>אותו תלמיד/ה מופיע/ה פעמיים בקביעה.</translation>
    </message>
    <message>
        <source>This service cannot be booked.</source>
        <translation>לא ניתן לקבוע שיעור בשירות הזה.</translation>
    </message>
    <message>
        <source>The instructor does not give this service.</source>
        <translation>המדריך/ה לא נותן/ת את השירות הזה.</translation>
    </message>
    <message>
        <source>The instructor takes at most {capacity} students for this service; this would make {count}.</source>
        <translation>המדריך/ה מקבל/ת לכל היותר {capacity} תלמידים בשירות הזה; כך יהיו {count}.</translation>
    </message>
    <message>
        <source>The lesson is cancelled and cannot be changed here.</source>
        <translation>השיעור בוטל ולא ניתן לשנות אותו כאן.</translation>
    </message>
    <message>
        <source>Attendance is already recorded for this lesson, so it can no longer be moved.</source>
        <translation>כבר נרשמה נוכחות בשיעור הזה, ולכן אי אפשר להזיז אותו.</translation>
    </message>
    <message>
        <source>The lesson is completed and cannot take new participants.</source>
        <translation>השיעור הסתיים ואי אפשר להוסיף לו משתתפים.</translation>
    </message>
    <message>
        <source>This student is already listed on the lesson.</source>
        <translation>התלמיד/ה כבר רשום/ה בשיעור.</translation>
    </message>
    <message>
        <source>The lesson is already there.</source>
        <translation>השיעור כבר נמצא שם.</translation>
    </message>
    <message>
        <source>The lesson no longer exists.</source>
        <translation>השיעור כבר לא קיים.</translation>
    </message>
    <message>
        <source>The student is not an active student of the clinic.</source>
        <translation>התלמיד/ה אינו/ה תלמיד/ה פעיל/ה במרכז.</translation>
    </message>
</context>
<context>
    <name>CalendarServices</name>
    <message>
        <source>Someone else changed this lesson a moment ago. The calendar now shows the lesson as it is; nothing was saved.</source>
        <translation>מישהו אחר שינה את השיעור הזה לפני רגע. היומן מציג עכשיו את השיעור כפי שהוא; דבר לא נשמר.</translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message>
        <source>Not documented yet</source>
        <translation>טרם תועד</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>התקיים</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>לא הגיע/ה</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Scheduling conflict</source>
        <translation>התנגשות בלוח הזמנים</translation>
    </message>
    <message>
        <source>Charge not covered by a commitment</source>
        <translation>חיוב שאינו מכוסה בהתחייבות</translation>
    </message>
    <message>
        <source>Flagged for attention</source>
        <translation>סומן לטיפול</translation>
    </message>
    <message>
        <source>Commitment balance low or used up</source>
        <translation>יתרת ההתחייבות נמוכה או נוצלה</translation>
    </message>
    <message>
        <source>No participants</source>
        <translation>אין משתתפים</translation>
    </message>
    <message>
        <source>{seats} {names}</source>
        <translation>{seats} {names}</translation>
    </message>
    <message>
        <source>{time} · {service} · {instructor}</source>
        <translation>{time} · {service} · {instructor}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>מצב: {status}</translation>
    </message>
    <message>
        <source>Group lesson: {seats} students</source>
        <translation>שיעור קבוצתי: {seats} תלמידים</translation>
    </message>
    <message>
        <source>{mark}{name} — {status}</source>
        <translation>{mark}{name} — {status}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>הערה: {note}</translation>
    </message>
    <message>
        <source>Moved by hand</source>
        <translation>הוזז ידנית</translation>
    </message>
    <message>
        <source>{instructor}, {time}, {service}: {names}. {status}.</source>
        <translation>{instructor}, {time}, {service}: {names}. {status}.</translation>
    </message>
    <message>
        <source>{instructor}, {time}, free. Press Enter to book.</source>
        <translation>{instructor}, {time}, פנוי. Enter לקביעת שיעור.</translation>
    </message>
</context>
<context>
    <name>CancelPrompts</name>
    <message>
        <source>Cancel the lesson</source>
        <translation>ביטול השיעור</translation>
    </message>
    <message>
        <source>Cancel the lesson {what} by the clinic?</source>
        <translation>לבטל את השיעור {what} מטעם המרכז?</translation>
    </message>
    <message>
        <source>Students whose lesson will be cancelled: {count}. The clinic cancels: nobody is charged.</source>
        <translation>מספר התלמידים שהשיעור שלהם יבוטל: {count}. הביטול מטעם המרכז, ואף אחד לא יחויב.</translation>
    </message>
    <message>
        <source>Keep the lesson</source>
        <translation>להשאיר את השיעור</translation>
    </message>
    <message>
        <source>Cancel for one student</source>
        <translation>ביטול לתלמיד אחד</translation>
    </message>
    <message>
        <source>Cancel the lesson {what} for {student}, by the clinic?</source>
        <translation>לבטל את השיעור {what} עבור {student}, מטעם המרכז?</translation>
    </message>
    <message>
        <source>{student} is not charged. Other students who stay on the lesson: {count}.</source>
        <translation>לא יהיה חיוב עבור {student}. מספר התלמידים האחרים שנשארים בשיעור: {count}.</translation>
    </message>
    <message>
        <source>Cancel for this student</source>
        <translation>לבטל לתלמיד הזה</translation>
    </message>
    <message>
        <source>Cancel this date only</source>
        <translation>ביטול המועד הזה בלבד</translation>
    </message>
    <message>
        <source>Cancel the lesson {what} on this date only?</source>
        <translation>לבטל את השיעור {what} במועד הזה בלבד?</translation>
    </message>
    <message>
        <source>Students whose lesson will be cancelled: {count}; nobody is charged. Every other date of the series stays as it is.</source>
        <translation>מספר התלמידים שהשיעור שלהם יבוטל: {count}; אף אחד לא יחויב. שאר המועדים בסדרה נשארים כפי שהם.</translation>
    </message>
    <message>
        <source>Cancel this date</source>
        <translation>לבטל את המועד הזה</translation>
    </message>
</context>
<context>
    <name>DayCalendarView</name>
    <message>
        <source>Book…</source>
        <extracomment>Change notices arrive from any thread; this hops them onto the GUI thread. A day finished loading and is on screen.</extracomment>
        <translation>קביעת שיעור…</translation>
    </message>
    <message>
        <source>Book a one-time lesson at the focused cell (Ctrl+N)</source>
        <translation>קביעת שיעור חד־פעמי במשבצת המסומנת (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find a free slot…</source>
        <translation>חיפוש מקום פנוי…</translation>
    </message>
    <message>
        <source>Student's next lesson…</source>
        <translation>השיעור הבא של תלמיד/ה…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <source>Holiday: {name} — the clinic is closed.</source>
        <translation>חג: {name} — המרכז סגור.</translation>
    </message>
    <message>
        <source>The clinic is closed on this day.</source>
        <translation>המרכז סגור ביום הזה.</translation>
    </message>
    <message>
        <source>The clinic does not open on this weekday.</source>
        <translation>המרכז לא פתוח ביום הזה בשבוע.</translation>
    </message>
    <message>
        <source>{count} lessons</source>
        <translation>{count} שיעורים</translation>
    </message>
    <message>
        <source>{count} students</source>
        <translation>{count} תלמידים</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} בוטלו</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} דורשים טיפול</translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation>{count} בהתנגשות</translation>
    </message>
    <message>
        <source>Move the lesson despite the conflict?</source>
        <translation>להזיז את השיעור למרות ההתנגשות?</translation>
    </message>
    <message>
        <source>{time} with {instructor} ({service})</source>
        <translation>{time} עם {instructor} ({service})</translation>
    </message>
    <message>
        <source>Confirmation message copied for {name}.</source>
        <translation>הודעת האישור ל{name} הועתקה.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>וואטסאפ</translation>
    </message>
    <message>
        <source>Book a lesson here…</source>
        <translation>קביעת שיעור כאן…</translation>
    </message>
    <message>
        <source>Place a pinned lesson here</source>
        <translation>הצבת שיעור מהלוח כאן</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>העברת מועד…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>הוספת משתתף/ת…</translation>
    </message>
    <message>
        <source>Pin to the pinboard</source>
        <translation>הצמדה ללוח ההמתנה</translation>
    </message>
    <message>
        <source>Cancel this date only (the series goes on)</source>
        <translation>ביטול המועד הזה בלבד (הסדרה ממשיכה)</translation>
    </message>
    <message>
        <source>Cancel the whole lesson (by the clinic)</source>
        <translation>ביטול השיעור כולו (על ידי המרכז)</translation>
    </message>
    <message>
        <source>Copy WhatsApp confirmation</source>
        <translation>העתקת הודעת אישור לוואטסאפ</translation>
    </message>
    <message>
        <source>Open WhatsApp</source>
        <translation>פתיחת וואטסאפ</translation>
    </message>
    <message>
        <source>Open student</source>
        <translation>פתיחת כרטיס התלמיד/ה</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>השיעור הבא</translation>
    </message>
    <message>
        <source>No upcoming lesson for this student.</source>
        <translation>אין שיעור קרוב לתלמיד/ה הזה/ו.</translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message>
        <source>Day calendar</source>
        <extracomment>Enter or double-click on a lesson. Click on the focused empty cell, double-click or Enter on an empty cell: (instructor id, UTC start). Keyboard move or resize of a lesson: (lesson, target Placement, "keyboard"). A lesson dropped on a cell: (lesson id, instructor id, UTC start of the block's top, source). Right-click or the menu key: (lesson id or None, instructor id, UTC start of the cell, global position). The selected lesson changed (None: an empty cell is focused). The focus cell moved (column, row).</extracomment>
        <translation>יומן יומי</translation>
    </message>
    <message>
        <source>{count} lessons</source>
        <extracomment>(row, fraction of the viewport above it); row None: the day's opening top row, sized to the viewport. Where "now" comes from for the minute-by-minute now-line.</extracomment>
        <translation>{count} שיעורים</translation>
    </message>
    <message>
        <source>No lessons</source>
        <translation>אין שיעורים</translation>
    </message>
    <message>
        <source>No instructors to show.</source>
        <translation>אין מדריכים להצגה.</translation>
    </message>
</context>
<context>
    <name>DayNavigation</name>
    <message>
        <source>Previous day</source>
        <extracomment>A day button was pressed. The user asked for another day. The instructor filter changed: a set of ids, or None for everyone. "Show cancelled lessons" toggled.</extracomment>
        <translation>היום הקודם</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Today (Ctrl+T)</source>
        <translation>היום (Ctrl+T)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>היום הבא</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>All instructors</source>
        <translation>כל המדריכים</translation>
    </message>
    <message>
        <source>Instructor filter</source>
        <translation>סינון מדריכים</translation>
    </message>
    <message>
        <source>Show cancelled lessons</source>
        <translation>הצגת שיעורים שבוטלו</translation>
    </message>
    <message>
        <source>{count} instructors</source>
        <translation>{count} מדריכים</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>Day sheet</source>
        <extracomment>Instructors on one landscape page of the whole-grid sheet.</extracomment>
        <translation>דף יומי</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>לא ניתן היה לפתוח את המדפסת.</translation>
    </message>
    <message>
        <source>{instructor} — {day}</source>
        <translation>{instructor} — {day}</translation>
    </message>
    <message>
        <source>Day calendar — {day}</source>
        <translation>יומן יומי — {day}</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>הודפס {when}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>עמוד {number} מתוך {total}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>תלמידים</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>הגיע/ה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>No lessons.</source>
        <translation>אין שיעורים.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Participants</source>
        <extracomment>(action, lesson id, participant id) from a participant button. (what, lesson id, participant id): "copy" the confirmation text, or "open" WhatsApp. (student id, student name): take a payment from the selected participant's family.</extracomment>
        <translation>משתתפים</translation>
    </message>
    <message>
        <source>Copy WhatsApp message</source>
        <translation>העתקת הודעת וואטסאפ</translation>
    </message>
    <message>
        <source>Open WhatsApp</source>
        <translation>פתיחת וואטסאפ</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>העברת מועד…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>הוספת משתתף/ת…</translation>
    </message>
    <message>
        <source>Pin to the pinboard</source>
        <translation>הצמדה ללוח ההמתנה</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>קבלת תשלום…</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>היסטוריית שינויים</translation>
    </message>
    <message>
        <source>Select a lesson to see its details.</source>
        <translation>בחרו שיעור כדי לראות את פרטיו.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>{time} · {service}</source>
        <translation>{time} · {service}</translation>
    </message>
    <message>
        <source>Instructor: {name}</source>
        <translation>מדריך/ה: {name}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>מצב: {status}</translation>
    </message>
    <message>
        <source>Weekly lesson: {day} at {time}, since {since}</source>
        <translation>שיעור שבועי: {day} בשעה {time}, מאז {since}</translation>
    </message>
    <message>
        <source>One-time lesson</source>
        <translation>שיעור חד־פעמי</translation>
    </message>
    <message>
        <source>Moved by hand; weekly generation will not touch it.</source>
        <translation>הוזז ידנית; היצירה השבועית לא תיגע בו.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>הערה: {note}</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find a free slot</source>
        <translation>חיפוש מקום פנוי</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>&amp;Search the next {days} days</source>
        <translation>&amp;חיפוש ב־{days} הימים הקרובים</translation>
    </message>
    <message>
        <source>&amp;Book this slot…</source>
        <translation>&amp;קביעה במועד הזה…</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>&amp;תלמיד/ה:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;שירות:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;משך:</translation>
    </message>
    <message>
        <source>Choose a student and a service first.</source>
        <translation>יש לבחור קודם תלמיד/ה ושירות.</translation>
    </message>
    <message>
        <source>{count} days with an opening.</source>
        <translation>נמצא מקום פנוי ב־{count} ימים.</translation>
    </message>
    <message>
        <source>No opening in the next {days} days.</source>
        <translation>אין מקום פנוי ב־{days} הימים הקרובים.</translation>
    </message>
</context>
<context>
    <name>FreeSlotModel</name>
    <message>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>מדריך/ה</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>שיעור</translation>
    </message>
    <message>
        <source>Joins a group lesson</source>
        <translation>הצטרפות לשיעור קבוצתי</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>שיעור חדש</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>{when} {action} — {who}</source>
        <translation>{when} {action} — {who}</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Go to a student's next lesson</source>
        <translation>מעבר לשיעור הבא של תלמיד/ה</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;מעבר</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Confirmation received</source>
        <extracomment>The participant actions offered, in menu order.</extracomment>
        <translation>התקבל אישור הגעה</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>הגיע/ה</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>לא הגיע/ה</translation>
    </message>
    <message>
        <source>Cancelled by student</source>
        <translation>ביטול של התלמיד/ה</translation>
    </message>
    <message>
        <source>Cancelled by clinic</source>
        <translation>ביטול של המרכז</translation>
    </message>
    <message>
        <source>Correct attendance…</source>
        <translation>תיקון נוכחות…</translation>
    </message>
</context>
<context>
    <name>LessonHistory</name>
    <message>
        <source>Booked</source>
        <translation>נקבע</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>הוזז</translation>
    </message>
    <message>
        <source>Participant added</source>
        <translation>נוסף/ה משתתף/ת</translation>
    </message>
    <message>
        <source>Confirmation received</source>
        <translation>התקבל אישור הגעה</translation>
    </message>
    <message>
        <source>Marked attended</source>
        <translation>סומן/ה כנוכח/ת</translation>
    </message>
    <message>
        <source>Marked no-show</source>
        <translation>סומן/ה כלא הגיע/ה</translation>
    </message>
    <message>
        <source>Cancelled by the student</source>
        <translation>בוטל על ידי התלמיד/ה</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>בוטל על ידי המרכז</translation>
    </message>
    <message>
        <source>Attendance corrected</source>
        <translation>הנוכחות תוקנה</translation>
    </message>
    <message>
        <source>Lesson price set</source>
        <translation>נקבע מחיר לשיעור</translation>
    </message>
    <message>
        <source>Asked to confirm (no answer yet)</source>
        <translation>נשלחה בקשת אישור הגעה (עדיין אין תשובה)</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>The clinic does not open on this weekday.</source>
        <translation>המרכז לא פתוח ביום הזה בשבוע.</translation>
    </message>
    <message>
        <source>The clinic is closed on {date}.</source>
        <translation>המרכז סגור בתאריך {date}.</translation>
    </message>
    <message>
        <source>{date} is a holiday; the clinic is closed.</source>
        <translation>{date} הוא יום חג, והמרכז סגור.</translation>
    </message>
    <message>
        <source>The lesson is outside business hours ({opening}–{closing}).</source>
        <translation>השיעור מחוץ לשעות הפעילות ({opening}–{closing}).</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Student</source>
        <translation>תלמיד/ה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Guardian's phone</source>
        <translation>טלפון ההורה</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>אישר/ה הגעה</translation>
    </message>
    <message>
        <source>Medical flags</source>
        <translation>התראות רפואיות</translation>
    </message>
</context>
<context>
    <name>PinboardPanel</name>
    <message>
        <source>Pinboard</source>
        <extracomment>A lesson was dropped on the board (from the grid): pin it. Pin this lesson (dropped from the grid). Move the selected pinned lesson to the grid's focused cell. Take the lesson off the board.</extracomment>
        <translation>לוח המתנה</translation>
    </message>
    <message>
        <source>Drag a lesson here to park it, then drop it on any day.</source>
        <translation>גררו לכאן שיעור כדי להחנות אותו, ואחר כך שחררו אותו בכל יום.</translation>
    </message>
    <message>
        <source>Place at the focused cell</source>
        <translation>הצבה במשבצת המסומנת</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>הסרה מהלוח</translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message>
        <source>Print the day sheet</source>
        <translation>הדפסת הדף היומי</translation>
    </message>
    <message>
        <source>One page per instructor (a list to tick attendance)</source>
        <translation>עמוד לכל מדריך/ה (רשימה לסימון נוכחות)</translation>
    </message>
    <message>
        <source>The whole grid (landscape)</source>
        <translation>היומן כולו (לרוחב)</translation>
    </message>
    <message>
        <source>Only instructors with lessons</source>
        <translation>רק מדריכים שיש להם שיעורים</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>שמירה כ־&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ה&amp;דפסה…</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>שמירת הדף היומי</translation>
    </message>
    <message>
        <source>Saved {pages} pages.</source>
        <translation>נשמרו {pages} עמודים.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule lesson</source>
        <translation>העברת מועד שיעור</translation>
    </message>
    <message>
        <source>{names} · {service} · now {time} with {instructor}</source>
        <translation>{names} · {service} · כעת {time} אצל {instructor}</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>ה&amp;עברה</translation>
    </message>
    <message>
        <source>Choose where the lesson should go.</source>
        <translation>בחרו לאן להעביר את השיעור.</translation>
    </message>
    <message>
        <source>Conflicts at the new time:</source>
        <translation>התנגשויות במועד החדש:</translation>
    </message>
    <message>
        <source>No conflicts at the new time.</source>
        <translation>אין התנגשויות במועד החדש.</translation>
    </message>
    <message>
        <source>Move the lesson despite the conflict?</source>
        <translation>להעביר את השיעור למרות ההתנגשות?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Day calendar</source>
        <translation>יומן יומי</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>תצוגה שבועית</translation>
    </message>
</context>
<context>
    <name>SlotFields</name>
    <message>
        <source> min</source>
        <extracomment>Any of the fields changed.</extracomment>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>&amp;מדריך/ה:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;תאריך:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;שעה:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>מ&amp;שך:</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Type a name or a phone number…</source>
        <extracomment>The highlighted student changed (None when nothing is chosen). Enter or double-click on a student.</extracomment>
        <translation>הקלידו שם או מספר טלפון…</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>חיפוש תלמידים</translation>
    </message>
    <message>
        <source>Matching students</source>
        <translation>תלמידים מתאימים</translation>
    </message>
</context>
<context>
    <name>WeekCalendarView</name>
    <message>
        <source>Previous week</source>
        <extracomment>A cell was clicked: open this day (and this instructor's column when given).</extracomment>
        <translation>השבוע הקודם</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>השבוע</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>השבוע הבא</translation>
    </message>
    <message>
        <source>By instructor</source>
        <translation>לפי מדריך/ה</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>לפי שעה</translation>
    </message>
    <message>
        <source>Week overview</source>
        <translation>סקירה שבועית</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d בMMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d בMMMM yyyy</translation>
    </message>
    <message>
        <source>{lessons} lessons this week · {cancelled} cancelled · {attention} need attention</source>
        <translation>{lessons} שיעורים השבוע · {cancelled} בוטלו · {attention} דורשים טיפול</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>{count} lessons</source>
        <extracomment>The `WeekCell` of an instructor × day cell (None in the by-hour mode). The lesson count of a by-hour cell. The day of the column (a `date`), None for the totals column. The instructor id of the row (text), None for totals and hours. True for a day the clinic is closed.</extracomment>
        <translation>{count} שיעורים</translation>
    </message>
    <message>
        <source>{count} lessons, {load}% booked</source>
        <translation>{count} שיעורים, {load}% תפוסה</translation>
    </message>
    <message>
        <source>{hours} hours booked, {students} students</source>
        <translation>{hours} שעות תפוסות, {students} תלמידים</translation>
    </message>
    <message>
        <source>The clinic is closed</source>
        <translation>המרכז סגור</translation>
    </message>
    <message>
        <source>Click to open the day.</source>
        <translation>לחיצה פותחת את היום.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>שבוע</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
</context>
</TS>