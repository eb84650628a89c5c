#include "domain/Person.h"

QString Person::fullName() const
{
    QStringList parts;
    for (const QString &p : {lastName, firstName, patronymic})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QLatin1Char(' '));
}

QString Person::shortName() const
{
    QString s = lastName.trimmed();
    if (!firstName.trimmed().isEmpty())
        s += QLatin1Char(' ') + firstName.trimmed().left(1) + QLatin1Char('.');
    if (!patronymic.trimmed().isEmpty())
        s += QLatin1Char(' ') + patronymic.trimmed().left(1) + QLatin1Char('.');
    return s;
}
