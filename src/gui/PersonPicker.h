#pragma once
#include "storage/Database.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;
class FoldedSearchFilter;
struct Person;

// Chooses one active person by typing any part of the name: a line edit with a completer.
// Matching is done on TextFold keys on both sides, so case and ё/е never hide anyone
// (QCompleter's own matching only knows prefixes and plain case folding).
class PersonPicker : public QWidget
{
    Q_OBJECT

public:
    PersonPicker(DatabasePtr db, QWidget *parent = nullptr);
    ~PersonPicker() override;

    // 0 when nothing valid is chosen.
    qint64 personId() const { return m_id; }
    // Shows the person's name; used when editing, so archived people are shown too.
    void setPersonId(qint64 id);
    // Read-only when editing an existing profile: its person is fixed.
    void setLocked(bool locked);

signals:
    void personChanged(qint64 id);

private:
    void loadPeople();
    void onTextEdited(const QString &text);
    void onActivated(const QModelIndex &index);
    void resolveTypedText();
    int matchTypedText(const QString &text) const;
    int rowOf(qint64 id) const;
    QString textFor(qint64 id) const;
    void setCurrent(qint64 id, const QString &text);
    static QString describe(const Person &person);

    DatabasePtr m_db;
    QLineEdit *m_edit = nullptr;
    QStandardItemModel *m_people = nullptr;
    FoldedSearchFilter *m_filter = nullptr;
    QCompleter *m_completer = nullptr;
    qint64 m_id = 0;
    QString m_chosenText; // the line as it was when m_id was chosen
};
