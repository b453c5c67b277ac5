#include "core/domain/datafilecolumns.h"

using namespace Qt::StringLiterals;

namespace skl::DataFileColumns {

QList<DataFile> all()
{
    return { DataFile::Rates, DataFile::Roles, DataFile::Mentorships, DataFile::PayBands,
        DataFile::Pay, DataFile::WageReference, DataFile::Training };
}

QString name(DataFile kind)
{
    switch (kind) {
    case DataFile::Rates:
        return u"rates"_s;
    case DataFile::Roles:
        return u"roles"_s;
    case DataFile::Mentorships:
        return u"mentorships"_s;
    case DataFile::PayBands:
        return u"paybands"_s;
    case DataFile::Pay:
        return u"pay"_s;
    case DataFile::WageReference:
        return u"wages"_s;
    case DataFile::Training:
        return u"training"_s;
    }
    return {};
}

QList<KeyedColumn> of(DataFile kind)
{
    switch (kind) {
    case DataFile::Rates:
        return { { u"kind"_s, { u"津贴类别"_s, u"类别"_s, u"津贴"_s } },
            { u"grade"_s, { u"技能等级"_s, u"等级"_s }, false },
            { u"amount"_s, { u"月标准"_s, u"金额"_s, u"标准"_s } },
            { u"effective_from"_s, { u"生效日期"_s, u"起始日期"_s } } };
    case DataFile::Roles:
        return { { u"employee_no"_s, { u"工号"_s } }, { u"role"_s, { u"角色"_s, u"职务"_s } },
            { u"from"_s, { u"开始日期"_s, u"起始日期"_s } },
            { u"to"_s, { u"结束日期"_s, u"截止日期"_s }, false } };
    case DataFile::Mentorships:
        return { { u"mentor_no"_s, { u"师傅工号"_s } }, { u"apprentice_no"_s, { u"徒弟工号"_s } },
            { u"occupation"_s, { u"职业(工种)"_s, u"工种"_s, u"职业"_s } },
            { u"start"_s, { u"开始日期"_s } }, { u"end"_s, { u"结束日期"_s }, false },
            { u"planned_end"_s, { u"计划结束日期"_s }, false },
            { u"outcome"_s, { u"出师情况"_s, u"出师等级"_s, u"结果"_s }, false } };
    case DataFile::PayBands:
        return { { u"track"_s, { u"序列"_s, u"类别"_s } }, { u"level"_s, { u"等级"_s, u"级别"_s } },
            { u"min"_s, { u"下限"_s, u"最低"_s } }, { u"mid"_s, { u"中位"_s, u"中点"_s } },
            { u"max"_s, { u"上限"_s, u"最高"_s } }, { u"effective_from"_s, { u"生效日期"_s } } };
    case DataFile::Pay:
        return { { u"employee_no"_s, { u"工号"_s } }, { u"effective_from"_s, { u"生效日期"_s } },
            { u"mode"_s, { u"薪酬方式"_s, u"工资制度"_s } },
            { u"amount"_s, { u"金额"_s, u"基本工资"_s } },
            { u"title"_s, { u"职称"_s, u"职称级别"_s }, false } };
    case DataFile::WageReference: {
        QList<KeyedColumn> columns { { u"year"_s, { u"年份"_s } },
            { u"occupation"_s, { u"职业(工种)"_s, u"工种"_s, u"职业"_s } },
            { u"grade"_s, { u"等级"_s, u"技能等级"_s } } };
        for (const QString &p : { u"p10"_s, u"p25"_s, u"p50"_s, u"p75"_s, u"p90"_s })
            columns += KeyedColumn { p, { p.toUpper() } };
        return columns;
    }
    case DataFile::Training:
        return { { u"employee_no"_s, { u"工号"_s } }, { u"course"_s, { u"课程"_s, u"课程名称"_s } },
            { u"kind"_s, { u"类别"_s, u"培训类别"_s } }, { u"hours"_s, { u"学时"_s } },
            { u"provider"_s, { u"培训机构"_s } }, { u"cost"_s, { u"费用"_s, u"培训费用"_s } },
            { u"start"_s, { u"开始日期"_s } }, { u"end"_s, { u"结束日期"_s } },
            { u"result"_s, { u"结果"_s, u"培训结果"_s } },
            { u"certificate_no"_s, { u"证书编号"_s }, false },
            { u"expires"_s, { u"有效期至"_s }, false } };
    }
    return {};
}

} // namespace skl::DataFileColumns
