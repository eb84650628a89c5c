#include "services/PairService.h"

#include "domain/PersonValidator.h"
#include "services/Audit.h"
#include "storage/MeetingRepository.h"
#include "storage/PairRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
const QString kQuietDaysKey = QStringLiteral("pairs.quiet_days");
const QString kPlanTemplatesKey = QStringLiteral("plan.templates");

QString tr(const char *text) { return QCoreApplication::translate("PairService", text); }

QByteArray builtInPlanTemplates()
{
    QFile file(QStringLiteral(":/plan_templates/plans.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

int PairService::quietDays() const
{
    bool ok = false;
    const int days = SettingsRepository(m_db.connection()).value(kQuietDaysKey).toInt(&ok);
    return ok && days > 0 ? days : 30;
}

Status PairService::setQuietDays(int days)
{
    if (days < 1 || days > 365)
        return Status::failure(tr("Число дней без встреч — от 1 до 365."));
    return SettingsRepository(m_db.connection()).setValue(kQuietDaysKey, QString::number(days));
}

QList<PairRow> PairService::rows(int yearStart, const QDate &today) const
{
    QList<PairRow> rows;
    const int quiet = quietDays();
    const PersonRepository people(m_db.connection());
    const QHash<qint64, ConsentStatus> consentNow = people.consentStatuses(today);
    const QHash<qint64, ConsentStatus> consentSoon = people.consentStatuses(today.addDays(PairWork::kConsentNoticeDays));
    QHash<qint64, QList<qint64>> membersOf;
    for (const PairLink &l : PairRepository(m_db.connection()).links(yearStart))
        membersOf[l.pairId].append(l.personId);
    for (const PairOverview &o : PairOverviewRepository(m_db.connection()).overview(yearStart, today)) {
        PairWork::PairState state;
        state.status = o.status;
        state.startedOn = o.startedOn;
        state.lastHeld = o.lastHeld;
        state.introPlannedOn = o.introPlannedOn;
        state.introHeld = o.introHeld;
        state.meetingsHeld = o.meetingsHeld;
        state.overdueItems = o.planOverdue;
        for (qint64 person : membersOf.value(o.id)) {
            const ConsentStatus now = consentNow.value(person, ConsentStatus::Missing);
            state.consentsWithdrawn += now == ConsentStatus::Withdrawn ? 1 : 0;
            state.consentsLapsed += now == ConsentStatus::Expired || now == ConsentStatus::Missing ? 1 : 0;
            state.consentsLapsing += now == ConsentStatus::Valid && consentSoon.value(person) != ConsentStatus::Valid ? 1 : 0;
        }
        rows.append({o, PairWork::attention(state, today, quiet)});
    }
    return rows;
}

Result<PairCard> PairService::card(qint64 pairId) const
{
    return PairRepository(m_db.connection()).card(pairId);
}

QList<AuditEntry> PairService::history(qint64 pairId) const
{
    return AuditRepository(m_db.connection()).forEntity(QStringLiteral("mentoring_pair"), pairId);
}

Result<QList<PlanTemplate>> PairService::parsePlanTemplates(const QByteArray &json)
{
    using R = Result<QList<PlanTemplate>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return R::failure(tr("Шаблоны планов — не JSON: %1 (позиция %2).").arg(error.errorString()).arg(error.offset));
    QList<PlanTemplate> list;
    const QJsonArray templates = doc.object().value(QLatin1String("templates")).toArray();
    for (int t = 0; t < templates.size(); ++t) {
        const QJsonObject o = templates.at(t).toObject();
        PlanTemplate pt;
        pt.code = o.value(QLatin1String("code")).toString();
        pt.title = o.value(QLatin1String("title")).toString();
        pt.goal = o.value(QLatin1String("goal")).toString();
        for (const QJsonValue &f : o.value(QLatin1String("forms")).toArray())
            pt.forms << f.toString();
        if (pt.code.isEmpty() || pt.title.isEmpty())
            return R::failure(tr("Шаблон плана № %1: нужны code и title.").arg(t + 1));
        const QJsonArray items = o.value(QLatin1String("items")).toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject io = items.at(i).toObject();
            PlanTemplate::Item item{io.value(QLatin1String("section")).toString(), io.value(QLatin1String("activity")).toString(),
                                    io.value(QLatin1String("result")).toString(), io.value(QLatin1String("at")).toDouble(-1)};
            if (item.activity.trimmed().isEmpty())
                return R::failure(tr("Шаблон «%1», пункт %2: нет мероприятия (activity).").arg(pt.title).arg(i + 1));
            if (item.at < 0 || item.at > 1)
                return R::failure(tr("Шаблон «%1», пункт %2: срок at должен быть от 0 до 1.").arg(pt.title).arg(i + 1));
            pt.items.append(item);
        }
        if (pt.items.isEmpty())
            return R::failure(tr("Шаблон «%1» без пунктов.").arg(pt.title));
        list.append(pt);
    }
    if (list.isEmpty())
        return R::failure(tr("В файле нет ни одного шаблона плана (templates)."));
    return list;
}

QList<PlanTemplate> PairService::planTemplates() const
{
    const QString saved = SettingsRepository(m_db.connection()).value(kPlanTemplatesKey);
    if (!saved.isEmpty())
        if (const auto own = parsePlanTemplates(saved.toUtf8()))
            return own.value();
    return parsePlanTemplates(builtInPlanTemplates()).value();
}

Status PairService::savePlanTemplates(const QByteArray &json)
{
    if (!json.trimmed().isEmpty())
        if (const auto parsed = parsePlanTemplates(json); !parsed)
            return Status::failure(parsed.error());
    return SettingsRepository(m_db.connection()).setValue(kPlanTemplatesKey, QString::fromUtf8(json.trimmed()));
}

std::optional<PlanTemplate> PairService::templateFor(qint64 pairId) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT f.code FROM mentoring_pair p LEFT JOIN mentoring_form f ON f.id = p.form_id "
                                                 "WHERE p.id = ?"));
    q.bindAll({pairId});
    const QString form = q.exec() && q.next() ? q.text(0) : QString();
    const QList<PlanTemplate> all = planTemplates();
    for (const PlanTemplate &t : all)
        if (t.forms.contains(form))
            return t;
    return all.isEmpty() ? std::nullopt : std::optional<PlanTemplate>(all.first());
}

