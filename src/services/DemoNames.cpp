#include "services/DemoNames.h"

#include "domain/SurveyRules.h"

#include <iterator>

int DemoRandom::between(int from, int to)
{
    if (to <= from)
        return from;
    return from + int(m_generator.bounded(quint32(to - from) + 1));
}

bool DemoRandom::chance(double probability)
{
    return m_generator.generateDouble() < probability;
}

QDate DemoRandom::dateBetween(const QDate &from, const QDate &to)
{
    if (!to.isValid() || to <= from)
        return from;
    return from.addDays(between(0, int(from.daysTo(to))));
}

const QString &DemoRandom::pick(const QStringList &list)
{
    return list.at(between(0, int(list.size()) - 1));
}

namespace DemoNames {
namespace {

// Lists are single strings with items separated by ';': dense to read and easy to extend.
// Male names carry their patronymics (name:son:daughter): the rules have too many exceptions.
const char kMaleNames[] =
    "Александр:Александрович:Александровна;Алексей:Алексеевич:Алексеевна;Андрей:Андреевич:Андреевна;"
    "Антон:Антонович:Антоновна;Артём:Артёмович:Артёмовна;Борис:Борисович:Борисовна;Вадим:Вадимович:Вадимовна;"
    "Василий:Васильевич:Васильевна;Виктор:Викторович:Викторовна;Владимир:Владимирович:Владимировна;"
    "Вячеслав:Вячеславович:Вячеславовна;Глеб:Глебович:Глебовна;Григорий:Григорьевич:Григорьевна;"
    "Даниил:Даниилович:Данииловна;Денис:Денисович:Денисовна;Дмитрий:Дмитриевич:Дмитриевна;"
    "Евгений:Евгеньевич:Евгеньевна;Егор:Егорович:Егоровна;Иван:Иванович:Ивановна;Игорь:Игоревич:Игоревна;"
    "Илья:Ильич:Ильинична;Кирилл:Кириллович:Кирилловна;Константин:Константинович:Константиновна;"
    "Лев:Львович:Львовна;Максим:Максимович:Максимовна;Матвей:Матвеевич:Матвеевна;Михаил:Михайлович:Михайловна;"
    "Никита:Никитич:Никитична;Николай:Николаевич:Николаевна;Олег:Олегович:Олеговна;Павел:Павлович:Павловна;"
    "Пётр:Петрович:Петровна;Роман:Романович:Романовна;Семён:Семёнович:Семёновна;Сергей:Сергеевич:Сергеевна;"
    "Степан:Степанович:Степановна;Тимофей:Тимофеевич:Тимофеевна;Фёдор:Фёдорович:Фёдоровна;"
    "Юрий:Юрьевич:Юрьевна;Ярослав:Ярославович:Ярославовна";
const char kFemaleNames[] =
    "Александра;Алёна;Алина;Алиса;Анастасия;Анна;Арина;Валерия;Варвара;Василиса;Вера;Вероника;Виктория;"
    "Дарья;Диана;Ева;Екатерина;Елена;Елизавета;Ирина;Кира;Ксения;Любовь;Маргарита;Марина;Мария;Наталья;"
    "Ольга;Полина;Светлана;Софья;Таисия;Татьяна;Ульяна;Юлия;Яна";
const char kSurnames[] =
    "Иванов;Смирнов;Кузнецов;Попов;Васильев;Петров;Соколов;Михайлов;Новиков;Фёдоров;Морозов;Волков;"
    "Алексеев;Лебедев;Семёнов;Егоров;Павлов;Козлов;Степанов;Николаев;Орлов;Андреев;Макаров;Никитин;"
    "Захаров;Зайцев;Соловьёв;Борисов;Яковлев;Григорьев;Романов;Воробьёв;Сергеев;Кузьмин;Фролов;"
    "Александров;Дмитриев;Королёв;Гусев;Киселёв;Ильин;Максимов;Поляков;Сорокин;Виноградов;Ковалёв;Белов;"
    "Медведев;Антонов;Тарасов;Жуков;Баранов;Филиппов;Комаров;Давыдов;Беляев;Богданов;Осипов;Титов;Марков;"
    "Миронов;Крылов;Куликов;Карпов;Власов;Мельников;Денисов;Ершов;Пономарёв;Щербаков;Калинин;Чернышёв;"
    "Голубев;Голицын;Покровский;Вознесенский;Троицкий;Белоцкий;Шестаков;Лапин";

// Data of a made-up school, so plain Russian text rather than translatable strings.
// In the order of the Words enumerators.
const char *const kLists[] = {
    // Subject, ExamSubject (dative: "по математике")
    "математике;русскому языку;физике;химии;биологии;информатике;истории;обществознанию;английскому языку;"
    "литературе;географии",
    "математике;русскому языку;обществознанию;информатике;физике;биологии;английскому языку",
    // SubjectRequest, AdaptationRequest, CareerRequest, LeadershipRequest, TeacherRequest
    "подтянуть математику;ликвидировать пробелы по русскому языку;повысить успеваемость по английскому языку;"
    "разобраться в физике;научиться решать задачи по геометрии;улучшить технику чтения;"
    "научиться писать без ошибок;наладить выполнение домашних заданий;повысить мотивацию к учёбе",
    "адаптация в новом классе;наладить отношения с одноклассниками;освоиться после перехода из другой школы;"
    "адаптация после переезда из другого города",
    "профориентация;выбор профессии в сфере IT;знакомство с инженерными профессиями;"
    "определиться с профилем обучения в 10 классе;знакомство с профессиями на производстве;выбор колледжа или вуза",
    "развитие лидерских качеств;участие в проектной деятельности;преодоление застенчивости;"
    "вовлечение в школьное самоуправление;подготовка исследовательского проекта",
    "освоение методики современного урока;классное руководство;работа с родителями;дисциплина на уроке;"
    "подготовка к аттестации;работа с детьми с ОВЗ;оформление рабочей документации;формирующее оценивание",
    // Interest
    "футбол;шахматы;рисование;программирование;робототехника;танцы;музыка;чтение фантастики;плавание;"
    "волонтёрство;театральная студия;фотография;природа и животные;история родного края;хоккей;"
    "лёгкая атлетика;вокал;конструирование;настольные игры;туризм",
    // TeacherPosition: repeated entries are the common posts of a school
    "учитель начальных классов;учитель начальных классов;учитель начальных классов;учитель начальных классов;"
    "учитель начальных классов;учитель математики;учитель математики;учитель математики;"
    "учитель русского языка и литературы;учитель русского языка и литературы;учитель русского языка и литературы;"
    "учитель английского языка;учитель английского языка;учитель физики;учитель химии;учитель биологии;"
    "учитель истории и обществознания;учитель информатики;учитель географии;учитель физической культуры;"
    "учитель музыки;учитель технологии;учитель ИЗО;педагог-психолог;социальный педагог;"
    "педагог дополнительного образования",
    // TeacherCompetency, Achievement, PupilCompetency, EmployerCompetency, StudentCompetency
    "подготовка к ГИА;классное руководство;проектная деятельность;работа с одарёнными детьми;"
    "инклюзивное образование;цифровые образовательные ресурсы;воспитательная работа;подготовка к олимпиадам;"
    "функциональная грамотность;методика преподавания предмета",
    "высшая квалификационная категория;первая квалификационная категория;"
    "почётная грамота Министерства просвещения;призёр муниципального конкурса «Учитель года»;"
    "подготовка призёров регионального этапа олимпиады;автор методических публикаций",
    "отличная успеваемость;призёр школьного этапа олимпиады;опыт проектной работы;"
    "организатор школьных мероприятий;член совета обучающихся;волонтёр;капитан школьной команды",
    "программирование и автоматизация;инженерное проектирование;экономика предприятия;охрана труда;"
    "управление проектами;электроника;3D-моделирование;логистика",
    "веб-разработка;системное администрирование;графический дизайн;подготовка к ЕГЭ по информатике;робототехника",
    // TimeResource, Schedule, MailDomain
    "1 час в неделю;2 часа в неделю;3 часа в неделю;1,5 часа раз в две недели",
    "понедельник, среда после 15:00;вторник, четверг после уроков;пятница 14:00–16:00;"
    "суббота, первая половина дня;по договорённости",
    "mail.ru;yandex.ru;bk.ru;inbox.ru;gmail.com",
    // Enterprise, College, University: "name|e-mail domain"
    "АО «Северный машиностроительный завод»|smz-nord;ООО «ТехноСфера»|technosfera;ПАО «Энергосеть»|energoset",
    "ГАПОУ «Колледж информационных технологий и связи»|kitis;ГБПОУ «Политехнический колледж»|polytech-college",
    "ФГБОУ ВО «Государственный технический университет»|gtu-edu;ФГБОУ ВО «Педагогический университет»|ped-univer",
    // EnterprisePosition, CollegePosition, UniversityPosition, GraduatePlace
    "инженер-технолог;ведущий инженер-программист;мастер участка;специалист по охране труда;экономист;"
    "инженер-конструктор",
    "преподаватель;мастер производственного обучения;заведующий отделением",
    "доцент кафедры;старший преподаватель;инженер лаборатории",
    "студент технического университета;студент медицинского университета;инженер машиностроительного завода;"
    "менеджер ООО «Вектор»;студент колледжа связи;программист;учитель начальных классов;военная служба по контракту",
    // GroupTitle: "form|title"
    "teacher_pupil|Клуб олимпиадной математики;teacher_pupil|Исследовательская лаборатория «Эврика»;"
    "employer_pupil|Профориентационная группа «Мир профессий»;employer_pupil|Проектная группа «Юный инженер»;"
    "student_pupil|IT-клуб «Код будущего»;pupil_pupil|Группа адаптации пятиклассников;"
    "pupil_pupil|Проектная команда «Лидер»",
    // EndReason
    "переезд наставляемого в другой город;смена места работы наставника;по взаимному согласию сторон;"
    "длительная болезнь наставника",
    // PlanPupil, PlanTeacher, PlanCareer: "section|activity|expected result", in the order of a school year
    "Диагностика|Входная диагностика: трудности и интересы|Карта запроса наставляемого;"
    "Целеполагание|Постановка целей на учебный год|Согласованные цели и критерии успеха;"
    "Учебная деятельность|Разбор трудных тем по предмету|Пробелы в знаниях восполнены;"
    "Учебная деятельность|Еженедельная проверка домашних заданий|Задания выполняются вовремя;"
    "Развитие|Участие в школьном проекте или конкурсе|Проект представлен на конференции;"
    "Учебная деятельность|Подготовка к контрольным работам за полугодие|Отметки за контрольные не ниже «4»;"
    "Внеурочная деятельность|Занятия в кружке или секции по интересам|Вовлечённость во внеурочную жизнь;"
    "Рефлексия|Промежуточная рефлексия с наставником|Заполнен дневник достижений;"
    "Учебная деятельность|Итоговое повторение материала|Годовая отметка улучшена;"
    "Итоги|Итоговая встреча и самооценка результатов|Отзывы наставляемого и наставника",
    "Адаптация|Изучение локальных актов и документации школы|Рабочая программа и КТП оформлены;"
    "Методика|Посещение уроков наставника|Анализ четырёх посещённых уроков;"
    "Методика|Наставник посещает уроки молодого специалиста|Рекомендации по итогам посещений;"
    "Классное руководство|Подготовка и проведение родительского собрания|Протокол собрания;"
    "Методика|Разработка и проведение открытого урока|Технологическая карта урока;"
    "Оценивание|Освоение критериального оценивания|Критерии оценивания работ;"
    "Профессиональное развитие|Курсы повышения квалификации|Удостоверение о повышении квалификации;"
    "Профессиональное развитие|Выступление на методическом объединении|Доклад на заседании МО;"
    "Итоги|Самоанализ профессиональной деятельности за год|Отчёт молодого специалиста",
    "Диагностика|Профориентационное тестирование|Заключение о профессиональных склонностях;"
    "Знакомство с профессией|Экскурсия в организацию наставника|Отчёт об экскурсии;"
    "Знакомство с профессией|Встреча со специалистами организации|Список вопросов и ответов;"
    "Практика|Учебный кейс от наставника|Решение кейса представлено;"
    "Проект|Проект по профилю организации|Проект защищён на конференции;"
    "Образование|Изучение программ колледжей и вузов|Выбрано направление обучения;"
    "Практика|Профессиональная проба на рабочем месте|Сертификат о профпробе;"
    "Итоги|Индивидуальный образовательный маршрут|Маршрут на следующий год",
    // TopicIntro, TopicTrial, TopicPlanning, TopicPupil, TopicTeacher, TopicCareer, TopicFinal, Outcome
    "Знакомство, ожидания и правила совместной работы;Знакомство и обсуждение интересов",
    "Пробная рабочая встреча: первое совместное задание;Пробная встреча: разбор текущих трудностей",
    "Составление индивидуального плана;Постановка целей на год",
    "Разбор трудных тем;Подготовка к контрольной работе;Работа над проектом;Разбор олимпиадных заданий прошлых лет;"
    "Обсуждение прочитанной книги;Проверка выполнения плана;Решение практических задач;"
    "Рефлексия: что получилось за месяц",
    "Анализ посещённого урока;Планирование урока;Работа с электронным журналом;"
    "Подготовка к родительскому собранию;Приёмы управления классом;Разбор педагогической ситуации;"
    "Подготовка открытого урока",
    "Экскурсия в организацию наставника;Рассказ о профессии;Работа над учебным кейсом;"
    "Обсуждение выбора профиля обучения;Профессиональная проба;Работа над проектом",
    "Итоговая встреча: подведение результатов",
    "Задачи встречи выполнены;Намечены следующие шаги;Задание на следующую встречу получено;"
    "Трудности обсуждены, выбран способ решения",
    // SurveyValuable, SurveyMissing
    "Поддержка и внимание;Разбор сложных тем;Новые знакомства;Уверенность в своих силах;Практические задания;"
    "Экскурсии",
    "Времени на встречи;Больше практики;Встреч с другими парами;Всего хватило",
};
static_assert(std::size(kLists) == std::size_t(Words::Count), "one list per Words enumerator");

QStringList split(const char *list) { return QString::fromUtf8(list).split(QLatin1Char(';')); }

const QList<QStringList> &maleNames()
{
    static const QList<QStringList> names = [] {
        QList<QStringList> all;
        for (const QString &entry : split(kMaleNames))
            all << entry.split(QLatin1Char(':'));
        return all;
    }();
    return names;
}

const QStringList &femaleNames() { static const QStringList names = split(kFemaleNames); return names; }
const QStringList &surnames() { static const QStringList names = split(kSurnames); return names; }

int randomFather(DemoRandom &random) { return random.between(0, int(maleNames().size()) - 1); }
QString patronymicOf(int father, bool female) { return maleNames().at(father).at(female ? 2 : 1); }
QString sexCode(bool female) { return female ? QStringLiteral("ж") : QStringLiteral("м"); }

} // namespace

Family family(DemoRandom &random)
{
    const QString surname = random.pick(surnames());
    return {surname, randomFather(random)};
}

FullName child(DemoRandom &random, const Family &family, bool female)
{
    const QString first = female ? random.pick(femaleNames()) : maleNames().at(randomFather(random)).at(0);
    return {surnameForm(family.surname, female), first, patronymicOf(family.father, female), sexCode(female)};
}

FullName father(DemoRandom &random, const Family &family)
{
    return {family.surname, maleNames().at(family.father).at(0), patronymicOf(randomFather(random), false),
            sexCode(false)};
}

FullName mother(DemoRandom &random, const Family &family)
{
    const QString first = random.pick(femaleNames());
    return {surnameForm(family.surname, true), first, patronymicOf(randomFather(random), true), sexCode(true)};
}

FullName adult(DemoRandom &random, bool female)
{
    const Family someone = DemoNames::family(random);
    return female ? mother(random, someone) : father(random, someone);
}

QString surnameForm(const QString &maleForm, bool female)
{
    if (!female)
        return maleForm;
    if (maleForm.endsWith(QStringLiteral("ий")))
        return maleForm.chopped(2) + QStringLiteral("ая"); // Покровский, Троицкий
    for (const QString &ending : {QStringLiteral("ов"), QStringLiteral("ев"), QStringLiteral("ёв"),
                                  QStringLiteral("ин"), QStringLiteral("ын")})
        if (maleForm.endsWith(ending))
            return maleForm + QStringLiteral("а");
    return maleForm;
}

QString transliterate(const QString &text)
{
    // а…я are contiguous in Unicode (U+0430…U+044F); ё stands apart.
    static const char *const latin[] = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    QString out;
    for (const QChar c : text.toLower()) {
        const char16_t u = c.unicode();
        if (u >= 0x0430 && u <= 0x044F)
            out += QLatin1String(latin[u - 0x0430]);
        else if (u == 0x0451)
            out += QLatin1Char('e');
        else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out += c;
    }
    return out;
}

QString phone(DemoRandom &random)
{
    return QStringLiteral("+79") + QString::number(random.between(0, 999999999)).rightJustified(9, QLatin1Char('0'));
}

QString email(const FullName &name, int number, const QString &domain)
{
    return QStringLiteral("%1.%2%3@%4")
        .arg(transliterate(name.firstName), transliterate(name.lastName),
             QString::number(number % 100).rightJustified(2, QLatin1Char('0')), domain);
}

QString personalEmail(DemoRandom &random, const FullName &name, int number)
{
    return email(name, number, pick(random, Words::MailDomain));
}

const QStringList &words(Words list)
{
    static const QList<QStringList> all = [] {
        QList<QStringList> lists;
        for (const char *items : kLists)
            lists << split(items);
        return lists;
    }();
    return all.at(int(list));
}

QString pick(DemoRandom &random, Words list) { return random.pick(words(list)); }

QString several(DemoRandom &random, Words list, int from, int to)
{
    QStringList items = words(list);
    random.shuffle(items);
    return items.mid(0, random.between(from, to)).join(QStringLiteral(", "));
}

QString request(DemoRandom &random, RequestKind kind, int grade)
{
    switch (kind) {
    case RequestKind::Subject: return pick(random, Words::SubjectRequest);
    case RequestKind::Exam:
        return (grade <= 9 ? QStringLiteral("подготовка к ОГЭ по %1") : QStringLiteral("подготовка к ЕГЭ по %1"))
            .arg(pick(random, Words::ExamSubject));
    case RequestKind::Olympiad: return QStringLiteral("подготовка к олимпиаде по %1").arg(pick(random, Words::Subject));
    case RequestKind::Adaptation:
        if (grade == 1)
            return QStringLiteral("адаптация к обучению в школе");
        if (grade == 5)
            return QStringLiteral("адаптация к обучению в основной школе");
        return pick(random, Words::AdaptationRequest);
    case RequestKind::Career: return pick(random, Words::CareerRequest);
    case RequestKind::Leadership: return pick(random, Words::LeadershipRequest);
    case RequestKind::Teacher: return pick(random, Words::TeacherRequest);
    }
    return {};
}

QString problem(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Subject: return QStringLiteral("низкая успеваемость, пробелы в знаниях");
    case RequestKind::Exam: return QStringLiteral("тревожность перед экзаменами");
    case RequestKind::Olympiad: return QStringLiteral("нереализованный потенциал одарённого ребёнка");
    case RequestKind::Adaptation: return QStringLiteral("трудности адаптации в коллективе");
    case RequestKind::Career: return QStringLiteral("неопределённость в выборе профессии");
    case RequestKind::Leadership: return QStringLiteral("низкая вовлечённость в жизнь школы");
    case RequestKind::Teacher: return QStringLiteral("профессиональные затруднения молодого специалиста");
    }
    return {};
}

