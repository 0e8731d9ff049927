<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConfirmationsView</name>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not coming</source>
        <translation>
            <numerusform>%n not coming</numerusform>
            <numerusform>%n not coming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n waiting for an answer</numerusform>
            <numerusform>%n waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked yet</source>
        <translation>
            <numerusform>%n not asked yet</numerusform>
            <numerusform>%n not asked yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons confirmed for {name}.</source>
        <translation>
            <numerusform>%n lesson confirmed for {name}.</numerusform>
            <numerusform>%n lessons confirmed for {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons cancelled for {name}.</source>
        <translation>
            <numerusform>%n lesson cancelled for {name}.</numerusform>
            <numerusform>%n lessons cancelled for {name}.</numerusform>
        </translation>
    </message>
</context>
</TS>