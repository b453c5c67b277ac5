#include "app/cli/clicommands.h"

#include <algorithm>
#include <optional>

#include "app/cli/allowancecommands.h"
#include "app/cli/auditcommands.h"
#include "app/cli/certificatecommands.h"
#include "app/cli/certificationcommands.h"
#include "app/cli/cliarguments.h"
#include "app/cli/duecommands.h"
#include "app/cli/fundcommands.h"
#include "app/cli/recognitioncommands.h"
#include "app/cli/reportcommands.h"
#include "app/cli/rostercommands.h"
#include "app/cli/roundcommands.h"
#include "app/cli/talentcommands.h"
#include "app/cli/trainingcommands.h"
#include "app/cli/usercommands.h"
#include "app/cli/workercommands.h"
#include "core/common/productinfo.h"

using namespace Qt::StringLiterals;

namespace skl {

const QList<CliCommands::Command> &CliCommands::table()
{
    using S = Section;
    // In the order of the usage text. Each usage entry keeps its columns aligned with the others.
    static const QList<Command> commands {
        { u"init"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  init --company NAME --province PROVINCE --admin NAME [--display TEXT]\n"
                "                                            create the company database and its\n"
                "                                            first administrator\n"
                "  init --from FILE.sqlite --admin NAME      move a company file onto an empty\n"
                "                                            server database (--db "
                "postgresql://…)\n"),
            [](CliContext &cli, CliArguments &args) { return RosterCommands(cli).init(args); },
            false, false },
        { u"adopt"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  adopt --admin NAME [--display TEXT]       name the first administrator of a "
                "file\n"
                "                                            made before officers existed\n"),
            [](CliContext &cli, CliArguments &args) { return RosterCommands(cli).adopt(args); },
            false, false },
        { u"import"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  import workers FILE.csv|FILE.xlsx [--sheet NAME] [--skip-invalid]\n"
                "                 [--rejects OUT.csv]        import or update the roster\n"),
            [](CliContext &cli, CliArguments &args) {
                return RosterCommands(cli).transfer(u"import"_s, args);
            } },
        { u"export"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  export workers OUT.csv|OUT.xlsx [--encoding utf-8|gbk]\n"
                "                                            write the roster for Excel\n"),
            [](CliContext &cli, CliArguments &args) {
                return RosterCommands(cli).transfer(u"export"_s, args);
            } },
        { u"template"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  template KIND OUT.xlsx                    an empty import workbook, its "
                "columns\n"
                "                                            explained on a second sheet; KIND:\n"
                "      workers | rates | roles | mentorships | paybands | pay | wages | "
                "training\n"),
            [](CliContext &cli, CliArguments &args) {
                return RosterCommands(cli).importTemplate(args);
            },
            false, false, false },
        { u"worker"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  worker add --employee NO --name NAME --hire D [--id ID] [--gender 男|女]\n"
                "      [--birth D] [--site S] [--province P] [--workshop W] [--occupation O]\n"
                "      [--grade G --grade-date D] [--frontline] [--team-leader] [--json]\n"
                "                                            add a new hire\n"
                "  worker leave NO --date D --reason TEXT    record a leaving (离职)\n"
                "  worker move NO… [--workshop W [--site S]] [--occupation O]\n"
                "                                            move workers at once\n"
                "  worker delete NO                          delete a worker entered by mistake\n"),
            [](CliContext &cli, CliArguments &args) { return WorkerCommands(cli).worker(args); } },
        { u"targets"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  targets [--as-of YYYY-MM-DD] [--json]     the workforce targets on a date\n"),
            [](CliContext &cli, CliArguments &args) { return RosterCommands(cli).targets(args); } },
        // report draws its pages.
        { u"report"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  report [--as-of D] --out FILE.pdf [--font FAMILY]\n"
                "                                            the leadership report (the "
                "dashboard's)\n"),
            [](CliContext &cli, CliArguments &args) { return ReportCommands(cli).report(args); },
            true },
        { u"roster"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  roster print --out FILE.pdf [--search TEXT] [--site S] [--workshop W]\n"
                "      [--occupation O] [--grade G|none] [--frontline yes|no]\n"
                "      [--in-service|--left] [--as-of D] [--sort employee-no|name|grade|\n"
                "      grade-date|hire-date] [--descending] [--font FAMILY]\n"
                "                                            print the roster as filtered "
                "(A4)\n"),
            [](CliContext &cli, CliArguments &args) { return ReportCommands(cli).roster(args); },
            true },
        { u"talent"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  talent [--as-of D] [--json | --xlsx OUT]  the high-skilled talent pool "
                "(人才库)\n"),
            [](CliContext &cli, CliArguments &args) { return TalentCommands(cli).talent(args); } },
        // attest draws its pages.
        { u"attest"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  attest --as-of D --out FILE.pdf           the attestation of high-skilled\n"
                "                                            staffing (高技能人才配置状况, hr)\n"),
            [](CliContext &cli, CliArguments &args) { return TalentCommands(cli).attest(args); },
            true },
        // demo draws the demo company's seal.
        { u"demo"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  demo --workers N [--seed S] --admin NAME  fill an empty database with the demo "
                "company\n"),
            [](CliContext &cli, CliArguments &args) { return RosterCommands(cli).demo(args); },
            true, false },
        { u"backup"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  backup OUT.sqlite                         a consistent copy of the database\n"),
            [](CliContext &cli, CliArguments &args) { return RosterCommands(cli).backup(args); } },
        { u"restore"_s, S::Roster,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  restore BACKUP.sqlite                     replace the database by a checked "
                "backup\n"),
            [](CliContext &cli, CliArguments &args) { return RosterCommands(cli).restore(args); } },

        { u"certify"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  certify propose --employee NO --occupation OCC --grade GRADE --way WAY\n"
                "          [--ground G] [--evidence REF] --date YYYY-MM-DD [--round ID]\n"
                "          [--result ID] [--certificate NUMBER] [--json]\n"
                "          [--honour ID | --project ID]  what an exceptional promotion rests on\n"
                "          WAY: regular | direct | direct-high | exceptional | competition\n"
                "          G: technical-problem | award | mentoring\n"
                "  certify approve|reject ID [--reason TEXT]\n"
                "  certify revoke ID --reason TEXT\n"
                "  certify approve-round ID                 approve a whole round at once\n"
                "  certify list [--status S] [--round ID] [--json]\n"),
            [](CliContext &cli, CliArguments &args) {
                return CertificationCommands(cli).certify(args);
            } },
        { u"round"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  round add NAME                           a round of proposals approved "
                "together\n"
                "  round add NAME --occupation OCC --grade G --assessment-end YYYY-MM-DD\n"
                "          [--assessment-start YYYY-MM-DD] [--json]  open an assessment round\n"
                "  round list [--json]                      the assessment rounds and their "
                "stages\n"
                "  round register ID --employee NO [--condition CODE]  register a candidate\n"
                "  round register ID --file FILE.csv        employee_no[, condition]; all or none\n"
                "  round withdraw ID --employee NO --reason R  withdraw a registration\n"
                "  round examiner ID --employee NO --part theory|practical|review\n"
                "          [--certificate NO]               an examiner (theory: an invigilator)\n"
                "  round remove-examiner ID --employee NO --part P  take one off a panel\n"
                "  round scores ID FILE.csv                 employee_no, theory, practical[, "
                "review]\n"
                "          [, examiner]; all lines or none\n"
                "  round results ID [--json]                scores, results and proposals\n"
                "  round post-notice ID [--on YYYY-MM-DD]   post the results (公示)\n"
                "  round override-notice ID --reason R      let decisions go before the notice "
                "ends\n"
                "  round report ID --on YYYY-MM-DD [--reference REF]  reported to the province\n"
                "  round notice ID --out FILE.pdf           the public notice (a draft until "
                "posted)\n"
                "  round dossier ID --out DIR               the dossier: five volumes, PDF and "
                "CSV\n"
                "  round attach ID FILE --volume 1-5 --title T [--employee NO] [--part P]\n"
                "                                           file a document (a scanned paper) "
                "in the dossier\n"
                "  round documents ID [--json]              the documents filed with the round\n"),
            // notice and dossier draw their pages.
            [](CliContext &cli, CliArguments &args) { return RoundCommands(cli).round(args); },
            true },
        { u"competition"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  competition add --name N --level L --organiser O --date D [--occupation OCC]\n"
                "  competition result ID --employee NO --placing "
                "gold|silver|bronze|excellence|rank\n"
                "          [--rank N] [--no-propose]        record a result (and its promotion)\n"),
            [](CliContext &cli, CliArguments &args) {
                return CertificationCommands(cli).competition(args);
            } },
        { u"training"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  training import FILE.csv|FILE.xlsx       employee_no,course,kind,hours,"
                "provider,cost,\n"
                "                                            start,end,result[,certificate_no,"
                "expires]\n"
                "  training list --employee NO [--json]     a worker's training records\n"
                "  training expiring --as-of D --within DAYS [--json]\n"
                "                                            certificates expiring (or expired)\n"
                "  training archive --employee NO --out FILE.pdf|FILE.xlsx\n"
                "                                            a worker's whole training archive\n"),
            // archive draws its pages.
            [](CliContext &cli, CliArguments &args) {
                return TrainingCommands(cli).training(args);
            },
            true },
        { u"honours"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  honours import FILE.csv|FILE.xlsx        employee_no, honour, level, date, "
                "body;\n"
                "                                           all lines or none\n"
                "  honours list [--employee NO] [--level L] [--year YYYY] [--json]\n"
                "  honours add --employee NO --honour NAME --level L --date D [--body B]\n"
                "  honours withdraw ID --reason R           the record is kept, marked "
                "withdrawn\n"),
            [](CliContext &cli, CliArguments &args) {
                return RecognitionCommands(cli).honours(args);
            } },
        { u"studio"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  studio add NAME --kind master|innovation --level L --leader NO\n"
                "          --founded D [--occupation OCC] [--json]  a studio (技能大师工作室)\n"
                "  studio list|show ID [--json]             studios, members and results\n"
                "  studio member ID --employee NO [--joined D]   a member joins\n"
                "  studio leave MEMBERSHIP [--on D]         a member leaves\n"
                "  studio result ID --kind patent|process|apprentices|other --title T\n"
                "          [--quantity N] --on D            a result of the studio\n"
                "  studio withdraw-result RESULT --reason R\n"),
            [](CliContext &cli, CliArguments &args) {
                return RecognitionCommands(cli).studio(args);
            } },
        { u"project"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  project add TITLE --kind challenge|team --lead NO --start D\n"
                "          [--members NO,NO] [--status open|in_progress] [--json]\n"
                "  project list|show ID [--json]            projects, members and status history\n"
                "  project member ID --employee NO          a member joins\n"
                "  project withdraw-member MEMBERSHIP --reason R\n"
                "  project update ID --status S [--outcome TEXT] [--on D]\n"),
            [](CliContext &cli, CliArguments &args) {
                return RecognitionCommands(cli).project(args);
            } },
        { u"due"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  due [--as-of D] [--workshop W] [--json | --csv OUT | --xlsx OUT]\n"
                "                                            workers due for assessment\n"),
            [](CliContext &cli, CliArguments &args) { return DueCommands(cli).due(args); } },
        { u"plan"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  plan [--as-of D] [--json | --csv OUT]    who would close each unit's target "
                "gap\n"),
            [](CliContext &cli, CliArguments &args) { return DueCommands(cli).plan(args); } },
        // certificates draws its pages.
        { u"certificates"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  certificates --workshop W | --round ID | --id ID --out FILE.pdf [--a5]\n"
                "          [--font FAMILY]                  print certificates into one PDF (a\n"
                "                                           later printing is no 补发)\n"
                "          [--proof]                        proofs (样张), recorded nowhere\n"
                "          [--reissue REASON]               a 补发 of certificates handed out\n"
                "  certificates publish-key OUT             the company's public key, for "
                "verify --key\n"
                "  certificates publish-page OUT.html       a verification page that works "
                "offline\n"),
            [](CliContext &cli, CliArguments &args) {
                return CertificateCommands(cli).certificates(args);
            },
            true },
        { u"verify"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  verify STRING                            check a certificate's QR code (no "
                "login)\n"
                "  verify --key KEYFILE STRING              check it with the published key, "
                "no --db\n"),
            [](CliContext &cli, CliArguments &args) {
                return CertificateCommands(cli).verify(args);
            },
            false, false, false },
        { u"policy"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  policy show [--as-of D] | policy set KEY VALUE [--from D] [--reason TEXT]\n"),
            [](CliContext &cli, CliArguments &args) {
                return CertificationCommands(cli).policy(args);
            } },
        { u"photo"_s, S::Certification,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  photo --employee NO FILE.png|FILE.jpg     the photo printed on certificates\n"),
            [](CliContext &cli, CliArguments &args) {
                return CertificateCommands(cli).photo(args);
            } },

        { u"rates"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  rates import FILE.csv                    kind,grade,amount,effective_from\n"),
            [](CliContext &cli, CliArguments &args) {
                return AllowanceCommands(cli).dataImport(DataFile::Rates, u"rates"_s, args);
            } },
        { u"roles"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  roles import FILE.csv                    employee_no,role,from,to\n"),
            [](CliContext &cli, CliArguments &args) {
                return AllowanceCommands(cli).dataImport(DataFile::Roles, u"roles"_s, args);
            } },
        { u"mentorships"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  mentorships import FILE.csv              "
                "mentor_no,apprentice_no,occupation,start,end\n"),
            [](CliContext &cli, CliArguments &args) {
                return AllowanceCommands(cli).dataImport(
                    DataFile::Mentorships, u"mentorships"_s, args);
            } },
        { u"allowances"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  allowances --month YYYY-MM [--csv OUT | --xlsx OUT] [--json]\n"
                "                                            compute (or show the locked) month\n"
                "  allowances approve --month YYYY-MM [--confirm-empty]\n"
                "                                            lock the month (a run paying no one\n"
                "                                            or nothing needs --confirm-empty)\n"
                "  allowances reopen --month YYYY-MM --reason TEXT\n"
                "                                            reopen a locked month for a "
                "correction\n"
                "  allowances diff RUN RUN                  workers whose amounts differ\n"
                "  allowances diff --month YYYY-MM          the correction against the locked "
                "run\n"),
            [](CliContext &cli, CliArguments &args) {
                return AllowanceCommands(cli).allowances(args);
            } },
        { u"fund"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  fund --year YYYY [--json]                the education fund's figures of a "
                "year\n"
                "  fund wage-bill --year YYYY --amount YUAN [--note TEXT]\n"
                "  fund wage-bill --year YYYY --clear [--note TEXT]\n"
                "                                            enter (or take back) the wage bill\n"),
            [](CliContext &cli, CliArguments &args) { return FundCommands(cli).fund(args); } },
        { u"paybands"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  paybands import FILE.csv                 "
                "track,level,min,mid,max,effective_from\n"),
            [](CliContext &cli, CliArguments &args) {
                return AllowanceCommands(cli).dataImport(DataFile::PayBands, u"paybands"_s, args);
            } },
        { u"pay"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  pay import FILE.csv                      "
                "employee_no,effective_from,mode,amount[,title]\n"),
            [](CliContext &cli, CliArguments &args) {
                return AllowanceCommands(cli).dataImport(DataFile::Pay, u"pay"_s, args);
            } },
        { u"wages"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  wages import FILE.csv                    "
                "year,occupation,grade,p10,p25,p50,p75,p90\n"),
            [](CliContext &cli, CliArguments &args) {
                return AllowanceCommands(cli).dataImport(DataFile::WageReference, u"wages"_s, args);
            } },
        { u"parity"_s, S::Allowances,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  parity [--as-of D] [--json | --csv OUT]  pay against bands, market and "
                "titles\n"),
            [](CliContext &cli, CliArguments &args) {
                return AllowanceCommands(cli).parity(args);
            } },

        { u"user"_s, S::Officers,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  user add NAME --role R[,R…] [--workshop W]… [--display TEXT]\n"
                "          R: admin | hr | approver | payroll | workshop-head | auditor\n"
                "          W: WORKSHOP, or SITE/WORKSHOP where the name repeats\n"
                "  user list [--json]\n"
                "  user disable|enable|unlock NAME\n"
                "  user passwd [NAME]                       your own password, or (admin) "
                "another's\n"),
            [](CliContext &cli, CliArguments &args) { return UserCommands(cli).user(args); } },
        { u"audit"_s, S::Officers,
            QT_TRANSLATE_NOOP("skl::CliCommands",
                "  audit list [--since D] [--until D] [--actor NAME] [--employee NO]\n"
                "          [--action KIND] [--json]         the audit trail, newest first\n"
                "  audit verify                             check that no one changed the trail\n"),
            [](CliContext &cli, CliArguments &args) { return AuditCommands(cli).audit(args); } },
    };
    return commands;
}

