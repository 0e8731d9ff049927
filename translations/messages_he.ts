<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>Messages</name>
    <message>
        <source>{student} has no guardian with contact details; add one in the student's profile.</source>
        <translation>ל{student} אין איש קשר עם פרטי התקשרות; אפשר להוסיף בכרטיס התלמיד/ה.</translation>
    </message>
    <message>
        <source>{guardian} has no phone number; add one in the student's profile to send a WhatsApp message.</source>
        <translation>ל{guardian} אין מספר טלפון; כדי לשלוח הודעת וואטסאפ יש להוסיף מספר בכרטיס התלמיד/ה.</translation>
    </message>
    <message>
        <source>The phone number of {guardian} ({phone}) is not valid; correct it in the student's profile.</source>
        <translation>מספר הטלפון של {guardian} ({phone}) אינו תקין; יש לתקן אותו בכרטיס התלמיד/ה.</translation>
    </message>
    <message>
        <source>{guardian} has no e-mail address; add one in the student's profile or send the message by WhatsApp.</source>
        <translation>ל{guardian} אין כתובת דוא״ל; אפשר להוסיף כתובת בכרטיס התלמיד/ה או לשלוח את ההודעה בוואטסאפ.</translation>
    </message>
    <message>
        <source>the student's full name</source>
        <extracomment>The kinds about one lesson of one student (`MessageFacts`); the family kind has its own facts. Placeholder → what it stands for (source text for the help in the settings screen).</extracomment>
        <translation>שם התלמיד/ה המלא</translation>
    </message>
    <message>
        <source>the student's first name</source>
        <translation>השם הפרטי של התלמיד/ה</translation>
    </message>
    <message>
        <source>the guardian's first name</source>
        <extracomment>The family confirmation's placeholders: one message for all of a family's lessons of a day.</extracomment>
        <translation>השם הפרטי של ההורה / איש הקשר</translation>
    </message>
    <message>
        <source>the day of the week, in Hebrew</source>
        <translation>היום בשבוע, בעברית</translation>
    </message>
    <message>
        <source>the date, day.month.year</source>
        <translation>התאריך, יום.חודש.שנה</translation>
    </message>
    <message>
        <source>the date in the Hebrew calendar</source>
        <translation>התאריך העברי</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>שעת ההתחלה</translation>
    </message>
    <message>
        <source>the end time</source>
        <translation>שעת הסיום</translation>
    </message>
    <message>
        <source>the length in minutes</source>
        <translation>משך השיעור בדקות</translation>
    </message>
    <message>
        <source>the instructor's name</source>
        <translation>שם המדריך/ה</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>השירות</translation>
    </message>
    <message>
        <source>the clinic's name</source>
        <translation>שם המרכז</translation>
    </message>
    <message>
        <source>the arrival question in the student's gender (or neutral when the gender is not set)</source>
        <translation>שאלת ההגעה בלשון המתאימה למין התלמיד (או בניסוח ניטרלי כשהמין לא צוין)</translation>
    </message>
    <message>
        <source>the children's first names ("Noa and Dan")</source>
        <translation>השמות הפרטיים של הילדים ("נועה ודן")</translation>
    </message>
    <message>
        <source>one line per lesson: time, service, child, instructor</source>
        <translation>שורה לכל שיעור: שעה, שירות, ילד, מדריך</translation>
    </message>
    <message>
        <source>the arrival question in the children's gender (or neutral when the gender is not set)</source>
        <translation>שאלת ההגעה בלשון המתאימה למין הילדים (או בניסוח ניטרלי כשהמין לא צוין)</translation>
    </message>
    <message>
        <source>A message template cannot be empty.</source>
        <extracomment>E-mail subjects, in Hebrew like the templates.</extracomment>
        <translation>תבנית הודעה אינה יכולה להיות ריקה.</translation>
    </message>
    <message>
        <source>A message template can be at most {max} characters long.</source>
        <translation>אורך תבנית הודעה הוא עד {max} תווים.</translation>
    </message>
    <message>
        <source>The template uses an unknown placeholder: {{{name}}}.</source>
        <translation>התבנית משתמשת בשדה לא מוכר: {{{name}}}.</translation>
    </message>
    <message>
        <source>The template has a stray brace; placeholders are written like {{student}}.</source>
        <translation>בתבנית יש סוגריים מסולסלים לא תקינים; שדות נכתבים כך: {{student}}.</translation>
    </message>
    <message>
        <source>Message templates must map each message kind to its text.</source>
        <translation>תבניות ההודעות חייבות להגדיר טקסט לכל סוג הודעה.</translation>
    </message>
</context>
</TS>