IndividualPlan PairService::plan(qint64 pairId) const
{
    return PlanRepository(m_db.connection()).planOf(pairId);
}

Result<IndividualPlan> PairService::draftPlan(qint64 pairId, const QString &templateCode) const
{
    const auto card = PairRepository(m_db.connection()).card(pairId);
    if (!card)
        return Result<IndividualPlan>::failure(card.error());
    const QList<PlanTemplate> all = planTemplates();
    const auto t = std::find_if(all.begin(), all.end(), [&](const PlanTemplate &p) { return p.code == templateCode; });
    if (t == all.end())
        return Result<IndividualPlan>::failure(tr("Нет шаблона плана «%1».").arg(templateCode));
    const Pair &pair = card->pair;
    const QDate start = pair.startedOn.isValid() ? pair.startedOn : QDate::currentDate();
    const QDate end = pair.plannedEndOn.isValid() && pair.plannedEndOn > start ? pair.plannedEndOn : start.addMonths(8);
    IndividualPlan plan = PlanRepository(m_db.connection()).planOf(pairId); // keeps the id: a redraft replaces the items
    plan.goal = plan.goal.isEmpty() ? t->goal : plan.goal;
    plan.templateCode = t->code;
    plan.items.clear();
    for (const PlanTemplate::Item &i : t->items) {
        PlanItem item;
        item.section = i.section;
        item.activity = i.activity;
        item.expectedResult = i.result;
        item.deadline = start.addDays(qint64(start.daysTo(end) * i.at + 0.5));
        plan.items.append(item);
    }
    return plan;
}

