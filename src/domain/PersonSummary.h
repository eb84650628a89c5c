#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>

// A person as whole registries show them, without the fields only the person's form needs:
// read in one narrow pass, with the full name and the folded name key ready from the store.
struct PersonSummary
{
    qint64 id = 0;
    QString fullName;
    QString nameKey; // TextFold of the full name, as stored
    QDate birthDate;
    PersonCategory category = PersonCategory::Pupil;
    QString className;
    QString position;
    QString workplace;
    qint64 partnerId = 0;
    QString phone;
    QString email;
    QStringList tags;
    RecordStatus status = RecordStatus::Active;
};

Q_DECLARE_TYPEINFO(PersonSummary, Q_RELOCATABLE_TYPE);
