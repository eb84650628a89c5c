#include "domain/NameRedaction.h"

#include "domain/TextFold.h"

#include <QRegularExpression>

namespace NameRedaction {
namespace {
struct Form
{
    QString stem; // what every case form begins with
    qsizetype maxLength;
};

// «Мария» → «мари» (Марии, Марию, Марией); «Петров» → «петров» (Петрова, Петровым).
Form formOf(const QString &part)
{
    const QString folded = TextFold::fold(part);
    static const QString endings = QStringLiteral("аеиоуыэюяйь");
    QString stem = folded;
    if (stem.size() > 3 && endings.contains(stem.back()))
        stem.chop(1);
    return {stem, folded.size() + 3};
}

bool isFormOf(const QString &foldedWord, const Form &form)
{
    if (form.stem.size() < 3)
        return foldedWord == form.stem;
    return foldedWord.startsWith(form.stem) && foldedWord.size() <= form.maxLength;
}
} // namespace

QString redact(const QString &text, const QStringList &nameParts)
{
    QList<Form> forms;
    for (const QString &part : nameParts)
        for (const QString &word : part.split(QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts))
            forms << formOf(word);
    if (forms.isEmpty() || text.isEmpty())
        return text;
    static const QRegularExpression wordPattern(QStringLiteral("\\p{L}+"));
    QString out;
    qsizetype copied = 0;
    for (auto it = wordPattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString folded = TextFold::fold(m.captured());
        if (std::none_of(forms.cbegin(), forms.cend(), [&](const Form &f) { return isFormOf(folded, f); }))
            continue;
        out += QStringView(text).mid(copied, m.capturedStart() - copied);
        out += QString::fromUtf16(kMark);
        copied = m.capturedEnd();
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace NameRedaction
