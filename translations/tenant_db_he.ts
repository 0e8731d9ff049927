<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Gateway</name>
    <message>
        <source>This version of the app cannot perform &apos;{kind}&apos;.</source>
        <translation>גרסה זו של היישום אינה יכולה לבצע את &apos;{kind}&apos;.</translation>
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
</TS>
