#pragma once
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

// What libFuzzer hands a target, as Qt types. The Office readers read files, so their input is
// written to one file per process in the temporary folder, rewritten for every input.
namespace FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(bytes(data, size));
}

inline QString file(const uint8_t *data, size_t size, const QString &suffix)
{
    const QString path = QDir::temp().filePath(QStringLiteral("kurator-fuzz-%1.%2").arg(qint64(getpid())).arg(suffix));
    QFile out(path);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace FuzzInput