QString result(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Subject: return QStringLiteral("повысилась успеваемость по предмету");
    case RequestKind::Exam: return QStringLiteral("пробный экзамен написан на «4» и выше");
    case RequestKind::Olympiad: return QStringLiteral("призёр муниципального этапа олимпиады");
    case RequestKind::Adaptation: return QStringLiteral("успешная адаптация в коллективе");
    case RequestKind::Career: return QStringLiteral("выбран профиль обучения, пройдена профпроба");
    case RequestKind::Leadership: return QStringLiteral("проект представлен на школьной конференции");
    case RequestKind::Teacher: return QStringLiteral("проведён открытый урок, аттестация пройдена");
    }
    return {};
}

QList<PlanItem> planItems(DemoRandom &random, Words list, int count)
{
    const QStringList &lines = words(list);
    const int total = int(lines.size());
    QList<PlanItem> items;
    // Selection sampling keeps the chosen items in the order of the school year.
    for (int i = 0; i < total && count > 0; ++i) {
        if (random.between(1, total - i) > count)
            continue;
        --count;
        const QStringList parts = lines.at(i).split(QLatin1Char('|'));
        PlanItem item;
        item.section = parts.value(0);
        item.activity = parts.value(1);
        item.expectedResult = parts.value(2);
        items << item;
    }
    return items;
}

QList<SurveyAnswer> answers(DemoRandom &random, const SurveyTemplate &survey, int moodShift)
{
    // One mood per respondent keeps a questionnaire consistent: mostly 7–9, a few lower.
    const int mood = (random.chance(0.12) ? random.between(4, 6) : random.between(7, 9)) + moodShift;
    QList<SurveyAnswer> result;
    int texts = 0;
    for (const SurveyQuestion &q : survey.questions) {
        QVariant value;
        if (q.answerType == QLatin1String("scale"))
            value = double(qBound(1, mood + random.between(-1, 1), 10));
        else if (q.answerType == QLatin1String("yesno"))
            value = random.chance(mood >= 7 ? 0.9 : 0.4) ? 1.0 : 0.0;
        else if (q.answerType == QLatin1String("choice"))
            value = random.pick(SurveyRules::choicesOf(q));
        else if (random.chance(0.5)) // open questions are often left blank
            value = pick(random, texts == 0 ? Words::SurveyValuable : Words::SurveyMissing);
        texts += q.answerType == QLatin1String("text") ? 1 : 0;
        if (value.isValid())
            result << SurveyAnswer{q.id, value};
    }
    return result;
}

} // namespace DemoNames
