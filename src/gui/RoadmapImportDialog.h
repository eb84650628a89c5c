#pragma once
#include "domain/AcademicYear.h"
#include "services/RoadmapTableImporter.h"

#include <QDialog>
#include <QMap>
#include <memory>
#include <optional>

namespace Ui {
class RoadmapImportDialog;
}
class QComboBox;
class RoadmapModel;

// «Импорт дорожной карты»: which column of the file holds what — as its headers name it, or as the
// curator maps it, remembered for the next file with the same headers — and what the import will
// make of it (the activities by section with their deadlines read, and what to check) before
// anything is written.
class RoadmapImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoadmapImportDialog(int startYear, QWidget *parent = nullptr);
    ~RoadmapImportDialog() override;

    // Reads the file; the reason when it is not a table to import.
    Status setFile(const QString &path);
    RoadmapColumns columns() const;
    // What the columns chosen make of the file; none while they make nothing (no activity column).
    const std::optional<RoadmapImport> &preview() const { return m_preview; }
    QComboBox *roleBox(const QString &code) const { return m_roles.value(code); }
    void accept() override;

private:
    void setColumns(const RoadmapColumns &columns);
    void fillColumnNames();
    void refresh();
    QString headersKey(int row) const;

    std::unique_ptr<Ui::RoadmapImportDialog> m_ui;
    AcademicYear m_year;
    RoadmapTable m_table;
    std::optional<RoadmapImport> m_preview;
    QMap<QString, QComboBox *> m_roles;
    RoadmapModel *m_model = nullptr;
};
