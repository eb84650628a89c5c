#pragma once
#include <QString>
#include <QStringList>

// Стирание имени из текстов: when a person is forgotten, the free texts around them (a meeting's
// outcome, a plan item, an order) lose every word that is a part of their name in any case form
// — «Иванова», «Ивановой», «Марии» — while the rest of the text stays for the record.
namespace NameRedaction {
inline constexpr char16_t kMark[] = u"[удалено]";

// The text with each word that is a form of one of `nameParts` replaced by kMark; a word is a form
// when, ё and case folded, it begins with the part less its final vowel and is at most three
// letters longer than the part. Parts shorter than three letters must match whole.
QString redact(const QString &text, const QStringList &nameParts);
}
