#include "services/DocumentPdf.h"
#include "services/MatchingService.h"
#include "services/OrderService.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
int count(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("An order fixes the approved pairs no order fixed yet, from the editable template", "[order]")
{
    // The demo school (15.11.2024): its October pairs are fixed by order 112-о; the newcomers have a proposal.
    DemoCopy demo;
    DatabasePtr db = demo.db;
    OrderService orders(*db);
    REQUIRE(orders.orders(2024).size() == 1);
    CHECK(orders.orders(2024).first().number == QStringLiteral("112-о"));
    CHECK(orders.orders(2024).first().pairCount == count(db, QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE status IN ('forming', 'active')")));

    OrderDraft draft;
    draft.yearStart = 2024;
    draft.number = QStringLiteral("131-о");
    draft.issuedOn = QDate(2024, 11, 20);
    draft.head = QStringLiteral("Л. Н. Соколова");
    draft.curator = QStringLiteral("Г. А. Морозова");
    const auto nothingYet = orders.issue(draft);
    REQUIRE_FALSE(nothingYet.ok());
    CHECK(nothingYet.error().contains(QStringLiteral("без приказа")));

    MatchingService matching(db);
    const auto run = matching.lastRun(2024);
    REQUIRE(run);
    REQUIRE_FALSE(run->pairs.isEmpty());
    REQUIRE(matching.approve(run->runId, QDate(2024, 11, 18)));
    const int approved = count(db, QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE order_id IS NULL AND status IN ('forming', 'active')"));
    REQUIRE(approved > 0);

    const auto preview = orders.draft(draft);
    REQUIRE(preview.ok());
    CHECK(preview->pairs.size() == approved);
    const QString html = preview->html;
    CHECK(html.contains(QStringLiteral("№ 131-о")));
    CHECK(html.contains(QStringLiteral("20.11.2024")));
    CHECK(html.contains(QStringLiteral("в 2024–2025 учебном году")));
    CHECK(html.contains(QStringLiteral("Л. Н. Соколова")));
    CHECK(html.contains(preview->pairs.first().mentors.first()));
    CHECK(html.contains(preview->pairs.first().mentees.first()));
    CHECK(html.contains(QStringLiteral("18.11.2024 – 31.05.2025")));
    CHECK(html.contains(QStringLiteral("20.12.2024"))); // plans due a month after the order

    SECTION("issuing links the pairs once; a number of the same year is not taken twice")
    {
        const auto issued = orders.issue(draft);
        REQUIRE(issued.ok());
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE order_id IS NULL AND status IN ('forming', 'active')")) == 0);
        const auto stored = orders.order(issued.value());
        CHECK(stored->body == html);
        CHECK(stored->pairCount == approved);
        CHECK(orders.orders(2024).first().id == issued.value());
        CHECK(orders.lastSigners().head == QStringLiteral("Л. Н. Соколова"));
        const auto again = orders.issue(draft);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("уже есть")));
        // Taking it back (undo) frees the pairs and the number.
        REQUIRE(orders.withdraw(issued.value()));
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE order_id IS NULL AND status IN ('forming', 'active')")) == approved);
        CHECK(orders.orders(2024).size() == 1);
        CHECK(orders.issue(draft).ok());
    }
    SECTION("a wrong number or date is refused before anything is written")
    {
        OrderDraft bad = draft;
        bad.number = QStringLiteral("  ");
        CHECK_FALSE(orders.issue(bad).ok());
        bad = draft;
        bad.issuedOn = QDate();
        CHECK_FALSE(orders.issue(bad).ok());
        bad = draft;
        bad.issuedOn = QDate(2020, 1, 1); // a slip of the year
        const auto outside = orders.issue(bad);
        REQUIRE_FALSE(outside.ok());
        CHECK(outside.error().contains(QStringLiteral("вне 2024–2025 учебного года")));
        bad.issuedOn = QDate(2025, 9, 1); // the next year's first day
        CHECK_FALSE(orders.issue(bad).ok());
        bad = draft;
        bad.number = QStringLiteral("112-О"); // the demo's own order, any case
        bad.issuedOn = QDate(2024, 12, 1);
        CHECK_FALSE(orders.issue(bad).ok());
        CHECK(orders.orders(2024).size() == 1);
    }
    SECTION("the curator's template is checked, saved and used; an empty one restores the built-in")
    {
        const Status typo = orders.saveTemplate(QStringLiteral("Приказ {{nomer}}"));
        REQUIRE_FALSE(typo.ok());
        CHECK(typo.error().contains(QStringLiteral("nomer")));
        CHECK(orders.templateText() == OrderService::builtInTemplate());
        REQUIRE(orders.saveTemplate(QStringLiteral("<h1>Приказ № {{number}}</h1>{{#pairs}}<p>{{n}}) {{mentor}}</p>{{/pairs}}")));
        const auto custom = orders.draft(draft);
        CHECK(custom->html.startsWith(QStringLiteral("<h1>Приказ № 131-о</h1><p>1) ")));
        REQUIRE(orders.saveTemplate(QString()));
        CHECK(orders.templateText() == OrderService::builtInTemplate());
    }
    SECTION("the order is saved as a PDF readable by its owner only")
    {
        const QString pdf = demo.filePath(QStringLiteral("order.pdf"));
        REQUIRE(DocumentPdf::write(html, QStringLiteral("Приказ"), pdf));
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("%PDF-"));
        CHECK(bytes.size() > 5000);
        CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        CHECK_FALSE(DocumentPdf::write(html, QStringLiteral("Приказ"), demo.filePath(QStringLiteral("no/such/dir/order.pdf"))));
    }
}
