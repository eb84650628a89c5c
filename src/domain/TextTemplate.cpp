#include "domain/TextTemplate.h"

#include <QCoreApplication>

namespace TextTemplate {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("TextTemplate", text); }

int lineOf(const QString &text, qsizetype position) { return int(text.left(position).count(QLatin1Char('\n'))) + 1; }

QString escaped(const QString &value, Escape escape)
{
    if (escape == Escape::None)
        return value;
    QString html = value.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

// One {{…}} tag: its position, length and the name inside with its sigil.
struct Tag
{
    qsizetype begin = -1;
    qsizetype end = -1;
    QChar sigil; // '#', '/' or none
    QString name;
};

Tag nextTag(const QString &text, qsizetype from)
{
    Tag tag;
    const qsizetype open = text.indexOf(QLatin1String("{{"), from);
    if (open < 0)
        return tag;
    const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
    tag.begin = open;
    tag.end = close < 0 ? -1 : close + 2;
    if (close < 0)
        return tag;
    QString inside = text.mid(open + 2, close - open - 2).trimmed();
    if (inside.startsWith(QLatin1Char('#')) || inside.startsWith(QLatin1Char('/'))) {
        tag.sigil = inside.at(0);
        inside = inside.mid(1).trimmed();
    }
    tag.name = inside;
    return tag;
}

} // namespace

Result<QString> render(const QString &text, const Values &values, Escape escape)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype at = 0;
    while (true) {
        const Tag tag = nextTag(text, at);
        if (tag.begin < 0) {
            out += QStringView(text).mid(at);
            return out;
        }
        const int line = lineOf(text, tag.begin);
        if (tag.end < 0)
            return Result<QString>::failure(tr("Строка %1: «{{» без закрывающих «}}».").arg(line));
        out += QStringView(text).mid(at, tag.begin - at);
        if (tag.sigil == QLatin1Char('/'))
            return Result<QString>::failure(tr("Строка %1: «{{/%2}}» без начала блока.").arg(line).arg(tag.name));
        if (tag.sigil.isNull()) {
            const auto field = values.fields.constFind(tag.name);
            if (field == values.fields.constEnd())
                return Result<QString>::failure(tr("Строка %1: неизвестное поле «{{%2}}».").arg(line).arg(tag.name));
            out += escaped(*field, escape);
            at = tag.end;
            continue;
        }
        const auto list = values.lists.constFind(tag.name);
        if (list == values.lists.constEnd())
            return Result<QString>::failure(tr("Строка %1: неизвестный список «{{#%2}}».").arg(line).arg(tag.name));
        // The block's body: up to its closing tag; rows' fields are checked even when there are no rows.
        QList<Tag> body;
        qsizetype cursor = tag.end;
        Tag inner;
        while (true) {
            inner = nextTag(text, cursor);
            if (inner.begin < 0 || inner.end < 0)
                return Result<QString>::failure(tr("Строка %1: блок «{{#%2}}» не закрыт.").arg(line).arg(tag.name));
            if (inner.sigil == QLatin1Char('#'))
                return Result<QString>::failure(tr("Строка %1: блок внутри блока не поддерживается.")
                                                    .arg(lineOf(text, inner.begin)));
            if (inner.sigil == QLatin1Char('/'))
                break;
            if (!list->fields.contains(inner.name) && !values.fields.contains(inner.name))
                return Result<QString>::failure(tr("Строка %1: неизвестное поле «{{%2}}» в списке «%3».")
                                                    .arg(lineOf(text, inner.begin)).arg(inner.name, tag.name));
            body.append(inner);
            cursor = inner.end;
        }
        if (inner.name != tag.name)
            return Result<QString>::failure(tr("Строка %1: блок «{{#%2}}» закрыт как «{{/%3}}».")
                                                .arg(lineOf(text, inner.begin)).arg(tag.name, inner.name));
        for (const QHash<QString, QString> &row : list->rows) {
            qsizetype from = tag.end;
            for (const Tag &t : body) {
                out += QStringView(text).mid(from, t.begin - from);
                const auto cell = row.constFind(t.name);
                out += escaped(cell != row.constEnd() ? *cell : values.fields.value(t.name), escape);
                from = t.end;
            }
            out += QStringView(text).mid(from, inner.begin - from);
        }
        at = inner.end;
    }
}

} // namespace TextTemplate