QString CliCommands::heading(Section section)
{
    switch (section) {
    case Section::Roster:
        //: heading of the usage text: the company and roster commands
        return tr("Commands:");
    case Section::Certification:
        //: heading of the usage text: 等级认定
        return tr("Certification:");
    case Section::Allowances:
        //: heading of the usage text: 津贴 (and pay)
        return tr("Allowances:");
    case Section::Officers:
        //: heading of the usage text: the officers (users) of the program
        return tr("Officers and the audit trail:");
    }
    return {};
}

QString CliCommands::usage()
{
    QString text = tr("Usage: skillladder-cli --db FILE --user NAME COMMAND [OPTIONS]\n");
    std::optional<Section> section;
    for (const Command &command : table()) {
        if (command.section != section) {
            section = command.section;
            text += u'\n' + heading(command.section) + u'\n';
        }
        text += tr(command.usage);
    }
    return text + u'\n'
        + tr("Options: --user NAME (the officer who acts; not for init, demo, adopt and "
             "verify),\n"
             "    --lang zh|en (language of messages), --progress (percentages on stderr),\n"
             "    --version (print the version and end).\n"
             "Passwords: SKL_PASSWORD holds the officer's password, SKL_NEW_PASSWORD a new one;\n"
             "    without them the password is asked at the terminal, without echo.\n"
             "Exit codes: 0 success, 1 invalid data, 2 bad usage, 3 refused (login, locked or\n"
             "    disabled account, or an act the officer's roles do not allow).\n");
}

