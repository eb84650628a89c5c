#include "services/RoadmapTableImporter.h"

#include "domain/TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("RoadmapTableImporter", text); }

// Cells from PDF or HTML carry tags and stray whitespace.
QString clean(const QString &cell)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = cell;
    s.remove(tags);
    return s.simplified();
}

QString cellAt(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row[column] : QString();
}

bool isNumberLabel(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}(\\.\\d{1,3})*\\.?$"));
    return re.match(s).hasMatch();
}

// «1 ⇥ 2 ⇥ 3»: the numbering of the columns under a header.
bool isColumnNumbering(const QStringList &row)
{
    int numbers = 0;
    for (const QString &c : row) {
        if (c.isEmpty())
            continue;
        if (!isNumberLabel(c))
            return false;
        ++numbers;
    }
    return numbers >= 2;
}

int nonEmptyCount(const QStringList &row)
{
    return int(std::count_if(row.begin(), row.end(), [](const QString &c) { return !c.isEmpty(); }));
}

bool startsCapitalised(const QString &s)
{
    return !s.isEmpty() && s.at(0).isUpper();
}

void append(QString &field, const QString &more)
{
    if (more.isEmpty())
        return;
    field = field.isEmpty() ? more : field + QLatin1Char(' ') + more;
}

QList<QStringList> cleaned(const QList<QStringList> &rows)
{
    QList<QStringList> out;
    out.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << clean(cell);
        out << cells;
    }
    return out;
}

// Whether the next row with content (column numbering aside) has a number in `column`; rows cleaned.
bool nextRowIsNumbered(const QList<QStringList> &rows, int after, int column)
{
    for (int r = after + 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        if (nonEmptyCount(row) == 0 || isColumnNumbering(row))
            continue;
        return isNumberLabel(cellAt(row, column));
    }
    return false;
}

// Cuts «1.1.» off the front of a cell and returns it.
QString takeLeadingNumber(QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3}(?:\\.\\d{1,3})*\\.?)\\s+(?=\\S)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    text = text.mid(m.capturedEnd());
    return m.captured(1);
}

// Tables whose every cell sits on its own line (seed 003: a new cell begins with a tab, a line
// without one continues the cell above, a blank line ends the row) become ordinary rows.
QList<QStringList> reflowBlocks(const QList<QStringList> &lines)
{
    QList<QStringList> rows;
    QStringList row;
    for (const QStringList &line : lines) {
        const bool blank = std::all_of(line.begin(), line.end(), [](const QString &c) { return c.trimmed().isEmpty(); });
        if (blank) {
            if (!row.isEmpty())
                rows << row;
            row.clear();
            continue;
        }
        QStringList parts = line;
        while (parts.size() > 1 && parts.last().trimmed().isEmpty())
            parts.removeLast();
        if (parts.first().trimmed().isEmpty() || row.isEmpty()) {
            if (row.isEmpty())
                row << QString(); // the leading tab of the block
            parts.removeFirst();
            row << parts;
        } else {
            append(row.last(), parts.takeFirst().simplified());
            row << parts;
        }
    }
    if (!row.isEmpty())
        rows << row;
    return rows;
}

// In a table whose rows mostly have one filled cell (a list of activities without deadlines),
// a one-cell row is an activity, not a section heading. Rows cleaned.
bool mostRowsHaveOneCell(const QList<QStringList> &rows, int headerRow)
{
    int single = 0, multiple = 0;
    for (int r = headerRow + 1; r < rows.size(); ++r) {
        const int filled = nonEmptyCount(rows[r]);
        if (filled == 0 || isColumnNumbering(rows[r]))
            continue;
        (filled == 1 ? single : multiple)++;
    }
    return single > multiple;
}

// Roles of header cells by the words curators use for them.
void assignRole(RoadmapColumns &c, int column, const QString &header)
{
    const QString h = TextFold::fold(header);
    auto has = [&h](const char *word) { return h.contains(QString::fromUtf8(word)); };
    const bool owners = has("ответствен") || has("исполнител");
    if (owners && has("срок"))
        c.ownersAndDeadline = column;
    else if (h.contains(QChar(0x2116)) || h == QLatin1String("no") || has("п/п") || h == QLatin1String("n"))
        c.number = column;
    else if (has("этап") || has("направлени") || has("раздел"))
        c.section = column;
    else if (has("срок") || has("дата"))
        c.deadline = column;
    else if (owners)
        c.owners = column;
    else if (has("показател") || has("индикатор") || has("kpi"))
        c.kpi = column;
    else if (has("результат") || has("документ"))
        c.result = column;
    else if (has("мероприят") || has("содержание") || has("наименование") || has("деятельност"))
        c.activity = column;
}
}

