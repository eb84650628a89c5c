#pragma once
#include <QStringList>

// Splits an SQL script into statements; the Qt drivers run one statement per exec().
namespace SqlScript {
QStringList split(const QString &script);
}
