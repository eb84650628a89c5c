#include "gui/ImportMappingModel.h"

#include "domain/CellValues.h"
#include "domain/PersonValidator.h"

#include <QBrush>
#include <QComboBox>
#include <QSet>

void ImportMappingModel::reset(const QList<ImportField> &fields, const QStringList &headers, const QList<QStringList> &samples,
                               const ColumnMapping &mapping)
{
    beginResetModel();
    m_fields = fields;
    m_headers = headers;
    m_mapping = mapping;
    while (m_mapping.fieldOfColumn.size() < headers.size())
        m_mapping.fieldOfColumn << QString();
    m_samples.clear();
    for (int c = 0; c < headers.size(); ++c) {
        QStringList values;
        for (const QStringList &row : samples)
            if (const QString v = row.value(c).simplified(); !v.isEmpty() && values.size() < 3)
                values << v;
        m_samples << values;
    }
    endResetModel();
}

// A date column shows its Excel serial numbers (40787) as the dates they are.
QString ImportMappingModel::sampleText(int column) const
{
    QStringList values = m_samples.value(column);
    const QString field = m_mapping.fieldOfColumn.value(column);
    if (field == QLatin1String("birth_date") || field == QLatin1String("submitted"))
        for (QString &v : values)
            if (const auto date = CellValues::date(v))
                v = PersonValidator::russianDate(*date);
    return values.join(QLatin1String(" | "));
}

QString ImportMappingModel::titleOf(const QString &field) const
{
    if (field.isEmpty())
        return tr("— ответ анкеты");
    for (const ImportField &f : fields())
        if (f.code == field)
            return f.title;
    return field;
}

QStringList ImportMappingModel::repeatedFields() const
{
    QSet<QString> seen;
    QStringList repeated;
    for (const QString &field : m_mapping.fieldOfColumn)
        if (!field.isEmpty() && seen.contains(field) && !repeated.contains(titleOf(field)))
            repeated << titleOf(field);
        else
            seen.insert(field);
    return repeated;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString field = m_mapping.fieldOfColumn.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeaderColumn: return m_headers.value(index.row()).simplified();
        case SampleColumn: return sampleText(index.row());
        case FieldColumn: return titleOf(field);
        }
        break;
    case Qt::EditRole:
        return index.column() == FieldColumn ? QVariant(field) : data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == FieldColumn && field.isEmpty())
            return QBrush(Qt::gray);
        break;
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return tr("Дважды щёлкните или нажмите F2, чтобы выбрать поле");
        break;
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != FieldColumn || index.row() >= m_mapping.fieldOfColumn.size())
        return false;
    m_mapping.fieldOfColumn[index.row()] = value.toString();
    emit dataChanged(this->index(index.row(), 0), index);
    return true;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.column() == FieldColumn ? base | Qt::ItemIsEditable : base;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn: return tr("Столбец файла");
    case SampleColumn: return tr("Примеры значений");
    case FieldColumn: return tr("Поле");
    }
    return {};
}

QWidget *ImportFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ImportMappingModel *>(index.model());
    auto *combo = new QComboBox(parent);
    combo->addItem(model->titleOf(QString()), QString());
    for (const ImportField &f : model->fields())
        combo->addItem(f.title, f.code);
    return combo;
}

void ImportFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void ImportFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}
