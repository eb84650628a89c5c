#include "services/OrderService.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"
#include "services/Audit.h"
#include "storage/SchoolRepository.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
const QString kTemplateKey = QStringLiteral("order.template");
const QString kSignersKey = QStringLiteral("order.signers");

QString tr(const char *text) { return QCoreApplication::translate("OrderService", text); }

TextTemplate::Values values(const OrderDraft &draft, const QString &school, const QList<OrderPairRow> &pairs)
{
    TextTemplate::Values v;
    const QDate planDue = draft.issuedOn.isValid() ? draft.issuedOn.addMonths(1) : QDate();
    v.fields = {{QStringLiteral("school"), school},
                {QStringLiteral("number"), draft.number.trimmed()},
                {QStringLiteral("date"), PersonValidator::russianDate(draft.issuedOn)},
                {QStringLiteral("year"), AcademicYear(draft.yearStart).title()},
                {QStringLiteral("head"), draft.head.trimmed()},
                {QStringLiteral("curator"), draft.curator.trimmed()},
                {QStringLiteral("count"), QString::number(pairs.size())},
                {QStringLiteral("plan_due"), PersonValidator::russianDate(planDue)}};
    TextTemplate::List rows;
    rows.fields = {QStringLiteral("n"), QStringLiteral("kind"), QStringLiteral("mentor"), QStringLiteral("mentor_position"),
                   QStringLiteral("mentees"), QStringLiteral("mentee_classes"), QStringLiteral("form"),
                   QStringLiteral("role_model"), QStringLiteral("start"), QStringLiteral("end")};
    TextTemplate::List signers;
    signers.fields = {QStringLiteral("name")};
    QSet<QString> signed_;
    for (const OrderPairRow &p : pairs) {
        rows.rows.append({{QStringLiteral("n"), QString::number(rows.rows.size() + 1)},
                          {QStringLiteral("kind"), p.isGroup ? tr("группа") : tr("пара")},
                          {QStringLiteral("mentor"), p.mentors.join(QLatin1String(",\n"))},
                          {QStringLiteral("mentor_position"), p.mentorPositions.join(QLatin1String(",\n"))},
                          {QStringLiteral("mentees"), p.mentees.join(QLatin1String(",\n"))},
                          {QStringLiteral("mentee_classes"), p.menteeClasses.join(QLatin1String(",\n"))},
                          {QStringLiteral("form"), p.form},
                          {QStringLiteral("role_model"), p.roleModel},
                          {QStringLiteral("start"), PersonValidator::russianDate(p.startedOn)},
                          {QStringLiteral("end"), PersonValidator::russianDate(p.plannedEndOn)}});
        for (const QString &mentor : p.mentors)
            if (!signed_.contains(mentor)) {
                signed_.insert(mentor);
                signers.rows.append({{QStringLiteral("name"), mentor}});
            }
    }
    v.lists.insert(QStringLiteral("pairs"), rows);
    v.lists.insert(QStringLiteral("signers"), signers);
    return v;
}
} // namespace

