#pragma once
#include <QString>
#include <QStringList>

// Основы русских слов, so that a request "подготовиться к олимпиаде" meets competencies
// "подготовка олимпиадников": the Snowball stemmer for Russian (Porter's algorithm), then the
// stem cut to a few letters, because the stemmer keeps suffixes (олимпиад-н-ая) that relate words
// of one root rather than separate them.
namespace RussianStem {
// The Snowball stem of one lower-case word (ё already folded to е).
QString snowball(const QString &word);
struct Word
{
    QString key;  // for comparison
    QString word; // as written (folded), for explanations
};
// The significant words of a text with their comparison keys (stop words and words shorter than
// three letters dropped, abbreviations of weekdays spelled out), in the order of the text.
QList<Word> words(const QString &text);
QStringList keys(const QString &text);
}
