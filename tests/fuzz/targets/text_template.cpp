// The order template the curator edits: any text renders or is refused with the first problem.
// The values are those the order offers, so that mutations of the shipped template go deep.
#include "FuzzInput.h"
#include "domain/TextTemplate.h"

namespace {
TextTemplate::List list(const QStringList &fields, int rows)
{
    TextTemplate::List list{fields, {}};
    for (int r = 0; r < rows; ++r) {
        QHash<QString, QString> row;
        for (const QString &field : fields)
            row.insert(field, QStringLiteral("«%1» <%2> & {{x}}").arg(field).arg(r));
        list.rows.append(row);
    }
    return list;
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TextTemplate::Values values;
    for (const char *field : {"school", "date", "number", "year", "count", "plan_due", "curator", "head"})
        values.fields.insert(QString::fromLatin1(field), QStringLiteral("МБОУ «СОШ № 1» <&> {{school}}"));
    values.lists.insert(QStringLiteral("pairs"),
                        list(QString::fromLatin1("n mentor mentor_position mentees mentee_classes form role_model start end")
                                 .split(QLatin1Char(' ')), 3));
    values.lists.insert(QStringLiteral("signers"), list({QStringLiteral("name")}, 0));
    const QString text = FuzzInput::text(data, size);
    TextTemplate::render(text, values);
    TextTemplate::render(text, values, TextTemplate::Escape::None);
    return 0;
}
