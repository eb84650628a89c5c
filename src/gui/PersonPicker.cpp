#include "gui/PersonPicker.h"

#include "gui/FoldedSearchFilter.h"

#include "domain/Person.h"
#include "domain/TextFold.h"
#include "services/PeopleService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <algorithm>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
// The folded display text: what the filter searches, so a class ("7б") finds people too.
constexpr int KeyRole = Qt::UserRole + 2;
}

PersonPicker::PersonPicker(DatabasePtr db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_edit(new QLineEdit(this)), m_people(new QStandardItemModel(this)),
      m_filter(new FoldedSearchFilter(KeyRole, this)), m_completer(new QCompleter(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit); // labels' buddies and the tab order reach the line edit
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_edit->setPlaceholderText(tr("Начните вводить фамилию, имя или класс"));
    // A screen reader finds no label for the edit itself: the form's label names the picker.
    m_edit->setAccessibleName(tr("Участник"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(360);

    m_filter->setSourceModel(m_people);
    m_completer->setModel(m_filter);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);

    connect(m_edit, &QLineEdit::textEdited, this, &PersonPicker::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &PersonPicker::resolveTypedText);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &PersonPicker::onActivated);
    loadPeople();
}

// The line edit outlives this part of the object: when it is deleted with the focus it still
// emits editingFinished, which must not reach a PersonPicker that is already half destroyed.
PersonPicker::~PersonPicker()
{
    m_edit->disconnect(this);
    m_completer->disconnect(this);
}

void PersonPicker::setPersonId(qint64 id)
{
    const QString text = textFor(id);
    m_edit->setText(text); // setText, unlike typing, does not emit textEdited
    setCurrent(id, text);
}

void PersonPicker::setLocked(bool locked)
{
    m_edit->setReadOnly(locked);
    m_edit->setClearButtonEnabled(!locked);
    m_edit->setToolTip(locked ? tr("Участника записи изменить нельзя: для другого участника добавьте новую запись.")
                              : QString());
    if (locked)
        m_completer->popup()->hide();
}

void PersonPicker::loadPeople()
{
    PersonFilter filter;
    filter.status = RecordStatus::Active;
    const QList<Person> people = PeopleService(m_db).list(filter);
    for (const Person &person : people) {
        auto *item = new QStandardItem(describe(person));
        item->setData(person.id, IdRole);
        item->setData(TextFold::fold(item->text()), KeyRole);
        item->setEditable(false);
        m_people->appendRow(item);
    }
}

void PersonPicker::onTextEdited(const QString &text)
{
    // Typing drops an earlier choice until a row is chosen again.
    setCurrent(0, QString());
    m_filter->setText(text);
    if (text.trimmed().isEmpty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void PersonPicker::onActivated(const QModelIndex &index)
{
    // Called before the completer writes the text into the line edit, so take the text from the row.
    setCurrent(index.data(IdRole).toLongLong(), index.data(Qt::DisplayRole).toString());
}

// Leaving the field without choosing from the popup: keyboard moves in the popup write a row's text
// without activating it, and a typed line may already name exactly one person.
void PersonPicker::resolveTypedText()
{
    if (m_edit->isReadOnly() || (m_id != 0 && m_edit->text() == m_chosenText))
        return;
    const int row = matchTypedText(m_edit->text());
    if (row < 0) {
        setCurrent(0, QString());
        return;
    }
    const QStandardItem *item = m_people->item(row);
    m_edit->setText(item->text());
    setCurrent(item->data(IdRole).toLongLong(), item->text());
}

// The row a typed line means: the only row with exactly this text, else the only row matching
// every typed word; -1 when there is none or the line is ambiguous.
int PersonPicker::matchTypedText(const QString &text) const
{
    const QString key = TextFold::fold(text);
    const QStringList words = FoldedSearchFilter::words(text);
    if (words.isEmpty())
        return -1;
    int exactRow = -1, exactCount = 0, partialRow = -1, partialCount = 0;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const QString rowKey = m_people->item(row)->data(KeyRole).toString();
        if (rowKey == key) {
            exactRow = row;
            ++exactCount;
        }
        if (FoldedSearchFilter::matchesAll(rowKey, words)) {
            partialRow = row;
            ++partialCount;
        }
    }
    if (exactCount > 0)
        return exactCount == 1 ? exactRow : -1;
    return partialCount == 1 ? partialRow : -1;
}

int PersonPicker::rowOf(qint64 id) const
{
    for (int row = 0; row < m_people->rowCount(); ++row) {
        if (m_people->item(row)->data(IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

QString PersonPicker::textFor(qint64 id) const
{
    if (id == 0)
        return {};
    if (const int row = rowOf(id); row >= 0)
        return m_people->item(row)->text();
    // Not among the active people: an older profile of someone archived since.
    const std::optional<Person> person = PeopleService(m_db).find(id);
    if (!person)
        return tr("участник № %1 не найден").arg(id);
    return tr("%1 (в архиве)").arg(describe(*person));
}

void PersonPicker::setCurrent(qint64 id, const QString &text)
{
    m_chosenText = text;
    if (id == m_id)
        return;
    m_id = id;
    emit personChanged(id);
}

// «Фамилия Имя Отчество, 7Б» or «…, должность»; the category when neither is known, so that
// namesakes can still be told apart.
QString PersonPicker::describe(const Person &person)
{
    QStringList details;
    for (const QString &detail : {person.className, person.position}) {
        if (!detail.trimmed().isEmpty())
            details << detail.trimmed();
    }
    if (details.isEmpty())
        details << Codes::label(person.category);
    return person.fullName() + QStringLiteral(", ") + details.join(QStringLiteral(" / "));
}
