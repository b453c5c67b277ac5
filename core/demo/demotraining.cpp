#include "core/demo/demotraining.h"

#include "core/demo/demoofficers.h"
#include "core/domain/training.h"
#include "core/store/demotrainingstore.h"
#include "core/store/officerstore.h"
#include "core/store/trainingstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kYears = 5; // this year and the four before
    constexpr int kLicenceYears = 6; // 特种作业操作证 are valid six years

    // A deterministic number from 0 to below range for a worker and a purpose (salt).
    int pick(qint64 id, quint32 salt, int range)
    {
        quint64 x = quint64(id) * 0x9E3779B97F4A7C15ull + salt * 0xBF58476D1CE4E5B9ull;
        x ^= x >> 31;
        x *= 0x94D049BB133111EBull;
        x ^= x >> 29;
        return int(x % quint64(range));
    }

    struct Course
    {
        const char16_t *name;
        TrainingKind kind;
        const char16_t *provider;
        int hoursTenths;
        int minYuan;
        int maxYuan;
        int days; // how long it runs
    };

    const Course kSafety { u"年度安全生产教育", TrainingKind::Safety, u"公司安全环保部", 80, 300,
        500, 1 };
    const Course kPosts[] = {
        { u"岗位技能提升培训", TrainingKind::Post, u"公司培训中心", 240, 800, 2000, 3 },
        { u"新工艺新设备操作培训", TrainingKind::Post, u"设备供应商", 160, 1200, 3000, 2 },
        { u"班组长管理能力培训", TrainingKind::Post, u"市职工教育中心", 320, 1500, 3200, 4 },
    };
    const Course kStudies[] = {
        { u"高技能人才研修班", TrainingKind::Study, u"省高级技工学校", 800, 4500, 8000, 10 },
        { u"技师技能研修", TrainingKind::Study, u"市技师学院", 480, 3000, 6000, 6 },
    };
    const Course kContinuing[] = {
        { u"专业技术人员继续教育", TrainingKind::Continuing, u"省人社厅继续教育平台", 480, 1500,
            4000, 5 },
        { u"质量管理体系内审员培训", TrainingKind::Continuing, u"中国质量认证中心", 240, 2000, 4500,
            3 },
    };
    const Course kApprentice { u"企业新型学徒制培训", TrainingKind::Apprentice, u"市技师学院", 400,
        2000, 5000, 20 };
    const Course kElectrician { u"电工作业证（低压电工作业）", TrainingKind::Special,
        u"市安全生产培训中心", 720, 900, 1500, 10 };
    const Course kWelder { u"焊工作业证（熔化焊接与热切割作业）", TrainingKind::Special,
        u"市安全生产培训中心", 720, 1200, 1800, 10 };

    // The record of course for w, starting on start; cost between the course's bounds in whole
    // yuan.
    TrainingInput record(
        const DemoTrainingStore::Worker &w, const Course &course, QDate start, quint32 salt)
    {
        TrainingInput in;
        in.employeeNo = w.employeeNo;
        in.workerId = w.id;
        in.course = QString::fromUtf16(course.name);
        in.kind = course.kind;
        in.hoursTenths = course.hoursTenths;
        in.provider = QString::fromUtf16(course.provider);
        const int yuan = course.minYuan + pick(w.id, salt, course.maxYuan - course.minYuan + 1);
        in.cost = Fen::fromFen(qint64(yuan) / 10 * 10 * 100);
        in.start = start;
        in.end = start.addDays(course.days - 1);
        in.result = pick(w.id, salt + 7, 40) == 0 ? u"不合格"_s
            : course.kind == TrainingKind::Study  ? u"结业"_s
                                                  : u"合格"_s;
        return in;
    }

    // A day of year within months first…last (1-based), the 28th at the latest.
    QDate dayIn(int year, qint64 id, quint32 salt, int first, int last)
    {
        return QDate(year, first + pick(id, salt, last - first + 1), 1 + pick(id, salt + 1, 28));
    }

    // The year's training of w: only what ended by today and began after the hiring.
    void addYear(
        QList<TrainingInput> &all, const DemoTrainingStore::Worker &w, int year, QDate today)
    {
        QList<TrainingInput> year_;
        const quint32 y = quint32(year) * 100;
        year_ += record(w, kSafety, dayIn(year, w.id, y + 1, 2, 4), y + 2);
        if (w.frontline) {
            if (pick(w.id, y + 3, 100) < 55)
                year_ += record(
                    w, kPosts[pick(w.id, y + 4, 3)], dayIn(year, w.id, y + 5, 4, 11), y + 6);
            if (pick(w.id, y + 7, 100) < 12)
                year_ += record(
                    w, kStudies[pick(w.id, y + 8, 2)], dayIn(year, w.id, y + 9, 5, 10), y + 10);
            if (w.hired.year() == year && pick(w.id, y + 11, 100) < 60)
                year_ += record(w, kApprentice, dayIn(year, w.id, y + 12, 8, 11), y + 13);
        } else if (pick(w.id, y + 14, 100) < 65) {
            year_ += record(
                w, kContinuing[pick(w.id, y + 15, 2)], dayIn(year, w.id, y + 16, 3, 11), y + 17);
        }
        for (const TrainingInput &in : std::as_const(year_)) {
            if (in.start > w.hired && in.end <= today)
                all += in;
        }
    }

    // A licence taken on start, valid six years (its last day the day before).
    TrainingInput licence(
        const DemoTrainingStore::Worker &w, const Course &course, QDate start, quint32 salt)
    {
        TrainingInput in = record(w, course, start, salt);
        in.result = u"合格"_s;
        in.certificateNo = u"T%1"_s.arg(370102000000 + w.id * 37 + salt % 97);
        in.expires = in.end.addYears(kLicenceYears).addDays(-1);
        return in;
    }

    // The licences of the k-th electrician or welder: every tenth expires within 60 days,
    // every tenth (after it) has expired, every tenth (after that) was renewed a month ago after
    // expiring; the others expire in one to five years.
    void addLicence(QList<TrainingInput> &all, const DemoTrainingStore::Worker &w,
        const Course &course, int k, QDate today)
    {
        // The course that ended on end gives a licence expiring end + 6 years - 1 day.
        const auto endingOn = [&](QDate expiry) {
            return expiry.addDays(1).addYears(-kLicenceYears).addDays(-(course.days - 1));
        };
        QDate expiry;
        switch (k % 10) {
        case 0:
            expiry = today.addDays(5 + pick(w.id, 31, 50));
            break;
        case 1:
            expiry = today.addDays(-(3 + pick(w.id, 32, 40)));
            break;
        case 2:
            // Renewed only by a worker who held the first licence; the others' expires soon.
            if (endingOn(today.addDays(-20)) > w.hired) {
                all += licence(w, course, endingOn(today.addDays(-20)), 33);
                all += licence(w, course, today.addDays(-35), 34);
                return;
            }
            expiry = today.addDays(5 + pick(w.id, 37, 50));
            break;
        default:
            expiry = today.addDays(120 + pick(w.id, 35, 365 * 5 - 120));
            break;
        }
        const QDate start = endingOn(expiry);
        if (start > w.hired)
            all += licence(w, course, start, 36);
    }

} // namespace

Status DemoTraining::add(QSqlDatabase &db, QDate today)
{
    Officer hr;
    for (const DemoOfficers::Sample &s : DemoOfficers::samples()) {
        if (s.role == Role::Hr) {
            const auto loaded = OfficerStore::load(db, s.login);
            if (!loaded)
                return loaded.error();
            hr = *loaded;
        }
    }
    const auto workers = DemoTrainingStore::workersInService(db, today);
    if (!workers)
        return workers.error();
    QList<TrainingInput> all;
    int electricians = 0;
    int welders = 0;
    for (const DemoTrainingStore::Worker &w : *workers) {
        for (int year = today.year() - kYears + 1; year <= today.year(); ++year)
            addYear(all, w, year, today);
        if (w.occupation.contains(u"电工"_s))
            addLicence(all, w, kElectrician, electricians++, today);
        else if (w.occupation.contains(u"焊工"_s))
            addLicence(all, w, kWelder, welders++, today);
    }
    NullProgress progress;
    const auto written
        = TrainingStore::importRecords(db, all, tr("the demo company"), hr, progress);
    if (!written)
        return written.error();
    return success();
}

} // namespace skl