QString OrderService::builtInTemplate()
{
    QFile file(QStringLiteral(":/templates/order_pairs.html"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QList<QPair<QString, QString>> OrderService::fieldHelp()
{
    return {{QStringLiteral("{{school}}"), tr("название организации")},
            {QStringLiteral("{{number}}"), tr("номер приказа")},
            {QStringLiteral("{{date}}"), tr("дата приказа")},
            {QStringLiteral("{{year}}"), tr("учебный год")},
            {QStringLiteral("{{head}}"), tr("руководитель, подписывающий приказ")},
            {QStringLiteral("{{curator}}"), tr("куратор наставничества")},
            {QStringLiteral("{{count}}"), tr("число пар и групп")},
            {QStringLiteral("{{plan_due}}"), tr("срок индивидуальных планов (месяц от даты приказа)")},
            {QStringLiteral("{{#pairs}} … {{/pairs}}"), tr("повторяется для каждой пары/группы")},
            {QStringLiteral("{{n}}"), tr("номер пары/группы по порядку")},
            {QStringLiteral("{{kind}}"), tr("пара или группа")},
            {QStringLiteral("{{mentor}}, {{mentor_position}}"), tr("наставник и его должность")},
            {QStringLiteral("{{mentees}}, {{mentee_classes}}"), tr("наставляемые и их классы/категории")},
            {QStringLiteral("{{form}}, {{role_model}}"), tr("форма наставничества и ролевая модель")},
            {QStringLiteral("{{start}}, {{end}}"), tr("начало и плановое окончание")},
            {QStringLiteral("{{#signers}} {{name}} {{/signers}}"), tr("наставники для листа ознакомления, каждый один раз")}};
}

QString OrderService::templateText() const
{
    const QString saved = SettingsRepository(m_db.connection()).value(kTemplateKey);
    return saved.isEmpty() ? builtInTemplate() : saved;
}

Status OrderService::checkTemplate(const QString &text) const
{
    OrderDraft sample;
    sample.yearStart = AcademicYear::containing(QDate::currentDate()).startYear();
    sample.issuedOn = QDate::currentDate();
    sample.templateText = text;
    const auto checked = render(sample, {});
    return checked ? Status() : Status::failure(checked.error());
}

Status OrderService::saveTemplate(const QString &text)
{
    if (!text.trimmed().isEmpty())
        if (const Status checked = checkTemplate(text); !checked)
            return checked;
    const QString stored = text.trimmed().isEmpty() || text == builtInTemplate() ? QString() : text;
    return SettingsRepository(m_db.connection()).setValue(kTemplateKey, stored);
}

OrderDraft OrderService::lastSigners() const
{
    const QJsonObject json = QJsonDocument::fromJson(SettingsRepository(m_db.connection()).value(kSignersKey).toUtf8()).object();
    OrderDraft d;
    d.head = json.value(QLatin1String("head")).toString();
    d.curator = json.value(QLatin1String("curator")).toString();
    return d;
}

Result<OrderDocument> OrderService::render(const OrderDraft &draft, const QList<OrderPairRow> &pairs) const
{
    const QString text = draft.templateText.isEmpty() ? templateText() : draft.templateText;
    const auto html = TextTemplate::render(text, values(draft, SchoolRepository(m_db.connection()).home().name, pairs));
    if (!html)
        return Result<OrderDocument>::failure(tr("Шаблон приказа: %1").arg(html.error()));
    return OrderDocument{html.value(), pairs};
}

Result<OrderDocument> OrderService::draft(const OrderDraft &d) const
{
    return render(d, OrderRepository(m_db.connection()).unorderedPairs(d.yearStart));
}

QString OrderService::nothingToFix(int yearStart)
{
    return tr("Нет пар и групп %1 учебного года без приказа: утвердите пары на странице «Подбор пар».")
        .arg(AcademicYear(yearStart).title());
}

Result<qint64> OrderService::issue(const OrderDraft &d)
{
    const QString number = d.number.trimmed();
    if (number.isEmpty())
        return Result<qint64>::failure(tr("Укажите номер приказа."));
    if (number.size() > 30)
        return Result<qint64>::failure(tr("Номер приказа длиннее 30 знаков."));
    if (!d.issuedOn.isValid())
        return Result<qint64>::failure(tr("Укажите дату приказа."));
    if (d.issuedOn > QDate::currentDate().addYears(1))
        return Result<qint64>::failure(tr("Дата приказа %1 — больше чем через год.").arg(PersonValidator::russianDate(d.issuedOn)));
    // The pairs of a school year are fixed during it, or in the summer before it, when pairs for
    // September are formed; a date outside is a slip of the year (01.01.2020 for 2026–2027).
    const AcademicYear year(d.yearStart);
    const QDate earliest = year.firstDay().addMonths(-3);
    if (d.issuedOn < earliest || d.issuedOn > year.lastDay())
        return Result<qint64>::failure(tr("Дата приказа %1 — вне %2 учебного года: приказ о закреплении пар издаётся с %3 по %4.")
                                           .arg(PersonValidator::russianDate(d.issuedOn), year.title(),
                                                PersonValidator::russianDate(earliest), PersonValidator::russianDate(year.lastDay())));
    OrderRepository orders(m_db.connection());
    if (orders.numberTaken(number, d.issuedOn.year()))
        return Result<qint64>::failure(tr("Приказ № %1 за %2 год уже есть.").arg(number).arg(d.issuedOn.year()));
    const auto document = draft(d);
    if (!document)
        return Result<qint64>::failure(document.error());
    if (document->pairs.isEmpty())
        return Result<qint64>::failure(nothingToFix(d.yearStart));
    MentoringOrder order;
    order.number = number;
    order.issuedOn = d.issuedOn;
    order.title = tr("О закреплении наставнических пар/групп");
    order.body = document->html;
    QList<qint64> pairIds;
    for (const OrderPairRow &p : document->pairs)
        pairIds.append(p.pairId);
    qint64 id = 0;
    const Status written = m_db.transaction([&]() -> Status {
        const auto inserted = orders.insert(order, pairIds);
        if (!inserted)
            return Status::failure(inserted.error());
        id = inserted.value();
        QJsonObject signers{{QStringLiteral("head"), d.head.trimmed()}, {QStringLiteral("curator"), d.curator.trimmed()}};
        const Status saved = SettingsRepository(m_db.connection()).setValue(kSignersKey,
            QString::fromUtf8(QJsonDocument(signers).toJson(QJsonDocument::Compact)));
        if (!saved)
            return saved;
        return audit(m_db, QStringLiteral("mentoring_order"), id, QStringLiteral("issue"),
                     QStringLiteral("pairs=%1").arg(pairIds.size()));
    });
    if (!written)
        return Result<qint64>::failure(written.error());
    return id;
}

Status OrderService::withdraw(qint64 orderId)
{
    return m_db.transaction([&]() -> Status {
        if (const Status removed = OrderRepository(m_db.connection()).remove(orderId); !removed)
            return removed;
        return audit(m_db, QStringLiteral("mentoring_order"), orderId, QStringLiteral("withdraw"));
    });
}

QList<MentoringOrder> OrderService::orders(int yearStart) const
{
    return OrderRepository(m_db.connection()).orders(yearStart);
}

Result<MentoringOrder> OrderService::order(qint64 id) const
{
    return OrderRepository(m_db.connection()).order(id);
}
