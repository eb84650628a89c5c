#pragma once
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Editable reference lists: forms of mentoring with their role models.
struct MentoringForm
{
    qint64 id = 0;
    QString code;
    QString title;
    QString mentorCategory;
    QString menteeCategory;
    QStringList roleModels;
};

class ReferenceRepository
{
public:
    explicit ReferenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insertForm(const MentoringForm &form);
    QList<MentoringForm> forms() const;
    // Role model ids of a form, in the order they were stored.
    QList<qint64> roleModelIds(qint64 formId) const;

private:
    QSqlDatabase m_db;
};
