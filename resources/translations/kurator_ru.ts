<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="22"/>
        <source>Год «%1» не похож на первый год учебного года.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="36"/>
        <source>Показать справку по команде.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="8"/>
        <source>Использование: kurator-cli [--db ФАЙЛ] КОМАНДА [ПАРАМЕТРЫ]

Команды:
  init [--demo] [--seed N]      создать базу (и демонстрационную школу)
  people list [--search ТЕКСТ] [--category К] [--status S] [--json]
                                список участников
  export mentees|mentors|kpi|roadmap --out ФАЙЛ.xlsx [--year ГОД]   отчёт в Excel
  import questionnaires ТАБЛИЦА --kind mentee|mentor|preference [--dry-run]   импорт анкет
  kpi [--year ГОД] [--from ДАТА --to ДАТА] [--json]   показатели эффективности
  kpi target|contingent КОД ЗНАЧЕНИЕ [--year ГОД]      цель и контингент года
  match [show|approve] [--year ГОД] [--start ДАТА] [--json]   подбор наставнических пар
  roadmap list|import|templates|template   дорожная карта учебного года
  stats [--json]                число записей по сущностям

  --db ФАЙЛ   файл базы (по умолчанию %1)
  КОМАНДА --help   справка по команде
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="52"/>
        <source>Неизвестный параметр: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="78"/>
        <source>Неизвестная команда: %1</source>
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
    <name>DashboardView</name>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="87"/>
        <source>&amp;Цели и контингент…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="101"/>
        <source>Показатели %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="111"/>
        <source>Показатели: факт и цель, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="112"/>
        <location filename="../../src/gui/DashboardView.cpp" line="217"/>
        <source>Факт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="113"/>
        <location filename="../../src/gui/DashboardView.cpp" line="217"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="139"/>
        <source>Дорожная карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="151"/>
        <source>Дорожная карта: на этот учебный год её нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="158"/>
        <source>Показатели по учебным годам, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="187"/>
        <source>Проведено встреч по месяцам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="188"/>
        <source>Встречи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="217"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="217"/>
        <source>Числитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="217"/>
        <source>Знаменатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="218"/>
        <source>Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="225"/>
        <source>%1 (контингент)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="229"/>
        <source>достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="229"/>
        <source>не достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/DashboardView.cpp" line="230"/>
        <source>%1 ÷ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/storage/Database.cpp" line="96"/>
        <source>Файл базы %1 не найден.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="118"/>
        <source>Не удалось открыть базу %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="122"/>
        <source>Файл %1 не читается как база данных: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="129"/>
        <source>Файл %1 не является базой данных Куратора.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="131"/>
        <source>База %1 создана более новой версией Куратора (схема %2, эта программа знает схемы до %3). Обновите программу; файл не изменён.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="136"/>
        <source>База %1 требует обновления схемы, а открыта только для чтения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="160"/>
        <source>Не удалось начать запись в базу: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="171"/>
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
        <location filename="../../src/services/DemoSchool.cpp" line="213"/>
        <source>Для демонстрационной школы нужны дата, не меньше 11 обучающихся и 3 педагогов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="218"/>
        <source>В базе уже есть участники. Демонстрационная школа создаётся только в пустой базе: создайте новый файл.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchoolInternal</name>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="27"/>
        <source>МБОУ «Средняя общеобразовательная школа № %1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="28"/>
        <source>МБОУ СОШ № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="178"/>
        <source>опекун</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="178"/>
        <source>мать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoPeople.cpp" line="178"/>
        <source>отец</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="45"/>
        <source>Перенесено, выполняется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="130"/>
        <source>Удовлетворённость наставляемого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="132"/>
        <source>Удовлетворённость наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="150"/>
        <source>Установочная встреча участников программы наставничества (нетворкинг)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="152"/>
        <source>Итоговое мероприятие: презентация результатов наставнических пар и групп</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/DemoSchool.cpp" line="169"/>
        <source>демонстрационная школа</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchoolInternal::Demo</name>
    <message>
        <location filename="../../src/services/DemoSchoolInternal.h" line="81"/>
        <source>Обработка персональных данных участника программы наставничества</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelReports</name>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="25"/>
        <source>нет данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="26"/>
        <location filename="../../src/services/ExcelReports.cpp" line="79"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="26"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="59"/>
        <source>Всего</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="70"/>
        <location filename="../../src/services/ExcelReports.cpp" line="102"/>
        <source>Не удалось создать файл %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="73"/>
        <source>Показатели %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="73"/>
        <source>Показатели эффективности наставничества, %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="74"/>
        <location filename="../../src/services/ExcelReports.cpp" line="84"/>
        <location filename="../../src/services/ExcelReports.cpp" line="109"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="74"/>
        <source>Числитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="74"/>
        <source>Знаменатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="75"/>
        <source>Факт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="75"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="75"/>
        <source>Цель достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="76"/>
        <source>Знаменатель из контингента</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="81"/>
        <source>Факт и цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="87"/>
        <source>По годам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="87"/>
        <source>Показатели по учебным годам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="105"/>
        <source>Дорожная карта %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="105"/>
        <source>Состояние дорожной карты, %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="106"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="106"/>
        <location filename="../../src/services/ExcelReports.cpp" line="122"/>
        <source>Раздел</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="106"/>
        <source>Мероприятие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="107"/>
        <source>Срок (как в плане)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="107"/>
        <source>Начало</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="107"/>
        <source>Окончание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="108"/>
        <location filename="../../src/services/ExcelReports.cpp" line="124"/>
        <source>Ответственные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="108"/>
        <source>Ожидаемый результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="109"/>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="109"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="110"/>
        <source>Подтверждение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="118"/>
        <source>Без раздела</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="119"/>
        <source>Не указан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="121"/>
        <source>По разделам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="121"/>
        <source>Мероприятия по разделам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="123"/>
        <source>По ответственным</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ExcelReports.cpp" line="123"/>
        <source>Мероприятия по ответственным</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="18"/>
        <source>Использование: kurator-cli --db ФАЙЛ export mentees|mentors|kpi|roadmap --out ФАЙЛ.xlsx [--year ГОД] [--date ДАТА]
  mentees   база наставляемых (столбцы по целевой модели)
  mentors   база наставников
  kpi       показатели эффективности года против целей, с диаграммой, и по годам
  roadmap   состояние дорожной карты: просроченное выделено, сводки по разделам и ответственным