Status PairService::savePlan(const IndividualPlan &plan)
{
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        if (item.activity.trimmed().isEmpty())
            return Status::failure(tr("Пункт плана %1: укажите мероприятие.").arg(i + 1));
        if (item.done && item.doneOn.isValid() && item.doneOn > QDate::currentDate())
            return Status::failure(tr("Пункт плана %1: дата выполнения %2 — в будущем.").arg(i + 1).arg(PersonValidator::russianDate(item.doneOn)));
    }
    return m_db.transaction([&]() -> Status {
        const auto saved = PlanRepository(m_db.connection()).save(plan);
        if (!saved)
            return Status::failure(saved.error());
        return audit(m_db, QStringLiteral("mentoring_pair"), plan.pairId, QStringLiteral("plan"),
                     QStringLiteral("items=%1").arg(plan.items.size()));
    });
}

QList<Meeting> PairService::meetings(qint64 pairId) const
{
    return MeetingRepository(m_db.connection()).ofPair(pairId);
}

Result<int> PairService::planMeetings(qint64 pairId)
{
    const auto card = PairRepository(m_db.connection()).card(pairId);
    if (!card)
        return Result<int>::failure(card.error());
    if (!card->pair.startedOn.isValid() || !card->pair.plannedEndOn.isValid())
        return Result<int>::failure(tr("У пары нет даты начала или планового окончания: встречи не от чего планировать."));
    MeetingRepository meetings(m_db.connection());
    QSet<QString> present;
    for (const Meeting &m : meetings.ofPair(pairId))
        present.insert(m.kind);
    int added = 0;
    const Status written = m_db.transaction([&]() -> Status {
        for (Meeting m : PairWork::standardSequence(card->pair.startedOn, card->pair.plannedEndOn)) {
            if (present.contains(m.kind))
                continue;
            m.pairId = pairId;
            if (const auto id = meetings.insert(m); !id)
                return Status::failure(id.error());
            ++added;
        }
        return audit(m_db, QStringLiteral("mentoring_pair"), pairId, QStringLiteral("meetings_planned"), QStringLiteral("count=%1").arg(added));
    });
    return written ? Result<int>(added) : Result<int>::failure(written.error());
}

