// Replays a fuzz target over files — its corpus and the inputs that once crashed it — in the
// ordinary build, so that every crash the fuzzers found stays a regression test (ctest fuzz_*).
// The targets are compiled here under their own names instead of LLVMFuzzerTestOneInput.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QHash>

#include <cstdint>
#include <cstdio>

#define KURATOR_FUZZ_TARGET(name) extern "C" int fuzz_##name(const uint8_t *data, size_t size);
#include "FuzzTargets.inc"
#undef KURATOR_FUZZ_TARGET

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    using Target = int (*)(const uint8_t *, size_t);
    const QHash<QString, Target> targets{
#define KURATOR_FUZZ_TARGET(name) {QStringLiteral(#name), fuzz_##name},
#include "FuzzTargets.inc"
#undef KURATOR_FUZZ_TARGET
    };
    const QStringList args = app.arguments();
    if (args.size() < 3 || !targets.contains(args.at(1))) {
        std::fprintf(stderr, "usage: fuzz_replay TARGET FILE|DIR...\n");
        return 2;
    }
    const Target target = targets.value(args.at(1));
    int replayed = 0;
    for (const QString &root : args.mid(2)) {
        QStringList files{root};
        if (QFileInfo(root).isDir()) {
            files.clear();
            for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                files << it.next();
        }
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray input = file.readAll();
            target(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
            ++replayed;
        }
    }
    std::printf("%s: %d inputs replayed\n", qPrintable(args.at(1)), replayed);
    return replayed > 0 ? 0 : 1; // an empty corpus is a mistake, not a pass
}
