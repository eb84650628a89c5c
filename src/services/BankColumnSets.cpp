#include "services/BankColumnSets.h"

#include "services/Audit.h"
#include "storage/SettingsRepository.h"

#include <QFile>

namespace {
QString settingKey(MemberRole bank) { return QStringLiteral("bank.columns.") + BankColumns::bankCode(bank); }
}

QByteArray BankColumnSets::shipped(MemberRole bank)
{
    QFile file(QStringLiteral(":/defaults/bank_columns_%1.json").arg(BankColumns::bankCode(bank)));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray BankColumnSets::text(MemberRole bank) const
{
    const QString saved = SettingsRepository(m_db->connection()).value(settingKey(bank));
    return saved.isEmpty() ? shipped(bank) : saved.toUtf8();
}

QList<BankColumns::Column> BankColumnSets::columns(MemberRole bank) const
{
    // A saved set was checked when saved; should a later version drop one of its fields, the
    // shipped set is used rather than no report.
    const auto saved = BankColumns::parse(text(bank), bank);
    return saved ? *saved : BankColumns::parse(shipped(bank), bank).value();
}

Status BankColumnSets::save(MemberRole bank, const QByteArray &json)
{
    if (!json.trimmed().isEmpty())
        if (const auto checked = BankColumns::parse(json, bank); !checked)
            return Status::failure(checked.error());
    return m_db->transaction([&]() -> Status {
        if (Status s = SettingsRepository(m_db->connection()).setValue(settingKey(bank), QString::fromUtf8(json.trimmed())); !s)
            return s;
        return audit(*m_db, QStringLiteral("bank_columns"), 0, json.trimmed().isEmpty() ? QStringLiteral("reset") : QStringLiteral("update"),
                     BankColumns::bankCode(bank));
    });
}
