#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Участник: any person in the school's mentoring (pupil, teacher, parent, graduate, student,
// a partner organisation's employee).
struct Person
{
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString patronymic;
    QDate birthDate;
    QString sex; // "м" / "ж" / empty
    PersonCategory category = PersonCategory::Pupil;
    QString className;      // pupils: "7Б"
    QString position;       // teachers, employers' staff
    QDate pedagogicalSince; // teachers: when pedagogical experience began
    QString workplace;      // place of work or study outside the school
    qint64 partnerId = 0;   // employers' staff: the partner organisation
    int graduationYear = 0; // graduates
    QString phone;
    QString email;
    QStringList tags; // Codes::personTagCodes()
    RecordStatus status = RecordStatus::Active;
    QString notes;

    QString fullName() const;
    QString shortName() const; // "Иванов И. И."
};

// Every member is relocatable: lets QList<Person> grow with realloc instead of copying
// each person (a 100,000-row registry spent a third of its load time there).
Q_DECLARE_TYPEINFO(Person, Q_RELOCATABLE_TYPE);
