#pragma once
#include "services/QuestionnaireImport.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

// The mapping step of an import: each column of the file with sample values and the field it
// fills, chosen by the curator where the header was not recognised.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeaderColumn, SampleColumn, FieldColumn, ColumnCount };
    explicit ImportMappingModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // `fields`: what a column may fill, from importFields() for the kind (and survey) imported.
    void reset(const QList<ImportField> &fields, const QStringList &headers, const QList<QStringList> &samples,
               const ColumnMapping &mapping);
    const ColumnMapping &mapping() const { return m_mapping; }
    const QList<ImportField> &fields() const { return m_fields; }
    // Fields given to more than one column (only the first one would be read).
    QStringList repeatedFields() const;
    QString titleOf(const QString &field) const;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_headers.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString sampleText(int column) const;
    QList<ImportField> m_fields;
    QStringList m_headers;
    QList<QStringList> m_samples; // up to three values per column
    ColumnMapping m_mapping;
};

// A drop-down of the fields of the kind of questionnaire, for the mapping's field column.
class ImportFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
