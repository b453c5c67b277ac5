#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include "core/store/certificationstore.h"
#include "core/store/honourstore.h"
#include "core/store/projectstore.h"
#include "core/store/studiostore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/certification/proposaldialog.h"
#include "ui/recognition/honourdialog.h"
#include "ui/recognition/honourstab.h"
#include "ui/recognition/projectstab.h"
#include "ui/recognition/recognitionpanel.h"
#include "ui/recognition/recognitionview.h"
#include "ui/recognition/studiostab.h"
#include "ui/widgets/datefield.h"
#include "ui/workerdetail/workerprofiledialog.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::TempDatabase;

namespace {

// H1 a 高级工, H2 a 技师 of 机加车间; O1 of 装配车间; honours at three levels over two years, a
// studio led by H2 with both as members, a finished project of H2 with H1 in it.
struct Recognised
{
    TempDatabase db;
    Officer hr = db.officer(u"hr-li"_s, Roles { Role::Hr });
    qint64 studio = 0;
    qint64 project = 0;

    Recognised()
    {
        REQUIRE(
            db.importCsv(
                  u"工号,姓名,性别,入职日期,单位,省份,车间,职业(工种),技能等级,等级取得日期,一线\n"
                  "H1,张伟,男,2010-01-01,济南厂,山东,机加车间,车工,高级工,2018-01-01,是\n"
                  "H2,李娜,女,2008-01-01,济南厂,山东,机加车间,车工,技师,2015-01-01,是\n"
                  "O1,王芳,女,2012-01-01,济南厂,山东,装配车间,钳工,中级工,2019-01-01,是\n"_s)
                .problems.isEmpty());
        honour(u"H1"_s, u"齐鲁技术能手"_s, HonourLevel::Provincial, QDate(2024, 10, 15));
        honour(u"H1"_s, u"济南市技术能手"_s, HonourLevel::Municipal, QDate(2024, 9, 1));
        honour(u"O1"_s, u"公司岗位能手"_s, HonourLevel::Enterprise, QDate(2025, 5, 1));
        const auto s = StudioStore::add(db.db(),
            { u"李娜技能大师工作室"_s, StudioKind::Master, HonourLevel::Provincial, u"H2"_s,
                u"车工"_s, QDate(2021, 3, 15), hr });
        REQUIRE(s.ok());
        studio = *s;
        REQUIRE(StudioStore::addMember(db.db(), studio, u"H1"_s, QDate(2021, 4, 1), hr).ok());
        REQUIRE(StudioStore::addMember(db.db(), studio, u"O1"_s, QDate(2022, 4, 1), hr).ok());
        const auto p = ProjectStore::add(db.db(),
            { u"高强钢焊缝一次合格率攻关"_s, ProjectKind::Challenge, u"H2"_s, QDate(2025, 3, 1),
                ProjectStatus::InProgress, { u"H1"_s }, hr });
        REQUIRE(p.ok());
        project = *p;
        REQUIRE(ProjectStore::update(db.db(), project, ProjectStatus::Finished,
            u"合格率由92%提高到98.5%"_s, QDate(2025, 12, 20), hr)
                    .ok());
    }

    void honour(const QString &no, const QString &name, HonourLevel level, QDate on)
    {
        REQUIRE(HonourStore::add(db.db(), { no, name, level, on, u"授予单位"_s, hr }).ok());
    }

    qint64 workshop(const QString &name)
    {
        return db.scalar(u"SELECT id FROM workshop WHERE name = '%1'"_s.arg(name)).toLongLong();
    }
};

} // namespace

