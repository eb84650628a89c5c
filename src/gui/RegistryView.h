#pragma once
#include "gui/RegistryModel.h"

#include <QWidget>
#include <memory>

namespace Ui { class RegistryView; }

// One registry on screen: instant search, the four filters and the sortable table.
class RegistryView : public QWidget
{
    Q_OBJECT
public:
    explicit RegistryView(const QString &title, QWidget *parent = nullptr);
    ~RegistryView() override;

    void setTable(RegistryTable table);
    // While a fresh table is being read: the old one stays, the count says so.
    void setLoading();
    RegistryModel *model() const { return m_model; }
    // Ids of the selected rows, in view order.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // Selects the record, or the record of that id once the table being loaded arrives.
    void selectId(qint64 id);
    void setSearchText(const QString &text);

signals:
    void activated(qint64 id);
    void selectionChanged();

private:
    void fillFilterCombos();
    void applyFilter();
    void updateCount(int visible, int total);

    std::unique_ptr<Ui::RegistryView> m_ui;
    RegistryModel *m_model;
    bool m_loading = false;
    qint64 m_pendingSelection = 0;
};
