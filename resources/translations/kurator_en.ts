<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru_RU">
<context>
    <name>Achievements</name>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="20"/>
        <source>диплом</source>
        <translation>diploma</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="21"/>
        <source>грамота</source>
        <translation>letter of merit</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="22"/>
        <source>сертификат</source>
        <translation>certificate</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="23"/>
        <source>участие</source>
        <translation>participation</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="26"/>
        <source>школьный</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="27"/>
        <source>муниципальный</source>
        <translation>municipal</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="28"/>
        <source>региональный</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="29"/>
        <source>всероссийский</source>
        <translation>national</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="30"/>
        <source>международный</source>
        <translation>international</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="81"/>
        <source>Укажите название достижения (конкурс, олимпиада, мероприятие).</source>
        <translation>Enter the title of the achievement (contest, olympiad, event).</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="83"/>
        <source>Вид достижения — диплом, грамота, сертификат или участие.</source>
        <translation>The kind of achievement is a diploma, a letter of merit, a certificate or participation.</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="85"/>
        <source>Уровень — школьный, муниципальный, региональный, всероссийский или международный.</source>
        <translation>The level is school, municipal, regional, national or international.</translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="87"/>
        <source>Дата достижения %1 — в будущем.</source>
        <translation>The achievement date %1 is in the future.</translation>
    </message>
</context>
<context>
    <name>AchievementsCommand</name>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="15"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ achievements list ID_УЧАСТНИКА
  kurator-cli --db ФАЙЛ achievements add ID_УЧАСТНИКА --kind ВИД --title НАЗВАНИЕ [--level УРОВЕНЬ] [--date ДАТА]
  kurator-cli --db ФАЙЛ achievements remove ID_УЧАСТНИКА ID_ДОСТИЖЕНИЯ
ВИД: диплом, грамота, сертификат, участие; УРОВЕНЬ: школьный, муниципальный, региональный,
всероссийский, международный.
</source>
        <translation>Usage:
  kurator-cli --db FILE achievements list PERSON_ID
  kurator-cli --db FILE achievements add PERSON_ID --kind KIND --title TITLE [--level LEVEL] [--date DATE]
  kurator-cli --db FILE achievements remove PERSON_ID ACHIEVEMENT_ID
KIND: диплом, грамота, сертификат, участие (diploma, letter of merit, certificate, participation); LEVEL: школьный,
муниципальный, региональный, всероссийский, международный (school to international).
</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="27"/>
        <source>Вид.</source>
        <translation>Kind.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="27"/>
        <source>ВИД</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="28"/>
        <source>Название.</source>
        <translation>Title.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="28"/>
        <source>НАЗВАНИЕ</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="29"/>
        <source>Уровень.</source>
        <translation>Level.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="29"/>
        <source>УРОВЕНЬ</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="30"/>
        <source>Дата.</source>
        <translation>Date.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="30"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="44"/>
        <source>Номер участника должен быть числом: %1</source>
        <translation>The participant number must be a number: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="50"/>
        <source>Участника %1 нет в базе.</source>
        <translation>There is no participant %1 in the database.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="64"/>
        <source>У участника %1 нет достижения %2.</source>
        <translation>Participant %1 has no achievement %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="73"/>
        <source>Неизвестный уровень «%1».</source>
        <translation>Unknown level “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="80"/>
        <source>Достижение записано: №%1.</source>
        <translation>Achievement recorded: No. %1.</translation>
    </message>
</context>
<context>
    <name>AchievementsDialog</name>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="6"/>
        <source>Достижения участника</source>
        <translation>Achievements of the participant</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="9"/>
        <source>Достижения</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="12"/>
        <source>Новое достижение</source>
        <translation>New achievement</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="14"/>
        <source>&amp;Вид:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="15"/>
        <source>Вид достижения</source>
        <translation>Kind of achievement</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="16"/>
        <source>&amp;Уровень:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="17"/>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="34"/>
        <source>Уровень</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="18"/>
        <source>&amp;Дата:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="19"/>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="19"/>
        <source>Дата достижения</source>
        <translation>Achievement date</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="20"/>
        <source>&amp;Название*:</source>
        <translation>&amp;Title*:</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="21"/>
        <source>конкурс, олимпиада, мероприятие</source>
        <translation>contest, olympiad, event</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="21"/>
        <source>Название достижения</source>
        <translation>Title of the achievement</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="25"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="28"/>
        <source>&amp;Записать</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="29"/>
        <source>&amp;Удалить выбранное</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="31"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="17"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="34"/>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="55"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="34"/>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="34"/>
        <source>Название</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>AnalyticReport</name>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="31"/>
        <source>За период с %1 по %2 наставнические пары и группы не работали.</source>
        <translation>From %1 to %2, no mentoring pairs or groups were active.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="32"/>
        <source>За период с %1 по %2 работали наставнических пар и групп — %3 (из них групп — %4); наставляемых — %5, наставников — %6. Сформировано за период — %7, завершили работу — %8 (досрочно — %9).</source>
        <translation>From %1 to %2, active mentoring pairs and groups: %3 (groups among them: %4); mentees: %5, mentors: %6. Formed during the period: %7; finished their work: %8 (ended early: %9).</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="54"/>
        <source>«%1» (%2 при цели %3 %)</source>
        <translation>“%1” (%2 against a target of %3%)</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="56"/>
        <source>Цели года по показателям эффективности не заданы.</source>
        <translation>No KPI targets have been set for the year.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="57"/>
        <source>Цели года достигнуты по показателям: %1 из %2.</source>
        <translation>The year&apos;s targets have been reached for %1 of %2 KPIs.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="59"/>
        <source>Не достигнуты: %1.</source>
        <translation>Not reached: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="61"/>
        <source>Нет данных по показателям: %1.</source>
        <translation>No data for the KPIs: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="68"/>
        <source>Индивидуальные планы работающих пар и групп не заполнены.</source>
        <translation>The individual plans of the active pairs and groups have not been filled in.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="69"/>
        <source>Выполнено пунктов индивидуальных планов — %1 из %2 (%3); планов, выполненных не менее чем на 90 %, — %4 из %5.</source>
        <translation>Individual plan items completed: %1 of %2 (%3); plans at least 90% complete: %4 of %5.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="75"/>
        <source>Проведено встреч — %1.</source>
        <translation>Meetings held: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="77"/>
        <source>Запланированных и не состоявшихся к дате отчёта — %1.</source>
        <translation>Planned but not held by the report date: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="84"/>
        <source>нет данных (анкеты не собраны)</source>
        <translation>no data (no questionnaires collected)</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="85"/>
        <source>%1 (%2 из %3 ответивших)</source>
        <translation>%1 (%2 of %3 respondents)</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="91"/>
        <source>Банк наставляемых учебного года пуст.</source>
        <translation>The bank of mentees for the school year is empty.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="93"/>
        <source>В банке наставляемых — %1; все закреплены за наставниками.</source>
        <translation>Mentees in the bank: %1; all of them are assigned to mentors.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="97"/>
        <source>В банке наставляемых — %1; без наставника остаются — %2 (%3). Им оказывается поддержка, подбор наставников продолжается.</source>
        <translation>Mentees in the bank: %1; still without a mentor: %2 (%3). They are being supported, and the search for mentors continues.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="129"/>
        <source>ru_RU</source>
        <translation>en_GB</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="133"/>
        <source>Аналитический отчёт о реализации программы наставничества</source>
        <translation>Analytic report on the implementation of the mentoring programme</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="138"/>
        <source>Удовлетворены участием в программе: наставляемые — %1, наставники — %2.</source>
        <translation>Satisfied with taking part in the programme: mentees — %1, mentors — %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="147"/>
        <source>%1 учебный год, период с %2 по %3; дата отчёта %4</source>
        <translation>%1 school year, period from %2 to %3; report date %4</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="149"/>
        <source>1. Выводы</source>
        <translation>1. Conclusions</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="157"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="157"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="158"/>
        <source>2. Показатели эффективности</source>
        <translation>2. KPIs</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Показатель</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Числитель</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Знаменатель</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Факт</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Цель</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Достигнута</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="163"/>
        <location filename="../../src/services/AnalyticText.cpp" line="171"/>
        <source>Всего</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="165"/>
        <source>3. Наставнические пары и группы по формам</source>
        <translation>3. Mentoring pairs and groups by form</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>Форма наставничества</source>
        <translation>Form of mentoring</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>Сформировано</source>
        <translation>Formed</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>Работали</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>из них групп</source>
        <translation>incl. groups</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>Завершили</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="172"/>
        <source>4. Встречи по месяцам</source>
        <translation>4. Meetings by month</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="173"/>
        <source>Месяц</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="173"/>
        <source>Проведено встреч</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="178"/>
        <source>Всего без наставника</source>
        <translation>Total without a mentor</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="179"/>
        <source>5. Наставляемые без наставника</source>
        <translation>5. Mentees without a mentor</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="180"/>
        <source>Причина (по последнему подбору пар)</source>
        <translation>Reason (from the latest matching)</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="180"/>
        <source>Наставляемых</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticReport.cpp" line="43"/>
        <source>Форма не указана</source>
        <translation>Form not given</translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticReport.cpp" line="99"/>
        <source>не участвовали в подборе пар</source>
        <translation>took no part in matching</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="24"/>
        <source>Поиск по ФИО или классу</source>
        <translation>Search by full name or class</translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="26"/>
        <source>Поиск участника</source>
        <translation>Participant search</translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="27"/>
        <source>Отметить &amp;всех</source>
        <translation>Mark &amp;all</translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="28"/>
        <source>Сн&amp;ять отметки</source>
        <translation>&amp;Clear all</translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="31"/>
        <source>Присутствовали</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="107"/>
        <source>Присутствовали: %1 из %2</source>
        <translation>Present: %1 of %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="6"/>
        <location filename="../../ui/AuditLogDialog.ui" line="15"/>
        <source>Журнал изменений</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="10"/>
        <source>&amp;Записи:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="11"/>
        <source>Вид записей</source>
        <translation>Kind of records</translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="12"/>
        <source>Поиск: кто, что, номер записи</source>
        <translation>Search: who, what, record number</translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="12"/>
        <source>Поиск в журнале</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="20"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="17"/>
        <source>участник</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="18"/>
        <source>организация-партнёр</source>
        <translation>partner organization</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="19"/>
        <source>пара/группа</source>
        <translation>pair/group</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="20"/>
        <source>приказ</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="21"/>
        <source>протокол подбора</source>
        <translation>matching record</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="22"/>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="51"/>
        <source>программа</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="23"/>
        <source>дорожная карта</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="24"/>
        <source>мероприятие дорожной карты</source>
        <translation>roadmap activity</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="25"/>
        <source>цель показателя</source>
        <translation>KPI target</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="26"/>
        <source>контингент</source>
        <translation>contingent</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="27"/>
        <source>импорт анкет</source>
        <translation>questionnaire import</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="28"/>
        <source>анкета наставляемого</source>
        <translation>mentee questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="29"/>
        <source>анкета наставника</source>
        <translation>mentor questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="37"/>
        <source>создание</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="38"/>
        <source>изменение</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="39"/>
        <source>удаление</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="40"/>
        <source>в архив</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="41"/>
        <source>из архива</source>
        <translation>restored from archive</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="42"/>
        <source>утверждение</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="43"/>
        <source>издание</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="44"/>
        <source>отмена издания</source>
        <translation>issue withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="45"/>
        <source>завершение</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="46"/>
        <source>возобновление</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="47"/>
        <source>индивидуальный план</source>
        <translation>individual plan</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="48"/>
        <source>встреча</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="49"/>
        <source>новая встреча</source>
        <translation>new meeting</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="50"/>
        <source>планирование встреч</source>
        <translation>meetings scheduled</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="52"/>
        <source>достижение</source>
        <translation>achievement</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="53"/>
        <source>удаление достижения</source>
        <translation>achievement deleted</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="54"/>
        <source>импорт</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="64"/>
        <source>по протоколу подбора</source>
        <translation>by the matching record</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="67"/>
        <source>пар: %1</source>
        <translation>pairs: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="68"/>
        <source>встреч: %1</source>
        <translation>meetings: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="79"/>
        <source>все</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="92"/>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="124"/>
        <source>Записей: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Действие</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Что изменено</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="15"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ backup КОПИЯ.sqlite      копия базы (содержит персональные данные; доступна только вам)
  kurator-cli --db ФАЙЛ backup --auto            автоматическая копия в папку копий рядом с базой
  kurator-cli --db ФАЙЛ backups [--keep N]       копии в папке рядом с базой; --keep — сколько автоматических хранить
  kurator-cli --db ФАЙЛ restore КОПИЯ.sqlite     заменить базу копией: копия сначала проверяется, прежняя база
                                                  сохраняется в папке копий
</source>
        <translation>Usage:
  kurator-cli --db FILE backup COPY.sqlite       a copy of the database (holds personal data; readable by you only)
  kurator-cli --db FILE backup --auto            an automatic copy into the backups folder beside the database
  kurator-cli --db FILE backups [--keep N]       the copies beside the database; --keep — how many automatic ones to keep
  kurator-cli --db FILE restore COPY.sqlite      replace the database with a copy: the copy is checked first, the previous
                                                  database is kept in the backups folder
</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="27"/>
        <source>Автоматическая копия.</source>
        <translation>Automatic copy.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="28"/>
        <source>Сколько автоматических копий хранить.</source>
        <translation>How many automatic copies to keep.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="28"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="35"/>
        <source>Резервные копии базы на сервере делает его администратор средствами PostgreSQL (pg_dump); kurator-cli копирует только файлы баз.</source>
        <translation>Backups of a server database are made by its administrator with PostgreSQL&apos;s tools (pg_dump); kurator-cli copies database files only.</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="48"/>
        <source>База восстановлена из %1; прежняя сохранена: %2</source>
        <translation>Database restored from %1; the previous one is kept: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="60"/>
        <source>Папка копий: %1; автоматических хранится: %2</source>
        <translation>Backups folder: %1; automatic copies kept: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="62"/>
        <source> КБ</source>
        <translation> KB</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="71"/>
        <source>Копия: %1</source>
        <translation>Copy: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="76"/>
        <source>Копия: %1 (содержит персональные данные; доступна только вам)</source>
        <translation>Copy: %1 (holds personal data; readable by you only)</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="18"/>
        <source>Не удалось создать папку копий %1.</source>
        <translation>Could not create the backup folder %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="79"/>
        <source>Копию нельзя записать поверх самой базы.</source>
        <translation>A copy cannot be written over the database itself.</translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="87"/>
        <source>Это и есть открытая база.</source>
        <translation>This is the open database itself.</translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="89"/>
        <source>Копия не восстановлена: %1 База не изменена.</source>
        <translation>The copy was not restored: %1 The database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="95"/>
        <source>Копия не восстановлена: не удалось сохранить текущую базу (%1). База не изменена.</source>
        <translation>The copy was not restored: could not keep the current database (%1). The database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="98"/>
        <source>Копия не восстановлена: %1 Прежняя база сохранена в %2.</source>
        <translation>The copy was not restored: %1 The previous database is kept in %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="112"/>
        <source>Хранить можно от 1 до 1000 автоматических копий.</source>
        <translation>From 1 to 1000 automatic copies can be kept.</translation>
    </message>
</context>
<context>
    <name>BankColumns</name>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="24"/>
        <source>номер строки по порядку</source>
        <translation>sequential row number</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="25"/>
        <source>фамилия, имя, отчество</source>
        <translation>surname, first name, patronymic</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="27"/>
        <source>телефон и почта, у несовершеннолетнего — законный представитель</source>
        <translation>phone and email; for a minor, those of the legal representative</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="28"/>
        <source>возраст на дату отчёта и класс: «12 / 6Б»</source>
        <translation>age on the report date and class: “12 / 6Б”</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="29"/>
        <source>дата рождения</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="30"/>
        <source>полных лет на дату отчёта</source>
        <translation>age in full years on the report date</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="31"/>
        <source>класс обучающегося</source>
        <translation>the pupil&apos;s class</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="32"/>
        <source>телефон</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="33"/>
        <source>электронная почта</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="34"/>
        <source>законный представитель и его телефон</source>
        <translation>legal representative and their phone</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="35"/>
        <source>место работы или учёбы, должность</source>
        <translation>place of work or study, job title</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="36"/>
        <source>ключевой запрос наставляемого</source>
        <translation>the mentee&apos;s key request</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="37"/>
        <source>компетенции, достижения, интересы наставника</source>
        <translation>the mentor&apos;s competencies, achievements, interests</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="38"/>
        <source>желаемый возраст наставляемых</source>
        <translation>preferred age of mentees</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="39"/>
        <source>ресурс времени наставника</source>
        <translation>the mentor&apos;s time available</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="40"/>
        <source>дата вхождения в программу</source>
        <translation>date of joining the programme</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="42"/>
        <source>ФИО другой стороны пар: наставника или наставляемых</source>
        <translation>full name of the other side of the pairs: the mentor or the mentees</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="44"/>
        <source>место работы или учёбы другой стороны пар</source>
        <translation>place of work or study of the other side of the pairs</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="45"/>
        <source>форма наставничества</source>
        <translation>form of mentoring</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="46"/>
        <source>место реализации программы: организация</source>
        <translation>where the programme runs: the organization</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="47"/>
        <source>начало работы в паре (самой ранней)</source>
        <translation>start of work in a pair (the earliest one)</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="48"/>
        <source>дата завершения программы</source>
        <translation>programme end date</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="49"/>
        <source>результаты программы</source>
        <translation>programme results</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="50"/>
        <source>ссылка на кейс или отзыв</source>
        <translation>link to the case or feedback</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="68"/>
        <source>наставляемых</source>
        <translation>mentees</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="68"/>
        <source>наставников</source>
        <translation>mentors</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="96"/>
        <source>Набор столбцов — не JSON-объект: %1 (символ %2).</source>
        <translation>The column set is not a JSON object: %1 (character %2).</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="100"/>
        <source>Это набор столбцов базы «%1», а не базы %2.</source>
        <translation>This is a column set for the “%1” bank, not for the bank of %2.</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="103"/>
        <source>В наборе столбцов базы %1 нет ни одного столбца (поле columns).</source>
        <translation>The column set for the bank of %1 has no columns (the columns field).</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="107"/>
        <source>Столбец %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="112"/>
        <source>неизвестное поле «%1».</source>
        <translation>unknown field “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="114"/>
        <source>поля «%1» нет в базе %2.</source>
        <translation>the bank of %2 has no field “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="116"/>
        <source>поле «%1» уже есть в наборе.</source>
        <translation>the field “%1” is already in the set.</translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="120"/>
        <source>нет заголовка (title) у поля «%1».</source>
        <translation>the field “%1” has no heading (title).</translation>
    </message>
