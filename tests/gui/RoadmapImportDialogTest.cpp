// «Импорт дорожной карты»: the columns mapped by hand when the headers say nothing the import knows,
// the preview following the mapping, and the mapping remembered for the next file like it.
#include "gui/RoadmapImportDialog.h"
#include "support/TestSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <catch2/catch.hpp>

TEST_CASE("the roadmap import maps unknown columns by hand, previews them and remembers the mapping", "[gui]")
{
    QSettings().remove(QStringLiteral("roadmapImport"));
    const QString path = QStringLiteral(KURATOR_TEST_DATA "/roadmaps/unnamed_columns.csv");
    RoadmapImportDialog dialog(2024);
    REQUIRE(dialog.setFile(path).ok());
    dialog.show();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no activity column yet
    CHECK_FALSE(dialog.preview().has_value());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("не найден столбец")));

    dialog.findChild<QSpinBox *>(QStringLiteral("headerRowSpin"))->setValue(2);
    QComboBox *activity = dialog.roleBox(QStringLiteral("activity"));
    REQUIRE(activity != nullptr);
    CHECK(activity->itemText(1) == QStringLiteral("1: Что делаем")); // each column by its header
    activity->setCurrentIndex(activity->findData(0));
    dialog.roleBox(QStringLiteral("deadline"))->setCurrentIndex(2);
    dialog.roleBox(QStringLiteral("owners"))->setCurrentIndex(3);
    REQUIRE(dialog.preview().has_value());
    CHECK(dialog.preview()->items.size() == 3);
    CHECK(dialog.preview()->items[2].owners == QStringLiteral("заместитель директора"));
    CHECK(ok->isEnabled());
    ok->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(RoadmapTableImporter::columnsText(dialog.columns()) == QStringLiteral("header=2,activity=1,deadline=2,owners=3"));

    // The next file with the same headers opens with the same mapping.
    RoadmapImportDialog again(2025);
    REQUIRE(again.setFile(path).ok());
    CHECK(RoadmapTableImporter::columnsText(again.columns()) == QStringLiteral("header=2,activity=1,deadline=2,owners=3"));
    REQUIRE(again.preview().has_value());
    CHECK(again.preview()->items.size() == 3);

    // A picture named .csv, and a file that is not there, are refused with the reason.
    RoadmapImportDialog picture(2024);
    const Status notTable = picture.setFile(QStringLiteral(KURATOR_TEST_DATA "/questionnaires/picture.csv"));
    CHECK_FALSE(notTable.ok());
    CHECK_FALSE(notTable.error().isEmpty());
    CHECK_FALSE(picture.setFile(QStringLiteral(KURATOR_TEST_DATA "/roadmaps/missing.csv")).ok());
}