Result<qint64> PairService::saveMeeting(const Meeting &m)
{
    if (const Status checked = PairWork::checkMeeting(m, QDate::currentDate()); !checked)
        return Result<qint64>::failure(checked.error());
    if (m.heldOn.isValid()) { // as a closure: the pair's work cannot have a date before it began
        const auto card = PairRepository(m_db.connection()).card(m.pairId);
        if (!card)
            return Result<qint64>::failure(card.error());
        if (card->pair.startedOn.isValid() && m.heldOn < card->pair.startedOn)
            return Result<qint64>::failure(tr("Встреча %1 не могла состояться раньше начала работы пары %2.")
                                               .arg(PersonValidator::russianDate(m.heldOn), PersonValidator::russianDate(card->pair.startedOn)));
    }
    qint64 id = m.id;
    const Status written = m_db.transaction([&]() -> Status {
        MeetingRepository meetings(m_db.connection());
        if (id == 0) {
            const auto inserted = meetings.insert(m);
            if (!inserted)
                return Status::failure(inserted.error());
            id = inserted.value();
        } else if (const Status s = meetings.update(m); !s) {
            return s;
        }
        return audit(m_db, QStringLiteral("mentoring_pair"), m.pairId, m.id == 0 ? QStringLiteral("meeting_added") : QStringLiteral("meeting"),
                     QStringLiteral("kind=%1").arg(m.kind));
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.error());
}

Status PairService::removeMeeting(qint64 meetingId)
{
    return MeetingRepository(m_db.connection()).remove(meetingId);
}

Status PairService::restoreMeeting(const Meeting &m)
{
    return m_db.transaction([&]() -> Status {
        const auto restored = MeetingRepository(m_db.connection()).insert(m);
        return restored ? Status() : Status::failure(restored.error());
    });
}

Status PairService::close(qint64 pairId, const PairClosure &c)
{
    const auto card = PairRepository(m_db.connection()).card(pairId);
    if (!card)
        return Status::failure(card.error());
    if (c.status != PairStatus::Completed && c.status != PairStatus::EndedEarly)
        return Status::failure(tr("Пара завершается со статусом «завершена» или «завершена досрочно»."));
    if (!c.endedOn.isValid())
        return Status::failure(tr("Укажите дату завершения."));
    if (card->pair.startedOn.isValid() && c.endedOn < card->pair.startedOn)
        return Status::failure(tr("Дата завершения %1 раньше начала работы пары %2.").arg(PersonValidator::russianDate(c.endedOn), PersonValidator::russianDate(card->pair.startedOn)));
    if (c.endedOn > QDate::currentDate())
        return Status::failure(tr("Дата завершения %1 — в будущем.").arg(PersonValidator::russianDate(c.endedOn)));
    if (c.status == PairStatus::EndedEarly && c.reason.trimmed().isEmpty())
        return Status::failure(tr("Укажите причину досрочного завершения."));
    return m_db.transaction([&]() -> Status {
        if (const Status s = PairRepository(m_db.connection()).close(pairId, c); !s)
            return s;
        return audit(m_db, QStringLiteral("mentoring_pair"), pairId, QStringLiteral("close"), Codes::code(c.status));
    });
}

Status PairService::reopen(qint64 pairId, const PairClosure &before)
{
    return m_db.transaction([&]() -> Status {
        if (const Status s = PairRepository(m_db.connection()).close(pairId, before); !s)
            return s;
        return audit(m_db, QStringLiteral("mentoring_pair"), pairId, QStringLiteral("reopen"), Codes::code(before.status));
    });
}

Result<QString> PairService::planHtml(qint64 pairId, const QDate &today) const
{
    const auto card = PairRepository(m_db.connection()).card(pairId);
    if (!card)
        return Result<QString>::failure(card.error());
    const IndividualPlan plan = PlanRepository(m_db.connection()).planOf(pairId);
    const PairWork::PlanProgress progress = PairWork::progress(plan.items, today);
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(tr("ИНДИВИДУАЛЬНЫЙ ПЛАН РАЗВИТИЯ ПОД РУКОВОДСТВОМ НАСТАВНИКА"));
    html += QStringLiteral("<p>%1: %2<br>%3: %4<br>%5: %6<br>%7: %8 – %9</p>")
                .arg(tr("Наставник"), esc(card->mentorNames.join(QLatin1String(", "))), tr("Наставляемый"),
                     esc(card->menteeNames.join(QLatin1String(", "))), tr("Форма наставничества"),
                     esc(card->form + (card->roleModel.isEmpty() ? QString() : QStringLiteral(", ") + card->roleModel)),
                     tr("Срок"), PersonValidator::russianDate(card->pair.startedOn), PersonValidator::russianDate(card->pair.plannedEndOn));
    if (!plan.goal.isEmpty())
        html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(tr("Цель"), esc(plan.goal));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" style=\"font-size: 11pt\">"
                           "<thead><tr><th>№</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
                .arg(tr("Раздел / задача"), tr("Мероприятие"), tr("Срок"), tr("Ожидаемый результат / форма отчётности"),
                     tr("Отметка о выполнении"));
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        const QString mark = item.done ? tr("выполнено %1").arg(PersonValidator::russianDate(item.doneOn))
                             : PairWork::isOverdue(item, today) ? QStringLiteral("<b>%1</b>").arg(tr("просрочено"))
                                                                 : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6%7</td></tr>")
                    .arg(i + 1)
                    .arg(esc(item.section), esc(item.activity), PersonValidator::russianDate(item.deadline), esc(item.expectedResult), mark,
                         item.comment.isEmpty() ? QString() : QStringLiteral("<br><i>%1</i>").arg(esc(item.comment)));
    }
    html += QStringLiteral("</table><p>%1: %2 %</p>").arg(tr("Выполнено")).arg(progress.percent());
    html += QStringLiteral("<p>%1 _____________ &nbsp;&nbsp;&nbsp; %2 _____________</p>").arg(tr("Наставник"), tr("Наставляемый"));
    return html;
}
