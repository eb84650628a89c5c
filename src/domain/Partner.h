#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QString>

// Партнёрская организация: provides mentors under an agreement.
struct Partner
{
    qint64 id = 0;
    QString name;
    PartnerKind kind = PartnerKind::Enterprise;
    QString agreementNumber;
    QDate agreementDate;
    QString contactPerson;
    QString phone;
    QString email;
    QString address;
    RecordStatus status = RecordStatus::Active;
    QString notes;
};