namespace RoadmapTableImporter {

RoadmapColumns detectColumns(const QList<QStringList> &rows)
{
    for (int r = 0; r < rows.size(); ++r) {
        RoadmapColumns c;
        for (int column = 0; column < rows[r].size(); ++column)
            assignRole(c, column, clean(rows[r][column]));
        const bool hasWhen = c.deadline >= 0 || c.ownersAndDeadline >= 0 || c.owners >= 0;
        if (c.activity >= 0 && (hasWhen || c.number >= 0 || c.section >= 0)) {
            c.headerRow = r;
            return c;
        }
    }
    return {};
}

Result<RoadmapImport> import(const QList<QStringList> &rawRows, const RoadmapColumns &c, const AcademicYear &year)
{
    using R = Result<RoadmapImport>;
    if (c.activity < 0)
        return R::failure(tr("В таблице не найден столбец с мероприятиями (заголовок вроде «Мероприятие», "
                             "«Содержание» или «Наименование мероприятия»)."));
    RoadmapImport out;
    const QList<QStringList> rows = cleaned(rawRows);
    const bool singleCellRowsAreItems = c.number < 0 && c.section < 0 && mostRowsHaveOneCell(rows, c.headerRow);
    QString section;
    RoadmapItem *current = nullptr;
    QList<int> itemRows; // the file row of each item, for the warnings
    for (int r = c.headerRow + 1; r < rows.size(); ++r) {
        QStringList row = rows[r];
        if (nonEmptyCount(row) == 0 || isColumnNumbering(row))
            continue;
        // The PDF extraction sometimes drops an empty first cell: the deadline then sits one column left.
        const int deadlineColumn = c.deadline >= 0 ? c.deadline : c.ownersAndDeadline;
        if (deadlineColumn > 0 && c.ownersAndDeadline < 0
            && !DeadlineParser::parse(cellAt(row, deadlineColumn), year).isRecognised()
            && DeadlineParser::parse(cellAt(row, deadlineColumn - 1), year).isRecognised()
            && cellAt(row, deadlineColumn - 1).size() < 40 && row.size() >= 2
            && row.first().size() > 0 && (c.section == 0 || c.number == 0))
            row.prepend(QString());

        const QString number = cellAt(row, c.number);
        if (c.number >= 0 && !number.isEmpty() && !isNumberLabel(number)) {
            // One cell across a numbered table: a section when numbered rows follow it (a Word
            // cell spanning the table), otherwise the text below the table.
            if (nonEmptyCount(row) == 1 && startsCapitalised(number) && nextRowIsNumbered(rows, r, c.number)) {
                section = number;
                current = nullptr;
                continue;
            }
            if (nonEmptyCount(row) == 1)
                break;
            out.warnings << tr("Строка %1 пропущена: в столбце номера «%2» — не номер.").arg(r + 1).arg(number);
            continue;
        }
        const QString sectionCell = cellAt(row, c.section);
        QString activity = cellAt(row, c.activity);
        QString ownNumber; // «1.1. Изучение…»: a table without a number column numbers inside the text
        if (c.number < 0)
            ownNumber = takeLeadingNumber(activity);
        const bool numbered = c.number >= 0 && isNumberLabel(number);
        const bool onlySection = c.section >= 0 && !sectionCell.isEmpty() && nonEmptyCount(row) == 1;
        const bool spanning = !singleCellRowsAreItems && nonEmptyCount(row) == 1 && startsCapitalised(activity)
                              && c.section < 0 && c.number < 0 && !cellAt(row, c.activity).isEmpty()
                              && !ownNumber.contains(QRegularExpression(QStringLiteral("\\d\\.\\d")));
        if (onlySection || spanning) {
            if (spanning || startsCapitalised(sectionCell) || !current) {
                section = onlySection ? sectionCell : activity;
                current = nullptr;
            } else if (onlySection) {
                append(section, sectionCell); // a section name broken over lines
                if (current)
                    current->section = section;
            } else {
                append(current->activity, activity);
            }
            continue;
        }
        QString when = cellAt(row, c.deadline);
        QString owners = cellAt(row, c.owners);
        if (c.ownersAndDeadline >= 0) {
            // «кураторы / в соответствии с распоряжением о закреплении пар/групп»: the first spaced slash.
            static const QRegularExpression separator(QStringLiteral("\\s+/\\s*|\\s*/\\s+"));
            const QString both = cellAt(row, c.ownersAndDeadline);
            const auto m = separator.match(both);
            owners = m.hasMatch() ? both.left(m.capturedStart()).trimmed() : both;
            when = m.hasMatch() ? both.mid(m.capturedEnd()).trimmed() : QString();
        }
        const bool startsItem = numbered || (c.number < 0 && c.section >= 0 && !sectionCell.isEmpty() && !activity.isEmpty())
                                || (c.number < 0 && !activity.isEmpty() && (!when.isEmpty() || !owners.isEmpty())
                                    && startsCapitalised(activity))
                                || (c.number < 0 && !activity.isEmpty() && !current);
        if (startsItem) {
            if (c.section >= 0 && !sectionCell.isEmpty())
                section = sectionCell;
            out.items.append(RoadmapItem());
            itemRows.append(r + 1);
            current = &out.items.last();
            current->number = numbered ? number : ownNumber;
            current->section = section;
            current->activity = activity;
            current->deadline.text = when;
            current->owners = owners;
            current->expectedResult = cellAt(row, c.result);
            current->kpi.text = cellAt(row, c.kpi);
            continue;
        }
        if (!current)
            continue; // the rest of a header broken over lines
        if (c.section >= 0 && !sectionCell.isEmpty()) {
            append(section, sectionCell);
            current->section = section;
        }
        append(current->activity, activity);
        append(current->deadline.text, when);
        append(current->owners, owners);
        append(current->expectedResult, cellAt(row, c.result));
        append(current->kpi.text, cellAt(row, c.kpi));
    }
    if (out.items.isEmpty())
        return R::failure(tr("Под заголовком таблицы не найдено ни одного мероприятия."));
    for (int i = 0; i < out.items.size(); ++i) {
        RoadmapItem &item = out.items[i];
        const QString text = item.deadline.text;
        item.deadline = DeadlineParser::parse(text, year);
        item.kpi = RoadmapCodes::parseKpi(item.kpi.text);
        if (!text.isEmpty() && !item.deadline.isRecognised())
            out.warnings << tr("Строка %1: срок «%2» не распознан, оставлен как написан.").arg(itemRows[i]).arg(text);
    }
    return out;
}

RoadmapTable prepare(const QList<QStringList> &rows)
{
    RoadmapColumns columns = detectColumns(rows);
    if (columns.activity >= 0)
        return {rows, columns};
    const QList<QStringList> blocks = reflowBlocks(rows);
    columns = detectColumns(blocks);
    if (columns.activity < 0)
        return {rows, {}};
    // Cells past the header's width are the last column broken into pieces.
    const int width = int(blocks[columns.headerRow].size());
    QList<QStringList> fitted;
    for (QStringList block : blocks) {
        while (block.size() > width) {
            const QString piece = block.takeAt(width);
            append(block[width - 1], piece);
        }
        fitted << block;
    }
    return {fitted, columns};
}

Result<RoadmapImport> importTable(const QList<QStringList> &rows, const AcademicYear &year)
{
    const RoadmapTable table = prepare(rows);
    return import(table.rows, table.columns, year); // without an activity column: explains what is missing
}

const QList<RoadmapColumnRole> &roles()
{
    static const QList<RoadmapColumnRole> list = {
        {"activity", &RoadmapColumns::activity, QT_TRANSLATE_NOOP("RoadmapColumns", "Мероприятие")},
        {"number", &RoadmapColumns::number, QT_TRANSLATE_NOOP("RoadmapColumns", "№")},
        {"section", &RoadmapColumns::section, QT_TRANSLATE_NOOP("RoadmapColumns", "Раздел, этап")},
        {"deadline", &RoadmapColumns::deadline, QT_TRANSLATE_NOOP("RoadmapColumns", "Срок")},
        {"owners", &RoadmapColumns::owners, QT_TRANSLATE_NOOP("RoadmapColumns", "Ответственные")},
        {"owners_deadline", &RoadmapColumns::ownersAndDeadline,
         QT_TRANSLATE_NOOP("RoadmapColumns", "Ответственные / сроки")},
        {"result", &RoadmapColumns::result, QT_TRANSLATE_NOOP("RoadmapColumns", "Результат, документ")},
        {"kpi", &RoadmapColumns::kpi, QT_TRANSLATE_NOOP("RoadmapColumns", "Показатель")}};
    return list;
}

QString columnsText(const RoadmapColumns &columns)
{
    QStringList parts{QStringLiteral("header=%1").arg(columns.headerRow + 1)};
    for (const RoadmapColumnRole &role : roles())
        if (columns.*role.column >= 0)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(role.code)).arg(columns.*role.column + 1);
    return parts.join(QLatin1Char(','));
}

Result<RoadmapColumns> parseColumns(const QString &text)
{
    using R = Result<RoadmapColumns>;
    RoadmapColumns columns;
    QStringList known{QStringLiteral("header")};
    for (const RoadmapColumnRole &role : roles())
        known << QLatin1String(role.code);
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int number = part.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        if (!part.contains(QLatin1Char('=')) || !ok || number < 0 || (number == 0 && name != QLatin1String("header")))
            return R::failure(tr("Столбец задают как РОЛЬ=НОМЕР, номера с 1: «%1».").arg(part.trimmed()));
        if (name == QLatin1String("header")) {
            columns.headerRow = number - 1;
            continue;
        }
        const auto role = std::find_if(roles().begin(), roles().end(),
                                       [&](const RoadmapColumnRole &r) { return name == QLatin1String(r.code); });
        if (role == roles().end())
            return R::failure(tr("Роли столбца «%1» нет. Есть: %2.").arg(name, known.join(QStringLiteral(", "))));
        columns.*role->column = number - 1;
    }
    if (columns.activity < 0)
        return R::failure(tr("Не указан столбец с мероприятиями (activity=НОМЕР)."));
    return columns;
}

} // namespace RoadmapTableImporter
