#pragma once
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The SQL of forgetting a person: their own personal data cleared or deleted, the facts that
// counts rest on (category, birth date, class, pedagogical experience, organisation, consent dates,
// pair memberships, scores) kept, and the free texts around them found for redaction.
class PersonalDataRepository
{
public:
    explicit PersonalDataRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static QString forgottenTag() { return QStringLiteral("forgotten"); }
    bool isForgotten(qint64 personId) const;

    // Name replaced by `lastName firstName`; patronymic, sex, phone, e-mail, workplace, notes and
    // tags other than ОВЗ cleared; the person tagged as forgotten.
    Status anonymise(qint64 personId, const QString &lastName, const QString &firstName);
    // What they wrote or what was written about them: profile texts, questionnaire answers, open
    // survey answers, consent document references.
    Status clearOwnTexts(qint64 personId);
    // Removes a minor's links to their legal representatives; returns those representatives who
    // now represent nobody and take part in nothing, so that they can be forgotten too.
    Result<QList<qint64>> unlinkRepresentatives(qint64 minorId);

    // A free-text cell that may name the person: their pairs' titles and results, plans, meetings,
    // open answers of their pairs, preference answers, their matching proposals and achievements,
    // orders, matching notes and the audit log.
    struct TextCell
    {
        QString table;
        QString column;
        qint64 rowId = 0;
        QString text;
    };
    Result<QList<TextCell>> textsAround(qint64 personId) const;
    Status setText(const TextCell &cell);

private:
    QSqlDatabase m_db;
};
