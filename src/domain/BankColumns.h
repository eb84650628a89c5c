#pragma once
#include "domain/Enums.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Столбцы баз наставляемых и наставников (domain.md, Registries). The default sets of the target
// model ship as data (resources/defaults/bank_columns_*.json); a region adds, drops, reorders and
// renames columns, so a set is a list of fields with the title the curator gave each:
//   {"bank": "mentees", "columns": [{"field": "name", "title": "ФИО наставляемого"}, …]}
namespace BankColumns {

enum class Field {
    Number,        // № п/п
    Name,
    Contacts,      // phone and e-mail, or the legal representative of a minor
    AgeClass,      // «12 / 6Б»
    BirthDate,
    Age,
    ClassName,
    Phone,
    Email,
    Representative,
    Workplace,     // where the person works or studies
    Request,       // mentees: ключевой запрос
    About,         // mentors: competencies, achievements, interests
    DesiredAge,    // mentors: desired age of mentees
    TimeResource,  // mentors
    EnteredOn,     // the profile's date of entry into the programme
    Partners,      // the other side of the person's pairs: the mentor(s) of a mentee, a mentor's mentees
    PartnersPlace, // where they work or study
    Form,
    Place,         // where the programme is carried out: the organisation
    Start,         // the first of the person's pairs' starts
    End,           // the programme's completion: the profile's, or the last pair's planned end
    Results,
    CaseLink,
};

enum class Kind { Text, Date, Integer };

// A field the bank can show: its code in the JSON, the kind of its cells and the width of its column.
struct FieldInfo
{
    Field field;
    QString code;
    Kind kind;
    double width;
    QString description; // what it holds, for the dialog and the CLI
};

struct Column
{
    Field field;
    QString title;
};

// The fields of a bank (mentees: MemberRole::Mentee), in the order the dialog offers them.
QList<FieldInfo> fields(MemberRole bank);
FieldInfo info(Field field);

// The set, or its first problem with the column's number: not JSON, a set of the other bank, an
// unknown or repeated field, a field this bank does not have, an empty title, no columns at all.
Result<QList<Column>> parse(const QByteArray &json, MemberRole bank);
QByteArray toJson(const QList<Column> &columns, MemberRole bank);

QString bankCode(MemberRole bank); // mentees, mentors
} // namespace BankColumns
