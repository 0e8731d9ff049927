<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>EndSeriesDialog</name>
    <message>
        <source>End the series</source>
        <translation>סיום הסדרה</translation>
    </message>
    <message>
        <source>Last lesson on or before</source>
        <translation>השיעור האחרון בתאריך זה או לפניו</translation>
    </message>
    <message>
        <source>Lessons after this date are no longer generated; earlier ones stay.</source>
        <translation>שיעורים אחרי תאריך זה לא ייווצרו עוד; השיעורים שלפניו נשארים.</translation>
    </message>
    <message>
        <source>Keep the series</source>
        <translation>להשאיר את הסדרה</translation>
    </message>
    <message>
        <source>Lessons of this series already on the calendar after this date: {count}. They stay on the calendar; a reset forward removes them.</source>
        <translation>שיעורים של הסדרה שכבר ביומן אחרי התאריך הזה: {count}. הם נשארים ביומן; איפוס קדימה מסיר אותם.</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>The range ends before it starts.</source>
        <extracomment>The longest range one generation may cover.</extracomment>
        <translation>הטווח מסתיים לפני שהוא מתחיל.</translation>
    </message>
    <message>
        <source>Lessons cannot be generated for days that have passed.</source>
        <translation>אי אפשר ליצור שיעורים לימים שכבר עברו.</translation>
    </message>
    <message>
        <source>Generate at most {days} days at a time.</source>
        <translation>אפשר ליצור לכל היותר {days} ימים בכל פעם.</translation>
    </message>
    <message>
        <source>Cancelled for this date</source>
        <translation>בוטל לתאריך זה</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>חג</translation>
    </message>
    <message>
        <source>Clinic closed that day</source>
        <translation>המרכז סגור ביום זה</translation>
    </message>
    <message>
        <source>The clinic is closed on this weekday</source>
        <translation>המרכז סגור ביום זה בשבוע</translation>
    </message>
    <message>
        <source>Outside the template's validity</source>
        <translation>מחוץ לתקופת התוקף של התבנית</translation>
    </message>
    <message>
        <source>Replaced by a newer version of the template</source>
        <translation>הוחלף בגרסה חדשה יותר של התבנית</translation>
    </message>
    <message>
        <source>The template is inactive</source>
        <translation>התבנית אינה פעילה</translation>
    </message>
    <message>
        <source>The time has already passed</source>
        <translation>השעה כבר עברה</translation>
    </message>
    <message>
        <source>The student already has this lesson from another template</source>
        <translation>לתלמיד כבר יש שיעור זה מתבנית אחרת</translation>
    </message>
    <message>
        <source>Not created by this run</source>
        <translation>לא נוצר בהפעלה זו</translation>
    </message>
    <message>
        <source>Not created by weekly generation</source>
        <translation>לא נוצר ביצירה השבועית</translation>
    </message>
    <message>
        <source>Already started or in the past</source>
        <translation>כבר התחיל או שעבר</translation>
    </message>
    <message>
        <source>The lesson is no longer scheduled</source>
        <translation>השיעור כבר אינו במצב מתוכנן</translation>
    </message>
    <message>
        <source>A participant's status was changed</source>
        <translation>הסטטוס של משתתף שונה</translation>
    </message>
    <message>
        <source>The lesson is documented</source>
        <translation>השיעור מתועד</translation>
    </message>
    <message>
        <source>A charge was consumed from a commitment</source>
        <translation>בוצע חיוב מתוך התחייבות</translation>
    </message>
    <message>
        <source>Instructor earnings are linked to it</source>
        <translation>מקושרים אליו שכר מדריך</translation>
    </message>
    <message>
        <source>A price was already charged</source>
        <translation>כבר נרשם חיוב</translation>
    </message>
    <message>
        <source>Edited by hand</source>
        <translation>נערך ידנית</translation>
    </message>
    <message>
        <source>A participant was added by hand</source>
        <translation>משתתף נוסף ידנית</translation>
    </message>
    <message>
        <source>A participant was removed by hand</source>
        <translation>משתתף הוסר ידנית</translation>
    </message>
    <message>
        <source>A participant's attendance was confirmed</source>
        <translation>הגעה של משתתף אושרה</translation>
    </message>
    <message>
        <source>A price was set for this lesson</source>
        <translation>נקבע מחיר לשיעור הזה</translation>
    </message>
    <message>
        <source>Its time or length was changed</source>
        <translation>השעה או משך השיעור שונו</translation>
    </message>
    <message>
        <source>Its instructor was changed</source>
        <translation>המדריך של השיעור הוחלף</translation>
    </message>
    <message>
        <source>Its service was changed</source>
        <translation>השירות של השיעור שונה</translation>
    </message>
    <message>
        <source>The lesson is locked</source>
        <translation>השיעור נעול</translation>
    </message>
    <message>
        <source>This generation was already applied.</source>
        <translation>יצירה זו כבר בוצעה.</translation>
    </message>
    <message>
        <source>That generation run does not exist.</source>
        <translation>הפעלת היצירה הזו אינה קיימת.</translation>
    </message>
    <message>
        <source>Choose at least one template to reset.</source>
        <translation>יש לבחור לפחות תבנית אחת לאיפוס.</translation>
    </message>
    <message>
        <source>Nothing new to generate: {who} already generated these lessons at {time}.</source>
        <translation>אין מה ליצור: {who} כבר יצר/ה את השיעורים האלה ב־{time}.</translation>
    </message>
    <message>
        <source>Nothing new to generate: every lesson of this range already exists.</source>
        <translation>אין מה ליצור: כל השיעורים בטווח הזה כבר קיימים.</translation>
    </message>
    <message>
        <source>A reset forward cannot be undone; run weekly generation again instead.</source>
        <extracomment>Conflicts listed one by one in a stored report; beyond this only their count is kept.</extracomment>
        <translation>אי אפשר לבטל איפוס קדימה; במקום זאת יש להפעיל שוב את היצירה השבועית.</translation>
    </message>
    <message>
        <source>This generation run was already undone.</source>
        <translation>הפעלת היצירה הזו כבר בוטלה.</translation>
    </message>
    <message>
        <source>Undo is possible only within {minutes} minutes of applying.</source>
        <translation>ביטול אפשרי רק בתוך {minutes} דקות מהביצוע.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>הרצת ניסיון: דבר לא נשמר.</translation>
    </message>
    <message>
        <source>Nothing new to generate: no run was recorded.</source>
        <translation>אין מה ליצור: לא נרשמה הרצה.</translation>
    </message>
    <message>
        <source>Every lesson of the range is already in place.</source>
        <translation>כל השיעורים בטווח כבר קיימים.</translation>
    </message>
    <message>
        <source>The database is not ready for generation: {problem}</source>
        <translation>מסד הנתונים אינו מוכן ליצירה: {problem}</translation>
    </message>
    <message>
        <source>The plan has {count} conflicts to resolve.</source>
        <translation>בתוכנית יש {count} התנגשויות לטיפול.</translation>
    </message>
    <message>
        <source>Plan for {first} to {last}: {instances} new lessons, {participants} participants, {kept} already in place, {skipped} dates skipped, {conflicts} conflicts.</source>
        <translation>תוכנית ל־{first} עד {last}: {instances} שיעורים חדשים, {participants} משתתפים, {kept} כבר קיימים, {skipped} תאריכים דולגו, {conflicts} התנגשויות.</translation>
    </message>
    <message>
        <source>Applied as run {run}: {instances} lessons and {participants} participants created.</source>
        <translation>בוצע בהפעלה {run}: נוצרו {instances} שיעורים ו־{participants} משתתפים.</translation>
    </message>
    <message>
        <source>The schedule changed since the preview: it showed {expected} new lessons, {created} were created.</source>
        <translation>הלו״ז השתנה מאז התצוגה המקדימה: הוצגו {expected} שיעורים חדשים ונוצרו {created}.</translation>
    </message>
    <message>
        <source>{lessons} lessons and {participants} participants deleted; {kept} lessons kept.</source>
        <translation>נמחקו {lessons} שיעורים ו־{participants} משתתפים; {kept} שיעורים נשמרו.</translation>
    </message>
    <message>
        <source>{kept} dates already had their lesson; {conflicts} conflicts were reported in the plan.</source>
        <translation>ל־{kept} תאריכים כבר היה שיעור; בתוכנית דווחו {conflicts} התנגשויות.</translation>
    </message>