</context>
<context>
    <name>BankColumnsDialog</name>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="26"/>
        <source>Столбцы базы наставляемых</source>
        <translation>Columns of the bank of mentees</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="26"/>
        <source>Столбцы базы наставников</source>
        <translation>Columns of the bank of mentors</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="28"/>
        <source>В отчёте</source>
        <translation>In report</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="28"/>
        <source>Заголовок столбца</source>
        <translation>Column heading</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="28"/>
        <source>Что в столбце</source>
        <translation>What the column holds</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="37"/>
        <source>Столбцы базы</source>
        <translation>Bank columns</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="39"/>
        <source>Отметьте столбцы, которые войдут в книгу; заголовок меняется двойным щелчком или F2; порядок — кнопками «Выше» и «Ниже» (Ctrl+↑, Ctrl+↓).</source>
        <translation>Tick the columns to include in the workbook; change a heading by double-clicking or with F2; change the order with the “Up” and “Down” buttons (Ctrl+↑, Ctrl+↓).</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="43"/>
        <source>В&amp;ыше</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="45"/>
        <source>&amp;Ниже</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="47"/>
        <source>Как в &amp;целевой модели</source>
        <translation>As in the &amp;target model</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="48"/>
        <source>&amp;Загрузить…</source>
        <translation>&amp;Load…</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="49"/>
        <source>Со&amp;хранить в файл…</source>
        <translation>&amp;Save to file…</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="108"/>
        <source>Строка %1 («%2»): у столбца нет заголовка.</source>
        <translation>Row %1 (“%2”): the column has no heading.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="112"/>
        <source>Отметьте хотя бы один столбец.</source>
        <translation>Tick at least one column.</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="138"/>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="161"/>
        <source>Набор столбцов</source>
        <translation>Column set</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="138"/>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="162"/>
        <source>Наборы столбцов JSON (*.json)</source>
        <translation>JSON column sets (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="143"/>
        <source>Не удалось открыть %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="148"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="167"/>
        <source>Не удалось записать %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>BankEntryDialog</name>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="22"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="23"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="52"/>
        <source>Дата вхождения</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="53"/>
        <source>Дата завершения</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="57"/>
        <source>Дата вхождения (%1) позже даты завершения (%2).</source>
        <translation>Entry date (%1) is later than completion date (%2).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="22"/>
        <source>Год «%1» не похож на первый год учебного года.</source>
        <translation>Year “%1” does not look like the first year of a school year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="40"/>
        <source>Дата «%1» не читается: нужна ДД.ММ.ГГГГ.</source>
        <translation>Cannot read the date “%1”: DD.MM.YYYY expected.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="47"/>
        <source>Показать справку по команде.</source>
        <translation>Show help for the command.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="72"/>
        <source>База открыта только для чтения: для записи её держит %1. Просмотр и выгрузка работают, изменения не сохранятся.</source>
        <translation>The database is open read-only: %1 holds it for writing. Viewing and exports work; changes will not be saved.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="84"/>
        <source>Период задаётся двумя датами: --from и --to.</source>
        <translation>A period takes two dates: --from and --to.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="91"/>
        <source>Период начинается позже, чем заканчивается: %1 — %2.</source>
        <translation>The period starts after it ends: %1 — %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="16"/>
        <source>Использование: kurator-cli [--db ФАЙЛ | --pg &quot;host=… dbname=… user=…&quot;] КОМАНДА [ПАРАМЕТРЫ]

Команды:
  init [--demo] [--seed N]      создать базу (и демонстрационную школу)
  init --school НАЗВАНИЕ [--year ГОД] [--contingent КОД=ЧИСЛО]...   создать базу своей школы
  achievements list|add|remove ID   достижения участника
  people list [--search ТЕКСТ] [--category К] [--status S] [--json]
                                список участников
  people forget ID --yes [--purge-backups]   удалить персональные данные участника
  export mentees|mentors|stats|kpi|roadmap|analytic --out ФАЙЛ.xlsx [--year ГОД]   отчёт в Excel
  columns mentees|mentors [--load ФАЙЛ.json | --reset] [--json]   столбцы баз наставляемых и наставников
  import questionnaires ТАБЛИЦА --kind mentee|mentor|preference [--dry-run]   импорт анкет
  import survey ТАБЛИЦА --template ВИД|НОМЕР [--dry-run]   ответы на анкету (удовлетворённость, диагностика)
  kpi [--year ГОД] [--from ДАТА --to ДАТА] [--json]   показатели эффективности
  kpi target|contingent КОД ЗНАЧЕНИЕ [--year ГОД]      цель и контингент года
  match [show|approve] [--year ГОД] [--start ДАТА] [--json]   подбор наставнических пар
  order list|draft|issue|print|template   приказ о закреплении наставнических пар/групп
  pairs list|show|plan|done|meetings|meet|close|templates|quiet-days   работа пар и групп
  attention [--year ГОД] [--json]   пары и группы, требующие внимания
  events list|show|add|held|remove   общие мероприятия пар и групп, присутствие
  backup КОПИЯ | backup --auto | backups [--keep N] | restore КОПИЯ   резервные копии базы
  programmes list|show|add|edit|remove|attach|detach   программы наставничества
  roadmap list|import|templates|template   дорожная карта учебного года
  server schools|add-school|add-curator|add-coordinator   муниципальный сервер: школы, кураторы, координатор
  consolidated [--year ГОД] [--json] [--out ФАЙЛ.xlsx]   сводка координатора по школам сервера
  upload [--school N] | download --out ФАЙЛ [--school N]   файл школы на сервер и обратно
  stats [--json]                число записей по сущностям
  surveys results|compare|templates|template   анкеты: удовлетворённость, диагностика до и после, шаблоны

  --db ФАЙЛ   файл базы (по умолчанию %1)
  --pg СТРОКА   муниципальный сервер PostgreSQL вместо файла; пароль — в PGPASSWORD или ~/.pgpass
  КОМАНДА --help   справка по команде
</source>
        <translation>Usage: kurator-cli [--db FILE | --pg &quot;host=… dbname=… user=…&quot;] COMMAND [OPTIONS]

Commands:
  init [--demo] [--seed N]      create a database (and the demo school)
  init --school NAME [--year YEAR] [--contingent CODE=NUMBER]...   create your school&apos;s database
  achievements list|add|remove ID   achievements of a participant
  people list [--search TEXT] [--category C] [--status S] [--json]
                                list participants
  people forget ID --yes [--purge-backups]   remove a participant&apos;s personal data
  export mentees|mentors|stats|kpi|roadmap|analytic --out FILE.xlsx [--year YEAR]   Excel report
  columns mentees|mentors [--load FILE.json | --reset] [--json]   columns of the banks of mentees and mentors
  import questionnaires TABLE --kind mentee|mentor|preference [--dry-run]   import questionnaires
  import survey TABLE --template KIND|NUMBER [--dry-run]   questionnaire answers (satisfaction, diagnostics)
  kpi [--year YEAR] [--from DATE --to DATE] [--json]   KPIs
  kpi target|contingent CODE VALUE [--year YEAR]       target and contingent for a year
  match [show|approve] [--year YEAR] [--start DATE] [--json]   matching of mentoring pairs
  order list|draft|issue|print|template   order assigning mentoring pairs/groups
  pairs list|show|plan|done|meetings|meet|close|templates|quiet-days   work of pairs and groups
  attention [--year YEAR] [--json]   pairs and groups needing attention
  events list|show|add|held|remove   common events of pairs and groups, attendance
  backup COPY | backup --auto | backups [--keep N] | restore COPY   backups of the database
  programmes list|show|add|edit|remove|attach|detach   mentoring programmes
  roadmap list|import|templates|template   school-year roadmap
  server schools|add-school|add-curator|add-coordinator   the municipal server: schools, curators, the coordinator
  consolidated [--year YEAR] [--json] [--out FILE.xlsx]   the coordinator&apos;s summary of the server&apos;s schools
  upload [--school N] | download --out FILE [--school N]   a school file onto the server and back
  stats [--json]                record counts per entity
  surveys results|compare|templates|template   questionnaires: satisfaction, diagnostics before and after, templates

  --db FILE   database file (default %1)
  --pg STRING   a municipal PostgreSQL server instead of a file; the password in PGPASSWORD or ~/.pgpass
  COMMAND --help   help on a command
</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="113"/>
        <source>Неизвестный параметр: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="170"/>
        <source>Неизвестная команда: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
<context>
    <name>ClosePairDialog</name>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="5"/>
        <source>Завершение работы пары</source>
        <translation>Finish the pair&apos;s work</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="8"/>
        <source>&amp;Итог:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="9"/>
        <source>Итог работы пары</source>
        <translation>Outcome of the pair&apos;s work</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="10"/>
        <source>&amp;Дата:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="11"/>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="11"/>
        <source>Дата завершения</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="12"/>
        <source>&amp;Причина:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="13"/>
        <source>обязательна при досрочном завершении</source>
        <translation>required if the pair ended early</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="13"/>
        <source>Причина досрочного завершения</source>
        <translation>Reason for ending early</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="14"/>
        <source>&amp;Результаты:</source>
        <translation>Re&amp;sults:</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="15"/>
        <source>Результаты работы пары</source>
        <translation>Results of the pair&apos;s work</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="16"/>
        <source>&amp;Кейс, отзыв:</source>
        <translation>&amp;Case, feedback:</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="17"/>
        <source>ссылка на описание кейса или отзыв</source>
        <translation>link to a case description or feedback</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="17"/>
        <source>Ссылка на кейс</source>
        <translation>Link to the case</translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="18"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../../src/gui/ClosePairDialog.cpp" line="11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="41"/>
        <source>обучающийся</source>
        <translation>pupil</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="42"/>
        <source>педагог</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="43"/>
        <source>родитель</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="44"/>
        <source>выпускник</source>
        <translation>graduate</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="45"/>
        <source>студент</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="46"/>
        <source>представитель организации</source>
        <translation>employer&apos;s representative</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="63"/>
        <source>действует</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="63"/>
        <source>в архиве</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="81"/>
        <source>предприятие</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="82"/>
        <source>НКО</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="83"/>
        <source>вуз</source>
        <translation>university</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="84"/>
        <source>колледж</source>
        <translation>college</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="85"/>
        <source>другая</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="115"/>
        <source>формируется</source>
        <translation>forming</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="116"/>
        <source>работает</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="117"/>
        <source>завершена</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="118"/>
        <source>завершена досрочно</source>
        <translation>ended early</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="136"/>
        <source>нет</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="137"/>
        <source>есть</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="138"/>
        <source>истекло</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="139"/>
        <source>отозвано</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="152"/>
        <source>ОВЗ / инвалидность</source>
        <translation>special educational needs / disability</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="153"/>
        <source>выдающиеся способности</source>
        <translation>outstanding abilities</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="154"/>
        <source>трудная жизненная ситуация</source>
        <translation>difficult life situation</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="155"/>
        <source>малоимущая семья</source>
        <translation>low-income family</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="156"/>
        <source>сельская местность</source>
        <translation>rural area</translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="157"/>
        <source>дети-сироты</source>
        <translation>orphans</translation>
    </message>
</context>
<context>
    <name>ColumnsCommand</name>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="16"/>
        <source>Использование: kurator-cli --db ФАЙЛ columns mentees|mentors [--load ФАЙЛ.json | --reset] [--json]
Столбцы, в которых выгружается база наставляемых (mentees) или наставников (mentors):
  без параметров   сохранённый набор: поле, заголовок, и поля, которые можно добавить
  --json           набор в JSON — его можно изменить и загрузить обратно
  --load ФАЙЛ      сохранить набор из файла: {&quot;bank&quot;: &quot;mentees&quot;, &quot;columns&quot;: [{&quot;field&quot;: &quot;name&quot;, &quot;title&quot;: &quot;ФИО&quot;}, …]}
  --reset          вернуть набор целевой модели
</source>
        <translation>Usage: kurator-cli --db FILE columns mentees|mentors [--load FILE.json | --reset] [--json]
The columns in which the bank of mentees (mentees) or of mentors (mentors) is exported:
  no options       the saved set: field, heading, and the fields that can be added
  --json           the set in JSON — it can be edited and loaded back
  --load FILE      save the set from a file: {&quot;bank&quot;: &quot;mentees&quot;, &quot;columns&quot;: [{&quot;field&quot;: &quot;name&quot;, &quot;title&quot;: &quot;Full name&quot;}, …]}
  --reset          restore the set of the target model
</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="29"/>
        <source>Сохранить набор из файла.</source>
        <translation>Save the set from a file.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="29"/>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="30"/>
        <source>Вернуть набор целевой модели.</source>
        <translation>Restore the set of the target model.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="31"/>
        <source>Набор в JSON.</source>
        <translation>The set in JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="54"/>
        <source>Не удалось открыть %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="57"/>
        <source>Файл %1 пуст.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="61"/>
        <source>Набор столбцов целевой модели восстановлен.
</source>
        <translation>The column set of the target model has been restored.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="61"/>
        <source>Набор столбцов сохранён.
</source>
        <translation>The column set has been saved.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="80"/>
        <source>Можно добавить:
</source>
        <translation>Can be added:
</translation>
    </message>
</context>
<context>
    <name>ConsolidatedCommand</name>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="18"/>
        <source>Использование: kurator-cli --pg СТРОКА consolidated [--year ГОД] [--from ДАТА --to ДАТА] [--json] [--out ФАЙЛ.xlsx]
Показатели эффективности и статистика участников по всем школам сервера и итог по муниципалитету
(доли итога считаются из сложенных чисел, а не как среднее долей школ). Строит координатор.</source>
        <translation>Usage: kurator-cli --pg STRING consolidated [--year YEAR] [--from DATE --to DATE] [--json] [--out FILE.xlsx]
Performance indicators and statistics of participants of every school on the server and the municipality total
(the total&apos;s shares are worked out from the added counts, not as an average of the schools&apos; shares). Built by the coordinator.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="52"/>
        <source>%1 из %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="59"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="59"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="60"/>
        <source>Начало периода.</source>
        <translation>Start of the period.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="60"/>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="61"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="61"/>
        <source>Конец периода.</source>
        <translation>End of the period.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="62"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="63"/>
        <source>Книга Excel: итог, школы рядом, лист на школу.</source>
        <translation>Excel workbook: the total, the schools side by side, a sheet per school.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="63"/>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="77"/>
        <source>Сводка выгружается в книгу Excel: имя файла с расширением .xlsx.</source>
        <translation>The summary is saved as an Excel workbook: a file name ending in .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="79"/>
        <source>Сводка по школам строится на муниципальном сервере: укажите его параметром --pg.</source>
        <translation>The summary of schools is built on a municipal server: give it with --pg.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="89"/>
        <source>Сводка сохранена (школ: %1): %2</source>
        <translation>Summary saved (schools: %1): %2</translation>
    </message>
</context>
<context>
    <name>ConsolidatedDialog</name>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="31"/>
        <source>%1 (%2 из %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="63"/>
        <source>Сводка по школам</source>
        <translation>Summary of schools</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="66"/>
        <source>Учебный год</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="75"/>
        <source>Найти показатель…</source>
        <translation>Find an indicator…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="76"/>
        <source>Поиск показателя</source>
        <translation>Indicator search</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="84"/>
        <source>Показатели школ</source>
        <translation>Schools&apos; indicators</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="89"/>
        <source>Разделы сводки</source>
        <translation>Summary sections</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="90"/>
        <source>&amp;Показатели и статистика</source>
        <translation>&amp;Indicators and statistics</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="91"/>
        <source>Дорожные карты</source>
        <translation>Roadmaps</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="91"/>
        <source>&amp;Дорожные карты</source>
        <translation>&amp;Roadmaps</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="94"/>
        <source>В &amp;Excel…</source>
        <translation>To &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="96"/>
        <source>Итог, школы рядом и лист на каждую школу (Ctrl+E)</source>
        <translation>The total, the schools side by side and a sheet per school (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="101"/>
        <source>Учебный &amp;год:</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>Мероприятие</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>Школа</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>Раздел</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>Срок</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="167"/>
        <source>Ответственные</source>
        <translation>Owners</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="167"/>
        <source>Состояние</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="189"/>
        <source>Показатель</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="215"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="232"/>
        <source>Школ на сервере: %1; период с %2 по %3. Доли итога посчитаны из сложенных чисел школ, а не как среднее их долей.</source>
        <translation>Schools on the server: %1; period from %2 to %3. The total&apos;s shares are worked out from the schools&apos; added counts, not as an average of their shares.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="242"/>
        <source>Сводка не построена.</source>
        <translation>The summary has not been built.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="248"/>
        <source>Сохранить сводку</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="249"/>
        <source>Сводка по школам %1.xlsx</source>
        <translation>Summary of schools %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="250"/>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ConsolidationService</name>
    <message>
        <location filename="../../src/services/Consolidation.cpp" line="22"/>
        <source>Сводка по школам строится на муниципальном сервере; в файле одной школы её нет.</source>
        <translation>The summary of schools is built on a municipal server; a single school&apos;s file has none.</translation>
    </message>
    <message>
        <location filename="../../src/services/Consolidation.cpp" line="25"/>
        <source>Сводку по школам строит муниципальный координатор: войдите на сервер под его именем.</source>
        <translation>The summary of schools is the municipal coordinator&apos;s: sign in to the server as the coordinator.</translation>
    </message>
    <message>
        <location filename="../../src/services/Consolidation.cpp" line="49"/>
        <source>Итого по муниципалитету</source>
        <translation>Municipality total</translation>
    </message>
    <message>
        <location filename="../../src/services/Consolidation.cpp" line="56"/>
        <source>Муниципалитет</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>ContingentFields</name>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="16"/>
        <source>Обучающиеся 10–19 лет</source>
        <translation>Pupils aged 10–19</translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="17"/>
        <source>Обучающиеся с ОВЗ</source>
        <translation>Pupils with SEN</translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="18"/>
        <source>Педагоги</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="19"/>
        <source>Молодые педагоги</source>
        <translation>Young teachers</translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="20"/>
        <source>Организации</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="30"/>
        <source>по данным</source>
        <translation>from data</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="60"/>
        <source>Показатели эффективности</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="70"/>
        <source>&amp;Цели и контингент…</source>
        <translation>&amp;Targets and contingent…</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="73"/>
        <source>&amp;Определения…</source>
        <translation>&amp;Definitions…</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="75"/>
        <source>Названия показателей и параметры правил подсчёта</source>
        <translation>KPI names and the counting rules&apos; parameters</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="89"/>
        <source>Показатели %1</source>
        <translation>KPIs %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="108"/>
        <source>Показатели: факт и цель, %</source>
        <translation>KPIs: actual and target, %</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="111"/>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Факт</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="110"/>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Цель</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="31"/>
        <source>Диаграмма не показана: %1.</source>
        <translation>The chart is not shown: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="126"/>
        <source>Дорожная карта</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="139"/>
        <source>Дорожная карта: на этот учебный год её нет</source>
        <translation>Roadmap: none for this school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="148"/>
        <source>Показатели по учебным годам, %</source>
        <translation>KPIs by school year, %</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="171"/>
        <source>Проведено встреч по месяцам</source>
        <translation>Meetings held per month</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="174"/>
        <source>Встречи</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Показатель</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Числитель</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Знаменатель</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="186"/>
        <source>Итог</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="193"/>
        <source>%1 (контингент)</source>
        <translation>%1 (contingent)</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="197"/>
        <source>достигнута</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="197"/>
        <source>не достигнута</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="198"/>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/storage/Database.cpp" line="46"/>
        <source>Не удалось создать папку %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="49"/>
        <source>Не удалось создать файл базы %1.</source>
        <translation>Could not create the database file %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="110"/>
        <source>Файл базы %1 не найден.</source>
        <translation>Database file %1 not found.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="175"/>
        <source>Не удалось открыть базу %1: %2</source>
        <translation>Could not open database %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="179"/>
        <source>Файл %1 не читается как база данных: %2</source>
        <translation>File %1 cannot be read as a database: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="201"/>
        <source>База %1 на сервере не является базой Куратора.</source>
        <translation>The server database %1 is not a Kurator database.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="204"/>
        <source>База %1 создана более новой версией Куратора (схема %2, эта программа знает схемы до %3). Обновите программу; %4</source>
        <translation>Database %1 was made by a newer version of Kurator (schema %2, this program knows schemas up to %3). Update the program; %4</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="207"/>
        <source>база на сервере не изменена.</source>
        <translation>the server database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="207"/>
        <source>файл не изменён.</source>
        <translation>the file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="62"/>
        <location filename="../../src/storage/Database.cpp" line="202"/>
        <source>Файл %1 не является базой данных Куратора.</source>
        <translation>File %1 is not a Kurator database.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="59"/>
        <source>Нет доступа к файлу %1.</source>
        <translation>No access to the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="209"/>
        <source>База %1 требует обновления схемы, а открыта только для чтения.</source>
        <translation>Database %1 needs a schema upgrade but is opened read-only.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="212"/>
        <source>На сервере %1 ещё нет базы Куратора: её создаёт администратор сервера командой kurator-cli --pg «…» init.</source>
        <translation>The server %1 has no Kurator database yet: the server administrator creates it with kurator-cli --pg &quot;…&quot; init.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="214"/>
        <source>Схема базы на сервере %1 старее этой программы (%2, программа знает %3): обновить её может администратор сервера командой kurator-cli --pg «…» init.</source>
        <translation>The database schema on the server %1 is older than this program (%2, the program knows %3): the server administrator can upgrade it with kurator-cli --pg &quot;…&quot; init.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="241"/>
        <source>Нет драйвера PostgreSQL для Qt: установите пакет libqt6sql6-psql.</source>
        <translation>Qt&apos;s PostgreSQL driver is missing: install the libqt6sql6-psql package.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="250"/>
        <source>Не удалось подключиться к серверу %1: %2</source>
        <translation>Could not connect to the server %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="280"/>
        <source>База %1 открыта только для чтения; изменения не сохранены.</source>
        <translation>The database %1 is open read-only; the changes were not saved.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="281"/>
        <source>База %1 открыта только для чтения: для записи её держит %2. Изменения не сохранены; закройте ту программу и откройте базу снова.</source>
        <translation>The database %1 is open read-only: %2 holds it for writing. The changes were not saved; close that program and open the database again.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="286"/>
        <source>Не удалось начать запись в базу: %1</source>
        <translation>Could not start writing to the database: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="297"/>
        <source>Не удалось сохранить изменения: %1</source>
        <translation>Could not save changes: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/gui/DateField.h" line="26"/>
        <source>%1 «%2» записана неверно или не существует: нужна дата вида дд.мм.гггг.</source>
        <translation>%1 “%2” is written incorrectly or does not exist: a date in the form dd.mm.yyyy is required.</translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="245"/>
        <source>Для демонстрационной школы нужны дата, не меньше 11 обучающихся и 3 педагогов.</source>
        <translation>The demo school needs a date, at least 11 pupils and 3 teachers.</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="250"/>
        <source>В базе уже есть участники. Демонстрационная школа создаётся только в пустой базе: создайте новый файл.</source>
        <translation>The database already has participants. The demo school can only be created in an empty database: create a new file.</translation>
    </message>
</context>
<context>
    <name>DemoSchoolInternal</name>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="28"/>
        <source>МБОУ «Средняя общеобразовательная школа № %1»</source>
        <translation>MBOU “Secondary School No. %1”</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="28"/>
        <source>МБОУ СОШ № %1</source>
        <translation>MBOU School No. %1</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="176"/>
        <source>опекун</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="176"/>
        <source>мать</source>
        <translation>mother</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="176"/>
        <source>отец</source>
        <translation>father</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="47"/>
        <source>Перенесено, выполняется</source>
        <translation>Rescheduled, in progress</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="164"/>
        <source>Установочная встреча участников программы наставничества (нетворкинг)</source>
        <translation>Kick-off meeting of mentoring program participants (networking)</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="166"/>
        <source>Итоговое мероприятие: презентация результатов наставнических пар и групп</source>
        <translation>Final event: presentation of the results of mentoring pairs and groups</translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="183"/>
        <source>демонстрационная школа</source>
        <translation>demo school</translation>
    </message>
</context>
<context>
    <name>DemoSchoolInternal::Demo</name>
    <message>
        <location filename="../../src/services/DemoSchoolInternal.h" line="83"/>
        <source>Обработка персональных данных участника программы наставничества</source>
        <translation>Processing of personal data of a mentoring program participant</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <location filename="../../src/services/DocumentPdf.cpp" line="38"/>
        <location filename="../../src/services/DocumentPdf.cpp" line="51"/>
        <location filename="../../src/services/DocumentPdf.cpp" line="63"/>
        <location filename="../../src/services/DocumentPdf.cpp" line="66"/>
        <source>Не удалось записать %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/EventDialog.ui" line="6"/>
        <location filename="../../src/gui/EventsDialog.cpp" line="55"/>
        <source>Общее мероприятие</source>
        <translation>Common event</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="10"/>
        <source>&amp;Тема*:</source>
        <translation>&amp;Topic*:</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="11"/>
        <source>Тема мероприятия</source>
        <translation>Event topic</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="12"/>
        <source>&amp;Запланировано на:</source>
        <translation>&amp;Planned for:</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="13"/>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="13"/>
        <location filename="../../src/gui/EventsDialog.cpp" line="63"/>
        <source>Дата по плану</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="14"/>
        <source>&amp;Проведено:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="15"/>
        <source>дд.мм.гггг — после проведения</source>
        <translation>dd.mm.yyyy — once held</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="15"/>
        <location filename="../../src/gui/EventsDialog.cpp" line="64"/>
        <source>Дата проведения</source>
        <translation>Date held</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="16"/>
        <source>П&amp;родолжительность, мин:</source>
        <translation>D&amp;uration, min:</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="17"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="18"/>
        <source>&amp;Итог:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="19"/>
        <source>Итог мероприятия</source>
        <translation>Event outcome</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="22"/>
        <source>Присутствие (участники пар и групп учебного года; отмечается после проведения):</source>
        <translation>Attendance (participants of the school year&apos;s pairs and groups; marked once the event is held):</translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="24"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="46"/>
        <source>наставник</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="48"/>
        <source>наставляемый</source>
        <translation>mentee</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="55"/>
        <source>Новое общее мероприятие</source>
        <translation>New common event</translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message>
        <location filename="../../src/services/EventService.cpp" line="35"/>
        <source>Общее мероприятие не принадлежит паре.</source>
        <translation>A common event does not belong to a pair.</translation>
    </message>
    <message>
        <location filename="../../src/services/EventService.cpp" line="58"/>
        <source>Общее мероприятие № %1 не найдено.</source>
        <translation>Common event No. %1 not found.</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="19"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ events list [--year ГОД] [--json]      общие мероприятия учебного года
  kurator-cli --db ФАЙЛ events show ID                        мероприятие и присутствие
  kurator-cli --db ФАЙЛ events add --topic ТЕМА (--planned ДАТА | --held ДАТА) [--minutes N]
              [--outcome ТЕКСТ] [--present all|ID,ID…]         новое мероприятие
  kurator-cli --db ФАЙЛ events held ID --held ДАТА [--present all|ID,ID…] [--outcome ТЕКСТ]
        отметить проведённым и кто пришёл (all — все участники пар и групп года)
  kurator-cli --db ФАЙЛ events remove ID
</source>
        <translation>Usage:
  kurator-cli --db FILE events list [--year YEAR] [--json]     common events of the school year
  kurator-cli --db FILE events show ID                        an event and its attendance
  kurator-cli --db FILE events add --topic TOPIC (--planned DATE | --held DATE) [--minutes N]
              [--outcome TEXT] [--present all|ID,ID…]          new event
  kurator-cli --db FILE events held ID --held DATE [--present all|ID,ID…] [--outcome TEXT]
        mark as held and who came (all — every participant of the year&apos;s pairs and groups)
  kurator-cli --db FILE events remove ID
</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="39"/>
        <source>«%1» — не участник пар и групп этого учебного года.</source>
        <translation>“%1” is not a participant of this school year&apos;s pairs and groups.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="54"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="54"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="55"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="56"/>
        <source>Тема.</source>
        <translation>Topic.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="56"/>
        <source>ТЕМА</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="57"/>
        <source>Дата по плану.</source>
        <translation>Planned date.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="57"/>
        <location filename="../../src/cli/EventsCommand.cpp" line="58"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="58"/>
        <source>Дата проведения.</source>
        <translation>Date held.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="59"/>
        <source>Продолжительность, минут.</source>
        <translation>Duration, minutes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="59"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="60"/>
        <source>Итог.</source>
        <translation>Outcome.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="60"/>
        <source>ТЕКСТ</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="61"/>
        <source>Присутствовали.</source>
        <translation>Who was present.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="61"/>
        <source>all|ID,ID…</source>
        <translation>all|ID,ID…</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="88"/>
        <source>%1 из %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="100"/>
        <source>Общего мероприятия %1 нет.</source>
        <translation>There is no common event %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="108"/>
        <source>По плану: %1; проведено: %2</source>
        <translation>Planned: %1; held: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="110"/>
        <source>Итог: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="111"/>
        <source>Присутствовали: %1 из %2</source>
        <translation>Present: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="136"/>
        <source>Мероприятие сохранено: №%1.</source>
        <translation>Event saved: No. %1.</translation>
    </message>
</context>
<context>
    <name>EventsDialog</name>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="6"/>
        <location filename="../../ui/EventsDialog.ui" line="9"/>
        <source>Общие мероприятия</source>
        <translation>Common events</translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="12"/>
        <source>&amp;Новое мероприятие…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="12"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="13"/>
        <source>&amp;Открыть…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="13"/>
        <source>Дата, итог и присутствие (Enter, двойной щелчок)</source>
        <translation>Date, outcome and attendance (Enter, double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="14"/>
        <source>&amp;Удалить</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="14"/>
        <source>Delete; отменяется Ctrl+Z</source>
        <translation>Delete; undo with Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="91"/>
        <source>Общие мероприятия — %1 учебный год</source>
        <translation>Common events — %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>По плану</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Проведено</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Мин.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Присутствовали</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Итог</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="133"/>
        <source>Мероприятий: %1, проведено: %2. Присутствие отмечается в карточке мероприятия.</source>
        <translation>Events: %1, held: %2. Attendance is marked in the event&apos;s card.</translation>
    </message>
</context>
<context>
    <name>ExcelReports</name>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="28"/>
        <source>нет данных</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="29"/>
        <location filename="../../src/services/ExcelReports.cpp" line="177"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="29"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="91"/>
        <location filename="../../src/services/ExcelReports.cpp" line="224"/>
        <source>Всего</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="171"/>
        <source>Показатели %1</source>
        <translation>KPIs %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="171"/>
        <source>Показатели эффективности наставничества, %1 учебный год</source>
        <translation>Mentoring KPIs, %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="77"/>
        <location filename="../../src/services/ExcelReports.cpp" line="113"/>
        <location filename="../../src/services/ExcelReports.cpp" line="125"/>
        <location filename="../../src/services/ExcelReports.cpp" line="172"/>
        <location filename="../../src/services/ExcelReports.cpp" line="182"/>
        <location filename="../../src/services/ExcelReports.cpp" line="211"/>
        <location filename="../../src/services/ExcelReports.cpp" line="228"/>
        <location filename="../../src/services/ExcelReports.cpp" line="259"/>
        <source>Показатель</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="109"/>
        <source>Статистика</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="110"/>
        <source>%1 за период с %2 по %3</source>
        <translation>%1 for the period from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="77"/>
        <location filename="../../src/services/ExcelReports.cpp" line="113"/>
        <location filename="../../src/services/ExcelReports.cpp" line="228"/>
        <source>Количество</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="77"/>
        <location filename="../../src/services/ExcelReports.cpp" line="113"/>
        <location filename="../../src/services/ExcelReports.cpp" line="228"/>
        <source>Из</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="78"/>
        <location filename="../../src/services/ExcelReports.cpp" line="114"/>
        <location filename="../../src/services/ExcelReports.cpp" line="229"/>
        <source>Доля</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="172"/>
        <location filename="../../src/services/ExcelReports.cpp" line="211"/>
        <source>Числитель</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="172"/>
        <location filename="../../src/services/ExcelReports.cpp" line="211"/>
        <source>Знаменатель</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="173"/>
        <location filename="../../src/services/ExcelReports.cpp" line="212"/>
        <source>Факт</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="78"/>
        <location filename="../../src/services/ExcelReports.cpp" line="173"/>
        <location filename="../../src/services/ExcelReports.cpp" line="212"/>
        <source>Цель</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="74"/>
        <source>%1: %2 за период с %3 по %4</source>
        <translation>%1: %2 for the period from %3 to %4</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="78"/>
        <location filename="../../src/services/ExcelReports.cpp" line="173"/>
        <location filename="../../src/services/ExcelReports.cpp" line="212"/>
        <source>Цель достигнута</source>
        <translation>Target reached</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="80"/>
        <source>Показатели эффективности</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="129"/>
        <source>Школы рядом</source>
        <translation>Schools side by side</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="129"/>
        <source>Показатели эффективности по школам, %1 учебный год</source>
        <translation>Performance indicators by school, school year %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="141"/>
        <source>Дорожные карты</source>
        <translation>Roadmaps</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="141"/>
        <source>Дорожные карты муниципалитета и школ, %1 учебный год</source>
        <translation>Roadmaps of the municipality and the schools, school year %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="143"/>
        <location filename="../../src/services/ExcelReports.cpp" line="156"/>
        <source>Школа</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="145"/>
        <location filename="../../src/services/ExcelReports.cpp" line="259"/>
        <source>Отметка исполнения</source>
        <translation>Completion mark</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="155"/>
        <source>Мероприятия по школам</source>
        <translation>Activities by school</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="155"/>
        <source>Мероприятия дорожных карт по школам</source>
        <translation>Roadmap activities by school</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="174"/>
        <source>Знаменатель из контингента</source>
        <translation>Denominator from contingent</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="179"/>
        <source>Факт и цель</source>
        <translation>Actual and target</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="185"/>
        <source>По годам</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="185"/>
        <source>Показатели по учебным годам</source>
        <translation>KPIs by school year</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="202"/>
        <source>%1, %2: с %3 по %4</source>
        <translation>%1, %2: from %3 to %4</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="205"/>
        <source>Выводы</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="210"/>
        <source>Показатели</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="210"/>
        <source>Показатели эффективности за период</source>
        <translation>KPIs for the period</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="219"/>
        <source>Пары и группы</source>
        <translation>Pairs and groups</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="219"/>
        <source>Наставнические пары и группы по формам за период</source>
        <translation>Mentoring pairs and groups by form for the period</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="220"/>
        <source>Форма наставничества</source>
        <translation>Form of mentoring</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="220"/>
        <source>Сформировано</source>
        <translation>Formed</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="220"/>
        <source>Работали</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="221"/>
        <source>из них групп</source>
        <translation>incl. groups</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="221"/>
        <source>Завершили</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="227"/>
        <source>Планы и встречи</source>
        <translation>Plans and meetings</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="227"/>
        <source>Индивидуальные планы и встречи за период</source>
        <translation>Individual plans and meetings for the period</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="231"/>
        <source>Выполнено пунктов индивидуальных планов</source>
        <translation>Individual plan items completed</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="232"/>
        <source>Планов, выполненных не менее чем на 90 %</source>
        <translation>Plans at least 90% complete</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="233"/>
        <source>Проведено встреч</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="234"/>
        <source>Запланированных и не состоявшихся к дате отчёта</source>
        <translation>Planned but not held by the report date</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="236"/>
        <source>Встреч: %1</source>
        <translation>Meetings in %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="239"/>
        <source>Без наставника</source>
        <translation>Without a mentor</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="239"/>
        <source>Наставляемые без наставника на конец периода (по последнему подбору пар)</source>
        <translation>Mentees without a mentor at the end of the period (from the latest matching)</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="240"/>
        <source>Причина</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="240"/>
        <source>Наставляемых</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="243"/>
        <source>Всего без наставника (из %1 в банке)</source>
        <translation>Total without a mentor (of %1 in the bank)</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="255"/>
        <source>Дорожная карта %1</source>
        <translation>Roadmap %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="255"/>
        <source>Состояние дорожной карты, %1 учебный год</source>
        <translation>Roadmap state, %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="143"/>
        <location filename="../../src/services/ExcelReports.cpp" line="256"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="143"/>
        <location filename="../../src/services/ExcelReports.cpp" line="256"/>
        <location filename="../../src/services/ExcelReports.cpp" line="272"/>
        <source>Раздел</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="143"/>
        <location filename="../../src/services/ExcelReports.cpp" line="256"/>
        <source>Мероприятие</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="144"/>
        <location filename="../../src/services/ExcelReports.cpp" line="257"/>
        <source>Срок (как в плане)</source>
        <translation>Deadline (as in the plan)</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="257"/>
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="144"/>
        <location filename="../../src/services/ExcelReports.cpp" line="257"/>
        <source>Окончание</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="144"/>
        <location filename="../../src/services/ExcelReports.cpp" line="258"/>
        <location filename="../../src/services/ExcelReports.cpp" line="274"/>
        <source>Ответственные</source>
        <translation>Owners</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="258"/>
        <source>Ожидаемый результат</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="145"/>
        <location filename="../../src/services/ExcelReports.cpp" line="259"/>
        <source>Состояние</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="260"/>
        <source>Подтверждение</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="268"/>
        <source>Без раздела</source>
        <translation>No section</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="269"/>
        <source>Не указан</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="271"/>
        <source>По разделам</source>
        <translation>By section</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="271"/>
        <source>Мероприятия по разделам</source>
        <translation>Activities by section</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="273"/>
        <source>По ответственным</source>
        <translation>By owner</translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="273"/>
        <source>Мероприятия по ответственным</source>
        <translation>Activities by owner</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="38"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="38"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="39"/>
        <location filename="../../src/cli/ExportCommand.cpp" line="44"/>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="40"/>
        <source>Дата отчёта.</source>
        <translation>Report date.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="40"/>
        <location filename="../../src/cli/ExportCommand.cpp" line="41"/>
        <location filename="../../src/cli/ExportCommand.cpp" line="42"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="41"/>
        <source>Начало периода статистики.</source>
        <translation>Start of the statistics period.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="42"/>
        <source>Конец периода статистики.</source>
        <translation>End of the statistics period.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="19"/>
        <source>Использование: kurator-cli --db ФАЙЛ export mentees|mentors|stats|kpi|roadmap|analytic --out ФАЙЛ.xlsx [--year ГОД] [--date ДАТА]
              [--from ДАТА --to ДАТА] [--template ФАЙЛ.json]
  mentees   база наставляемых в сохранённом наборе столбцов (kurator-cli columns) или в наборе из файла
            --template; в имя файла добавляется «(ПДн)»
  mentors   база наставников, так же
  stats     статистика участников по шаблону: сохранённому в базе или из файла --template;
            за учебный год или за период --from … --to
  kpi       показатели эффективности года против целей, с диаграммой, и по годам
  roadmap   состояние дорожной карты: просроченное выделено, сводки по разделам и ответственным
  analytic  аналитический отчёт за учебный год или период --from … --to (декабрь, апрель): показатели,
            пары, планы, встречи, удовлетворённость, наставляемые без пары, выводы; --out ФАЙЛ.pdf — документом
ГОД — первый год учебного года (2024 для 2024–2025); ДАТА отчёта — ГГГГ-ММ-ДД, по умолчанию сегодня.
</source>
        <translation>Usage: kurator-cli --db FILE export mentees|mentors|stats|kpi|roadmap|analytic --out FILE.xlsx [--year YEAR] [--date DATE]
              [--from DATE --to DATE] [--template FILE.json]
  mentees   the bank of mentees in the saved column set (kurator-cli columns) or in the set from the file
            --template; «(ПДн)» (personal data) is added to the file name
  mentors   the bank of mentors, likewise
  stats     participant statistics by a template: the one saved in the database or the file --template;
            for the school year or for the period --from … --to
  kpi       the year&apos;s KPIs against targets, with a chart, and by year
  roadmap   the roadmap status: overdue highlighted, summaries by section and owner
  analytic  the analytic report for the school year or the period --from … --to (December, April): KPIs,
            pairs, plans, meetings, satisfaction, mentees without a pair, conclusions; --out FILE.pdf — as a document
YEAR is the first year of the school year (2024 for 2024–2025); the report DATE is YYYY-MM-DD, today by default.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="39"/>
        <source>Файл .xlsx (аналитический отчёт — и .pdf).</source>
        <translation>.xlsx file (for the analytic report, also .pdf).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="43"/>
        <source>Шаблон статистики или набор столбцов базы (JSON).</source>
        <translation>Statistics template or bank column set (JSON).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="55"/>
        <source>Отчёт сохраняется в файл .xlsx или .pdf: «%1».</source>
        <translation>The report must be saved to an .xlsx or .pdf file: “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="56"/>
        <source>Отчёт сохраняется в файл .xlsx: «%1».</source>
        <translation>The report must be saved to an .xlsx file: “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="69"/>
        <source>Период (--from, --to) задаётся только статистике и аналитическому отчёту.</source>
        <translation>A period (--from, --to) can be given only for the statistics and the analytic report.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="71"/>
        <source>Шаблон (--template) задаётся только статистике и базам наставляемых и наставников.</source>
        <translation>A template (--template) can be given only for the statistics and the banks of mentees and mentors.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="75"/>
        <source>Не удалось открыть шаблон %1: %2</source>
        <translation>Could not open the template %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="85"/>
        <source>Сохраняю отчёт…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="91"/>
        <source>Отчёт сохранён: %1
</source>
        <translation>Report saved: %1
</translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="93"/>
        <source>Файл содержит персональные данные участников, в том числе несовершеннолетних: он доступен только вам; передавайте его лишь тем, кому это разрешено.
</source>
        <translation>The file holds personal data of participants, minors among them: it is readable by you only; pass it only to those who are allowed to have it.
</translation>
    </message>
</context>
<context>
    <name>ForgetService</name>
    <message>
        <location filename="../../src/services/ForgetService.cpp" line="46"/>
        <source>Участник №%1 не найден.</source>
        <translation>Participant No. %1 not found.</translation>
    </message>
    <message>
        <location filename="../../src/services/ForgetService.cpp" line="48"/>
        <source>Данные участника №%1 уже удалены.</source>
        <translation>The data of participant No. %1 have already been removed.</translation>
    </message>
    <message>
        <location filename="../../src/services/ForgetService.cpp" line="87"/>
        <source>Данные не удалены, база не изменена: %1</source>
        <translation>The data were not removed, the database is unchanged: %1</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../src/gui/FormFields.cpp" line="11"/>
        <source>не выбрана</source>
        <translation>not selected</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="43"/>
        <source>Руководство пользователя</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="46"/>
        <source>Текст руководства</source>
        <translation>Text of the guide</translation>
    </message>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="50"/>
        <source>Главы руководства</source>
        <translation>Chapters of the guide</translation>
    </message>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="54"/>
        <source>Найти в руководстве…</source>
        <translation>Find in the guide…</translation>
    </message>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="55"/>
        <source>Поиск в руководстве</source>
        <translation>Search in the guide</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="18"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ import questionnaires ТАБЛИЦА --kind mentee|mentor|preference
              [--year ГОД] [--sheet ЛИСТ] [--mapping СООТВЕТСТВИЕ.json] [--dry-run] [--skip-bad]
ТАБЛИЦА — .csv (UTF-8 или windows-1251; «;», «,» или табуляция) или .xlsx (лист ЛИСТ, иначе первый).
Столбцы узнаются по заголовкам (ФИО, Класс, Дата рождения, Запрос…); СООТВЕТСТВИЕ.json —
{&quot;заголовок&quot;: &quot;поле&quot;}, поля: %1.
Строки с ошибками перечисляются; без --skip-bad при ошибках ничего не записывается.
  kurator-cli --db ФАЙЛ import survey ТАБЛИЦА --template ВИД|НОМЕР
              [--year ГОД] [--sheet ЛИСТ] [--mapping СООТВЕТСТВИЕ.json] [--dry-run] [--skip-bad]
        ответы участников на анкету (удовлетворённость, диагностика): столбцы — ФИО, дата
        рождения или класс, дата заполнения и вопросы анкеты (узнаются по тексту вопроса;
        в СООТВЕТСТВИЕ.json поле вопроса — q и его номер, см. surveys templates).
        Участник должен быть в базе; его анкета этого года заменяется, а не дублируется.
Код выхода 1, если ничего не импортировано.
</source>
        <translation>Usage:
  kurator-cli --db FILE import questionnaires TABLE --kind mentee|mentor|preference
              [--year YEAR] [--sheet SHEET] [--mapping MAPPING.json] [--dry-run] [--skip-bad]
TABLE is a .csv (UTF-8 or windows-1251; “;”, “,” or tab) or an .xlsx (sheet SHEET, otherwise the first one).
Columns are recognized by their Russian headers (ФИО, Класс, Дата рождения, Запрос…); MAPPING.json is
{&quot;header&quot;: &quot;field&quot;}, fields: %1.
Rows with errors are listed; without --skip-bad nothing is written if there are errors.
  kurator-cli --db FILE import survey TABLE --template KIND|NUMBER
              [--year YEAR] [--sheet SHEET] [--mapping MAPPING.json] [--dry-run] [--skip-bad]
        participants&apos; answers to a questionnaire (satisfaction, diagnostics): the columns are full name, date
        of birth or class, the date filled in and the questionnaire&apos;s questions (recognized by the question text;
        in MAPPING.json the field of a question is q followed by its number, see surveys templates).
        The participant must be in the database; their questionnaire for the year is replaced, not duplicated.
Exit code 1 if nothing was imported.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="39"/>
        <source>Не удалось открыть файл соответствия %1: %2</source>
        <translation>Could not open mapping file %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="44"/>
        <source>Файл соответствия %1: %2</source>
        <translation>Mapping file %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="52"/>
        <source>Файл: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="54"/>
        <source> (%1, разделитель «%2»)</source>
        <translation> (%1, delimiter “%2”)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="55"/>
        <source>Столбцы:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="63"/>
        <source>(остаётся ответом анкеты)</source>
        <translation>(kept as a questionnaire answer)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="63"/>
        <source>(не импортируется)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="67"/>
        <source>Анкет «%1» к импорту: %2; с ошибками: %3</source>
        <translation>“%1” questionnaires to import: %2; with errors: %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="69"/>
        <source>Строк к импорту: %1 (новых участников: %2, уже в базе: %3); с ошибками: %4</source>
        <translation>Rows to import: %1 (new participants: %2, already in the database: %3); with errors: %4</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="73"/>
        <source>  строка %1: %2</source>
        <translation>  row %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="80"/>
        <source>Вид анкеты.</source>
        <translation>Questionnaire kind.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="80"/>
        <source>ВИД</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="81"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="81"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="82"/>
        <source>Соответствие столбцов и полей.</source>
        <translation>Column-to-field mapping.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="82"/>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="83"/>
        <source>Лист книги Excel.</source>
        <translation>Excel workbook sheet.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="83"/>
        <source>ЛИСТ</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="84"/>
        <source>Только проверить, ничего не записывать.</source>
        <translation>Check only, write nothing.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="85"/>
        <source>Анкета: вид или номер.</source>
        <translation>Questionnaire: kind or number.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="85"/>
        <source>АНКЕТА</source>
        <translation>QUESTIONNAIRE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="86"/>
        <source>Импортировать строки без ошибок, пропустив остальные.</source>
        <translation>Import the rows without errors and skip the rest.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="97"/>
        <source>Укажите --kind mentee, mentor или preference.</source>
        <translation>Specify --kind mentee, mentor or preference.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="99"/>
        <source>Укажите анкету: --template и её вид или номер (kurator-cli surveys templates).</source>
        <translation>Specify the questionnaire: --template and its kind or number (kurator-cli surveys templates).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="110"/>
        <source>Анкеты «%1» нет; список: kurator-cli surveys templates.</source>
        <translation>There is no questionnaire “%1”; see the list: kurator-cli surveys templates.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="121"/>
        <source>Читаю файл…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="133"/>
        <source>Проверяю строки…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="138"/>
        <source>В файле %1 нет ни одной строки.</source>
        <translation>File %1 contains no rows.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="148"/>
        <source>Проверка (--dry-run): ничего не записано.</source>
        <translation>Check (--dry-run): nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="143"/>
        <source>Ничего не импортировано: нет ни одной строки без ошибок.</source>
        <translation>Nothing imported: there are no rows without errors.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="145"/>
        <source>Ничего не импортировано: исправьте строки с ошибками или запустите с --skip-bad.</source>
        <translation>Nothing imported: fix the rows with errors or run with --skip-bad.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="154"/>
        <source>Записываю анкеты…</source>
        <translation>Writing the questionnaires…</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="159"/>
        <source>Импортировано анкет: новых %1, заменено прежних %2, пропущено строк %3.</source>
        <translation>Questionnaires imported: %1 new, %2 earlier ones replaced, %3 rows skipped.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="160"/>
        <source>Импортировано: новых участников %1, обновлено %2, пропущено строк %3.</source>
        <translation>Imported: %1 new participants, %2 updated, %3 rows skipped.</translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="45"/>
        <source>— ответ анкеты</source>
        <translation>— questionnaire answer</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="85"/>
        <source>Дважды щёлкните или нажмите F2, чтобы выбрать поле</source>
        <translation>Double-click or press F2 to choose a field</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="111"/>
        <source>Столбец файла</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="112"/>
        <source>Примеры значений</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="113"/>
        <source>Поле</source>
        <translation>Field</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="20"/>
        <source>Заполнить базу демонстрационной школой.</source>
        <translation>Fill the database with a demo school.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="21"/>
        <source>Зерно генератора демонстрационных данных.</source>
        <translation>Seed for the demo data generator.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="24"/>
        <source>Полное название школы.</source>
        <translation>The school&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="25"/>
        <source>Краткое название школы.</source>
        <translation>The school&apos;s short name.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="26"/>
        <source>Муниципалитет.</source>
        <translation>Municipality.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="27"/>
        <source>Учебный год контингента: его первый год (2026 для 2026–2027).</source>
        <translation>School year of the contingent: its first year (2026 for 2026–2027).</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="29"/>
        <source>Численность: КОД=ЧИСЛО (%1); можно повторять.</source>
        <translation>Headcount: CODE=NUMBER (%1); may be repeated.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="34"/>
        <source>Использование: kurator-cli --db ФАЙЛ init [--demo] [--seed N] [--school НАЗВАНИЕ [--short-name Н] [--municipality М] [--year ГОД] [--contingent КОД=ЧИСЛО]...]</source>
        <translation>Usage: kurator-cli --db FILE init [--demo] [--seed N] [--school NAME [--short-name N] [--municipality M] [--year YEAR] [--contingent CODE=NUMBER]...]</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="38"/>
        <source>Лишние аргументы: %1</source>
        <translation>Extra arguments: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="42"/>
        <source>Зерно должно быть целым неотрицательным числом: %1</source>
        <translation>The seed must be a non-negative integer: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="45"/>
        <source>--demo и --school вместе не задают: демонстрационная школа называется сама.</source>
        <translation>--demo and --school do not go together: the demo school names itself.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="49"/>
        <source>--%1 задают вместе с --school.</source>
        <translation>--%1 is given together with --school.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="61"/>
        <source>Контингент задают как КОД=ЧИСЛО: %1</source>
        <translation>A contingent is given as CODE=NUMBER: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="81"/>
        <source>Демонстрационная школа создана за %1 мс; участников: %2, пар: %3, групп: %4.</source>
        <translation>Demo school created in %1 ms; participants: %2, pairs: %3, groups: %4.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="88"/>
        <source>Школа: %1; учебный год %2.</source>
        <translation>School: %1; school year %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="91"/>
        <source>База готова: %1 (схема %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="164"/>
        <source>нет данных</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="98"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="19"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ kpi [--year ГОД] [--from ДАТА --to ДАТА] [--json]
  kurator-cli --db ФАЙЛ kpi target КОД ПРОЦЕНТ [--year ГОД]
  kurator-cli --db ФАЙЛ kpi contingent КОД ЧИСЛО [--year ГОД]
  kurator-cli --db ФАЙЛ kpi definitions [--json]
  kurator-cli --db ФАЙЛ kpi rename КОД НАЗВАНИЕ
  kurator-cli --db ФАЙЛ kpi counting [--pupil-ages ОТ-ДО] [--young-years N] [--young-age N|0]
ГОД — первый год учебного года (2024 для 2024–2025); ДАТА — ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.
Контингент: pupils_10_19, pupils_ovz, teachers, young_teachers, organisations.
</source>
        <translation>Usage:
  kurator-cli --db FILE kpi [--year YEAR] [--from DATE --to DATE] [--json]
  kurator-cli --db FILE kpi target CODE PERCENT [--year YEAR]
  kurator-cli --db FILE kpi contingent CODE NUMBER [--year YEAR]
  kurator-cli --db FILE kpi definitions [--json]
  kurator-cli --db FILE kpi rename CODE NAME
  kurator-cli --db FILE kpi counting [--pupil-ages FROM-TO] [--young-years N] [--young-age N|0]
YEAR is the first year of the school year (2024 for 2024–2025); DATE is DD.MM.YYYY or YYYY-MM-DD.
Contingent: pupils_10_19, pupils_ovz, teachers, young_teachers, organisations.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="66"/>
        <source>Возраст — ОТ-ДО (например, 15-19), стаж и предельный возраст — целые числа.</source>
        <translation>The age is FROM-TO (for example, 15-19); experience and the age limit are whole numbers.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="71"/>
        <source>Обучающиеся: %1–%2 лет на последний день периода.
</source>
        <translation>Pupils: aged %1–%2 on the last day of the period.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="72"/>
        <source>Молодой педагог: стаж не более %1 полных лет%2.
</source>
        <translation>Young teacher: at most %1 full years of experience%2.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="74"/>
        <source>, моложе %1 лет</source>
        <translation>, younger than %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="98"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="99"/>
        <source>Начало периода.</source>
        <translation>Start of the period.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="99"/>
        <location filename="../../src/cli/KpiCommand.cpp" line="100"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="100"/>
        <source>Конец периода.</source>
        <translation>End of the period.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="101"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="102"/>
        <source>Возраст обучающихся в показателях.</source>
        <translation>Pupils&apos; ages in the KPIs.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="102"/>
        <source>ОТ-ДО</source>
        <translation>FROM-TO</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="103"/>
        <source>Наибольший стаж молодого педагога.</source>
        <translation>A young teacher&apos;s longest experience.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="104"/>
        <source>Предельный возраст молодого педагога (0 — без предела).</source>
        <translation>A young teacher&apos;s age limit (0: none).</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="130"/>
        <source>Показателя «%1» нет. Есть: %2.</source>
        <translation>There is no KPI “%1”. Available: %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="141"/>
        <source>«%1» — не число.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="161"/>
        <source> (%1 из %2%3)</source>
        <translation> (%1 of %2%3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="162"/>
        <source>, по контингенту</source>
        <translation>, from the contingent</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="164"/>
        <source>; цель %1 % — %2</source>
        <translation>; target %1% — %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="165"/>
        <source>достигнута</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="165"/>
        <source>не достигнута</source>
        <translation>not reached</translation>
    </message>
</context>
<context>
    <name>KpiDefinitionsDialog</name>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="6"/>
        <source>Определения показателей</source>
        <translation>KPI definitions</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="10"/>
        <source>Названия и формулировки показателей — как их пишут отчёты вашего региона; сами правила подсчёта — человек считается один раз, возраст на последний день периода — не меняются. Ниже — параметры правил.</source>
        <translation>The KPIs&apos; names and wording as your region&apos;s reports write them; the counting rules themselves (a person counts once, age on the last day of the period) do not change. Below are the rules&apos; parameters.</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="18"/>
        <source>Показатели</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="24"/>
        <source>&amp;Название:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="25"/>
        <source>Название показателя</source>
        <translation>KPI name</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="26"/>
        <source>&amp;Числитель:</source>
        <translation>N&amp;umerator:</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="27"/>
        <source>Числитель</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="28"/>
        <source>З&amp;наменатель:</source>
        <translation>&amp;Denominator:</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="29"/>
        <source>Знаменатель</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="30"/>
        <source>&amp;Цель достигнута, если доля:</source>
        <translation>&amp;Target reached when the share is:</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="31"/>
        <source>Сравнение с целью</source>
        <translation>Comparison with the target</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="38"/>
        <source>Параметры правил подсчёта</source>
        <translation>Counting rules&apos; parameters</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="40"/>
        <source>&amp;Возраст обучающихся, лет:</source>
        <translation>&amp;Pupils&apos; ages:</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="43"/>
        <source>Возраст обучающихся от</source>
        <translation>Pupils&apos; ages from</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="43"/>
        <source>от </source>
        <translation>from </translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="44"/>
        <source>Возраст обучающихся до</source>
        <translation>Pupils&apos; ages to</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="44"/>
        <source>до </source>
        <translation>to </translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="48"/>
        <source>Молодой педагог: &amp;стаж не более, лет:</source>
        <translation>Young teacher: &amp;experience at most, years:</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="49"/>
        <source>Наибольший стаж молодого педагога</source>
        <translation>A young teacher&apos;s longest experience</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="50"/>
        <source>и мол&amp;оже, лет:</source>
        <translation>and &amp;younger than:</translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="51"/>
        <source>Предельный возраст молодого педагога</source>
        <translation>A young teacher&apos;s age limit</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiDefinitionsDialog.cpp" line="13"/>
        <source>не меньше цели (≥)</source>
        <translation>at least the target (≥)</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiDefinitionsDialog.cpp" line="14"/>
        <source>не больше цели (≤)</source>
        <translation>at most the target (≤)</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiDefinitionsDialog.cpp" line="31"/>
        <source>Параметры правил подсчёта — по умолчанию</source>
        <translation>The counting rules&apos; parameters back to the defaults</translation>
    </message>
</context>
<context>
    <name>KpiNames</name>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="11"/>
        <source>Обучающиеся-наставляемые</source>
        <translation>Pupil mentees</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="12"/>
        <source>Обучающиеся-наставники</source>
        <translation>Pupil mentors</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="13"/>
        <source>Молодые педагоги</source>
        <translation>Young teachers</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="14"/>
        <source>Педагоги-наставники</source>
        <translation>Teacher mentors</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="15"/>
        <source>Обучающиеся с ОВЗ</source>
        <translation>Pupils with SEN</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="16"/>
        <source>Организации-партнёры</source>
        <translation>Partner organizations</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="17"/>
        <source>Удовлетворённость наставляемых</source>
        <translation>Mentee satisfaction</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="18"/>
        <source>Удовлетворённость наставников</source>
        <translation>Mentor satisfaction</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="19"/>
        <source>Выполнение планов</source>
        <translation>Plan completion</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="20"/>
        <source>Согласия</source>
        <translation>Consents</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="23"/>
        <source>нет данных</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="69"/>
        <location filename="../../src/services/KpiService.cpp" line="121"/>
        <source>Показателя «%1» нет. Есть: %2.</source>
        <translation>There is no KPI “%1”. Available: %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="71"/>
        <source>Целевое значение — доля в процентах, от 0 до 100; указано %1.</source>
        <translation>The target is a percentage from 0 to 100; %1 was given.</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="123"/>
        <source>Укажите название показателя «%1».</source>
        <translation>Enter the name of KPI “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="125"/>
        <source>Сравнение с целью — «&gt;=» (не меньше) или «&lt;=» (не больше); указано «%1».</source>
        <translation>The comparison with the target is “&gt;=” (at least) or “&lt;=” (at most); given “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="165"/>
        <source>Возраст обучающихся — от 5 до 25 лет, «от» не больше «до»; указано %1–%2.</source>
        <translation>Pupils&apos; ages are from 5 to 25, “from” not above “to”; given %1–%2.</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="168"/>
        <source>Стаж молодого педагога — от 0 до 10 лет; указано %1.</source>
        <translation>A young teacher&apos;s experience is from 0 to 10 years; given %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="170"/>
        <source>Предельный возраст молодого педагога — от 20 до 70 лет; указано %1.</source>
        <translation>A young teacher&apos;s age limit is from 20 to 70; given %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="194"/>
        <source>Контингента «%1» нет. Есть: %2.</source>
        <translation>There is no contingent “%1”. Available: %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="196"/>
        <source>Численность не может быть отрицательной.</source>
        <translation>The count cannot be negative.</translation>
    </message>
</context>
<context>
    <name>KpiTargetsDialog</name>
    <message>
        <location filename="../../ui/KpiTargetsDialog.ui" line="5"/>
        <source>Цели и контингент учебного года</source>
        <translation>Targets and contingent of the school year</translation>
    </message>
    <message>
        <location filename="../../ui/KpiTargetsDialog.ui" line="10"/>
        <source>Цель — доля в процентах, которую нужно достичь за учебный год. Контингент — численность, если в базе учтены не все (например, не все учителя школы); без него знаменатель считается по данным.</source>
        <translation>A target is the share in percent to reach during the school year. The contingent is the head count when the database does not hold everyone (for example, not all of the school’s teachers); without it the denominator is counted from the data.</translation>
    </message>
    <message>
        <location filename="../../ui/KpiTargetsDialog.ui" line="15"/>
        <source>Цели, %</source>
        <translation>Targets, %</translation>
    </message>
    <message>
        <location filename="../../ui/KpiTargetsDialog.ui" line="21"/>
        <source>Контингент</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="13"/>
        <source>Цели и контингент %1 учебного года</source>
        <translation>Targets and contingent of the %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="19"/>
        <source>не задана</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>LazyModule</name>
    <message>
        <location filename="../../src/gui/modules/LazyModule.cpp" line="15"/>
        <source>не загружается модуль %1: %2</source>
        <translation>the module %1 does not load: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/modules/LazyModule.h" line="20"/>
        <source>модуль %1 другой версии, чем программа</source>
        <translation>the module %1 is of another version than the program</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="6"/>
        <source>Куратор наставничества</source>
        <translation>Mentoring Curator</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="11"/>
        <source>Разделы программы</source>
        <translation>Program sections</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="25"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="26"/>
        <source>&amp;Правка</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="27"/>
        <source>&amp;Вид</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="28"/>
        <source>&amp;Справка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="35"/>
        <source>Панель инструментов</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="48"/>
        <source>Участники</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="49"/>
        <source>Наставляемые</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="50"/>
        <source>Наставники</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="51"/>
        <source>Партнёры</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="117"/>
        <location filename="../../src/gui/MainWindow.cpp" line="310"/>
        <source>Дорожная карта</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="118"/>
        <location filename="../../src/gui/MainWindow.cpp" line="313"/>
        <source>Показатели</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="119"/>
        <location filename="../../src/gui/MainWindow.cpp" line="316"/>
        <source>Подбор пар</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="120"/>
        <location filename="../../src/gui/MainWindow.cpp" line="319"/>
        <source>Пары и группы</source>
        <translation>Pairs and groups</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="194"/>
        <source>Создать файл своей школы, открыть демонстрационную или недавнюю базу</source>
        <translation>Create your school&apos;s file, open the demo school or a recent database</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="195"/>
        <source>&amp;Открыть базу…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="196"/>
        <source>Подключиться к &amp;серверу…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="198"/>
        <source>В&amp;ыгрузить файл школы на сервер…</source>
        <translation>U&amp;pload a school file to the server…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="200"/>
        <source>&amp;Загрузить школу с сервера в файл…</source>
        <translation>&amp;Download the school from the server into a file…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="202"/>
        <source>В&amp;ыход</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="203"/>
        <source>&amp;Добавить</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="204"/>
        <source>&amp;Изменить</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="205"/>
        <source>В &amp;архив</source>
        <translation>Ar&amp;chive</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="206"/>
        <source>&amp;Вернуть из архива</source>
        <translation>Re&amp;store from archive</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="207"/>
        <source>&amp;Отменить</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="208"/>
        <source>&amp;Повторить</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="211"/>
        <source>&amp;Достижения участника…</source>
        <translation>Participant &amp;achievements…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="213"/>
        <source>&amp;Найти</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="215"/>
        <source>О&amp;бновить</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="216"/>
        <source>&amp;Журнал изменений…</source>
        <translation>Change &amp;log…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="218"/>
        <source>&amp;О программе</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="219"/>
        <source>&amp;Руководство пользователя</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="221"/>
        <source>&amp;Приказ о закреплении пар…</source>
        <translation>Pair assignment &amp;order…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="222"/>
        <source>Про&amp;граммы наставничества…</source>
        <translation>Mentoring pro&amp;grammes…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="224"/>
        <source>&amp;Импорт анкет…</source>
        <translation>&amp;Import questionnaires…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="226"/>
        <source>Анкеты и &amp;опросы…</source>
        <translation>Questionnaires and &amp;surveys…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="228"/>
        <source>Общие &amp;мероприятия…</source>
        <translation>Common &amp;events…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="229"/>
        <source>О&amp;тчёты в Excel…</source>
        <translation>&amp;Reports to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="232"/>
        <source>&amp;Резервная копия…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="234"/>
        <source>&amp;Восстановить из копии…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="242"/>
        <source>&amp;Забыть участника…</source>
        <translation>&amp;Forget participant…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="244"/>
        <source>Удалить персональные данные участника, сохранив обезличенные данные для отчётов</source>
        <translation>Remove a participant&apos;s personal data, keeping anonymous data for the reports</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="250"/>
        <source>Файл школы для выгрузки на сервер</source>
        <translation>School file to upload to the server</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="256"/>
        <source>Новый файл школы</source>
        <translation>New school file</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="286"/>
        <source>&amp;Недавние базы</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="332"/>
        <source> Учебный год: </source>
        <translation> School year: </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="335"/>
        <source>Учебный год реестров наставляемых и наставников</source>
        <translation>School year of the mentee and mentor registries</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="346"/>
        <source>&amp;Язык интерфейса</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="350"/>
        <source>Как в системе</source>
        <translation>As in the system</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="359"/>
        <source>Язык интерфейса сменится при следующем запуске Куратора.</source>
        <translation>The interface language changes at the next start of Kurator.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="482"/>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="193"/>
        <source>Куратор</source>
        <translation>Kurator</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="494"/>
        <source>Открыть базу Куратора</source>
        <translation>Open Kurator database</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="251"/>
        <location filename="../../src/gui/MainWindow.cpp" line="495"/>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="72"/>
        <source>База Куратора (*.sqlite *.db);;Все файлы (*)</source>
        <translation>Kurator database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="192"/>
        <source>Новая &amp;школа…</source>
        <translation>New &amp;school…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="525"/>
        <source>Пока нет</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="563"/>
        <source>%1 — только чтение</source>
        <translation>%1 — read-only</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="564"/>
        <source>Для записи базу держит %1.</source>
        <translation>%1 holds the database for writing.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="565"/>
        <source>только чтение</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="578"/>
        <source>Прошлый сеанс работы с базой (%1) завершился аварийно; незавершённые изменения отброшены, сохранённые на месте.</source>
        <translation>The previous session with the database (%1) ended abnormally; unfinished changes were discarded, saved ones are in place.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="584"/>
        <source>О программе</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="585"/>
        <source>&lt;b&gt;Куратор наставничества&lt;/b&gt; %1&lt;br&gt;Реестры наставляемых и наставников, пары и группы, дорожная карта и отчёты по целевой модели наставничества.&lt;br&gt;&lt;br&gt;База: %2</source>
        <translation>&lt;b&gt;Mentoring Curator&lt;/b&gt; %1&lt;br&gt;Mentee and mentor registries, mentoring pairs and groups, roadmap and reports under the target model of mentoring.&lt;br&gt;&lt;br&gt;Database: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="599"/>
        <source>Импорт анкет: новых участников %1, обновлено %2</source>
        <translation>Questionnaire import: %1 new participants, %2 updated</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="59"/>
        <source>Достижение</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="61"/>
        <source>Удаление достижения</source>
        <translation>Delete achievement</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="93"/>
        <source>Добавление участника</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="127"/>
        <source>Изменение участника</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="147"/>
        <source>Добавление организации</source>
        <translation>Add organization</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="172"/>
        <source>Изменение организации</source>
        <translation>Edit organization</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="206"/>
        <source>Изменение профиля</source>
        <translation>Edit profile</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="206"/>
        <source>Добавление профиля</source>
        <translation>Add profile</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowEdits.cpp" line="250"/>
        <source>В архив: %n зап.</source>
        <translation>
            <numerusform>Archive: %n record</numerusform>
            <numerusform>Archive: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowEdits.cpp" line="250"/>
        <source>Из архива: %n зап.</source>
        <translation>
            <numerusform>Restore from archive: %n record</numerusform>
            <numerusform>Restore from archive: %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="34"/>
        <source>Изменение мероприятия «%1»</source>
        <translation>Edit activity “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="68"/>
        <source>%1 (%n мероприятий)</source>
        <translation>
            <numerusform>%1 (%n activity)</numerusform>
            <numerusform>%1 (%n activities)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="70"/>
        <source>Дорожная карта из шаблона</source>
        <translation>Roadmap from template</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="71"/>
        <source>Шаблон для %1 учебного года:</source>
        <translation>Template for the %1 school year:</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="84"/>
        <source>Импорт дорожной карты</source>
        <translation>Import roadmap</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="85"/>
        <source>Таблицы (*.docx *.xlsx *.csv *.tsv *.txt);;Все файлы (*)</source>
        <translation>Tables (*.docx *.xlsx *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="100"/>
        <source>Дорожная карта импортирована: мероприятий %1</source>
        <translation>Roadmap imported: %1 activities</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="144"/>
        <source>Цели и контингент %1</source>
        <translation>Targets and contingent %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="175"/>
        <source>Определения показателей</source>
        <translation>KPI definitions</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="59"/>
        <source>Закрепление пар (%1)</source>
        <translation>Pin pairs (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="68"/>
        <source>Исключение пар (%1)</source>
        <translation>Exclude pairs (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="78"/>
        <source>Обмен наставниками</source>
        <translation>Swap mentors</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="128"/>
        <source>Критерии подбора</source>
        <translation>Matching criteria</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="159"/>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="184"/>
        <source>Утверждение пар</source>
        <translation>Approve pairs</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="161"/>
        <source>Будут сформированы пары и группы по протоколу № %1: пар %2, без пары %3. Протокол сохранится для отчётности.</source>
        <translation>Pairs and groups will be formed from matching record No. %1: %2 pairs, %3 without a pair. The record will be kept for reporting.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="169"/>
        <source>&amp;Начало работы пар:</source>
        <translation>Pairs &amp;start on:</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="171"/>
        <source>Утвердить</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="182"/>
        <source>Сформировано пар и групп: %1</source>
        <translation>Pairs and groups formed: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="184"/>
        <source>Пары и группы сформированы. Подготовить приказ об их закреплении?</source>
        <translation>The pairs and groups have been formed. Prepare an order assigning them?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="195"/>
        <source>Издан приказ № %1</source>
        <translation>Order No. %1 issued</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="199"/>
        <source>Приказ № %1</source>
        <translation>Order No. %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="212"/>
        <source>Шаблон приказа</source>
        <translation>Order template</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="252"/>
        <source>Программа наставничества</source>
        <translation>Mentoring programme</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="254"/>
        <source>Новая программа наставничества</source>
        <translation>New mentoring programme</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="257"/>
        <source>Удаление программы наставничества</source>
        <translation>Delete mentoring programme</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="273"/>
        <source>Анкета участника</source>
        <translation>Participant&apos;s questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="275"/>
        <source>Изменение анкеты</source>
        <translation>Edit questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="277"/>
        <source>Удаление анкеты</source>
        <translation>Delete questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="294"/>
        <source>Общее мероприятие</source>
        <translation>Common event</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="296"/>
        <source>Изменение мероприятия</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="297"/>
        <source>Удаление мероприятия</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="25"/>
        <source>Резервная копия базы: %1</source>
        <translation>Database backup: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="26"/>
        <source>Резервная копия не сделана: %1</source>
        <translation>Backup not made: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="55"/>
        <source>Куратор — копия с персональными данными %1.sqlite</source>
        <translation>Kurator — copy with personal data %1.sqlite</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="57"/>
        <source>Резервная копия (содержит персональные данные участников)</source>
        <translation>Backup (holds personal data of participants)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="257"/>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="58"/>
        <source>База Куратора (*.sqlite)</source>
        <translation>Kurator database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="65"/>
        <source>Копия сохранена: %1 (доступна только вам)</source>
        <translation>Copy saved: %1 (readable by you only)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="71"/>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="80"/>
        <source>Восстановить из копии</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="76"/>
        <source>Эту копию восстановить нельзя: %1</source>
        <translation>This copy cannot be restored: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="81"/>
        <source>Открытая база будет заменена копией «%1» от %2. Изменения после этой копии пропадут из базы, но сама нынешняя база сохранится в папке копий. Продолжить?</source>
        <translation>The open database will be replaced with the copy “%1” of %2. Changes made after this copy will be gone from the database, but the current database itself is kept in the backups folder. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="100"/>
        <source>База восстановлена из копии; прежняя сохранена: %1</source>
        <translation>Database restored from the copy; the previous one is kept: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="27"/>
        <source>Забыть участника</source>
        <translation>Forget participant</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="28"/>
        <source>Удалить персональные данные: %1?</source>
        <translation>Remove the personal data of %1?</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="29"/>
        <source>Удаляются ФИО, контакты, заметки, ответы анкет, законные представители (если они больше ни с кем не связаны) и упоминания имени в парах, планах, встречах и приказах.
Остаются без имени категория, дата рождения, класс, стаж, согласия и участие в парах — отчёты за прошлые периоды не изменятся.

Это нельзя отменить; история правок будет очищена.</source>
        <translation>Removed: the name, contacts, notes, questionnaire answers, legal representatives (if linked to nobody else) and mentions of the name in pairs, plans, meetings and orders.
Kept without the name: category, birth date, class, experience, consents and pair membership — reports of past periods do not change.

This cannot be undone; the edit history will be cleared.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowForget.cpp" line="33"/>
        <source>Удалить и прежние резервные копии (%n) — в них эти данные остаются; будет сделана новая копия</source>
        <translation>
            <numerusform>Also delete the earlier backup (%n) — it still holds these data; a new backup will be made</numerusform>
            <numerusform>Also delete the earlier backups (%n) — they still hold these data; a new backup will be made</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="37"/>
        <source>Удалить данные</source>
        <translation>Remove data</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="49"/>
        <source>Данные удалены: теперь это «%1».</source>
        <translation>Data removed: this is now “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="54"/>
        <source>Прежние резервные копии не удалены: %1</source>
        <translation>The earlier backups were not deleted: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowForget.cpp" line="56"/>
        <source>Прежних резервных копий удалено: %n.</source>
        <translation>
            <numerusform>Earlier backups deleted: %n.</numerusform>
            <numerusform>Earlier backups deleted: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowServer.cpp" line="51"/>
        <source>Выгрузка на сервер</source>
        <translation>Upload to the server</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowServer.cpp" line="54"/>
        <source>Изменены и в файле, и на сервере с прошлой выгрузки — оставлены как на сервере (%1). Проверьте их и внесите нужное на сервере.</source>
        <translation>Changed both in the file and on the server since the last upload — kept as on the server (%1). Check them and make what is needed on the server.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowServer.cpp" line="71"/>
        <source>Загрузка с сервера</source>
        <translation>Download from the server</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowServer.cpp" line="72"/>
        <source>Школа загружена в %1: %n записей. Файл открывается Куратором и выгружается обратно на те же записи сервера.</source>
        <translation>
            <numerusform>The school is downloaded into %1: %n record. Kurator opens the file, and it uploads back onto the same server records.</numerusform>
            <numerusform>The school is downloaded into %1: %n records. Kurator opens the file, and it uploads back onto the same server records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="61"/>
        <source>совпадений нет</source>
        <translation>nothing in common</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="61"/>
        <source>совпало: %1</source>
        <translation>in common: %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="102"/>
        <source>от %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="103"/>
        <source>возраст %1, желаемый %2</source>
        <translation>age %1, preferred %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="117"/>
        <source>%1 и %2 класс</source>
        <translation>classes %1 and %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="129"/>
        <source>выбрали друг друга</source>
        <translation>chose each other</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="130"/>
        <source>наставляемый выбрал наставника</source>
        <translation>the mentee chose the mentor</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="131"/>
        <source>наставник выбрал наставляемого</source>
        <translation>the mentor chose the mentee</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="132"/>
        <source>не выбирали друг друга</source>
        <translation>did not choose each other</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="145"/>
        <source>форма совпадает</source>
        <translation>same form</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="183"/>
        <source>Запрос и компетенции</source>
        <translation>Request and competencies</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="184"/>
        <source>Общие интересы</source>
        <translation>Shared interests</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="185"/>
        <source>Желаемый возраст</source>
        <translation>Preferred age</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="186"/>
        <source>Время и график</source>
        <translation>Time and schedule</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="187"/>
        <source>Форма наставничества</source>
        <translation>Form of mentoring</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="188"/>
        <source>Классы и параллели</source>
        <translation>Classes and grade levels</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="189"/>
        <source>Взаимный выбор</source>
        <translation>Mutual choice</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="198"/>
        <source>один и тот же человек</source>
        <translation>the same person</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="199"/>
        <source>нет действующего согласия наставляемого на обработку ПДн</source>
        <translation>no valid mentee consent to personal data processing</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="200"/>
        <source>нет действующего согласия наставника на обработку ПДн</source>
        <translation>no valid mentor consent to personal data processing</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="201"/>
        <source>другая форма наставничества</source>
        <translation>different form of mentoring</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="202"/>
        <source>наставник моложе допустимого</source>
        <translation>the mentor is younger than allowed</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="203"/>
        <source>пара запрещена куратором</source>
        <translation>pair excluded by the curator</translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="204"/>
        <source>у наставника нет свободных мест</source>
        <translation>the mentor has no free places</translation>
    </message>
</context>
<context>
    <name>Match::Evaluation</name>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="79"/>
        <source>нет данных</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="18"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ match [--year ГОД] [--start ДАТА] [--json]   новый протокол подбора
  kurator-cli --db ФАЙЛ match show [--year ГОД] [--json]             последний протокол
  kurator-cli --db ФАЙЛ match approve [--year ГОД] [--start ДАТА]    утвердить его: сформировать пары
ГОД — первый год учебного года (2024 для 2024–2025); ДАТА — начало работы пар, ДД.ММ.ГГГГ
(по умолчанию сегодня, если сегодня в этом учебном году, иначе 1 октября).
Критерии, их веса и правила берутся из настроек подбора в приложении.
</source>
        <translation>Usage:
  kurator-cli --db FILE match [--year YEAR] [--start DATE] [--json]   new matching record
  kurator-cli --db FILE match show [--year YEAR] [--json]             latest record
  kurator-cli --db FILE match approve [--year YEAR] [--start DATE]    approve it: form the pairs
YEAR is the first year of the school year (2024 for 2024–2025); DATE is when the pairs start work, DD.MM.YYYY
(today by default if today falls in that school year, otherwise 1 October).
Criteria, their weights and rules are taken from the matching settings in the application.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="60"/>
        <source>Протокол подбора №%1, %2 учебный год</source>
        <translation>Matching record No. %1, %2 school year</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="62"/>
        <source>Пар: %1, без пары: %2, наименьший балл: %3, сумма баллов: %4</source>
        <translation>Pairs: %1, without a pair: %2, lowest score: %3, total score: %4</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="71"/>
        <source>	(закреплена куратором)</source>
        <translation>	(pinned by the curator)</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="73"/>
        <source>Без пары:</source>
        <translation>Without a pair:</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="78"/>
        <source>Изменилось против предыдущего протокола: %1 наставляемых.</source>
        <translation>Changed since the previous record: %1 mentees.</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="85"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="85"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="86"/>
        <source>Начало работы пар.</source>
        <translation>Date the pairs start work.</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="86"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="87"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="100"/>
        <source>Дата начала «%1» не в %2 учебном году.</source>
        <translation>Start date “%1” is not in the %2 school year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="113"/>
        <source>В %1 учебном году подбора ещё не было: сначала kurator-cli match.</source>
        <translation>No matching has been run in the %1 school year yet: run kurator-cli match first.</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="117"/>
        <source>Протокол №%1 утверждён: сформировано пар и групп — %2, начало работы %3.</source>
        <translation>Record No. %1 approved: pairs and groups formed — %2, starting %3.</translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="126"/>
        <source>В %1 учебном году подбора ещё не было.</source>
        <translation>No matching has been run in the %1 school year yet.</translation>
    </message>
</context>
<context>
    <name>MatchOptionsDialog</name>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="5"/>
        <source>Критерии подбора пар</source>
        <translation>Matching criteria</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="9"/>
        <source>Критерии и их вес (0 — не учитывать)</source>
        <translation>Criteria and their weights (0 — ignore)</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="15"/>
        <source>Обязательные правила</source>
        <translation>Mandatory rules</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="19"/>
        <source>Только участники с действующим согласием на обработку ПДн</source>
        <translation>Only participants with valid consent to personal data processing</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="24"/>
        <source>Наставник старше наставляемого не менее чем на</source>
        <translation>Mentor is older than the mentee by at least</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="29"/>
        <source> лет</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="35"/>
        <source>Ученик-наставник старше на (классов), от:</source>
        <translation>Pupil mentor is older by (classes), from:</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="42"/>
        <source>до</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="51"/>
        <source>Цель подбора</source>
        <translation>Matching goal</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="55"/>
        <source>Как можно больше пар, из них — с наибольшей суммой баллов</source>
        <translation>As many pairs as possible, and among them the highest total score</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="60"/>
        <source>Наибольшая сумма баллов, даже если кто-то останется без пары</source>
        <translation>Highest total score, even if someone is left without a pair</translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="65"/>
        <source>&amp;Минимальный балл пары:</source>
        <translation>&amp;Minimum pair score:</translation>
    </message>
</context>
<context>
    <name>MatchProposalModel</name>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="43"/>
        <source>новая пара</source>
        <translation>new pair</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="44"/>
        <source>было: %1</source>
        <translation>was: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="44"/>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="66"/>
        <source>без пары</source>
        <translation>no pair</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="68"/>
        <source>закреплена</source>
        <translation>pinned</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="69"/>
        <source>обязательная</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="70"/>
        <source>подобрана</source>
        <translation>matched</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="92"/>
        <source>Наставляемый</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="93"/>
        <source>Наставник</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="94"/>
        <source>Балл</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="95"/>
        <source>Пара</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="96"/>
        <source>Изменение</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="97"/>
        <source>Почему без пары</source>
        <translation>Why no pair</translation>
    </message>
</context>
<context>
    <name>MatchingService</name>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="151"/>
        <source>Участник № %1 не может быть наставником самому себе.</source>
        <translation>Participant No. %1 cannot be their own mentor.</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="152"/>
        <source>В закреплённой паре не указан наставник или наставляемый.</source>
        <translation>A fixed pair lacks its mentor or its mentee.</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="162"/>
        <source>В банке наставляемых %1 учебного года нет никого без пары.</source>
        <translation>Everyone in the bank of mentees for the %1 school year already has a pair.</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="245"/>
        <source>Протокол подбора № %1 не найден.</source>
        <translation>Matching record No. %1 not found.</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="247"/>
        <source>Протокол подбора № %1 уже утверждён или заменён более поздним.</source>
        <translation>Matching record No. %1 has already been approved or superseded by a later one.</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="12"/>
        <source>подходящих наставников: %1, их места отданы другим парам</source>
        <translation>suitable mentors: %1, their places went to other pairs</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="13"/>
        <source>не подходит ни один наставник: %1</source>
        <translation>no mentor is suitable: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="47"/>
        <source>подходящие наставники заняты другими парами</source>
        <translation>suitable mentors are taken by other pairs</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="49"/>
        <source>не подходит ни один наставник (форма, согласие, возраст, свободные места или балл)</source>
        <translation>no mentor fits (form, consent, age, free places or score)</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/MatchingView.ui" line="13"/>
        <source>Подбор пар</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="20"/>
        <source>Подобрать пары заново, сохранив закреплённые (Ctrl+R)</source>
        <translation>Match the pairs again, keeping the pinned ones (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="21"/>
        <source>&amp;Подобрать</source>
        <translation>&amp;Match</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="26"/>
        <source>&amp;Критерии…</source>
        <translation>&amp;Criteria…</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="31"/>
        <source>Оставить выбранные пары при следующих подборах (Ctrl+P)</source>
        <translation>Keep the selected pairs in future matching runs (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="32"/>
        <source>&amp;Закрепить</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="37"/>
        <source>Поменять наставников у двух выбранных пар и закрепить их</source>
        <translation>Swap the mentors of the two selected pairs and pin them</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="38"/>
        <source>По&amp;менять</source>
        <translation>&amp;Swap</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="43"/>
        <source>Больше не предлагать выбранные пары (Delete)</source>
        <translation>Stop suggesting the selected pairs (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="44"/>
        <source>&amp;Убрать пару</source>
        <translation>&amp;Exclude pair</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="49"/>
        <source>Поиск в предложении</source>
        <translation>Search in the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="51"/>
        <source>Поиск по фамилии (Ctrl+F)</source>
        <translation>Search by surname (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="63"/>
        <source>&amp;Утвердить пары…</source>
        <translation>&amp;Approve pairs…</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="68"/>
        <source>Приказ о закреплении утверждённых пар и групп (Ctrl+Shift+P)</source>
        <translation>Order assigning the approved pairs and groups (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="69"/>
        <source>При&amp;каз…</source>
        <translation>&amp;Order…</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="83"/>
        <source>Предложенные пары</source>
        <translation>Proposed pairs</translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="90"/>
        <source>Профили и оценка выбранной пары</source>
        <translation>Profiles and score of the selected pair</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MatchingView.cpp" line="24"/>
        <source>%1 (%n лет)</source>
        <translation>
            <numerusform>%1 (%n year old)</numerusform>
            <numerusform>%1 (%n years old)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="30"/>
        <source>Категория</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="31"/>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="32"/>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="33"/>
        <source>Компетенции</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="33"/>
        <source>Запрос</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="34"/>
        <source>Интересы</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="35"/>
        <source>Время</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="38"/>
        <source>Желаемый возраст</source>
        <translation>Preferred age</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="39"/>
        <source>Свободных мест</source>
        <translation>Free places</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="46"/>
        <source>Оценка пары: %1 из 100</source>
        <translation>Pair score: %1 of 100</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="49"/>
        <source>Пара исключена: %1</source>
        <translation>Pair excluded: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="51"/>
        <source>Критерий</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="51"/>
        <source>Вес</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="51"/>
        <source>Оценка</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="51"/>
        <source>Почему</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="55"/>
        <source>выкл.</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="114"/>
        <source>В %1 учебном году подбора ещё не было. Заполните банки наставляемых и наставников (или импортируйте анкеты) и нажмите «Подобрать».</source>
        <translation>No matching has been run in the %1 school year yet. Fill in the banks of mentees and mentors (or import questionnaires) and click “Match”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="118"/>
        <source>Протокол подбора № %1 (%2): пар %3, без пары %4, наименьший балл %5, сумма баллов %6.</source>
        <translation>Matching record No. %1 (%2): %3 pairs, %4 without a pair, lowest score %5, total score %6.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="120"/>
        <source>утверждён</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="120"/>
        <source>предложение</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="126"/>
        <source>Против предыдущего протокола изменилось пар: %1.</source>
        <translation>Pairs changed since the previous record: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="169"/>
        <source>&lt;p&gt;Для этого наставляемого пары нет: причина — в таблице. Закрепите за ним наставника, выбрав пару в реестре, или измените критерии.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This mentee has no pair: the reason is in the table. Pin a mentor to them by selecting a pair in the registry, or change the criteria.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="171"/>
        <source>&lt;p&gt;Выберите пару, чтобы увидеть профили и оценку по каждому критерию.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a pair to see the profiles and the score for each criterion.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="176"/>
        <source>&lt;p&gt;Пара уже сформирована или участник выбыл из банка.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The pair has already been formed or the participant has left the bank.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="181"/>
        <source>Наставляемый</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="182"/>
        <source>Наставник</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>MeetingModel</name>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="133"/>
        <source>Запланирована на %1 и не отмечена состоявшейся</source>
        <translation>Scheduled for %1 and not marked as held</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="161"/>
        <source>«%1» — не дата: нужна дата вида дд.мм.гггг.</source>
        <translation>“%1” is not a date: a date in the form dd.mm.yyyy is required.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="171"/>
        <source>Продолжительность — число минут.</source>
        <translation>The duration is a number of minutes.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="196"/>
        <source>Встреча</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="197"/>
        <source>План</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="198"/>
        <source>Состоялась</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="199"/>
        <source>Присутствовали</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="200"/>
        <source>Мин.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="201"/>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="202"/>
        <source>Итог</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="203"/>
        <source>Следующая</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>MenteeProfileDialog</name>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="14"/>
        <source>Наставляемый</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="25"/>
        <source>&amp;Наставляемый:</source>
        <translation>&amp;Mentee:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="50"/>
        <source>&amp;Ключевой запрос:</source>
        <translation>&amp;Key request:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="69"/>
        <source>С чем приходит наставляемый: цель, трудность, ожидания</source>
        <translation>What the mentee comes with: goal, difficulty, expectations</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="76"/>
        <source>&amp;Проблемы:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="95"/>
        <source>например, низкая учебная мотивация, трудности адаптации</source>
        <translation>e.g. low motivation to learn, difficulties adapting</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="102"/>
        <source>&amp;Интересы:</source>
        <translation>&amp;Interests:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="115"/>
        <source>&amp;Форма наставничества:</source>
        <translation>Mentoring &amp;form:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="128"/>
        <source>Дата &amp;вхождения:</source>
        <translation>&amp;Entry date:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="150"/>
        <location filename="../../ui/MenteeProfileDialog.ui" line="179"/>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="157"/>
        <source>Дата &amp;завершения:</source>
        <translation>E&amp;nd date:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="186"/>
        <source>&amp;Результаты:</source>
        <translation>&amp;Results:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="199"/>
        <source>&amp;Ссылка на кейс/отзыв:</source>
        <translation>&amp;Link to case/feedback:</translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="209"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="15"/>
        <source>Наставляемый — %1 учебный год</source>
        <translation>Mentee — %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="25"/>
        <source>Изменить наставляемого — %1 учебный год</source>
        <translation>Edit mentee — %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="62"/>
        <source>Выберите наставляемого: начните вводить фамилию и выберите человека из списка.</source>
        <translation>Choose a mentee: start typing a surname and pick a person from the list.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="63"/>
        <source>Этот человек уже есть в банке наставляемых за %1 учебный год: измените существующую запись.</source>
        <translation>This person is already in the mentee pool for the %1 school year: edit the existing record.</translation>
    </message>
</context>
<context>
    <name>MentorProfileDialog</name>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="14"/>
        <source>Наставник</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="25"/>
        <source>&amp;Наставник:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="54"/>
        <source>О наставнике</source>
        <translation>About the mentor</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="63"/>
        <source>&amp;Компетенции:</source>
        <translation>&amp;Competencies:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="82"/>
        <source>Чему может научить: предметы, навыки, профессия</source>
        <translation>What the mentor can teach: subjects, skills, profession</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="89"/>
        <source>&amp;Достижения:</source>
        <translation>&amp;Achievements:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="112"/>
        <source>&amp;Интересы:</source>
        <translation>&amp;Interests:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="135"/>
        <source>&amp;Результаты:</source>
        <translation>&amp;Results:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="148"/>
        <source>&amp;Ссылка на кейс/отзыв:</source>
        <translation>&amp;Link to case/feedback:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="158"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="168"/>
        <source>Условия наставничества</source>
        <translation>Mentoring conditions</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="177"/>
        <source>Желаемый &amp;возраст:</source>
        <translation>Preferred a&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="189"/>
        <source>от</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="202"/>
        <location filename="../../ui/MentorProfileDialog.ui" line="231"/>
        <source>любой</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="205"/>
        <source>Наименьший возраст наставляемых; «любой» — без ограничения</source>
        <translation>Minimum age of mentees; “any” means no limit</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="218"/>
        <source>до</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="234"/>
        <source>Наибольший возраст наставляемых; «любой» — без ограничения</source>
        <translation>Maximum age of mentees; “any” means no limit</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="262"/>
        <source>Ресурс вре&amp;мени:</source>
        <translation>Time a&amp;vailable:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="272"/>
        <source>например, 2 часа в неделю</source>
        <translation>e.g. 2 hours a week</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="279"/>
        <source>&amp;График:</source>
        <translation>&amp;Schedule:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="289"/>
        <source>например, вторник и четверг после 15:00</source>
        <translation>e.g. Tuesday and Thursday after 15:00</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="296"/>
        <source>Ёмкос&amp;ть:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="314"/>
        <source>Сколько наставляемых наставник готов вести одновременно</source>
        <translation>How many mentees the mentor is ready to guide at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="327"/>
        <source>наставляемых одновременно</source>
        <translation>mentees at a time</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="349"/>
        <source>&amp;Форма наставничества:</source>
        <translation>Mentoring &amp;form:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="362"/>
        <source>&amp;Обучение:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="372"/>
        <source>пройдено</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="379"/>
        <source>Дата о&amp;бучения:</source>
        <translation>Training &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="401"/>
        <location filename="../../ui/MentorProfileDialog.ui" line="430"/>
        <location filename="../../ui/MentorProfileDialog.ui" line="459"/>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="408"/>
        <source>Дата вхо&amp;ждения:</source>
        <translation>&amp;Entry date:</translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="437"/>
        <source>Дата &amp;завершения:</source>
        <translation>E&amp;nd date:</translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="16"/>
        <source>Наставник — %1 учебный год</source>
        <translation>Mentor — %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="29"/>
        <source>Изменить наставника — %1 учебный год</source>
        <translation>Edit mentor — %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="84"/>
        <source>Выберите наставника: начните вводить фамилию и выберите человека из списка.</source>
        <translation>Choose a mentor: start typing a surname and pick a person from the list.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="85"/>
        <source>Этот человек уже есть в банке наставников за %1 учебный год: измените существующую запись.</source>
        <translation>This person is already in the mentor pool for the %1 school year: edit the existing record.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="88"/>
        <source>Дата обучения</source>
        <translation>Training date</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="92"/>
        <source>Не найден файл миграции %1.</source>
        <translation>Migration file %1 not found.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="62"/>
        <source>Не удалось начать обновление базы: %1</source>
        <translation>Could not start the database upgrade: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="83"/>
        <source>Не удалось сохранить обновление базы: %1. Файл оставлен без изменений.</source>
        <translation>Could not save the database upgrade: %1. The file is left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="105"/>
        <source>Не удалось обновить базу до версии %1: %2. Файл оставлен без изменений.</source>
        <translation>Could not upgrade the database to version %1: %2. The file has been left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="112"/>
        <source>Не удалось записать версию схемы %1: %2</source>
        <translation>Could not write schema version %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="125"/>
        <source>Не найден сценарий сервера %1.</source>
        <translation>Server script %1 not found.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="134"/>
        <source>Не удалось подготовить базу сервера: %1. Сервер оставлен без изменений.</source>
        <translation>Could not prepare the server database: %1. The server is left unchanged.</translation>
    </message>
</context>
<context>
    <name>ModalProgress</name>
    <message>
        <location filename="../../src/gui/ModalProgress.cpp" line="6"/>
        <source>Отменить</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficeTables</name>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="26"/>
        <source>Часть %1: таблица больше %2 млн ячеек — это не анкеты и не дорожная карта; файл не прочитан.</source>
        <translation>Part %1: the table has over %2 million cells — these are not questionnaires or a roadmap; the file was not read.</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="97"/>
        <source>Файл %1 не является документом %2: это не zip-архив Office. Возможно, расширение не соответствует содержимому.</source>
        <translation>The file %1 is not a %2 document: it is not an Office zip archive. Perhaps its extension does not match its contents.</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="102"/>
        <source>Файл %1 не прочитан: %2</source>
        <translation>The file %1 was not read: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="103"/>
        <source>В файле %1 нет части %2: это не документ %3.</source>
        <translation>The file %1 has no part %2: it is not a %3 document.</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="108"/>
        <source>Часть %1 повреждена (строка %2: %3).</source>
        <translation>The part %1 is damaged (line %2: %3).</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="224"/>
        <source>В документе %1 нет таблиц.</source>
        <translation>The document %1 contains no tables.</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="248"/>
        <source>В книге %1 нет листа «%2».</source>
        <translation>Workbook %1 has no sheet “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="268"/>
        <source>В листе %1 строка %2 — за пределами листа Excel (%3 строк): файл повреждён.</source>
        <translation>In the sheet %1, row %2 is beyond an Excel sheet (%3 rows): the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="281"/>
        <source>В листе %1, строка %2: ячейка «%3» — за пределами листа Excel: файл повреждён.</source>
        <translation>In the sheet %1, row %2: the cell “%3” is beyond an Excel sheet: the file is damaged.</translation>
    </message>
</context>
<context>
    <name>OfficeTables::Archive</name>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="55"/>
        <source>часть %1 зашифрована: файл защищён паролем. Снимите пароль в Excel или Word и сохраните файл снова.</source>
        <translation>the part %1 is encrypted: the file is protected by a password. Remove the password in Excel or Word and save the file again.</translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="71"/>
        <source>часть %1 распаковывается в сотни мегабайт из %2 КБ — это не похоже на документ Office («zip-бомба»); файл не прочитан.</source>
        <translation>the part %1 unpacks into hundreds of megabytes from %2 KB — this does not look like an Office document (a “zip bomb”); the file was not read.</translation>
    </message>
</context>
<context>
    <name>OrderCommand</name>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="20"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ order list [--year ГОД]
        приказы о закреплении пар учебного года
  kurator-cli --db ФАЙЛ order draft [--year ГОД] [ПОЛЯ] [--out ФАЙЛ.pdf|.html]
        проект приказа по парам и группам года, ещё не закреплённым приказом
  kurator-cli --db ФАЙЛ order issue --number НОМЕР --date ДАТА [--year ГОД] [ПОЛЯ] [--out ФАЙЛ.pdf|.html]
        издать приказ: закрепить эти пары и группы
  kurator-cli --db ФАЙЛ order print НОМЕР [--year ГОД] --out ФАЙЛ.pdf|.html
        изданный приказ, как он был издан
  kurator-cli --db ФАЙЛ order template [--out ФАЙЛ] | --set ФАЙЛ | --reset
        шаблон приказа: показать, заменить своим, вернуть стандартный
ПОЛЯ: --number НОМЕР --date ДАТА --head ФИО --curator ФИО --template ФАЙЛ (шаблон только для этого раза).
Руководитель и куратор по умолчанию — из прошлого приказа.
</source>
        <translation>Usage:
  kurator-cli --db FILE order list [--year YEAR]
        orders assigning pairs in the school year
  kurator-cli --db FILE order draft [--year YEAR] [FIELDS] [--out FILE.pdf|.html]
        draft order for the year&apos;s pairs and groups not yet assigned by an order
  kurator-cli --db FILE order issue --number NUMBER --date DATE [--year YEAR] [FIELDS] [--out FILE.pdf|.html]
        issue the order: assign these pairs and groups
  kurator-cli --db FILE order print NUMBER [--year YEAR] --out FILE.pdf|.html
        an issued order, exactly as it was issued
  kurator-cli --db FILE order template [--out FILE] | --set FILE | --reset
        order template: show it, replace it with your own, restore the standard one
FIELDS: --number NUMBER --date DATE --head NAME --curator NAME --template FILE (template for this time only).
The head and the curator default to those of the previous order.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="41"/>
        <source>Не удалось открыть %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="35"/>
        <source>Приказ о закреплении наставнических пар/групп</source>
        <translation>Order on the assignment of mentoring pairs/groups</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="113"/>
        <source>Не удалось записать %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="59"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="59"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="60"/>
        <source>Номер приказа.</source>
        <translation>Order number.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="60"/>
        <source>НОМЕР</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="61"/>
        <source>Дата приказа.</source>
        <translation>Order date.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="61"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="62"/>
        <source>Руководитель.</source>
        <translation>Head of the organization.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="62"/>
        <location filename="../../src/cli/OrderCommand.cpp" line="63"/>
        <source>ФИО</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="63"/>
        <source>Куратор.</source>
        <translation>Curator.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="64"/>
        <source>Шаблон на этот раз.</source>
        <translation>Template for this time only.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="64"/>
        <location filename="../../src/cli/OrderCommand.cpp" line="65"/>
        <location filename="../../src/cli/OrderCommand.cpp" line="66"/>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="65"/>
        <source>Куда записать.</source>
        <translation>Where to write the result.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="66"/>
        <source>Сохранить шаблон из файла.</source>
        <translation>Save the template from a file.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="67"/>
        <source>Вернуть стандартный шаблон.</source>
        <translation>Restore the standard template.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="81"/>
        <source>Файл приказа должен быть .pdf или .html: %1</source>
        <translation>The order file must be .pdf or .html: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="104"/>
        <source>Шаблон приказа сохранён.</source>
        <translation>Order template saved.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="119"/>
        <source>В %1 учебном году приказов о закреплении пар нет.</source>
        <translation>There are no pair assignment orders in the %1 school year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="121"/>
        <source>№ %1 от %2: пар и групп — %3</source>
        <translation>No. %1 dated %2: %3 pairs and groups</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="133"/>
        <source>Приказа № %1 в %2 учебном году нет.</source>
        <translation>There is no order No. %1 in the %2 school year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="158"/>
        <source>Издан приказ № %1 от %2: закреплено пар и групп — %3.</source>
        <translation>Order No. %1 dated %2 issued: %3 pairs and groups assigned.</translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="164"/>
        <source>Проект приказа: пар и групп без приказа — %1.</source>
        <translation>Draft order: %1 pairs and groups without an order.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="6"/>
        <source>Приказ о закреплении наставнических пар/групп</source>
        <translation>Order on the assignment of mentoring pairs/groups</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="10"/>
        <source>При&amp;каз:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="11"/>
        <source>Приказ</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="12"/>
        <source>&amp;Номер:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="13"/>
        <source>например, 131-о</source>
        <translation>e.g. 131-о</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="13"/>
        <source>Номер приказа</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="14"/>
        <source>&amp;Дата:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="15"/>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="15"/>
        <source>Дата приказа</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="16"/>
        <source>&amp;Руководитель:</source>
        <translation>&amp;Head:</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="17"/>
        <location filename="../../ui/OrderDialog.ui" line="19"/>
        <source>И. О. Фамилия</source>
        <translation>A. B. Surname</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="17"/>
        <source>Руководитель</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="18"/>
        <source>К&amp;уратор:</source>
        <translation>C&amp;urator:</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="19"/>
        <source>Куратор</source>
        <translation>Curator</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="27"/>
        <source>Текст приказа</source>
        <translation>Order text</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="33"/>
        <source>&amp;Шаблон…</source>
        <translation>&amp;Template…</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="33"/>
        <source>Изменить шаблон приказа</source>
        <translation>Edit the order template</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="34"/>
        <source>Сохранить &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="35"/>
        <source>&amp;Печать…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="37"/>
        <source>&amp;Издать приказ</source>
        <translation>&amp;Issue order</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="37"/>
        <source>Закрепить пары и группы этим приказом</source>
        <translation>Assign the pairs and groups by this order</translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="38"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="47"/>
        <source>Новый приказ</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="49"/>
        <source>№ %1 от %2 — пар и групп: %3</source>
        <translation>No. %1 dated %2 — pairs and groups: %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="89"/>
        <source>Приказ издан: закреплено пар и групп — %1. Текст — как при издании.</source>
        <translation>Order issued: %1 pairs and groups assigned. The text is shown as it was issued.</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="107"/>
        <source>Пар и групп %1 учебного года без приказа нет: все уже закреплены или ещё не утверждены на странице «Подбор пар».</source>
        <translation>There are no pairs or groups of the %1 school year without an order: all of them are already assigned or not yet approved on the “Matching” page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/OrderDialog.cpp" line="110"/>
        <source>Проект: приказ закрепит пары и группы, ещё не закреплённые приказом, — %n.</source>
        <translation>
            <numerusform>Draft: the order will assign %n pair or group not yet assigned by an order.</numerusform>
            <numerusform>Draft: the order will assign %n pairs and groups not yet assigned by an order.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="151"/>
        <source>Приказ № %1 от %2</source>
        <translation>Order No. %1 dated %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="164"/>
        <source>Сохранить приказ</source>
        <translation>Save order</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="165"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="172"/>
        <source>Приказ сохранён в %1. Открыть папку?</source>
        <translation>The order has been saved to %1. Open the folder?</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../../src/storage/OrderRepository.cpp" line="89"/>
        <source>Пару или группу уже закрепил другой приказ; обновите список и повторите.</source>
        <translation>A pair or group has already been assigned by another order; refresh the list and try again.</translation>
    </message>
    <message>
        <location filename="../../src/storage/OrderRepository.cpp" line="136"/>
        <source>Приказ не найден.</source>
        <translation>Order not found.</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="71"/>
        <source>название организации</source>
        <translation>organization name</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="72"/>
        <source>номер приказа</source>
        <translation>order number</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="73"/>
        <source>дата приказа</source>
        <translation>order date</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="74"/>
        <source>учебный год</source>
        <translation>school year</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="75"/>
        <source>руководитель, подписывающий приказ</source>
        <translation>head signing the order</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="76"/>
        <source>куратор наставничества</source>
        <translation>mentoring curator</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="77"/>
        <source>число пар и групп</source>
        <translation>number of pairs and groups</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="78"/>
        <source>срок индивидуальных планов (месяц от даты приказа)</source>
        <translation>deadline for individual plans (one month from the order date)</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="79"/>
        <source>повторяется для каждой пары/группы</source>
        <translation>repeated for each pair/group</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="80"/>
        <source>номер пары/группы по порядку</source>
        <translation>sequential number of the pair/group</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="81"/>
        <source>пара или группа</source>
        <translation>pair or group</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="82"/>
        <source>наставник и его должность</source>
        <translation>mentor and their job title</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="83"/>
        <source>наставляемые и их классы/категории</source>
        <translation>mentees and their classes/categories</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="84"/>
        <source>форма наставничества и ролевая модель</source>
        <translation>form of mentoring and role model</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="85"/>
        <source>начало и плановое окончание</source>
        <translation>start and planned end</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="86"/>
        <source>наставники для листа ознакомления, каждый один раз</source>
        <translation>mentors for the acknowledgement sheet, each listed once</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="128"/>
        <source>Шаблон приказа: %1</source>
        <translation>Order template: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="147"/>
        <source>Укажите номер приказа.</source>
        <translation>Enter the order number.</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="149"/>
        <source>Номер приказа длиннее 30 знаков.</source>
        <translation>The order number is longer than 30 characters.</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="151"/>
        <source>Укажите дату приказа.</source>
        <translation>Enter the order date.</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="153"/>
        <source>Дата приказа %1 — больше чем через год.</source>
        <translation>The order date %1 is more than a year away.</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="159"/>
        <source>Дата приказа %1 — вне %2 учебного года: приказ о закреплении пар издаётся с %3 по %4.</source>
        <translation>The order date %1 is outside the %2 school year: an order fixing the pairs is issued from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="164"/>
        <source>Приказ № %1 за %2 год уже есть.</source>
        <translation>Order No. %1 already exists for %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="139"/>
        <source>Нет пар и групп %1 учебного года без приказа: утвердите пары на странице «Подбор пар».</source>
        <translation>There are no pairs or groups of the %1 school year without an order: approve pairs on the “Matching” page.</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="173"/>
        <source>О закреплении наставнических пар/групп</source>
        <translation>On the assignment of mentoring pairs/groups</translation>
    </message>
</context>
<context>
    <name>OrderTemplateDialog</name>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="6"/>
        <source>Шаблон приказа</source>
        <translation>Order template</translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="11"/>
        <source>Текст приказа в HTML. Поля в двойных фигурных скобках программа заполнит сама; блок {{#pairs}} … {{/pairs}} повторится для каждой пары или группы.</source>
        <translation>The order text in HTML. The program fills in the fields in double curly braces by itself; the {{#pairs}} … {{/pairs}} block is repeated for each pair or group.</translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="18"/>
        <source>Текст шаблона</source>
        <translation>Template text</translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="23"/>
        <source>Поля шаблона</source>
        <translation>Template fields</translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="32"/>
        <source>&amp;Загрузить из файла…</source>
        <translation>&amp;Load from file…</translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="33"/>
        <source>&amp;Стандартный шаблон</source>
        <translation>&amp;Standard template</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderTemplateDialog.cpp" line="52"/>
        <source>Шаблон в порядке.</source>
        <translation>The template is fine.</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderTemplateDialog.cpp" line="60"/>
        <source>HTML и текст (*.html *.htm *.txt)</source>
        <translation>HTML and text (*.html *.htm *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderTemplateDialog.cpp" line="65"/>
        <source>Не удалось открыть %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="61"/>
        <source>%1 (группа)</source>
        <translation>%1 (group)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="68"/>
        <source>№ %1 от %2</source>
        <translation>No. %1 dated %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="71"/>
        <source>нет плана</source>
        <translation>no plan</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="71"/>
        <source>%1 % (%2/%3)</source>
        <translation>%1% (%2/%3)</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="83"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="84"/>
        <source>Наставник</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="85"/>
        <source>Наставляемые</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="86"/>
        <source>Форма</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="87"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="88"/>
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="89"/>
        <source>Окончание</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="90"/>
        <source>Приказ</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="91"/>
        <source>Встреч</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="92"/>
        <source>Последняя встреча</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="93"/>
        <source>План</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="94"/>
        <source>Требует внимания</source>
        <translation>Needs attention</translation>
    </message>
</context>
<context>
    <name>PairRepository</name>
    <message>
        <location filename="../../src/storage/PairRepository.cpp" line="65"/>
        <source>Пара или группа не найдена.</source>
        <translation>Pair or group not found.</translation>
    </message>
</context>
<context>
    <name>PairService</name>
    <message>
        <location filename="../../src/services/PairService.cpp" line="41"/>
        <source>Число дней без встреч — от 1 до 365.</source>
        <translation>The number of days without meetings must be from 1 to 365.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="91"/>
        <source>Шаблоны планов — не JSON: %1 (позиция %2).</source>
        <translation>The plan templates are not valid JSON: %1 (position %2).</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="103"/>
        <source>Шаблон плана № %1: нужны code и title.</source>
        <translation>Plan template #%1: code and title are required.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="110"/>
        <source>Шаблон «%1», пункт %2: нет мероприятия (activity).</source>
        <translation>Template “%1”, item %2: no activity (activity).</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="112"/>
        <source>Шаблон «%1», пункт %2: срок at должен быть от 0 до 1.</source>
        <translation>Template “%1”, item %2: the deadline at must be between 0 and 1.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="116"/>
        <source>Шаблон «%1» без пунктов.</source>
        <translation>Template “%1” has no items.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="120"/>
        <source>В файле нет ни одного шаблона плана (templates).</source>
        <translation>The file contains no plan templates (templates).</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="167"/>
        <source>Нет шаблона плана «%1».</source>
        <translation>There is no plan template “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="191"/>
        <source>Пункт плана %1: укажите мероприятие.</source>
        <translation>Plan item %1: enter an activity.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="193"/>
        <source>Пункт плана %1: дата выполнения %2 — в будущем.</source>
        <translation>Plan item %1: the completion date %2 is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="215"/>
        <source>У пары нет даты начала или планового окончания: встречи не от чего планировать.</source>
        <translation>The pair has no start date or planned end date: there is nothing to schedule the meetings from.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="244"/>
        <source>Встреча %1 не могла состояться раньше начала работы пары %2.</source>
        <translation>The meeting of %1 cannot have taken place before the pair began its work on %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="283"/>
        <source>Пара завершается со статусом «завершена» или «завершена досрочно».</source>
        <translation>A pair is closed with the status “completed” or “ended early”.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="285"/>
        <source>Укажите дату завершения.</source>
        <translation>Enter the completion date.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="287"/>
        <source>Дата завершения %1 раньше начала работы пары %2.</source>
        <translation>The completion date %1 is earlier than the start of the pair&apos;s work %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="289"/>
        <source>Дата завершения %1 — в будущем.</source>
        <translation>The completion date %1 is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="291"/>
        <source>Укажите причину досрочного завершения.</source>
        <translation>Enter the reason for ending early.</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="316"/>
        <source>ИНДИВИДУАЛЬНЫЙ ПЛАН РАЗВИТИЯ ПОД РУКОВОДСТВОМ НАСТАВНИКА</source>
        <translation>INDIVIDUAL DEVELOPMENT PLAN UNDER THE GUIDANCE OF A MENTOR</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="318"/>
        <location filename="../../src/services/PairService.cpp" line="339"/>
        <source>Наставник</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="318"/>
        <location filename="../../src/services/PairService.cpp" line="339"/>
        <source>Наставляемый</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="319"/>
        <source>Форма наставничества</source>
        <translation>Form of mentoring</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="321"/>
        <location filename="../../src/services/PairService.cpp" line="326"/>
        <source>Срок</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="323"/>
        <source>Цель</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="326"/>
        <source>Раздел / задача</source>
        <translation>Section / task</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="326"/>
        <source>Мероприятие</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="326"/>
        <source>Ожидаемый результат / форма отчётности</source>
        <translation>Expected result / reporting form</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="327"/>
        <source>Отметка о выполнении</source>
        <translation>Completion mark</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="330"/>
        <source>выполнено %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="331"/>
        <source>просрочено</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="338"/>
        <source>Выполнено</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PairWork</name>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="38"/>
        <source>%1 из %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="39"/>
        <source>не отмечено</source>
        <translation>not marked</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="45"/>
        <source>встреча-знакомство</source>
        <translation>introductory meeting</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="47"/>
        <source>пробная рабочая встреча</source>
        <translation>trial working meeting</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="49"/>
        <source>встреча-планирование</source>
        <translation>planning meeting</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="51"/>
        <source>регулярная встреча</source>
        <translation>regular meeting</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="53"/>
        <source>итоговая встреча</source>
        <translation>final meeting</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="55"/>
        <source>общее мероприятие</source>
        <translation>common event</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="62"/>
        <source>Укажите дату встречи.</source>
        <translation>Enter the meeting date.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="64"/>
        <source>Встреча %1 ещё не могла состояться: дата в будущем.</source>
        <translation>Meeting %1 cannot have taken place yet: the date is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="66"/>
        <source>Продолжительность встречи — от 0 до 600 минут.</source>
        <translation>The meeting duration must be from 0 to 600 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="68"/>
        <source>Неизвестный вид встречи «%1».</source>
        <translation>Unknown meeting kind “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="70"/>
        <source>Укажите тему общего мероприятия.</source>
        <translation>Enter the topic of the common event.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="72"/>
        <source>Присутствие отмечается на проведённой встрече: укажите дату проведения.</source>
        <translation>Attendance is marked for a meeting that has taken place: enter the date it was held.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="76"/>
        <source>Участник № %1 отмечен на встрече дважды.</source>
        <translation>Participant No. %1 is marked at the meeting twice.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="123"/>
        <source>Участник № %1 указан в паре дважды: наставник не может быть своим наставляемым.</source>
        <translation>Participant No. %1 is in the pair twice: a mentor cannot be their own mentee.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="130"/>
        <source>В паре или группе нет наставника.</source>
        <translation>The pair or group has no mentor.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="132"/>
        <source>В паре или группе нет ни одного наставляемого.</source>
        <translation>The pair or group has no mentee.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="142"/>
        <source>согласие на обработку ПДн отозвано: %n уч.</source>
        <translation>
            <numerusform>consent to personal data processing withdrawn: %n participant</numerusform>
            <numerusform>consent to personal data processing withdrawn: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="144"/>
        <source>нет действующего согласия на обработку ПДн: %n уч.</source>
        <translation>
            <numerusform>no valid consent to personal data processing: %n participant</numerusform>
            <numerusform>no valid consent to personal data processing: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="146"/>
        <source>согласие истекает в ближайшие %1 дн.: %n уч.</source>
        <translation>
            <numerusform>consent expires within %1 days: %n participant</numerusform>
            <numerusform>consent expires within %1 days: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="154"/>
        <source>нет встреч %n дн.</source>
        <translation>
            <numerusform>no meetings for %n day</numerusform>
            <numerusform>no meetings for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="155"/>
        <source>ни одной встречи за %n дн. с начала работы</source>
        <translation>
            <numerusform>no meeting in the %n day since the start</numerusform>
            <numerusform>no meeting in the %n days since the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="157"/>
        <source>просрочено пунктов плана: %n</source>
        <translation>
            <numerusform>%n plan item overdue</numerusform>
            <numerusform>%n plan items overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="159"/>
        <source>встреча-знакомство не состоялась (план — %1)</source>
        <translation>the introductory meeting has not taken place (planned for %1)</translation>
    </message>
</context>
<context>
    <name>PairsCommand</name>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="21"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ pairs list [--year ГОД] [--status S] [--attention] [--json]   пары и группы года
        S: forming, active, completed, ended_early; kurator-cli attention — то же, что list --attention
  kurator-cli --db ФАЙЛ pairs show ID                      карточка, план и встречи пары
  kurator-cli --db ФАЙЛ pairs plan ID [--template КОД [--replace]] [--out ФАЙЛ.pdf|.html]
        индивидуальный план: составить по шаблону, сохранить для печати
  kurator-cli --db ФАЙЛ pairs done ID ПУНКТ [--date ДАТА]   отметить пункт плана выполненным
  kurator-cli --db ФАЙЛ pairs meetings ID [--plan]         дневник встреч; --plan — запланировать
        стандартную последовательность от начала работы
  kurator-cli --db ФАЙЛ pairs meet ID --date ДАТА [--kind ВИД] [--minutes N] [--topic ТЕКСТ] [--outcome ТЕКСТ]
        записать состоявшуюся встречу (ВИД: intro, trial, planning, regular, final)
  kurator-cli --db ФАЙЛ pairs close ID --date ДАТА [--early --reason ТЕКСТ] [--results ТЕКСТ] [--case ССЫЛКА]
  kurator-cli --db ФАЙЛ pairs templates [--set ФАЙЛ.json | --reset]   шаблоны планов
  kurator-cli --db ФАЙЛ pairs quiet-days [N]               порог «нет встреч N дней»
</source>
        <translation>Usage:
  kurator-cli --db FILE pairs list [--year YEAR] [--status S] [--attention] [--json]   pairs and groups of the year
        S: forming, active, completed, ended_early; kurator-cli attention is the same as list --attention
  kurator-cli --db FILE pairs show ID                      a pair&apos;s card, plan and meetings
  kurator-cli --db FILE pairs plan ID [--template CODE [--replace]] [--out FILE.pdf|.html]
        individual plan: create it from a template, save it for printing
  kurator-cli --db FILE pairs done ID ITEM [--date DATE]   mark a plan item as done
  kurator-cli --db FILE pairs meetings ID [--plan]         meeting log; --plan schedules
        the standard sequence from the start of work
  kurator-cli --db FILE pairs meet ID --date DATE [--kind KIND] [--minutes N] [--topic TEXT] [--outcome TEXT]
        record a meeting that took place (KIND: intro, trial, planning, regular, final)
  kurator-cli --db FILE pairs close ID --date DATE [--early --reason TEXT] [--results TEXT] [--case LINK]
  kurator-cli --db FILE pairs templates [--set FILE.json | --reset]   plan templates
  kurator-cli --db FILE pairs quiet-days [N]               “no meetings for N days” threshold
</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="43"/>
        <source>встреч %1, план %2/%3</source>
        <translation>meetings %1, plan %2/%3</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="77"/>
        <source>Группа</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="77"/>
        <source>Пара</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="78"/>
        <source>Наставник: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="79"/>
        <source>Наставляемые: %1</source>
        <translation>Mentees: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="80"/>
        <source>Форма: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="82"/>
        <source>Срок: %1 – %2</source>
        <translation>Term: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="84"/>
        <source>Приказ № %1 от %2</source>
        <translation>Order No. %1 dated %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="86"/>
        <source>Причина завершения: %1</source>
        <translation>Reason for ending: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="88"/>
        <source>Результаты: %1</source>
        <translation>Results: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="90"/>
        <source>План: выполнено %1 из %2 (%3 %), просрочено %4</source>
        <translation>Plan: %1 of %2 done (%3%), %4 overdue</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="97"/>
        <source>Встречи:</source>
        <translation>Meetings:</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="100"/>
        <source>состоялась %1</source>
        <translation>held %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="101"/>
        <source>план %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="109"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="109"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="110"/>
        <source>Только требующие внимания.</source>
        <translation>Only those needing attention.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="111"/>
        <source>Статус пар.</source>
        <translation>Status of the pairs.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="112"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="113"/>
        <source>Шаблон плана.</source>
        <translation>Plan template.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="113"/>
        <source>КОД</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="114"/>
        <source>Заменить пункты плана.</source>
        <translation>Replace the plan items.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="115"/>
        <source>Куда записать план.</source>
        <translation>Where to write the plan.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="115"/>
        <location filename="../../src/cli/PairsCommand.cpp" line="126"/>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="116"/>
        <source>Дата.</source>
        <translation>Date.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="116"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="117"/>
        <source>Запланировать встречи.</source>
        <translation>Schedule the meetings.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="118"/>
        <source>Вид встречи.</source>
        <translation>Meeting kind.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="118"/>
        <source>ВИД</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="119"/>
        <source>Продолжительность.</source>
        <translation>Duration.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="120"/>
        <source>Тема.</source>
        <translation>Topic.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="120"/>
        <location filename="../../src/cli/PairsCommand.cpp" line="121"/>
        <location filename="../../src/cli/PairsCommand.cpp" line="123"/>
        <location filename="../../src/cli/PairsCommand.cpp" line="124"/>
        <source>ТЕКСТ</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="121"/>
        <source>Итог.</source>
        <translation>Outcome.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="122"/>
        <source>Досрочно.</source>
        <translation>Ended early.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="123"/>
        <source>Причина.</source>
        <translation>Reason.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="124"/>
        <source>Результаты.</source>
        <translation>Results.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="125"/>
        <source>Ссылка на кейс.</source>
        <translation>Link to the case.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="125"/>
        <source>ССЫЛКА</source>
        <translation>LINK</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="126"/>
        <source>Свои шаблоны планов.</source>
        <translation>Custom plan templates.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="127"/>
        <source>Вернуть стандартные шаблоны.</source>
        <translation>Restore the standard templates.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="143"/>
        <source>Номер пары должен быть числом: %1</source>
        <translation>The pair number must be a number: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="170"/>
        <source>Статус — forming, active, completed или ended_early: %1</source>
        <translation>The status is forming, active, completed or ended_early: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="181"/>
        <source>Стандартные шаблоны планов восстановлены.</source>
        <translation>The standard plan templates have been restored.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="185"/>
        <source>Не удалось открыть %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="186"/>
        <source>Шаблоны планов сохранены.</source>
        <translation>Plan templates saved.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="197"/>
        <source>Порог без встреч: %1 дн.</source>
        <translation>No-meeting threshold: %1 days.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="210"/>
        <source>У пары уже есть план; --replace заменит его пункты пунктами шаблона.</source>
        <translation>The pair already has a plan; --replace will replace its items with the template&apos;s items.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="216"/>
        <source>План составлен по шаблону: пунктов %1.</source>
        <translation>Plan created from the template: %1 items.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="222"/>
        <source>Индивидуальный план</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="234"/>
        <source>В плане пары нет пункта %1 (пунктов: %2).</source>
        <translation>The pair&apos;s plan has no item %1 (items: %2).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="237"/>
        <source>Пункт %1 выполнен %2.</source>
        <translation>Item %1 marked as done on %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="244"/>
        <source>Запланировано встреч: %1.</source>
        <translation>Meetings scheduled: %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="251"/>
        <source>Укажите --date: когда встреча состоялась.</source>
        <translation>Specify --date: when the meeting took place.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="276"/>
        <source>Встреча записана: %1, %2.</source>
        <translation>Meeting recorded: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="281"/>
        <source>Укажите --date: день завершения.</source>
        <translation>Specify --date: the day the work ended.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="288"/>
        <source>Пара №%1: %2 %3.</source>
        <translation>Pair #%1: %2 %3.</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <location filename="../../ui/PairsView.ui" line="13"/>
        <location filename="../../ui/PairsView.ui" line="35"/>
        <source>Пары и группы</source>
        <translation>Pairs and groups</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="18"/>
        <source>Статус пар</source>
        <translation>Pair status</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="19"/>
        <source>Только &amp;требующие внимания</source>
        <translation>Only &amp;needing attention</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="20"/>
        <source>Без встреч дольше:</source>
        <translation>No meetings for longer than:</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="21"/>
        <source> дн.</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="21"/>
        <source>Дней без встреч до отметки «требует внимания»</source>
        <translation>Days without meetings before a pair is marked “needs attention”</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="22"/>
        <source>Поиск пар и групп</source>
        <translation>Search pairs and groups</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="22"/>
        <source>Поиск по фамилии (Ctrl+F)</source>
        <translation>Search by surname (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="24"/>
        <source>Про&amp;грамма…</source>
        <translation>Pro&amp;gramme…</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="24"/>
        <source>Прикрепить пару к программе наставничества</source>
        <translation>Attach the pair to a mentoring programme</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="25"/>
        <source>&amp;Завершить…</source>
        <translation>&amp;Finish…</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="25"/>
        <source>Завершить работу пары: итоги, ссылка на кейс</source>
        <translation>Finish the pair&apos;s work: results, link to the case</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="41"/>
        <source>Разделы пары</source>
        <translation>Pair sections</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="43"/>
        <source>Карточка</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="45"/>
        <source>Карточка пары</source>
        <translation>Pair card</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="49"/>
        <location filename="../../src/gui/PairsView.cpp" line="224"/>
        <location filename="../../src/gui/PairsView.cpp" line="244"/>
        <location filename="../../src/gui/PairsView.cpp" line="245"/>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="40"/>
        <source>Индивидуальный план</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="53"/>
        <source>По &amp;шаблону…</source>
        <translation>From &amp;template…</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="54"/>
        <source>&amp;Добавить пункт</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="55"/>
        <source>&amp;Удалить пункт</source>
        <translation>&amp;Delete item</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="58"/>
        <source>Сохранить &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="59"/>
        <source>&amp;Печать…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="62"/>
        <source>Пункты плана</source>
        <translation>Plan items</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="66"/>
        <source>Встречи</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="70"/>
        <source>&amp;Запланировать последовательность</source>
        <translation>&amp;Schedule the sequence</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="70"/>
        <source>Знакомство, пробная встреча, планирование, регулярные встречи и итоговая — от даты начала</source>
        <translation>Introductory, trial, planning, regular and final meetings — from the start date</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="71"/>
        <source>&amp;Новая встреча</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="72"/>
        <source>&amp;Состоялась сегодня</source>
        <translation>&amp;Held today</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="73"/>
        <source>П&amp;рисутствие…</source>
        <translation>A&amp;ttendance…</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="73"/>
        <source>Кто из участников пары был на встрече</source>
        <translation>Which of the pair&apos;s participants attended the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="74"/>
        <source>Уд&amp;алить встречу</source>
        <translation>De&amp;lete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="78"/>
        <source>Встречи пары</source>
        <translation>Pair meetings</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="82"/>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="84"/>
        <source>История изменений пары</source>
        <translation>Pair change history</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="48"/>
        <source>Все статусы</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="69"/>
        <source>Порог дней без встреч</source>
        <translation>Threshold of days without meetings</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="140"/>
        <source>%1 учебный год: пар и групп — %2, работают — %3, требуют внимания — %4.</source>
        <translation>%1 school year: pairs and groups — %2, active — %3, needing attention — %4.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="159"/>
        <source>&lt;p&gt;Выберите пару или группу в списке.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a pair or group in the list.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="169"/>
        <source>Группа</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="169"/>
        <source>Пара</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="171"/>
        <source>Наставник</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="171"/>
        <source>Наставляемые</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="172"/>
        <source>Форма</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="174"/>
        <source>Срок</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="176"/>
        <source>Программа</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="177"/>
        <source>Приказ</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="178"/>
        <source>ещё не издан</source>
        <translation>not issued yet</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="179"/>
        <source>№ %1 от %2</source>
        <translation>No. %1 dated %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="181"/>
        <source>Причина завершения</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="183"/>
        <source>Результаты</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="185"/>
        <source>Кейс</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="188"/>
        <source>Требует внимания</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="194"/>
        <source>Плана ещё нет.</source>
        <translation>There is no plan yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="195"/>
        <source>Выполнено %1 % (%2 из %3), просрочено: %4</source>
        <translation>Done %1% (%2 of %3), overdue: %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="202"/>
        <source>&lt;p&gt;Изменений не было.&lt;/p&gt;</source>
        <translation>&lt;p&gt;There have been no changes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="52"/>
        <source>Встреча</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="66"/>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="71"/>
        <source>План по шаблону</source>
        <translation>Plan from template</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="66"/>
        <source>Шаблон плана:</source>
        <translation>Plan template:</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="71"/>
        <source>Заменить пункты плана пунктами шаблона? Это можно отменить.</source>
        <translation>Replace the plan items with the template&apos;s items? This can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="87"/>
        <source>Новое мероприятие</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="115"/>
        <source>Все встречи стандартной последовательности уже есть в дневнике.</source>
        <translation>All meetings of the standard sequence are already in the log.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="123"/>
        <source>Планирование встреч</source>
        <translation>Schedule meetings</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="152"/>
        <source>Новая встреча</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="184"/>
        <source>наставник</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="184"/>
        <source>наставляемый</source>
        <translation>mentee</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="186"/>
        <source>Присутствие: %1</source>
        <translation>Attendance: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="206"/>
        <source>Удаление встречи</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="222"/>
        <source>Завершение пары</source>
        <translation>Finish pair</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="234"/>
        <source>Программ наставничества ещё нет: заведите их в «Файл › Программы наставничества…».</source>
        <translation>There are no mentoring programmes yet: create them in “File › Mentoring programmes…”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="237"/>
        <source>— без программы —</source>
        <translation>— no programme —</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="245"/>
        <source>Программа наставничества</source>
        <translation>Mentoring programme</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="245"/>
        <source>Программа пары:</source>
        <translation>Programme of the pair:</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="257"/>
        <source>Программа пары</source>
        <translation>Programme of the pair</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="230"/>
        <source>Сохранить план</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="231"/>
        <source>Индивидуальный план, пара %1.pdf</source>
        <translation>Individual plan, pair %1.pdf</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="231"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="14"/>
        <source>Партнёрская организация</source>
        <translation>Partner organization</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="25"/>
        <source>&amp;Название:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="41"/>
        <source>например, АО «Завод „Прогресс“»</source>
        <translation>e.g. JSC “Progress Plant”</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="48"/>
        <source>&amp;Тип:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="61"/>
        <source>Но&amp;мер договора:</source>
        <translation>Agreement n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="74"/>
        <source>&amp;Дата договора:</source>
        <translation>Agreement &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="96"/>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="103"/>
        <source>&amp;Контактное лицо:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="113"/>
        <source>Фамилия Имя Отчество, должность</source>
        <translation>Surname First name Patronymic, job title</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="120"/>
        <source>Теле&amp;фон:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="130"/>
        <source>+7 900 123-45-67</source>
        <translation>+7 900 123-45-67</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="137"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="147"/>
        <source>name@example.ru</source>
        <translation>name@example.ru</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="154"/>
        <source>&amp;Адрес:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="167"/>
        <source>&amp;Примечания:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../src/gui/PartnerDialog.cpp" line="13"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/PartnerDialog.cpp" line="14"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/PartnerDialog.cpp" line="26"/>
        <source>Изменить организацию</source>
        <translation>Edit organization</translation>
    </message>
    <message>
        <location filename="../../src/gui/PartnerDialog.cpp" line="71"/>
        <source>Дата договора</source>
        <translation>Agreement date</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="15"/>
        <source>Укажите название организации.</source>
        <translation>Enter the organization name.</translation>
    </message>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="17"/>
        <source>Дата договора ещё не наступила.</source>
        <translation>The agreement date is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="19"/>
        <source>Телефон «%1» не похож на российский номер: ожидается +7 и 10 цифр.</source>
        <translation>Phone “%1” does not look like a Russian number: +7 and 10 digits expected.</translation>
    </message>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="21"/>
        <source>Адрес e-mail «%1» записан неверно.</source>
        <translation>E-mail address “%1” is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="72"/>
        <source>Организацию нельзя удалить: на неё уже ссылаются другие записи.</source>
        <translation>The organization cannot be deleted: other records already refer to it.</translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="38"/>
        <source>Подтвердить: удаление необратимо.</source>
        <translation>Confirm: the removal cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="40"/>
        <source>Сделать свежую резервную копию и удалить все прежние: в них остаются удалённые данные.</source>
        <translation>Make a fresh backup and delete all earlier ones: they still hold the removed data.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="42"/>
        <source>Удалить персональные данные участника.</source>
        <translation>Remove a participant&apos;s personal data.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="43"/>
        <source>Номер участника (people list --json).</source>
        <translation>The participant&apos;s number (people list --json).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="45"/>
        <source>Использование: kurator-cli --db ФАЙЛ people forget ID --yes [--purge-backups]
Удаляет ФИО, контакты, заметки, ответы анкет и законных представителей участника и его имя из текстов пар, планов, встреч и приказов; категория, дата рождения, класс, стаж, согласия и участие в парах остаются без имени, так что отчёты за прошлые периоды не меняются.</source>
        <translation>Usage: kurator-cli --db FILE people forget ID --yes [--purge-backups]
Removes the participant&apos;s name, contacts, notes, questionnaire answers and legal representatives, and the name from the texts of pairs, plans, meetings and orders; category, birth date, class, experience, consents and pair membership stay without the name, so reports of past periods do not change.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="56"/>
        <source>Удаление персональных данных необратимо: повторите команду с --yes.</source>
        <translation>Removing personal data cannot be undone: repeat the command with --yes.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="63"/>
        <source>Персональные данные удалены; теперь это «%1».</source>
        <translation>Personal data removed; this is now “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PeopleCommand.cpp" line="65"/>
        <source>Удалены и законные представители: %n.</source>
        <translation>
            <numerusform>Legal representatives removed as well: %n.</numerusform>
            <numerusform>Legal representatives removed as well: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PeopleCommand.cpp" line="66"/>
        <source>Имя стёрто из текстов: %n.</source>
        <translation>
            <numerusform>Name erased from texts: %n.</numerusform>
            <numerusform>Name erased from texts: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PeopleCommand.cpp" line="72"/>
        <source>Прежних резервных копий удалено: %n; сделана новая.</source>
        <translation>
            <numerusform>Earlier backups deleted: %n; a new one was made.</numerusform>
            <numerusform>Earlier backups deleted: %n; a new one was made.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="74"/>
        <source>В резервных копиях (%1) данные остаются, пока копии не сменятся: удалить их — --purge-backups.</source>
        <translation>The backups (%1) keep the data until they are replaced: to delete them, use --purge-backups.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="85"/>
        <source>Часть ФИО (регистр и ё/е не важны).</source>
        <translation>Part of the full name (case and ё/е are ignored).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="87"/>
        <source>Категория: pupil, teacher, parent, graduate, student, employer (или по-русски: обучающийся, педагог…).</source>
        <translation>Category: pupil, teacher, parent, graduate, student, employer (or in Russian: обучающийся, педагог…).</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="89"/>
        <source>active или archived.</source>
        <translation>active or archived.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="90"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="92"/>
        <source>Показать список участников.</source>
        <translation>Show the list of participants.</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="94"/>
        <source>Использование: kurator-cli --db ФАЙЛ people list [--search ТЕКСТ] [--category К] [--status S] [--json]
       kurator-cli --db ФАЙЛ people forget ID --yes [--purge-backups]</source>
        <translation>Usage: kurator-cli --db FILE people list [--search TEXT] [--category C] [--status S] [--json]
       kurator-cli --db FILE people forget ID --yes [--purge-backups]</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="107"/>
        <source>Неизвестная категория: %1</source>
        <translation>Unknown category: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="112"/>
        <source>Неизвестный статус: %1 (ожидается active или archived)</source>
        <translation>Unknown status: %1 (active or archived expected)</translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="131"/>
        <source>Всего: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="24"/>
        <source>Законный представитель: %1</source>
        <translation>Legal representative: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="30"/>
        <location filename="../../src/services/PeopleService.cpp" line="83"/>
        <source>Участник не найден: возможно, его уже удалили.</source>
        <translation>Participant not found: it may have already been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="136"/>
        <source>Участника нельзя удалить: на него уже ссылаются другие записи.</source>
        <translation>The participant cannot be deleted: other records already refer to them.</translation>
    </message>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="183"/>
        <source>Участник не найден.</source>
        <translation>Participant not found.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="5"/>
        <source>Участник</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="12"/>
        <source>Сведения об участнике</source>
        <translation>Participant details</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="14"/>
        <source>&amp;Фамилия*:</source>
        <translation>&amp;Surname*:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="16"/>
        <source>&amp;Имя*:</source>
        <translation>&amp;First name*:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="18"/>
        <source>&amp;Отчество:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="20"/>
        <source>По&amp;л:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="22"/>
        <source>Дата &amp;рождения:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="23"/>
        <location filename="../../ui/PersonDialog.ui" line="31"/>
        <location filename="../../ui/PersonDialog.ui" line="73"/>
        <location filename="../../ui/PersonDialog.ui" line="77"/>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="24"/>
        <source>&amp;Категория*:</source>
        <translation>&amp;Category*:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="26"/>
        <source>К&amp;ласс:</source>
        <translation>C&amp;lass:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="27"/>
        <source>например, 7Б</source>
        <translation>e.g. 7B</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="28"/>
        <source>&amp;Должность:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="30"/>
        <source>Педагогический &amp;стаж с:</source>
        <translation>&amp;Teaching experience since:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="32"/>
        <source>&amp;Место работы / учёбы:</source>
        <translation>Place of &amp;work / study:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="34"/>
        <source>Организация-&amp;партнёр:</source>
        <translation>Partner &amp;organization:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="36"/>
        <source>&amp;Год выпуска:</source>
        <translation>&amp;Graduation year:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="37"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="33"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="38"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="38"/>
        <source>&amp;Телефон:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="39"/>
        <location filename="../../ui/PersonDialog.ui" line="62"/>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="41"/>
        <source>name@example.ru</source>
        <translation>name@example.ru</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="49"/>
        <source>Законный представитель (для несовершеннолетних)</source>
        <translation>Legal representative (for minors)</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="51"/>
        <source>Указаны:</source>
        <translation>On record:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="53"/>
        <source>Фамилия:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="55"/>
        <source>Имя:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="57"/>
        <source>Отчество:</source>
        <translation>Patronymic:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="59"/>
        <source>Кем приходится:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="61"/>
        <source>Телефон:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="68"/>
        <source>Согласие на обработку персональных данных</source>
        <translation>Consent to personal data processing</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="70"/>
        <source>Состояние:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="72"/>
        <source>Дата подписания:</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="74"/>
        <source>Действует до:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="75"/>
        <source>дд.мм.гггг (пусто — бессрочно)</source>
        <translation>dd.mm.yyyy (empty — no expiry)</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="76"/>
        <source>Отозвано:</source>
        <translation>Withdrawn:</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="83"/>
        <source>Особые группы</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="88"/>
        <location filename="../../ui/PersonDialog.ui" line="89"/>
        <source>Заметки</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="17"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="18"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="20"/>
        <source>Новый участник</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="25"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="26"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="100"/>
        <source>нет</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="34"/>
        <source>мужской</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="35"/>
        <source>женский</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>мать</source>
        <translation>mother</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>отец</source>
        <translation>father</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>опекун</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>попечитель</source>
        <translation>custodian</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>другое</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="68"/>
        <source>Участник: %1</source>
        <translation>Participant: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="134"/>
        <source>Законный представитель: укажите фамилию и имя.</source>
        <translation>Legal representative: enter the surname and first name.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="146"/>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="151"/>
        <source>Педагогический стаж</source>
        <translation>Teaching experience</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="167"/>
        <source>Дата согласия</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="168"/>
        <source>Согласие действует до</source>
        <translation>Consent valid until</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="169"/>
        <source>Согласие отозвано</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="176"/>
        <source>Согласие: укажите дату подписания.</source>
        <translation>Consent: enter the date it was signed.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="33"/>
        <source>Начните вводить фамилию, имя или класс</source>
        <translation>Start typing a surname, first name or class</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="35"/>
        <source>Участник</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="71"/>
        <source>Участника записи изменить нельзя: для другого участника добавьте новую запись.</source>
        <translation>The participant of a record cannot be changed: add a new record for another participant.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="167"/>
        <source>участник № %1 не найден</source>
        <translation>participant #%1 not found</translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="168"/>
        <source>%1 (в архиве)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="62"/>
        <source>Дата рождения %1 ещё не наступила.</source>
        <translation>Date of birth %1 is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="63"/>
        <source>Дата рождения %1 невозможна.</source>
        <translation>Date of birth %1 is impossible.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="66"/>
        <source>Дата начала педагогического стажа ещё не наступила.</source>
        <translation>The start date of teaching experience is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="68"/>
        <source>Педагогический стаж не может начаться раньше 14 лет.</source>
        <translation>Teaching experience cannot start before the age of 14.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="76"/>
        <source>Для обучающегося укажите класс.</source>
        <translation>Enter the class for a pupil.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="78"/>
        <source>Класс «%1» не распознан: ожидается номер 1–11 и буква, например 7Б.</source>
        <translation>Class “%1” is not recognized: a number 1–11 and a letter are expected, e.g. 7B.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="81"/>
        <source>Участник несовершеннолетний: укажите законного представителя.</source>
        <translation>The participant is a minor: enter a legal representative.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="88"/>
        <source>Укажите фамилию.</source>
        <translation>Enter the surname.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="90"/>
        <source>Укажите имя.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="92"/>
        <source>Для обучающегося укажите дату рождения.</source>
        <translation>Enter the date of birth for a pupil.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="96"/>
        <source>Телефон «%1» не похож на российский номер: ожидается +7 и 10 цифр.</source>
        <translation>Phone “%1” does not look like a Russian number: +7 and 10 digits expected.</translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="98"/>
        <source>Адрес e-mail «%1» записан неверно.</source>
        <translation>E-mail address “%1” is invalid.</translation>
    </message>
</context>
<context>
    <name>PlanItemModel</name>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="39"/>
        <source>Просрочено: срок %1</source>
        <translation>Overdue: deadline %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="47"/>
        <source>выполнено</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="68"/>
        <source>«%1» — не дата: нужна дата вида дд.мм.гггг.</source>
        <translation>“%1” is not a date: a date in the form dd.mm.yyyy is required.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="80"/>
        <source>Мероприятие пункта плана не может быть пустым.</source>
        <translation>The activity of a plan item cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="105"/>
        <source>Раздел / задача</source>
        <translation>Section / task</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="106"/>
        <source>Мероприятие</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="107"/>
        <source>Срок</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="108"/>
        <source>Ожидаемый результат</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="109"/>
        <source>Выполнено</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="110"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="111"/>
        <source>Комментарий</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/gui/modules/Printing.cpp" line="16"/>
        <source>Печать недоступна: %1. Сохраните документ в PDF и напечатайте его из программы просмотра.</source>
        <translation>Printing is unavailable: %1. Save the document as PDF and print it from a PDF viewer.</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <location filename="../../src/services/ProfileService.cpp" line="19"/>
        <source>Число наставляемых не может быть отрицательным.</source>
        <translation>The number of mentees cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/services/ProfileService.cpp" line="21"/>
        <source>Желаемый возраст наставляемых не может быть отрицательным.</source>
        <translation>The preferred age of mentees cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/services/ProfileService.cpp" line="23"/>
        <source>Желаемый возраст: «от» больше, чем «до».</source>
        <translation>Preferred age: “from” is greater than “to”.</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <location filename="../../src/storage/ProgrammeRepository.cpp" line="63"/>
        <source>Программа не найдена.</source>
        <translation>Programme not found.</translation>
    </message>
</context>
<context>
    <name>ProgrammeService</name>
    <message>
        <location filename="../../src/services/ProgrammeService.cpp" line="15"/>
        <source>Укажите наименование программы.</source>
        <translation>Enter the title of the programme.</translation>
    </message>
    <message>
        <location filename="../../src/services/ProgrammeService.cpp" line="17"/>
        <source>Период программы: окончание %1 раньше начала %2.</source>
        <translation>Programme period: the end %1 is before the start %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/ProgrammeService.cpp" line="21"/>
        <source>Ссылка на публикацию «%1» — не адрес сайта (нужно http:// или https://).</source>
        <translation>The publication link “%1” is not a web address (http:// or https:// is needed).</translation>
    </message>
    <message>
        <location filename="../../src/services/ProgrammeService.cpp" line="62"/>
        <source>К программе «%1» прикреплены пары и группы (%2): сначала открепите их.</source>
        <translation>Pairs and groups (%2) are attached to the programme “%1”: detach them first.</translation>
    </message>
</context>
<context>
    <name>ProgrammesCommand</name>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="15"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ programmes list                       программы наставничества
  kurator-cli --db ФАЙЛ programmes show ID                    карточка программы
  kurator-cli --db ФАЙЛ programmes add --title НАЗВАНИЕ [ПОЛЯ]   новая программа
  kurator-cli --db ФАЙЛ programmes edit ID [ПОЛЯ]             изменить карточку
  kurator-cli --db ФАЙЛ programmes remove ID
  kurator-cli --db ФАЙЛ programmes attach ID_ПАРЫ ID | detach ID_ПАРЫ
ПОЛЯ: --title, --audience, --from ДАТА, --to ДАТА, --goals, --tasks, --selection, --training,
--monitoring, --motivation, --expected, --partners, --results, --link.
</source>
        <translation>Usage:
  kurator-cli --db FILE programmes list                       mentoring programmes
  kurator-cli --db FILE programmes show ID                    a programme&apos;s card
  kurator-cli --db FILE programmes add --title TITLE [FIELDS]   new programme
  kurator-cli --db FILE programmes edit ID [FIELDS]             change the card
  kurator-cli --db FILE programmes remove ID
  kurator-cli --db FILE programmes attach PAIR_ID ID | detach PAIR_ID
FIELDS: --title, --audience, --from DATE, --to DATE, --goals, --tasks, --selection, --training,
--monitoring, --motivation, --expected, --partners, --results, --link.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="34"/>
        <source>Наименование</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="35"/>
        <source>Целевая аудитория</source>
        <translation>Target audience</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="36"/>
        <source>Цель</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="37"/>
        <source>Задачи</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="38"/>
        <source>Отбор наставников</source>
        <translation>Selection of mentors</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="39"/>
        <source>Обучение наставников</source>
        <translation>Training of mentors</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="40"/>
        <source>Мониторинг и оценка</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="41"/>
        <source>Мотивация наставников</source>
        <translation>Motivation of mentors</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="42"/>
        <source>Ожидаемые результаты</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="43"/>
        <source>Партнёры</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="44"/>
        <source>Фактические результаты</source>
        <translation>Actual results</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="45"/>
        <source>Публикация</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="54"/>
        <source>ТЕКСТ</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="55"/>
        <source>Начало периода.</source>
        <translation>Start of the period.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="55"/>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="56"/>
        <source>ДАТА</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="56"/>
        <source>Окончание периода.</source>
        <translation>End of the period.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="77"/>
        <source>пар и групп: %1</source>
        <translation>pairs and groups: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="83"/>
        <source>Программы %1 нет.</source>
        <translation>There is no programme %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="95"/>
        <source>Период: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="99"/>
        <source>Пар и групп: %1</source>
        <translation>Pairs and groups: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="114"/>
        <source>Программа сохранена: №%1.</source>
        <translation>Programme saved: No. %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="6"/>
        <source>Программы наставничества</source>
        <translation>Mentoring programmes</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="14"/>
        <source>Программы</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="17"/>
        <source>&amp;Новая</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="18"/>
        <source>&amp;Удалить</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="27"/>
        <source>&amp;Наименование*:</source>
        <translation>&amp;Title*:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="28"/>
        <source>Наименование программы</source>
        <translation>Programme title</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="29"/>
        <source>Целевая &amp;аудитория:</source>
        <translation>Target &amp;audience:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="30"/>
        <source>Целевая аудитория</source>
        <translation>Target audience</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="31"/>
        <source>Период &amp;с:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="32"/>
        <source>Начало периода</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="32"/>
        <location filename="../../ui/ProgrammesDialog.ui" line="34"/>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="33"/>
        <source>Период п&amp;о:</source>
        <translation>Period &amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="34"/>
        <source>Окончание периода</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="35"/>
        <source>&amp;Форма наставничества:</source>
        <translation>&amp;Form of mentoring:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="36"/>
        <source>Форма наставничества</source>
        <translation>Form of mentoring</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="37"/>
        <source>&amp;Цель:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="38"/>
        <source>Цель программы</source>
        <translation>Goal of the programme</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="39"/>
        <source>&amp;Задачи:</source>
        <translation>Tas&amp;ks:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="40"/>
        <source>Задачи программы</source>
        <translation>Tasks of the programme</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="41"/>
        <source>Отбор на&amp;ставников:</source>
        <translation>&amp;Selection of mentors:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="42"/>
        <source>Система отбора наставников</source>
        <translation>System of selecting mentors</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="43"/>
        <source>О&amp;бучение наставников:</source>
        <translation>Tr&amp;aining of mentors:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="44"/>
        <source>Система обучения наставников</source>
        <translation>System of training mentors</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="45"/>
        <source>&amp;Мониторинг и оценка:</source>
        <translation>&amp;Monitoring and evaluation:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="46"/>
        <source>Система мониторинга и оценки</source>
        <translation>System of monitoring and evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="47"/>
        <source>Мот&amp;ивация наставников:</source>
        <translation>Mot&amp;ivation of mentors:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="48"/>
        <source>Система мотивации наставников</source>
        <translation>System of motivating mentors</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="49"/>
        <source>&amp;Ожидаемые результаты:</source>
        <translation>&amp;Expected results:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="50"/>
        <source>Ожидаемые результаты</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="51"/>
        <source>&amp;Партнёры:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="52"/>
        <source>Партнёры</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="53"/>
        <source>Факти&amp;ческие результаты:</source>
        <translation>Act&amp;ual results:</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="54"/>
        <source>Фактические результаты</source>
        <translation>Actual results</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="55"/>
        <source>Пу&amp;бликация (ссылка):</source>
        <translation>Pu&amp;blication (link):</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="56"/>
        <source>Ссылка на публикацию</source>
        <translation>Link to the publication</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="56"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="62"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="67"/>
        <source>&amp;Сохранить</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="68"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProgrammesDialog.cpp" line="13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProgrammesDialog.cpp" line="78"/>
        <source>Прикреплено пар и групп: %1</source>
        <translation>Pairs and groups attached: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProgrammesDialog.cpp" line="78"/>
        <source>Новая программа</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProgrammesDialog.cpp" line="109"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/app/main.cpp" line="53"/>
        <location filename="../../src/app/main.cpp" line="58"/>
        <source>Куратор наставничества</source>
        <translation>Mentoring Curator</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="61"/>
        <source>Файл базы.</source>
        <translation>Database file.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="62"/>
        <source>Открыть демонстрационную школу.</source>
        <translation>Open the demo school.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="64"/>
        <source>Закрыться сразу после показа окна.</source>
        <translation>Quit right after the window is shown.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="66"/>
        <source>Сохранить снимок окна и закрыться.</source>
        <translation>Save a screenshot of the window and quit.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="69"/>
        <source>Выполнить действие окна перед снимком.</source>
        <translation>Perform a window action before taking the screenshot.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="73"/>
        <source>Муниципальный сервер PostgreSQL.</source>
        <translation>Municipal PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="76"/>
        <source>Показать начальный экран.</source>
        <translation>Show the welcome screen.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="80"/>
        <source>База школы, которую открыть, или таблица для импорта.</source>
        <translation>A school database to open, or a table to import.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="81"/>
        <source>[ФАЙЛ]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="142"/>
        <source>Куратор</source>
        <translation>Kurator</translation>
    </message>
</context>
<context>
    <name>QuestionnaireImport</name>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="24"/>
        <source>Дата заполнения</source>
        <translation>Date filled in</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="25"/>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="26"/>
        <source>Фамилия</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="27"/>
        <source>Отчество</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="28"/>
        <source>Имя</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="29"/>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="30"/>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="31"/>
        <source>Категория</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="32"/>
        <source>Должность</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="33"/>
        <source>Место работы или учёбы</source>
        <translation>Place of work or study</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="34"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="35"/>
        <source>Электронная почта</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="36"/>
        <source>Кого выбирает в пару</source>
        <translation>Preferred partner</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="37"/>
        <source>Запрос</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="38"/>
        <source>Проблемы</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="39"/>
        <source>Компетенции</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="40"/>
        <source>Достижения</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="41"/>
        <source>Интересы</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="42"/>
        <source>Желаемый возраст наставляемых</source>
        <translation>Preferred age of mentees</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="43"/>
        <source>Сколько наставляемых</source>
        <translation>Number of mentees</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="44"/>
        <source>Временной ресурс</source>
        <translation>Time available</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="45"/>
        <source>Форма наставничества</source>
        <translation>Form of mentoring</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="46"/>
        <source>Удобное время встреч</source>
        <translation>Convenient meeting times</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="176"/>
        <source>не объект JSON: %1</source>
        <translation>not a JSON object: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="184"/>
        <source>неизвестное поле «%1» у столбца «%2».</source>
        <translation>unknown field “%1” for the column “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="391"/>
        <source>строка %1: «%2» — нет такого участника или их несколько</source>
        <translation>row %1: “%2” — no such participant, or more than one</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="449"/>
        <source>Импорт отменён: ничего не записано.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="459"/>
        <source>строка %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="460"/>
        <source>Ничего не импортировано: в файле есть строки с ошибками.
%1</source>
        <translation>Nothing imported: the file has rows with errors.
%1</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="481"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="486"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="494"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="496"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="525"/>
        <source>Строка %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireImportDialog</name>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="6"/>
        <source>Импорт анкет</source>
        <translation>Import questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="17"/>
        <source>&amp;Файл:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="20"/>
        <source>таблица .csv или .xlsx</source>
        <translation>.csv or .xlsx table</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="20"/>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="117"/>
        <source>Файл анкет</source>
        <translation>Questionnaire file</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="21"/>
        <source>&amp;Обзор…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="24"/>
        <source>&amp;Анкеты:</source>
        <translation>&amp;Questionnaires:</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="25"/>
        <source>Вид анкет</source>
        <translation>Questionnaire kind</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="26"/>
        <source>&amp;Лист:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="27"/>
        <source>Лист книги Excel</source>
        <translation>Excel workbook sheet</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="34"/>
        <source>Столбцы с привычными заголовками узнаны. Для остальных выберите поле (двойной щелчок или F2); столбец без поля сохранится как ответ анкеты. Соответствие запомнится для следующего импорта.</source>
        <translation>Columns with familiar headers have been recognized. For the others, choose a field (double-click or F2); a column without a field is saved as a questionnaire answer. The mapping will be remembered for the next import.</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="35"/>
        <source>Соответствие столбцов и полей</source>
        <translation>Column-to-field mapping</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="45"/>
        <source>Строки с ошибками</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="46"/>
        <source>Строки к импорту</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="49"/>
        <source>Импортировать строки без ошибок, &amp;пропустив строки с ошибками</source>
        <translation>Import the rows without errors, &amp;skipping the rows with errors</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="57"/>
        <source>&lt; &amp;Назад</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="58"/>
        <source>&amp;Далее &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="59"/>
        <source>&amp;Импортировать</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="60"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="36"/>
        <source>Анкеты наставляемых</source>
        <translation>Mentee questionnaires</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="37"/>
        <source>Анкеты наставников</source>
        <translation>Mentor questionnaires</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="38"/>
        <source>Опрос предпочтений после встречи-знакомства</source>
        <translation>Preference survey after the introductory meeting</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="41"/>
        <source>Ответы: %1</source>
        <translation>Answers: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="104"/>
        <source>Шаг 1 из 3. Файл анкет</source>
        <translation>Step 1 of 3. Questionnaire file</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="104"/>
        <source>Шаг 2 из 3. Столбцы</source>
        <translation>Step 2 of 3. Columns</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="104"/>
        <source>Шаг 3 из 3. Проверка</source>
        <translation>Step 3 of 3. Review</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="118"/>
        <source>Таблицы (*.csv *.xlsx *.tsv *.txt)</source>
        <translation>Tables (*.csv *.xlsx *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="131"/>
        <source>ФИО (или Фамилия, Имя, Отчество)</source>
        <translation>Full name (or Surname, Name, Patronymic)</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="135"/>
        <source>&lt;p&gt;Подойдёт выгрузка формы или таблица: CSV (кодировку — UTF-8, Windows-1251 и другие — и разделитель «;», «,» или табуляцию программа определит сама) либо книга Excel .xlsx. В первой строке — заголовки столбцов, в каждой следующей — одна анкета.&lt;/p&gt;&lt;p&gt;Узнаются заголовки: %1. Обязательно ФИО.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A form service export or a table will do: CSV (its encoding — UTF-8, Windows-1251 and others — and its separator, “;”, “,” or a tab, are detected) or an Excel .xlsx workbook. The first row holds the column headers, each following row one questionnaire.&lt;/p&gt;&lt;p&gt;Headers recognised: %1. The full name is required.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="141"/>
        <source>&lt;p&gt;Вопросы анкеты «%1» узнаются по их тексту в заголовке.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The questions of “%1” are recognised by their text in the header.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="142"/>
        <source>&lt;p&gt;Остальные столбцы можно сопоставить на следующем шаге; столбец без поля сохранится как ответ анкеты. Ничего не запишется до кнопки «Импортировать» на последнем шаге.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Other columns can be mapped on the next step; a column without a field is kept as an answer of the questionnaire. Nothing is written before “Import” on the last step.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="169"/>
        <source>Читаю файл…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="179"/>
        <source>В файле нет ни одной строки.</source>
        <translation>The file contains no rows.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="186"/>
        <source>Строк: %1.</source>
        <translation>Rows: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="188"/>
        <source>Кодировка %1, разделитель «%2».</source>
        <translation>Encoding %1, delimiter “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="201"/>
        <source>Укажите столбец «ФИО» или столбцы «Фамилия» и «Имя».</source>
        <translation>Assign the “Full name” field to a column, or the “Surname” and “First name” fields.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="204"/>
        <source>Одно поле у нескольких столбцов: %1.</source>
        <translation>The same field is assigned to several columns: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="227"/>
        <source>Проверяю строки…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="237"/>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="242"/>
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="237"/>
        <source>Ошибка</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="242"/>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="242"/>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="242"/>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="243"/>
        <source>В базе</source>
        <translation>In the database</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="243"/>
        <source>Дата заполнения</source>
        <translation>Date filled in</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="248"/>
        <source>сегодня</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="249"/>
        <source>есть — обновится</source>
        <translation>exists — will be updated</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="249"/>
        <source>новый участник</source>
        <translation>new participant</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="254"/>
        <source>К импорту анкет: %1 (анкета участника за этот год заменяется, а не дублируется).</source>
        <translation>Questionnaires to import: %1 (a participant&apos;s questionnaire for this year is replaced, not duplicated).</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="256"/>
        <source>К импорту строк: %1 (новых участников: %2, уже в базе: %3).</source>
        <translation>Rows to import: %1 (new participants: %2, already in the database: %3).</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="259"/>
        <source>Ниже — первые %1.</source>
        <translation>The first %1 are shown below.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="261"/>
        <source>Строк с ошибками: %1 — без отметки ниже не будет импортировано ничего; исправьте файл или пропустите их.</source>
        <translation>Rows with errors: %1 — unless the box below is checked, nothing will be imported; fix the file or skip them.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="274"/>
        <source>Записываю анкеты…</source>
        <translation>Writing the questionnaires…</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="283"/>
        <source>Импортировано анкет: новых — %1, заменено прежних — %2.</source>
        <translation>Questionnaires imported: %1 new, %2 earlier ones replaced.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="284"/>
        <source>Импортировано: новых участников — %1, обновлено — %2.</source>
        <translation>Imported: %1 new participants, %2 updated.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="286"/>
        <source>Пропущено строк с ошибками: %1.</source>
        <translation>Rows with errors skipped: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="290"/>
        <source>…и ещё предупреждений: %1.</source>
        <translation>…and %1 more warnings.</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../../src/services/ReferenceData.cpp" line="21"/>
        <source>Не найден список форм наставничества по умолчанию.</source>
        <translation>The default list of mentoring forms was not found.</translation>
    </message>
    <message>
        <location filename="../../src/services/ReferenceData.cpp" line="43"/>
        <source>Не найден список показателей эффективности по умолчанию.</source>
        <translation>The default list of KPIs was not found.</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="54"/>
        <source>представитель: %1</source>
        <translation>representative: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="175"/>
        <source>База наставляемых</source>
        <translation>Bank of mentees</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="181"/>
        <source>%1, %2 учебный год</source>
        <translation>%1, %2 school year</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="199"/>
        <source>Не удалось прочитать базу %1.</source>
        <translation>Could not read the bank of %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="199"/>
        <source>наставляемых</source>
        <translation>mentees</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="199"/>
        <source>наставников</source>
        <translation>mentors</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="201"/>
        <source>Сохранение отменено, файл не создан.</source>
        <translation>Saving was cancelled; no file was created.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="175"/>
        <source>База наставников</source>
        <translation>Bank of mentors</translation>
    </message>
    <message>
        <location filename="../../src/services/BankLookup.cpp" line="30"/>
        <source>%1, %2 класс</source>
        <translation>%1, class %2</translation>
    </message>
</context>
<context>
    <name>RegistryService</name>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="175"/>
        <location filename="../../src/services/RegistryService.cpp" line="195"/>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="175"/>
        <location filename="../../src/services/RegistryService.cpp" line="195"/>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Категория</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="175"/>
        <location filename="../../src/services/RegistryService.cpp" line="195"/>
        <source>Класс / должность</source>
        <translation>Class / job title</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="175"/>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="176"/>
        <location filename="../../src/services/RegistryService.cpp" line="195"/>
        <source>Возраст</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="176"/>
        <location filename="../../src/services/RegistryService.cpp" line="273"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="176"/>
        <location filename="../../src/services/RegistryService.cpp" line="273"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="176"/>
        <location filename="../../src/services/RegistryService.cpp" line="197"/>
        <location filename="../../src/services/RegistryService.cpp" line="231"/>
        <source>Согласие</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="177"/>
        <source>Особые группы</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="177"/>
        <location filename="../../src/services/RegistryService.cpp" line="197"/>
        <location filename="../../src/services/RegistryService.cpp" line="231"/>
        <location filename="../../src/services/RegistryService.cpp" line="273"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="196"/>
        <source>Ключевой запрос</source>
        <translation>Key request</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="196"/>
        <source>Желаемая форма</source>
        <translation>Preferred form</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="196"/>
        <source>Наставник</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="197"/>
        <source>Дата вхождения</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Место работы / учёбы</source>
        <translation>Place of work / study</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Компетенции</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Желаемый возраст</source>
        <translation>Preferred age</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Ресурс времени</source>
        <translation>Time available</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Ёмкость</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="231"/>
        <source>Наставляемые</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="231"/>
        <source>Обучение</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="246"/>
        <source>%1 класс</source>
        <translation>class %1</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="246"/>
        <source>школа</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="246"/>
        <source>пройдено</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="246"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="272"/>
        <source>Название</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="272"/>
        <source>Тип</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="272"/>
        <source>Договор №</source>
        <translation>Agreement No.</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="272"/>
        <source>Дата договора</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="273"/>
        <source>Контактное лицо</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../ui/RegistryView.ui" line="13"/>
        <location filename="../../ui/RegistryView.ui" line="61"/>
        <source>Реестр</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="19"/>
        <source>Поиск в реестре</source>
        <translation>Search the registry</translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="21"/>
        <source>Поиск: ФИО, класс, должность, телефон… (Ctrl+F)</source>
        <translation>Search: full name, class, job title, phone… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="26"/>
        <location filename="../../src/gui/RegistryView.cpp" line="95"/>
        <source>&amp;Категория:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="33"/>
        <source>К&amp;ласс:</source>
        <translation>C&amp;lass:</translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="40"/>
        <source>&amp;Статус:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="47"/>
        <source>Со&amp;гласие:</source>
        <translation>Co&amp;nsent:</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="45"/>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="77"/>
        <location filename="../../src/gui/RegistryView.cpp" line="81"/>
        <location filename="../../src/gui/RegistryView.cpp" line="82"/>
        <location filename="../../src/gui/RegistryView.cpp" line="88"/>
        <source>все</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="95"/>
        <source>&amp;Тип:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="117"/>
        <source>Записей: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="118"/>
        <source>Показано %1 из %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="44"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="47"/>
        <source>База наставляемых</source>
        <translation>Bank of mentees</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="45"/>
        <source>Наставляемые учебного года в столбцах целевой модели: ФИО, контакты, класс, запрос, наставник, форма, даты. Содержит персональные данные.</source>
        <translation>The school year&apos;s mentees in the columns of the target model: name, contacts, class, request, mentor, form, dates. Holds personal data.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="48"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="51"/>
        <source>База наставников</source>
        <translation>Bank of mentors</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="49"/>
        <source>Наставники учебного года: ФИО, контакты, место работы, компетенции, наставляемые, форма, даты. Содержит персональные данные.</source>
        <translation>The school year&apos;s mentors: name, contacts, workplace, competencies, mentees, form, dates. Holds personal data.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="52"/>
        <source>Показатели эффективности</source>
        <translation>Key performance indicators</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="53"/>
        <source>Показатели года против целей, с диаграммой, и их значения по годам. Только числа.</source>
        <translation>The year&apos;s KPIs against their targets, with a chart, and their values by year. Numbers only.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="54"/>
        <source>Показатели</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="55"/>
        <source>Состояние дорожной карты</source>
        <translation>Roadmap status</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="56"/>
        <source>Мероприятия по разделам, просроченные выделены; сводки по разделам и ответственным.</source>
        <translation>Activities by section, overdue ones highlighted; summaries by section and owner.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="57"/>
        <source>Дорожная карта</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="58"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="61"/>
        <source>Статистика участников</source>
        <translation>Statistics of participants</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="59"/>
        <source>Участники по ролям и категориям, пары и группы по формам, выполнение планов, удовлетворённость — по шаблону, который можно изменить или загрузить из файла. Только числа.</source>
        <translation>Participants by role and category, pairs and groups by form, plan completion, satisfaction — by a template you can edit or load from a file. Numbers only.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="62"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="66"/>
        <source>Аналитический отчёт</source>
        <translation>Analytic report</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="63"/>
        <source>Отчёт за период — к декабрю или к апрелю: показатели против целей, пары и группы по формам, планы, встречи, удовлетворённость, наставляемые без наставника и выводы текстом. Книга Excel или документ PDF. Только числа.</source>
        <translation>A report for a period — for December or for April: KPIs against targets, pairs and groups by form, plans, meetings, satisfaction, mentees without a mentor, and conclusions in words. An Excel workbook or a PDF document. Numbers only.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="93"/>
        <source>Отчёты в Excel</source>
        <translation>Reports to Excel</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="95"/>
        <source>Отчёты</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="109"/>
        <source>Весь учебный год</source>
        <translation>The whole school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="109"/>
        <source>С 1 сентября по 31 декабря (отчёт в декабре)</source>
        <translation>1 September to 31 December (December report)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="110"/>
        <source>С 1 сентября по 30 апреля (отчёт в апреле)</source>
        <translation>1 September to 30 April (April report)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="110"/>
        <source>Свой период</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="111"/>
        <source>Период отчёта</source>
        <translation>Report period</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="118"/>
        <source>Начало периода</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="119"/>
        <source>Конец периода</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="124"/>
        <source>с</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="126"/>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="139"/>
        <source>Предпросмотр отчёта</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="142"/>
        <source>&amp;Учебный год:</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="143"/>
        <source>&amp;Дата отчёта:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="144"/>
        <source>&amp;Период:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="148"/>
        <source>Что войдёт в отчёт:</source>
        <translation>What the report will hold:</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="155"/>
        <source>&amp;Шаблон статистики…</source>
        <translation>Statistics &amp;template…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="307"/>
        <source>Персональные данные</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="264"/>
        <source>заголовок раздела</source>
        <translation>a section heading</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="265"/>
        <source>имя строки, чтобы на неё сослалась доля</source>
        <translation>the row&apos;s name, for a share to refer to</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="266"/>
        <source>подпись строки</source>
        <translation>the row&apos;s label</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="267"/>
        <source>что считать: participants, people, pairs, groups, pairs_formed, groups_formed, plan_items, plan_items_done, respondents, satisfied, partner_organisations</source>
        <translation>what to count: participants, people, pairs, groups, pairs_formed, groups_formed, plan_items, plan_items_done, respondents, satisfied, partner_organisations</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="269"/>
        <source>mentee или mentor</source>
        <translation>mentee or mentor</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="270"/>
        <source>pupil, teacher, young_teacher, parent, graduate, student, employer</source>
        <translation>pupil, teacher, young_teacher, parent, graduate, student, employer</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="271"/>
        <source>возраст на конец периода, например 10-19</source>
        <translation>age at the end of the period, e.g. 10-19</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="272"/>
        <source>true — только обучающиеся с ОВЗ</source>
        <translation>true — only pupils with disabilities (ОВЗ)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="273"/>
        <source>код формы наставничества</source>
        <translation>the code of a form of mentoring</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="274"/>
        <source>доля: [&quot;id числителя&quot;, &quot;id знаменателя&quot;]</source>
        <translation>a share: [&quot;numerator id&quot;, &quot;denominator id&quot;]</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="281"/>
        <source>Шаблон статистики участников</source>
        <translation>Statistics template</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="281"/>
        <source>Шаблоны JSON (*.json)</source>
        <translation>JSON templates (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="285"/>
        <source>Шаблон статистики</source>
        <translation>Statistics template</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="308"/>
        <source>«%1» содержит персональные данные участников, в том числе несовершеннолетних. Файл будет доступен только вам; храните его в защищённом месте и передавайте лишь тем, кому это разрешено. Продолжить?</source>
        <translation>“%1” holds personal data of participants, minors among them. The file will be readable by you only; keep it in a protected place and pass it only to those who are allowed to have it. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="322"/>
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="324"/>
        <source>Сохранить отчёт</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="322"/>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="151"/>
        <source>&amp;Сохранить…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="159"/>
        <source>С&amp;толбцы…</source>
        <translation>&amp;Columns…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="253"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="316"/>
        <source>Период начинается позже, чем заканчивается.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="332"/>
        <source>Отчёт сохраняется…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="332"/>
        <source>Отменить</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="372"/>
        <source>Сохранение отменено, файл не создан.</source>
        <translation>Saving was cancelled; no file was created.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="316"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="378"/>
        <source>Отчёт</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="381"/>
        <source>Отчёт сохранён</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="381"/>
        <source>Отчёт сохранён: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="383"/>
        <source>Открыть папку</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>ReportsPreview</name>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="36"/>
        <location filename="../../src/gui/ReportsPreview.cpp" line="48"/>
        <location filename="../../src/gui/ReportsPreview.cpp" line="95"/>
        <source>%1 (%2 из %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="43"/>
        <source>Шаблон с ошибкой</source>
        <translation>Template has a mistake</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="56"/>
        <source>Строк в базе</source>
        <translation>Rows in the bank</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="60"/>
        <source>Столбцы</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="61"/>
        <source>Персональные данные</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="61"/>
        <source>да: в имени файла «(ПДн)», файл доступен только вам</source>
        <translation>yes: «(ПДн)» (personal data) in the file name; the file is readable by you only</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="67"/>
        <source>Пар и групп работали</source>
        <translation>Pairs and groups active</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="68"/>
        <source>Сформировано за период</source>
        <translation>Formed during the period</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="69"/>
        <source>Наставляемых / наставников</source>
        <translation>Mentees / mentors</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="70"/>
        <source>Выполнено пунктов планов</source>
        <translation>Plan items completed</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="71"/>
        <source>Проведено встреч</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="72"/>
        <source>Без наставника</source>
        <translation>Without a mentor</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="72"/>
        <source>%1 из %2 в банке</source>
        <translation>%1 of %2 in the bank</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="76"/>
        <source>Вывод %1</source>
        <translation>Conclusion %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="84"/>
        <location filename="../../src/gui/ReportsPreview.cpp" line="85"/>
        <source>Показатель</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="84"/>
        <location filename="../../src/gui/ReportsPreview.cpp" line="85"/>
        <source>Значение</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="84"/>
        <source>Цель</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="100"/>
        <source>Мероприятий</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="101"/>
        <source>Выполнено</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="102"/>
        <source>В работе</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="103"/>
        <source>Просрочено на дату отчёта</source>
        <translation>Overdue on the report date</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="63"/>
        <source>запланировано</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="64"/>
        <source>выполняется</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="65"/>
        <location filename="../../src/domain/RoadmapItem.cpp" line="74"/>
        <source>выполнено</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="66"/>
        <source>отменено</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="75"/>
        <source>в срок</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="76"/>
        <source>под угрозой</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="77"/>
        <source>просрочено</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="78"/>
        <source>без срока</source>
        <translation>unscheduled</translation>
    </message>
</context>
<context>
    <name>RoadmapColumns</name>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="334"/>
        <source>Мероприятие</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="335"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="336"/>
        <source>Раздел, этап</source>
        <translation>Section, stage</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="337"/>
        <source>Срок</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="338"/>
        <source>Ответственные</source>
        <translation>Owners</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="340"/>
        <source>Ответственные / сроки</source>
        <translation>Owners / deadlines</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="341"/>
        <source>Результат, документ</source>
        <translation>Result, document</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="342"/>
        <source>Показатель</source>
        <translation>Indicator</translation>
    </message>
</context>
<context>
    <name>RoadmapCommand</name>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="17"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ roadmap list [--year ГОД] [--overdue] [--json]
  kurator-cli --db ФАЙЛ roadmap import ФАЙЛ [--year ГОД] [--title НАЗВАНИЕ] [--columns РОЛЬ=НОМЕР,…] [--dry-run] [--json]
  kurator-cli --db ФАЙЛ roadmap templates
  kurator-cli --db ФАЙЛ roadmap template ШАБЛОН [--year ГОД]
ГОД — первый год учебного года (2024 для 2024–2025), по умолчанию текущий учебный год.
Импорт читает .docx, .xlsx, .csv, .tsv и .txt (таблица с табуляцией). Столбцы находятся по заголовкам;
--columns задаёт их вручную, номера с 1: header=1,number=1,activity=2,deadline=3,owners=4
(роли: activity, number, section, deadline, owners, owners_deadline, result, kpi; header=0 — без заголовка).
</source>
        <translation>Usage:
  kurator-cli --db FILE roadmap list [--year YEAR] [--overdue] [--json]
  kurator-cli --db FILE roadmap import FILE [--year YEAR] [--title TITLE] [--columns ROLE=NUMBER,…] [--dry-run] [--json]
  kurator-cli --db FILE roadmap templates
  kurator-cli --db FILE roadmap template TEMPLATE [--year YEAR]
YEAR is the first year of the school year (2024 for 2024–2025); the current school year by default.
Import reads .docx, .xlsx, .csv, .tsv and .txt (tab-separated table). Columns are found by their headers;
--columns gives them by hand, numbered from 1: header=1,number=1,activity=2,deadline=3,owners=4
(roles: activity, number, section, deadline, owners, owners_deadline, result, kpi; header=0: no header).
</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="64"/>
        <source>срок не распознан</source>
        <translation>deadline not recognized</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="66"/>
        <source>срок: %1 (%2)</source>
        <translation>deadline: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="68"/>
        <source>; ответственные: %1</source>
        <translation>; owners: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="77"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="77"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="78"/>
        <source>Только просроченные.</source>
        <translation>Overdue only.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="79"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="80"/>
        <source>Название дорожной карты.</source>
        <translation>Roadmap title.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="80"/>
        <source>НАЗВАНИЕ</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="81"/>
        <source>Показать, что будет импортировано, не записывая.</source>
        <translation>Show what would be imported without writing anything.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="84"/>
        <source>Столбцы таблицы: header=N,activity=N,deadline=N,…</source>
        <translation>Table columns: header=N,activity=N,deadline=N,…</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="85"/>
        <source>РОЛЬ=НОМЕР,…</source>
        <translation>ROLE=NUMBER,…</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="87"/>
        <source>list, import, templates или template</source>
        <translation>list, import, templates or template</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="102"/>
        <source>--columns задают только для import.</source>
        <translation>--columns is given only for import.</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="111"/>
        <source> (мероприятий: %1)</source>
        <translation> (activities: %1)</translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="142"/>
        <source>Дорожная карта %1–%2: мероприятий %3, сроков не распознано %4.
</source>
        <translation>Roadmap %1–%2: %3 activities, %4 deadlines not recognized.
</translation>
    </message>
</context>
<context>
    <name>RoadmapImportDialog</name>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="6"/>
        <source>Импорт дорожной карты</source>
        <translation>Roadmap import</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="17"/>
        <source>Столбцы таблицы</source>
        <translation>Table columns</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="21"/>
        <source>Строка &amp;заголовка:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="27"/>
        <source>Строка заголовка</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="28"/>
        <source>Номер строки файла с заголовками столбцов; «нет» — заголовка нет, все строки — мероприятия</source>
        <translation>The number of the file&apos;s row with the column headers; “none”: no header, every row is an activity</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="29"/>
        <source>нет</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="39"/>
        <source>&amp;Что будет импортировано:</source>
        <translation>&amp;What will be imported:</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="45"/>
        <source>Мероприятия из файла</source>
        <translation>Activities from the file</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="57"/>
        <source>Что проверить</source>
        <translation>What to check</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="28"/>
        <source>Импорт дорожной карты в %1 учебный год</source>
        <translation>Roadmap import into school year %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="29"/>
        <source>&amp;Импортировать</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="67"/>
        <source>Файл: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="127"/>
        <source>(пусто)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="133"/>
        <source>— нет —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="160"/>
        <source>Мероприятий в файле: %1; все сроки распознаны.</source>
        <translation>Activities in the file: %1; every deadline recognised.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="161"/>
        <source>Мероприятий в файле: %1. Проверьте строки ниже (%2): нераспознанное сохранится как написано.</source>
        <translation>Activities in the file: %1. Check the rows below (%2): what is not recognised is kept as written.</translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="18"/>
        <source>не распознан</source>
        <translation>not recognized</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="106"/>
        <source>Без раздела</source>
        <translation>No section</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="131"/>
        <source>Срок не распознан: уточните его (например, «до 15.10.2024», «октябрь», «ежеквартально»).</source>
        <translation>Deadline not recognized: please clarify it, e.g. “до 15.10.2024” (by 15.10.2024), “октябрь” (October) or “ежеквартально” (quarterly).</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="133"/>
        <source>Факт считается по данным: «%1».</source>
        <translation>The actual value is computed from the data: “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="158"/>
        <location filename="../../src/gui/RoadmapView.cpp" line="76"/>
        <source>вручную</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="232"/>
        <source>№ / раздел</source>
        <translation>No. / section</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="233"/>
        <source>Мероприятие</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="234"/>
        <source>Срок (как написан)</source>
        <translation>Deadline (as written)</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="235"/>
        <source>Период</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="236"/>
        <source>Ответственные</source>
        <translation>Owners</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="237"/>
        <source>Ожидаемый результат</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="238"/>
        <source>Показатель</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="239"/>
        <source>Считается по</source>
        <translation>Computed from</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="240"/>
        <source>Подтверждение</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="241"/>
        <source>Факт</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="242"/>
        <source>Отметка исполнения</source>
        <translation>Completion mark</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="243"/>
        <source>Состояние</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>RoadmapService</name>
    <message>
        <location filename="../../src/services/RoadmapService.cpp" line="67"/>
        <source>шаблон: %1</source>
        <translation>template: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapService.cpp" line="66"/>
        <source>Шаблона дорожной карты «%1» нет.</source>
        <translation>There is no roadmap template “%1”.</translation>
    </message>
</context>
<context>
    <name>RoadmapTableImporter</name>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="191"/>
        <source>В таблице не найден столбец с мероприятиями (заголовок вроде «Мероприятие», «Содержание» или «Наименование мероприятия»).</source>
        <translation>The table has no activity column (a header such as “Мероприятие” (Activity), “Содержание” (Content) or “Наименование мероприятия” (Activity name)).</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="223"/>
        <source>Строка %1 пропущена: в столбце номера «%2» — не номер.</source>
        <translation>Row %1 skipped: “%2” in the number column is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="291"/>
        <source>Под заголовком таблицы не найдено ни одного мероприятия.</source>
        <translation>No activities were found below the table header.</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="298"/>
        <source>Строка %1: срок «%2» не распознан, оставлен как написан.</source>
        <translation>Row %1: deadline “%2” was not recognized and has been kept as written.</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="367"/>
        <source>Столбец задают как РОЛЬ=НОМЕР, номера с 1: «%1».</source>
        <translation>A column is given as ROLE=NUMBER, numbered from 1: “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="375"/>
        <source>Роли столбца «%1» нет. Есть: %2.</source>
        <translation>There is no column role “%1”. Available: %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="379"/>
        <source>Не указан столбец с мероприятиями (activity=НОМЕР).</source>
        <translation>The column of activities is not given (activity=NUMBER).</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="13"/>
        <source>Дорожная карта</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="20"/>
        <source>&amp;Показать:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="27"/>
        <source>&amp;Отметка:</source>
        <translation>&amp;Mark:</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="33"/>
        <source>Отбор по ответственному</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="35"/>
        <source>Ответственный (часть фамилии, Ctrl+F)</source>
        <translation>Owner (part of the surname, Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="47"/>
        <source>Из &amp;шаблона…</source>
        <translation>From &amp;template…</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="52"/>
        <source>&amp;Импорт…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="58"/>
        <source>Вид дорожной карты</source>
        <translation>Roadmap view</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="60"/>
        <source>Та&amp;блица</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="67"/>
        <source>Мероприятия дорожной карты</source>
        <translation>Roadmap activities</translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="76"/>
        <source>Шкала &amp;времени</source>
        <translation>Time&amp;line</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="115"/>
        <location filename="../../src/gui/RoadmapView.cpp" line="120"/>
        <source>все</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="115"/>
        <source>просроченные</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="116"/>
        <source>в этом месяце</source>
        <translation>this month</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="116"/>
        <source>под угрозой</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="117"/>
        <source>без срока</source>
        <translation>unscheduled</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="117"/>
        <source>выполненные</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="140"/>
        <source>Дорожная карта %1</source>
        <translation>Roadmap %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="193"/>
        <source>Дорожной карты на этот учебный год нет: создайте её из шаблона или импортируйте из файла.</source>
        <translation>There is no roadmap for this school year: create one from a template or import it from a file.</translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="204"/>
        <source>Мероприятий: %1 — %2</source>
        <translation>Activities: %1 — %2</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="119"/>
        <source>нет ФИО (нужны хотя бы фамилия и имя)</source>
        <translation>no full name (at least a surname and first name are required)</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="123"/>
        <source>дата рождения «%1» невозможна или не читается</source>
        <translation>date of birth “%1” is impossible or unreadable</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="125"/>
        <source>дата рождения %1 невозможна</source>
        <translation>date of birth %1 is impossible</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="133"/>
        <source>дата заполнения «%1» невозможна или не читается</source>
        <translation>the filling date «%1» is impossible or unreadable</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="141"/>
        <source>неизвестный класс «%1»</source>
        <translation>unknown class “%1”</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="149"/>
        <source>телефон «%1» не похож на российский номер</source>
        <translation>phone “%1” does not look like a Russian number</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="154"/>
        <source>адрес почты «%1» неверен</source>
        <translation>e-mail address “%1” is invalid</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="160"/>
        <source>неизвестная категория участника «%1»</source>
        <translation>unknown participant category “%1”</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="221"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="224"/>
        <source>повторяет строку %1</source>
        <translation>duplicates row %1</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="218"/>
        <source>то же ФИО, что в строке %1, а без даты рождения их не отличить — укажите её</source>
        <translation>the same full name as in row %1, and without a birth date they cannot be told apart — add it</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="193"/>
        <source>участников с таким ФИО несколько — укажите дату рождения</source>
        <translation>several participants have this full name — specify the date of birth</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="198"/>
        <source>это тот же участник базы, что и в строке %1 (в базе у него нет даты рождения)</source>
        <translation>this is the same participant of the database as in row %1 (the database has no birth date for them)</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="234"/>
        <source>число наставляемых «%1» — не число от 0 до 30</source>
        <translation>number of mentees “%1” is not a number from 0 to 30</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="237"/>
        <source>желаемый возраст «%1» не читается (пример: 10-14)</source>
        <translation>preferred age “%1” cannot be read (example: 10-14)</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="239"/>
        <source>неизвестная форма наставничества «%1»</source>
        <translation>unknown form of mentoring “%1”</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="247"/>
        <source>%1 нет в базе — сначала добавьте участника или импортируйте его анкету</source>
        <translation>%1 is not in the database — add the participant first or import their questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="135"/>
        <source>дата заполнения %1 ещё не наступила</source>
        <translation>the date filled in (%1) is in the future</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="253"/>
        <source>вопрос %1: %2</source>
        <translation>question %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="256"/>
        <source>нет ни одного ответа на вопросы анкеты</source>
        <translation>no answers to the questionnaire&apos;s questions</translation>
    </message>
</context>
<context>
    <name>SchoolMonths</name>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="10"/>
        <source>сен</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="10"/>
        <source>окт</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="11"/>
        <source>ноя</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="11"/>
        <source>дек</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="12"/>
        <source>янв</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="12"/>
        <source>фев</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="13"/>
        <source>мар</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="13"/>
        <source>апр</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="14"/>
        <source>май</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="14"/>
        <source>июн</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="15"/>
        <source>июл</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="15"/>
        <source>авг</source>
        <translation>Aug</translation>
    </message>
</context>
<context>
    <name>SchoolSetupService</name>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="31"/>
        <source>Укажите название школы.</source>
        <translation>Enter the school&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="33"/>
        <source>Название школы длиннее %1 знаков.</source>
        <translation>The school&apos;s name is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="35"/>
        <source>Краткое название длиннее %1 знаков.</source>
        <translation>The short name is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="37"/>
        <source>Учебный год указан неверно: %1.</source>
        <translation>The school year is wrong: %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="41"/>
        <source>Контингента «%1» нет. Есть: %2.</source>
        <translation>There is no contingent “%1”. Available: %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="43"/>
        <source>Численность не может быть отрицательной.</source>
        <translation>The count cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="46"/>
        <source>Обучающихся с ОВЗ (%1) больше, чем всех обучающихся (%2).</source>
        <translation>There are more pupils with SEN (%1) than pupils in all (%2).</translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="48"/>
        <source>Молодых педагогов (%1) больше, чем всех педагогов (%2).</source>
        <translation>There are more young teachers (%1) than teachers in all (%2).</translation>
    </message>
</context>
<context>
    <name>SchoolTransfer</name>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="72"/>
        <source>Выгрузка и загрузка школы — между файлом и муниципальным сервером.</source>
        <translation>A school is uploaded and downloaded between a file and a municipal server.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="77"/>
        <source>Не выбрана школа сервера: куратор работает со своей, администратор указывает номер школы.</source>
        <translation>No school of the server is chosen: a curator works with their own, the administrator gives the school&apos;s number.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="121"/>
        <source>Выгрузка отменена; на сервере ничего не изменилось.</source>
        <translation>Upload cancelled; nothing changed on the server.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="256"/>
        <source>Сервер не выдал номера новых записей таблицы %1.</source>
        <translation>The server gave no numbers for the new records of table %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="273"/>
        <source>В файле запись %1 таблицы %2 ссылается на отсутствующую запись %3 таблицы %4; выгрузка не выполнена.</source>
        <translation>In the file, record %1 of table %2 refers to the missing record %3 of table %4; nothing was uploaded.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="332"/>
        <source>%1, запись %2 в файле</source>
        <translation>%1, record %2 in the file</translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="369"/>
        <source>Выгружено на сервер: новых записей %1, обновлено %2, без изменений %3.</source>
        <translation>Uploaded to the server: %1 new records, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="398"/>
        <source>Файл %1 уже есть; школа загружается в новый файл, чтобы ничего не потерять.</source>
        <translation>File %1 already exists; the school is downloaded into a new file so that nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="434"/>
        <source>Загрузка отменена.</source>
        <translation>Download cancelled.</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="31"/>
        <source>Сервер отказал: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="39"/>
        <source>Имя входа «%1» не подходит: латинские строчные буквы, цифры и «_», не больше 63 знаков, с буквы; не с «pg_» и не с «kurator_».</source>
        <translation>Sign-in name &quot;%1&quot; will not do: lower-case Latin letters, digits and &quot;_&quot;, at most 63 characters, starting with a letter; not with &quot;pg_&quot; or &quot;kurator_&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="47"/>
        <source>Для нового входа «%1» нужен пароль.</source>
        <translation>The new sign-in &quot;%1&quot; needs a password.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="75"/>
        <source>Не указано название школы.</source>
        <translation>The school name is missing.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="79"/>
        <source>Школа «%1» уже есть на сервере (номер %2).</source>
        <translation>The school &quot;%1&quot; is already on the server (number %2).</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="95"/>
        <source>На сервере нет школы номер %1.</source>
        <translation>The server has no school number %1.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="33"/>
        <source>В строке подключения «%1» нет знака «=»: ожидается ключ=значение, например host=server dbname=kurator user=school1.</source>
        <translation>The connection string has no &quot;=&quot; at &quot;%1&quot;: key=value expected, for example host=server dbname=kurator user=school1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="56"/>
        <source>В строке подключения не закрыта кавычка у значения «%1».</source>
        <translation>In the connection string, the quote of the value of &quot;%1&quot; is not closed.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="67"/>
        <source>Порт «%1» в строке подключения — не номер порта (1–65535).</source>
        <translation>The port &quot;%1&quot; in the connection string is not a port number (1–65535).</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="75"/>
        <source>В строке подключения пустой ключ перед «=».</source>
        <translation>The connection string has an empty key before &quot;=&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="81"/>
        <source>В строке подключения не указана база сервера (dbname=…).</source>
        <translation>The connection string names no server database (dbname=…).</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="16"/>
        <source>Использование: kurator-cli --pg СТРОКА server КОМАНДА
  schools [--json]                      школы сервера и их кураторы
  add-school НАЗВАНИЕ --curator ВХОД    новая школа и вход её куратора
  add-curator НОМЕР --curator ВХОД      ещё один куратор школы
  add-coordinator ВХОД                  вход муниципального координатора
Пароль нового входа — в переменной KURATOR_NEW_PASSWORD или первой строкой на входе.
Команды выполняет администратор сервера (владелец базы).</source>
        <translation>Usage: kurator-cli --pg STRING server COMMAND
  schools [--json]                      the server&apos;s schools and their curators
  add-school NAME --curator LOGIN       a new school and its curator&apos;s sign-in
  add-curator NUMBER --curator LOGIN    another curator of a school
  add-coordinator LOGIN                 the municipal coordinator&apos;s sign-in
The new sign-in&apos;s password comes from KURATOR_NEW_PASSWORD or the first line of the input.
The commands are run by the server administrator (the database owner).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="46"/>
        <source>На сервере пока нет школ: добавьте их командой server add-school.</source>
        <translation>The server has no schools yet: add them with server add-school.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="49"/>
        <source>нет куратора</source>
        <translation>no curator</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="56"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="57"/>
        <source>Вход (роль PostgreSQL) куратора школы.</source>
        <translation>The school curator&apos;s sign-in (a PostgreSQL role).</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="57"/>
        <source>ВХОД</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="71"/>
        <source>Команда server работает с муниципальным сервером: укажите его параметром --pg.</source>
        <translation>The server command works with a municipal server: give it with --pg.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="89"/>
        <source>Школа «%1» добавлена под номером %2; её куратор входит как %3.</source>
        <translation>School &quot;%1&quot; added as number %2; its curator signs in as %3.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="98"/>
        <source>Номер школы — целое число: %1</source>
        <translation>A school number is a whole number: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="101"/>
        <source>Куратор %1 добавлен к школе номер %2.</source>
        <translation>Curator %1 added to school number %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="106"/>
        <source>Координатор %1 видит показатели всех школ сервера, но не имена и контакты участников.</source>
        <translation>Coordinator %1 sees the figures of every school on the server, but not participants&apos; names or contacts.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="14"/>
        <source>Подключение к муниципальному серверу</source>
        <translation>Connect to the municipal server</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="20"/>
        <source>Куратор видит на сервере только свою школу, координатор — сводку по всем школам. Имя входа и пароль выдаёт администратор сервера; пароль не сохраняется.</source>
        <translation>A curator sees only their own school on the server, the coordinator the summary of all schools. The server administrator gives the sign-in name and password; the password is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="35"/>
        <source>&amp;Сервер:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="45"/>
        <source>Сервер</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="48"/>
        <source>например, mentor.edu.local</source>
        <translation>for example, mentor.edu.local</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="55"/>
        <source>&amp;Порт:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="65"/>
        <source>Порт</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="81"/>
        <source>&amp;База:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="91"/>
        <source>База</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="94"/>
        <source>kurator</source>
        <translation>kurator</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="101"/>
        <source>&amp;Вход:</source>
        <translation>Sign-&amp;in:</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="111"/>
        <source>Вход</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="114"/>
        <source>school7</source>
        <translation>school7</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="121"/>
        <source>Па&amp;роль:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="131"/>
        <source>Пароль</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="14"/>
        <source>Подключиться</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="45"/>
        <source>сервер</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="47"/>
        <source>база</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="49"/>
        <source>вход</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="51"/>
        <source>Не заполнено: %1.</source>
        <translation>Not filled in: %1.</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <location filename="../../src/storage/SqlQuery.cpp" line="325"/>
        <source>Ошибка базы данных: %1</source>
        <translation>Database error: %1</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="51"/>
        <source>Не удалось начать копирование базы: %1</source>
        <translation>Could not start copying the database: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="55"/>
        <source>Копирование базы прервано: %1</source>
        <translation>Copying the database was interrupted: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="73"/>
        <location filename="../../src/storage/SqliteBackup.cpp" line="120"/>
        <source>Не удалось открыть базу %1: %2</source>
        <translation>Could not open the database %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="75"/>
        <source>Не удалось создать копию %1: %2</source>
        <translation>Could not create the copy %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="80"/>
        <source>Не удалось заменить файл %1.</source>
        <translation>Could not replace the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="82"/>
        <source>Не удалось записать копию %1.</source>
        <translation>Could not write the copy %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="93"/>
        <source>Нет доступа к файлу %1.</source>
        <translation>No access to the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="95"/>
        <source>Файл %1 — не база данных Куратора.</source>
        <translation>The file %1 is not a Kurator database.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="99"/>
        <source>Файл %1 не открывается: %2</source>
        <translation>The file %1 does not open: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="102"/>
        <source>Файл %1 повреждён (проверка целостности: %2).</source>
        <translation>The file %1 is damaged (integrity check: %2).</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="107"/>
        <source>Файл %1 — база SQLite, но не база Куратора.</source>
        <translation>The file %1 is an SQLite database but not a Kurator one.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="109"/>
        <source>Файл %1 создан более новой версией Куратора (схема %2).</source>
        <translation>The file %1 was made by a newer version of Kurator (schema %2).</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="118"/>
        <source>Не удалось открыть копию %1: %2</source>
        <translation>Could not open the copy %1: %2</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../../src/cli/StatsCommand.cpp" line="16"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/StatsCommand.cpp" line="19"/>
        <source>Использование: kurator-cli --db ФАЙЛ stats [--json]</source>
        <translation>Usage: kurator-cli --db FILE stats [--json]</translation>
    </message>
</context>
<context>
    <name>StatsService</name>
    <message>
        <location filename="../../src/services/StatsService.cpp" line="63"/>
        <source>Статистика участников программ наставничества</source>
        <translation>Statistics of participants of mentoring programmes</translation>
    </message>
</context>
<context>
    <name>StatsTemplate</name>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="29"/>
        <source>Строка %1 шаблона: %2</source>
        <translation>Template row %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="32"/>
        <source>неизвестное поле «%1».</source>
        <translation>unknown field “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="42"/>
        <source>нет подписи (label).</source>
        <translation>no label.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="46"/>
        <source>доля записывается как [&quot;строка-числитель&quot;, &quot;строка-знаменатель&quot;].</source>
        <translation>a share is written as [&quot;numerator row&quot;, &quot;denominator row&quot;].</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="53"/>
        <source>неизвестный счёт «%1»; возможны: %2.</source>
        <translation>unknown count “%1”; possible: %2.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="60"/>
        <source>роль «%1» — не mentee и не mentor.</source>
        <translation>the role “%1” is neither mentee nor mentor.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="63"/>
        <source>неизвестная категория «%1»; возможны: %2.</source>
        <translation>unknown category “%1”; possible: %2.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="67"/>
        <source>возраст «%1» — не диапазон вида 10-19.</source>
        <translation>the age “%1” is not a range like 10-19.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="72"/>
        <source>неизвестная форма наставничества «%1»; возможны: %2.</source>
        <translation>unknown form of mentoring “%1”; possible: %2.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="187"/>
        <source>Шаблон статистики — не JSON: %1 (позиция %2).</source>
        <translation>The statistics template is not JSON: %1 (position %2).</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="192"/>
        <source>В шаблоне статистики нет строк (rows).</source>
        <translation>The statistics template has no rows.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="196"/>
        <source>Строка %1 шаблона — не объект JSON.</source>
        <translation>Template row %1 is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="201"/>
        <source>Строка %1 шаблона: имя «%2» уже есть выше.</source>
        <translation>Template row %1: the name “%2” is already used above.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="208"/>
        <source>Строка %1 шаблона: доля ссылается на строку «%2», которой в шаблоне нет.</source>
        <translation>Template row %1: the share refers to the row “%2”, which the template does not have.</translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="214"/>
        <source>Строка %1 шаблона: доля считается от строки-числа, а «%2» — не число.</source>
        <translation>Template row %1: a share is taken of a count row, and “%2” is not a count.</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="119"/>
        <source>Не удалось создать файл блокировки %1.</source>
        <translation>Could not create the lock file %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="123"/>
        <source>База %1 уже открыта для записи: её держит %2.</source>
        <translation>The database %1 is already open for writing: %2 holds it.</translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="124"/>
        <source>База %1 уже открыта для записи другой программой.</source>
        <translation>The database %1 is already open for writing by another program.</translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="134"/>
        <source>Не удалось записать файл блокировки %1.</source>
        <translation>Could not write the lock file %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="138"/>
        <source>Не удалось заблокировать базу %1: файл блокировки всё время меняется.</source>
        <translation>Could not lock the database %1: the lock file keeps changing.</translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="156"/>
        <source>другая программа</source>
        <translation>another program</translation>
    </message>
</context>
<context>
    <name>StoreLock::Holder</name>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="96"/>
        <source>%1 на %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="97"/>
        <source>%1 (процесс %2, пользователь %3)</source>
        <translation>%1 (process %2, user %3)</translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="99"/>
        <source> с %1</source>
        <translation> since %1</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <location filename="../../src/gui/StoreOpening.cpp" line="19"/>
        <source>База уже открыта</source>
        <translation>Database already open</translation>
    </message>
    <message>
        <location filename="../../src/gui/StoreOpening.cpp" line="20"/>
        <source>База «%1» уже открыта для записи: её держит %2.</source>
        <translation>The database “%1” is already open for writing: it is held by %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/StoreOpening.cpp" line="22"/>
        <source>Её можно открыть только для чтения: смотреть и выгружать отчёты можно, изменения сохранить нельзя. Чтобы работать с базой, закройте ту программу.</source>
        <translation>It can be opened read-only: you can look and export reports, but changes cannot be saved. To work with the database, close that program.</translation>
    </message>
    <message>
        <location filename="../../src/gui/StoreOpening.cpp" line="24"/>
        <source>Открыть только для чтения</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>SurveyResponseDialog</name>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="6"/>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="35"/>
        <source>Анкета участника</source>
        <translation>Participant&apos;s questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="11"/>
        <source>&amp;Участник*:</source>
        <translation>&amp;Participant*:</translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="13"/>
        <source>&amp;Дата заполнения*:</source>
        <translation>&amp;Date filled in*:</translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="14"/>
        <source>дд.мм.гггг</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="14"/>
        <source>Дата заполнения анкеты</source>
        <translation>Date the questionnaire was filled in</translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="26"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="25"/>
        <source>%1 — порог удовлетворённости %2 из 10</source>
        <translation>%1 — satisfaction threshold %2 of 10</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="35"/>
        <source>Новая анкета участника</source>
        <translation>New participant questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="48"/>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="55"/>
        <source>— нет ответа —</source>
        <translation>— no answer —</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="57"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="58"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="121"/>
        <source>Оценок по шкале пока нет.</source>
        <translation>No scale ratings yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="128"/>
        <source>Средний балл %1 — %2.</source>
        <translation>Mean score %1 — %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="130"/>
        <source>удовлетворён</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="130"/>
        <source>не удовлетворён</source>
        <translation>not satisfied</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="136"/>
        <source>Дата заполнения</source>
        <translation>Date filled in</translation>
    </message>
</context>
<context>
    <name>SurveyRules</name>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="32"/>
        <source>Удовлетворённость наставляемых</source>
        <translation>Mentee satisfaction</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="33"/>
        <source>Удовлетворённость наставников</source>
        <translation>Mentor satisfaction</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="34"/>
        <source>Диагностика до</source>
        <translation>Diagnostics before</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="35"/>
        <source>Диагностика после</source>
        <translation>Diagnostics after</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="36"/>
        <source>Анкета куратора</source>
        <translation>Curator questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="49"/>
        <source>шкала 1–10</source>
        <translation>scale 1–10</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="50"/>
        <source>да / нет</source>
        <translation>yes / no</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="51"/>
        <source>выбор</source>
        <translation>choice</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="52"/>
        <source>текст</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="69"/>
        <source>Укажите название анкеты.</source>
        <translation>Enter the questionnaire title.</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="71"/>
        <source>Неизвестный вид анкеты «%1».</source>
        <translation>Unknown questionnaire kind “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="73"/>
        <source>Порог удовлетворённости — от 1 до 10, а не %1.</source>
        <translation>The satisfaction threshold must be from 1 to 10, not %1.</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="75"/>
        <source>В анкете нет ни одного вопроса.</source>
        <translation>The questionnaire has no questions.</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="80"/>
        <source>Вопрос %1: нет текста.</source>
        <translation>Question %1: no text.</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="82"/>
        <source>Вопрос %1: неизвестный тип ответа «%2».</source>
        <translation>Question %1: unknown answer type “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="84"/>
        <source>Вопрос %1: для выбора нужны хотя бы два варианта через «;».</source>
        <translation>Question %1: a choice needs at least two options separated by “;”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="87"/>
        <source>Вопрос %1 «%2» повторяет один из предыдущих.</source>
        <translation>Question %1 “%2” repeats one of the previous ones.</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="106"/>
        <source>«%1» — не оценка от 1 до 10</source>
        <translation>“%1” is not a rating from 1 to 10</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="119"/>
        <source>«%1» — не «да» и не «нет»</source>
        <translation>“%1” is neither “yes” nor “no”</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="126"/>
        <source>«%1» — нет среди вариантов: %2</source>
        <translation>“%1” is not among the options: %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="148"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="148"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="22"/>
        <source>вопрос %1 «%2»</source>
        <translation>question %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="33"/>
        <source>Файл анкет — не JSON: %1 (позиция %2).</source>
        <translation>The questionnaire file is not valid JSON: %1 (position %2).</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="36"/>
        <source>В файле анкет нет списка «surveys».</source>
        <translation>The questionnaire file has no “surveys” list.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="56"/>
        <source>Анкета %1 «%2»: %3</source>
        <translation>Questionnaire %1 “%2”: %3</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="60"/>
        <source>В файле анкет нет ни одной анкеты.</source>
        <translation>The questionnaire file contains no questionnaires.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="85"/>
        <source>Не найдены шаблоны анкет по умолчанию.</source>
        <translation>The default questionnaire templates were not found.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="23"/>
        <source>вопрос № %1</source>
        <translation>question no. %1</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="131"/>
        <location filename="../../src/services/SurveyService.cpp" line="221"/>
        <source>Анкета № %1 не найдена.</source>
        <translation>Questionnaire No. %1 not found.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="139"/>
        <source>На вопрос «%1» уже есть ответы — его нельзя удалить. Измените формулировку или создайте новую анкету.</source>
        <translation>Question “%1” already has answers — it cannot be deleted. Change its wording or create a new questionnaire.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="142"/>
        <source>На вопрос «%1» уже есть ответы — тип ответа менять нельзя.</source>
        <translation>Question “%1” already has answers — its answer type cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="161"/>
        <source>По этой анкете уже есть ответы (%1) — её нельзя удалить.</source>
        <translation>This questionnaire already has answers (%1) — it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="188"/>
        <source>Выберите участника, заполнившего анкету.</source>
        <translation>Select the participant who filled in the questionnaire.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="190"/>
        <source>Укажите дату заполнения анкеты.</source>
        <translation>Enter the date the questionnaire was filled in.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="192"/>
        <source>Дата заполнения %1 ещё не наступила.</source>
        <translation>The date filled in (%1) is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="195"/>
        <source>%1 уже заполнил(а) анкету «%2» в этом учебном году — откройте её, чтобы изменить.</source>
        <translation>%1 has already filled in the questionnaire “%2” this school year — open it to make changes.</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="202"/>
        <source>Ответ на вопрос не из этой анкеты (№ %1).</source>
        <translation>An answer to a question that is not in this questionnaire (No. %1).</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="206"/>
        <source>%1: ответ «%2» не подходит (%3).</source>
        <translation>%1: the answer “%2” is not valid (%3).</translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="212"/>
        <source>В анкете нет ни одного ответа.</source>
        <translation>The questionnaire has no answers.</translation>
    </message>
</context>
<context>
    <name>SurveysCommand</name>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="26"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ surveys results [--year ГОД] [--kind ВИД] [--json]
        анкеты года: средний балл и удовлетворён ли участник (по порогу анкеты)
  kurator-cli --db ФАЙЛ surveys compare [--year ГОД] [--json]
        диагностика до и после: изменение по участникам и по парам
  kurator-cli --db ФАЙЛ surveys templates
        шаблоны анкет с вопросами (q и номер — поле вопроса в соответствии столбцов импорта)
  kurator-cli --db ФАЙЛ surveys template ВИД|НОМЕР [--out ФАЙЛ.json]
        шаблон в JSON — правьте и загружайте как новый
  kurator-cli --db ФАЙЛ surveys template --load ФАЙЛ.json
        добавить анкеты из файла {&quot;surveys&quot;: [...]} (формат resources/survey_templates/surveys.json)
ВИД: satisfaction_mentee, satisfaction_mentor, diagnostic_before, diagnostic_after, curator.
Ответы на анкету: kurator-cli import survey.
</source>
        <translation>Usage:
  kurator-cli --db FILE surveys results [--year YEAR] [--kind KIND] [--json]
        the year&apos;s questionnaires: mean score and whether the participant is satisfied (by the questionnaire&apos;s threshold)
  kurator-cli --db FILE surveys compare [--year YEAR] [--json]
        diagnostics before and after: the change per participant and per pair
  kurator-cli --db FILE surveys templates
        questionnaire templates with their questions (q and the number is the question&apos;s field in the import column mapping)
  kurator-cli --db FILE surveys template KIND|NUMBER [--out FILE.json]
        the template as JSON — edit it and load it as a new one
  kurator-cli --db FILE surveys template --load FILE.json
        add questionnaires from a file {&quot;surveys&quot;: [...]} (the format of resources/survey_templates/surveys.json)
KIND: satisfaction_mentee, satisfaction_mentor, diagnostic_before, diagnostic_after, curator.
Questionnaire answers: kurator-cli import survey.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="47"/>
        <source>порог %1</source>
        <translation>threshold %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="62"/>
        <source>Анкеты «%1» нет; список: kurator-cli surveys templates.</source>
        <translation>There is no questionnaire “%1”; see the list: kurator-cli surveys templates.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="70"/>
        <source>Не удалось записать %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="71"/>
        <source>Анкета «%1» записана в %2.</source>
        <translation>Questionnaire “%1” written to %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="79"/>
        <source>Не удалось открыть %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="82"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="96"/>
        <source>Добавлена анкета «%1» (вопросов: %2).</source>
        <translation>Questionnaire &quot;%1&quot; added (questions: %2).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="104"/>
        <source>Учебный год.</source>
        <translation>School year.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="104"/>
        <source>ГОД</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="105"/>
        <source>Вид анкеты.</source>
        <translation>Kind of questionnaire.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="105"/>
        <source>ВИД</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="106"/>
        <source>Вывод в JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="107"/>
        <source>Файл для записи.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="107"/>
        <location filename="../../src/cli/SurveysCommand.cpp" line="108"/>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="108"/>
        <source>Файл анкет для загрузки.</source>
        <translation>Questionnaire file to load.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="152"/>
        <source>удовлетворён</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="152"/>
        <source>не удовлетворён</source>
        <translation>not satisfied</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="157"/>
        <source>Удовлетворены: %1 из %2 (%3 учебный год).</source>
        <translation>Satisfied: %1 of %2 (school year %3).</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="178"/>
        <source>Диагностик до и после в %1 учебном году нет.</source>
        <translation>There are no diagnostics before and after in school year %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="186"/>
        <source>Пара №%1: изменение %2 (участников с обеими диагностиками: %3)</source>
        <translation>Pair No. %1: change %2 (participants with both diagnostics: %3)</translation>
    </message>
</context>
<context>
    <name>SurveysDialog</name>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="6"/>
        <source>Анкеты и опросы</source>
        <translation>Questionnaires and surveys</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="9"/>
        <source>Разделы анкет</source>
        <translation>Questionnaire sections</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="11"/>
        <source>&amp;Ответы</source>
        <translation>&amp;Responses</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="15"/>
        <source>Ан&amp;кета:</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="16"/>
        <source>Анкета</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="17"/>
        <source>Поиск по ФИО (Ctrl+F)</source>
        <translation>Search by full name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="17"/>
        <source>Поиск по ФИО</source>
        <translation>Search by full name</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="21"/>
        <source>Анкеты участников</source>
        <translation>Participants&apos; questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="24"/>
        <source>&amp;Заполнить анкету…</source>
        <translation>&amp;Fill in questionnaire…</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="24"/>
        <source>Ввести ответы участника (Ctrl+N)</source>
        <translation>Enter a participant&apos;s answers (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="25"/>
        <source>&amp;Открыть…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="25"/>
        <source>Изменить ответы (Enter, двойной щелчок)</source>
        <translation>Edit the answers (Enter, double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="26"/>
        <source>&amp;Удалить</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="26"/>
        <source>Удалить анкету (Delete; отменяется Ctrl+Z)</source>
        <translation>Delete the questionnaire (Delete; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="28"/>
        <source>&amp;Импорт из файла…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="28"/>
        <source>Ответы из CSV или XLSX (Google Формы, Яндекс Формы, Excel)</source>
        <translation>Answers from CSV or XLSX (Google Forms, Yandex Forms, Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="34"/>
        <source>&amp;До и после</source>
        <translation>&amp;Before and after</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="40"/>
        <source>Изменение по участникам</source>
        <translation>Change per participant</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="41"/>
        <source>Изменение по парам</source>
        <translation>Change per pair</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="47"/>
        <source>&amp;Шаблоны</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="51"/>
        <source>Шаблоны анкет</source>
        <translation>Questionnaire templates</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="52"/>
        <source>&amp;Новая анкета</source>
        <translation>&amp;New questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="53"/>
        <source>&amp;Копия выбранной</source>
        <translation>&amp;Copy of selected</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="54"/>
        <source>Удалить &amp;анкету</source>
        <translation>De&amp;lete questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="61"/>
        <source>&amp;Название*:</source>
        <translation>T&amp;itle*:</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="62"/>
        <source>Название анкеты</source>
        <translation>Questionnaire title</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="63"/>
        <source>&amp;Вид:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="64"/>
        <source>Вид анкеты</source>
        <translation>Questionnaire kind</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="65"/>
        <source>&amp;Порог удовлетворённости:</source>
        <translation>&amp;Satisfaction threshold:</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="66"/>
        <source>Участник удовлетворён, если средний балл шкал не ниже порога</source>
        <translation>A participant is satisfied if the mean score of the scales is not below the threshold</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="69"/>
        <source>Вопросы анкеты</source>
        <translation>Questionnaire questions</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="72"/>
        <source>+ Во&amp;прос</source>
        <translation>+ &amp;Question</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="73"/>
        <source>− Вопрос</source>
        <translation>− Question</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="74"/>
        <source>Выше</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="75"/>
        <source>Ниже</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="77"/>
        <source>Сохранить &amp;анкету</source>
        <translation>Sa&amp;ve questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="80"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="60"/>
        <source>Анкеты и опросы — %1 учебный год</source>
        <translation>Questionnaires and surveys — %1 school year</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="141"/>
        <source>участник № %1</source>
        <translation>participant No. %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="152"/>
        <source>№ %1: %2 — %3</source>
        <translation>No. %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="154"/>
        <source>№ %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <source>Средний балл</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <source>Удовлетворён</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <location filename="../../src/gui/SurveysDialog.cpp" line="218"/>
        <source>Пара / группа</source>
        <translation>Pair / group</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="167"/>
        <source>Анкет нет: создайте шаблон на вкладке «Шаблоны».</source>
        <translation>No questionnaires: create a template on the “Templates” tab.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="183"/>
        <source>нет оценок</source>
        <translation>no ratings</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="183"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="183"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="193"/>
        <source>Анкет: %1.</source>
        <translation>Questionnaires: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="198"/>
        <source>Средний балл: %1. Сравнение с другой диагностикой — на вкладке «До и после».</source>
        <translation>Mean score: %1. The comparison with the other diagnostics is on the “Before and after” tab.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="200"/>
        <source>Удовлетворены %1 из %2 (%3 %) при пороге %4 — средний балл шкал 1–10 не ниже порога.</source>
        <translation>Satisfied: %1 of %2 (%3%) at threshold %4 — the mean score of the 1–10 scales is not below the threshold.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <source>До</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <source>После</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <location filename="../../src/gui/SurveysDialog.cpp" line="218"/>
        <source>Изменение</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="218"/>
        <source>С обеими диагностиками</source>
        <translation>With both diagnostics</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="227"/>
        <source>Диагностик до и после в этом учебном году нет.</source>
        <translation>There are no diagnostics before and after in this school year.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="228"/>
        <source>Средний балл диагностики «до» (первая анкета) и «после» (последняя). Участников с диагностиками: %1, с обеими: %2; пар, где можно сравнить: %3.</source>
        <translation>Mean score of the “before” diagnostics (the first questionnaire) and the “after” ones (the last). Participants with diagnostics: %1, with both: %2; pairs that can be compared: %3.</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="116"/>
        <source>Вопрос</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="116"/>
        <source>Тип ответа</source>
        <translation>Answer type</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="116"/>
        <source>Варианты (через «;»)</source>
        <translation>Options (separated by “;”)</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="149"/>
        <source>Сохранить изменения анкеты «%1»?</source>
        <translation>Save the changes to the questionnaire “%1”?</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="183"/>
        <source>%1 (копия)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="188"/>
        <source>Новая анкета</source>
        <translation>New questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="189"/>
        <source>Оцените…</source>
        <translation>Rate…</translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="219"/>
        <source>Удалить анкету «%1»?</source>
        <translation>Delete the questionnaire “%1”?</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="197"/>
        <source>Файл не является текстовой таблицей (CSV или текст с табуляцией). Если это книга Excel или документ Word, откройте его как .xlsx или .docx.</source>
        <translation>The file is not a text table (CSV or tab-separated text). If it is an Excel workbook or a Word document, open it as .xlsx or .docx.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="202"/>
        <source>Не удалось определить кодировку файла: это не UTF-8, не UTF-16 и не windows-1251, KOI8-R или CP866.</source>
        <translation>Could not determine the file&apos;s encoding: it is not UTF-8, UTF-16, windows-1251, KOI8-R or CP866.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="209"/>
        <source>Строка %1: кавычка открыта и не закрыта до конца файла.</source>
        <translation>Line %1: a quote is opened but not closed before the end of the file.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="216"/>
        <source>Чтение файла отменено.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="234"/>
        <source>Строка %1, столбец %2: в ячейке %3 символов, а Excel допускает не больше %4. Файл не прочитан: проверьте, тот ли это файл.</source>
        <translation>Row %1, column %2: the cell holds %3 characters, while Excel allows at most %4. The file was not read: check that it is the right file.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="245"/>
        <source>«%1» — это папка, а не файл таблицы.</source>
        <translation>«%1» is a folder, not a table file.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="247"/>
        <source>Файла %1 нет.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="249"/>
        <source>Файл %1 не читается: нет прав.</source>
        <translation>The file %1 cannot be read: no permission.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="256"/>
        <source>Старые форматы .doc и .xls не читаются: сохраните файл как .docx или .xlsx.</source>
        <translation>The old .doc and .xls formats cannot be read: save the file as .docx or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="259"/>
        <source>Не удалось открыть файл %1: %2</source>
        <translation>Could not open file %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="261"/>
        <source>Файл %1 больше %2 МБ: это не таблица анкет или дорожной карты.</source>
        <translation>The file %1 is larger than %2 MB: it is not a table of questionnaires or a roadmap.</translation>
    </message>
</context>
<context>
    <name>TextTemplate</name>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="65"/>
        <source>Строка %1: «{{» без закрывающих «}}».</source>
        <translation>Line %1: “{{” without a closing “}}”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="68"/>
        <source>Строка %1: «{{/%2}}» без начала блока.</source>
        <translation>Line %1: “{{/%2}}” without the start of a block.</translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="72"/>
        <source>Строка %1: неизвестное поле «{{%2}}».</source>
        <translation>Line %1: unknown field “{{%2}}”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="79"/>
        <source>Строка %1: неизвестный список «{{#%2}}».</source>
        <translation>Line %1: unknown list “{{#%2}}”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="87"/>
        <source>Строка %1: блок «{{#%2}}» не закрыт.</source>
        <translation>Line %1: the block “{{#%2}}” is not closed.</translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="89"/>
        <source>Строка %1: блок внутри блока не поддерживается.</source>
        <translation>Line %1: nested blocks are not supported.</translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="94"/>
        <source>Строка %1: неизвестное поле «{{%2}}» в списке «%3».</source>
        <translation>Line %1: unknown field “{{%2}}” in the list “%3”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="100"/>
        <source>Строка %1: блок «{{#%2}}» закрыт как «{{/%3}}».</source>
        <translation>Line %1: the block “{{#%2}}” is closed as “{{/%3}}”.</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="42"/>
        <source>группа</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="42"/>
        <source>пара</source>
        <translation>pair</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="14"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ --pg СТРОКА upload [--school НОМЕР]     выгрузить файл школы на сервер
  kurator-cli --pg СТРОКА download --out ФАЙЛ [--school НОМЕР]  загрузить школу с сервера в новый файл
Куратор работает со своей школой; администратор сервера указывает её номер (server schools).
Повторная выгрузка добавляет только новое; запись, изменённая и в файле, и на сервере, не
перезаписывается, а называется в отчёте.</source>
        <translation>Usage:
  kurator-cli --db FILE --pg STRING upload [--school NUMBER]     upload a school file to the server
  kurator-cli --pg STRING download --out FILE [--school NUMBER]  download a school from the server into a new file
A curator works with their own school; the server administrator gives its number (server schools).
A repeated upload adds only what is new; a record changed both in the file and on the server is not
overwritten but named in the report.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="25"/>
        <source>Номер школы на сервере (для администратора).</source>
        <translation>The school&apos;s number on the server (for the administrator).</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="25"/>
        <source>НОМЕР</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="26"/>
        <source>Новый файл базы школы.</source>
        <translation>A new school database file.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="26"/>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="34"/>
        <source>Укажите сервер параметром --pg.</source>
        <translation>Give the server with --pg.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="42"/>
        <source>Номер школы — целое число больше 1: %1</source>
        <translation>A school number is a whole number above 1: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="50"/>
        <source>Школа загружена с сервера в %1; записей: %2.</source>
        <translation>The school is downloaded from the server into %1; records: %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="64"/>
        <source>Изменены и в файле, и на сервере — оставлены как на сервере (%1):</source>
        <translation>Changed both in the file and on the server — kept as on the server (%1):</translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="66"/>
        <source> (в файле %1, на сервере %2)</source>
        <translation> (%1 in the file, %2 on the server)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="6"/>
        <source>Добро пожаловать в Куратор наставничества</source>
        <translation>Welcome to Mentoring Curator</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="10"/>
        <source>&lt;h2&gt;Куратор наставничества&lt;/h2&gt;Банки наставляемых и наставников, пары и группы, дорожная карта и показатели целевой модели — в одном файле на вашем компьютере. Начните со своей школы или посмотрите демонстрационную.</source>
        <translation>&lt;h2&gt;Mentoring Curator&lt;/h2&gt;The banks of mentees and mentors, pairs and groups, the roadmap and the target model&apos;s indicators — in one file on your computer. Start with your own school or look at the demo one.</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="18"/>
        <source>Создать мою школу</source>
        <translation>Create my school</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Название школы:</source>
        <translation>School &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Название школы</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>МБОУ «Средняя общеобразовательная школа № 1»</source>
        <translation>Secondary School No. 1</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Краткое название:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Краткое название</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>МБОУ СОШ № 1</source>
        <translation>School No. 1</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Муниципалитет:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Муниципалитет</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>г. Энск</source>
        <translation>N-town</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Учебный год:</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Учебный год</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Файл базы:</source>
        <translation>Database &amp;file:</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Файл базы</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Обзор…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Выбрать, где сохранить файл базы</source>
        <translation>Choose where to save the database file</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="28"/>
        <source>Контингент учебного года (можно задать позже)</source>
        <translation>The school year&apos;s contingent (may be set later)</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="43"/>
        <source>&amp;Создать школу</source>
        <translation>&amp;Create school</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="43"/>
        <source>Создать файл базы школы и открыть его</source>
        <translation>Create the school&apos;s database file and open it</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="50"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="54"/>
        <source>Недавние &amp;базы:</source>
        <translation>Recent &amp;databases:</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="66"/>
        <source>Открыть д&amp;емонстрационную школу</source>
        <translation>Open the d&amp;emo school</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="67"/>
        <source>Подключиться к се&amp;рверу…</source>
        <translation>Connect to a se&amp;rver…</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="60"/>
        <source>Недавние базы</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="61"/>
        <source>Enter или двойной щелчок открывает базу</source>
        <translation>Enter or a double click opens the database</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="64"/>
        <source>Открыть &amp;выбранную</source>
        <translation>Open &amp;selected</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="65"/>
        <source>Открыть &amp;другую базу…</source>
        <translation>Open &amp;another database…</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="66"/>
        <source>Вымышленная школа с учениками, педагогами, парами и дорожной картой — в отдельном файле</source>
        <translation>A made-up school with pupils, teachers, pairs and a roadmap — in a file of its own</translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="67"/>
        <source>Муниципальный сервер PostgreSQL</source>
        <translation>Municipal PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="52"/>
        <source>Не удалось записать файл «%1».</source>
        <translation>Could not write the file “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="115"/>
        <source>Пока нет</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="168"/>
        <source>Укажите файл базы.</source>
        <translation>Enter the database file.</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="170"/>
        <source>Файл «%1» уже есть: откройте его справа или выберите для новой школы другое имя.</source>
        <translation>The file “%1” already exists: open it on the right or choose another name for the new school.</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="197"/>
        <source>Файл базы новой школы</source>
        <translation>Database file of the new school</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="198"/>
        <source>База Куратора (*.sqlite)</source>
        <translation>Curator database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="205"/>
        <source>Открыть базу Куратора</source>
        <translation>Open a Curator database</translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="206"/>
        <source>База Куратора (*.sqlite *.db);;Все файлы (*)</source>
        <translation>Curator database (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>WhyUnmatched</name>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="27"/>
        <source>в банке наставников этого года нет свободных наставников</source>
        <translation>the bank of mentors for this year has no available mentors</translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="37"/>
        <source>ниже минимального балла %1 — %2</source>
        <translation>below the minimum score %1 — %2</translation>
    </message>
</context>
<context>
    <name>XlsxLibrary</name>
    <message>
        <location filename="../../src/services/XlsxLibrary.cpp" line="82"/>
        <source>Excel-файлы не записываются: нет библиотеки %1 (установите пакет %2). %3</source>
        <translation>Excel files cannot be written: the library %1 is missing (install the package %2). %3</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxLibrary.cpp" line="96"/>
        <source>Excel-файлы не записываются: в библиотеке %1 нет функции %2 (нужна версия %3 или новее).</source>
        <translation>Excel files cannot be written: the library %1 has no function %2 (version %3 or newer is needed).</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="125"/>
        <source>Лист</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="149"/>
        <source>Дата отчёта: %1</source>
        <translation>Report date: %1</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="86"/>
        <source>Не удалось создать файл %1.</source>
        <translation>Could not create file %1.</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="42"/>
        <source>«%1» — это папка, а не файл.</source>
        <translation>«%1» is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="44"/>
        <source>Не удалось создать файл %1: папки %2 нет.</source>
        <translation>Could not create the file %1: there is no folder %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="46"/>
        <source>Не удалось создать файл %1: нет прав на запись в папку %2.</source>
        <translation>Could not create the file %1: no permission to write to the folder %2.</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="54"/>
        <source>не хватило памяти</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="55"/>
        <source>файл не создаётся: нет прав на запись или папку удалили</source>
        <translation>the file cannot be created: no permission to write, or the folder was removed</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="57"/>
        <source>не удалось записать временный файл: места на диске или прав на временную папку нет</source>
        <translation>could not write a temporary file: no disk space or no permission for the temporary folder</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="258"/>
        <source>Файл %1 уже записан.</source>
        <translation>The file %1 has already been written.</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="261"/>
        <source>Не удалось записать %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="266"/>
        <source>Не удалось сохранить %1.</source>
        <translation>Could not save %1.</translation>
    </message>
</context>
</TS>
