// MainWindow: adding, editing and archiving records of the four registries, each undoable.
#include "gui/MainWindow.h"

#include "gui/AchievementsDialog.h"
#include "gui/MenteeProfileDialog.h"
#include "gui/MentorProfileDialog.h"
#include "gui/PartnerDialog.h"
#include "gui/PersonDialog.h"
#include "gui/RegistryView.h"
#include "services/PartnerService.h"
#include "services/ProfileService.h"

#include <QMessageBox>
#include <QUndoStack>

void MainWindow::addRecord()
{
    switch (currentKind()) {
    case RegistryKind::People: addPerson(); break;
    case RegistryKind::Mentees: addProfile(MemberRole::Mentee); break;
    case RegistryKind::Mentors: addProfile(MemberRole::Mentor); break;
    case RegistryKind::Partners: addPartner(); break;
    }
}

void MainWindow::editRecord()
{
    const qint64 id = registryView(currentKind())->currentId();
    if (!id || m_db->isReadOnly())
        return;
    switch (currentKind()) {
    case RegistryKind::People: editPerson(id); break;
    case RegistryKind::Mentees: editProfile(MemberRole::Mentee, id); break;
    case RegistryKind::Mentors: editProfile(MemberRole::Mentor, id); break;
    case RegistryKind::Partners: editPartner(id); break;
    }
}

// Achievements of the person selected in a registry of people (not of partners).
void MainWindow::editAchievements()
{
    if (!isRegistryShown() || currentKind() == RegistryKind::Partners || m_db->isReadOnly())
        return;
    const qint64 id = registryView(currentKind())->currentId();
    const auto person = PeopleService(m_db).find(id);
    if (!person)
        return;
    AchievementsDialog dialog(m_db, *person, this);
    const DatabasePtr db = m_db;
    // Put back with its own id: the redo of a recording and the undo of a removal.
    const auto restore = [db](const Achievement &a) {
        return [db, a] {
            const auto again = PeopleService(db).addAchievement(a);
            return again ? Status() : Status::failure(again.error());
        };
    };
    const auto drop = [db](const Achievement &a) { return [db, a] { return PeopleService(db).removeAchievement(a); }; };
    connect(&dialog, &AchievementsDialog::added, this,
            [this, restore, drop](const Achievement &a) { pushEdit(tr("Достижение"), restore(a), drop(a)); });
    connect(&dialog, &AchievementsDialog::removed, this,
            [this, restore, drop](const Achievement &a) { pushEdit(tr("Удаление достижения"), drop(a), restore(a)); });
    dialog.exec();
}

namespace {
// Redo of an addition or an edit through the person form: the draft saved again, under the new ids
// of what it adds (the person, a representative, a consent), which the undo then takes away.
std::function<Status()> saveAgain(PeopleService people, PersonDraft draft, std::shared_ptr<SavedPerson> ids)
{
    return [people, draft, ids]() mutable -> Status {
        auto again = people.save(draft);
        if (again)
            *ids = again.value();
        return again ? Status() : Status::failure(again.error());
    };
}
} // namespace

void MainWindow::addPerson()
{
    PersonDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PeopleService people(m_db);
    const PersonDraft draft = dialog.draft();
    auto saved = people.save(draft);
    if (!saved) {
        showError(saved.error());
        return;
    }
    // Redo after undo adds the person again, under new ids.
    auto ids = std::make_shared<SavedPerson>(saved.value());
    pushEdit(tr("Добавление участника"),
             saveAgain(people, draft, ids),
             [people, ids]() mutable -> Status {
                 if (Status s = people.removeAdded(ids->personId); !s)
                     return s;
                 return ids->representativeId ? people.removeAdded(ids->representativeId) : Status();
             });
    registryView(RegistryKind::People)->selectId(ids->personId);
}

