#include "storage/ServerAddress.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ServerAddress", text); }

// libpq's quoting: a value with spaces or quotes in single quotes, \ and ' escaped.
QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\'')) &&
        !value.contains(QLatin1Char('\\')))
        return value;
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}
}

Result<ServerAddress> ServerAddress::parse(const QString &conninfo)
{
    using R = Result<ServerAddress>;
    ServerAddress a;
    qsizetype i = 0;
    const qsizetype n = conninfo.size();
    while (i < n) {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = conninfo.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return R::failure(tr("В строке подключения «%1» нет знака «=»: ожидается ключ=значение, например "
                                 "host=server dbname=kurator user=school1.")
                                  .arg(conninfo.mid(i).section(QLatin1Char(' '), 0, 0)));
        const QString key = conninfo.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && conninfo.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = conninfo.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value.append(conninfo.at(i++));
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed)
                return R::failure(tr("В строке подключения не закрыта кавычка у значения «%1».").arg(key));
        } else {
            while (i < n && !conninfo.at(i).isSpace())
                value.append(conninfo.at(i++));
        }
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            a.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return R::failure(tr("Порт «%1» в строке подключения — не номер порта (1–65535).").arg(value));
        } else if (key == QLatin1String("dbname")) {
            a.database = value;
        } else if (key == QLatin1String("user")) {
            a.user = value;
        } else if (key == QLatin1String("password")) {
            a.password = value;
        } else if (key.isEmpty()) {
            return R::failure(tr("В строке подключения пустой ключ перед «=»."));
        } else {
            a.options.append(key + QLatin1Char('=') + value);
        }
    }
    if (a.database.isEmpty())
        return R::failure(tr("В строке подключения не указана база сервера (dbname=…)."));
    return a;
}

QString ServerAddress::describe() const
{
    QString text = user.isEmpty() ? QString() : user + QLatin1Char('@');
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    return text + QLatin1Char('/') + database;
}

QString ServerAddress::conninfo() const
{
    QStringList parts;
    if (!host.isEmpty())
        parts << QStringLiteral("host=") + quoted(host);
    if (port > 0)
        parts << QStringLiteral("port=%1").arg(port);
    parts << QStringLiteral("dbname=") + quoted(database);
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + quoted(user);
    if (!password.isEmpty())
        parts << QStringLiteral("password=") + quoted(password);
    for (const QString &o : options)
        parts << o.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') + quoted(o.section(QLatin1Char('='), 1));
    return parts.join(QLatin1Char(' '));
}
