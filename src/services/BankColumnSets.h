#pragma once
#include "domain/BankColumns.h"
#include "storage/Database.h"

// The column sets of the banks: the shipped ones (resources/defaults), or the curator's own, saved
// in the store after they were chosen in the app or loaded from a file.
class BankColumnSets
{
public:
    explicit BankColumnSets(DatabasePtr db) : m_db(std::move(db)) {}

    static QByteArray shipped(MemberRole bank);
    QByteArray text(MemberRole bank) const; // the saved set, else the shipped one
    QList<BankColumns::Column> columns(MemberRole bank) const;
    // Saves a set after checking it; an empty text restores the shipped one.
    Status save(MemberRole bank, const QByteArray &json);

private:
    DatabasePtr m_db;
};
