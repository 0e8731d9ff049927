<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>Gateway</name>
    <message>
        <source>This version of the app cannot perform '{kind}'.</source>
        <translation>גרסה זו של היישום אינה יכולה לבצע את '{kind}'.</translation>
    </message>
    <message>
        <source>The change could not be read and was not applied.</source>
        <translation>לא ניתן היה לקרוא את השינוי והוא לא הוחל.</translation>
    </message>
    <message>
        <source>The change collides with data already saved and was not applied.</source>
        <translation>השינוי מתנגש בנתונים שכבר נשמרו ולא הוחל.</translation>
    </message>
</context>
<context>
    <name>Students</name>
    <message>
        <source>This student no longer exists.</source>
        <translation>תלמיד/ה זה/זו כבר אינו/ה קיים/ת במערכת.</translation>
    </message>
    <message>
        <source>A student with this identifier already exists.</source>
        <translation>כבר קיים/ת תלמיד/ה עם מספר זהות זה.</translation>
    </message>
</context>
</TS>