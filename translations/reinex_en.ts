<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>%n families not yet confirmed for {day}</source>
        <translation>
            <numerusform>%n family not yet confirmed for {day}</numerusform>
            <numerusform>%n families not yet confirmed for {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons in a conflict on {day}</source>
        <translation>
            <numerusform>%n lesson in a conflict on {day}</numerusform>
            <numerusform>%n lessons in a conflict on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons not yet documented on {day}</source>
        <translation>
            <numerusform>%n lesson not yet documented on {day}</numerusform>
            <numerusform>%n lessons not yet documented on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students with a used-up balance</source>
        <translation>
            <numerusform>%n student with a used-up balance</numerusform>
            <numerusform>%n students with a used-up balance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students with a low balance</source>
        <translation>
            <numerusform>%n student with a low balance</numerusform>
            <numerusform>%n students with a low balance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes that need attention before they sync</source>
        <translation>
            <numerusform>%n change that needs attention before it syncs</numerusform>
            <numerusform>%n changes that need attention before they sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freed slots fit a family on the waiting list</source>
        <translation>
            <numerusform>%n freed slot fits a family on the waiting list</numerusform>
            <numerusform>%n freed slots fit a family on the waiting list</numerusform>
        </translation>
    </message>
</context>
</TS>