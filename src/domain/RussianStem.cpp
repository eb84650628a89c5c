#include "domain/RussianStem.h"

#include "domain/TextFold.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace RussianStem {
namespace {

using Endings = QStringList;

bool isVowel(QChar c) { return QStringLiteral("аеиоуыэюя").contains(c); }

// Endings of one step, longest first as Snowball's `among` picks them; those of the first group
// must also follow а or я inside RV, which stays.
struct EndingSet
{
    EndingSet(const Endings &afterAYa, const Endings &rest)
    {
        for (const QString &e : afterAYa)
            all.append({e, true});
        for (const QString &e : rest)
            all.append({e, false});
        std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    }
    QList<std::pair<QString, bool>> all;
};

// Removes the longest ending of the set found within RV (from index rv).
bool removeEnding(QString &w, int rv, const EndingSet &set)
{
    for (const auto &[e, afterAYa] : set.all) {
        if (!w.endsWith(e) || w.size() - e.size() < rv)
            continue;
        const int at = int(w.size() - e.size());
        if (afterAYa) {
            if (at - 1 < rv || (w.at(at - 1) != QChar(u'а') && w.at(at - 1) != QChar(u'я')))
                continue;
        }
        w.chop(e.size());
        return true;
    }
    return false;
}

// RV: after the first vowel; R2: R1 of R1, where R1 starts after a consonant that follows a vowel.
int regionAfterVowelConsonant(const QString &w, int from)
{
    for (int i = from + 1; i < w.size(); ++i)
        if (!isVowel(w.at(i)) && isVowel(w.at(i - 1)))
            return i + 1;
    return int(w.size());
}

const Endings gerund1{QStringLiteral("в"), QStringLiteral("вши"), QStringLiteral("вшись")};
const Endings gerund2{QStringLiteral("ив"), QStringLiteral("ивши"), QStringLiteral("ившись"),
                      QStringLiteral("ыв"), QStringLiteral("ывши"), QStringLiteral("ывшись")};
const Endings adjective = QStringLiteral("ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею")
                              .split(QLatin1Char(' '));
const Endings participle1 = QStringLiteral("ем нн вш ющ щ").split(QLatin1Char(' '));
const Endings participle2 = QStringLiteral("ивш ывш ующ").split(QLatin1Char(' '));
const Endings reflexive{QStringLiteral("ся"), QStringLiteral("сь")};
const Endings verb1 = QStringLiteral("ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно").split(QLatin1Char(' '));
const Endings verb2 = QStringLiteral("ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт "
                                     "ены ить ыть ишь ую ю")
                          .split(QLatin1Char(' '));
const Endings noun = QStringLiteral("а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях "
                                    "ы ь ию ью ю ия ья я")
                         .split(QLatin1Char(' '));

void step1(QString &w, int rv)
{
    static const EndingSet gerunds(gerund1, gerund2), reflexives({}, reflexive), adjectives({}, adjective),
        participles(participle1, participle2), verbs(verb1, verb2), nouns({}, noun);
    if (removeEnding(w, rv, gerunds))
        return;
    removeEnding(w, rv, reflexives);
    if (removeEnding(w, rv, adjectives)) {
        removeEnding(w, rv, participles);
        return;
    }
    if (!removeEnding(w, rv, verbs))
        removeEnding(w, rv, nouns);
}

// Words that say nothing about a request or a competence.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const QString &w : QStringLiteral(
                 "и в во на с со по для к ко о об от до из у за не ни как что это мне меня мой моя мои хочу хотел хотела "
                 "бы был была быть есть или а но же ли при про над под без чтобы также так его ее их они он она мы вы "
                 "я ты все всё умею могу помочь помощь нужна нужно очень более")
                                    .split(QLatin1Char(' ')))
            s.insert(w);
        return s;
    }();
    return words;
}

// Schedules write weekdays short: "пн, ср после уроков".
const QHash<QString, QString> &weekdays()
{
    static const QHash<QString, QString> days{
        {QStringLiteral("пн"), QStringLiteral("понедельник")}, {QStringLiteral("вт"), QStringLiteral("вторник")},
        {QStringLiteral("ср"), QStringLiteral("среда")},       {QStringLiteral("чт"), QStringLiteral("четверг")},
        {QStringLiteral("пт"), QStringLiteral("пятница")},     {QStringLiteral("сб"), QStringLiteral("суббота")},
        {QStringLiteral("вс"), QStringLiteral("воскресенье")}};
    return days;
}

constexpr int KeyLength = 6;
}

QString snowball(const QString &word)
{
    QString w = word;
    int rv = int(w.size());
    for (int i = 0; i < w.size(); ++i)
        if (isVowel(w.at(i))) {
            rv = i + 1;
            break;
        }
    const int r2 = regionAfterVowelConsonant(w, regionAfterVowelConsonant(w, 0));
    step1(w, rv);
    if (w.endsWith(QChar(u'и')) && w.size() - 1 >= rv)
        w.chop(1);
    if ((w.endsWith(QStringLiteral("ость")) && w.size() - 4 >= r2) || (w.endsWith(QStringLiteral("ост")) && w.size() - 3 >= r2))
        w.chop(w.endsWith(QChar(u'ь')) ? 4 : 3);
    static const EndingSet superlative({}, {QStringLiteral("ейше"), QStringLiteral("ейш")});
    if (removeEnding(w, rv, superlative) || w.endsWith(QStringLiteral("нн"))) {
        if (w.endsWith(QStringLiteral("нн")))
            w.chop(1);
    } else if (w.endsWith(QChar(u'ь')) && w.size() - 1 >= rv) {
        w.chop(1);
    }
    return w;
}

QList<Word> words(const QString &text)
{
    static const QRegularExpression wordSplit(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QList<Word> result;
    for (const QString &written : TextFold::fold(text).split(wordSplit, Qt::SkipEmptyParts)) {
        const QString word = weekdays().value(written, written);
        if (word.size() < 3 || stopWords().contains(word))
            continue;
        const QString stem = snowball(word);
        if (stem.size() >= 3)
            result.append({stem.left(KeyLength), written});
    }
    return result;
}

QStringList keys(const QString &text)
{
    QStringList result;
    for (const Word &w : words(text))
        result << w.key;
    return result;
}

}