TEST_CASE("The recognition page lists honours by level and year, charts them and records one",
    "[ui][recognition]")
{
    Recognised r;
    RecognitionView view;
    view.setConnection(&r.db.connection(), r.hr);
    view.show();
    HonoursTab *honours = view.honours();
    CHECK(view.tabs()->count() == 3);
    CHECK(honours->table()->rowCount() == 3);
    CHECK(honours->yearFilter()->count() == 3); // all, 2025, 2024
    honours->levelFilter()->setCurrentIndex(
        honours->levelFilter()->findData(int(HonourLevel::Provincial)));
    REQUIRE(honours->table()->rowCount() == 1);
    CHECK(honours->table()->item(0, 3)->text() == u"齐鲁技术能手"_s);
    honours->levelFilter()->setCurrentIndex(0);
    honours->yearFilter()->setCurrentIndex(honours->yearFilter()->findData(2025));
    CHECK(honours->table()->rowCount() == 1);
    honours->yearFilter()->setCurrentIndex(0);
    // Two years on the chart's axis, one bar set a level.
    REQUIRE(honours->chart()->chart());
    CHECK(honours->chart()->chart()->series().size() == 1);

    CHECK(honours->addButton()->isEnabled());
    HonourDialog *dialog = honours->newHonourDialog();
    REQUIRE(dialog);
    dialog->employeeField()->setText(u"H2"_s);
    dialog->nameField()->setCurrentText(u"全国技术能手"_s);
    dialog->levelField()->setCurrentIndex(
        dialog->levelField()->findData(int(HonourLevel::National)));
    dialog->dateField()->setText(u"2023-11-20"_s);
    dialog->bodyField()->setText(u"人力资源社会保障部"_s);
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    delete dialog;
    CHECK(honours->table()->rowCount() == 4);

    // Withdrawn, the honour stays listed, marked; exported, as shown.
    honours->table()->selectRow(0);
    REQUIRE(honours->withdrawButton()->isEnabled());
    honours->withdrawSelected(u"录入错误"_s);
    CHECK(honours->table()->rowCount() == 4);
    CHECK(r.db.scalar(u"SELECT count(*) FROM honour WHERE withdrawn_event_id IS NOT NULL"_s).toInt()
        == 1);
    const QString csv = r.db.filePath(u"荣誉.csv"_s);
    REQUIRE(honours->exportTo(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    CHECK(written.contains(u"工号,姓名,荣誉,级别,授予日期,授予单位,撤销原因"_s));
    CHECK(written.contains(u"录入错误"_s));
}

TEST_CASE("The studios and projects tabs show members, results, grades and the status history",
    "[ui][recognition]")
{
    Recognised r;
    RecognitionView view;
    view.setConnection(&r.db.connection(), r.hr);
    view.show();
    StudiosTab *studios = view.studios();
    REQUIRE(studios->studioTable()->rowCount() == 1);
    REQUIRE(studios->detail().has_value());
    CHECK(studios->memberTable()->rowCount() == 2);
    REQUIRE(studios->addResult(
        { StudioResultKind::Apprentices, u"带徒出师"_s, 12, QDate(2024, 12, 31) }));
    CHECK(studios->resultTable()->rowCount() == 1);
    CHECK(studios->studioTable()->item(0, 8)->text() == u"12"_s);
    REQUIRE(studios->leave(studios->detail()->members.first().id, QDate(2025, 6, 30)));
    CHECK(studios->studioTable()->item(0, 6)->text() == u"1"_s);

    ProjectsTab *projects = view.projects();
    REQUIRE(projects->projectTable()->rowCount() == 1);
    REQUIRE(projects->detail().has_value());
    // The lead (技师 since 2015) and the member (高级工 since 2018), as of the start in 2025.
    REQUIRE(projects->memberTable()->rowCount() == 2);
    CHECK(projects->memberTable()->item(0, 4)->text() == GradeNames::display(Grade::Technician));
    CHECK(projects->memberTable()->item(1, 4)->text() == GradeNames::display(Grade::Senior));
    CHECK(projects->historyTable()->rowCount() == 2);
    REQUIRE(projects->addProject({ u"智能产线换型时间缩短"_s, ProjectKind::Team, u"H1"_s,
        QDate::currentDate(), ProjectStatus::Open, {}, r.hr }));
    CHECK(projects->projectTable()->rowCount() == 2);
}

TEST_CASE("The recognition page is read-only for roles that do not record, and a workshop head "
          "sees their own workshops' people",
    "[ui][recognition]")
{
    Recognised r;
    const Officer head
        = r.db.officer(u"head-zhao"_s, Roles { Role::WorkshopHead }, { r.workshop(u"装配车间"_s) });
    RecognitionView view;
    view.setConnection(&r.db.connection(), head);
    view.show();
    CHECK(view.honours()->table()->rowCount() == 1);
    CHECK_FALSE(view.honours()->addButton()->isEnabled());
    CHECK_FALSE(view.honours()->importButton()->isEnabled());
    for (QPushButton *button : view.studios()->writeButtons())
        CHECK_FALSE(button->isEnabled());
    for (QPushButton *button : view.projects()->writeButtons())
        CHECK_FALSE(button->isEnabled());
    REQUIRE(view.studios()->detail().has_value());
    CHECK(view.studios()->detail()->studio.leader.hidden);
    CHECK(view.studios()->memberTable()->rowCount() == 1);
    CHECK(view.studios()->memberTable()->item(0, 0)->text() == u"O1"_s);
}

TEST_CASE("The profile's honours tab lists the worker's honours, studios and projects",
    "[ui][recognition][profile]")
{
    Recognised r;
    const qint64 h1 = r.db.scalar(u"SELECT id FROM worker WHERE employee_no = 'H1'"_s).toLongLong();
    WorkerProfileDialog dialog(r.db.connection(), r.hr, h1);
    REQUIRE(dialog.isLoaded());
    RecognitionPanel *panel = dialog.recognition();
    REQUIRE(panel);
    CHECK(panel->honoursTable()->rowCount() == 2);
    CHECK(panel->studiosTable()->rowCount() == 1);
    CHECK(panel->projectsTable()->rowCount() == 1);
    CHECK(panel->addButton()->isEnabled());

    const Officer auditor = r.db.officer(u"auditor"_s, Roles { Role::Auditor });
    WorkerProfileDialog readOnly(r.db.connection(), auditor, h1);
    REQUIRE(readOnly.recognition());
    CHECK(readOnly.recognition()->honoursTable()->rowCount() == 2);
    CHECK_FALSE(readOnly.recognition()->addButton()->isEnabled());
}

TEST_CASE("The proposal dialog offers the worker's provincial honours when the way is 破格 and "
          "the ground is an award",
    "[ui][recognition][certification]")
{
    Recognised r;
    ProposalDialog dialog(r.db.connection(), r.hr);
    dialog.setEmployee(u"H1"_s);
    CHECK_FALSE(dialog.basisField()->isEnabled());
    const QList<QComboBox *> way = dialog.findChildren<QComboBox *>();
    QComboBox *wayBox = nullptr;
    QComboBox *groundBox = nullptr;
    for (QComboBox *box : way) {
        if (box->findData(int(CertificationWay::Exceptional)) >= 0
            && box->itemText(box->findData(int(CertificationWay::Exceptional)))
                == CertificationNames::display(CertificationWay::Exceptional))
            wayBox = box;
        if (box->count() == 3
            && box->itemText(1) == CertificationNames::display(ExceptionalGround::Award))
            groundBox = box;
    }
    REQUIRE(wayBox);
    REQUIRE(groundBox);
    wayBox->setCurrentIndex(wayBox->findData(int(CertificationWay::Exceptional)));
    groundBox->setCurrentIndex(groundBox->findData(int(ExceptionalGround::Award)));
    REQUIRE(dialog.basisField()->isEnabled());
    REQUIRE(dialog.basisField()->count() == 2); // nothing, and the provincial one (not the city's)
    CHECK(dialog.basisField()->itemText(1).contains(u"齐鲁技术能手"_s));
    dialog.accept();
    REQUIRE(dialog.proposedId() != 0);
    const auto record = CertificationStore::get(r.db.db(), dialog.proposedId());
    REQUIRE(record.ok());
    CHECK(record->honourId != 0);
    CHECK(record->evidence.contains(u"齐鲁技术能手"_s));

    // The ground technical-problem offers H1's finished project.
    groundBox->setCurrentIndex(groundBox->findData(int(ExceptionalGround::TechnicalProblem)));
    REQUIRE(dialog.basisField()->count() == 2);
    CHECK(dialog.basisField()->itemText(1).contains(u"高强钢焊缝一次合格率攻关"_s));
}
