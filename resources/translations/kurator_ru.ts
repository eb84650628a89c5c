<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name>Achievements</name>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="20"/>
        <source>диплом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="21"/>
        <source>грамота</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="22"/>
        <source>сертификат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="23"/>
        <source>участие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="26"/>
        <source>школьный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="27"/>
        <source>муниципальный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="28"/>
        <source>региональный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="29"/>
        <source>всероссийский</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="30"/>
        <source>международный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="81"/>
        <source>Укажите название достижения (конкурс, олимпиада, мероприятие).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="83"/>
        <source>Вид достижения — диплом, грамота, сертификат или участие.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="85"/>
        <source>Уровень — школьный, муниципальный, региональный, всероссийский или международный.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Achievement.cpp" line="87"/>
        <source>Дата достижения %1 — в будущем.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="27"/>
        <source>Вид.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="27"/>
        <source>ВИД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="28"/>
        <source>Название.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="28"/>
        <source>НАЗВАНИЕ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="29"/>
        <source>Уровень.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="29"/>
        <source>УРОВЕНЬ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="30"/>
        <source>Дата.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="30"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="44"/>
        <source>Номер участника должен быть числом: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="50"/>
        <source>Участника %1 нет в базе.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="64"/>
        <source>У участника %1 нет достижения %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="73"/>
        <source>Неизвестный уровень «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/AchievementsCommand.cpp" line="80"/>
        <source>Достижение записано: №%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AchievementsDialog</name>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="6"/>
        <source>Достижения участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="9"/>
        <source>Достижения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="12"/>
        <source>Новое достижение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="14"/>
        <source>&amp;Вид:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="15"/>
        <source>Вид достижения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="16"/>
        <source>&amp;Уровень:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="17"/>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="34"/>
        <source>Уровень</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="18"/>
        <source>&amp;Дата:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="19"/>
        <source>дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="19"/>
        <source>Дата достижения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="20"/>
        <source>&amp;Название*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="21"/>
        <source>конкурс, олимпиада, мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="21"/>
        <source>Название достижения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="25"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="28"/>
        <source>&amp;Записать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="29"/>
        <source>&amp;Удалить выбранное</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AchievementsDialog.ui" line="31"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="17"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="34"/>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="55"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="34"/>
        <source>Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AchievementsDialog.cpp" line="34"/>
        <source>Название</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticReport</name>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="31"/>
        <source>За период с %1 по %2 наставнические пары и группы не работали.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="32"/>
        <source>За период с %1 по %2 работали наставнических пар и групп — %3 (из них групп — %4); наставляемых — %5, наставников — %6. Сформировано за период — %7, завершили работу — %8 (досрочно — %9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="54"/>
        <source>«%1» (%2 при цели %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="56"/>
        <source>Цели года по показателям эффективности не заданы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="57"/>
        <source>Цели года достигнуты по показателям: %1 из %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="59"/>
        <source>Не достигнуты: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="61"/>
        <source>Нет данных по показателям: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="68"/>
        <source>Индивидуальные планы работающих пар и групп не заполнены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="69"/>
        <source>Выполнено пунктов индивидуальных планов — %1 из %2 (%3); планов, выполненных не менее чем на 90 %, — %4 из %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="75"/>
        <source>Проведено встреч — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="77"/>
        <source>Запланированных и не состоявшихся к дате отчёта — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="84"/>
        <source>нет данных (анкеты не собраны)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="85"/>
        <source>%1 (%2 из %3 ответивших)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="91"/>
        <source>Банк наставляемых учебного года пуст.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="93"/>
        <source>В банке наставляемых — %1; все закреплены за наставниками.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="97"/>
        <source>В банке наставляемых — %1; без наставника остаются — %2 (%3). Им оказывается поддержка, подбор наставников продолжается.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="129"/>
        <source>ru_RU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="133"/>
        <source>Аналитический отчёт о реализации программы наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="138"/>
        <source>Удовлетворены участием в программе: наставляемые — %1, наставники — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="147"/>
        <source>%1 учебный год, период с %2 по %3; дата отчёта %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="149"/>
        <source>1. Выводы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="157"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="157"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="158"/>
        <source>2. Показатели эффективности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Числитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Знаменатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Факт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="159"/>
        <source>Достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="163"/>
        <location filename="../../src/services/AnalyticText.cpp" line="171"/>
        <source>Всего</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="165"/>
        <source>3. Наставнические пары и группы по формам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>Сформировано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>Работали</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>из них групп</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="166"/>
        <source>Завершили</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="172"/>
        <source>4. Встречи по месяцам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="173"/>
        <source>Месяц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="173"/>
        <source>Проведено встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="178"/>
        <source>Всего без наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="179"/>
        <source>5. Наставляемые без наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="180"/>
        <source>Причина (по последнему подбору пар)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticText.cpp" line="180"/>
        <source>Наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticReport.cpp" line="43"/>
        <source>Форма не указана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/AnalyticReport.cpp" line="99"/>
        <source>не участвовали в подборе пар</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="24"/>
        <source>Поиск по ФИО или классу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="26"/>
        <source>Поиск участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="27"/>
        <source>Отметить &amp;всех</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="28"/>
        <source>Сн&amp;ять отметки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="31"/>
        <source>Присутствовали</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AttendanceList.cpp" line="107"/>
        <source>Присутствовали: %1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="6"/>
        <location filename="../../ui/AuditLogDialog.ui" line="15"/>
        <source>Журнал изменений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="10"/>
        <source>&amp;Записи:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="11"/>
        <source>Вид записей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="12"/>
        <source>Поиск: кто, что, номер записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="12"/>
        <source>Поиск в журнале</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AuditLogDialog.ui" line="20"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="17"/>
        <source>участник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="18"/>
        <source>организация-партнёр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="19"/>
        <source>пара/группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="20"/>
        <source>приказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="21"/>
        <source>протокол подбора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="22"/>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="51"/>
        <source>программа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="23"/>
        <source>дорожная карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="24"/>
        <source>мероприятие дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="25"/>
        <source>цель показателя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="26"/>
        <source>контингент</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="27"/>
        <source>импорт анкет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="28"/>
        <source>анкета наставляемого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="29"/>
        <source>анкета наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="37"/>
        <source>создание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="38"/>
        <source>изменение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="39"/>
        <source>удаление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="40"/>
        <source>в архив</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="41"/>
        <source>из архива</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="42"/>
        <source>утверждение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="43"/>
        <source>издание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="44"/>
        <source>отмена издания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="45"/>
        <source>завершение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="46"/>
        <source>возобновление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="47"/>
        <source>индивидуальный план</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="48"/>
        <source>встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="49"/>
        <source>новая встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="50"/>
        <source>планирование встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="52"/>
        <source>достижение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="53"/>
        <source>удаление достижения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="54"/>
        <source>импорт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="64"/>
        <source>по протоколу подбора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="67"/>
        <source>пар: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="68"/>
        <source>встреч: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="79"/>
        <source>все</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="92"/>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="124"/>
        <source>Записей: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Когда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Кто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Действие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/AuditLogDialog.cpp" line="109"/>
        <source>Что изменено</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="27"/>
        <source>Автоматическая копия.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="28"/>
        <source>Сколько автоматических копий хранить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="28"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="35"/>
        <source>Резервные копии базы на сервере делает его администратор средствами PostgreSQL (pg_dump); kurator-cli копирует только файлы баз.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="48"/>
        <source>База восстановлена из %1; прежняя сохранена: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="60"/>
        <source>Папка копий: %1; автоматических хранится: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="62"/>
        <source> КБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="71"/>
        <source>Копия: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/BackupCommand.cpp" line="76"/>
        <source>Копия: %1 (содержит персональные данные; доступна только вам)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="18"/>
        <source>Не удалось создать папку копий %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="79"/>
        <source>Копию нельзя записать поверх самой базы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="87"/>
        <source>Это и есть открытая база.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="89"/>
        <source>Копия не восстановлена: %1 База не изменена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="95"/>
        <source>Копия не восстановлена: не удалось сохранить текущую базу (%1). База не изменена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="98"/>
        <source>Копия не восстановлена: %1 Прежняя база сохранена в %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/BackupService.cpp" line="112"/>
        <source>Хранить можно от 1 до 1000 автоматических копий.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankColumns</name>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="24"/>
        <source>номер строки по порядку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="25"/>
        <source>фамилия, имя, отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="27"/>
        <source>телефон и почта, у несовершеннолетнего — законный представитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="28"/>
        <source>возраст на дату отчёта и класс: «12 / 6Б»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="29"/>
        <source>дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="30"/>
        <source>полных лет на дату отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="31"/>
        <source>класс обучающегося</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="32"/>
        <source>телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="33"/>
        <source>электронная почта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="34"/>
        <source>законный представитель и его телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="35"/>
        <source>место работы или учёбы, должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="36"/>
        <source>ключевой запрос наставляемого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="37"/>
        <source>компетенции, достижения, интересы наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="38"/>
        <source>желаемый возраст наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="39"/>
        <source>ресурс времени наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="40"/>
        <source>дата вхождения в программу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="42"/>
        <source>ФИО другой стороны пар: наставника или наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="44"/>
        <source>место работы или учёбы другой стороны пар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="45"/>
        <source>форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="46"/>
        <source>место реализации программы: организация</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="47"/>
        <source>начало работы в паре (самой ранней)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="48"/>
        <source>дата завершения программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="49"/>
        <source>результаты программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="50"/>
        <source>ссылка на кейс или отзыв</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="68"/>
        <source>наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="68"/>
        <source>наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="96"/>
        <source>Набор столбцов — не JSON-объект: %1 (символ %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="100"/>
        <source>Это набор столбцов базы «%1», а не базы %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="103"/>
        <source>В наборе столбцов базы %1 нет ни одного столбца (поле columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="107"/>
        <source>Столбец %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="112"/>
        <source>неизвестное поле «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="114"/>
        <source>поля «%1» нет в базе %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="116"/>
        <source>поле «%1» уже есть в наборе.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/BankColumns.cpp" line="120"/>
        <source>нет заголовка (title) у поля «%1».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankColumnsDialog</name>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="26"/>
        <source>Столбцы базы наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="26"/>
        <source>Столбцы базы наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="28"/>
        <source>В отчёте</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="28"/>
        <source>Заголовок столбца</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="28"/>
        <source>Что в столбце</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="37"/>
        <source>Столбцы базы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="39"/>
        <source>Отметьте столбцы, которые войдут в книгу; заголовок меняется двойным щелчком или F2; порядок — кнопками «Выше» и «Ниже» (Ctrl+↑, Ctrl+↓).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="43"/>
        <source>В&amp;ыше</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="45"/>
        <source>&amp;Ниже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="47"/>
        <source>Как в &amp;целевой модели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="48"/>
        <source>&amp;Загрузить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="49"/>
        <source>Со&amp;хранить в файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="108"/>
        <source>Строка %1 («%2»): у столбца нет заголовка.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="112"/>
        <source>Отметьте хотя бы один столбец.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="138"/>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="161"/>
        <source>Набор столбцов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="138"/>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="162"/>
        <source>Наборы столбцов JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="143"/>
        <source>Не удалось открыть %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="148"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankColumnsDialog.cpp" line="167"/>
        <source>Не удалось записать %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankEntryDialog</name>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="22"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="23"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="52"/>
        <source>Дата вхождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="53"/>
        <source>Дата завершения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/BankEntryDialog.cpp" line="57"/>
        <source>Дата вхождения (%1) позже даты завершения (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="22"/>
        <source>Год «%1» не похож на первый год учебного года.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="40"/>
        <source>Дата «%1» не читается: нужна ДД.ММ.ГГГГ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="47"/>
        <source>Показать справку по команде.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="72"/>
        <source>База открыта только для чтения: для записи её держит %1. Просмотр и выгрузка работают, изменения не сохранятся.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="84"/>
        <source>Период задаётся двумя датами: --from и --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="91"/>
        <source>Период начинается позже, чем заканчивается: %1 — %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="113"/>
        <source>Неизвестный параметр: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="170"/>
        <source>Неизвестная команда: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePairDialog</name>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="5"/>
        <source>Завершение работы пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="8"/>
        <source>&amp;Итог:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="9"/>
        <source>Итог работы пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="10"/>
        <source>&amp;Дата:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="11"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="11"/>
        <source>Дата завершения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="12"/>
        <source>&amp;Причина:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="13"/>
        <source>обязательна при досрочном завершении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="13"/>
        <source>Причина досрочного завершения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="14"/>
        <source>&amp;Результаты:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="15"/>
        <source>Результаты работы пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="16"/>
        <source>&amp;Кейс, отзыв:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="17"/>
        <source>ссылка на описание кейса или отзыв</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="17"/>
        <source>Ссылка на кейс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ClosePairDialog.ui" line="18"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ClosePairDialog.cpp" line="11"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="41"/>
        <source>обучающийся</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="42"/>
        <source>педагог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="43"/>
        <source>родитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="44"/>
        <source>выпускник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="45"/>
        <source>студент</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="46"/>
        <source>представитель организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="63"/>
        <source>действует</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="63"/>
        <source>в архиве</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="81"/>
        <source>предприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="82"/>
        <source>НКО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="83"/>
        <source>вуз</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="84"/>
        <source>колледж</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="85"/>
        <source>другая</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="115"/>
        <source>формируется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="116"/>
        <source>работает</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="117"/>
        <source>завершена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="118"/>
        <source>завершена досрочно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="136"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="137"/>
        <source>есть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="138"/>
        <source>истекло</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="139"/>
        <source>отозвано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="152"/>
        <source>ОВЗ / инвалидность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="153"/>
        <source>выдающиеся способности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="154"/>
        <source>трудная жизненная ситуация</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="155"/>
        <source>малоимущая семья</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="156"/>
        <source>сельская местность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/Enums.cpp" line="157"/>
        <source>дети-сироты</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="29"/>
        <source>Сохранить набор из файла.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="29"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="30"/>
        <source>Вернуть набор целевой модели.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="31"/>
        <source>Набор в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="54"/>
        <source>Не удалось открыть %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="57"/>
        <source>Файл %1 пуст.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="61"/>
        <source>Набор столбцов целевой модели восстановлен.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="61"/>
        <source>Набор столбцов сохранён.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ColumnsCommand.cpp" line="80"/>
        <source>Можно добавить:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidatedCommand</name>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="18"/>
        <source>Использование: kurator-cli --pg СТРОКА consolidated [--year ГОД] [--from ДАТА --to ДАТА] [--json] [--out ФАЙЛ.xlsx]
Показатели эффективности и статистика участников по всем школам сервера и итог по муниципалитету
(доли итога считаются из сложенных чисел, а не как среднее долей школ). Строит координатор.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="52"/>
        <source>%1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="59"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="59"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="60"/>
        <source>Начало периода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="60"/>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="61"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="61"/>
        <source>Конец периода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="62"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="63"/>
        <source>Книга Excel: итог, школы рядом, лист на школу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="63"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="77"/>
        <source>Сводка выгружается в книгу Excel: имя файла с расширением .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="79"/>
        <source>Сводка по школам строится на муниципальном сервере: укажите его параметром --pg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConsolidatedCommand.cpp" line="89"/>
        <source>Сводка сохранена (школ: %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidatedDialog</name>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="31"/>
        <source>%1 (%2 из %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="63"/>
        <source>Сводка по школам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="66"/>
        <source>Учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="75"/>
        <source>Найти показатель…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="76"/>
        <source>Поиск показателя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="84"/>
        <source>Показатели школ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="89"/>
        <source>Разделы сводки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="90"/>
        <source>&amp;Показатели и статистика</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="91"/>
        <source>Дорожные карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="91"/>
        <source>&amp;Дорожные карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="94"/>
        <source>В &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="96"/>
        <source>Итог, школы рядом и лист на каждую школу (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="101"/>
        <source>Учебный &amp;год:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>Школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>Раздел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="166"/>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="167"/>
        <source>Ответственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="167"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="189"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="215"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="232"/>
        <source>Школ на сервере: %1; период с %2 по %3. Доли итога посчитаны из сложенных чисел школ, а не как среднее их долей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="242"/>
        <source>Сводка не построена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="248"/>
        <source>Сохранить сводку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="249"/>
        <source>Сводка по школам %1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConsolidatedDialog.cpp" line="250"/>
        <source>Книга Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidationService</name>
    <message>
        <location filename="../../src/services/Consolidation.cpp" line="22"/>
        <source>Сводка по школам строится на муниципальном сервере; в файле одной школы её нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/Consolidation.cpp" line="25"/>
        <source>Сводку по школам строит муниципальный координатор: войдите на сервер под его именем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/Consolidation.cpp" line="49"/>
        <source>Итого по муниципалитету</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/Consolidation.cpp" line="56"/>
        <source>Муниципалитет</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContingentFields</name>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="16"/>
        <source>Обучающиеся 10–19 лет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="17"/>
        <source>Обучающиеся с ОВЗ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="18"/>
        <source>Педагоги</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="19"/>
        <source>Молодые педагоги</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="20"/>
        <source>Организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ContingentFields.cpp" line="30"/>
        <source>по данным</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="60"/>
        <source>Показатели эффективности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="70"/>
        <source>&amp;Цели и контингент…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="73"/>
        <source>&amp;Определения…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="75"/>
        <source>Названия показателей и параметры правил подсчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="89"/>
        <source>Показатели %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="108"/>
        <source>Показатели: факт и цель, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="111"/>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Факт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="110"/>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="31"/>
        <source>Диаграмма не показана: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="126"/>
        <source>Дорожная карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="139"/>
        <source>Дорожная карта: на этот учебный год её нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="148"/>
        <source>Показатели по учебным годам, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="171"/>
        <source>Проведено встреч по месяцам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="174"/>
        <source>Встречи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Числитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="185"/>
        <source>Знаменатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="186"/>
        <source>Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="193"/>
        <source>%1 (контингент)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="197"/>
        <source>достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="197"/>
        <source>не достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="198"/>
        <source>%1 ÷ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/storage/Database.cpp" line="46"/>
        <source>Не удалось создать папку %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="49"/>
        <source>Не удалось создать файл базы %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="110"/>
        <source>Файл базы %1 не найден.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="175"/>
        <source>Не удалось открыть базу %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="179"/>
        <source>Файл %1 не читается как база данных: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="201"/>
        <source>База %1 на сервере не является базой Куратора.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="204"/>
        <source>База %1 создана более новой версией Куратора (схема %2, эта программа знает схемы до %3). Обновите программу; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="207"/>
        <source>база на сервере не изменена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="207"/>
        <source>файл не изменён.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="62"/>
        <location filename="../../src/storage/Database.cpp" line="202"/>
        <source>Файл %1 не является базой данных Куратора.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="59"/>
        <source>Нет доступа к файлу %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="209"/>
        <source>База %1 требует обновления схемы, а открыта только для чтения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="212"/>
        <source>На сервере %1 ещё нет базы Куратора: её создаёт администратор сервера командой kurator-cli --pg «…» init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="214"/>
        <source>Схема базы на сервере %1 старее этой программы (%2, программа знает %3): обновить её может администратор сервера командой kurator-cli --pg «…» init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="241"/>
        <source>Нет драйвера PostgreSQL для Qt: установите пакет libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="250"/>
        <source>Не удалось подключиться к серверу %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="280"/>
        <source>База %1 открыта только для чтения; изменения не сохранены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="281"/>
        <source>База %1 открыта только для чтения: для записи её держит %2. Изменения не сохранены; закройте ту программу и откройте базу снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="286"/>
        <source>Не удалось начать запись в базу: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="297"/>
        <source>Не удалось сохранить изменения: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/gui/DateField.h" line="26"/>
        <source>%1 «%2» записана неверно или не существует: нужна дата вида дд.мм.гггг.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="245"/>
        <source>Для демонстрационной школы нужны дата, не меньше 11 обучающихся и 3 педагогов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="250"/>
        <source>В базе уже есть участники. Демонстрационная школа создаётся только в пустой базе: создайте новый файл.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchoolInternal</name>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="28"/>
        <source>МБОУ «Средняя общеобразовательная школа № %1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="28"/>
        <source>МБОУ СОШ № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="176"/>
        <source>опекун</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="176"/>
        <source>мать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="176"/>
        <source>отец</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="47"/>
        <source>Перенесено, выполняется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="164"/>
        <source>Установочная встреча участников программы наставничества (нетворкинг)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="166"/>
        <source>Итоговое мероприятие: презентация результатов наставнических пар и групп</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="183"/>
        <source>демонстрационная школа</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchoolInternal::Demo</name>
    <message>
        <location filename="../../src/services/DemoSchoolInternal.h" line="83"/>
        <source>Обработка персональных данных участника программы наставничества</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/EventDialog.ui" line="6"/>
        <location filename="../../src/gui/EventsDialog.cpp" line="55"/>
        <source>Общее мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="10"/>
        <source>&amp;Тема*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="11"/>
        <source>Тема мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="12"/>
        <source>&amp;Запланировано на:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="13"/>
        <source>дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="13"/>
        <location filename="../../src/gui/EventsDialog.cpp" line="63"/>
        <source>Дата по плану</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="14"/>
        <source>&amp;Проведено:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="15"/>
        <source>дд.мм.гггг — после проведения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="15"/>
        <location filename="../../src/gui/EventsDialog.cpp" line="64"/>
        <source>Дата проведения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="16"/>
        <source>П&amp;родолжительность, мин:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="17"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="18"/>
        <source>&amp;Итог:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="19"/>
        <source>Итог мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="22"/>
        <source>Присутствие (участники пар и групп учебного года; отмечается после проведения):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventDialog.ui" line="24"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="46"/>
        <source>наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="48"/>
        <source>наставляемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="55"/>
        <source>Новое общее мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message>
        <location filename="../../src/services/EventService.cpp" line="35"/>
        <source>Общее мероприятие не принадлежит паре.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/EventService.cpp" line="58"/>
        <source>Общее мероприятие № %1 не найдено.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="39"/>
        <source>«%1» — не участник пар и групп этого учебного года.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="54"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="54"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="55"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="56"/>
        <source>Тема.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="56"/>
        <source>ТЕМА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="57"/>
        <source>Дата по плану.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="57"/>
        <location filename="../../src/cli/EventsCommand.cpp" line="58"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="58"/>
        <source>Дата проведения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="59"/>
        <source>Продолжительность, минут.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="59"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="60"/>
        <source>Итог.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="60"/>
        <source>ТЕКСТ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="61"/>
        <source>Присутствовали.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="61"/>
        <source>all|ID,ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="88"/>
        <source>%1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="100"/>
        <source>Общего мероприятия %1 нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="108"/>
        <source>По плану: %1; проведено: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="110"/>
        <source>Итог: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="111"/>
        <source>Присутствовали: %1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/EventsCommand.cpp" line="136"/>
        <source>Мероприятие сохранено: №%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsDialog</name>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="6"/>
        <location filename="../../ui/EventsDialog.ui" line="9"/>
        <source>Общие мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="12"/>
        <source>&amp;Новое мероприятие…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="12"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="13"/>
        <source>&amp;Открыть…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="13"/>
        <source>Дата, итог и присутствие (Enter, двойной щелчок)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="14"/>
        <source>&amp;Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/EventsDialog.ui" line="14"/>
        <source>Delete; отменяется Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="91"/>
        <source>Общие мероприятия — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>По плану</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Проведено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Мин.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Присутствовали</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Тема</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="120"/>
        <source>Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/EventsDialog.cpp" line="133"/>
        <source>Мероприятий: %1, проведено: %2. Присутствие отмечается в карточке мероприятия.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelReports</name>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="28"/>
        <source>нет данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="29"/>
        <location filename="../../src/services/ExcelReports.cpp" line="177"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="29"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="91"/>
        <location filename="../../src/services/ExcelReports.cpp" line="224"/>
        <source>Всего</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="171"/>
        <source>Показатели %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="171"/>
        <source>Показатели эффективности наставничества, %1 учебный год</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="109"/>
        <source>Статистика</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="110"/>
        <source>%1 за период с %2 по %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="77"/>
        <location filename="../../src/services/ExcelReports.cpp" line="113"/>
        <location filename="../../src/services/ExcelReports.cpp" line="228"/>
        <source>Количество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="77"/>
        <location filename="../../src/services/ExcelReports.cpp" line="113"/>
        <location filename="../../src/services/ExcelReports.cpp" line="228"/>
        <source>Из</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="78"/>
        <location filename="../../src/services/ExcelReports.cpp" line="114"/>
        <location filename="../../src/services/ExcelReports.cpp" line="229"/>
        <source>Доля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="172"/>
        <location filename="../../src/services/ExcelReports.cpp" line="211"/>
        <source>Числитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="172"/>
        <location filename="../../src/services/ExcelReports.cpp" line="211"/>
        <source>Знаменатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="173"/>
        <location filename="../../src/services/ExcelReports.cpp" line="212"/>
        <source>Факт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="78"/>
        <location filename="../../src/services/ExcelReports.cpp" line="173"/>
        <location filename="../../src/services/ExcelReports.cpp" line="212"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="74"/>
        <source>%1: %2 за период с %3 по %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="78"/>
        <location filename="../../src/services/ExcelReports.cpp" line="173"/>
        <location filename="../../src/services/ExcelReports.cpp" line="212"/>
        <source>Цель достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="80"/>
        <source>Показатели эффективности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="129"/>
        <source>Школы рядом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="129"/>
        <source>Показатели эффективности по школам, %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="141"/>
        <source>Дорожные карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="141"/>
        <source>Дорожные карты муниципалитета и школ, %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="143"/>
        <location filename="../../src/services/ExcelReports.cpp" line="156"/>
        <source>Школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="145"/>
        <location filename="../../src/services/ExcelReports.cpp" line="259"/>
        <source>Отметка исполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="155"/>
        <source>Мероприятия по школам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="155"/>
        <source>Мероприятия дорожных карт по школам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="174"/>
        <source>Знаменатель из контингента</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="179"/>
        <source>Факт и цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="185"/>
        <source>По годам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="185"/>
        <source>Показатели по учебным годам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="202"/>
        <source>%1, %2: с %3 по %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="205"/>
        <source>Выводы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="210"/>
        <source>Показатели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="210"/>
        <source>Показатели эффективности за период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="219"/>
        <source>Пары и группы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="219"/>
        <source>Наставнические пары и группы по формам за период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="220"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="220"/>
        <source>Сформировано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="220"/>
        <source>Работали</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="221"/>
        <source>из них групп</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="221"/>
        <source>Завершили</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="227"/>
        <source>Планы и встречи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="227"/>
        <source>Индивидуальные планы и встречи за период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="231"/>
        <source>Выполнено пунктов индивидуальных планов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="232"/>
        <source>Планов, выполненных не менее чем на 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="233"/>
        <source>Проведено встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="234"/>
        <source>Запланированных и не состоявшихся к дате отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="236"/>
        <source>Встреч: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="239"/>
        <source>Без наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="239"/>
        <source>Наставляемые без наставника на конец периода (по последнему подбору пар)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="240"/>
        <source>Причина</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="240"/>
        <source>Наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="243"/>
        <source>Всего без наставника (из %1 в банке)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="255"/>
        <source>Дорожная карта %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="255"/>
        <source>Состояние дорожной карты, %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="143"/>
        <location filename="../../src/services/ExcelReports.cpp" line="256"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="143"/>
        <location filename="../../src/services/ExcelReports.cpp" line="256"/>
        <location filename="../../src/services/ExcelReports.cpp" line="272"/>
        <source>Раздел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="143"/>
        <location filename="../../src/services/ExcelReports.cpp" line="256"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="144"/>
        <location filename="../../src/services/ExcelReports.cpp" line="257"/>
        <source>Срок (как в плане)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="257"/>
        <source>Начало</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="144"/>
        <location filename="../../src/services/ExcelReports.cpp" line="257"/>
        <source>Окончание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="144"/>
        <location filename="../../src/services/ExcelReports.cpp" line="258"/>
        <location filename="../../src/services/ExcelReports.cpp" line="274"/>
        <source>Ответственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="258"/>
        <source>Ожидаемый результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="145"/>
        <location filename="../../src/services/ExcelReports.cpp" line="259"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="260"/>
        <source>Подтверждение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="268"/>
        <source>Без раздела</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="269"/>
        <source>Не указан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="271"/>
        <source>По разделам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="271"/>
        <source>Мероприятия по разделам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="273"/>
        <source>По ответственным</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="273"/>
        <source>Мероприятия по ответственным</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="38"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="38"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="39"/>
        <location filename="../../src/cli/ExportCommand.cpp" line="44"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="40"/>
        <source>Дата отчёта.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="40"/>
        <location filename="../../src/cli/ExportCommand.cpp" line="41"/>
        <location filename="../../src/cli/ExportCommand.cpp" line="42"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="41"/>
        <source>Начало периода статистики.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="42"/>
        <source>Конец периода статистики.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="39"/>
        <source>Файл .xlsx (аналитический отчёт — и .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="43"/>
        <source>Шаблон статистики или набор столбцов базы (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="55"/>
        <source>Отчёт сохраняется в файл .xlsx или .pdf: «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="56"/>
        <source>Отчёт сохраняется в файл .xlsx: «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="69"/>
        <source>Период (--from, --to) задаётся только статистике и аналитическому отчёту.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="71"/>
        <source>Шаблон (--template) задаётся только статистике и базам наставляемых и наставников.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="75"/>
        <source>Не удалось открыть шаблон %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="85"/>
        <source>Сохраняю отчёт…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="91"/>
        <source>Отчёт сохранён: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="93"/>
        <source>Файл содержит персональные данные участников, в том числе несовершеннолетних: он доступен только вам; передавайте его лишь тем, кому это разрешено.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgetService</name>
    <message>
        <location filename="../../src/services/ForgetService.cpp" line="46"/>
        <source>Участник №%1 не найден.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ForgetService.cpp" line="48"/>
        <source>Данные участника №%1 уже удалены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ForgetService.cpp" line="87"/>
        <source>Данные не удалены, база не изменена: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../src/gui/FormFields.cpp" line="11"/>
        <source>не выбрана</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="43"/>
        <source>Руководство пользователя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="46"/>
        <source>Текст руководства</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="50"/>
        <source>Главы руководства</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="54"/>
        <source>Найти в руководстве…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/HelpDialog.cpp" line="55"/>
        <source>Поиск в руководстве</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="39"/>
        <source>Не удалось открыть файл соответствия %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="44"/>
        <source>Файл соответствия %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="52"/>
        <source>Файл: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="54"/>
        <source> (%1, разделитель «%2»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="55"/>
        <source>Столбцы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="63"/>
        <source>(остаётся ответом анкеты)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="63"/>
        <source>(не импортируется)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="67"/>
        <source>Анкет «%1» к импорту: %2; с ошибками: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="69"/>
        <source>Строк к импорту: %1 (новых участников: %2, уже в базе: %3); с ошибками: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="73"/>
        <source>  строка %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="80"/>
        <source>Вид анкеты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="80"/>
        <source>ВИД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="81"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="81"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="82"/>
        <source>Соответствие столбцов и полей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="82"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="83"/>
        <source>Лист книги Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="83"/>
        <source>ЛИСТ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="84"/>
        <source>Только проверить, ничего не записывать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="85"/>
        <source>Анкета: вид или номер.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="85"/>
        <source>АНКЕТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="86"/>
        <source>Импортировать строки без ошибок, пропустив остальные.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="97"/>
        <source>Укажите --kind mentee, mentor или preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="99"/>
        <source>Укажите анкету: --template и её вид или номер (kurator-cli surveys templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="110"/>
        <source>Анкеты «%1» нет; список: kurator-cli surveys templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="121"/>
        <source>Читаю файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="133"/>
        <source>Проверяю строки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="138"/>
        <source>В файле %1 нет ни одной строки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="148"/>
        <source>Проверка (--dry-run): ничего не записано.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="143"/>
        <source>Ничего не импортировано: нет ни одной строки без ошибок.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="145"/>
        <source>Ничего не импортировано: исправьте строки с ошибками или запустите с --skip-bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="154"/>
        <source>Записываю анкеты…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="159"/>
        <source>Импортировано анкет: новых %1, заменено прежних %2, пропущено строк %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="160"/>
        <source>Импортировано: новых участников %1, обновлено %2, пропущено строк %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="45"/>
        <source>— ответ анкеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="85"/>
        <source>Дважды щёлкните или нажмите F2, чтобы выбрать поле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="111"/>
        <source>Столбец файла</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="112"/>
        <source>Примеры значений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ImportMappingModel.cpp" line="113"/>
        <source>Поле</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="20"/>
        <source>Заполнить базу демонстрационной школой.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="21"/>
        <source>Зерно генератора демонстрационных данных.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="24"/>
        <source>Полное название школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="25"/>
        <source>Краткое название школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="26"/>
        <source>Муниципалитет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="27"/>
        <source>Учебный год контингента: его первый год (2026 для 2026–2027).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="29"/>
        <source>Численность: КОД=ЧИСЛО (%1); можно повторять.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="34"/>
        <source>Использование: kurator-cli --db ФАЙЛ init [--demo] [--seed N] [--school НАЗВАНИЕ [--short-name Н] [--municipality М] [--year ГОД] [--contingent КОД=ЧИСЛО]...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="38"/>
        <source>Лишние аргументы: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="42"/>
        <source>Зерно должно быть целым неотрицательным числом: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="45"/>
        <source>--demo и --school вместе не задают: демонстрационная школа называется сама.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="49"/>
        <source>--%1 задают вместе с --school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="61"/>
        <source>Контингент задают как КОД=ЧИСЛО: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="81"/>
        <source>Демонстрационная школа создана за %1 мс; участников: %2, пар: %3, групп: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="88"/>
        <source>Школа: %1; учебный год %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="91"/>
        <source>База готова: %1 (схема %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="164"/>
        <source>нет данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="98"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="66"/>
        <source>Возраст — ОТ-ДО (например, 15-19), стаж и предельный возраст — целые числа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="71"/>
        <source>Обучающиеся: %1–%2 лет на последний день периода.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="72"/>
        <source>Молодой педагог: стаж не более %1 полных лет%2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="74"/>
        <source>, моложе %1 лет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="98"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="99"/>
        <source>Начало периода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="99"/>
        <location filename="../../src/cli/KpiCommand.cpp" line="100"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="100"/>
        <source>Конец периода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="101"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="102"/>
        <source>Возраст обучающихся в показателях.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="102"/>
        <source>ОТ-ДО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="103"/>
        <source>Наибольший стаж молодого педагога.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="104"/>
        <source>Предельный возраст молодого педагога (0 — без предела).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="130"/>
        <source>Показателя «%1» нет. Есть: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="141"/>
        <source>«%1» — не число.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="161"/>
        <source> (%1 из %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="162"/>
        <source>, по контингенту</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="164"/>
        <source>; цель %1 % — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="165"/>
        <source>достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="165"/>
        <source>не достигнута</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDefinitionsDialog</name>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="6"/>
        <source>Определения показателей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="10"/>
        <source>Названия и формулировки показателей — как их пишут отчёты вашего региона; сами правила подсчёта — человек считается один раз, возраст на последний день периода — не меняются. Ниже — параметры правил.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="18"/>
        <source>Показатели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="24"/>
        <source>&amp;Название:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="25"/>
        <source>Название показателя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="26"/>
        <source>&amp;Числитель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="27"/>
        <source>Числитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="28"/>
        <source>З&amp;наменатель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="29"/>
        <source>Знаменатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="30"/>
        <source>&amp;Цель достигнута, если доля:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="31"/>
        <source>Сравнение с целью</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="38"/>
        <source>Параметры правил подсчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="40"/>
        <source>&amp;Возраст обучающихся, лет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="43"/>
        <source>Возраст обучающихся от</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="43"/>
        <source>от </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="44"/>
        <source>Возраст обучающихся до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="44"/>
        <source>до </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="48"/>
        <source>Молодой педагог: &amp;стаж не более, лет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="49"/>
        <source>Наибольший стаж молодого педагога</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="50"/>
        <source>и мол&amp;оже, лет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiDefinitionsDialog.ui" line="51"/>
        <source>Предельный возраст молодого педагога</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiDefinitionsDialog.cpp" line="13"/>
        <source>не меньше цели (≥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiDefinitionsDialog.cpp" line="14"/>
        <source>не больше цели (≤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiDefinitionsDialog.cpp" line="31"/>
        <source>Параметры правил подсчёта — по умолчанию</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiNames</name>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="11"/>
        <source>Обучающиеся-наставляемые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="12"/>
        <source>Обучающиеся-наставники</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="13"/>
        <source>Молодые педагоги</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="14"/>
        <source>Педагоги-наставники</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="15"/>
        <source>Обучающиеся с ОВЗ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="16"/>
        <source>Организации-партнёры</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="17"/>
        <source>Удовлетворённость наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="18"/>
        <source>Удовлетворённость наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="19"/>
        <source>Выполнение планов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiNames.h" line="20"/>
        <source>Согласия</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="23"/>
        <source>нет данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="69"/>
        <location filename="../../src/services/KpiService.cpp" line="121"/>
        <source>Показателя «%1» нет. Есть: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="71"/>
        <source>Целевое значение — доля в процентах, от 0 до 100; указано %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="123"/>
        <source>Укажите название показателя «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="125"/>
        <source>Сравнение с целью — «&gt;=» (не меньше) или «&lt;=» (не больше); указано «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="165"/>
        <source>Возраст обучающихся — от 5 до 25 лет, «от» не больше «до»; указано %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="168"/>
        <source>Стаж молодого педагога — от 0 до 10 лет; указано %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="170"/>
        <source>Предельный возраст молодого педагога — от 20 до 70 лет; указано %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="194"/>
        <source>Контингента «%1» нет. Есть: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="196"/>
        <source>Численность не может быть отрицательной.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTargetsDialog</name>
    <message>
        <location filename="../../ui/KpiTargetsDialog.ui" line="5"/>
        <source>Цели и контингент учебного года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiTargetsDialog.ui" line="10"/>
        <source>Цель — доля в процентах, которую нужно достичь за учебный год. Контингент — численность, если в базе учтены не все (например, не все учителя школы); без него знаменатель считается по данным.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiTargetsDialog.ui" line="15"/>
        <source>Цели, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/KpiTargetsDialog.ui" line="21"/>
        <source>Контингент</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="13"/>
        <source>Цели и контингент %1 учебного года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="19"/>
        <source>не задана</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyModule</name>
    <message>
        <location filename="../../src/gui/modules/LazyModule.cpp" line="15"/>
        <source>не загружается модуль %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/modules/LazyModule.h" line="20"/>
        <source>модуль %1 другой версии, чем программа</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="6"/>
        <source>Куратор наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="11"/>
        <source>Разделы программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="25"/>
        <source>&amp;Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="26"/>
        <source>&amp;Правка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="27"/>
        <source>&amp;Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="28"/>
        <source>&amp;Справка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="35"/>
        <source>Панель инструментов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="48"/>
        <source>Участники</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="49"/>
        <source>Наставляемые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="50"/>
        <source>Наставники</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="51"/>
        <source>Партнёры</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="117"/>
        <location filename="../../src/gui/MainWindow.cpp" line="310"/>
        <source>Дорожная карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="118"/>
        <location filename="../../src/gui/MainWindow.cpp" line="313"/>
        <source>Показатели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="119"/>
        <location filename="../../src/gui/MainWindow.cpp" line="316"/>
        <source>Подбор пар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="120"/>
        <location filename="../../src/gui/MainWindow.cpp" line="319"/>
        <source>Пары и группы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="194"/>
        <source>Создать файл своей школы, открыть демонстрационную или недавнюю базу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="195"/>
        <source>&amp;Открыть базу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="196"/>
        <source>Подключиться к &amp;серверу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="198"/>
        <source>В&amp;ыгрузить файл школы на сервер…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="200"/>
        <source>&amp;Загрузить школу с сервера в файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="202"/>
        <source>В&amp;ыход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="203"/>
        <source>&amp;Добавить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="204"/>
        <source>&amp;Изменить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="205"/>
        <source>В &amp;архив</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="206"/>
        <source>&amp;Вернуть из архива</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="207"/>
        <source>&amp;Отменить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="208"/>
        <source>&amp;Повторить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="211"/>
        <source>&amp;Достижения участника…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="213"/>
        <source>&amp;Найти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="215"/>
        <source>О&amp;бновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="216"/>
        <source>&amp;Журнал изменений…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="218"/>
        <source>&amp;О программе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="219"/>
        <source>&amp;Руководство пользователя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="221"/>
        <source>&amp;Приказ о закреплении пар…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="222"/>
        <source>Про&amp;граммы наставничества…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="224"/>
        <source>&amp;Импорт анкет…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="226"/>
        <source>Анкеты и &amp;опросы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="228"/>
        <source>Общие &amp;мероприятия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="229"/>
        <source>О&amp;тчёты в Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="232"/>
        <source>&amp;Резервная копия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="234"/>
        <source>&amp;Восстановить из копии…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="242"/>
        <source>&amp;Забыть участника…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="244"/>
        <source>Удалить персональные данные участника, сохранив обезличенные данные для отчётов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="250"/>
        <source>Файл школы для выгрузки на сервер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="256"/>
        <source>Новый файл школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="286"/>
        <source>&amp;Недавние базы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="332"/>
        <source> Учебный год: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="335"/>
        <source>Учебный год реестров наставляемых и наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="346"/>
        <source>&amp;Язык интерфейса</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="350"/>
        <source>Как в системе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="359"/>
        <source>Язык интерфейса сменится при следующем запуске Куратора.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="482"/>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="193"/>
        <source>Куратор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="494"/>
        <source>Открыть базу Куратора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="251"/>
        <location filename="../../src/gui/MainWindow.cpp" line="495"/>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="72"/>
        <source>База Куратора (*.sqlite *.db);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="192"/>
        <source>Новая &amp;школа…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="525"/>
        <source>Пока нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="563"/>
        <source>%1 — только чтение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="564"/>
        <source>Для записи базу держит %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="565"/>
        <source>только чтение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="578"/>
        <source>Прошлый сеанс работы с базой (%1) завершился аварийно; незавершённые изменения отброшены, сохранённые на месте.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="584"/>
        <source>О программе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="585"/>
        <source>&lt;b&gt;Куратор наставничества&lt;/b&gt; %1&lt;br&gt;Реестры наставляемых и наставников, пары и группы, дорожная карта и отчёты по целевой модели наставничества.&lt;br&gt;&lt;br&gt;База: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="599"/>
        <source>Импорт анкет: новых участников %1, обновлено %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="59"/>
        <source>Достижение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="61"/>
        <source>Удаление достижения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="93"/>
        <source>Добавление участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="127"/>
        <source>Изменение участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="147"/>
        <source>Добавление организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="172"/>
        <source>Изменение организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="206"/>
        <source>Изменение профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="206"/>
        <source>Добавление профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowEdits.cpp" line="250"/>
        <source>В архив: %n зап.</source>
        <translation>
            <numerusform>В архив: %n запись</numerusform>
            <numerusform>В архив: %n записи</numerusform>
            <numerusform>В архив: %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowEdits.cpp" line="250"/>
        <source>Из архива: %n зап.</source>
        <translation>
            <numerusform>Из архива: %n запись</numerusform>
            <numerusform>Из архива: %n записи</numerusform>
            <numerusform>Из архива: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="34"/>
        <source>Изменение мероприятия «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="68"/>
        <source>%1 (%n мероприятий)</source>
        <translation>
            <numerusform>%1 (%n мероприятие)</numerusform>
            <numerusform>%1 (%n мероприятия)</numerusform>
            <numerusform>%1 (%n мероприятий)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="70"/>
        <source>Дорожная карта из шаблона</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="71"/>
        <source>Шаблон для %1 учебного года:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="84"/>
        <source>Импорт дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="85"/>
        <source>Таблицы (*.docx *.xlsx *.csv *.tsv *.txt);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="100"/>
        <source>Дорожная карта импортирована: мероприятий %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="144"/>
        <source>Цели и контингент %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="175"/>
        <source>Определения показателей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="59"/>
        <source>Закрепление пар (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="68"/>
        <source>Исключение пар (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="78"/>
        <source>Обмен наставниками</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="128"/>
        <source>Критерии подбора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="159"/>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="184"/>
        <source>Утверждение пар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="161"/>
        <source>Будут сформированы пары и группы по протоколу № %1: пар %2, без пары %3. Протокол сохранится для отчётности.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="169"/>
        <source>&amp;Начало работы пар:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="171"/>
        <source>Утвердить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="182"/>
        <source>Сформировано пар и групп: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="184"/>
        <source>Пары и группы сформированы. Подготовить приказ об их закреплении?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="195"/>
        <source>Издан приказ № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="199"/>
        <source>Приказ № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="212"/>
        <source>Шаблон приказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="252"/>
        <source>Программа наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="254"/>
        <source>Новая программа наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="257"/>
        <source>Удаление программы наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="273"/>
        <source>Анкета участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="275"/>
        <source>Изменение анкеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="277"/>
        <source>Удаление анкеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="294"/>
        <source>Общее мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="296"/>
        <source>Изменение мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="297"/>
        <source>Удаление мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="25"/>
        <source>Резервная копия базы: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="26"/>
        <source>Резервная копия не сделана: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="55"/>
        <source>Куратор — копия с персональными данными %1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="57"/>
        <source>Резервная копия (содержит персональные данные участников)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="257"/>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="58"/>
        <source>База Куратора (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="65"/>
        <source>Копия сохранена: %1 (доступна только вам)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="71"/>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="80"/>
        <source>Восстановить из копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="76"/>
        <source>Эту копию восстановить нельзя: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="81"/>
        <source>Открытая база будет заменена копией «%1» от %2. Изменения после этой копии пропадут из базы, но сама нынешняя база сохранится в папке копий. Продолжить?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowBackup.cpp" line="100"/>
        <source>База восстановлена из копии; прежняя сохранена: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="27"/>
        <source>Забыть участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="28"/>
        <source>Удалить персональные данные: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="29"/>
        <source>Удаляются ФИО, контакты, заметки, ответы анкет, законные представители (если они больше ни с кем не связаны) и упоминания имени в парах, планах, встречах и приказах.
Остаются без имени категория, дата рождения, класс, стаж, согласия и участие в парах — отчёты за прошлые периоды не изменятся.

Это нельзя отменить; история правок будет очищена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowForget.cpp" line="33"/>
        <source>Удалить и прежние резервные копии (%n) — в них эти данные остаются; будет сделана новая копия</source>
        <translation>
            <numerusform>Удалить и прежние резервные копии (%n) — в них эти данные остаются; будет сделана новая копия</numerusform>
            <numerusform>Удалить и прежние резервные копии (%n) — в них эти данные остаются; будет сделана новая копия</numerusform>
            <numerusform>Удалить и прежние резервные копии (%n) — в них эти данные остаются; будет сделана новая копия</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="37"/>
        <source>Удалить данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="49"/>
        <source>Данные удалены: теперь это «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowForget.cpp" line="54"/>
        <source>Прежние резервные копии не удалены: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowForget.cpp" line="56"/>
        <source>Прежних резервных копий удалено: %n.</source>
        <translation>
            <numerusform>Прежних резервных копий удалено: %n.</numerusform>
            <numerusform>Прежних резервных копий удалено: %n.</numerusform>
            <numerusform>Прежних резервных копий удалено: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowServer.cpp" line="51"/>
        <source>Выгрузка на сервер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowServer.cpp" line="54"/>
        <source>Изменены и в файле, и на сервере с прошлой выгрузки — оставлены как на сервере (%1). Проверьте их и внесите нужное на сервере.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowServer.cpp" line="71"/>
        <source>Загрузка с сервера</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowServer.cpp" line="72"/>
        <source>Школа загружена в %1: %n записей. Файл открывается Куратором и выгружается обратно на те же записи сервера.</source>
        <translation>
            <numerusform>Школа загружена в %1: %n запись. Файл открывается Куратором и выгружается обратно на те же записи сервера.</numerusform>
            <numerusform>Школа загружена в %1: %n записи. Файл открывается Куратором и выгружается обратно на те же записи сервера.</numerusform>
            <numerusform>Школа загружена в %1: %n записей. Файл открывается Куратором и выгружается обратно на те же записи сервера.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="61"/>
        <source>совпадений нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="61"/>
        <source>совпало: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="102"/>
        <source>от %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="103"/>
        <source>возраст %1, желаемый %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="117"/>
        <source>%1 и %2 класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="129"/>
        <source>выбрали друг друга</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="130"/>
        <source>наставляемый выбрал наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="131"/>
        <source>наставник выбрал наставляемого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="132"/>
        <source>не выбирали друг друга</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="145"/>
        <source>форма совпадает</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="183"/>
        <source>Запрос и компетенции</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="184"/>
        <source>Общие интересы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="185"/>
        <source>Желаемый возраст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="186"/>
        <source>Время и график</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="187"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="188"/>
        <source>Классы и параллели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="189"/>
        <source>Взаимный выбор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="198"/>
        <source>один и тот же человек</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="199"/>
        <source>нет действующего согласия наставляемого на обработку ПДн</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="200"/>
        <source>нет действующего согласия наставника на обработку ПДн</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="201"/>
        <source>другая форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="202"/>
        <source>наставник моложе допустимого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="203"/>
        <source>пара запрещена куратором</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="204"/>
        <source>у наставника нет свободных мест</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Match::Evaluation</name>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="79"/>
        <source>нет данных</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="60"/>
        <source>Протокол подбора №%1, %2 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="62"/>
        <source>Пар: %1, без пары: %2, наименьший балл: %3, сумма баллов: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="71"/>
        <source>	(закреплена куратором)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="73"/>
        <source>Без пары:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="78"/>
        <source>Изменилось против предыдущего протокола: %1 наставляемых.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="85"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="85"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="86"/>
        <source>Начало работы пар.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="86"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="87"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="100"/>
        <source>Дата начала «%1» не в %2 учебном году.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="113"/>
        <source>В %1 учебном году подбора ещё не было: сначала kurator-cli match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="117"/>
        <source>Протокол №%1 утверждён: сформировано пар и групп — %2, начало работы %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/MatchCommand.cpp" line="126"/>
        <source>В %1 учебном году подбора ещё не было.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchOptionsDialog</name>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="5"/>
        <source>Критерии подбора пар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="9"/>
        <source>Критерии и их вес (0 — не учитывать)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="15"/>
        <source>Обязательные правила</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="19"/>
        <source>Только участники с действующим согласием на обработку ПДн</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="24"/>
        <source>Наставник старше наставляемого не менее чем на</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="29"/>
        <source> лет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="35"/>
        <source>Ученик-наставник старше на (классов), от:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="42"/>
        <source>до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="51"/>
        <source>Цель подбора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="55"/>
        <source>Как можно больше пар, из них — с наибольшей суммой баллов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="60"/>
        <source>Наибольшая сумма баллов, даже если кто-то останется без пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchOptionsDialog.ui" line="65"/>
        <source>&amp;Минимальный балл пары:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchProposalModel</name>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="43"/>
        <source>новая пара</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="44"/>
        <source>было: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="44"/>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="66"/>
        <source>без пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="68"/>
        <source>закреплена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="69"/>
        <source>обязательная</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="70"/>
        <source>подобрана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="92"/>
        <source>Наставляемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="93"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="94"/>
        <source>Балл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="95"/>
        <source>Пара</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="96"/>
        <source>Изменение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="97"/>
        <source>Почему без пары</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingService</name>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="151"/>
        <source>Участник № %1 не может быть наставником самому себе.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="152"/>
        <source>В закреплённой паре не указан наставник или наставляемый.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="162"/>
        <source>В банке наставляемых %1 учебного года нет никого без пары.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="245"/>
        <source>Протокол подбора № %1 не найден.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="247"/>
        <source>Протокол подбора № %1 уже утверждён или заменён более поздним.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="12"/>
        <source>подходящих наставников: %1, их места отданы другим парам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="13"/>
        <source>не подходит ни один наставник: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="47"/>
        <source>подходящие наставники заняты другими парами</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="49"/>
        <source>не подходит ни один наставник (форма, согласие, возраст, свободные места или балл)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/MatchingView.ui" line="13"/>
        <source>Подбор пар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="20"/>
        <source>Подобрать пары заново, сохранив закреплённые (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="21"/>
        <source>&amp;Подобрать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="26"/>
        <source>&amp;Критерии…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="31"/>
        <source>Оставить выбранные пары при следующих подборах (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="32"/>
        <source>&amp;Закрепить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="37"/>
        <source>Поменять наставников у двух выбранных пар и закрепить их</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="38"/>
        <source>По&amp;менять</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="43"/>
        <source>Больше не предлагать выбранные пары (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="44"/>
        <source>&amp;Убрать пару</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="49"/>
        <source>Поиск в предложении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="51"/>
        <source>Поиск по фамилии (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="63"/>
        <source>&amp;Утвердить пары…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="68"/>
        <source>Приказ о закреплении утверждённых пар и групп (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="69"/>
        <source>При&amp;каз…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="83"/>
        <source>Предложенные пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="90"/>
        <source>Профили и оценка выбранной пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MatchingView.cpp" line="24"/>
        <source>%1 (%n лет)</source>
        <translation>
            <numerusform>%1 (%n год)</numerusform>
            <numerusform>%1 (%n года)</numerusform>
            <numerusform>%1 (%n лет)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="30"/>
        <source>Категория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="31"/>
        <source>Класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="32"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="33"/>
        <source>Компетенции</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="33"/>
        <source>Запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="34"/>
        <source>Интересы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="35"/>
        <source>Время</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="38"/>
        <source>Желаемый возраст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="39"/>
        <source>Свободных мест</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="46"/>
        <source>Оценка пары: %1 из 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="49"/>
        <source>Пара исключена: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="51"/>
        <source>Критерий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="51"/>
        <source>Вес</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="51"/>
        <source>Оценка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="51"/>
        <source>Почему</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="55"/>
        <source>выкл.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="114"/>
        <source>В %1 учебном году подбора ещё не было. Заполните банки наставляемых и наставников (или импортируйте анкеты) и нажмите «Подобрать».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="118"/>
        <source>Протокол подбора № %1 (%2): пар %3, без пары %4, наименьший балл %5, сумма баллов %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="120"/>
        <source>утверждён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="120"/>
        <source>предложение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="126"/>
        <source>Против предыдущего протокола изменилось пар: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="169"/>
        <source>&lt;p&gt;Для этого наставляемого пары нет: причина — в таблице. Закрепите за ним наставника, выбрав пару в реестре, или измените критерии.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="171"/>
        <source>&lt;p&gt;Выберите пару, чтобы увидеть профили и оценку по каждому критерию.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="176"/>
        <source>&lt;p&gt;Пара уже сформирована или участник выбыл из банка.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="181"/>
        <source>Наставляемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="182"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingModel</name>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="133"/>
        <source>Запланирована на %1 и не отмечена состоявшейся</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="161"/>
        <source>«%1» — не дата: нужна дата вида дд.мм.гггг.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="171"/>
        <source>Продолжительность — число минут.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="196"/>
        <source>Встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="197"/>
        <source>План</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="198"/>
        <source>Состоялась</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="199"/>
        <source>Присутствовали</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="200"/>
        <source>Мин.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="201"/>
        <source>Тема</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="202"/>
        <source>Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="203"/>
        <source>Следующая</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeProfileDialog</name>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="14"/>
        <source>Наставляемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="25"/>
        <source>&amp;Наставляемый:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="50"/>
        <source>&amp;Ключевой запрос:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="69"/>
        <source>С чем приходит наставляемый: цель, трудность, ожидания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="76"/>
        <source>&amp;Проблемы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="95"/>
        <source>например, низкая учебная мотивация, трудности адаптации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="102"/>
        <source>&amp;Интересы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="115"/>
        <source>&amp;Форма наставничества:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="128"/>
        <source>Дата &amp;вхождения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="150"/>
        <location filename="../../ui/MenteeProfileDialog.ui" line="179"/>
        <source>дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="157"/>
        <source>Дата &amp;завершения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="186"/>
        <source>&amp;Результаты:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="199"/>
        <source>&amp;Ссылка на кейс/отзыв:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MenteeProfileDialog.ui" line="209"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="15"/>
        <source>Наставляемый — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="25"/>
        <source>Изменить наставляемого — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="62"/>
        <source>Выберите наставляемого: начните вводить фамилию и выберите человека из списка.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="63"/>
        <source>Этот человек уже есть в банке наставляемых за %1 учебный год: измените существующую запись.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorProfileDialog</name>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="14"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="25"/>
        <source>&amp;Наставник:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="54"/>
        <source>О наставнике</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="63"/>
        <source>&amp;Компетенции:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="82"/>
        <source>Чему может научить: предметы, навыки, профессия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="89"/>
        <source>&amp;Достижения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="112"/>
        <source>&amp;Интересы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="135"/>
        <source>&amp;Результаты:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="148"/>
        <source>&amp;Ссылка на кейс/отзыв:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="158"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="168"/>
        <source>Условия наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="177"/>
        <source>Желаемый &amp;возраст:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="189"/>
        <source>от</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="202"/>
        <location filename="../../ui/MentorProfileDialog.ui" line="231"/>
        <source>любой</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="205"/>
        <source>Наименьший возраст наставляемых; «любой» — без ограничения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="218"/>
        <source>до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="234"/>
        <source>Наибольший возраст наставляемых; «любой» — без ограничения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="262"/>
        <source>Ресурс вре&amp;мени:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="272"/>
        <source>например, 2 часа в неделю</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="279"/>
        <source>&amp;График:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="289"/>
        <source>например, вторник и четверг после 15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="296"/>
        <source>Ёмкос&amp;ть:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="314"/>
        <source>Сколько наставляемых наставник готов вести одновременно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="327"/>
        <source>наставляемых одновременно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="349"/>
        <source>&amp;Форма наставничества:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="362"/>
        <source>&amp;Обучение:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="372"/>
        <source>пройдено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="379"/>
        <source>Дата о&amp;бучения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="401"/>
        <location filename="../../ui/MentorProfileDialog.ui" line="430"/>
        <location filename="../../ui/MentorProfileDialog.ui" line="459"/>
        <source>дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="408"/>
        <source>Дата вхо&amp;ждения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MentorProfileDialog.ui" line="437"/>
        <source>Дата &amp;завершения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="16"/>
        <source>Наставник — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="29"/>
        <source>Изменить наставника — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="84"/>
        <source>Выберите наставника: начните вводить фамилию и выберите человека из списка.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="85"/>
        <source>Этот человек уже есть в банке наставников за %1 учебный год: измените существующую запись.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="88"/>
        <source>Дата обучения</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="92"/>
        <source>Не найден файл миграции %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="62"/>
        <source>Не удалось начать обновление базы: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="83"/>
        <source>Не удалось сохранить обновление базы: %1. Файл оставлен без изменений.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="105"/>
        <source>Не удалось обновить базу до версии %1: %2. Файл оставлен без изменений.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="112"/>
        <source>Не удалось записать версию схемы %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="125"/>
        <source>Не найден сценарий сервера %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="134"/>
        <source>Не удалось подготовить базу сервера: %1. Сервер оставлен без изменений.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModalProgress</name>
    <message>
        <location filename="../../src/gui/ModalProgress.cpp" line="6"/>
        <source>Отменить</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeTables</name>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="26"/>
        <source>Часть %1: таблица больше %2 млн ячеек — это не анкеты и не дорожная карта; файл не прочитан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="97"/>
        <source>Файл %1 не является документом %2: это не zip-архив Office. Возможно, расширение не соответствует содержимому.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="102"/>
        <source>Файл %1 не прочитан: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="103"/>
        <source>В файле %1 нет части %2: это не документ %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="108"/>
        <source>Часть %1 повреждена (строка %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="224"/>
        <source>В документе %1 нет таблиц.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="248"/>
        <source>В книге %1 нет листа «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="268"/>
        <source>В листе %1 строка %2 — за пределами листа Excel (%3 строк): файл повреждён.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="281"/>
        <source>В листе %1, строка %2: ячейка «%3» — за пределами листа Excel: файл повреждён.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeTables::Archive</name>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="55"/>
        <source>часть %1 зашифрована: файл защищён паролем. Снимите пароль в Excel или Word и сохраните файл снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="71"/>
        <source>часть %1 распаковывается в сотни мегабайт из %2 КБ — это не похоже на документ Office («zip-бомба»); файл не прочитан.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="41"/>
        <source>Не удалось открыть %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="35"/>
        <source>Приказ о закреплении наставнических пар/групп</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="113"/>
        <source>Не удалось записать %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="59"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="59"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="60"/>
        <source>Номер приказа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="60"/>
        <source>НОМЕР</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="61"/>
        <source>Дата приказа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="61"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="62"/>
        <source>Руководитель.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="62"/>
        <location filename="../../src/cli/OrderCommand.cpp" line="63"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="63"/>
        <source>Куратор.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="64"/>
        <source>Шаблон на этот раз.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="64"/>
        <location filename="../../src/cli/OrderCommand.cpp" line="65"/>
        <location filename="../../src/cli/OrderCommand.cpp" line="66"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="65"/>
        <source>Куда записать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="66"/>
        <source>Сохранить шаблон из файла.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="67"/>
        <source>Вернуть стандартный шаблон.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="81"/>
        <source>Файл приказа должен быть .pdf или .html: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="104"/>
        <source>Шаблон приказа сохранён.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="119"/>
        <source>В %1 учебном году приказов о закреплении пар нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="121"/>
        <source>№ %1 от %2: пар и групп — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="133"/>
        <source>Приказа № %1 в %2 учебном году нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="158"/>
        <source>Издан приказ № %1 от %2: закреплено пар и групп — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/OrderCommand.cpp" line="164"/>
        <source>Проект приказа: пар и групп без приказа — %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="6"/>
        <source>Приказ о закреплении наставнических пар/групп</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="10"/>
        <source>При&amp;каз:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="11"/>
        <source>Приказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="12"/>
        <source>&amp;Номер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="13"/>
        <source>например, 131-о</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="13"/>
        <source>Номер приказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="14"/>
        <source>&amp;Дата:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="15"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="15"/>
        <source>Дата приказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="16"/>
        <source>&amp;Руководитель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="17"/>
        <location filename="../../ui/OrderDialog.ui" line="19"/>
        <source>И. О. Фамилия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="17"/>
        <source>Руководитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="18"/>
        <source>К&amp;уратор:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="19"/>
        <source>Куратор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="27"/>
        <source>Текст приказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="33"/>
        <source>&amp;Шаблон…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="33"/>
        <source>Изменить шаблон приказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="34"/>
        <source>Сохранить &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="35"/>
        <source>&amp;Печать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="37"/>
        <source>&amp;Издать приказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="37"/>
        <source>Закрепить пары и группы этим приказом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderDialog.ui" line="38"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="47"/>
        <source>Новый приказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="49"/>
        <source>№ %1 от %2 — пар и групп: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="89"/>
        <source>Приказ издан: закреплено пар и групп — %1. Текст — как при издании.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="107"/>
        <source>Пар и групп %1 учебного года без приказа нет: все уже закреплены или ещё не утверждены на странице «Подбор пар».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/OrderDialog.cpp" line="110"/>
        <source>Проект: приказ закрепит пары и группы, ещё не закреплённые приказом, — %n.</source>
        <translation>
            <numerusform>Проект: приказ закрепит пары и группы, ещё не закреплённые приказом, — %n.</numerusform>
            <numerusform>Проект: приказ закрепит пары и группы, ещё не закреплённые приказом, — %n.</numerusform>
            <numerusform>Проект: приказ закрепит пары и группы, ещё не закреплённые приказом, — %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="151"/>
        <source>Приказ № %1 от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="164"/>
        <source>Сохранить приказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="165"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderDialog.cpp" line="172"/>
        <source>Приказ сохранён в %1. Открыть папку?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../../src/storage/OrderRepository.cpp" line="89"/>
        <source>Пару или группу уже закрепил другой приказ; обновите список и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/OrderRepository.cpp" line="136"/>
        <source>Приказ не найден.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="71"/>
        <source>название организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="72"/>
        <source>номер приказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="73"/>
        <source>дата приказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="74"/>
        <source>учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="75"/>
        <source>руководитель, подписывающий приказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="76"/>
        <source>куратор наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="77"/>
        <source>число пар и групп</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="78"/>
        <source>срок индивидуальных планов (месяц от даты приказа)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="79"/>
        <source>повторяется для каждой пары/группы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="80"/>
        <source>номер пары/группы по порядку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="81"/>
        <source>пара или группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="82"/>
        <source>наставник и его должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="83"/>
        <source>наставляемые и их классы/категории</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="84"/>
        <source>форма наставничества и ролевая модель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="85"/>
        <source>начало и плановое окончание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="86"/>
        <source>наставники для листа ознакомления, каждый один раз</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="128"/>
        <source>Шаблон приказа: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="147"/>
        <source>Укажите номер приказа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="149"/>
        <source>Номер приказа длиннее 30 знаков.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="151"/>
        <source>Укажите дату приказа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="153"/>
        <source>Дата приказа %1 — больше чем через год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="159"/>
        <source>Дата приказа %1 — вне %2 учебного года: приказ о закреплении пар издаётся с %3 по %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="164"/>
        <source>Приказ № %1 за %2 год уже есть.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="139"/>
        <source>Нет пар и групп %1 учебного года без приказа: утвердите пары на странице «Подбор пар».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="173"/>
        <source>О закреплении наставнических пар/групп</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTemplateDialog</name>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="6"/>
        <source>Шаблон приказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="11"/>
        <source>Текст приказа в HTML. Поля в двойных фигурных скобках программа заполнит сама; блок {{#pairs}} … {{/pairs}} повторится для каждой пары или группы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="18"/>
        <source>Текст шаблона</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="23"/>
        <source>Поля шаблона</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="32"/>
        <source>&amp;Загрузить из файла…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OrderTemplateDialog.ui" line="33"/>
        <source>&amp;Стандартный шаблон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderTemplateDialog.cpp" line="52"/>
        <source>Шаблон в порядке.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderTemplateDialog.cpp" line="60"/>
        <source>HTML и текст (*.html *.htm *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/OrderTemplateDialog.cpp" line="65"/>
        <source>Не удалось открыть %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="61"/>
        <source>%1 (группа)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="68"/>
        <source>№ %1 от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="71"/>
        <source>нет плана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="71"/>
        <source>%1 % (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="83"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="84"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="85"/>
        <source>Наставляемые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="86"/>
        <source>Форма</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="87"/>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="88"/>
        <source>Начало</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="89"/>
        <source>Окончание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="90"/>
        <source>Приказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="91"/>
        <source>Встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="92"/>
        <source>Последняя встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="93"/>
        <source>План</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairListModel.cpp" line="94"/>
        <source>Требует внимания</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairRepository</name>
    <message>
        <location filename="../../src/storage/PairRepository.cpp" line="65"/>
        <source>Пара или группа не найдена.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairService</name>
    <message>
        <location filename="../../src/services/PairService.cpp" line="41"/>
        <source>Число дней без встреч — от 1 до 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="91"/>
        <source>Шаблоны планов — не JSON: %1 (позиция %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="103"/>
        <source>Шаблон плана № %1: нужны code и title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="110"/>
        <source>Шаблон «%1», пункт %2: нет мероприятия (activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="112"/>
        <source>Шаблон «%1», пункт %2: срок at должен быть от 0 до 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="116"/>
        <source>Шаблон «%1» без пунктов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="120"/>
        <source>В файле нет ни одного шаблона плана (templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="167"/>
        <source>Нет шаблона плана «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="191"/>
        <source>Пункт плана %1: укажите мероприятие.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="193"/>
        <source>Пункт плана %1: дата выполнения %2 — в будущем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="215"/>
        <source>У пары нет даты начала или планового окончания: встречи не от чего планировать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="244"/>
        <source>Встреча %1 не могла состояться раньше начала работы пары %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="283"/>
        <source>Пара завершается со статусом «завершена» или «завершена досрочно».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="285"/>
        <source>Укажите дату завершения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="287"/>
        <source>Дата завершения %1 раньше начала работы пары %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="289"/>
        <source>Дата завершения %1 — в будущем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="291"/>
        <source>Укажите причину досрочного завершения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="316"/>
        <source>ИНДИВИДУАЛЬНЫЙ ПЛАН РАЗВИТИЯ ПОД РУКОВОДСТВОМ НАСТАВНИКА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="318"/>
        <location filename="../../src/services/PairService.cpp" line="339"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="318"/>
        <location filename="../../src/services/PairService.cpp" line="339"/>
        <source>Наставляемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="319"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="321"/>
        <location filename="../../src/services/PairService.cpp" line="326"/>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="323"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="326"/>
        <source>Раздел / задача</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="326"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="326"/>
        <source>Ожидаемый результат / форма отчётности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="327"/>
        <source>Отметка о выполнении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="330"/>
        <source>выполнено %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="331"/>
        <source>просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PairService.cpp" line="338"/>
        <source>Выполнено</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairWork</name>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="38"/>
        <source>%1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="39"/>
        <source>не отмечено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="45"/>
        <source>встреча-знакомство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="47"/>
        <source>пробная рабочая встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="49"/>
        <source>встреча-планирование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="51"/>
        <source>регулярная встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="53"/>
        <source>итоговая встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="55"/>
        <source>общее мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="62"/>
        <source>Укажите дату встречи.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="64"/>
        <source>Встреча %1 ещё не могла состояться: дата в будущем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="66"/>
        <source>Продолжительность встречи — от 0 до 600 минут.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="68"/>
        <source>Неизвестный вид встречи «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="70"/>
        <source>Укажите тему общего мероприятия.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="72"/>
        <source>Присутствие отмечается на проведённой встрече: укажите дату проведения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="76"/>
        <source>Участник № %1 отмечен на встрече дважды.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="123"/>
        <source>Участник № %1 указан в паре дважды: наставник не может быть своим наставляемым.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="130"/>
        <source>В паре или группе нет наставника.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="132"/>
        <source>В паре или группе нет ни одного наставляемого.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="142"/>
        <source>согласие на обработку ПДн отозвано: %n уч.</source>
        <translation>
            <numerusform>согласие на обработку ПДн отозвано у %n участника</numerusform>
            <numerusform>согласие на обработку ПДн отозвано у %n участников</numerusform>
            <numerusform>согласие на обработку ПДн отозвано у %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="144"/>
        <source>нет действующего согласия на обработку ПДн: %n уч.</source>
        <translation>
            <numerusform>нет действующего согласия на обработку ПДн у %n участника</numerusform>
            <numerusform>нет действующего согласия на обработку ПДн у %n участников</numerusform>
            <numerusform>нет действующего согласия на обработку ПДн у %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="146"/>
        <source>согласие истекает в ближайшие %1 дн.: %n уч.</source>
        <translation>
            <numerusform>согласие истекает в ближайшие %1 дн. у %n участника</numerusform>
            <numerusform>согласие истекает в ближайшие %1 дн. у %n участников</numerusform>
            <numerusform>согласие истекает в ближайшие %1 дн. у %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="154"/>
        <source>нет встреч %n дн.</source>
        <translation>
            <numerusform>нет встреч %n день</numerusform>
            <numerusform>нет встреч %n дня</numerusform>
            <numerusform>нет встреч %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="155"/>
        <source>ни одной встречи за %n дн. с начала работы</source>
        <translation>
            <numerusform>ни одной встречи за %n день с начала работы</numerusform>
            <numerusform>ни одной встречи за %n дня с начала работы</numerusform>
            <numerusform>ни одной встречи за %n дней с начала работы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/PairWork.cpp" line="157"/>
        <source>просрочено пунктов плана: %n</source>
        <translation>
            <numerusform>просрочено пунктов плана: %n</numerusform>
            <numerusform>просрочено пунктов плана: %n</numerusform>
            <numerusform>просрочено пунктов плана: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/domain/PairWork.cpp" line="159"/>
        <source>встреча-знакомство не состоялась (план — %1)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="43"/>
        <source>встреч %1, план %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="77"/>
        <source>Группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="77"/>
        <source>Пара</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="78"/>
        <source>Наставник: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="79"/>
        <source>Наставляемые: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="80"/>
        <source>Форма: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="82"/>
        <source>Срок: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="84"/>
        <source>Приказ № %1 от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="86"/>
        <source>Причина завершения: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="88"/>
        <source>Результаты: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="90"/>
        <source>План: выполнено %1 из %2 (%3 %), просрочено %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="97"/>
        <source>Встречи:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="100"/>
        <source>состоялась %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="101"/>
        <source>план %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="109"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="109"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="110"/>
        <source>Только требующие внимания.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="111"/>
        <source>Статус пар.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="112"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="113"/>
        <source>Шаблон плана.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="113"/>
        <source>КОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="114"/>
        <source>Заменить пункты плана.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="115"/>
        <source>Куда записать план.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="115"/>
        <location filename="../../src/cli/PairsCommand.cpp" line="126"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="116"/>
        <source>Дата.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="116"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="117"/>
        <source>Запланировать встречи.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="118"/>
        <source>Вид встречи.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="118"/>
        <source>ВИД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="119"/>
        <source>Продолжительность.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="120"/>
        <source>Тема.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="120"/>
        <location filename="../../src/cli/PairsCommand.cpp" line="121"/>
        <location filename="../../src/cli/PairsCommand.cpp" line="123"/>
        <location filename="../../src/cli/PairsCommand.cpp" line="124"/>
        <source>ТЕКСТ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="121"/>
        <source>Итог.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="122"/>
        <source>Досрочно.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="123"/>
        <source>Причина.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="124"/>
        <source>Результаты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="125"/>
        <source>Ссылка на кейс.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="125"/>
        <source>ССЫЛКА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="126"/>
        <source>Свои шаблоны планов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="127"/>
        <source>Вернуть стандартные шаблоны.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="143"/>
        <source>Номер пары должен быть числом: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="170"/>
        <source>Статус — forming, active, completed или ended_early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="181"/>
        <source>Стандартные шаблоны планов восстановлены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="185"/>
        <source>Не удалось открыть %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="186"/>
        <source>Шаблоны планов сохранены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="197"/>
        <source>Порог без встреч: %1 дн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="210"/>
        <source>У пары уже есть план; --replace заменит его пункты пунктами шаблона.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="216"/>
        <source>План составлен по шаблону: пунктов %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="222"/>
        <source>Индивидуальный план</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="234"/>
        <source>В плане пары нет пункта %1 (пунктов: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="237"/>
        <source>Пункт %1 выполнен %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="244"/>
        <source>Запланировано встреч: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="251"/>
        <source>Укажите --date: когда встреча состоялась.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="276"/>
        <source>Встреча записана: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="281"/>
        <source>Укажите --date: день завершения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PairsCommand.cpp" line="288"/>
        <source>Пара №%1: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <location filename="../../ui/PairsView.ui" line="13"/>
        <location filename="../../ui/PairsView.ui" line="35"/>
        <source>Пары и группы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="18"/>
        <source>Статус пар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="19"/>
        <source>Только &amp;требующие внимания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="20"/>
        <source>Без встреч дольше:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="21"/>
        <source> дн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="21"/>
        <source>Дней без встреч до отметки «требует внимания»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="22"/>
        <source>Поиск пар и групп</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="22"/>
        <source>Поиск по фамилии (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="24"/>
        <source>Про&amp;грамма…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="24"/>
        <source>Прикрепить пару к программе наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="25"/>
        <source>&amp;Завершить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="25"/>
        <source>Завершить работу пары: итоги, ссылка на кейс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="41"/>
        <source>Разделы пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="43"/>
        <source>Карточка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="45"/>
        <source>Карточка пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="49"/>
        <location filename="../../src/gui/PairsView.cpp" line="224"/>
        <location filename="../../src/gui/PairsView.cpp" line="244"/>
        <location filename="../../src/gui/PairsView.cpp" line="245"/>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="40"/>
        <source>Индивидуальный план</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="53"/>
        <source>По &amp;шаблону…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="54"/>
        <source>&amp;Добавить пункт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="55"/>
        <source>&amp;Удалить пункт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="58"/>
        <source>Сохранить &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="59"/>
        <source>&amp;Печать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="62"/>
        <source>Пункты плана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="66"/>
        <source>Встречи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="70"/>
        <source>&amp;Запланировать последовательность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="70"/>
        <source>Знакомство, пробная встреча, планирование, регулярные встречи и итоговая — от даты начала</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="71"/>
        <source>&amp;Новая встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="72"/>
        <source>&amp;Состоялась сегодня</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="73"/>
        <source>П&amp;рисутствие…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="73"/>
        <source>Кто из участников пары был на встрече</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="74"/>
        <source>Уд&amp;алить встречу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="78"/>
        <source>Встречи пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="82"/>
        <source>История</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PairsView.ui" line="84"/>
        <source>История изменений пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="48"/>
        <source>Все статусы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="69"/>
        <source>Порог дней без встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="140"/>
        <source>%1 учебный год: пар и групп — %2, работают — %3, требуют внимания — %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="159"/>
        <source>&lt;p&gt;Выберите пару или группу в списке.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="169"/>
        <source>Группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="169"/>
        <source>Пара</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="171"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="171"/>
        <source>Наставляемые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="172"/>
        <source>Форма</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="174"/>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="176"/>
        <source>Программа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="177"/>
        <source>Приказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="178"/>
        <source>ещё не издан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="179"/>
        <source>№ %1 от %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="181"/>
        <source>Причина завершения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="183"/>
        <source>Результаты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="185"/>
        <source>Кейс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="188"/>
        <source>Требует внимания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="194"/>
        <source>Плана ещё нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="195"/>
        <source>Выполнено %1 % (%2 из %3), просрочено: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="202"/>
        <source>&lt;p&gt;Изменений не было.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="52"/>
        <source>Встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="66"/>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="71"/>
        <source>План по шаблону</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="66"/>
        <source>Шаблон плана:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="71"/>
        <source>Заменить пункты плана пунктами шаблона? Это можно отменить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="87"/>
        <source>Новое мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="115"/>
        <source>Все встречи стандартной последовательности уже есть в дневнике.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="123"/>
        <source>Планирование встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="152"/>
        <source>Новая встреча</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="184"/>
        <source>наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="184"/>
        <source>наставляемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="186"/>
        <source>Присутствие: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="206"/>
        <source>Удаление встречи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="222"/>
        <source>Завершение пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="234"/>
        <source>Программ наставничества ещё нет: заведите их в «Файл › Программы наставничества…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="237"/>
        <source>— без программы —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="245"/>
        <source>Программа наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="245"/>
        <source>Программа пары:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsViewEdits.cpp" line="257"/>
        <source>Программа пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="230"/>
        <source>Сохранить план</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="231"/>
        <source>Индивидуальный план, пара %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairsView.cpp" line="231"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="14"/>
        <source>Партнёрская организация</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="25"/>
        <source>&amp;Название:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="41"/>
        <source>например, АО «Завод „Прогресс“»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="48"/>
        <source>&amp;Тип:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="61"/>
        <source>Но&amp;мер договора:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="74"/>
        <source>&amp;Дата договора:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="96"/>
        <source>дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="103"/>
        <source>&amp;Контактное лицо:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="113"/>
        <source>Фамилия Имя Отчество, должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="120"/>
        <source>Теле&amp;фон:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="130"/>
        <source>+7 900 123-45-67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="137"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="147"/>
        <source>name@example.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="154"/>
        <source>&amp;Адрес:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PartnerDialog.ui" line="167"/>
        <source>&amp;Примечания:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PartnerDialog.cpp" line="13"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PartnerDialog.cpp" line="14"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PartnerDialog.cpp" line="26"/>
        <source>Изменить организацию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PartnerDialog.cpp" line="71"/>
        <source>Дата договора</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="15"/>
        <source>Укажите название организации.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="17"/>
        <source>Дата договора ещё не наступила.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="19"/>
        <source>Телефон «%1» не похож на российский номер: ожидается +7 и 10 цифр.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="21"/>
        <source>Адрес e-mail «%1» записан неверно.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PartnerService.cpp" line="72"/>
        <source>Организацию нельзя удалить: на неё уже ссылаются другие записи.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="38"/>
        <source>Подтвердить: удаление необратимо.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="40"/>
        <source>Сделать свежую резервную копию и удалить все прежние: в них остаются удалённые данные.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="42"/>
        <source>Удалить персональные данные участника.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="43"/>
        <source>Номер участника (people list --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="45"/>
        <source>Использование: kurator-cli --db ФАЙЛ people forget ID --yes [--purge-backups]
Удаляет ФИО, контакты, заметки, ответы анкет и законных представителей участника и его имя из текстов пар, планов, встреч и приказов; категория, дата рождения, класс, стаж, согласия и участие в парах остаются без имени, так что отчёты за прошлые периоды не меняются.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="56"/>
        <source>Удаление персональных данных необратимо: повторите команду с --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="63"/>
        <source>Персональные данные удалены; теперь это «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PeopleCommand.cpp" line="65"/>
        <source>Удалены и законные представители: %n.</source>
        <translation>
            <numerusform>Удалены и законные представители: %n.</numerusform>
            <numerusform>Удалены и законные представители: %n.</numerusform>
            <numerusform>Удалены и законные представители: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PeopleCommand.cpp" line="66"/>
        <source>Имя стёрто из текстов: %n.</source>
        <translation>
            <numerusform>Имя стёрто из текстов: %n.</numerusform>
            <numerusform>Имя стёрто из текстов: %n.</numerusform>
            <numerusform>Имя стёрто из текстов: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PeopleCommand.cpp" line="72"/>
        <source>Прежних резервных копий удалено: %n; сделана новая.</source>
        <translation>
            <numerusform>Прежних резервных копий удалено: %n; сделана новая.</numerusform>
            <numerusform>Прежних резервных копий удалено: %n; сделана новая.</numerusform>
            <numerusform>Прежних резервных копий удалено: %n; сделана новая.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="74"/>
        <source>В резервных копиях (%1) данные остаются, пока копии не сменятся: удалить их — --purge-backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="85"/>
        <source>Часть ФИО (регистр и ё/е не важны).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="87"/>
        <source>Категория: pupil, teacher, parent, graduate, student, employer (или по-русски: обучающийся, педагог…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="89"/>
        <source>active или archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="90"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="92"/>
        <source>Показать список участников.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="94"/>
        <source>Использование: kurator-cli --db ФАЙЛ people list [--search ТЕКСТ] [--category К] [--status S] [--json]
       kurator-cli --db ФАЙЛ people forget ID --yes [--purge-backups]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="107"/>
        <source>Неизвестная категория: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="112"/>
        <source>Неизвестный статус: %1 (ожидается active или archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="131"/>
        <source>Всего: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="24"/>
        <source>Законный представитель: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="30"/>
        <location filename="../../src/services/PeopleService.cpp" line="83"/>
        <source>Участник не найден: возможно, его уже удалили.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="136"/>
        <source>Участника нельзя удалить: на него уже ссылаются другие записи.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="183"/>
        <source>Участник не найден.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="5"/>
        <source>Участник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="12"/>
        <source>Сведения об участнике</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="14"/>
        <source>&amp;Фамилия*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="16"/>
        <source>&amp;Имя*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="18"/>
        <source>&amp;Отчество:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="20"/>
        <source>По&amp;л:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="22"/>
        <source>Дата &amp;рождения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="23"/>
        <location filename="../../ui/PersonDialog.ui" line="31"/>
        <location filename="../../ui/PersonDialog.ui" line="73"/>
        <location filename="../../ui/PersonDialog.ui" line="77"/>
        <source>дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="24"/>
        <source>&amp;Категория*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="26"/>
        <source>К&amp;ласс:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="27"/>
        <source>например, 7Б</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="28"/>
        <source>&amp;Должность:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="30"/>
        <source>Педагогический &amp;стаж с:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="32"/>
        <source>&amp;Место работы / учёбы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="34"/>
        <source>Организация-&amp;партнёр:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="36"/>
        <source>&amp;Год выпуска:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="37"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="33"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="38"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="38"/>
        <source>&amp;Телефон:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="39"/>
        <location filename="../../ui/PersonDialog.ui" line="62"/>
        <source>+7 912 345-67-89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="40"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="41"/>
        <source>name@example.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="49"/>
        <source>Законный представитель (для несовершеннолетних)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="51"/>
        <source>Указаны:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="53"/>
        <source>Фамилия:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="55"/>
        <source>Имя:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="57"/>
        <source>Отчество:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="59"/>
        <source>Кем приходится:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="61"/>
        <source>Телефон:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="68"/>
        <source>Согласие на обработку персональных данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="70"/>
        <source>Состояние:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="72"/>
        <source>Дата подписания:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="74"/>
        <source>Действует до:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="75"/>
        <source>дд.мм.гггг (пусто — бессрочно)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="76"/>
        <source>Отозвано:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="83"/>
        <source>Особые группы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PersonDialog.ui" line="88"/>
        <location filename="../../ui/PersonDialog.ui" line="89"/>
        <source>Заметки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="17"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="18"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="20"/>
        <source>Новый участник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="25"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="26"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="100"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="34"/>
        <source>мужской</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="35"/>
        <source>женский</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>мать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>отец</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>опекун</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>попечитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="41"/>
        <source>другое</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="68"/>
        <source>Участник: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="134"/>
        <source>Законный представитель: укажите фамилию и имя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="146"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="151"/>
        <source>Педагогический стаж</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="167"/>
        <source>Дата согласия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="168"/>
        <source>Согласие действует до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="169"/>
        <source>Согласие отозвано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="176"/>
        <source>Согласие: укажите дату подписания.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="33"/>
        <source>Начните вводить фамилию, имя или класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="35"/>
        <source>Участник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="71"/>
        <source>Участника записи изменить нельзя: для другого участника добавьте новую запись.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="167"/>
        <source>участник № %1 не найден</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="168"/>
        <source>%1 (в архиве)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="62"/>
        <source>Дата рождения %1 ещё не наступила.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="63"/>
        <source>Дата рождения %1 невозможна.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="66"/>
        <source>Дата начала педагогического стажа ещё не наступила.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="68"/>
        <source>Педагогический стаж не может начаться раньше 14 лет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="76"/>
        <source>Для обучающегося укажите класс.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="78"/>
        <source>Класс «%1» не распознан: ожидается номер 1–11 и буква, например 7Б.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="81"/>
        <source>Участник несовершеннолетний: укажите законного представителя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="88"/>
        <source>Укажите фамилию.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="90"/>
        <source>Укажите имя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="92"/>
        <source>Для обучающегося укажите дату рождения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="96"/>
        <source>Телефон «%1» не похож на российский номер: ожидается +7 и 10 цифр.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="98"/>
        <source>Адрес e-mail «%1» записан неверно.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemModel</name>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="39"/>
        <source>Просрочено: срок %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="47"/>
        <source>выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="68"/>
        <source>«%1» — не дата: нужна дата вида дд.мм.гггг.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="80"/>
        <source>Мероприятие пункта плана не может быть пустым.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="105"/>
        <source>Раздел / задача</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="106"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="107"/>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="108"/>
        <source>Ожидаемый результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="109"/>
        <source>Выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="110"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PairWorkModels.cpp" line="111"/>
        <source>Комментарий</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/gui/modules/Printing.cpp" line="16"/>
        <source>Печать недоступна: %1. Сохраните документ в PDF и напечатайте его из программы просмотра.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <location filename="../../src/services/ProfileService.cpp" line="19"/>
        <source>Число наставляемых не может быть отрицательным.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ProfileService.cpp" line="21"/>
        <source>Желаемый возраст наставляемых не может быть отрицательным.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ProfileService.cpp" line="23"/>
        <source>Желаемый возраст: «от» больше, чем «до».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <location filename="../../src/storage/ProgrammeRepository.cpp" line="63"/>
        <source>Программа не найдена.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeService</name>
    <message>
        <location filename="../../src/services/ProgrammeService.cpp" line="15"/>
        <source>Укажите наименование программы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ProgrammeService.cpp" line="17"/>
        <source>Период программы: окончание %1 раньше начала %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ProgrammeService.cpp" line="21"/>
        <source>Ссылка на публикацию «%1» — не адрес сайта (нужно http:// или https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ProgrammeService.cpp" line="62"/>
        <source>К программе «%1» прикреплены пары и группы (%2): сначала открепите их.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="34"/>
        <source>Наименование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="35"/>
        <source>Целевая аудитория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="36"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="37"/>
        <source>Задачи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="38"/>
        <source>Отбор наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="39"/>
        <source>Обучение наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="40"/>
        <source>Мониторинг и оценка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="41"/>
        <source>Мотивация наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="42"/>
        <source>Ожидаемые результаты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="43"/>
        <source>Партнёры</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="44"/>
        <source>Фактические результаты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="45"/>
        <source>Публикация</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="54"/>
        <source>ТЕКСТ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="55"/>
        <source>Начало периода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="55"/>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="56"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="56"/>
        <source>Окончание периода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="77"/>
        <source>пар и групп: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="83"/>
        <source>Программы %1 нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="95"/>
        <source>Период: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="99"/>
        <source>Пар и групп: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ProgrammesCommand.cpp" line="114"/>
        <source>Программа сохранена: №%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="6"/>
        <source>Программы наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="14"/>
        <source>Программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="17"/>
        <source>&amp;Новая</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="18"/>
        <source>&amp;Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="27"/>
        <source>&amp;Наименование*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="28"/>
        <source>Наименование программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="29"/>
        <source>Целевая &amp;аудитория:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="30"/>
        <source>Целевая аудитория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="31"/>
        <source>Период &amp;с:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="32"/>
        <source>Начало периода</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="32"/>
        <location filename="../../ui/ProgrammesDialog.ui" line="34"/>
        <source>дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="33"/>
        <source>Период п&amp;о:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="34"/>
        <source>Окончание периода</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="35"/>
        <source>&amp;Форма наставничества:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="36"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="37"/>
        <source>&amp;Цель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="38"/>
        <source>Цель программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="39"/>
        <source>&amp;Задачи:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="40"/>
        <source>Задачи программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="41"/>
        <source>Отбор на&amp;ставников:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="42"/>
        <source>Система отбора наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="43"/>
        <source>О&amp;бучение наставников:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="44"/>
        <source>Система обучения наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="45"/>
        <source>&amp;Мониторинг и оценка:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="46"/>
        <source>Система мониторинга и оценки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="47"/>
        <source>Мот&amp;ивация наставников:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="48"/>
        <source>Система мотивации наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="49"/>
        <source>&amp;Ожидаемые результаты:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="50"/>
        <source>Ожидаемые результаты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="51"/>
        <source>&amp;Партнёры:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="52"/>
        <source>Партнёры</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="53"/>
        <source>Факти&amp;ческие результаты:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="54"/>
        <source>Фактические результаты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="55"/>
        <source>Пу&amp;бликация (ссылка):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="56"/>
        <source>Ссылка на публикацию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="56"/>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="62"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="67"/>
        <source>&amp;Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ProgrammesDialog.ui" line="68"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProgrammesDialog.cpp" line="13"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProgrammesDialog.cpp" line="78"/>
        <source>Прикреплено пар и групп: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProgrammesDialog.cpp" line="78"/>
        <source>Новая программа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProgrammesDialog.cpp" line="109"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/app/main.cpp" line="53"/>
        <location filename="../../src/app/main.cpp" line="58"/>
        <source>Куратор наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="61"/>
        <source>Файл базы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="62"/>
        <source>Открыть демонстрационную школу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="64"/>
        <source>Закрыться сразу после показа окна.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="66"/>
        <source>Сохранить снимок окна и закрыться.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="69"/>
        <source>Выполнить действие окна перед снимком.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="73"/>
        <source>Муниципальный сервер PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="76"/>
        <source>Показать начальный экран.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="80"/>
        <source>База школы, которую открыть, или таблица для импорта.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="81"/>
        <source>[ФАЙЛ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="142"/>
        <source>Куратор</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireImport</name>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="24"/>
        <source>Дата заполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="25"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="26"/>
        <source>Фамилия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="27"/>
        <source>Отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="28"/>
        <source>Имя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="29"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="30"/>
        <source>Класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="31"/>
        <source>Категория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="32"/>
        <source>Должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="33"/>
        <source>Место работы или учёбы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="34"/>
        <source>Телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="35"/>
        <source>Электронная почта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="36"/>
        <source>Кого выбирает в пару</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="37"/>
        <source>Запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="38"/>
        <source>Проблемы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="39"/>
        <source>Компетенции</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="40"/>
        <source>Достижения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="41"/>
        <source>Интересы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="42"/>
        <source>Желаемый возраст наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="43"/>
        <source>Сколько наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="44"/>
        <source>Временной ресурс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="45"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="46"/>
        <source>Удобное время встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="176"/>
        <source>не объект JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="184"/>
        <source>неизвестное поле «%1» у столбца «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="391"/>
        <source>строка %1: «%2» — нет такого участника или их несколько</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="449"/>
        <source>Импорт отменён: ничего не записано.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="459"/>
        <source>строка %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="460"/>
        <source>Ничего не импортировано: в файле есть строки с ошибками.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="481"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="486"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="494"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="496"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="525"/>
        <source>Строка %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireImportDialog</name>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="6"/>
        <source>Импорт анкет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="17"/>
        <source>&amp;Файл:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="20"/>
        <source>таблица .csv или .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="20"/>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="117"/>
        <source>Файл анкет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="21"/>
        <source>&amp;Обзор…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="24"/>
        <source>&amp;Анкеты:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="25"/>
        <source>Вид анкет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="26"/>
        <source>&amp;Лист:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="27"/>
        <source>Лист книги Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="34"/>
        <source>Столбцы с привычными заголовками узнаны. Для остальных выберите поле (двойной щелчок или F2); столбец без поля сохранится как ответ анкеты. Соответствие запомнится для следующего импорта.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="35"/>
        <source>Соответствие столбцов и полей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="45"/>
        <source>Строки с ошибками</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="46"/>
        <source>Строки к импорту</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="49"/>
        <source>Импортировать строки без ошибок, &amp;пропустив строки с ошибками</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="57"/>
        <source>&lt; &amp;Назад</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="58"/>
        <source>&amp;Далее &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="59"/>
        <source>&amp;Импортировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/QuestionnaireImportDialog.ui" line="60"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="36"/>
        <source>Анкеты наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="37"/>
        <source>Анкеты наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="38"/>
        <source>Опрос предпочтений после встречи-знакомства</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="41"/>
        <source>Ответы: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="104"/>
        <source>Шаг 1 из 3. Файл анкет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="104"/>
        <source>Шаг 2 из 3. Столбцы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="104"/>
        <source>Шаг 3 из 3. Проверка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="118"/>
        <source>Таблицы (*.csv *.xlsx *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="131"/>
        <source>ФИО (или Фамилия, Имя, Отчество)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="135"/>
        <source>&lt;p&gt;Подойдёт выгрузка формы или таблица: CSV (кодировку — UTF-8, Windows-1251 и другие — и разделитель «;», «,» или табуляцию программа определит сама) либо книга Excel .xlsx. В первой строке — заголовки столбцов, в каждой следующей — одна анкета.&lt;/p&gt;&lt;p&gt;Узнаются заголовки: %1. Обязательно ФИО.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="141"/>
        <source>&lt;p&gt;Вопросы анкеты «%1» узнаются по их тексту в заголовке.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="142"/>
        <source>&lt;p&gt;Остальные столбцы можно сопоставить на следующем шаге; столбец без поля сохранится как ответ анкеты. Ничего не запишется до кнопки «Импортировать» на последнем шаге.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="169"/>
        <source>Читаю файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="179"/>
        <source>В файле нет ни одной строки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="186"/>
        <source>Строк: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="188"/>
        <source>Кодировка %1, разделитель «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="201"/>
        <source>Укажите столбец «ФИО» или столбцы «Фамилия» и «Имя».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="204"/>
        <source>Одно поле у нескольких столбцов: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="227"/>
        <source>Проверяю строки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="237"/>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="242"/>
        <source>Строка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="237"/>
        <source>Ошибка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="242"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="242"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="242"/>
        <source>Класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="243"/>
        <source>В базе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="243"/>
        <source>Дата заполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="248"/>
        <source>сегодня</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="249"/>
        <source>есть — обновится</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="249"/>
        <source>новый участник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="254"/>
        <source>К импорту анкет: %1 (анкета участника за этот год заменяется, а не дублируется).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="256"/>
        <source>К импорту строк: %1 (новых участников: %2, уже в базе: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="259"/>
        <source>Ниже — первые %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="261"/>
        <source>Строк с ошибками: %1 — без отметки ниже не будет импортировано ничего; исправьте файл или пропустите их.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="274"/>
        <source>Записываю анкеты…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="283"/>
        <source>Импортировано анкет: новых — %1, заменено прежних — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="284"/>
        <source>Импортировано: новых участников — %1, обновлено — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="286"/>
        <source>Пропущено строк с ошибками: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/QuestionnaireImportDialog.cpp" line="290"/>
        <source>…и ещё предупреждений: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../../src/services/ReferenceData.cpp" line="21"/>
        <source>Не найден список форм наставничества по умолчанию.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ReferenceData.cpp" line="43"/>
        <source>Не найден список показателей эффективности по умолчанию.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="54"/>
        <source>представитель: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="175"/>
        <source>База наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="181"/>
        <source>%1, %2 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="199"/>
        <source>Не удалось прочитать базу %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="199"/>
        <source>наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="199"/>
        <source>наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="201"/>
        <source>Сохранение отменено, файл не создан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="175"/>
        <source>База наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/BankLookup.cpp" line="30"/>
        <source>%1, %2 класс</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryService</name>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="175"/>
        <location filename="../../src/services/RegistryService.cpp" line="195"/>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="175"/>
        <location filename="../../src/services/RegistryService.cpp" line="195"/>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Категория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="175"/>
        <location filename="../../src/services/RegistryService.cpp" line="195"/>
        <source>Класс / должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="175"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="176"/>
        <location filename="../../src/services/RegistryService.cpp" line="195"/>
        <source>Возраст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="176"/>
        <location filename="../../src/services/RegistryService.cpp" line="273"/>
        <source>Телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="176"/>
        <location filename="../../src/services/RegistryService.cpp" line="273"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="176"/>
        <location filename="../../src/services/RegistryService.cpp" line="197"/>
        <location filename="../../src/services/RegistryService.cpp" line="231"/>
        <source>Согласие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="177"/>
        <source>Особые группы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="177"/>
        <location filename="../../src/services/RegistryService.cpp" line="197"/>
        <location filename="../../src/services/RegistryService.cpp" line="231"/>
        <location filename="../../src/services/RegistryService.cpp" line="273"/>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="196"/>
        <source>Ключевой запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="196"/>
        <source>Желаемая форма</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="196"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="197"/>
        <source>Дата вхождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Место работы / учёбы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Компетенции</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Желаемый возраст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Ресурс времени</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Ёмкость</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="231"/>
        <source>Наставляемые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="231"/>
        <source>Обучение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="246"/>
        <source>%1 класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="246"/>
        <source>школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="246"/>
        <source>пройдено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="246"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="272"/>
        <source>Название</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="272"/>
        <source>Тип</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="272"/>
        <source>Договор №</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="272"/>
        <source>Дата договора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="273"/>
        <source>Контактное лицо</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../ui/RegistryView.ui" line="13"/>
        <location filename="../../ui/RegistryView.ui" line="61"/>
        <source>Реестр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="19"/>
        <source>Поиск в реестре</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="21"/>
        <source>Поиск: ФИО, класс, должность, телефон… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="26"/>
        <location filename="../../src/gui/RegistryView.cpp" line="95"/>
        <source>&amp;Категория:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="33"/>
        <source>К&amp;ласс:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="40"/>
        <source>&amp;Статус:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="47"/>
        <source>Со&amp;гласие:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="45"/>
        <source>Загрузка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="77"/>
        <location filename="../../src/gui/RegistryView.cpp" line="81"/>
        <location filename="../../src/gui/RegistryView.cpp" line="82"/>
        <location filename="../../src/gui/RegistryView.cpp" line="88"/>
        <source>все</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="95"/>
        <source>&amp;Тип:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="117"/>
        <source>Записей: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="118"/>
        <source>Показано %1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="44"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="47"/>
        <source>База наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="45"/>
        <source>Наставляемые учебного года в столбцах целевой модели: ФИО, контакты, класс, запрос, наставник, форма, даты. Содержит персональные данные.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="48"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="51"/>
        <source>База наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="49"/>
        <source>Наставники учебного года: ФИО, контакты, место работы, компетенции, наставляемые, форма, даты. Содержит персональные данные.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="52"/>
        <source>Показатели эффективности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="53"/>
        <source>Показатели года против целей, с диаграммой, и их значения по годам. Только числа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="54"/>
        <source>Показатели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="55"/>
        <source>Состояние дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="56"/>
        <source>Мероприятия по разделам, просроченные выделены; сводки по разделам и ответственным.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="57"/>
        <source>Дорожная карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="58"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="61"/>
        <source>Статистика участников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="59"/>
        <source>Участники по ролям и категориям, пары и группы по формам, выполнение планов, удовлетворённость — по шаблону, который можно изменить или загрузить из файла. Только числа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="62"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="66"/>
        <source>Аналитический отчёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="63"/>
        <source>Отчёт за период — к декабрю или к апрелю: показатели против целей, пары и группы по формам, планы, встречи, удовлетворённость, наставляемые без наставника и выводы текстом. Книга Excel или документ PDF. Только числа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="93"/>
        <source>Отчёты в Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="95"/>
        <source>Отчёты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="109"/>
        <source>Весь учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="109"/>
        <source>С 1 сентября по 31 декабря (отчёт в декабре)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="110"/>
        <source>С 1 сентября по 30 апреля (отчёт в апреле)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="110"/>
        <source>Свой период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="111"/>
        <source>Период отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="118"/>
        <source>Начало периода</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="119"/>
        <source>Конец периода</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="124"/>
        <source>с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="126"/>
        <source>по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="139"/>
        <source>Предпросмотр отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="142"/>
        <source>&amp;Учебный год:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="143"/>
        <source>&amp;Дата отчёта:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="144"/>
        <source>&amp;Период:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="148"/>
        <source>Что войдёт в отчёт:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="155"/>
        <source>&amp;Шаблон статистики…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="307"/>
        <source>Персональные данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="264"/>
        <source>заголовок раздела</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="265"/>
        <source>имя строки, чтобы на неё сослалась доля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="266"/>
        <source>подпись строки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="267"/>
        <source>что считать: participants, people, pairs, groups, pairs_formed, groups_formed, plan_items, plan_items_done, respondents, satisfied, partner_organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="269"/>
        <source>mentee или mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="270"/>
        <source>pupil, teacher, young_teacher, parent, graduate, student, employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="271"/>
        <source>возраст на конец периода, например 10-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="272"/>
        <source>true — только обучающиеся с ОВЗ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="273"/>
        <source>код формы наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="274"/>
        <source>доля: [&quot;id числителя&quot;, &quot;id знаменателя&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="281"/>
        <source>Шаблон статистики участников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="281"/>
        <source>Шаблоны JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="285"/>
        <source>Шаблон статистики</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="308"/>
        <source>«%1» содержит персональные данные участников, в том числе несовершеннолетних. Файл будет доступен только вам; храните его в защищённом месте и передавайте лишь тем, кому это разрешено. Продолжить?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="322"/>
        <source>Документ PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="324"/>
        <source>Сохранить отчёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="322"/>
        <source>Книга Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="151"/>
        <source>&amp;Сохранить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="159"/>
        <source>С&amp;толбцы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="253"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="316"/>
        <source>Период начинается позже, чем заканчивается.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="332"/>
        <source>Отчёт сохраняется…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="332"/>
        <source>Отменить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="372"/>
        <source>Сохранение отменено, файл не создан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="316"/>
        <location filename="../../src/gui/ReportsDialog.cpp" line="378"/>
        <source>Отчёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="381"/>
        <source>Отчёт сохранён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="381"/>
        <source>Отчёт сохранён: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsDialog.cpp" line="383"/>
        <source>Открыть папку</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPreview</name>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="36"/>
        <location filename="../../src/gui/ReportsPreview.cpp" line="48"/>
        <location filename="../../src/gui/ReportsPreview.cpp" line="95"/>
        <source>%1 (%2 из %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="43"/>
        <source>Шаблон с ошибкой</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="56"/>
        <source>Строк в базе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="60"/>
        <source>Столбцы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="61"/>
        <source>Персональные данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="61"/>
        <source>да: в имени файла «(ПДн)», файл доступен только вам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="67"/>
        <source>Пар и групп работали</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="68"/>
        <source>Сформировано за период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="69"/>
        <source>Наставляемых / наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="70"/>
        <source>Выполнено пунктов планов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="71"/>
        <source>Проведено встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="72"/>
        <source>Без наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="72"/>
        <source>%1 из %2 в банке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="76"/>
        <source>Вывод %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="84"/>
        <location filename="../../src/gui/ReportsPreview.cpp" line="85"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="84"/>
        <location filename="../../src/gui/ReportsPreview.cpp" line="85"/>
        <source>Значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="84"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="100"/>
        <source>Мероприятий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="101"/>
        <source>Выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="102"/>
        <source>В работе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPreview.cpp" line="103"/>
        <source>Просрочено на дату отчёта</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="63"/>
        <source>запланировано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="64"/>
        <source>выполняется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="65"/>
        <location filename="../../src/domain/RoadmapItem.cpp" line="74"/>
        <source>выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="66"/>
        <source>отменено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="75"/>
        <source>в срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="76"/>
        <source>под угрозой</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="77"/>
        <source>просрочено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/RoadmapItem.cpp" line="78"/>
        <source>без срока</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapColumns</name>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="334"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="335"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="336"/>
        <source>Раздел, этап</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="337"/>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="338"/>
        <source>Ответственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="340"/>
        <source>Ответственные / сроки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="341"/>
        <source>Результат, документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="342"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="64"/>
        <source>срок не распознан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="66"/>
        <source>срок: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="68"/>
        <source>; ответственные: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="77"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="77"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="78"/>
        <source>Только просроченные.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="79"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="80"/>
        <source>Название дорожной карты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="80"/>
        <source>НАЗВАНИЕ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="81"/>
        <source>Показать, что будет импортировано, не записывая.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="84"/>
        <source>Столбцы таблицы: header=N,activity=N,deadline=N,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="85"/>
        <source>РОЛЬ=НОМЕР,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="87"/>
        <source>list, import, templates или template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="102"/>
        <source>--columns задают только для import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="111"/>
        <source> (мероприятий: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="142"/>
        <source>Дорожная карта %1–%2: мероприятий %3, сроков не распознано %4.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapImportDialog</name>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="6"/>
        <source>Импорт дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="17"/>
        <source>Столбцы таблицы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="21"/>
        <source>Строка &amp;заголовка:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="27"/>
        <source>Строка заголовка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="28"/>
        <source>Номер строки файла с заголовками столбцов; «нет» — заголовка нет, все строки — мероприятия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="29"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="39"/>
        <source>&amp;Что будет импортировано:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="45"/>
        <source>Мероприятия из файла</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapImportDialog.ui" line="57"/>
        <source>Что проверить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="28"/>
        <source>Импорт дорожной карты в %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="29"/>
        <source>&amp;Импортировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="67"/>
        <source>Файл: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="127"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="127"/>
        <source>(пусто)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="133"/>
        <source>— нет —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="160"/>
        <source>Мероприятий в файле: %1; все сроки распознаны.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapImportDialog.cpp" line="161"/>
        <source>Мероприятий в файле: %1. Проверьте строки ниже (%2): нераспознанное сохранится как написано.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="18"/>
        <source>не распознан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="106"/>
        <source>Без раздела</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="131"/>
        <source>Срок не распознан: уточните его (например, «до 15.10.2024», «октябрь», «ежеквартально»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="133"/>
        <source>Факт считается по данным: «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="158"/>
        <location filename="../../src/gui/RoadmapView.cpp" line="76"/>
        <source>вручную</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="232"/>
        <source>№ / раздел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="233"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="234"/>
        <source>Срок (как написан)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="235"/>
        <source>Период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="236"/>
        <source>Ответственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="237"/>
        <source>Ожидаемый результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="238"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="239"/>
        <source>Считается по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="240"/>
        <source>Подтверждение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="241"/>
        <source>Факт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="242"/>
        <source>Отметка исполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapModel.cpp" line="243"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapService</name>
    <message>
        <location filename="../../src/services/RoadmapService.cpp" line="67"/>
        <source>шаблон: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapService.cpp" line="66"/>
        <source>Шаблона дорожной карты «%1» нет.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapTableImporter</name>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="191"/>
        <source>В таблице не найден столбец с мероприятиями (заголовок вроде «Мероприятие», «Содержание» или «Наименование мероприятия»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="223"/>
        <source>Строка %1 пропущена: в столбце номера «%2» — не номер.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="291"/>
        <source>Под заголовком таблицы не найдено ни одного мероприятия.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="298"/>
        <source>Строка %1: срок «%2» не распознан, оставлен как написан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="367"/>
        <source>Столбец задают как РОЛЬ=НОМЕР, номера с 1: «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="375"/>
        <source>Роли столбца «%1» нет. Есть: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="379"/>
        <source>Не указан столбец с мероприятиями (activity=НОМЕР).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="13"/>
        <source>Дорожная карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="20"/>
        <source>&amp;Показать:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="27"/>
        <source>&amp;Отметка:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="33"/>
        <source>Отбор по ответственному</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="35"/>
        <source>Ответственный (часть фамилии, Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="47"/>
        <source>Из &amp;шаблона…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="52"/>
        <source>&amp;Импорт…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="58"/>
        <source>Вид дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="60"/>
        <source>Та&amp;блица</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="67"/>
        <source>Мероприятия дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="76"/>
        <source>Шкала &amp;времени</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="115"/>
        <location filename="../../src/gui/RoadmapView.cpp" line="120"/>
        <source>все</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="115"/>
        <source>просроченные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="116"/>
        <source>в этом месяце</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="116"/>
        <source>под угрозой</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="117"/>
        <source>без срока</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="117"/>
        <source>выполненные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="140"/>
        <source>Дорожная карта %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="193"/>
        <source>Дорожной карты на этот учебный год нет: создайте её из шаблона или импортируйте из файла.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RoadmapView.cpp" line="204"/>
        <source>Мероприятий: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="119"/>
        <source>нет ФИО (нужны хотя бы фамилия и имя)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="123"/>
        <source>дата рождения «%1» невозможна или не читается</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="125"/>
        <source>дата рождения %1 невозможна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="133"/>
        <source>дата заполнения «%1» невозможна или не читается</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="141"/>
        <source>неизвестный класс «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="149"/>
        <source>телефон «%1» не похож на российский номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="154"/>
        <source>адрес почты «%1» неверен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="160"/>
        <source>неизвестная категория участника «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="221"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="224"/>
        <source>повторяет строку %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="218"/>
        <source>то же ФИО, что в строке %1, а без даты рождения их не отличить — укажите её</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="193"/>
        <source>участников с таким ФИО несколько — укажите дату рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="198"/>
        <source>это тот же участник базы, что и в строке %1 (в базе у него нет даты рождения)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="234"/>
        <source>число наставляемых «%1» — не число от 0 до 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="237"/>
        <source>желаемый возраст «%1» не читается (пример: 10-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="239"/>
        <source>неизвестная форма наставничества «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="247"/>
        <source>%1 нет в базе — сначала добавьте участника или импортируйте его анкету</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="135"/>
        <source>дата заполнения %1 ещё не наступила</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="253"/>
        <source>вопрос %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="256"/>
        <source>нет ни одного ответа на вопросы анкеты</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolMonths</name>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="10"/>
        <source>сен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="10"/>
        <source>окт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="11"/>
        <source>ноя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="11"/>
        <source>дек</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="12"/>
        <source>янв</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="12"/>
        <source>фев</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="13"/>
        <source>мар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="13"/>
        <source>апр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="14"/>
        <source>май</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="14"/>
        <source>июн</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="15"/>
        <source>июл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SchoolMonths.h" line="15"/>
        <source>авг</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSetupService</name>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="31"/>
        <source>Укажите название школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="33"/>
        <source>Название школы длиннее %1 знаков.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="35"/>
        <source>Краткое название длиннее %1 знаков.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="37"/>
        <source>Учебный год указан неверно: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="41"/>
        <source>Контингента «%1» нет. Есть: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="43"/>
        <source>Численность не может быть отрицательной.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="46"/>
        <source>Обучающихся с ОВЗ (%1) больше, чем всех обучающихся (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SchoolSetup.cpp" line="48"/>
        <source>Молодых педагогов (%1) больше, чем всех педагогов (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolTransfer</name>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="72"/>
        <source>Выгрузка и загрузка школы — между файлом и муниципальным сервером.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="77"/>
        <source>Не выбрана школа сервера: куратор работает со своей, администратор указывает номер школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="121"/>
        <source>Выгрузка отменена; на сервере ничего не изменилось.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="256"/>
        <source>Сервер не выдал номера новых записей таблицы %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="273"/>
        <source>В файле запись %1 таблицы %2 ссылается на отсутствующую запись %3 таблицы %4; выгрузка не выполнена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="332"/>
        <source>%1, запись %2 в файле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="369"/>
        <source>Выгружено на сервер: новых записей %1, обновлено %2, без изменений %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="398"/>
        <source>Файл %1 уже есть; школа загружается в новый файл, чтобы ничего не потерять.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SchoolTransfer.cpp" line="434"/>
        <source>Загрузка отменена.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="31"/>
        <source>Сервер отказал: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="39"/>
        <source>Имя входа «%1» не подходит: латинские строчные буквы, цифры и «_», не больше 63 знаков, с буквы; не с «pg_» и не с «kurator_».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="47"/>
        <source>Для нового входа «%1» нужен пароль.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="75"/>
        <source>Не указано название школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="79"/>
        <source>Школа «%1» уже есть на сервере (номер %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAccounts.cpp" line="95"/>
        <source>На сервере нет школы номер %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="33"/>
        <source>В строке подключения «%1» нет знака «=»: ожидается ключ=значение, например host=server dbname=kurator user=school1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="56"/>
        <source>В строке подключения не закрыта кавычка у значения «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="67"/>
        <source>Порт «%1» в строке подключения — не номер порта (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="75"/>
        <source>В строке подключения пустой ключ перед «=».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/ServerAddress.cpp" line="81"/>
        <source>В строке подключения не указана база сервера (dbname=…).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="46"/>
        <source>На сервере пока нет школ: добавьте их командой server add-school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="49"/>
        <source>нет куратора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="56"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="57"/>
        <source>Вход (роль PostgreSQL) куратора школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="57"/>
        <source>ВХОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="71"/>
        <source>Команда server работает с муниципальным сервером: укажите его параметром --pg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="89"/>
        <source>Школа «%1» добавлена под номером %2; её куратор входит как %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="98"/>
        <source>Номер школы — целое число: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="101"/>
        <source>Куратор %1 добавлен к школе номер %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ServerCommand.cpp" line="106"/>
        <source>Координатор %1 видит показатели всех школ сервера, но не имена и контакты участников.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="14"/>
        <source>Подключение к муниципальному серверу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="20"/>
        <source>Куратор видит на сервере только свою школу, координатор — сводку по всем школам. Имя входа и пароль выдаёт администратор сервера; пароль не сохраняется.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="35"/>
        <source>&amp;Сервер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="45"/>
        <source>Сервер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="48"/>
        <source>например, mentor.edu.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="55"/>
        <source>&amp;Порт:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="65"/>
        <source>Порт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="81"/>
        <source>&amp;База:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="91"/>
        <source>База</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="94"/>
        <source>kurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="101"/>
        <source>&amp;Вход:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="111"/>
        <source>Вход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="114"/>
        <source>school7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="121"/>
        <source>Па&amp;роль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ServerDialog.ui" line="131"/>
        <source>Пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="14"/>
        <source>Подключиться</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="45"/>
        <source>сервер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="47"/>
        <source>база</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="49"/>
        <source>вход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ServerDialog.cpp" line="51"/>
        <source>Не заполнено: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <location filename="../../src/storage/SqlQuery.cpp" line="325"/>
        <source>Ошибка базы данных: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="51"/>
        <source>Не удалось начать копирование базы: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="55"/>
        <source>Копирование базы прервано: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="73"/>
        <location filename="../../src/storage/SqliteBackup.cpp" line="120"/>
        <source>Не удалось открыть базу %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="75"/>
        <source>Не удалось создать копию %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="80"/>
        <source>Не удалось заменить файл %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="82"/>
        <source>Не удалось записать копию %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="93"/>
        <source>Нет доступа к файлу %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="95"/>
        <source>Файл %1 — не база данных Куратора.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="99"/>
        <source>Файл %1 не открывается: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="102"/>
        <source>Файл %1 повреждён (проверка целостности: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="107"/>
        <source>Файл %1 — база SQLite, но не база Куратора.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="109"/>
        <source>Файл %1 создан более новой версией Куратора (схема %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteBackup.cpp" line="118"/>
        <source>Не удалось открыть копию %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../../src/cli/StatsCommand.cpp" line="16"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/StatsCommand.cpp" line="19"/>
        <source>Использование: kurator-cli --db ФАЙЛ stats [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsService</name>
    <message>
        <location filename="../../src/services/StatsService.cpp" line="63"/>
        <source>Статистика участников программ наставничества</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTemplate</name>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="29"/>
        <source>Строка %1 шаблона: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="32"/>
        <source>неизвестное поле «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="42"/>
        <source>нет подписи (label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="46"/>
        <source>доля записывается как [&quot;строка-числитель&quot;, &quot;строка-знаменатель&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="53"/>
        <source>неизвестный счёт «%1»; возможны: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="60"/>
        <source>роль «%1» — не mentee и не mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="63"/>
        <source>неизвестная категория «%1»; возможны: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="67"/>
        <source>возраст «%1» — не диапазон вида 10-19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="72"/>
        <source>неизвестная форма наставничества «%1»; возможны: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="187"/>
        <source>Шаблон статистики — не JSON: %1 (позиция %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="192"/>
        <source>В шаблоне статистики нет строк (rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="196"/>
        <source>Строка %1 шаблона — не объект JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="201"/>
        <source>Строка %1 шаблона: имя «%2» уже есть выше.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="208"/>
        <source>Строка %1 шаблона: доля ссылается на строку «%2», которой в шаблоне нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/StatsTemplate.cpp" line="214"/>
        <source>Строка %1 шаблона: доля считается от строки-числа, а «%2» — не число.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="119"/>
        <source>Не удалось создать файл блокировки %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="123"/>
        <source>База %1 уже открыта для записи: её держит %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="124"/>
        <source>База %1 уже открыта для записи другой программой.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="134"/>
        <source>Не удалось записать файл блокировки %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="138"/>
        <source>Не удалось заблокировать базу %1: файл блокировки всё время меняется.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="156"/>
        <source>другая программа</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLock::Holder</name>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="96"/>
        <source>%1 на %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="97"/>
        <source>%1 (процесс %2, пользователь %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/StoreLock.cpp" line="99"/>
        <source> с %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <location filename="../../src/gui/StoreOpening.cpp" line="19"/>
        <source>База уже открыта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/StoreOpening.cpp" line="20"/>
        <source>База «%1» уже открыта для записи: её держит %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/StoreOpening.cpp" line="22"/>
        <source>Её можно открыть только для чтения: смотреть и выгружать отчёты можно, изменения сохранить нельзя. Чтобы работать с базой, закройте ту программу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/StoreOpening.cpp" line="24"/>
        <source>Открыть только для чтения</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyResponseDialog</name>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="6"/>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="35"/>
        <source>Анкета участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="11"/>
        <source>&amp;Участник*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="13"/>
        <source>&amp;Дата заполнения*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="14"/>
        <source>дд.мм.гггг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="14"/>
        <source>Дата заполнения анкеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveyResponseDialog.ui" line="26"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="25"/>
        <source>%1 — порог удовлетворённости %2 из 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="35"/>
        <source>Новая анкета участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="48"/>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="55"/>
        <source>— нет ответа —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="57"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="58"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="121"/>
        <source>Оценок по шкале пока нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="128"/>
        <source>Средний балл %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="130"/>
        <source>удовлетворён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="130"/>
        <source>не удовлетворён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveyResponseDialog.cpp" line="136"/>
        <source>Дата заполнения</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyRules</name>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="32"/>
        <source>Удовлетворённость наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="33"/>
        <source>Удовлетворённость наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="34"/>
        <source>Диагностика до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="35"/>
        <source>Диагностика после</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="36"/>
        <source>Анкета куратора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="49"/>
        <source>шкала 1–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="50"/>
        <source>да / нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="51"/>
        <source>выбор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="52"/>
        <source>текст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="69"/>
        <source>Укажите название анкеты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="71"/>
        <source>Неизвестный вид анкеты «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="73"/>
        <source>Порог удовлетворённости — от 1 до 10, а не %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="75"/>
        <source>В анкете нет ни одного вопроса.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="80"/>
        <source>Вопрос %1: нет текста.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="82"/>
        <source>Вопрос %1: неизвестный тип ответа «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="84"/>
        <source>Вопрос %1: для выбора нужны хотя бы два варианта через «;».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="87"/>
        <source>Вопрос %1 «%2» повторяет один из предыдущих.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="106"/>
        <source>«%1» — не оценка от 1 до 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="119"/>
        <source>«%1» — не «да» и не «нет»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="126"/>
        <source>«%1» — нет среди вариантов: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="148"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/SurveyRules.cpp" line="148"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="22"/>
        <source>вопрос %1 «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="33"/>
        <source>Файл анкет — не JSON: %1 (позиция %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="36"/>
        <source>В файле анкет нет списка «surveys».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="56"/>
        <source>Анкета %1 «%2»: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="60"/>
        <source>В файле анкет нет ни одной анкеты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="85"/>
        <source>Не найдены шаблоны анкет по умолчанию.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="23"/>
        <source>вопрос № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="131"/>
        <location filename="../../src/services/SurveyService.cpp" line="221"/>
        <source>Анкета № %1 не найдена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="139"/>
        <source>На вопрос «%1» уже есть ответы — его нельзя удалить. Измените формулировку или создайте новую анкету.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="142"/>
        <source>На вопрос «%1» уже есть ответы — тип ответа менять нельзя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="161"/>
        <source>По этой анкете уже есть ответы (%1) — её нельзя удалить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="188"/>
        <source>Выберите участника, заполнившего анкету.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="190"/>
        <source>Укажите дату заполнения анкеты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="192"/>
        <source>Дата заполнения %1 ещё не наступила.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="195"/>
        <source>%1 уже заполнил(а) анкету «%2» в этом учебном году — откройте её, чтобы изменить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="202"/>
        <source>Ответ на вопрос не из этой анкеты (№ %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="206"/>
        <source>%1: ответ «%2» не подходит (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/SurveyService.cpp" line="212"/>
        <source>В анкете нет ни одного ответа.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="47"/>
        <source>порог %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="62"/>
        <source>Анкеты «%1» нет; список: kurator-cli surveys templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="70"/>
        <source>Не удалось записать %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="71"/>
        <source>Анкета «%1» записана в %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="79"/>
        <source>Не удалось открыть %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="82"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="96"/>
        <source>Добавлена анкета «%1» (вопросов: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="104"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="104"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="105"/>
        <source>Вид анкеты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="105"/>
        <source>ВИД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="106"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="107"/>
        <source>Файл для записи.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="107"/>
        <location filename="../../src/cli/SurveysCommand.cpp" line="108"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="108"/>
        <source>Файл анкет для загрузки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="152"/>
        <source>удовлетворён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="152"/>
        <source>не удовлетворён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="157"/>
        <source>Удовлетворены: %1 из %2 (%3 учебный год).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="178"/>
        <source>Диагностик до и после в %1 учебном году нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/SurveysCommand.cpp" line="186"/>
        <source>Пара №%1: изменение %2 (участников с обеими диагностиками: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysDialog</name>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="6"/>
        <source>Анкеты и опросы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="9"/>
        <source>Разделы анкет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="11"/>
        <source>&amp;Ответы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="15"/>
        <source>Ан&amp;кета:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="16"/>
        <source>Анкета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="17"/>
        <source>Поиск по ФИО (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="17"/>
        <source>Поиск по ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="21"/>
        <source>Анкеты участников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="24"/>
        <source>&amp;Заполнить анкету…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="24"/>
        <source>Ввести ответы участника (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="25"/>
        <source>&amp;Открыть…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="25"/>
        <source>Изменить ответы (Enter, двойной щелчок)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="26"/>
        <source>&amp;Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="26"/>
        <source>Удалить анкету (Delete; отменяется Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="28"/>
        <source>&amp;Импорт из файла…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="28"/>
        <source>Ответы из CSV или XLSX (Google Формы, Яндекс Формы, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="34"/>
        <source>&amp;До и после</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="40"/>
        <source>Изменение по участникам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="41"/>
        <source>Изменение по парам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="47"/>
        <source>&amp;Шаблоны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="51"/>
        <source>Шаблоны анкет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="52"/>
        <source>&amp;Новая анкета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="53"/>
        <source>&amp;Копия выбранной</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="54"/>
        <source>Удалить &amp;анкету</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="61"/>
        <source>&amp;Название*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="62"/>
        <source>Название анкеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="63"/>
        <source>&amp;Вид:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="64"/>
        <source>Вид анкеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="65"/>
        <source>&amp;Порог удовлетворённости:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="66"/>
        <source>Участник удовлетворён, если средний балл шкал не ниже порога</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="69"/>
        <source>Вопросы анкеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="72"/>
        <source>+ Во&amp;прос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="73"/>
        <source>− Вопрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="74"/>
        <source>Выше</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="75"/>
        <source>Ниже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="77"/>
        <source>Сохранить &amp;анкету</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SurveysDialog.ui" line="80"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="60"/>
        <source>Анкеты и опросы — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="141"/>
        <source>участник № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="152"/>
        <source>№ %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="154"/>
        <source>№ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <source>Средний балл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <source>Удовлетворён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="162"/>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <location filename="../../src/gui/SurveysDialog.cpp" line="218"/>
        <source>Пара / группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="167"/>
        <source>Анкет нет: создайте шаблон на вкладке «Шаблоны».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="183"/>
        <source>нет оценок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="183"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="183"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="193"/>
        <source>Анкет: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="198"/>
        <source>Средний балл: %1. Сравнение с другой диагностикой — на вкладке «До и после».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="200"/>
        <source>Удовлетворены %1 из %2 (%3 %) при пороге %4 — средний балл шкал 1–10 не ниже порога.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <source>До</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <source>После</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="213"/>
        <location filename="../../src/gui/SurveysDialog.cpp" line="218"/>
        <source>Изменение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="218"/>
        <source>С обеими диагностиками</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="227"/>
        <source>Диагностик до и после в этом учебном году нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialog.cpp" line="228"/>
        <source>Средний балл диагностики «до» (первая анкета) и «после» (последняя). Участников с диагностиками: %1, с обеими: %2; пар, где можно сравнить: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="116"/>
        <source>Вопрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="116"/>
        <source>Тип ответа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="116"/>
        <source>Варианты (через «;»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="149"/>
        <source>Сохранить изменения анкеты «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="183"/>
        <source>%1 (копия)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="188"/>
        <source>Новая анкета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="189"/>
        <source>Оцените…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/SurveysDialogTemplates.cpp" line="219"/>
        <source>Удалить анкету «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="197"/>
        <source>Файл не является текстовой таблицей (CSV или текст с табуляцией). Если это книга Excel или документ Word, откройте его как .xlsx или .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="202"/>
        <source>Не удалось определить кодировку файла: это не UTF-8, не UTF-16 и не windows-1251, KOI8-R или CP866.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="209"/>
        <source>Строка %1: кавычка открыта и не закрыта до конца файла.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="216"/>
        <source>Чтение файла отменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="234"/>
        <source>Строка %1, столбец %2: в ячейке %3 символов, а Excel допускает не больше %4. Файл не прочитан: проверьте, тот ли это файл.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="245"/>
        <source>«%1» — это папка, а не файл таблицы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="247"/>
        <source>Файла %1 нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="249"/>
        <source>Файл %1 не читается: нет прав.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="256"/>
        <source>Старые форматы .doc и .xls не читаются: сохраните файл как .docx или .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="259"/>
        <source>Не удалось открыть файл %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="261"/>
        <source>Файл %1 больше %2 МБ: это не таблица анкет или дорожной карты.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTemplate</name>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="65"/>
        <source>Строка %1: «{{» без закрывающих «}}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="68"/>
        <source>Строка %1: «{{/%2}}» без начала блока.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="72"/>
        <source>Строка %1: неизвестное поле «{{%2}}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="79"/>
        <source>Строка %1: неизвестный список «{{#%2}}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="87"/>
        <source>Строка %1: блок «{{#%2}}» не закрыт.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="89"/>
        <source>Строка %1: блок внутри блока не поддерживается.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="94"/>
        <source>Строка %1: неизвестное поле «{{%2}}» в списке «%3».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/TextTemplate.cpp" line="100"/>
        <source>Строка %1: блок «{{#%2}}» закрыт как «{{/%3}}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="42"/>
        <source>группа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OrderService.cpp" line="42"/>
        <source>пара</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="25"/>
        <source>Номер школы на сервере (для администратора).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="25"/>
        <source>НОМЕР</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="26"/>
        <source>Новый файл базы школы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="26"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="34"/>
        <source>Укажите сервер параметром --pg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="42"/>
        <source>Номер школы — целое число больше 1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="50"/>
        <source>Школа загружена с сервера в %1; записей: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="64"/>
        <source>Изменены и в файле, и на сервере — оставлены как на сервере (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/TransferCommand.cpp" line="66"/>
        <source> (в файле %1, на сервере %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="6"/>
        <source>Добро пожаловать в Куратор наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="10"/>
        <source>&lt;h2&gt;Куратор наставничества&lt;/h2&gt;Банки наставляемых и наставников, пары и группы, дорожная карта и показатели целевой модели — в одном файле на вашем компьютере. Начните со своей школы или посмотрите демонстрационную.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="18"/>
        <source>Создать мою школу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Название школы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Название школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>МБОУ «Средняя общеобразовательная школа № 1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Краткое название:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Краткое название</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>МБОУ СОШ № 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Муниципалитет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Муниципалитет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>г. Энск</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Учебный год:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Файл базы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Файл базы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>&amp;Обзор…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="23"/>
        <source>Выбрать, где сохранить файл базы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="28"/>
        <source>Контингент учебного года (можно задать позже)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="43"/>
        <source>&amp;Создать школу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="43"/>
        <source>Создать файл базы школы и открыть его</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="50"/>
        <source>Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="54"/>
        <source>Недавние &amp;базы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="66"/>
        <source>Открыть д&amp;емонстрационную школу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="67"/>
        <source>Подключиться к се&amp;рверу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="60"/>
        <source>Недавние базы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="61"/>
        <source>Enter или двойной щелчок открывает базу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="64"/>
        <source>Открыть &amp;выбранную</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="65"/>
        <source>Открыть &amp;другую базу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="66"/>
        <source>Вымышленная школа с учениками, педагогами, парами и дорожной картой — в отдельном файле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/WelcomeDialog.ui" line="67"/>
        <source>Муниципальный сервер PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="52"/>
        <source>Не удалось записать файл «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="115"/>
        <source>Пока нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="168"/>
        <source>Укажите файл базы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="170"/>
        <source>Файл «%1» уже есть: откройте его справа или выберите для новой школы другое имя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="197"/>
        <source>Файл базы новой школы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="198"/>
        <source>База Куратора (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="205"/>
        <source>Открыть базу Куратора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/WelcomeDialog.cpp" line="206"/>
        <source>База Куратора (*.sqlite *.db);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyUnmatched</name>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="27"/>
        <source>в банке наставников этого года нет свободных наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="37"/>
        <source>ниже минимального балла %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxLibrary</name>
    <message>
        <location filename="../../src/services/XlsxLibrary.cpp" line="82"/>
        <source>Excel-файлы не записываются: нет библиотеки %1 (установите пакет %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxLibrary.cpp" line="96"/>
        <source>Excel-файлы не записываются: в библиотеке %1 нет функции %2 (нужна версия %3 или новее).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="125"/>
        <source>Лист</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="149"/>
        <source>Дата отчёта: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="86"/>
        <source>Не удалось создать файл %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="42"/>
        <source>«%1» — это папка, а не файл.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="44"/>
        <source>Не удалось создать файл %1: папки %2 нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="46"/>
        <source>Не удалось создать файл %1: нет прав на запись в папку %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="54"/>
        <source>не хватило памяти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="55"/>
        <source>файл не создаётся: нет прав на запись или папку удалили</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="57"/>
        <source>не удалось записать временный файл: места на диске или прав на временную папку нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="258"/>
        <source>Файл %1 уже записан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="261"/>
        <source>Не удалось записать %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="266"/>
        <source>Не удалось сохранить %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