</context>
<context>
    <name>GenerationServices</name>
    <message>
        <source>Instructor changed for this date</source>
        <translation>המדריך שונה לתאריך זה</translation>
    </message>
    <message>
        <source>Service changed for this date</source>
        <translation>השירות שונה לתאריך זה</translation>
    </message>
    <message>
        <source>Time changed for this date</source>
        <translation>השעה שונתה לתאריך זה</translation>
    </message>
    <message>
        <source>Length changed for this date</source>
        <translation>משך השיעור שונה לתאריך זה</translation>
    </message>
    <message>
        <source>Joins the group lesson already in the calendar</source>
        <translation>מצטרף לשיעור הקבוצתי שכבר ביומן</translation>
    </message>
    <message>
        <source>A lesson is already in the calendar for this date</source>
        <translation>כבר יש ביומן שיעור לתאריך זה</translation>
    </message>
    <message>
        <source>Deleted, then generated again from the current template</source>
        <translation>יימחק וייווצר מחדש לפי התבנית הנוכחית</translation>
    </message>
    <message>
        <source>Someone else changed this template a moment ago; it is shown as it is now. Nothing was saved.</source>
        <translation>מישהו אחר שינה את התבנית לפני רגע; היא מוצגת כפי שהיא עכשיו. דבר לא נשמר.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>השינוי לא נשמר.</translation>
    </message>