void MainWindow::editPerson(qint64 id)
{
    PeopleService people(m_db);
    const auto before = people.find(id);
    if (!before)
        return;
    PersonDialog dialog(m_db, this);
    dialog.setPerson(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PersonDraft draft = dialog.draft();
    // The consent the form changed, as it was; none when the form adds one.
    std::optional<Consent> consentBefore;
    if (draft.consent && draft.consent->id)
        for (const Consent &c : people.consentsOf(id))
            if (c.id == draft.consent->id)
                consentBefore = c;
    auto saved = people.save(draft);
    if (!saved) {
        showError(saved.error());
        return;
    }
    // Redo after undo adds the representative and consent again, under new ids.
    auto ids = std::make_shared<SavedPerson>(saved.value());
    pushEdit(tr("Изменение участника"),
             saveAgain(people, draft, ids),
             [people, ids, before = *before, consentBefore]() mutable {
                 return people.revertEdit(*ids, before, consentBefore);
             });
}

void MainWindow::addPartner()
{
    PartnerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PartnerService partners(m_db);
    const Partner partner = dialog.partner();
    auto added = partners.add(partner);
    if (!added) {
        showError(added.error());
        return;
    }
    auto id = std::make_shared<qint64>(added.value());
    pushEdit(tr("Добавление организации"),
             [partners, partner, id]() mutable -> Status {
                 auto again = partners.add(partner);
                 if (again)
                     *id = again.value();
                 return again ? Status() : Status::failure(again.error());
             },
             [partners, id]() mutable { return partners.removeAdded(*id); });
}

void MainWindow::editPartner(qint64 id)
{
    PartnerService partners(m_db);
    const auto before = partners.find(id);
    if (!before)
        return;
    PartnerDialog dialog(this);
    dialog.setPartner(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Partner after = dialog.partner();
    if (Status s = partners.update(after); !s) {
        showError(s.error());
        return;
    }
    pushEdit(tr("Изменение организации"), [partners, after]() mutable { return partners.update(after); },
             [partners, before]() mutable { return partners.update(*before); });
}

// A profile is saved whole; undo puts back the previous one or removes a new one.
template <typename Profile, typename Dialog, typename Save, typename Find>
static void editProfileWith(MainWindow *window, DatabasePtr db, MemberRole role, qint64 personId, int year,
                            Save save, Find find)
{
    ProfileService profiles(db);
    // A shared pointer rather than std::optional: GCC 12 warns falsely on optionals captured by lambdas.
    std::shared_ptr<const Profile> before;
    if (const auto found = personId ? (profiles.*find)(personId, year) : std::nullopt)
        before = std::make_shared<const Profile>(*found);
    Dialog dialog(db, year, window);
    if (before)
        dialog.setProfile(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Profile after = dialog.profile();
    if (auto saved = (profiles.*save)(after); !saved) {
        QMessageBox::warning(window, MainWindow::tr("Куратор"), saved.error());
        return;
    }
    auto redo = [profiles, after, save]() mutable -> Status {
        auto s = (profiles.*save)(after);
        return s ? Status() : Status::failure(s.error());
    };
    auto undo = [profiles, before, after, role, save]() mutable -> Status {
        if (!before)
            return profiles.removeAdded(role, after.personId, after.yearStart);
        auto s = (profiles.*save)(*before);
        return s ? Status() : Status::failure(s.error());
    };
    window->pushProfileEdit(before ? MainWindow::tr("Изменение профиля") : MainWindow::tr("Добавление профиля"), redo, undo);
}

void MainWindow::pushProfileEdit(const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    pushEdit(text, std::move(redo), std::move(undo));
}

void MainWindow::addProfile(MemberRole role)
{
    editProfile(role, 0);
}

void MainWindow::editProfile(MemberRole role, qint64 personId)
{
    if (role == MemberRole::Mentee)
        editProfileWith<MenteeProfile, MenteeProfileDialog>(this, m_db, role, personId, currentYear(),
                                                            &ProfileService::saveMentee, &ProfileService::mentee);
    else
        editProfileWith<MentorProfile, MentorProfileDialog>(this, m_db, role, personId, currentYear(),
                                                            &ProfileService::saveMentor, &ProfileService::mentor);
}

void MainWindow::archiveSelected(bool archived)
{
    const QList<qint64> ids = registryView(currentKind())->selectedIds();
    if (ids.isEmpty())
        return;
    const RegistryKind kind = currentKind();
    const int year = currentYear();
    DatabasePtr db = m_db;
    auto apply = [db, kind, year, ids](bool toArchive) -> Status {
        switch (kind) {
        case RegistryKind::People: return PeopleService(db).setArchived(ids, toArchive);
        case RegistryKind::Mentees: return ProfileService(db).setArchived(MemberRole::Mentee, ids, year, toArchive);
        case RegistryKind::Mentors: return ProfileService(db).setArchived(MemberRole::Mentor, ids, year, toArchive);
        case RegistryKind::Partners: return PartnerService(db).setArchived(ids, toArchive);
        }
        return Status();
    };
    if (Status s = apply(archived); !s) {
        showError(s.error());
        return;
    }
    const QString text = archived ? tr("В архив: %n зап.", nullptr, int(ids.size())) : tr("Из архива: %n зап.", nullptr, int(ids.size()));
    pushEdit(text, [apply, archived] { return apply(archived); }, [apply, archived] { return apply(!archived); });
}
