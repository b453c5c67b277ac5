#include "core/store/autobackup.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "core/store/backupstore.h"
#include "core/store/connection.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr auto kStampFormat = u"yyyyMMdd-HHmmss";

    QString stampFormat()
    {
        return QString::fromUtf16(kStampFormat);
    }

    // A company name may hold characters Windows forbids in file names.
    QString fileSafe(QString text)
    {
        static const QRegularExpression forbidden(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s);
        return text.replace(forbidden, u"_"_s).trimmed();
    }

} // namespace

AutoBackup::AutoBackup(QString databasePath, QString company, QString folder)
    : m_databasePath(std::move(databasePath))
    , m_company(std::move(company))
    , m_folder(folder.isEmpty() ? defaultFolder(m_databasePath) : std::move(folder))
{ }

QString AutoBackup::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QString AutoBackup::prefix() const
{
    return u"%1_%2_"_s.arg(
        fileSafe(QFileInfo(m_databasePath).completeBaseName()), fileSafe(m_company));
}

QString AutoBackup::fileName(const QDateTime &at) const
{
    return prefix() + at.toString(stampFormat()) + u".sqlite"_s;
}

QFileInfoList AutoBackup::existing() const
{
    const QRegularExpression ours(
        u"^%1\\d{8}-\\d{6}\\.sqlite$"_s.arg(QRegularExpression::escape(prefix())));
    QFileInfoList found;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (ours.match(file.fileName()).hasMatch())
            found += file;
    }
    // The names differ only in their stamps, which sort as the times do.
    std::sort(found.begin(), found.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });
    return found;
}

std::optional<QDateTime> AutoBackup::last() const
{
    const QFileInfoList files = existing();
    if (files.isEmpty())
        return std::nullopt;
    const QString stamp = files.constLast().completeBaseName().right(stampFormat().size());
    const QDateTime at = QDateTime::fromString(stamp, stampFormat());
    if (!at.isValid())
        return std::nullopt;
    return at;
}

bool AutoBackup::isDueAt(const QDateTime &now) const
{
    const auto newest = last();
    return !newest || newest->secsTo(now) >= 24 * 60 * 60;
}

Result<QString> AutoBackup::run(const QDateTime &now, int keep) const
{
    if (!QDir().mkpath(m_folder))
        return Error { tr("Cannot create the backup folder %1. Choose another folder in the "
                          "automatic backup settings.")
                           .arg(QDir::toNativeSeparators(m_folder)),
            {} };
    const QString target = QDir(m_folder).filePath(fileName(now));
    const Status written = withConnection(m_databasePath, Connection::Mode::MustExist,
        [&](QSqlDatabase &db) { return BackupStore::automaticBackUp(db, target); });
    if (!written)
        return written.error();
    QFileInfoList files = existing();
    while (files.size() > std::max(keep, 1)) {
        const QFileInfo oldest = files.takeFirst();
        if (!QFile::remove(oldest.absoluteFilePath()))
            return Error { tr("The backup %1 was written, but the old backup %2 could not be "
                              "deleted. Delete it by hand, or check the folder's permissions.")
                               .arg(QDir::toNativeSeparators(target),
                                   QDir::toNativeSeparators(oldest.absoluteFilePath())),
                {} };
    }
    return target;
}

} // namespace skl