bool CliCommands::needsGui(const QStringList &arguments)
{
    return std::ranges::any_of(table(), [&](const Command &command) {
        return command.drawsText && arguments.contains(command.name);
    });
}

int CliCommands::run(QStringList arguments)
{
    CliArguments args(std::move(arguments), m_cli);
    m_cli.setDatabasePath(args.option(u"--db"_s));
    m_cli.setShowsProgress(args.flag(u"--progress"_s));
    m_cli.setUser(args.option(u"--user"_s));
    if (args.flag(u"--help"_s) || args.flag(u"-h"_s)) {
        m_cli.out() << usage();
        return CliContext::Success;
    }
    // What a support request quotes, and what a package's check runs (issue 18).
    if (args.flag(u"--version"_s)) {
        m_cli.out() << u"skillladder-cli "_s << ProductInfo::version() << u'\n';
        return CliContext::Success;
    }
    if (args.hasErrors())
        return CliContext::BadUsage;
    if (args.isEmpty())
        return m_cli.usageError(tr("No command given."));
    const QString name = args.takeFirst();
    for (const Command &command : table()) {
        if (command.name == name) {
            if (command.needsDatabase && m_cli.databasePath().isEmpty())
                return m_cli.usageError(tr("--db FILE is required: the database to work on."));
            m_cli.setLoginRequired(command.logsIn);
            return command.run(m_cli, args);
        }
    }
    return m_cli.usageError(tr("Unknown command \"%1\".").arg(name));
}

} // namespace skl
