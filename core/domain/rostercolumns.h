#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace skl {

// The roster's columns (issue #3), in the order export writes them.
enum class RosterField {
    EmployeeNo,
    Name,
    Gender,
    IdNumber,
    BirthDate,
    HireDate,
    LeaveDate,
    Site,
    Province,
    Workshop,
    Occupation,
    Grade,
    GradeDate,
    Frontline,
    TeamLeader,
};
inline constexpr int kRosterFieldCount = 15;

class RosterColumns
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterColumns)
public:
    static QList<RosterField> allFields();
    // The English key used in files and messages: employee_no, id_number ...
    static QString key(RosterField field);
    // The Chinese header export writes: 工号, 身份证号 ...
    static QString chineseHeader(RosterField field);
    // Whether a roster file must have the column (its header row is refused without it).
    static bool isRequired(RosterField field);
    // The other header spellings fieldForHeader() accepts besides key() and chineseHeader().
    static QStringList aliases(RosterField field);
    // A RowProblem's field as people read it: the Chinese header for a column key, and the
    // translated "header row" / "whole row" for the others.
    static QString labelForKey(const QString &key);
    // Matches a header cell in Chinese or English, any case, spaces and full-width brackets
    // folded: 职业(工种), 职业（工种）, 工种, Occupation ...
    static std::optional<RosterField> fieldForHeader(const QString &header);

    // Maps a header row. Unknown columns are ignored (listed in ignoredHeaders()); a field named
    // twice or a required field missing is an error.
    static std::optional<RosterColumns> fromHeader(const QStringList &header, QStringList &errors);

    bool has(RosterField field) const { return m_index[size_t(field)] >= 0; }
    // The file's column of a field key (employee_no ...); -1 for "row", "header" or absent.
    int columnOf(const QString &key) const;
    // The cell of field in row, or empty when the column is absent or the row is short.
    QString cell(const QStringList &row, RosterField field) const;
    const QStringList &ignoredHeaders() const { return m_ignored; }
    qsizetype headerSize() const { return m_headerSize; }

private:
    std::array<int, kRosterFieldCount> m_index {};
    QStringList m_ignored;
    qsizetype m_headerSize = 0;
};

} // namespace skl