ГОД — первый год учебного года (2024 для 2024–2025); ДАТА отчёта — ГГГГ-ММ-ДД, по умолчанию сегодня.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="31"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="31"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="32"/>
        <source>Файл .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="32"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="33"/>
        <source>Дата отчёта.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="33"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="47"/>
        <source>Отчёт сохраняется в файл .xlsx: «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="64"/>
        <source>Отчёт сохранён: %1
</source>
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
    <name>ImportCommand</name>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="18"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ import questionnaires ТАБЛИЦА --kind mentee|mentor|preference
              [--year ГОД] [--mapping СООТВЕТСТВИЕ.json] [--dry-run] [--skip-bad]
ТАБЛИЦА — .csv (UTF-8 или windows-1251; «;», «,» или табуляция) или .xlsx (первый лист).
Столбцы узнаются по заголовкам (ФИО, Класс, Дата рождения, Запрос…); СООТВЕТСТВИЕ.json —
{&quot;заголовок&quot;: &quot;поле&quot;}, поля: %1.
Строки с ошибками перечисляются; без --skip-bad при ошибках ничего не записывается.
Код выхода 1, если ничего не импортировано.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="43"/>
        <source>Не удалось открыть файл соответствия %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="49"/>
        <source>Файл соответствия %1 — не объект JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="59"/>
        <source>Файл соответствия %1: неизвестное поле «%2» у столбца «%3».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="69"/>
        <source>Файл: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="71"/>
        <source> (%1, разделитель «%2»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="72"/>
        <source>Столбцы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="79"/>
        <source>(остаётся ответом анкеты)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="81"/>
        <source>Строк к импорту: %1 (новых участников: %2, уже в базе: %3); с ошибками: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="85"/>
        <source>  строка %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="92"/>
        <source>Вид анкеты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="92"/>
        <source>ВИД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="93"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="93"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="94"/>
        <source>Соответствие столбцов и полей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="94"/>
        <source>ФАЙЛ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="95"/>
        <source>Только проверить, ничего не записывать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="96"/>
        <source>Импортировать строки без ошибок, пропустив остальные.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="106"/>
        <source>Укажите --kind mentee, mentor или preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="132"/>
        <source>В файле %1 нет ни одной строки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="135"/>
        <source>Проверка (--dry-run): ничего не записано.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="139"/>
        <source>Ничего не импортировано: нет ни одной строки без ошибок.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="141"/>
        <source>Ничего не импортировано: исправьте строки с ошибками или запустите с --skip-bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="145"/>
        <source>Импортировано: новых участников %1, обновлено %2, пропущено строк %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="16"/>
        <source>Заполнить базу демонстрационной школой.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="17"/>
        <source>Зерно генератора демонстрационных данных.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="21"/>
        <source>Использование: kurator-cli --db ФАЙЛ init [--demo] [--seed N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="24"/>
        <source>Лишние аргументы: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="28"/>
        <source>Зерно должно быть целым неотрицательным числом: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="43"/>
        <source>Демонстрационная школа создана за %1 мс: %2 участников, %3 пар и %4 групп.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/InitCommand.cpp" line="47"/>
        <source>База готова: %1 (схема %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="18"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ kpi [--year ГОД] [--from ДАТА --to ДАТА] [--json]
  kurator-cli --db ФАЙЛ kpi target КОД ПРОЦЕНТ [--year ГОД]
  kurator-cli --db ФАЙЛ kpi contingent КОД ЧИСЛО [--year ГОД]
ГОД — первый год учебного года (2024 для 2024–2025); ДАТА — ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.
Контингент: pupils_10_19, pupils_ovz, teachers, young_teachers, organisations.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="97"/>
        <source>нет данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="43"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="43"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="44"/>
        <source>Начало периода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="44"/>
        <location filename="../../src/cli/KpiCommand.cpp" line="45"/>
        <source>ДАТА</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="45"/>
        <source>Конец периода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="46"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="69"/>
        <source>«%1» — не число.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="79"/>
        <source>Период задаётся двумя датами, --from не позже --to: «%1» – «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="94"/>
        <source> (%1 из %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="95"/>
        <source>, по контингенту</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="97"/>
        <source>; цель %1 % — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="98"/>
        <source>достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/KpiCommand.cpp" line="98"/>
        <source>не достигнута</source>
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
        <location filename="../../src/services/KpiService.cpp" line="56"/>
        <source>Показателя «%1» нет. Есть: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="58"/>
        <source>Целевое значение — доля в процентах, от 0 до 100; указано %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="103"/>
        <source>Контингента «%1» нет. Есть: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/KpiService.cpp" line="105"/>
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
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="12"/>
        <source>Обучающиеся 10–19 лет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="13"/>
        <source>Обучающиеся с ОВЗ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="14"/>
        <source>Педагоги</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="15"/>
        <source>Молодые педагоги</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="16"/>
        <source>Организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="25"/>
        <source>Цели и контингент %1 учебного года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="31"/>
        <source>не задана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/KpiTargetsDialog.cpp" line="40"/>
        <source>по данным</source>
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
        <location filename="../../ui/MainWindow.ui" line="24"/>
        <source>&amp;Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="25"/>
        <source>&amp;Правка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="26"/>
        <source>&amp;Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="27"/>
        <source>&amp;Справка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="34"/>
        <source>Панель инструментов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="27"/>
        <source>Участники</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="28"/>
        <source>Наставляемые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="29"/>
        <source>Наставники</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="30"/>
        <source>Партнёры</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="75"/>
        <location filename="../../src/gui/MainWindow.cpp" line="183"/>
        <source>Дорожная карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="76"/>
        <location filename="../../src/gui/MainWindow.cpp" line="186"/>
        <source>Показатели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="77"/>
        <location filename="../../src/gui/MainWindow.cpp" line="189"/>
        <source>Подбор пар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="142"/>
        <source>&amp;Открыть базу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="143"/>
        <source>В&amp;ыход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="144"/>
        <source>&amp;Добавить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="145"/>
        <source>&amp;Изменить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="146"/>
        <source>В &amp;архив</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Вернуть из архива</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="148"/>
        <source>&amp;Отменить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="149"/>
        <source>&amp;Повторить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Найти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="153"/>
        <source>О&amp;бновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="154"/>
        <source>&amp;О программе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="200"/>
        <source> Учебный год: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="203"/>
        <source>Учебный год реестров наставляемых и наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="289"/>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="146"/>
        <source>Куратор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="301"/>
        <source>Открыть базу Куратора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="302"/>
        <source>База Куратора (*.sqlite *.db);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="326"/>
        <source>О программе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="327"/>
        <source>&lt;b&gt;Куратор наставничества&lt;/b&gt; %1&lt;br&gt;Реестры наставляемых и наставников, пары и группы, дорожная карта и отчёты по целевой модели наставничества.&lt;br&gt;&lt;br&gt;База: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="52"/>
        <source>Добавление участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="83"/>
        <source>Изменение участника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="100"/>
        <source>Добавление организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="125"/>
        <source>Изменение организации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="159"/>
        <source>Изменение профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowEdits.cpp" line="159"/>
        <source>Добавление профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowEdits.cpp" line="203"/>
        <source>В архив: %n зап.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowEdits.cpp" line="203"/>
        <source>Из архива: %n зап.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="32"/>
        <source>Изменение мероприятия «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="66"/>
        <source>%1 (%2 мероприятий)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="68"/>
        <source>Дорожная карта из шаблона</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="69"/>
        <source>Шаблон для %1 учебного года:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="81"/>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="90"/>
        <source>Импорт дорожной карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="82"/>
        <source>Таблицы (*.docx *.xlsx *.csv *.tsv *.txt);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="91"/>
        <source>Найдено мероприятий: %1, сроков не распознано: %2. Импортировать в %3 учебный год?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowPlanning.cpp" line="144"/>
        <source>Цели и контингент %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="48"/>
        <source>Закрепление пар (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="57"/>
        <source>Исключение пар (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="67"/>
        <source>Обмен наставниками</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="117"/>
        <source>Критерии подбора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="148"/>
        <source>Утверждение пар</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="150"/>
        <source>Будут сформированы пары и группы по протоколу №%1: пар %2, без пары %3. Протокол сохранится для отчётности.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="158"/>
        <source>&amp;Начало работы пар:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="160"/>
        <source>Утвердить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMatching.cpp" line="171"/>
        <source>Сформировано пар и групп: %1</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../src/domain/MatchScoring.cpp" line="101"/>
        <source>от %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="102"/>
        <source>возраст %1, желаемый %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="116"/>
        <source>%1 и %2 класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="128"/>
        <source>выбрали друг друга</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="129"/>
        <source>наставляемый выбрал наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="130"/>
        <source>наставник выбрал наставляемого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="131"/>
        <source>не выбирали друг друга</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="144"/>
        <source>форма совпадает</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="182"/>
        <source>Запрос и компетенции</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="183"/>
        <source>Общие интересы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="184"/>
        <source>Желаемый возраст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="185"/>
        <source>Время и график</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="186"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="187"/>
        <source>Классы и параллели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="188"/>
        <source>Взаимный выбор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="197"/>
        <source>один и тот же человек</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="198"/>
        <source>нет действующего согласия наставляемого на обработку ПДн</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="199"/>
        <source>нет действующего согласия наставника на обработку ПДн</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="200"/>
        <source>другая форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="201"/>
        <source>наставник моложе допустимого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="202"/>
        <source>пара запрещена куратором</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="203"/>
        <source>у наставника нет свободных мест</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Match::Evaluation</name>
    <message>
        <location filename="../../src/domain/MatchScoring.cpp" line="78"/>
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
        <location filename="../../src/gui/MatchProposalModel.cpp" line="39"/>
        <source>новая пара</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="40"/>
        <source>было: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="40"/>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="62"/>
        <source>без пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="64"/>
        <source>закреплена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="65"/>
        <source>обязательная</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="66"/>
        <source>подобрана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="88"/>
        <source>Наставляемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="89"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="90"/>
        <source>Балл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="91"/>
        <source>Пара</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="92"/>
        <source>Изменение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchProposalModel.cpp" line="93"/>
        <source>Почему без пары</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingService</name>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="155"/>
        <source>В банке наставляемых %1 учебного года нет никого без пары.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="238"/>
        <source>Протокол подбора №%1 не найден.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchingService.cpp" line="240"/>
        <source>Протокол подбора №%1 уже утверждён или заменён более поздним.</source>
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
        <source>Подобрать пары заново, сохранив закреплённые (F5)</source>
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
        <location filename="../../ui/MatchingView.ui" line="50"/>
        <source>Поиск по фамилии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="62"/>
        <source>&amp;Утвердить пары…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MatchingView.ui" line="82"/>
        <source>Профили и оценка выбранной пары</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="23"/>
        <source>%1 (%2 лет)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="29"/>
        <source>Категория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="30"/>
        <source>Класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="31"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="32"/>
        <source>Компетенции</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="32"/>
        <source>Запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="33"/>
        <source>Интересы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="34"/>
        <source>Время</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="37"/>
        <source>Желаемый возраст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="38"/>
        <source>Свободных мест</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="45"/>
        <source>Оценка пары: %1 из 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="48"/>
        <source>Пара исключена: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="50"/>
        <source>Критерий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="50"/>
        <source>Вес</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="50"/>
        <source>Оценка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="50"/>
        <source>Почему</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="54"/>
        <source>выкл.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="111"/>
        <source>В %1 учебном году подбора ещё не было. Заполните банки наставляемых и наставников (или импортируйте анкеты) и нажмите «Подобрать».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="115"/>
        <source>Протокол подбора №%1 (%2): пар %3, без пары %4, наименьший балл %5, сумма баллов %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="117"/>
        <source>утверждён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="117"/>
        <source>предложение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="123"/>
        <source>Против предыдущего протокола изменилось пар: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="166"/>
        <source>&lt;p&gt;Для этого наставляемого пары нет: причина — в таблице. Закрепите за ним наставника, выбрав пару в реестре, или измените критерии.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="168"/>
        <source>&lt;p&gt;Выберите пару, чтобы увидеть профили и оценку по каждому критерию.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="173"/>
        <source>&lt;p&gt;Пара уже сформирована или участник выбыл из банка.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="178"/>
        <source>Наставляемый</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MatchingView.cpp" line="179"/>
        <source>Наставник</source>
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
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="20"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="21"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="22"/>
        <source>Наставляемый — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="37"/>
        <source>Изменить наставляемого — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="85"/>
        <source>Выберите наставляемого: начните вводить фамилию и выберите человека из списка.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="88"/>
        <source>Этот человек уже есть в банке наставляемых за %1 учебный год: измените существующую запись.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="90"/>
        <source>Дата вхождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="91"/>
        <source>Дата завершения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MenteeProfileDialog.cpp" line="93"/>
        <source>Дата вхождения (%1) позже даты завершения (%2).</source>
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
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="20"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="21"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="22"/>
        <source>Наставник — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="40"/>
        <source>Изменить наставника — %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="105"/>
        <source>Выберите наставника: начните вводить фамилию и выберите человека из списка.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="108"/>
        <source>Этот человек уже есть в банке наставников за %1 учебный год: измените существующую запись.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="118"/>
        <source>Дата обучения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="119"/>
        <source>Дата вхождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="120"/>
        <source>Дата завершения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MentorProfileDialog.cpp" line="122"/>
        <source>Дата вхождения (%1) позже даты завершения (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="64"/>
        <source>Не найден файл миграции %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="68"/>
        <source>Не удалось начать обновление базы: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="78"/>
        <source>Не удалось обновить базу до версии %1: %2. Файл оставлен без изменений.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="88"/>
        <source>Не удалось записать версию схемы %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeTables</name>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="50"/>
        <source>Файл %1 не является документом %2: это не zip-архив Office. Возможно, расширение не соответствует содержимому.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="54"/>
        <source>В файле %1 нет части %2: это не документ %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="59"/>
        <source>Часть %1 повреждена (строка %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/OfficeTables.cpp" line="167"/>
        <source>В документе %1 нет таблиц.</source>
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
        <source>&amp;Эл. почта:</source>
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
        <location filename="../../src/cli/PeopleCommand.cpp" line="33"/>
        <source>Часть ФИО (регистр и ё/е не важны).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="35"/>
        <source>Категория: pupil, teacher, parent, graduate, student, employer (или по-русски: обучающийся, педагог…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="37"/>
        <source>active или archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="38"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="40"/>
        <source>Показать список участников.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="42"/>
        <source>Использование: kurator-cli --db ФАЙЛ people list [--search ТЕКСТ] [--category К] [--status S] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="54"/>
        <source>Неизвестная категория: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="59"/>
        <source>Неизвестный статус: %1 (ожидается active или archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/PeopleCommand.cpp" line="78"/>
        <source>Всего: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="23"/>
        <source>Законный представитель: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="29"/>
        <location filename="../../src/services/PeopleService.cpp" line="80"/>
        <source>Участник не найден: возможно, его уже удалили.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/PeopleService.cpp" line="110"/>
        <source>Участника нельзя удалить: на него уже ссылаются другие записи.</source>
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
        <location filename="../../src/gui/PersonDialog.cpp" line="32"/>
        <location filename="../../src/gui/PersonDialog.cpp" line="37"/>
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
        <location filename="../../src/gui/PersonDialog.cpp" line="99"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="33"/>
        <source>мужской</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="34"/>
        <source>женский</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="40"/>
        <source>мать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="40"/>
        <source>отец</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="40"/>
        <source>опекун</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="40"/>
        <source>попечитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="40"/>
        <source>другое</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="67"/>
        <source>Участник: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="133"/>
        <source>Законный представитель: укажите фамилию и имя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="145"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="150"/>
        <source>Педагогический стаж</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="166"/>
        <source>Дата согласия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="167"/>
        <source>Согласие действует до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="168"/>
        <source>Согласие отозвано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonDialog.cpp" line="175"/>
        <source>Согласие: укажите дату подписания.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="65"/>
        <source>Начните вводить фамилию, имя или класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="101"/>
        <source>Участника записи изменить нельзя: для другого участника добавьте новую запись.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="197"/>
        <source>участник №%1 не найден</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/PersonPicker.cpp" line="198"/>
        <source>%1 (в архиве)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="52"/>
        <source>Дата рождения %1 ещё не наступила.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="54"/>
        <source>Дата рождения %1 невозможна.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="58"/>
        <source>Дата начала педагогического стажа ещё не наступила.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="60"/>
        <source>Педагогический стаж не может начаться раньше 14 лет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="68"/>
        <source>Для обучающегося укажите класс.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="70"/>
        <source>Класс «%1» не распознан: ожидается номер 1–11 и буква, например 7Б.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="73"/>
        <source>Участник несовершеннолетний: укажите законного представителя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="80"/>
        <source>Укажите фамилию.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="82"/>
        <source>Укажите имя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="84"/>
        <source>Для обучающегося укажите дату рождения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="88"/>
        <source>Телефон «%1» не похож на российский номер: ожидается +7 и 10 цифр.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/PersonValidator.cpp" line="90"/>
        <source>Адрес e-mail «%1» записан неверно.</source>
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
    <name>QObject</name>
    <message>
        <location filename="../../src/app/main.cpp" line="48"/>
        <location filename="../../src/app/main.cpp" line="53"/>
        <source>Куратор наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="56"/>
        <source>Файл базы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="57"/>
        <source>Открыть демонстрационную школу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="59"/>
        <source>Закрыться сразу после показа окна.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="61"/>
        <source>Сохранить снимок окна и закрыться.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="73"/>
        <source>Куратор</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireImport</name>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="22"/>
        <source>Дата заполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="23"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="24"/>
        <source>Фамилия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="25"/>
        <source>Отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="26"/>
        <source>Имя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="27"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="28"/>
        <source>Класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="29"/>
        <source>Категория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="30"/>
        <source>Должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="31"/>
        <source>Место работы или учёбы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="32"/>
        <source>Телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="33"/>
        <source>Электронная почта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="34"/>
        <source>Кого выбирает в пару</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="35"/>
        <source>Запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="36"/>
        <source>Проблемы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="37"/>
        <source>Компетенции</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="38"/>
        <source>Достижения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="39"/>
        <source>Интересы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="40"/>
        <source>Желаемый возраст наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="41"/>
        <source>Сколько наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="42"/>
        <source>Временной ресурс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="43"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireFields.cpp" line="44"/>
        <source>Удобное время встреч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="310"/>
        <source>строка %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="311"/>
        <source>Ничего не импортировано: в файле есть строки с ошибками.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="327"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="332"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="340"/>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="342"/>
        <source>Строка %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../../src/services/ReferenceData.cpp" line="20"/>
        <source>Не найден список форм наставничества по умолчанию.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/ReferenceData.cpp" line="42"/>
        <source>Не найден список показателей эффективности по умолчанию.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="135"/>
        <source>представитель: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="158"/>
        <location filename="../../src/services/RegistryExport.cpp" line="189"/>
        <source>Не удалось создать файл %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="161"/>
        <source>База наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="161"/>
        <source>База наставляемых, %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="162"/>
        <location filename="../../src/services/RegistryExport.cpp" line="193"/>
        <source>№ п/п</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="162"/>
        <source>ФИО наставляемого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="163"/>
        <source>Контактные данные (или законного представителя)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="163"/>
        <source>Возраст / класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="164"/>
        <source>Ключевой запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="164"/>
        <source>Дата вхождения в программу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="165"/>
        <location filename="../../src/services/RegistryExport.cpp" line="193"/>
        <source>ФИО наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="165"/>
        <source>Место работы / учёбы наставника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="166"/>
        <location filename="../../src/services/RegistryExport.cpp" line="197"/>
        <source>Форма наставничества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="166"/>
        <location filename="../../src/services/RegistryExport.cpp" line="197"/>
        <source>Место реализации программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="167"/>
        <source>Дата завершения программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="167"/>
        <location filename="../../src/services/RegistryExport.cpp" line="198"/>
        <source>Результаты программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="168"/>
        <location filename="../../src/services/RegistryExport.cpp" line="199"/>
        <source>Ссылка на кейс / отзыв</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="180"/>
        <source>Не удалось прочитать базу наставляемых.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="192"/>
        <source>База наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="192"/>
        <source>База наставников, %1 учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="193"/>
        <source>Контактные данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="194"/>
        <source>Место работы / учёбы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="194"/>
        <source>Компетенции, достижения, интересы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="195"/>
        <source>Желаемый возраст наставляемых</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="195"/>
        <source>Ресурс времени</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="196"/>
        <source>ФИО наставляемого(ых)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="196"/>
        <source>Место работы / учёбы наставляемого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="198"/>
        <source>Начало</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="198"/>
        <source>Завершение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="218"/>
        <source>Не удалось прочитать базу наставников.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryExport::Lookup</name>
    <message>
        <location filename="../../src/services/RegistryExport.cpp" line="62"/>
        <source>%1, %2 класс</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryService</name>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="122"/>
        <location filename="../../src/services/RegistryService.cpp" line="148"/>
        <location filename="../../src/services/RegistryService.cpp" line="185"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="122"/>
        <location filename="../../src/services/RegistryService.cpp" line="148"/>
        <location filename="../../src/services/RegistryService.cpp" line="185"/>
        <source>Категория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="122"/>
        <location filename="../../src/services/RegistryService.cpp" line="148"/>
        <source>Класс / должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="122"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="123"/>
        <location filename="../../src/services/RegistryService.cpp" line="148"/>
        <source>Возраст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="123"/>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="123"/>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="123"/>
        <location filename="../../src/services/RegistryService.cpp" line="150"/>
        <location filename="../../src/services/RegistryService.cpp" line="187"/>
        <source>Согласие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="124"/>
        <source>Особые группы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="124"/>
        <location filename="../../src/services/RegistryService.cpp" line="150"/>
        <location filename="../../src/services/RegistryService.cpp" line="187"/>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="149"/>
        <source>Ключевой запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="149"/>
        <source>Желаемая форма</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="149"/>
        <source>Наставник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="150"/>
        <source>Дата вхождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="185"/>
        <source>Место работы / учёбы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="185"/>
        <source>Компетенции</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="186"/>
        <source>Желаемый возраст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="186"/>
        <source>Ресурс времени</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="186"/>
        <source>Ёмкость</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="187"/>
        <source>Наставляемые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="187"/>
        <source>Обучение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="211"/>
        <source>%1 класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="211"/>
        <source>школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="218"/>
        <source>пройдено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="218"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Название</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Тип</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Договор №</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="229"/>
        <source>Дата договора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RegistryService.cpp" line="230"/>
        <source>Контактное лицо</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../ui/RegistryView.ui" line="13"/>
        <source>Реестр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="21"/>
        <source>Поиск: ФИО, класс, должность, телефон… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="27"/>
        <location filename="../../src/gui/RegistryView.cpp" line="89"/>
        <source>&amp;Категория:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="34"/>
        <source>К&amp;ласс:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="41"/>
        <source>&amp;Статус:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RegistryView.ui" line="48"/>
        <source>Со&amp;гласие:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="39"/>
        <source>Загрузка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="71"/>
        <location filename="../../src/gui/RegistryView.cpp" line="75"/>
        <location filename="../../src/gui/RegistryView.cpp" line="76"/>
        <location filename="../../src/gui/RegistryView.cpp" line="82"/>
        <source>все</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="89"/>
        <source>&amp;Тип:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="111"/>
        <source>Записей: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryView.cpp" line="112"/>
        <source>Показано %1 из %2</source>
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
    <name>RoadmapCommand</name>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="17"/>
        <source>Использование:
  kurator-cli --db ФАЙЛ roadmap list [--year ГОД] [--overdue] [--json]
  kurator-cli --db ФАЙЛ roadmap import ФАЙЛ [--year ГОД] [--title НАЗВАНИЕ] [--dry-run] [--json]
  kurator-cli --db ФАЙЛ roadmap templates
  kurator-cli --db ФАЙЛ roadmap template ШАБЛОН [--year ГОД]
ГОД — первый год учебного года (2024 для 2024–2025), по умолчанию текущий учебный год.
Импорт читает .csv, .tsv и .txt (таблица с табуляцией).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="62"/>
        <source>срок не распознан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="64"/>
        <source>срок: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="66"/>
        <source>; ответственные: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="75"/>
        <source>Учебный год.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="75"/>
        <source>ГОД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="76"/>
        <source>Только просроченные.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="77"/>
        <source>Вывод в JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="78"/>
        <source>Название дорожной карты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="78"/>
        <source>НАЗВАНИЕ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="79"/>
        <source>Показать, что будет импортировано, не записывая.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="81"/>
        <source>list, import, templates или template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="96"/>
        <source> (%1 мероприятий)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/RoadmapCommand.cpp" line="127"/>
        <source>Дорожная карта %1–%2: мероприятий %3, сроков не распознано %4.
</source>
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
        <source>Статус</source>
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
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="190"/>
        <source>В таблице не найден столбец с мероприятиями (заголовок вроде «Мероприятие», «Содержание» или «Наименование мероприятия»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="222"/>
        <source>Строка %1 пропущена: в столбце номера «%2» — не номер.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="290"/>
        <source>Под заголовком таблицы не найдено ни одного мероприятия.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/RoadmapTableImporter.cpp" line="297"/>
        <source>Строка %1: срок «%2» не распознан, оставлен как написан.</source>
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
        <source>С&amp;татус:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/RoadmapView.ui" line="35"/>
        <source>Ответственный (часть фамилии)</source>
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
        <location filename="../../ui/RoadmapView.ui" line="60"/>
        <source>Та&amp;блица</source>
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
        <location filename="../../src/services/QuestionnaireImport.cpp" line="86"/>
        <source>нет ФИО (нужны хотя бы фамилия и имя)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="90"/>
        <source>дата рождения «%1» невозможна или не читается</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="92"/>
        <source>дата рождения %1 невозможна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="100"/>
        <source>неизвестный класс «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="108"/>
        <source>телефон «%1» не похож на российский номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="113"/>
        <source>адрес почты «%1» неверен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="119"/>
        <source>неизвестная категория участника «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="139"/>
        <source>повторяет строку %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="149"/>
        <source>участников с таким ФИО несколько — укажите дату рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="160"/>
        <source>число наставляемых «%1» — не число от 0 до 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="163"/>
        <source>желаемый возраст «%1» не читается (пример: 10-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/QuestionnaireImport.cpp" line="165"/>
        <source>неизвестная форма наставничества «%1»</source>
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
    <name>SqlQuery</name>
    <message>
        <location filename="../../src/storage/SqlQuery.cpp" line="51"/>
        <source>Ошибка базы данных: %1</source>
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
    <name>TableFile</name>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="123"/>
        <source>Файл не является текстовой таблицей (CSV или текст с табуляцией). Если это книга Excel или документ Word, откройте его как .xlsx или .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="128"/>
        <source>Не удалось определить кодировку файла: это не UTF-8 и не windows-1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="137"/>
        <source>Строка %1: кавычка открыта и не закрыта до конца файла.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="150"/>
        <source>Старые форматы .doc и .xls не читаются: сохраните файл как .docx или .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/TableFile.cpp" line="153"/>
        <source>Не удалось открыть файл %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyUnmatched</name>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="22"/>
        <source>в банке наставников этого года нет свободных наставников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="24"/>
        <source>подходящих наставников: %1, их места отданы другим парам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="32"/>
        <source>ниже минимального балла %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/MatchProposal.cpp" line="33"/>
        <source>не подходит ни один наставник: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="75"/>
        <source>Лист</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="99"/>
        <source>Дата отчёта: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="188"/>
        <source>Не удалось создать файл %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/services/XlsxWorkbook.cpp" line="194"/>
        <source>Не удалось записать %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