</context>
<context>
    <name>GenerationView</name>
    <message>
        <source>&amp;Weekly generation</source>
        <extracomment>Beyond this many rows only the days are opened (a large clinic's two weeks are thousands). A run was applied, undone or reset forward; carries the run id.</extracomment>
        <translation>יצירה &amp;שבועית</translation>
    </message>
    <message>
        <source>&amp;Reset forward from a date</source>
        <translation>&amp;איפוס קדימה מתאריך</translation>
    </message>
    <message>
        <source>Choose &amp;templates…</source>
        <translation>בחירת &amp;תבניות…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;תצוגה מקדימה</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;מתאריך</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;עד</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <source>New lessons</source>
        <translation>שיעורים חדשים</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>כבר קיימים</translation>
    </message>
    <message>
        <source>Dates skipped</source>
        <translation>תאריכים שדולגו</translation>
    </message>
    <message>
        <source>Changed for the date</source>
        <translation>שונו לתאריך</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>התנגשויות</translation>
    </message>
    <message>
        <source>Lessons to delete</source>
        <translation>שיעורים למחיקה</translation>
    </message>
    <message>
        <source>Kept by the safety rules</source>
        <translation>נשמרו בכללי הבטיחות</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>מדריך</translation>
    </message>
    <message>
        <source>Filter by student…</source>
        <translation>סינון לפי תלמיד…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;הצגה</translation>
    </message>
    <message>
        <source>Generation plan</source>
        <translation>תוכנית היצירה</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;ביצוע</translation>
    </message>
    <message>
        <source>Computing the plan…</source>
        <translation>מחשב את התוכנית…</translation>
    </message>
    <message>
        <source>&amp;Apply reset forward</source>
        <translation>&amp;ביצוע איפוס קדימה</translation>
    </message>
    <message>
        <source>Nothing to do: every lesson of the range is already in place.</source>
        <translation>אין מה לעשות: כל השיעורים בטווח כבר קיימים.</translation>
    </message>
    <message>
        <source>{count} lessons have conflicts; they are marked in the list.</source>
        <translation>ל־{count} שיעורים יש התנגשויות; הם מסומנים ברשימה.</translation>
    </message>
    <message>
        <source>Review the plan, then apply it.</source>
        <translation>יש לעבור על התוכנית ואז לבצע אותה.</translation>
    </message>
    <message>
        <source>All instructors</source>
        <translation>כל המדריכים</translation>
    </message>
    <message>
        <source>{count} templates chosen</source>
        <translation>נבחרו {count} תבניות</translation>
    </message>
    <message>
        <source>Applying… lessons are being written in one transaction.</source>
        <translation>מבצע… השיעורים נשמרים בפעולה אחת.</translation>
    </message>
    <message>
        <source>Reset forward</source>
        <translation>איפוס קדימה</translation>
    </message>
    <message>
        <source>Apply the reset forward?</source>
        <translation>לבצע את האיפוס קדימה?</translation>
    </message>
    <message>
        <source>{deleted} lessons will be deleted, {kept} kept, and {created} lessons generated again.</source>
        <translation>שיעורים שיימחקו: {deleted}, שיישארו: {kept}, שייווצרו מחדש: {created}.</translation>
    </message>
    <message>
        <source>Delete and regenerate</source>
        <translation>למחוק וליצור מחדש</translation>
    </message>
    <message>
        <source>Keep the lessons</source>
        <translation>להשאיר את השיעורים</translation>
    </message>
    <message>
        <source>Undo is no longer possible</source>
        <translation>כבר אי אפשר לבטל</translation>
    </message>
    <message>
        <source>&amp;Undo this generation ({time} left)</source>
        <translation>&amp;ביטול היצירה (נותרו {time})</translation>
    </message>
    <message>
        <source>Undo the generation</source>
        <translation>ביטול היצירה</translation>
    </message>
    <message>
        <source>Undo the generation of {first} – {last}?</source>
        <translation>לבטל את היצירה של {first} – {last}?</translation>
    </message>
    <message>
        <source>It created {lessons} lessons and {participants} participants. Those still safe to remove will be deleted; any that were documented, charged or edited by hand are kept and listed.</source>
        <translation>היא יצרה {lessons} שיעורים ו-{participants} משתתפים. מה שעדיין בטוח להסיר יימחק; שיעורים שתועדו, חויבו או נערכו ידנית יישארו ויוצגו ברשימה.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>מבטל…</translation>
    </message>
    <message>
        <source>The last generation ({first} – {last}) created {count} lessons.</source>
        <translation>היצירה האחרונה ({first} – {last}) יצרה {count} שיעורים.</translation>
    </message>
    <message>
        <source>The operation failed: {reason}</source>
        <translation>הפעולה נכשלה: {reason}</translation>
    </message>
    <message>
        <source>Templates changed: preview again before applying.</source>
        <translation>התבניות השתנו: יש להציג תצוגה מקדימה שוב לפני הביצוע.</translation>
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
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>{new} new, {kept} in place, {skipped} skipped, {conflicts} conflicts</source>
        <translation>{new} חדשים, {kept} קיימים, {skipped} דולגו, {conflicts} התנגשויות</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>Lessons to insert</source>
        <translation>שיעורים שייווצרו</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>תאריכים שדולגו</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Why it was kept</source>
        <translation>למה נשמר</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>שיעור חדש</translation>
    </message>
    <message>
        <source>Joins a lesson</source>
        <translation>מצטרף לשיעור</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>דולג</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>למחיקה</translation>
    </message>
    <message>
        <source>Kept as is</source>
        <translation>נשאר כפי שהוא</translation>
    </message>
</context>
<context>
    <name>OverridesDialog</name>
    <message>
        <source>Changes for single dates</source>
        <translation>שינויים לתאריכים בודדים</translation>
    </message>
    <message>
        <source>&amp;Remove the change of the selected date</source>
        <translation>&amp;הסרת השינוי של התאריך הנבחר</translation>
    </message>
    <message>
        <source>&amp;Cancel this date</source>
        <translation>&amp;ביטול תאריך זה</translation>
    </message>
    <message>
        <source>C&amp;hange this date only</source>
        <translation>&amp;שינוי לתאריך זה בלבד</translation>
    </message>
    <message>
        <source>Same instructor</source>
        <translation>אותו מדריך</translation>
    </message>
    <message>
        <source>Same service</source>
        <translation>אותו שירות</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>העברה ל־</translation>
    </message>
    <message>
        <source>Same length</source>
        <translation>אותו משך</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>Why (shown in reports)</source>
        <translation>סיבה (מוצגת בדוחות)</translation>
    </message>
    <message>
        <source>&amp;Save for this date</source>
        <translation>&amp;שמירה לתאריך זה</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;תאריך</translation>
    </message>
    <message>
        <source>&amp;Instructor</source>
        <translation>&amp;מדריך</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>ש&amp;ירות</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;שעה</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>מ&amp;שך</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;הערה</translation>
    </message>
    <message>
        <source>Select the date whose change you want to remove.</source>
        <translation>יש לבחור את התאריך שאת השינוי שלו רוצים להסיר.</translation>
    </message>
    <message>
        <source>Saving failed: {reason}</source>
        <translation>השמירה נכשלה: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;New preview</source>
        <extracomment>The manager asked to undo the run the page reports. The manager wants a new preview.</extracomment>
        <translation>תצוגה מקדימה &amp;חדשה</translation>
    </message>
    <message>
        <source>Dates skipped, by reason</source>
        <translation>תאריכים שדולגו, לפי סיבה</translation>
    </message>
    <message>
        <source>Lessons kept, and why</source>
        <translation>שיעורים שנשמרו, ומדוע</translation>
    </message>
    <message>
        <source>A reset forward cannot be undone; its report stays with the run.</source>
        <translation>אי אפשר לבטל איפוס קדימה; הדוח שלו נשמר עם ההפעלה.</translation>
    </message>
    <message>
        <source>Reset forward applied</source>
        <translation>האיפוס קדימה בוצע</translation>
    </message>
    <message>
        <source>Generation applied</source>
        <translation>היצירה בוצעה</translation>
    </message>
    <message>
        <source>Generation undone</source>
        <translation>היצירה בוטלה</translation>
    </message>
    <message>
        <source>Lessons that were changed, charged or documented since were kept; see the list.</source>
        <translation>שיעורים ששונו, חויבו או תועדו מאז נשמרו; ראו ברשימה.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Weekly generation</source>
        <translation>יצירה שבועית</translation>
    </message>
    <message>
        <source>Weekly templates</source>
        <translation>תבניות שבועיות</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>New weekly series</source>
        <translation>סדרה שבועית חדשה</translation>
    </message>
    <message>
        <source>Change a weekly series</source>
        <translation>שינוי סדרה שבועית</translation>
    </message>
    <message>
        <source>Type a student's name…</source>
        <translation>הקלדת שם תלמיד…</translation>
    </message>
    <message>
        <source>&amp;Student</source>
        <translation>&amp;תלמיד</translation>
    </message>
    <message>
        <source>&amp;Instructor</source>
        <translation>&amp;מדריך</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>ש&amp;ירות</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;יום</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;שעה</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>מ&amp;שך</translation>
    </message>
    <message>
        <source>the usual price</source>
        <translation>המחיר הרגיל</translation>
    </message>
    <message>
        <source>Special &amp;price (₪)</source>
        <translation>&amp;מחיר מיוחד (₪)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;הערות</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>מסתיימת ב־</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;סיום</translation>
    </message>
    <message>
        <source>Starts &amp;on</source>
        <translation>מתחילה &amp;בתאריך</translation>
    </message>
    <message>
        <source>Applies &amp;from</source>
        <translation>חל &amp;מתאריך</translation>
    </message>
    <message>
        <source>From this date a new version of the series begins; lessons before it keep their details. Lessons already generated from this date on change only with a reset forward.</source>
        <translation>מתאריך זה מתחילה גרסה חדשה של הסדרה; השיעורים שלפניו שומרים על פרטיהם. שיעורים שכבר נוצרו מתאריך זה ואילך ישתנו רק באיפוס קדימה.</translation>
    </message>
    <message>
        <source>Choose an instructor and a service.</source>
        <translation>יש לבחור מדריך ושירות.</translation>
    </message>
    <message>
        <source>Choose the student from the list.</source>
        <translation>יש לבחור את התלמיד מהרשימה.</translation>
    </message>
    <message>
        <source>Saving failed: {reason}</source>
        <translation>השמירה נכשלה: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Templates to reset forward</source>
        <translation>תבניות לאיפוס קדימה</translation>
    </message>
    <message>
        <source>Search by student, instructor or service…</source>
        <translation>חיפוש לפי תלמיד, מדריך או שירות…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>תבניות</translation>
    </message>
    <message>
        <source>Lessons of these series are deleted where safe and generated again.</source>
        <translation>השיעורים של סדרות אלה יימחקו היכן שבטוח לעשות זאת וייווצרו מחדש.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>That weekly template does not exist.</source>
        <translation>התבנית השבועית הזו אינה קיימת.</translation>
    </message>
    <message>
        <source>The student, instructor or service no longer exists.</source>
        <translation>התלמיד, המדריך או השירות כבר אינם קיימים.</translation>
    </message>
    <message>
        <source>That date has no change to remove.</source>
        <translation>אין שינוי להסרה בתאריך זה.</translation>
    </message>
    <message>
        <source>A lesson was already generated with this change; change that lesson instead.</source>
        <translation>כבר נוצר שיעור עם השינוי הזה; יש לשנות את השיעור עצמו.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>יש לבחור יום בשבוע.</translation>
    </message>
    <message>
        <source>A lesson lasts between {low} and {high} minutes.</source>
        <translation>שיעור נמשך בין {low} ל־{high} דקות.</translation>
    </message>
    <message>
        <source>The clinic is closed on that day of the week.</source>
        <translation>המרכז סגור ביום זה בשבוע.</translation>
    </message>
    <message>
        <source>The lesson must fit inside business hours ({opening}–{closing}).</source>
        <translation>השיעור חייב להיות בתוך שעות הפעילות ({opening}–{closing}).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>מחיר לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>תאריך הסיום מוקדם מתאריך ההתחלה.</translation>
    </message>
    <message>
        <source>A new series cannot start in the past.</source>
        <translation>סדרה חדשה לא יכולה להתחיל בעבר.</translation>
    </message>
    <message>
        <source>A change cannot start in the past.</source>
        <translation>שינוי לא יכול לחול מתאריך שעבר.</translation>
    </message>
    <message>
        <source>A newer version of this series exists; change that one instead.</source>
        <translation>קיימת גרסה חדשה יותר של הסדרה; יש לשנות אותה.</translation>
    </message>
    <message>
        <source>The series ends on {day}; a change after its end has no effect.</source>
        <translation>הסדרה מסתיימת ב־{day}; לשינוי אחרי סיומה אין השפעה.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>לא שונה דבר.</translation>
    </message>
    <message>
        <source>A series cannot end in the past.</source>
        <translation>סדרה לא יכולה להסתיים בעבר.</translation>
    </message>
    <message>
        <source>A date in the past cannot be changed.</source>
        <translation>אי אפשר לשנות תאריך שעבר.</translation>
    </message>
    <message>
        <source>The series has no lesson on {day}.</source>
        <translation>אין לסדרה שיעור ב־{day}.</translation>
    </message>
    <message>
        <source>Nothing was changed for that date.</source>
        <translation>לא שונה דבר לתאריך זה.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Active</source>
        <translation>פעילה</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>תתחיל בהמשך</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>מושהית</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>הוחלפה בגרסה חדשה</translation>
    </message>
    <message>
        <source>{student} — {service} with {instructor}, {weekday} {time}</source>
        <translation>{student} — {service} עם {instructor}, {weekday} {time}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Instructor: {value}</source>
        <translation>מדריך: {value}</translation>
    </message>
    <message>
        <source>Service: {value}</source>
        <translation>שירות: {value}</translation>
    </message>
    <message>
        <source>Time: {value}</source>
        <translation>שעה: {value}</translation>
    </message>
    <message>
        <source>Length: {value} min</source>
        <translation>משך: {value} דק׳</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>תלמיד</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>מדריך</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>משך</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Current series</source>
        <translation>סדרות נוכחיות</translation>
    </message>
    <message>
        <source>Ended and replaced</source>
        <translation>שהסתיימו או הוחלפו</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>כל הגרסאות</translation>
    </message>
    <message>
        <source>Search by student, service or instructor…</source>
        <extracomment>Asks the main window for another section: (section key, request), e.g. a reset forward.</extracomment>
        <translation>חיפוש לפי תלמיד, שירות או מדריך…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>חיפוש תבניות</translation>
    </message>
    <message>
        <source>Which series</source>
        <translation>אילו סדרות</translation>
    </message>
    <message>
        <source>&amp;New series…</source>
        <translation>סדרה &amp;חדשה…</translation>
    </message>
    <message>
        <source>&amp;Change from a date…</source>
        <translation>&amp;שינוי מתאריך…</translation>
    </message>
    <message>
        <source>&amp;End the series…</source>
        <translation>&amp;סיום הסדרה…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>ה&amp;שהיה</translation>
    </message>
    <message>
        <source>&amp;Single dates…</source>
        <translation>&amp;תאריכים בודדים…</translation>
    </message>
    <message>
        <source>All instructors</source>
        <translation>כל המדריכים</translation>
    </message>
    <message>
        <source>{count} series</source>
        <translation>{count} סדרות</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;חידוש</translation>
    </message>
    <message>
        <source>A new version of the series was created. Lessons already generated from its first date keep the old details until you reset forward (Weekly generation → Reset forward).</source>
        <translation>נוצרה גרסה חדשה של הסדרה. שיעורים שכבר נוצרו מהתאריך הראשון שלה ישמרו על הפרטים הישנים עד לאיפוס קדימה (יצירה שבועית ← איפוס קדימה).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
    <message>
        <source>Reset &amp;forward from {day}…</source>
        <translation>איפוס &amp;קדימה מ־{day}…</translation>
    </message>
    <message>
        <source>The series ends on {day}.</source>
        <translation>הסדרה מסתיימת ב־{day}.</translation>
    </message>
    <message>
        <source>The operation failed: {reason}</source>
        <translation>הפעולה נכשלה: {reason}</translation>
    </message>
</context>
</TS>