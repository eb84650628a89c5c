#pragma once
#include "domain/Result.h"

#include <QDate>
#include <QStringList>

// Достижение участника: a diploma, a letter of merit, a certificate or a participation, at a level.
struct Achievement
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate achievedOn;
    QString kind;  // diploma, merit, certificate, participation
    QString level; // school, municipal, regional, federal, international
    QString title;
};

namespace Achievements {
QStringList kinds();
QStringList levels();
QString kindTitle(const QString &code);
QString levelTitle(const QString &code);
// A code from a code or a Russian word as curators write it («диплом», «региональный»); empty when unknown.
QString kindCode(const QString &text);
QString levelCode(const QString &text);
// What is wrong with an achievement before it is stored: no title, an unknown kind or level, a date in the future.
Status check(const Achievement &achievement, const QDate &today);
}
