#pragma once
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A document template the curator can edit: text (usually HTML) with {{field}} placeholders and
// {{#list}} … {{/list}} blocks repeated once per row of a list. Every field a template names must
// be one the document offers, so a typo is reported with its line instead of printing as empty.
namespace TextTemplate {

struct List
{
    QStringList fields;                     // what a row offers, known even when there are no rows
    QList<QHash<QString, QString>> rows;
};

struct Values
{
    QHash<QString, QString> fields;
    QHash<QString, List> lists;
};

enum class Escape { Html, None };

// The text with its placeholders filled (values HTML-escaped unless told otherwise), or the first
// problem: an unknown field, a block not closed or closed out of order, a block inside a block.
Result<QString> render(const QString &text, const Values &values, Escape escape = Escape::Html);

} // namespace TextTemplate
